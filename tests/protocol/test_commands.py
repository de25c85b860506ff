"""Every command of the reference unit through the hub client, with every refusal (§7.4)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from custom_components.digitalkey.protocol.channel import error_from_status
from custom_components.digitalkey.protocol.client import DoorUnitClient
from custom_components.digitalkey.protocol.constants import (
    MOTOR_OPCODES,
    ConfigKey,
    CredentialType,
    LockState,
    LogEvent,
    Opcode,
    Role,
    Status,
)
from custom_components.digitalkey.protocol.errors import (
    CommandError,
    Conflict,
    ConnectionLost,
    InvalidArgument,
    NotFound,
    Unsupported,
)
from custom_components.digitalkey.protocol.keys import StaticKey
from custom_components.digitalkey.protocol.messages import ControllerInfo, Request, Response
from custom_components.digitalkey.protocol.records import (
    BUCKETS,
    CredentialOp,
    CredentialRecord,
    bucket_hashes,
    credential_secret,
    database_hash,
)
from custom_components.digitalkey.protocol.semantics import config_default
from custom_components.digitalkey.protocol.wire import short_text, u8, u32
from simulator.door_unit import DoorUnit, PairedController
from simulator.unit_commands import HANDLERS, Caller, run_command

from .conftest import UNIT_ID, UNIT_SECRET, Paired
from .loopback import LoopbackClient


def _pin(cred_id: int, pin: str) -> CredentialRecord:
    secret = credential_secret(UNIT_SECRET, CredentialType.PIN, pin)
    return CredentialRecord(cred_id, cred_id * 10, CredentialType.PIN, secret)


async def _commit(client: DoorUnitClient, records: list[CredentialRecord]) -> bytes:
    await client.cred_begin()
    await client.cred_write([CredentialOp.upsert(record) for record in records])
    expected = database_hash(bucket_hashes(records))
    await client.cred_commit(expected)
    return expected


async def _user(paired: Paired, admin: DoorUnitClient) -> tuple[StaticKey, DoorUnitClient]:
    key = StaticKey.generate()
    await admin.controller_add(key.public, Role.USER, "Resident phone")
    ble = LoopbackClient(paired.unit)
    user = DoorUnitClient(ble, unit_id=UNIT_ID, hub_key=key, unit_public=paired.result.unit_public)
    await ble.connect()
    await user.start()
    return key, user


# Credential buckets ------------------------------------------------------------------


async def test_read_bucket_returns_the_live_records_of_each_bucket(paired: Paired) -> None:
    _, client = await paired.connect()
    records = [_pin(n, f"{2000 + n}") for n in range(1, 41)]
    await _commit(client, records)
    # Writes of an open transaction are not live yet, so READ_BUCKET does not show them.
    await client.cred_begin()
    await client.cred_write([CredentialOp.upsert(_pin(99, "9999")), CredentialOp.delete(1)])

    _, hashes = await client.cred_buckets()
    for bucket in range(BUCKETS):
        read = await client.cred_read_bucket(bucket)
        wanted = [record for record in records if record.bucket == bucket]
        assert sorted(read, key=lambda r: r.cred_id) == wanted
        assert bucket_hashes(read)[bucket] == hashes[bucket]


@pytest.mark.parametrize("bucket", [BUCKETS, 255])
async def test_read_bucket_past_the_last_bucket_is_an_invalid_argument(
    paired: Paired, bucket: int
) -> None:
    _, client = await paired.connect()
    with pytest.raises(InvalidArgument) as err:
        await client.cred_read_bucket(bucket)
    assert err.value.status == Status.INVALID_ARGUMENT


# Credential transactions --------------------------------------------------------------


async def test_cred_write_over_capacity_ends_the_transaction(paired: Paired) -> None:
    creds = paired.unit.flash.credentials
    creds.capacity = 3
    _, client = await paired.connect()
    records = [_pin(n, f"{3000 + n}") for n in range(1, 5)]
    await client.cred_begin()
    assert await client.cred_write([CredentialOp.upsert(r) for r in records[:2]]) == 2

    with pytest.raises(Conflict) as err:
        await client.cred_write([CredentialOp.upsert(r) for r in records[2:]])
    assert err.value.status == Status.CONFLICT
    assert creds.shadow is None
    with pytest.raises(Conflict) as err:
        await client.cred_commit(database_hash(bucket_hashes(records[:2])))
    assert err.value.status == Status.NO_TRANSACTION
    assert creds.live.records == {}
    assert creds.version == 0


async def test_cred_abort_drops_the_shadow_copy(paired: Paired) -> None:
    creds = paired.unit.flash.credentials
    _, client = await paired.connect()
    kept = _pin(1, "1111")
    expected = await _commit(client, [kept])
    await client.cred_begin()
    await client.cred_write([CredentialOp.delete(1), CredentialOp.upsert(_pin(2, "2222"))])

    await client.cred_abort()

    assert creds.shadow is None
    assert creds.live.records == {1: kept}
    with pytest.raises(Conflict) as err:
        await client.cred_commit(expected)
    assert err.value.status == Status.NO_TRANSACTION
    assert creds.version == 1
    await client.cred_abort()  # nothing to abort is not an error


async def test_cred_write_and_commit_need_a_transaction(paired: Paired) -> None:
    _, client = await paired.connect()
    for command in (
        client.cred_write([CredentialOp.upsert(_pin(1, "1111"))]),
        client.cred_commit(paired.unit.flash.credentials.live.hash()),
    ):
        with pytest.raises(Conflict) as err:
            await command
        assert err.value.status == Status.NO_TRANSACTION
    assert paired.unit.flash.credentials.live.records == {}


async def test_retried_cred_commit_is_answered_from_memory(paired: Paired) -> None:
    unit = paired.unit
    _, client = await paired.connect()
    records = [_pin(1, "1111"), _pin(2, "2222")]
    await client.cred_begin()
    await client.cred_write([CredentialOp.upsert(record) for record in records])
    expected = database_hash(bucket_hashes(records))
    unit.drop_link_before_reply = True
    with pytest.raises(ConnectionLost):
        await client.request(Opcode.CRED_COMMIT, expected, request_id=0xC0FFEE)
    assert unit.flash.credentials.version == 1  # committed, but the answer was lost

    # Same request id on a new connection and session: the remembered answer, not a rerun.
    _, retry = await paired.connect()
    response = await retry.request(Opcode.CRED_COMMIT, expected, request_id=0xC0FFEE)
    assert response.body == u32(1) + expected
    assert unit.flash.credentials.version == 1
    updates = [r for r in unit.flash.log.records if r.event is LogEvent.CREDENTIALS_UPDATED]
    assert len(updates) == 1
    # A new request id is a new command, and the transaction is over.
    with pytest.raises(Conflict):
        await retry.cred_commit(expected)


# Controllers ---------------------------------------------------------------------------


async def test_controller_list_follows_add_and_remove(paired: Paired) -> None:
    unit = paired.unit
    _, admin = await paired.connect()
    hub = ControllerInfo(paired.hub_key.key_id, Role.ADMIN, "Hub")
    assert await admin.controller_list() == [hub]

    user_key, user = await _user(paired, admin)
    assert await admin.controller_list() == [
        hub,
        ControllerInfo(user_key.key_id, Role.USER, "Resident phone"),
    ]
    await user.ack_log(1)  # remembered for the user's retries
    assert user_key.key_id in unit.request_memory

    await admin.controller_remove(user_key.key_id)

    assert await admin.controller_list() == [hub]
    assert user_key.key_id not in unit.request_memory


async def test_controller_add_with_an_unknown_role_is_refused(paired: Paired) -> None:
    _, admin = await paired.connect()
    for role in (0x00, 0x03, 0xFF):
        args = StaticKey.generate().public + u8(role) + short_text("x")
        with pytest.raises(InvalidArgument):
            await admin.request(Opcode.CONTROLLER_ADD, args)
    assert len(paired.unit.flash.controllers) == 1


async def test_controller_remove_refuses_unknown_keys_and_the_caller(paired: Paired) -> None:
    _, admin = await paired.connect()
    with pytest.raises(NotFound) as unknown:
        await admin.controller_remove(bytes(8))
    assert unknown.value.status == Status.NOT_FOUND
    with pytest.raises(InvalidArgument) as itself:
        await admin.controller_remove(paired.hub_key.key_id)
    assert itself.value.status == Status.INVALID_ARGUMENT
    assert paired.hub_key.key_id in paired.unit.flash.controllers


async def test_the_hub_cuts_long_labels_at_a_character_boundary(paired: Paired) -> None:
    _, admin = await paired.connect()
    key = StaticKey.generate()

    await admin.controller_add(key.public, Role.USER, "a" + "é" * 20)  # 41 bytes in UTF-8

    listed = await admin.controller_list()
    assert listed[-1] == ControllerInfo(key.key_id, Role.USER, "a" + "é" * 15)  # 31 bytes


# Settings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value"),
    [
        (ConfigKey.AUTO_RELOCK_S, 30),
        (ConfigKey.UNLATCH_HOLD_S, 30),  # the largest taken (§7.4)
        (ConfigKey.KEYPAD_LOCKOUT_ATTEMPTS, 3),
        (ConfigKey.UTC_OFFSET_S, -10_800),
        (ConfigKey.UTC_OFFSET_S, 19_800),
        (ConfigKey.UTC_OFFSET_S, -43_200),  # the smallest taken (§7.4)
    ],
)
async def test_config_values_round_trip(paired: Paired, key: ConfigKey, value: int) -> None:
    _, client = await paired.connect()
    assert await client.config_get(key) == config_default(key)  # never set: the default

    await client.config_set(key, value)

    assert await client.config_get(key) == value
    assert paired.unit.flash.config[key] == value


async def test_unknown_config_key_is_an_invalid_argument(paired: Paired) -> None:
    _, client = await paired.connect()
    for opcode, args in ((Opcode.CONFIG_SET, u8(0x7F) + u32(1)), (Opcode.CONFIG_GET, u8(0))):
        with pytest.raises(InvalidArgument):
            await client.request(opcode, args)
    assert paired.unit.flash.config == {}


async def test_a_unit_without_a_key_refuses_it_and_keeps_the_others(paired: Paired) -> None:
    """Firmware built before key 04 (the simulator's `config_keys`) answers as for any key."""
    unit = paired.unit
    unit.config = replace(unit.config, config_keys=frozenset(ConfigKey) - {ConfigKey.UTC_OFFSET_S})
    _, client = await paired.connect()
    with pytest.raises(InvalidArgument):
        await client.config_set(ConfigKey.UTC_OFFSET_S, 3600)
    with pytest.raises(InvalidArgument):
        await client.config_get(ConfigKey.UTC_OFFSET_S)
    await client.config_set(ConfigKey.AUTO_RELOCK_S, 30)
    assert unit.flash.config == {ConfigKey.AUTO_RELOCK_S: 30}


# Event log -----------------------------------------------------------------------------


async def test_log_ack_past_the_last_record_acknowledges_the_last(paired: Paired) -> None:
    log = paired.unit.flash.log
    _, client = await paired.connect()

    await client.ack_log(log.last_seq + 1000)
    assert log.acked_seq == log.last_seq
    await client.ack_log(1)
    assert log.acked_seq == log.last_seq  # never moves back


# Malformed and unknown requests ---------------------------------------------------------

MALFORMED = [
    (Opcode.STATUS, b"\x00"),
    (Opcode.SET_TIME, b"\x00\x01"),
    (Opcode.LOG_READ, u32(1)),
    (Opcode.LOG_ACK, b"junk!"),
    (Opcode.CRED_BEGIN, b"\x00"),
    (Opcode.CRED_WRITE, u8(1) + u8(0x03)),
    (Opcode.CRED_WRITE, u8(1) + u8(0x01) + bytes(31)),
    (Opcode.CRED_COMMIT, bytes(15)),
    (Opcode.CRED_ABORT, b"\x00"),
    (Opcode.CRED_BUCKETS, b"\x00"),
    (Opcode.CRED_READ_BUCKET, b""),
    (Opcode.CRED_READ_BUCKET, u8(0)),
    (Opcode.TAG_LEARN, b""),
    (Opcode.TAG_LEARN, u8(5) + u8(0)),
    (Opcode.TAG_LEARNED, b"\x00"),
    (Opcode.CONTROLLER_ADD, bytes(32) + u8(Role.USER) + u8(5) + b"ab"),
    (Opcode.CONTROLLER_ADD, bytes(32) + u8(Role.USER) + u8(2) + b"\xff\xfe\x00"),
    (Opcode.CONTROLLER_REMOVE, bytes(7)),
    (Opcode.CONTROLLER_LIST, b"\x00"),
    (Opcode.FACTORY_RESET, b"\x00"),
    (Opcode.CONFIG_SET, u8(ConfigKey.AUTO_RELOCK_S) + bytes(3)),
    (Opcode.CONFIG_GET, b""),
    (Opcode.LOCK, b"junk"),
    (Opcode.UNLOCK, b"junk"),
    (Opcode.UNLATCH, b"\x00"),
]


def test_every_command_has_a_malformed_case() -> None:
    assert {opcode for opcode, _ in MALFORMED} == set(Opcode)


@pytest.mark.parametrize(
    ("opcode", "args"), MALFORMED, ids=[f"{op.name}-{args.hex()}" for op, args in MALFORMED]
)
async def test_malformed_arguments_are_refused_without_effect(
    paired: Paired, opcode: Opcode, args: bytes
) -> None:
    unit = paired.unit
    _, client = await paired.connect()
    before = (unit.lock_state, dict(unit.flash.controllers), unit.flash.credentials.version)

    with pytest.raises(CommandError) as err:
        await client.request(opcode, args)

    assert type(err.value) is CommandError
    assert err.value.status == Status.MALFORMED
    assert (unit.lock_state, unit.flash.controllers, unit.flash.credentials.version) == before
    assert unit.motor_operations == 0
    assert unit.flash.credentials.shadow is None


async def test_an_unknown_opcode_is_answered_under_its_request_id(paired: Paired) -> None:
    """Opcode cannot name an unknown command, so the request is written by hand."""
    assert 0x7E not in Opcode
    _, client = await paired.connect()
    await client.status()  # opens the session

    await client._send_data(u32(0x1234) + u8(0x7E) + b"args")
    assert await client._receive_response(0x1234) == Response(0x1234, Status.UNKNOWN_OPCODE)
    assert isinstance(error_from_status(Status.UNKNOWN_OPCODE), Unsupported)

    # Too short to name an opcode: MALFORMED, under the request id when there is one.
    await client._send_data(u32(0x99))
    assert await client._receive_response(0x99) == Response(0x99, Status.MALFORMED)
    await client._send_data(b"\x01")
    assert await client._receive_response(0) == Response(0, Status.MALFORMED)
    assert await client.lock() is LockState.LOCKED  # the session is still fine


async def test_motor_commands_never_reach_the_command_table(unit: DoorUnit) -> None:
    assert set(HANDLERS) == set(Opcode) - MOTOR_OPCODES
    caller = Caller(PairedController(StaticKey.generate().public, Role.ADMIN, "hub"), object())
    for opcode in MOTOR_OPCODES:
        response = run_command(unit, Request(5, opcode), caller)
        assert response == Response(5, Status.UNKNOWN_OPCODE)
    assert unit.motor_operations == 0
