"""A guest tries to get more out of a shared key than it gives, over the simulated radio.

Each attack aims at the laundry door Kari shares: the unit must stay locked once the
share is spent, ended or gone, and the refusal must name the share's reason.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
import pytest

from custom_components.digitalkey.protocol.constants import ErrorCode, LockState

from .attacker import Interceptor
from .conftest import Residents, Site, door_link, unaccepted_challenge


async def _share(residents: Residents, **terms: object) -> str:
    change = await residents.apply(
        lambda r: r.share_key(
            residents.kari_id,
            residents.door_ids["laundry"],
            target=residents.guest.id,
            now=residents.now(),
            **terms,  # type: ignore[arg-type]
        )
    )
    return change.created[0]


async def test_two_unlocks_at_once_on_a_single_use_share_open_once(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    share_id = await _share(residents, use_limit=1)
    outcomes = await asyncio.gather(
        residents.call("unlock", "laundry", residents.guest),
        residents.call("open", "laundry", residents.guest),
        return_exceptions=True,
    )
    refused = [outcome for outcome in outcomes if isinstance(outcome, ServiceValidationError)]
    assert len(refused) == 1, outcomes
    assert refused[0].translation_key == "denied_use_limit_reached"
    assert residents.access.registry.shares[share_id].uses == 1


async def test_a_spent_share_still_locks_but_no_longer_opens(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    await _share(residents, use_limit=1)
    await residents.call("unlock", "laundry", residents.guest)
    await residents.call("lock", "laundry", residents.guest)
    for service in ("unlock", "open"):
        with pytest.raises(ServiceValidationError):
            await residents.call(service, "laundry", residents.guest)
    assert site.units["laundry"].unit.lock_state is LockState.LOCKED


async def test_a_share_whose_window_ended_is_refused(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    await _share(residents, valid_until=residents.now() + timedelta(minutes=5))
    runtime = residents.entry.runtime_data
    real = runtime.wall_clock
    runtime.wall_clock = lambda: real() + 600  # the refusal is decided before any radio
    with pytest.raises(ServiceValidationError) as refused:
        await residents.call("unlock", "laundry", residents.guest)
    assert refused.value.translation_key == "denied_expired"
    assert site.units["laundry"].unit.lock_state is LockState.LOCKED


async def test_a_share_dies_with_the_grant_it_came_from(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    share_id = await _share(residents)
    await residents.apply(lambda r: r.revoke_access([residents.bundle_grant_id]))
    assert share_id not in residents.access.registry.shares
    with pytest.raises(ServiceValidationError) as refused:
        await residents.call("unlock", "laundry", residents.guest)
    assert refused.value.translation_key == "denied_no_key"
    assert site.units["laundry"].unit.lock_state is LockState.LOCKED


async def test_a_forged_refusal_of_each_unlock_does_not_stretch_a_single_use_share(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    """Each unlock is answered with a plaintext refusal before the unit's own answer.

    The unit opens; the hub believes neither the refusal nor an opening it never heard
    confirmed, so the use is spent and the next unlock is refused by the share's limit.
    """
    share_id = await _share(residents, use_limit=1)
    sim = site.units["laundry"]
    door = door_link(residents.entry, "Laundry")
    mitm = Interceptor(sim)

    async def refuse_then_forward(link: Any, data: bytes, with_response: bool) -> None:
        injected = asyncio.ensure_future(mitm.inject_error(link, ErrorCode.BUSY))
        mitm.forward(link, data, with_response)
        await injected

    outcomes: list[str | None] = []
    for _ in range(3):
        await unaccepted_challenge(hass, door)  # so the unlock rides in HELLO
        mitm.arm(refuse_then_forward)
        try:
            await residents.call("unlock", "laundry", residents.guest)
        except HomeAssistantError as err:
            outcomes.append(err.translation_key)
        else:
            outcomes.append(None)
        mitm.disarm()
        await asyncio.gather(*mitm.tasks)
        await hass.async_block_till_done(wait_background_tasks=True)
        await residents.call("lock", "laundry", residents.kari)
    mitm.restore()

    assert outcomes == ["not_confirmed", "denied_use_limit_reached", "denied_use_limit_reached"]
    assert residents.access.registry.shares[share_id].uses == 1
