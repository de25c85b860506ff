"""CRED_WRITE refuses records a unit must not store INVALID_ARGUMENT, applying no op (§8.1).

Each case starts from a valid record and changes bytes of its 32-byte layout, as a hub with
a bug (or a newer hub) would send them; the hub's own `CredentialRecord` cannot build them.
"""

from __future__ import annotations

import pytest

from custom_components.digitalkey.protocol.constants import CredentialType, Opcode, Status
from custom_components.digitalkey.protocol.errors import CommandError, InvalidArgument
from custom_components.digitalkey.protocol.records import (
    OP_UPSERT,
    CredentialOp,
    CredentialRecord,
    bucket_hashes,
    credential_secret,
    database_hash,
)
from custom_components.digitalkey.protocol.wire import u8, u16, u32

from .conftest import UNIT_SECRET, Paired

VALID = CredentialRecord(
    7, 1001, CredentialType.PIN, credential_secret(UNIT_SECRET, CredentialType.PIN, "1234")
)


def _patched(offset: int, value: bytes) -> bytes:
    raw = bytearray(VALID.encode())
    raw[offset : offset + len(value)] = value
    return bytes(raw)


REFUSED = {
    "unknown-type": _patched(8, u8(3)),
    "reserved-flag-bit": _patched(9, u8(0x03)),
    "weekday-mask-0": _patched(10, u8(0)),
    "weekday-bit-7": _patched(10, u8(0xFF)),
    "reserved-byte": _patched(11, u8(1)),
    "until-before-from": _patched(12, u32(2000) + u32(1000)),
    "until-equals-from": _patched(12, u32(2000) + u32(2000)),
    "start-equals-end": _patched(20, u16(600) + u16(600)),
    "start-1440": _patched(20, u16(1440) + u16(60)),
    "end-1441": _patched(20, u16(0) + u16(1441)),
    "minutes-beyond-a-day": _patched(20, u16(1500) + u16(1600)),
}


def _write(*records: bytes) -> bytes:
    return u8(len(records)) + b"".join(u8(OP_UPSERT) + raw for raw in records)


@pytest.mark.parametrize("raw", REFUSED.values(), ids=REFUSED.keys())
async def test_a_refused_record_applies_no_op_and_keeps_the_transaction(
    paired: Paired, raw: bytes
) -> None:
    creds = paired.unit.flash.credentials
    _, client = await paired.connect()
    await client.cred_begin()
    other = CredentialRecord(8, 1002, CredentialType.TAG, bytes(8))

    with pytest.raises(InvalidArgument):
        await client.request(Opcode.CRED_WRITE, _write(other.encode(), raw))

    assert creds.shadow is not None
    assert creds.shadow.records == {}  # not even the valid op before it
    assert await client.cred_write([CredentialOp.upsert(other)]) == 1
    await client.cred_commit(database_hash(bucket_hashes([other])))


async def test_a_bad_layout_anywhere_is_malformed_before_a_refused_value(paired: Paired) -> None:
    _, client = await paired.connect()
    await client.cred_begin()
    cut = _write(REFUSED["weekday-mask-0"], VALID.encode())[:-1]

    with pytest.raises(CommandError) as err:
        await client.request(Opcode.CRED_WRITE, cut)

    assert err.value.status == Status.MALFORMED


async def test_without_the_transaction_a_refused_record_is_no_transaction(paired: Paired) -> None:
    _, client = await paired.connect()
    with pytest.raises(CommandError) as err:
        await client.request(Opcode.CRED_WRITE, _write(REFUSED["reserved-byte"]))
    assert err.value.status == Status.NO_TRANSACTION


@pytest.mark.parametrize(
    ("start", "end"), [(0, 1440), (22 * 60, 2 * 60), (23 * 60, 0), (0, 1)], ids=str
)
async def test_windows_at_the_limits_are_taken(paired: Paired, start: int, end: int) -> None:
    _, client = await paired.connect()
    await client.cred_begin()
    raw = _patched(20, u16(start) + u16(end))
    await client.request(Opcode.CRED_WRITE, _write(raw))
    await client.cred_commit(database_hash(bucket_hashes([CredentialRecord.decode(raw)])))
    assert paired.unit.flash.credentials.live.records[7].window_end == end
