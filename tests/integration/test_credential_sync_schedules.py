"""Schedules and validity reach the units, which enforce them by their own clocks.

The hub derives each record's weekday mask, daily window and validity from the grant; the
unit decides at its keypad with its own clock and the building's UTC offset (set by
`door_settings`), so a key outside its window or past its end stops at the door while the
hub is down (the building unloaded). The hub also drops a key's records when it ends.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from homeassistant.core import HomeAssistant

from custom_components.digitalkey.access.door_credentials import record_id_of
from custom_components.digitalkey.access.model import CredentialKind, Role
from custom_components.digitalkey.access.schedules import MINUTES_PER_DAY, WeeklySchedule
from custom_components.digitalkey.protocol.constants import (
    ConfigKey,
    DenyReason,
    LockState,
    LogEvent,
)
from custom_components.digitalkey.zone_offsets import offset_at
from simulator.door_unit import DoorUnit

from .conftest import Residents, Site, until
from .credential_sync_support import live, move_time, until_synced, vault_of

DAY_S = 86_400


async def _holder(residents: Residents, name: str, pin: str, **grant: object) -> tuple[str, int]:
    """A person with a grant to the entrance on `grant`'s terms and a PIN: (id, record id)."""
    now = residents.now()
    door_id = residents.door_ids["entrance"]
    person_id = (
        await residents.apply(lambda r: r.add_person(name, role=Role.TENANT, now=now))
    ).created[0]
    await residents.apply(
        lambda r: r.grant_access([person_id], now=now, door_ids=[door_id], **grant)  # type: ignore[arg-type]
    )
    credential_id = (
        await residents.apply(
            lambda r: r.add_credential(
                CredentialKind.PIN,
                pin,
                vault=vault_of(residents.entry),
                person_id=person_id,
                now=now,
            )
        )
    ).created[0]
    number = residents.access.registry.credential(credential_id).number
    return person_id, record_id_of(number, 0)


async def _offset_in_force(hass: HomeAssistant, residents: Residents, unit: DoorUnit) -> int:
    """The building zone's UTC offset, once the unit reads its schedules at it."""
    zone = residents.access.registry.settings.tz
    wanted = offset_at(zone, residents.entry.runtime_data.wall_clock())
    await until(hass, lambda: unit.flash.setting(ConfigKey.UTC_OFFSET_S) == wanted)
    return wanted


def _local_weekday(unit: DoorUnit, offset: int) -> int:
    """The weekday the unit counts in now (0 Monday), as §8.1.1 says it does."""
    return ((unit.now() + offset) // DAY_S + 3) % 7


def _last_log(unit: DoorUnit) -> tuple[LogEvent, int, int]:
    record = unit.flash.log.records[-1]
    return record.event, record.subject, record.detail


async def test_a_pin_outside_its_window_is_refused_by_the_unit_while_the_hub_is_down(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    sim = site.units["entrance"]
    offset = await _offset_in_force(hass, residents, sim.unit)
    today = _local_weekday(sim.unit, offset)
    near = (today, (today + 1) % 7)  # so midnight during the test changes nothing
    inside = WeeklySchedule.of(*((day, 0, MINUTES_PER_DAY) for day in near))
    outside = WeeklySchedule.of(*((day, 0, MINUTES_PER_DAY) for day in range(7) if day not in near))
    _, per = await _holder(residents, "Per Berg", "731904", schedule=inside)
    _, liv = await _holder(residents, "Liv Dahl", "270615", schedule=outside)
    await until_synced(hass, residents.entry, sim, residents.door_ids["entrance"])
    assert live(sim)[liv].weekdays == sum(1 << day for day in range(7) if day not in near)

    assert await hass.config_entries.async_unload(residents.entry.entry_id)  # the hub is down
    assert not sim.unit.enter_pin("270615")
    assert _last_log(sim.unit) == (LogEvent.DENIED, liv, DenyReason.OUTSIDE_SCHEDULE)
    assert sim.unit.enter_pin("731904")
    assert _last_log(sim.unit) == (LogEvent.UNLOCKED, per, 0)


async def test_an_expired_key_stops_at_the_door_while_the_hub_is_down(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    sim = site.units["entrance"]
    end = residents.now().replace(microsecond=0) + timedelta(minutes=2)
    _, per = await _holder(residents, "Per Berg", "731904", valid_until=end)
    await until_synced(hass, residents.entry, sim, residents.door_ids["entrance"])
    assert live(sim)[per].valid_until == int(end.timestamp())

    assert await hass.config_entries.async_unload(residents.entry.entry_id)
    assert sim.unit.enter_pin("731904")
    sim.unit.set_lock_state(LockState.LOCKED)
    sim.unit.drift(end.timestamp() - sim.unit.now())  # the unit's clock reaches the end
    assert not sim.unit.enter_pin("731904")
    assert _last_log(sim.unit) == (LogEvent.DENIED, per, DenyReason.EXPIRED)


async def test_the_hub_removes_a_key_from_the_unit_when_it_ends(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    sim = site.units["entrance"]
    runtime = residents.entry.runtime_data
    end = residents.now().replace(microsecond=0) + timedelta(minutes=2)
    _, per = await _holder(residents, "Per Berg", "731904", valid_until=end)
    await until_synced(hass, residents.entry, sim, residents.door_ids["entrance"])
    assert per in live(sim)

    later = end + timedelta(seconds=3)
    runtime.wall_clock = later.timestamp
    await move_time(hass, later)
    await until(hass, lambda: per not in live(sim))
    await until_synced(hass, residents.entry, sim, residents.door_ids["entrance"])
    assert datetime.fromtimestamp(runtime.wall_clock(), UTC) > end
