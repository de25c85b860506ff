"""Saving and restoring a reference unit's flash and physical state as JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from custom_components.digitalkey.protocol.constants import (
    PAIRING_LOCKOUT_S,
    PAIRING_MAX_ATTEMPTS,
    ConfigKey,
    CredentialType,
    DoorState,
    LockState,
    LogEvent,
    LogSource,
    Role,
)
from custom_components.digitalkey.protocol.keys import StaticKey
from custom_components.digitalkey.protocol.records import (
    CredentialOp,
    CredentialRecord,
    credential_secret,
)
from simulator.door_unit import DoorUnit, PairedController, UnitConfig
from simulator.persistence import (
    FORMAT_VERSION,
    PersistenceError,
    dump_unit,
    read_units_file,
    restore_unit,
    write_units_file,
)
from simulator.radio import VirtualRadio
from simulator.testbed import Testbed

UNIT_ID = bytes.fromhex("D1C0FFEE5A5E")
UNIT_SECRET = bytes.fromhex("5a5e" * 16)
CODE = "31415926"
PIN = "246810"


class Clock:
    """Wall and monotonic clocks a test moves by hand (each process has its own monotonic)."""

    def __init__(self, wall: float = 1_790_000_000.0, mono: float = 1000.0) -> None:
        self.wall = wall
        self.mono = mono

    def time(self) -> float:
        return self.wall

    def monotonic(self) -> float:
        return self.mono


def new_unit(clock: Clock, unit_id: bytes = UNIT_ID) -> DoorUnit:
    unit = DoorUnit(
        UnitConfig(unit_id=unit_id, setup_code=CODE),
        clock=clock.time,
        monotonic=clock.monotonic,
    )
    unit.flash.unit_secret = UNIT_SECRET
    return unit


def pin_record(cred_id: int, pin: str, **kwargs: Any) -> CredentialRecord:
    secret = credential_secret(UNIT_SECRET, CredentialType.PIN, pin)
    return CredentialRecord(cred_id, 7, CredentialType.PIN, secret, **kwargs)


def used_unit(clock: Clock) -> DoorUnit:
    """A unit with something in every part of its flash and its physical state."""
    unit = new_unit(clock)
    admin = PairedController(StaticKey.generate().public, Role.ADMIN, "Hub")
    user = PairedController(StaticKey.generate().public, Role.USER, "Phone of A. Resident")
    unit.paired(admin)
    unit.flash.controllers[user.key_id] = user
    creds = unit.flash.credentials
    creds.begin()
    creds.write(
        [
            CredentialOp.upsert(pin_record(1, PIN)),
            CredentialOp.upsert(pin_record(2, "1357", enabled=False, weekdays=0x1F)),
            CredentialOp.upsert(
                CredentialRecord(
                    3,
                    8,
                    CredentialType.TAG,
                    credential_secret(UNIT_SECRET, CredentialType.TAG, b"\x04\xa2\x2b\x7c"),
                    valid_from=1_700_000_000,
                    valid_until=1_900_000_000,
                    window_start=360,
                    window_end=1320,
                )
            ),
        ]
    )
    assert creds.shadow is not None
    assert creds.commit(creds.shadow.hash())
    unit.flash.log.append(unit.now(), LogEvent.UNLOCKED, LogSource.PIN, 1)
    unit.flash.log.ack(2)
    unit.flash.boot_count = 4
    unit.flash.config[ConfigKey.UTC_OFFSET_S] = -3600
    unit.flash.config[ConfigKey.AUTO_RELOCK_S] = 5
    unit.set_battery(12)
    unit.open_door()
    unit.jam(True)
    unit.drift(42.5)
    return unit


def round_trip(data: dict[str, Any]) -> dict[str, Any]:
    """What the data looks like after a trip through a JSON file."""
    loaded: dict[str, Any] = json.loads(json.dumps(data))
    return loaded


def test_restore_brings_back_flash_and_physical_state() -> None:
    clock = Clock()
    unit = used_unit(clock)
    data = round_trip(dump_unit(unit, wall_clock=clock.time))

    restored = new_unit(clock)
    restore_unit(restored, data, wall_clock=clock.time)

    flash, saved = restored.flash, unit.flash
    assert flash.static == saved.static
    assert flash.controllers == saved.controllers
    assert flash.credentials.live.records == saved.credentials.live.records
    assert flash.credentials.live.hash() == saved.credentials.live.hash()
    assert flash.credentials.version == saved.credentials.version == 1
    assert flash.credentials.capacity == unit.config.credential_capacity
    assert list(flash.log.records) == list(saved.log.records)
    assert (flash.log.next_seq, flash.log.acked_seq) == (saved.log.next_seq, 2)
    assert flash.log.capacity == unit.config.log_capacity
    assert flash.boot_count == 4
    assert flash.config == {ConfigKey.UTC_OFFSET_S: -3600, ConfigKey.AUTO_RELOCK_S: 5}
    assert restored.snapshot() == unit.snapshot()
    assert (restored.battery_percent, restored.door_state) == (12, DoorState.OPEN)
    assert restored.jammed
    assert restored.lock_state is LockState.JAMMED
    assert restored.now() == unit.now()
    assert restored.flags == unit.flags
    assert restored.enter_pin(PIN) is False  # jammed: the PIN is known, the bolt is stuck
    assert restored.flash.log.records[-1].event is LogEvent.JAMMED


def test_restored_credentials_still_open_the_door() -> None:
    clock = Clock()
    unit = used_unit(clock)
    unit.jam(False)
    restored = new_unit(clock)
    restore_unit(restored, round_trip(dump_unit(unit)))
    seq = restored.flash.log.next_seq

    assert restored.enter_pin(PIN)
    assert not restored.enter_pin("1357")  # disabled record
    assert restored.present_tag(b"\x04\xa2\x2b\x7c")
    assert [r.seq for r in restored.flash.log.records][-3:] == [seq, seq + 1, seq + 2]


def test_pairing_lockout_survives_a_new_monotonic_clock() -> None:
    clock = Clock()
    unit = new_unit(clock)
    for _ in range(PAIRING_MAX_ATTEMPTS):
        unit.pairing_attempt_started()
    assert unit.locked_out
    clock.mono += 100
    data = round_trip(dump_unit(unit, wall_clock=clock.time))

    later = Clock(wall=clock.wall + 30, mono=5.0)  # another process, 30 s later
    restored = new_unit(later)
    restore_unit(restored, data, wall_clock=later.time)
    assert restored.locked_out
    assert restored.flash.lockout_until == pytest.approx(5.0 + PAIRING_LOCKOUT_S - 130)
    assert restored.flash.pairing_failures == PAIRING_MAX_ATTEMPTS
    assert not restored.press_pairing_button()

    much_later = Clock(wall=clock.wall + PAIRING_LOCKOUT_S, mono=5.0)
    fresh = new_unit(much_later)
    restore_unit(fresh, data, wall_clock=much_later.time)
    assert fresh.flash.lockout_until == 0.0
    assert fresh.press_pairing_button()


def test_a_moving_bolt_is_restored_at_its_target() -> None:
    clock = Clock()
    unit = new_unit(clock)
    unit.lock_state = LockState.UNLOCKING
    restored = new_unit(clock)
    restore_unit(restored, round_trip(dump_unit(unit)))
    assert restored.lock_state is LockState.UNLOCKED


def test_ram_state_is_not_restored() -> None:
    clock = Clock()
    unit = new_unit(clock)
    assert unit.press_pairing_button()
    restored = new_unit(clock)
    restore_unit(restored, round_trip(dump_unit(unit)))
    assert not restored.pairing_mode
    assert restored.challenge != unit.challenge


def test_an_open_credential_transaction_is_dropped() -> None:
    clock = Clock()
    unit = used_unit(clock)
    unit.flash.credentials.begin()
    unit.flash.credentials.write([CredentialOp(1)])
    restored = new_unit(clock)
    restore_unit(restored, round_trip(dump_unit(unit)))
    assert restored.flash.credentials.shadow is None
    assert 1 in restored.flash.credentials.live.records


def test_state_of_another_unit_is_refused_and_nothing_changes() -> None:
    clock = Clock()
    data = round_trip(dump_unit(used_unit(clock)))
    other = new_unit(clock, bytes.fromhex("D1C0FFEE0002"))
    static = other.flash.static
    with pytest.raises(PersistenceError, match="belongs to unit"):
        restore_unit(other, data)
    assert other.flash.static == static
    assert other.battery_percent == 90


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.pop("flash"),
        lambda d: d["flash"].pop("static_private"),
        lambda d: d["flash"]["controllers"][0].update(role="OWNER"),
        lambda d: d["flash"]["credentials"]["records"].append("00"),
        lambda d: d["flash"]["log"]["records"].append("zz"),
        lambda d: d["flash"]["config"].update(NO_SUCH_KEY=1),
        lambda d: d["state"].update(lock_state="AJAR"),
        lambda d: d["state"].pop("battery_percent"),
        lambda d: d.update(unit_id=None),
    ],
    ids=[
        "no-flash",
        "no-key",
        "bad-role",
        "short-record",
        "bad-hex",
        "bad-config-key",
        "bad-lock-state",
        "no-battery",
        "no-unit-id",
    ],
)
def test_malformed_state_raises(damage: Any) -> None:
    clock = Clock()
    data = round_trip(dump_unit(used_unit(clock)))
    damage(data)
    unit = new_unit(clock)
    battery = unit.battery_percent
    with pytest.raises(PersistenceError):
        restore_unit(unit, data)
    assert unit.battery_percent == battery


def test_file_round_trip_is_atomic_and_private(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "state" / "units.json"
    states = {"entrance": dump_unit(used_unit(clock)), "garage": dump_unit(new_unit(clock))}

    write_units_file(path, states)
    write_units_file(path, states)

    assert read_units_file(path) == round_trip(states)
    assert json.loads(path.read_text())["format"] == FORMAT_VERSION
    assert [p.name for p in path.parent.iterdir()] == ["units.json"]
    assert path.stat().st_mode & 0o077 == 0  # it holds private keys


def test_missing_file_is_an_empty_building(tmp_path: Path) -> None:
    assert read_units_file(tmp_path / "absent.json") == {}


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("{not json", "not JSON"),
        ('{"format": 99, "units": {}}', "format"),
        ("[]", "format"),
        (f'{{"format": {FORMAT_VERSION}}}', "no units"),
    ],
)
def test_unreadable_file_raises(tmp_path: Path, text: str, match: str) -> None:
    path = tmp_path / "units.json"
    path.write_text(text)
    with pytest.raises(PersistenceError, match=match):
        read_units_file(path)


async def test_restored_unit_keeps_its_pairing_over_the_air() -> None:
    """After a restart the hub's stored keys still open a session and the log continues."""
    async with Testbed() as bed:
        address, unit = await bed.add_unit(UnitConfig(unit_id=UNIT_ID, setup_code=CODE))
        result = await bed.pair(address, CODE)
        ble, client = await bed.client(address, result)
        assert await client.unlock(challenge=unit.challenge) is LockState.UNLOCKED
        await client.close()
        await ble.disconnect()
        data = round_trip(dump_unit(unit))
        last_seq = unit.flash.log.last_seq
        hub_key = bed.hub_key

    async with Testbed() as bed:
        bed.hub_key = hub_key
        restored = DoorUnit(UnitConfig(unit_id=UNIT_ID, setup_code=CODE))
        restore_unit(restored, data)
        radio: VirtualRadio = bed.radio
        peripheral = await radio.add_peripheral(address, restored)
        restored.attach(peripheral)
        await peripheral.start_advertising()
        bed.units[address], bed.peripherals[address] = restored, peripheral
        try:
            assert not restored.press_pairing_button()  # still paired
            ble, client = await bed.client(address, result)
            snapshot = await client.status(challenge=restored.challenge)
            assert snapshot.lock_state is LockState.UNLOCKED
            assert snapshot.log_last_seq == last_seq
            assert await client.lock() is LockState.LOCKED
            _, records = await client.read_log(last_seq)
            assert [(r.seq, r.event) for r in records][-1] == (last_seq + 1, LogEvent.LOCKED)
            await client.close()
            await ble.disconnect()
        finally:
            restored.detach()
