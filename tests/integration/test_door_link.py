"""Runtime behaviour of a building: push updates, availability, connections, clock."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
import contextlib
from datetime import timedelta

from homeassistant.components import bluetooth
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import ATTR_ENTITY_ID, STATE_OFF, STATE_ON, STATE_UNAVAILABLE
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_fire_time_changed

from custom_components.digitalkey.const import (
    IDLE_DISCONNECT_S,
    SILENCE_CHECK_S,
    UNREACHABLE_AFTER_S,
)
from custom_components.digitalkey.protocol.client import DoorUnitClient
from custom_components.digitalkey.protocol.constants import LogEvent
from custom_components.digitalkey.protocol.errors import ProtocolError
from custom_components.digitalkey.protocol.records import LogRecord

from .conftest import FakeClock, Site, pair_into_entry, until


async def test_battery_change_reaches_sensor_via_advertisement(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    assert hass.states.get("sensor.entrance_battery").state == "90"
    assert hass.states.get("binary_sensor.entrance_battery_critical").state == STATE_OFF
    site.units["entrance"].unit.set_battery(12)
    await until(hass, lambda: hass.states.get("sensor.entrance_battery").state == "12")
    assert hass.states.get("binary_sensor.entrance_battery_critical").state == STATE_ON


async def test_door_contact_follows_the_unit(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    assert hass.states.get("binary_sensor.laundry_door").state == STATE_OFF
    site.units["laundry"].unit.open_door()
    await until(hass, lambda: hass.states.get("binary_sensor.laundry_door").state == STATE_ON)


async def test_silent_unit_becomes_unavailable_and_comes_back(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, caplog: pytest.LogCaptureFixture
) -> None:
    sim = site.units["garage"]
    site.proxies[0].scanner._expire_seconds = 0.3  # an ESPHome proxy forgets silent devices
    sim.peripheral.set_reachable(False)
    await asyncio.sleep(0.5)
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=200))
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=301))
    await until(hass, lambda: hass.states.get("lock.garage").state == STATE_UNAVAILABLE)
    assert hass.states.get("sensor.garage_battery").state == STATE_UNAVAILABLE
    # A door still heard stays (or, after a gap the tight expiry above caught on a busy
    # machine, is at once again) available; the silent one stays away.
    await until(hass, lambda: hass.states.get("lock.entrance").state != STATE_UNAVAILABLE)
    assert hass.states.get("lock.garage").state == STATE_UNAVAILABLE
    sim.peripheral.set_reachable(True)
    await until(hass, lambda: hass.states.get("lock.garage").state != STATE_UNAVAILABLE)
    logged = [r.getMessage() for r in caplog.records if r.name.endswith("door_link")]
    assert logged.count("Door Garage is unreachable") == 1
    assert logged.count("Door Garage is reachable again") == 1


async def test_connection_released_after_idle(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    proxy = site.proxies[0]
    await hass.services.async_call(
        "lock", "unlock", {ATTR_ENTITY_ID: "lock.entrance"}, blocking=True
    )
    await hass.async_block_till_done(wait_background_tasks=True)
    assert proxy.central.connections_in_use >= 1
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=IDLE_DISCONNECT_S + 1))
    await until(hass, lambda: proxy.central.connections_in_use == 0)


async def test_three_doors_at_once_through_two_single_slot_proxies(
    hass: HomeAssistant, site: Site
) -> None:
    await site.proxies[0].async_stop()
    site.proxies.clear()
    await site.add_proxy(slots=1)
    await site.add_proxy(slots=1)
    for name in ("entrance", "garage", "laundry"):
        await site.add_unit(name)
    entry = await pair_into_entry(site, ["entrance", "garage", "laundry"])
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    await asyncio.gather(
        *(
            hass.services.async_call(
                "lock", "unlock", {ATTR_ENTITY_ID: f"lock.{name}"}, blocking=True
            )
            for name in ("entrance", "garage", "laundry")
        )
    )
    assert all(sim.unit.lock_state.name == "UNLOCKED" for sim in site.units.values())
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_clock_is_set_and_drift_recorded(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    unit = site.units["entrance"].unit
    await hass.async_block_till_done(wait_background_tasks=True)
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=IDLE_DISCONNECT_S + 1))
    await until(hass, lambda: site.proxies[0].central.connections_in_use == 0)
    unit.drift(-120)
    await hass.services.async_call(
        "lock", "unlock", {ATTR_ENTITY_ID: "lock.entrance"}, blocking=True
    )
    door = next(d for d in loaded.runtime_data.doors.values() if d.identity.name == "Entrance")
    assert door.state.clock_drift is not None
    assert door.state.clock_drift <= -119
    assert abs(unit.now() - dt_util.utcnow().timestamp()) < 2


async def test_unload_releases_connections_and_callbacks(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    await hass.services.async_call(
        "lock", "unlock", {ATTR_ENTITY_ID: "lock.entrance"}, blocking=True
    )
    doors = list(loaded.runtime_data.doors.values())
    assert await hass.config_entries.async_unload(loaded.entry_id)
    await hass.async_block_till_done()
    assert loaded.state is ConfigEntryState.NOT_LOADED
    assert site.proxies[0].central.connections_in_use == 0
    # Nothing listens any more: a unit that changes is not read.
    counters = [door.state.advertised_counter for door in doors]
    site.units["entrance"].unit.set_battery(33)
    await site.wait_for_counter(site.units["entrance"])
    await hass.async_block_till_done(wait_background_tasks=True)
    assert [door.state.advertised_counter for door in doors] == counters
    assert site.proxies[0].central.connections_in_use == 0
    assert not any(door.connection.connected for door in doors)


async def test_building_loads_before_its_doors_are_heard(hass: HomeAssistant, site: Site) -> None:
    """Proxies often connect after start-up: the building loads, its doors wait to be heard."""
    sim = await site.add_unit("entrance")
    entry = await pair_into_entry(site, ["entrance"])
    await site.proxies[0].async_stop()
    site.proxies.clear()
    sim.peripheral.set_reachable(False)
    bluetooth.async_clear_advertisement_history(hass, sim.address)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    assert hass.states.get("lock.entrance").state == STATE_UNAVAILABLE
    sim.peripheral.set_reachable(True)
    await site.add_proxy()
    await until(hass, lambda: hass.states.get("lock.entrance").state == "locked")


async def test_silent_door_is_unavailable_within_a_minute(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    clock = FakeClock()
    loaded.runtime_data.clock = clock
    door = next(d for d in loaded.runtime_data.doors.values() if d.identity.name == "Garage")
    door.connection.heard(b"\x00" * 8)
    site.units["garage"].peripheral.set_reachable(False)
    clock.now += UNREACHABLE_AFTER_S - 1
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=SILENCE_CHECK_S))
    await hass.async_block_till_done()
    assert hass.states.get("lock.garage").state != STATE_UNAVAILABLE
    clock.now += 2
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=2 * SILENCE_CHECK_S))
    await hass.async_block_till_done()
    assert hass.states.get("lock.garage").state == STATE_UNAVAILABLE
    assert hass.states.get("lock.entrance").state != STATE_UNAVAILABLE  # still heard


async def test_follow_ups_run_in_the_session_that_read_new_records(
    site: Site, loaded: MockConfigEntry
) -> None:
    """A follow-up sees each read's new records until it says it is done; a failing one goes.

    Reads the advertisements start run too; either kind of read runs the follow-ups.
    """
    door = next(d for d in loaded.runtime_data.doors.values() if d.identity.name == "Laundry")
    unit = site.units["laundry"].unit
    seen: list[list[int]] = []

    async def until_the_door_opens(client: DoorUnitClient, records: Sequence[LogRecord]) -> bool:
        seen.append([record.seq for record in records])
        await client.status()  # in the read's session, which is still up
        return any(record.event is LogEvent.DOOR_OPENED for record in records)

    async def broken(_client: DoorUnitClient, _records: Sequence[LogRecord]) -> bool:
        raise ProtocolError("follow-up failed")

    remove = door.async_add_follow_up(until_the_door_opens)
    await door.async_refresh()
    assert seen == []  # nothing new was read: nothing to follow up
    unit.press_inside_button()
    await door.async_refresh()
    assert seen == [[unit.flash.log.records[-1].seq]]
    assert door.follow_ups == (until_the_door_opens,)  # not what it waits for: it stays
    door.async_add_follow_up(broken)
    unit.open_door()
    with contextlib.suppress(ProtocolError):  # unless the advertisement's read met it first
        await door.async_refresh()
    assert len(seen) == 2
    assert door.follow_ups == ()
    assert door.state.log_seq == unit.flash.log.records[-1].seq  # stored and acknowledged
    assert unit.flash.log.acked_seq == door.state.log_seq
    remove()  # removing one that is gone is harmless
    unit.close_door()
    await door.async_refresh()
    assert len(seen) == 2
