"""The reference unit lets go of the latch after the hold time and relocks by itself.

Time is moved by hand: the unit gets a `call_later` that only runs when the test advances
its clocks, so nothing here sleeps.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
import json
from typing import Any

import pytest

from custom_components.digitalkey.protocol.advertisement import AdvertPayload, resolve
from custom_components.digitalkey.protocol.client import DoorUnitClient, pair
from custom_components.digitalkey.protocol.constants import (
    ConfigKey,
    CredentialType,
    Feature,
    LockState,
    LogEvent,
    LogSource,
)
from custom_components.digitalkey.protocol.errors import UnitBusy
from custom_components.digitalkey.protocol.gatt import MANUFACTURER_ID
from custom_components.digitalkey.protocol.keys import StaticKey, advert_key
from custom_components.digitalkey.protocol.records import (
    CredentialOp,
    CredentialRecord,
    credential_secret,
)
from custom_components.digitalkey.protocol.semantics import config_default
from simulator.door_unit import DoorUnit, UnitConfig
from simulator.persistence import dump_unit, restore_unit
from simulator.radio import Advertisement
from simulator.testbed import Testbed
from simulator.timers import loop_call_later
from tests.helpers.manual_time import ManualTime
from tests.protocol.loopback import LoopbackClient

UNIT_ID = bytes.fromhex("D1C0FFEE1A7C")
UNIT_SECRET = bytes.fromhex("1a7c" * 16)
CODE = "31415926"
PIN = "2468"
RELOCK_S = 30
ALL_FEATURES = Feature.DOOR_CONTACT | Feature.KEYPAD | Feature.UNLATCH | Feature.AUTO_RELOCK


def new_unit(time: ManualTime, **config: Any) -> DoorUnit:
    unit = DoorUnit(
        UnitConfig(unit_id=UNIT_ID, setup_code=CODE, **config),
        clock=time.time,
        monotonic=time.monotonic,
        call_later=time.call_later,
        link_call_later=loop_call_later,  # only the bolt's time moves by hand here
    )
    unit.flash.unit_secret = UNIT_SECRET
    return unit


def with_pin(unit: DoorUnit) -> DoorUnit:
    creds = unit.flash.credentials
    creds.begin()
    secret = credential_secret(UNIT_SECRET, CredentialType.PIN, PIN)
    creds.write([CredentialOp.upsert(CredentialRecord(1, 7, CredentialType.PIN, secret))])
    assert creds.shadow is not None
    assert creds.commit(creds.shadow.hash())
    return unit


@dataclass
class Hub:
    unit: DoorUnit
    time: ManualTime
    client: DoorUnitClient
    ble: LoopbackClient


@pytest.fixture
def time() -> ManualTime:
    return ManualTime()


@pytest.fixture
async def hub(time: ManualTime) -> AsyncIterator[Hub]:
    """A unit paired with a hub over the loopback link, with a client in a session."""
    unit = with_pin(new_unit(time, features=ALL_FEATURES))
    key = StaticKey.generate()
    assert unit.press_pairing_button()
    ble = LoopbackClient(unit)
    await ble.connect()
    result = await pair(ble, setup_code=CODE, hub_key=key, label="Hub", clock=time.time)
    await ble.disconnect()
    ble = LoopbackClient(unit)
    client = DoorUnitClient(
        ble, unit_id=UNIT_ID, hub_key=key, unit_public=result.unit_public, clock=time.time
    )
    ble.disconnected_callback = lambda _ble: client.connection_lost()
    await ble.connect()
    await client.start()
    yield Hub(unit, time, client, ble)
    await ble.disconnect()
    unit.detach()


# Latch --------------------------------------------------------------------------------


async def test_the_latch_springs_back_after_the_default_hold(hub: Hub) -> None:
    unit = hub.unit
    assert await hub.client.unlatch() is LockState.UNLATCHED
    counter, last_seq = unit.change_counter, unit.flash.log.last_seq

    hub.time.advance(config_default(ConfigKey.UNLATCH_HOLD_S) - 0.1)
    assert unit.lock_state is LockState.UNLATCHED
    assert unit.change_counter == counter

    hub.time.advance(0.1)
    assert unit.lock_state is LockState.UNLOCKED  # the bolt stays withdrawn
    assert unit.change_counter == (counter + 1) & 0xFFFF  # the hub comes to read
    assert unit.flash.log.last_seq == last_seq  # not an access event: no record
    snapshot = await hub.client.status()
    assert snapshot.lock_state is LockState.UNLOCKED
    assert snapshot.change_counter == unit.change_counter


async def test_the_hold_time_is_the_configured_one(hub: Hub) -> None:
    assert await hub.client.config_get(ConfigKey.UNLATCH_HOLD_S) == 5
    await hub.client.config_set(ConfigKey.UNLATCH_HOLD_S, 2)
    assert await hub.client.unlatch() is LockState.UNLATCHED
    hub.time.advance(1.9)
    assert hub.unit.lock_state is LockState.UNLATCHED
    hub.time.advance(0.1)
    assert hub.unit.lock_state is LockState.UNLOCKED


async def test_a_hold_of_zero_lets_go_at_once(hub: Hub) -> None:
    await hub.client.config_set(ConfigKey.UNLATCH_HOLD_S, 0)
    assert await hub.client.unlatch() is LockState.UNLATCHED  # the pull is still reported
    hub.time.advance(0)
    assert hub.unit.lock_state is LockState.UNLOCKED


async def test_locking_during_the_hold_cancels_the_release(hub: Hub) -> None:
    assert await hub.client.unlatch() is LockState.UNLATCHED
    assert await hub.client.lock() is LockState.LOCKED
    counter = hub.unit.change_counter
    hub.time.advance(60)
    assert hub.unit.lock_state is LockState.LOCKED
    assert hub.unit.change_counter == counter


async def test_a_second_unlatch_holds_the_latch_again(hub: Hub) -> None:
    assert await hub.client.unlatch() is LockState.UNLATCHED
    hub.time.advance(4)
    assert await hub.client.unlatch() is LockState.UNLATCHED
    hub.time.advance(4)
    assert hub.unit.lock_state is LockState.UNLATCHED
    hub.time.advance(1)
    assert hub.unit.lock_state is LockState.UNLOCKED


# Auto-relock --------------------------------------------------------------------------


async def test_auto_relock_locks_after_the_configured_time(hub: Hub) -> None:
    unit = hub.unit
    await hub.client.config_set(ConfigKey.AUTO_RELOCK_S, RELOCK_S)
    assert unit.enter_pin(PIN)
    hub.time.advance(RELOCK_S - 1)
    assert unit.lock_state is LockState.UNLOCKED
    counter = unit.change_counter
    hub.time.advance(1)
    assert unit.lock_state is LockState.LOCKED
    assert unit.change_counter != counter
    last = unit.flash.log.records[-1]
    assert (last.event, last.source) == (LogEvent.LOCKED, LogSource.AUTO)
    assert unit.motor_operations == 1


async def test_auto_relock_is_off_by_default(hub: Hub) -> None:
    assert await hub.client.config_get(ConfigKey.AUTO_RELOCK_S) == 0
    assert await hub.client.unlock() is LockState.UNLOCKED
    hub.time.advance(3600)
    assert hub.unit.lock_state is LockState.UNLOCKED


def test_auto_relock_needs_the_feature(time: ManualTime) -> None:
    unit = with_pin(new_unit(time))  # default features: no auto-relock
    unit.flash.config[ConfigKey.AUTO_RELOCK_S] = RELOCK_S
    assert unit.enter_pin(PIN)
    time.advance(3600)
    assert unit.lock_state is LockState.UNLOCKED


async def test_auto_relock_follows_a_latch_release(hub: Hub) -> None:
    await hub.client.config_set(ConfigKey.AUTO_RELOCK_S, RELOCK_S)
    assert await hub.client.unlatch() is LockState.UNLATCHED
    hub.time.advance(5)
    assert hub.unit.lock_state is LockState.UNLOCKED
    hub.time.advance(RELOCK_S)
    assert hub.unit.lock_state is LockState.LOCKED


def test_auto_relock_waits_for_the_door_to_close(time: ManualTime) -> None:
    unit = with_pin(new_unit(time, features=ALL_FEATURES))
    unit.flash.config[ConfigKey.AUTO_RELOCK_S] = RELOCK_S
    assert unit.enter_pin(PIN)
    time.advance(10)
    unit.open_door()
    time.advance(3600)
    assert unit.lock_state is LockState.UNLOCKED  # never throw the bolt into an open door
    unit.close_door()
    time.advance(RELOCK_S - 1)
    assert unit.lock_state is LockState.UNLOCKED  # counting from the door closing
    time.advance(1)
    assert unit.lock_state is LockState.LOCKED


def test_a_slow_auto_relock_reports_locking_and_a_jam(time: ManualTime) -> None:
    unit = with_pin(new_unit(time, features=ALL_FEATURES, motor_time=1.0))
    unit.flash.config[ConfigKey.AUTO_RELOCK_S] = RELOCK_S
    unit.press_inside_button()
    time.advance(RELOCK_S)
    assert unit.lock_state is LockState.LOCKING
    assert unit.motor_busy
    unit.open_door()  # does not stop a run under way
    unit.jammed = True
    time.advance(1)
    assert unit.lock_state is LockState.JAMMED
    assert not unit.motor_busy
    last = unit.flash.log.records[-1]
    assert (last.event, last.source) == (LogEvent.JAMMED, LogSource.AUTO)


async def test_a_motor_command_during_an_auto_relock_is_busy(hub: Hub) -> None:
    hub.unit.config.motor_time = 1.0
    await hub.client.config_set(ConfigKey.AUTO_RELOCK_S, RELOCK_S)
    hub.unit.press_inside_button()
    hub.time.advance(RELOCK_S)
    with pytest.raises(UnitBusy):
        await hub.client.lock()
    hub.time.advance(1)
    assert hub.unit.lock_state is LockState.LOCKED


async def test_setting_auto_relock_while_unlocked_starts_counting(hub: Hub) -> None:
    assert await hub.client.unlock() is LockState.UNLOCKED
    await hub.client.config_set(ConfigKey.AUTO_RELOCK_S, RELOCK_S)
    hub.time.advance(RELOCK_S)
    assert hub.unit.lock_state is LockState.LOCKED


# Persistence and power ----------------------------------------------------------------


class _Peripheral:
    """Enough of a RadioPeripheral for `attach`."""

    def set_advertisement(self, _adv: object) -> None:
        return


def _round_trip(data: dict[str, Any]) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(json.dumps(data))
    return loaded


def test_a_held_latch_is_restored_released(time: ManualTime) -> None:
    unit = new_unit(time)
    unit.set_lock_state(LockState.UNLATCHED)
    data = _round_trip(dump_unit(unit, wall_clock=time.time))
    assert data["state"]["lock_state"] == "UNLOCKED"
    restored = new_unit(time)
    restore_unit(restored, data, wall_clock=time.time)
    assert restored.lock_state is LockState.UNLOCKED


def test_a_restored_unlocked_unit_relocks_once_attached(time: ManualTime) -> None:
    unit = new_unit(time, features=ALL_FEATURES)
    unit.flash.config[ConfigKey.AUTO_RELOCK_S] = RELOCK_S
    unit.press_inside_button()
    data = _round_trip(dump_unit(unit, wall_clock=time.time))

    restored = new_unit(time, features=ALL_FEATURES)
    restore_unit(restored, data, wall_clock=time.time)
    time.advance(3600)
    assert restored.lock_state is LockState.UNLOCKED  # not on the air yet: nothing runs
    restored.attach(_Peripheral())  # type: ignore[arg-type]
    time.advance(RELOCK_S)
    assert restored.lock_state is LockState.LOCKED
    restored.detach()


async def test_a_reboot_lets_go_of_the_latch(time: ManualTime) -> None:
    unit = new_unit(time)
    unit.set_lock_state(LockState.UNLATCHED)
    await unit.reboot()
    assert unit.lock_state is LockState.UNLOCKED


def test_detach_stops_the_timers(time: ManualTime) -> None:
    unit = new_unit(time)
    unit.set_lock_state(LockState.UNLATCHED)
    unit.detach()
    time.advance(60)
    assert unit.lock_state is LockState.UNLATCHED


# Over the air, with the event loop's timers -------------------------------------------


async def test_the_hub_hears_the_latch_release_over_the_air() -> None:
    """The advertised change counter moves, and a status read shows the latch released."""
    async with Testbed() as bed:
        address, unit = await bed.add_unit(UnitConfig(unit_id=UNIT_ID, setup_code=CODE))
        result = await bed.pair(address, CODE)
        ble, client = await bed.client(address, result)
        await client.config_set(ConfigKey.UNLATCH_HOLD_S, 0)
        heard: list[int] = []
        assert bed.central is not None
        key = advert_key(result.unit_secret)

        def hear(_address: str, _rssi: int, adv: Advertisement) -> None:
            counter = resolve(AdvertPayload.decode(adv.manufacturer_data[MANUFACTURER_ID]), key)
            assert counter is not None  # the paired unit's advertisement resolves
            heard.append(counter)

        remove = bed.central.add_advertisement_listener(hear)
        assert await client.unlatch() is LockState.UNLATCHED
        async with asyncio.timeout(2):
            while unit.lock_state is not LockState.UNLOCKED:
                await asyncio.sleep(0.01)
        snapshot = await client.status()
        assert snapshot.lock_state is LockState.UNLOCKED
        async with asyncio.timeout(2):
            while not heard or heard[-1] != snapshot.change_counter:
                await asyncio.sleep(0.01)
        remove()
        await client.close()
        await ble.disconnect()
