"""Door-link edge cases: lost links, stale challenges, log gaps, odd advertisements."""

from __future__ import annotations

import logging
import os
import time

from homeassistant.const import ATTR_ENTITY_ID, STATE_UNAVAILABLE
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_capture_events

from custom_components.digitalkey import door_connection
from custom_components.digitalkey.const import CHALLENGE_FRESH_S
from custom_components.digitalkey.door_link import REFRESH_RETRY_S
from custom_components.digitalkey.protocol.advertisement import PairedAdvert
from custom_components.digitalkey.protocol.constants import LockState
from custom_components.digitalkey.protocol.gatt import MANUFACTURER_ID, SERVICE_UUID
from custom_components.digitalkey.protocol.keys import advert_key
from simulator.radio import Advertisement

from .conftest import FakeClock, RefreshCounter, Site, door_link, hear_advert, until


async def _unlock(hass: HomeAssistant, name: str) -> None:
    await hass.services.async_call(
        "lock", "unlock", {ATTR_ENTITY_ID: f"lock.{name}"}, blocking=True
    )


async def test_link_lost_mid_command_is_retried_once_without_a_second_run(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    unit = site.units["entrance"].unit
    unit.drop_link_before_reply = True
    await _unlock(hass, "entrance")
    assert unit.lock_state is LockState.UNLOCKED
    assert unit.motor_operations == 1  # the retry was answered from the unit's memory
    assert hass.states.get("lock.entrance").state == "unlocked"


async def test_stale_challenge_is_not_used(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    door = door_link(loaded, "Garage")
    await door.connection.async_release_if_idle()
    clock = FakeClock()
    loaded.runtime_data.clock = clock
    await until(hass, lambda: door.connection.fresh_challenge() is not None)
    while door.connection.fresh_challenge() is not None:  # a rotation re-stamps it: again
        clock.now += CHALLENGE_FRESH_S + 1  # first advertised too long ago, heard lately
    site.units["garage"].unit.drift(-30)
    await _unlock(hass, "garage")
    # Without a fresh challenge the time is not applied in HELLO: SET_TIME corrects it.
    assert door.state.clock_drift is not None
    assert door.state.clock_drift <= -29
    assert abs(site.units["garage"].unit.now() - time.time()) < 2


async def test_unit_out_of_range_gives_translated_error(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    site.radio.max_connect_wait = 0.05
    door = door_link(loaded, "Laundry")
    await door.connection.async_release_if_idle()
    site.units["laundry"].peripheral.set_reachable(False)
    with pytest.raises(HomeAssistantError) as err:
        await _unlock(hass, "laundry")
    assert err.value.translation_key == "cannot_connect"
    assert err.value.translation_placeholders["door"] == "Laundry"
    assert site.units["laundry"].unit.motor_operations == 0


async def test_unit_unknown_to_bluetooth_gives_translated_error(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    door = door_link(loaded, "Laundry")
    await door.connection.async_release_if_idle()
    await site.proxies[0].async_stop()
    site.proxies.clear()
    with pytest.raises(HomeAssistantError) as err:
        await _unlock(hass, "laundry")
    assert err.value.translation_key == "door_out_of_range"
    assert str(err.value) == (
        "Door Laundry is not heard by any Bluetooth adapter or proxy. "
        "Check that the proxy near it is online and the unit has power"
    )


async def test_silent_door_fails_at_once_and_says_for_how_long(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    """A door out of range does not hang for a minute: it says what is wrong."""
    door = door_link(loaded, "Garage")
    await door.connection.async_release_if_idle()
    site.units["garage"].peripheral.set_reachable(False)
    clock = FakeClock()
    loaded.runtime_data.clock = clock
    door.connection.heard(b"\x00" * 8)  # last heard "now" on the fake clock
    clock.now += 3 * 60
    with pytest.raises(HomeAssistantError) as err:
        await _unlock(hass, "garage")
    assert err.value.translation_key == "door_not_heard"
    assert str(err.value) == (
        "Door Garage has not been heard by any Bluetooth adapter or proxy for 3 min. "
        "Check that the proxy near it is online and the unit has power"
    )
    assert "scanner" not in str(err.value)  # Bluetooth internals go to the debug log
    assert hass.states.get("lock.garage").state != "unlocking"
    assert site.units["garage"].unit.motor_operations == 0


async def test_whole_command_is_bounded_in_time(
    hass: HomeAssistant,
    site: Site,
    loaded: MockConfigEntry,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Connecting to a unit that stopped answering gives up at the command's bound."""
    monkeypatch.setattr(door_connection, "COMMAND_TIMEOUT_S", 0.3)
    monkeypatch.setattr(
        door_connection.DoorConnection.async_run, "__kwdefaults__", {"timeout": 0.3}
    )
    site.radio.max_connect_wait = 30  # a connection attempt would hang far longer
    door = door_link(loaded, "Laundry")
    await door.connection.async_release_if_idle()
    site.units["laundry"].peripheral.set_reachable(False)
    with pytest.raises(HomeAssistantError) as err:
        await _unlock(hass, "laundry")
    assert err.value.translation_key == "timeout"
    assert hass.states.get("lock.laundry").state == "locked"  # not left "unlocking"


async def test_foreign_and_malformed_advertisements_are_ignored(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    sim = site.units["entrance"]
    door = door_link(loaded, "Entrance")
    counter = door.state.read_counter
    for data in (
        {},  # no manufacturer data at all
        {MANUFACTURER_ID: b"\x00\x01kegtron"},  # someone else's payload under 0xFFFF
        {MANUFACTURER_ID: sim.unit.advertisement().manufacturer_data[MANUFACTURER_ID][:2]
         + b"\x12" + b"\x99" * 6 + b"\x00\x07" + b"\x00" * 8},  # another unit's id
    ):  # fmt: skip
        site.proxies[0]._async_on_advertisement(
            sim.address,
            -50,
            Advertisement(
                local_name="DK-3001", service_uuids=[SERVICE_UUID], manufacturer_data=data
            ),
        )
        await hass.async_block_till_done()
    assert door.state.read_counter == counter
    assert door.state.rssi != -50
    assert hass.states.get("lock.entrance").state != STATE_UNAVAILABLE


async def test_overwritten_log_records_are_counted(
    hass: HomeAssistant,
    site: Site,
    loaded: MockConfigEntry,
    caplog: pytest.LogCaptureFixture,
) -> None:
    unit = site.units["garage"].unit
    assert await hass.config_entries.async_unload(loaded.entry_id)
    await hass.async_block_till_done()
    unit.flash.log.capacity = 4
    for _ in range(5):
        unit.open_door()
        unit.close_door()
    caplog.set_level(logging.WARNING)
    assert await hass.config_entries.async_setup(loaded.entry_id)
    await hass.async_block_till_done()
    door = door_link(loaded, "Garage")
    await door.async_refresh()
    assert door.state.missed_records == 6
    assert door.state.log_seq == unit.flash.log.last_seq
    assert "Door Garage overwrote 6 event-log records" in caplog.text


async def test_failed_read_is_not_retried_on_every_advertisement(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    site.radio.max_connect_wait = 0.05
    sim = site.units["laundry"]
    door = door_link(loaded, "Laundry")
    await door.connection.async_release_if_idle()
    clock = FakeClock()
    loaded.runtime_data.clock = clock
    attempts = RefreshCounter(door)
    sim.peripheral.set_reachable(False)  # heard (below), but it never accepts a connection
    key = advert_key(sim.unit.flash.unit_secret)

    async def advertise(counter: int) -> None:
        raw = PairedAdvert.build(
            key,
            flags=sim.unit.flags,
            change_counter=counter,
            challenge=sim.unit.challenge,
            prand=os.urandom(4),
        ).encode()
        hear_advert(site, sim, bytes(raw), rssi=-60)
        await hass.async_block_till_done(wait_background_tasks=True)

    await advertise(1000)
    assert attempts.count == 1  # the counter moved: one read, which fails
    for counter in range(1001, 1010):
        clock.now += 2
        await advertise(counter)
    assert attempts.count == 1  # backing off: new counters alone do not retry at once
    clock.now += REFRESH_RETRY_S
    await advertise(1011)
    assert attempts.count == 2  # after the back-off the next advertisement reads again


async def test_door_silent_for_seconds_fails_at_once_without_a_read_after(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    """Silent for two challenge rotations: no connection attempt, no background read."""
    door = door_link(loaded, "Garage")
    await door.connection.async_release_if_idle()
    await hass.async_block_till_done(wait_background_tasks=True)
    site.units["garage"].peripheral.set_reachable(False)
    clock = FakeClock()
    loaded.runtime_data.clock = clock
    door.connection.heard(b"\x00" * 8)
    clock.now += 20
    reads = RefreshCounter(door)
    changes = async_capture_events(hass, "state_changed")
    with pytest.raises(HomeAssistantError) as err:
        await _unlock(hass, "garage")
    assert err.value.translation_placeholders["duration"] == "20 s"
    await hass.async_block_till_done(wait_background_tasks=True)
    assert reads.count == 0
    assert hass.states.get("lock.garage").state == "locked"  # still shown: silent < 30 s
    # Refused before it showed as under way: no "Unlocking" moment in its history.
    assert not [e for e in changes if e.data["entity_id"] == "lock.garage"]
