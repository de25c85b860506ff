"""One test per rule the specification fixes where an earlier draft contradicted itself."""

from __future__ import annotations

import asyncio

import pytest

from custom_components.digitalkey.protocol import client as client_module
from custom_components.digitalkey.protocol.client import pair
from custom_components.digitalkey.protocol.constants import (
    CHALLENGE_ROTATE_S,
    CHALLENGE_VALID_S,
    PAIRING_MAX_ATTEMPTS,
    CredentialType,
    LockState,
    LogEvent,
    LogSource,
)
from custom_components.digitalkey.protocol.errors import Jammed, UnitBusy, WrongSetupCode
from custom_components.digitalkey.protocol.keys import StaticKey
from custom_components.digitalkey.protocol.messages import Snapshot
from custom_components.digitalkey.protocol.records import (
    EMPTY_DATABASE_HASH,
    CredentialOp,
    CredentialRecord,
    bucket_hashes,
    credential_secret,
    database_hash,
)
from simulator.door_unit import DoorUnit

from . import vectors
from .conftest import SETUP_CODE, UNIT_SECRET, FakeClock, Paired
from .loopback import LoopbackClient

# §8.2: an empty database hashes by the formula, not as 16 zero bytes.


def test_the_empty_database_hash_is_the_formula() -> None:
    assert database_hash(bucket_hashes([])) == EMPTY_DATABASE_HASH
    assert EMPTY_DATABASE_HASH.hex() == "d20c9f8bfa47f577b9f02d310ebf0edd"
    assert bytes(16) != EMPTY_DATABASE_HASH
    assert vectors.compute()["credential.empty_database_hash"] == EMPTY_DATABASE_HASH.hex()


def test_the_welcome_vector_carries_the_empty_database_hash() -> None:
    payload = bytes.fromhex(vectors.compute()["session.welcome_payload"])
    snapshot = Snapshot.decode(payload[1:41])
    assert snapshot.cred_version == 0
    assert snapshot.cred_hash == EMPTY_DATABASE_HASH


async def test_unit_and_hub_agree_on_the_empty_database(paired: Paired) -> None:
    unit = paired.unit
    assert unit.snapshot().cred_hash == EMPTY_DATABASE_HASH  # factory state
    _, client = await paired.connect()
    assert (await client.status()).cred_hash == EMPTY_DATABASE_HASH
    pin = credential_secret(UNIT_SECRET, CredentialType.PIN, "2468")
    record = CredentialRecord(cred_id=1, user_id=1, kind=CredentialType.PIN, secret=pin)
    await client.cred_begin()
    await client.cred_write([CredentialOp(1, record)])
    await client.cred_commit(database_hash(bucket_hashes([record])))
    assert (await client.status()).cred_hash != EMPTY_DATABASE_HASH
    # A commit that deletes every record expects, and reports, the empty hash again.
    await client.cred_begin()
    await client.cred_write([CredentialOp(1)])
    await client.cred_commit(database_hash(bucket_hashes([])))
    assert (await client.status()).cred_hash == EMPTY_DATABASE_HASH


# §2.2: a challenge is valid for CHALLENGE_VALID_S from when it was first advertised.


async def test_a_challenge_is_accepted_up_to_10_s_after_it_was_first_advertised(
    unit: DoorUnit, clock: FakeClock
) -> None:
    challenge = unit.challenge
    clock.advance(CHALLENGE_ROTATE_S)
    unit._rotate()  # no longer advertised from here on
    assert unit.challenge != challenge
    clock.advance(CHALLENGE_VALID_S - CHALLENGE_ROTATE_S)
    assert unit.consume_challenge(challenge)  # exactly 10 s after first advertised


async def test_a_challenge_is_refused_just_after_10_s_even_if_advertised_more_recently(
    unit: DoorUnit, clock: FakeClock
) -> None:
    challenge = unit.challenge
    clock.advance(CHALLENGE_ROTATE_S)
    unit._rotate()
    # Counted from when it was last advertised (5 s) it would still be fresh for 5 s.
    clock.advance(CHALLENGE_VALID_S - CHALLENGE_ROTATE_S + 0.001)
    assert not unit.consume_challenge(challenge)


