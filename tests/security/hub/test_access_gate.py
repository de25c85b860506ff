"""A resident tries to get through a door their keys do not open, by other routes.

Each attack runs over the simulated radio; the garage unit must stay locked and the
refusal must be in the event log under the resident's own user id.
"""

from __future__ import annotations

from homeassistant.core import Context, HomeAssistant, ServiceCall
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.setup import async_setup_component
import pytest

from custom_components.digitalkey.event_records import EventKind
from custom_components.digitalkey.protocol.constants import LockState

from .conftest import Residents, Site


async def _denials(residents: Residents) -> list[tuple[str | None, str | None]]:
    await residents.hass.async_block_till_done(wait_background_tasks=True)
    page = await residents.entry.runtime_data.event_log.async_query(kinds=[EventKind.DENIED])
    return [(record.user_id, record.reason) for record in page.records]


async def test_open_instead_of_unlock_is_refused_too(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    for service in ("open", "unlock", "lock"):
        with pytest.raises(ServiceValidationError):
            await residents.call(service, "garage", residents.kari)
    assert site.units["garage"].unit.lock_state is LockState.LOCKED
    assert await _denials(residents) == [(residents.kari.id, "no_key")] * 3


async def test_a_script_the_resident_runs_carries_their_user_and_is_refused(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    assert await async_setup_component(
        hass,
        "script",
        {
            "script": {
                "garage_please": {
                    "sequence": [{"action": "lock.unlock", "target": {"entity_id": "lock.garage"}}]
                }
            }
        },
    )
    with pytest.raises(HomeAssistantError):
        await hass.services.async_call(
            "script",
            "garage_please",
            blocking=True,
            context=Context(user_id=residents.kari.id),
        )
    assert site.units["garage"].unit.lock_state is LockState.LOCKED
    assert await _denials(residents) == [(residents.kari.id, "no_key")]


async def test_a_parent_id_the_resident_invents_does_not_make_them_an_automation(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    seen: list[Context] = []

    async def capture(call: ServiceCall) -> None:
        seen.append(call.context)

    hass.services.async_register("test", "capture", capture)
    assert await async_setup_component(
        hass,
        "automation",
        {
            "automation": {
                "id": "harmless",
                "triggers": {"trigger": "event", "event_type": "tick"},
                "actions": {"action": "test.capture"},
            }
        },
    )
    hass.bus.async_fire("tick")
    await hass.async_block_till_done()
    (automation_context,) = seen

    # The resident's own call with an automation's context as its parent: still them.
    forged = Context(user_id=residents.kari.id, parent_id=automation_context.id)
    with pytest.raises(ServiceValidationError):
        await residents.call("unlock", "garage", context=forged)
    # A call with no user and a parent nothing is known of: unexplained.
    with pytest.raises(ServiceValidationError):
        await residents.call("unlock", "garage", context=Context(parent_id="0" * 26))
    assert site.units["garage"].unit.lock_state is LockState.LOCKED
    assert await _denials(residents) == [
        (None, "unattributed_refused"),
        (residents.kari.id, "no_key"),
    ]


async def test_a_revoked_share_stops_at_once(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    change = await residents.apply(
        lambda r: r.share_key(
            residents.kari_id,
            residents.door_ids["laundry"],
            target=residents.guest.id,
            now=residents.now(),
        )
    )
    await residents.call("unlock", "laundry", residents.guest)
    await residents.call("lock", "laundry", residents.guest)

    await residents.apply(lambda r: r.revoke_share(change.created[0], now=residents.now()))

    with pytest.raises(ServiceValidationError) as err:
        await residents.call("unlock", "laundry", residents.guest)
    assert str(err.value) == "The key to Laundry that was shared with you has been withdrawn"
    assert site.units["laundry"].unit.lock_state is LockState.LOCKED


async def test_a_user_home_assistant_made_for_itself_is_no_admin_here(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    """The cloud's voice assistants call as a system user that is an administrator."""
    system = await hass.auth.async_create_system_user("Voice", group_ids=["system-admin"])
    assert system.is_admin
    with pytest.raises(ServiceValidationError):
        await residents.call("unlock", "garage", system)
    assert site.units["garage"].unit.lock_state is LockState.LOCKED
    assert await _denials(residents) == [(system.id, "unattributed_refused")]
