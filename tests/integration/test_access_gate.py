"""Who may open which door, decided at the lock entity, over the simulated radio.

Every test runs the real path: a lock service call with a real HA user's context, the
gate, the policy on the live registry, the door link, the reference unit, its log read
back into the event log.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from homeassistant.components.lock import LockState as HaLockState
from homeassistant.core import Event, HomeAssistant, ServiceCall, callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey.access.contact import Language
from custom_components.digitalkey.access.moment_text import moment_text
from custom_components.digitalkey.access.schedules import WeeklySchedule
from custom_components.digitalkey.const import EVENT_ACCESS
from custom_components.digitalkey.event_records import EventKind, EventRecord
from custom_components.digitalkey.protocol.constants import LockState
from custom_components.digitalkey.registry_store import AccessRuntime

from .conftest import Residents, Site

WORKING_HOURS = WeeklySchedule.of(*((day, 7 * 60, 17 * 60) for day in range(5)))
"""Monday–Friday 07:00–17:00."""


async def _records(residents: Residents, kind: EventKind) -> list[EventRecord]:
    await residents.hass.async_block_till_done(wait_background_tasks=True)
    page = await residents.entry.runtime_data.event_log.async_query(kinds=[kind])
    return page.records


def _capture_access_events(hass: HomeAssistant) -> list[Event]:
    seen: list[Event] = []

    @callback
    def record(event: Event) -> None:
        seen.append(event)

    hass.bus.async_listen(EVENT_ACCESS, record)
    return seen


def _capture_notify(hass: HomeAssistant, name: str) -> list[dict[str, Any]]:
    sent: list[dict[str, Any]] = []

    async def handler(call: ServiceCall) -> None:
        sent.append(dict(call.data))

    hass.services.async_register("notify", name, handler)
    return sent


def _states(hass: HomeAssistant, entity_id: str) -> list[str]:
    seen: list[str] = []

    @callback
    def record(event: Event) -> None:
        if event.data["entity_id"] == entity_id and event.data["new_state"] is not None:
            seen.append(event.data["new_state"].state)

    hass.bus.async_listen("state_changed", record)
    return seen


async def _refused(residents: Residents, service: str, door: str, **kwargs: Any) -> str:
    """Call and expect a refusal; returns the message as Home Assistant renders it."""
    with pytest.raises(ServiceValidationError) as err:
        await residents.call(service, door, **kwargs)
    assert err.value.translation_key is not None
    assert err.value.translation_key.startswith("denied_")
    return str(err.value)


def _local(residents: Residents, weekday: int, hour: int) -> datetime:
    """The next `weekday` at `hour` on the building's clocks, at least a day from now."""
    tz = ZoneInfo(residents.hass.config.time_zone)
    day = (residents.now() + timedelta(days=1)).astimezone(tz).date()
    day += timedelta(days=(weekday - day.weekday()) % 7)
    return datetime(day.year, day.month, day.day, hour, tzinfo=tz)


def _set_wall_clock(residents: Residents, at: datetime) -> None:
    residents.entry.runtime_data.wall_clock = at.timestamp