def test_the_current_challenge_expires_at_the_same_boundary(
    unit: DoorUnit, clock: FakeClock
) -> None:
    challenge = unit.challenge
    clock.advance(CHALLENGE_VALID_S + 0.001)  # no rotation ran: still the advertised one
    assert not unit.consume_challenge(challenge)
    assert unit.challenge != challenge  # a used (or refused) current challenge is replaced


# §6: the attempt that starts the lockout can still pair with the right code.


async def _pair(unit: DoorUnit, code: str, clock: FakeClock) -> None:
    ble = LoopbackClient(unit)
    await ble.connect()
    try:
        await pair(ble, setup_code=code, hub_key=StaticKey.generate(), label="x", clock=clock.time)
    finally:
        await ble.disconnect()


async def test_a_right_code_on_the_last_attempt_pairs(unit: DoorUnit, clock: FakeClock) -> None:
    assert unit.press_pairing_button()
    for _ in range(PAIRING_MAX_ATTEMPTS - 1):
        with pytest.raises(WrongSetupCode):
            await _pair(unit, "00000000", clock)
    await _pair(unit, SETUP_CODE, clock)
    assert len(unit.flash.controllers) == 1
    assert not unit.locked_out  # success ends the lockout its PAIR_REQUEST started
    assert unit.flash.pairing_failures == 0


async def test_a_wrong_code_on_the_last_attempt_locks_out(unit: DoorUnit, clock: FakeClock) -> None:
    assert unit.press_pairing_button()
    for _ in range(PAIRING_MAX_ATTEMPTS):
        with pytest.raises(WrongSetupCode):
            await _pair(unit, "00000000", clock)
    assert unit.locked_out
    assert not unit.flash.controllers


# §7.3: a JAMMED answer is remembered, so a retry does not run the motor again.


async def test_a_retry_after_a_jam_does_not_run_the_motor_again(paired: Paired) -> None:
    unit = paired.unit
    unit.jam()
    _, client = await paired.connect()
    with pytest.raises(Jammed):
        await client.unlock(request_id=0x4A4D)
    assert unit.motor_operations == 1
    unit.jam(False)  # even once the bolt would move again
    with pytest.raises(Jammed):
        await client.unlock(request_id=0x4A4D)
    assert unit.motor_operations == 1
    jams = [r for r in unit.flash.log.records if r.event is LogEvent.JAMMED]
    assert len(jams) == 2  # the hook's and the one run's, not one per retry
    # A new command (a new request id) runs the motor.
    assert await client.unlock() is LockState.UNLOCKED
    assert unit.motor_operations == 2


# §9: the 2-byte detail is unsigned and saturates; a factory reset erases the records.


async def test_a_boot_count_beyond_16_bits_saturates_in_the_detail(paired: Paired) -> None:
    unit = paired.unit
    unit.flash.boot_count = 0x1_0005
    await unit.reboot()
    boot = unit.flash.log.records[-1]
    assert boot.event is LogEvent.BOOT
    assert boot.detail == 0xFFFF
    assert unit.snapshot().boot_count == 0x1_0006  # the full count is in the snapshot


def test_a_factory_reset_erases_the_records_but_not_the_sequence(paired: Paired) -> None:
    unit = paired.unit
    last = unit.flash.log.last_seq
    unit.factory_reset()
    assert all(record.seq > last for record in unit.flash.log.records)
    assert unit.flash.log.oldest_seq > last


# §7.3: a retry on another link while the motor still runs is BUSY, and runs nothing.


async def test_a_retry_on_another_link_during_the_run_is_busy(paired: Paired) -> None:
    unit = paired.unit
    unit.config.motor_time = 0.1
    _, first = await paired.connect()
    _, second = await paired.connect()
    await first.status()
    await second.status()
    task = asyncio.create_task(first.unlock(request_id=77))
    await asyncio.sleep(0.02)
    with pytest.raises(UnitBusy):
        await second.unlock(request_id=77)
    assert await task is LockState.UNLOCKED
    assert await second.unlock(request_id=77) is LockState.UNLOCKED  # from memory
    assert unit.motor_operations == 1


def test_a_hub_never_draws_request_id_0(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client_module.secrets, "randbelow", lambda _n: 0)
    assert client_module.new_request_id() == 1


