"""One credential transaction per unit, owned by the session that began it (§8.3).

Two admins (or one admin on two links) syncing at once must not write into each other's
shadow, and nobody but the owner may end or commit it; a user's CRED_* is refused before
the transaction is looked at.
"""

from __future__ import annotations

import asyncio

import pytest

from custom_components.digitalkey.protocol.client import DoorUnitClient
from custom_components.digitalkey.protocol.constants import CredentialType, Opcode, Role, Status
from custom_components.digitalkey.protocol.errors import (
    Conflict,
    ConnectionLost,
    Forbidden,
    UnitBusy,
)
from custom_components.digitalkey.protocol.records import (
    EMPTY_DATABASE_HASH,
    CredentialOp,
    CredentialRecord,
    bucket_hashes,
    credential_secret,
    database_hash,
    encode_ops,
)

from .conftest import Hub


def _pin(unit_secret: bytes, cred_id: int, pin: str) -> CredentialRecord:
    secret = credential_secret(unit_secret, CredentialType.PIN, pin)
    return CredentialRecord(cred_id, cred_id, CredentialType.PIN, secret)


def _hash(*records: CredentialRecord) -> bytes:
    return database_hash(bucket_hashes(records))


async def _open(client: DoorUnitClient, *records: CredentialRecord) -> None:
    await client.cred_begin()
    await client.cred_write([CredentialOp.upsert(record) for record in records])


async def _settle() -> None:
    for _ in range(20):
        await asyncio.sleep(0)


@pytest.fixture
def pins(owner: Hub) -> list[CredentialRecord]:
    secret = owner.result.unit_secret
    return [_pin(secret, n, f"{1000 + n}") for n in range(1, 4)]


async def test_begin_while_another_admins_transaction_is_open_is_busy(
    owner: Hub, pins: list[CredentialRecord]
) -> None:
    other = await owner.add(Role.ADMIN, "Second hub")
    _, first = await owner.connect()
    _, second = await other.connect()
    await _open(first, pins[0])

    with pytest.raises(UnitBusy) as err:
        await second.cred_begin()

    assert err.value.status == Status.BUSY
    assert await first.cred_commit(_hash(pins[0])) == (1, _hash(pins[0]))  # untouched


async def test_the_same_controller_on_another_link_is_busy_too(
    owner: Hub, pins: list[CredentialRecord]
) -> None:
    _, first = await owner.connect()
    _, again = await owner.connect()
    await _open(first, pins[0])

    with pytest.raises(UnitBusy):
        await again.cred_begin()
    await first.cred_commit(_hash(pins[0]))


async def test_the_owners_begin_restarts_from_the_live_set(
    owner: Hub, pins: list[CredentialRecord]
) -> None:
    creds = owner.unit.flash.credentials
    _, client = await owner.connect()
    await _open(client, pins[0], pins[1])

    assert (await client.cred_begin()).version == 0  # the writes so far are dropped
    await client.cred_write([CredentialOp.upsert(pins[2])])

    assert await client.cred_commit(_hash(pins[2])) == (1, _hash(pins[2]))
    assert list(creds.live.records) == [pins[2].cred_id]


@pytest.mark.parametrize("command", ["write", "commit", "abort"])
async def test_another_sessions_write_commit_abort_are_no_transaction(
    owner: Hub, pins: list[CredentialRecord], command: str
) -> None:
    other = await owner.add(Role.ADMIN, "Second hub")
    _, first = await owner.connect()
    _, second = await other.connect()
    await _open(first, pins[0])
    intruding = {
        "write": lambda: second.cred_write([CredentialOp.delete(pins[0].cred_id)]),
        "commit": lambda: second.cred_commit(_hash(pins[0])),
        "abort": second.cred_abort,
    }[command]

    with pytest.raises(Conflict) as err:
        await intruding()

    assert err.value.status == Status.NO_TRANSACTION
    assert owner.unit.flash.credentials.version == 0
    assert await first.cred_write([CredentialOp.upsert(pins[1])]) == 1  # still open
    assert await first.cred_commit(_hash(pins[0], pins[1])) == (1, _hash(pins[0], pins[1]))


async def test_a_users_cred_commands_are_forbidden_and_end_nothing(
    owner: Hub, pins: list[CredentialRecord]
) -> None:
    user = await owner.add(Role.USER, "Resident phone")
    _, admin = await owner.connect()
    _, resident = await user.connect()
    await _open(admin, pins[0])

    for opcode, args in (
        (Opcode.CRED_BEGIN, b""),
        (Opcode.CRED_WRITE, encode_ops([CredentialOp.delete(pins[0].cred_id)])),
        (Opcode.CRED_COMMIT, EMPTY_DATABASE_HASH),
        (Opcode.CRED_ABORT, b""),
    ):
        with pytest.raises(Forbidden):
            await resident.request(opcode, args)

    assert await admin.cred_commit(_hash(pins[0])) == (1, _hash(pins[0]))


async def test_the_owners_link_dropping_ends_it(owner: Hub, pins: list[CredentialRecord]) -> None:
    ble, first = await owner.connect()
    await _open(first, pins[0])

    await ble.disconnect()

    assert owner.unit.flash.credentials.shadow is None
    _, second = await owner.connect()
    assert (await second.cred_begin()).version == 0


async def test_a_new_handshake_on_the_owners_link_ends_it(
    owner: Hub, pins: list[CredentialRecord]
) -> None:
    ble, client = await owner.connect()
    await _open(client, pins[0])

    await client.handshake()  # a new session on the same link

    with pytest.raises(Conflict) as err:
        await client.cred_commit(_hash(pins[0]))
    assert err.value.status == Status.NO_TRANSACTION
    assert ble.is_connected
    assert owner.unit.flash.credentials.live.records == {}


async def test_a_reboot_ends_it(owner: Hub, pins: list[CredentialRecord]) -> None:
    _, client = await owner.connect()
    await _open(client, pins[0])

    await owner.unit.reboot()

    assert owner.unit.flash.credentials.shadow is None
    _, after = await owner.connect()
    with pytest.raises(Conflict) as err:
        await after.cred_commit(_hash(pins[0]))
    assert err.value.status == Status.NO_TRANSACTION


async def test_a_write_retried_on_a_new_link_is_remembered_but_its_transaction_is_gone(
    owner: Hub, pins: list[CredentialRecord]
) -> None:
    unit = owner.unit
    _, client = await owner.connect()
    await client.cred_begin()
    args = encode_ops([CredentialOp.upsert(pins[0])])
    unit.drop_link_before_reply = True
    with pytest.raises(ConnectionLost):
        await client.request(Opcode.CRED_WRITE, args, request_id=0x5A)
    await _settle()

    _, retry = await owner.connect()
    response = await retry.request(Opcode.CRED_WRITE, args, request_id=0x5A)

    assert response.body == b"\x01"  # the remembered answer
    with pytest.raises(Conflict) as err:
        await retry.cred_commit(_hash(pins[0]))
    assert err.value.status == Status.NO_TRANSACTION  # the hub begins again
    assert unit.flash.credentials.version == 0