async def test_a_resident_opens_their_entrance_and_is_refused_at_the_garage(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    events = _capture_access_events(hass)
    garage_states = _states(hass, "lock.garage")

    await residents.call("unlock", "entrance", residents.kari)
    assert site.units["entrance"].unit.lock_state is LockState.UNLOCKED

    message = await _refused(residents, "unlock", "garage", user=residents.kari)
    assert message == "You have no key to Garage"
    assert site.units["garage"].unit.lock_state is LockState.LOCKED
    assert hass.states.get("lock.garage").state == HaLockState.LOCKED
    assert HaLockState.UNLOCKING not in garage_states  # never shown moving

    # The open is logged with the key it was made on, the refusal with its reason.
    (opened,) = [r for r in await _records(residents, EventKind.UNLOCKED) if r.user_id]
    assert opened.door_id == residents.door_ids["entrance"]
    assert (opened.person_id, opened.grant_id) == (residents.kari_id, residents.bundle_grant_id)
    assert opened.detail["key"] == "bundle"
    (denied,) = await _records(residents, EventKind.DENIED)
    assert denied.door_id == residents.door_ids["garage"]
    assert (denied.person_id, denied.user_id) == (residents.kari_id, residents.kari.id)
    assert denied.reason == "no_key"
    refusal = next(e for e in events if e.data["event"] == "denied")
    assert refusal.data["door_id"] == residents.door_ids["garage"]
    assert refusal.data["person_id"] == residents.kari_id
    assert refusal.data["reason"] == "no_key"
    assert refusal.context.user_id == residents.kari.id
    assert "Kari" not in str(refusal.data)  # ids only
    # The door's event entity shows the refusal too.
    assert hass.states.get("event.garage_access").attributes["event_type"] == "denied"


async def test_an_admin_opens_every_door_and_is_named_in_the_log(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    for door in ("entrance", "garage", "laundry"):
        await residents.call("unlock", door, residents.admin)
        assert site.units[door].unit.lock_state is LockState.UNLOCKED
    records = [r for r in await _records(residents, EventKind.UNLOCKED) if r.user_id]
    assert {r.user_id for r in records} == {residents.admin.id}
    assert {r.detail["key"] for r in records} == {"admin"}


async def test_outside_the_schedule_window_the_resident_is_refused_with_the_hours(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    await residents.apply(
        lambda r: r.grant_access(
            [residents.kari_id],
            now=residents.now(),
            door_ids=[residents.door_ids["garage"]],
            schedule=WORKING_HOURS,
        )
    )
    _set_wall_clock(residents, _local(residents, 5, 12))  # Saturday noon
    message = await _refused(residents, "unlock", "garage", user=residents.kari)
    assert message == "Your key to Garage is valid Monday–Friday 07:00–17:00"
    assert site.units["garage"].unit.lock_state is LockState.LOCKED
    # Locking is harmless: allowed outside the hours.
    await residents.call("lock", "garage", residents.kari)

    _set_wall_clock(residents, _local(residents, 0, 16))  # Monday 16:00
    await residents.call("unlock", "garage", residents.kari)
    assert site.units["garage"].unit.lock_state is LockState.UNLOCKED
    _set_wall_clock(residents, _local(residents, 0, 17))  # 17:00 is outside (half-open)
    await _refused(residents, "open", "garage", user=residents.kari)


async def test_an_admin_grant_to_a_bundle_gives_every_door_in_it(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    assert await _refused(residents, "unlock", "laundry", user=residents.ola) == (
        "You have no key to Laundry"
    )
    await residents.apply(
        lambda r: r.grant_access(
            [residents.ola_id], now=residents.now(), bundle_ids=[residents.bundle_id]
        )
    )
    for door in ("entrance", "laundry"):
        await residents.call("unlock", door, residents.ola)
        assert site.units[door].unit.lock_state is LockState.UNLOCKED
    await _refused(residents, "unlock", "garage", user=residents.ola)

    # A door added to the bundle is every holder's at once.
    ids = residents.door_ids
    await residents.apply(
        lambda r: r.update_bundle(
            residents.bundle_id, door_ids=[ids["entrance"], ids["laundry"], ids["garage"]]
        )
    )
    await residents.call("unlock", "garage", residents.ola)
    assert site.units["garage"].unit.lock_state is LockState.UNLOCKED


async def test_removing_the_person_removes_their_access_and_shares_at_once(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    await residents.apply(
        lambda r: r.share_key(
            residents.kari_id,
            residents.door_ids["laundry"],
            target=residents.guest.id,
            now=residents.now(),
        )
    )
    await residents.call("unlock", "entrance", residents.kari)
    await residents.call("unlock", "laundry", residents.guest)
    await residents.call("lock", "entrance", residents.kari)
    await residents.call("lock", "laundry", residents.guest)

    await residents.apply(lambda r: r.remove_person(residents.kari_id))

    assert await _refused(residents, "unlock", "entrance", user=residents.kari) == (
        "You have no key to Entrance"
    )
    await _refused(residents, "unlock", "laundry", user=residents.guest)
    assert site.units["entrance"].unit.lock_state is LockState.LOCKED
    assert site.units["laundry"].unit.lock_state is LockState.LOCKED


async def test_an_automations_unlock_is_allowed_and_logged_with_its_entity_id(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    assert await async_setup_component(
        hass,
        "automation",
        {
            "automation": {
                "id": "morning_garage",
                "alias": "Morning garage",
                "triggers": {"trigger": "event", "event_type": "morning"},
                "actions": {"action": "lock.unlock", "target": {"entity_id": "lock.garage"}},
            }
        },
    )
    hass.bus.async_fire("morning")
    await hass.async_block_till_done(wait_background_tasks=True)
    assert site.units["garage"].unit.lock_state is LockState.UNLOCKED
    (opened,) = [
        r
        for r in await _records(residents, EventKind.UNLOCKED)
        if r.door_id == residents.door_ids["garage"]
    ]
    assert opened.detail["key"] == "automation"
    assert opened.detail["origin"] == "automation.morning_garage"


async def test_an_unexplained_call_is_refused_by_default_and_allowed_with_the_option(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    message = await _refused(residents, "unlock", "garage")
    assert message.startswith("Garage does not open for calls no person or automation explains")
    assert site.units["garage"].unit.lock_state is LockState.LOCKED
    (denied,) = await _records(residents, EventKind.DENIED)
    assert denied.reason == "unattributed_refused"
    assert denied.user_id is None

    hass.config_entries.async_update_entry(
        residents.entry, options={**residents.entry.options, "allow_unattributed": True}
    )
    await hass.async_block_till_done()
    await residents.call("unlock", "garage")
    assert site.units["garage"].unit.lock_state is LockState.UNLOCKED


def _phone_of(hass: HomeAssistant, residents: Residents) -> list[dict[str, Any]]:
    """Kari's phone: a companion-app entry of her user and its notify action."""
    MockConfigEntry(
        domain="mobile_app",
        data={"user_id": residents.kari.id, "device_name": "Kari's phone"},
    ).add_to_hass(hass)
    return _capture_notify(hass, "mobile_app_kari_s_phone")


async def test_a_share_use_is_counted_and_its_maker_notified(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    phone = _phone_of(hass, residents)
    board = _capture_notify(hass, "board")
    hass.config_entries.async_update_entry(
        residents.entry, options={"notify_target": "notify.board"}
    )
    change = await residents.apply(
        lambda r: r.share_key(
            residents.kari_id,
            residents.door_ids["entrance"],
            target=residents.guest.id,
            now=residents.now(),
            use_limit=2,
            notify_on_use=True,
            label="Cleaner Siri",
        )
    )
    share_id = change.created[0]

    await residents.call("unlock", "entrance", residents.guest)
    await hass.async_block_till_done(wait_background_tasks=True)

    assert site.units["entrance"].unit.lock_state is LockState.UNLOCKED
    assert residents.access.registry.share(share_id).uses == 1
    stored = await AccessRuntime.async_load(hass, residents.entry.entry_id)
    assert stored.registry.share(share_id).uses == 1  # persisted
    (note,) = phone
    # The maker's own words for the guest; nothing the guest's account says of them.
    assert note["title"] == "Cleaner Siri used your key to Entrance"
    assert note["message"].startswith("Cleaner Siri used the key to Entrance you shared, on ")
    assert "Guest" not in str(note)
    assert board == []  # she has a phone: the board's target is not used
    (used,) = await _records(residents, EventKind.SHARE_USED)
    assert (used.share_id, used.person_id, used.user_id) == (
        share_id,
        residents.kari_id,
        residents.guest.id,
    )
    (opened,) = [
        r for r in await _records(residents, EventKind.UNLOCKED) if r.user_id == residents.guest.id
    ]
    assert opened.share_id == share_id
    assert opened.grant_id == residents.bundle_grant_id

    await residents.call("lock", "entrance", residents.guest)
    await residents.call("open", "entrance", residents.guest)
    assert await _refused(residents, "unlock", "entrance", user=residents.guest) == (
        "Your shared key to Entrance has been used 2 of 2 times"
    )
    await hass.async_block_till_done(wait_background_tasks=True)
    assert len(phone) == 2  # locking is not a use


async def test_a_maker_without_a_phone_is_notified_through_the_building_target(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    board = _capture_notify(hass, "board")
    hass.config_entries.async_update_entry(
        residents.entry, options={"notify_target": "notify.board"}
    )
    await residents.apply(
        lambda r: r.share_key(
            residents.kari_id,
            residents.door_ids["laundry"],
            target=residents.guest.id,
            now=residents.now(),
            notify_on_use=True,
        )
    )
    await residents.call("unlock", "laundry", residents.guest)
    await hass.async_block_till_done(wait_background_tasks=True)
    (note,) = board
    assert note["target"] == ["+4791234567"]
    assert "Laundry" in note["message"]


async def test_emergency_key_use_notifies_the_board(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    board = _capture_notify(hass, "board")
    hass.config_entries.async_update_entry(
        residents.entry, options={"notify_target": "notify.board"}
    )
    change = await residents.apply(
        lambda r: r.issue_emergency_key(
            residents.ola_id,
            reason="Water leak in the garage",
            admin_user_id=residents.admin.id,
            now=residents.now(),
            door_ids=[residents.door_ids["garage"]],
        )
    )
    await residents.call("unlock", "garage", residents.ola)
    await hass.async_block_till_done(wait_background_tasks=True)

    assert site.units["garage"].unit.lock_state is LockState.UNLOCKED
    (used,) = await _records(residents, EventKind.EMERGENCY_KEY_USED)
    assert (used.door_id, used.person_id, used.grant_id) == (
        residents.door_ids["garage"],
        residents.ola_id,
        change.created[0],
    )
    (note,) = board
    assert note["title"] == "Emergency key used at Garage"
    assert "Ola" not in str(note)


async def test_an_expired_key_says_when_it_ended(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    until = residents.now() + timedelta(hours=1)
    await residents.apply(
        lambda r: r.grant_access(
            [residents.ola_id],
            now=residents.now(),
            door_ids=[residents.door_ids["garage"]],
            valid_until=until,
        )
    )
    later = until + timedelta(minutes=1)
    _set_wall_clock(residents, later)
    # As a person says it ("today, 14:05"), not as a form writes it.
    when = moment_text(until, later, ZoneInfo(hass.config.time_zone), Language.ENGLISH)
    assert await _refused(residents, "unlock", "garage", user=residents.ola) == (
        f"Your key to Garage expired {when}"
    )
    assert str(until.year) not in when