# §8.1: records sharing a secret open when any of them opens; the lowest id is logged.


async def _commit_records(paired: Paired, records: list[CredentialRecord]) -> None:
    _, client = await paired.connect()
    await client.cred_begin()
    await client.cred_write([CredentialOp.upsert(record) for record in records])
    await client.cred_commit(database_hash(bucket_hashes(records)))


async def test_a_disabled_duplicate_never_blocks_an_enabled_one(paired: Paired) -> None:
    pin = credential_secret(UNIT_SECRET, CredentialType.PIN, "1357")
    disabled = CredentialRecord(3, 1, CredentialType.PIN, pin, enabled=False)
    enabled = CredentialRecord(9, 2, CredentialType.PIN, pin)
    later = CredentialRecord(12, 3, CredentialType.PIN, pin)
    await _commit_records(paired, [later, enabled, disabled])  # written highest id first

    assert paired.unit.enter_pin("1357")
    last = paired.unit.flash.log.records[-1]
    assert (last.event, last.subject) == (LogEvent.UNLOCKED, 9)  # the lowest that opens


async def test_when_no_duplicate_opens_the_lowest_id_gives_the_reason(paired: Paired) -> None:
    now = int(paired.clock.time())
    pin = credential_secret(UNIT_SECRET, CredentialType.PIN, "1357")
    expired = CredentialRecord(4, 1, CredentialType.PIN, pin, valid_until=now - 10)
    disabled = CredentialRecord(2, 2, CredentialType.PIN, pin, enabled=False)
    await _commit_records(paired, [expired, disabled])

    assert not paired.unit.enter_pin("1357")
    last = paired.unit.flash.log.records[-1]
    assert (last.event, last.subject, last.detail) == (LogEvent.DENIED, 2, 5)  # disabled


# §7.4, §8.3: CRED_BEGIN reports the capacity; CRED_WRITE checks it after all its ops.


async def test_cred_begin_reports_the_capacity_checked_after_all_ops(paired: Paired) -> None:
    unit = paired.unit
    unit.flash.credentials.capacity = 2
    _, client = await paired.connect()
    pins = [
        CredentialRecord(
            n, n, CredentialType.PIN, credential_secret(UNIT_SECRET, CredentialType.PIN, f"{n}000")
        )
        for n in (1, 2, 3)
    ]
    start = await client.cred_begin()
    assert (start.version, start.capacity) == (0, 2)
    assert await client.cred_write([CredentialOp.upsert(p) for p in pins[:2]]) == 2
    # Full, yet one delete and one insert in one write fit: capacity is checked after both.
    ops = [CredentialOp.upsert(pins[2]), CredentialOp.delete(1)]
    assert await client.cred_write(ops) == len(ops)
    await client.cred_commit(database_hash(bucket_hashes(pins[1:])))
    assert set(unit.flash.credentials.live.records) == {2, 3}


# §7.4: LOG_READ's bounds.


async def test_log_read_bounds(paired: Paired) -> None:
    unit = paired.unit
    unit.flash.log.capacity = 250
    for _ in range(300):
        unit.log(LogEvent.DOOR_OPENED, LogSource.SYSTEM)
    _, client = await paired.connect()
    last = unit.flash.log.last_seq
    oldest, records = await client.read_log(0, 255)
    assert oldest == last - 249
    assert [r.seq for r in records] == list(range(oldest, oldest + 200))  # capped at 200
    assert (await client.read_log(last + 1, 10))[1] == []
    unit.factory_reset()
    assert unit.flash.log.oldest_seq == last + 1  # the empty log reports the next number


# §5.1: a power loss restarts the clock from the newest log record.


async def test_a_power_loss_restarts_the_clock_at_the_newest_record(paired: Paired) -> None:
    unit = paired.unit
    newest = unit.flash.log.records[-1].time
    paired.clock.advance(5000)
    await unit.reboot(clock_lost=True)
    boot = unit.flash.log.records[-1]
    assert boot.event is LogEvent.BOOT
    assert unit.now() == newest == boot.time
    await unit.reboot()  # a plain reboot keeps the clock running
    assert unit.now() == newest
