"""Credential and event-log records and the credential-database hashes (docs/protocol.md §8-9).

Credential records are 32 bytes so 2,500 of them (the most a unit must hold) are 80 KB; the
database is compared in 64 buckets so a sync resends only buckets whose hash differs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
import functools
import hashlib
import hmac

from .constants import CREDENTIAL_RECORD_LEN, LABEL_PREFIX, CredentialType, LogEvent, LogSource
from .errors import InvalidField, ProtocolError
from .keys import credential_key
from .wire import Reader, u8, u16, u32

BUCKETS = 64
LOG_RECORD_LEN = 16
SECRET_LEN = 8
ALL_WEEKDAYS = 0x7F
MINUTES_PER_DAY = 1440
FULL_DAY = (0, MINUTES_PER_DAY)
FLAG_ENABLED = 0x01
"""The only record flag; the other seven bits are reserved (§4.1)."""
PIN_LENGTHS = range(4, 9)
"""A PIN has 4 to 8 ASCII digits (§8.1)."""
TAG_UID_LENGTHS = frozenset({4, 7, 10})
"""ISO/IEC 14443-3 UID sizes: single, double and triple size (§8.1)."""

OP_UPSERT = 0x01
OP_DELETE = 0x02
RECORD_LABEL = LABEL_PREFIX + b"record"
DB_LABEL = LABEL_PREFIX + b"db"


@functools.lru_cache(maxsize=64)
def _credential_key(unit_secret: bytes) -> bytes:
    return credential_key(unit_secret)


def credential_value(kind: CredentialType, value: str | bytes) -> bytes:
    """The bytes a PIN or tag UID is keyed as; ValueError outside the limits of §8.1.

    A PIN is 4-8 ASCII digits (as text or as its ASCII bytes); a tag UID is the 4, 7 or 10
    bytes the reader reports, UID0 first, and never text. Refusing anything else here means
    the hub and a unit can never compute secrets over two spellings of one credential.
    A tag UID given as text is a TypeError.
    """
    if kind is CredentialType.PIN:
        raw = value.encode() if isinstance(value, str) else bytes(value)
        if len(raw) not in PIN_LENGTHS or not all(0x30 <= byte <= 0x39 for byte in raw):
            raise ValueError("a PIN is 4 to 8 ASCII digits")
        return raw
    if isinstance(value, str):
        raise TypeError("a tag UID is bytes, UID0 first")
    if len(value) not in TAG_UID_LENGTHS:
        raise ValueError("a tag UID is 4, 7 or 10 bytes")
    return bytes(value)


def credential_secret(unit_secret: bytes, kind: CredentialType, value: str | bytes) -> bytes:
    """The 8 secret bytes a unit stores for a PIN or tag, never the PIN or UID itself.

    `HMAC-SHA256(credential key, type ‖ value)[:8]` with the credential key derived from the
    unit secret, which only the unit and its paired hubs hold: a credential database that
    leaks without that secret gives no way to test candidate PINs, and the same PIN gives
    unrelated bytes on every door. ValueError (TypeError for a text UID) for a value
    `credential_value` refuses.
    """
    raw = credential_value(kind, value)
    digest = hmac.digest(_credential_key(unit_secret), u8(kind) + raw, "sha256")
    return digest[:SECRET_LEN]


@dataclass(frozen=True, slots=True)
class CredentialRecord:
    """One PIN or tag of one person on one door, with its validity and schedule."""

    cred_id: int
    user_id: int
    kind: CredentialType
    secret: bytes
    enabled: bool = True
    valid_from: int = 0
    valid_until: int = 0
    weekdays: int = ALL_WEEKDAYS
    window_start: int = FULL_DAY[0]
    window_end: int = FULL_DAY[1]

    def __post_init__(self) -> None:
        """Reject what a unit refuses INVALID_ARGUMENT (§8.1): no record that never opens."""
        if len(self.secret) != SECRET_LEN:
            raise ValueError("secret must be 8 bytes")
        if not 1 <= self.weekdays <= ALL_WEEKDAYS:
            raise ValueError("weekday mask has 7 bits and names at least one day")
        if not 0 <= self.window_start < MINUTES_PER_DAY:
            raise ValueError("daily window start must be 0-1439 minutes")
        if not 0 <= self.window_end <= MINUTES_PER_DAY:
            raise ValueError("daily window end must be 0-1440 minutes")
        if self.window_start == self.window_end:
            raise ValueError("daily window start and end must differ")
        if self.valid_from and self.valid_until and self.valid_until <= self.valid_from:
            raise ValueError("valid until must be after valid from")

    @property
    def overnight(self) -> bool:
        """Whether the daily window crosses midnight (start after end, §8.1.1)."""
        return self.window_start > self.window_end

    @property
    def bucket(self) -> int:
        """Bucket of this record (by id, so an update stays in its bucket)."""
        return bucket_of(self.cred_id)

    def encode(self) -> bytes:
        """Encode in the fixed 32-byte layout."""
        return (
            u32(self.cred_id)
            + u32(self.user_id)
            + u8(self.kind)
            + u8(FLAG_ENABLED if self.enabled else 0x00)
            + u8(self.weekdays)
            + u8(0)
            + u32(self.valid_from)
            + u32(self.valid_until)
            + u16(self.window_start)
            + u16(self.window_end)
            + self.secret
        )

    @classmethod
    def read(cls, reader: Reader) -> CredentialRecord:
        """Read one record: `ProtocolError` when short, `InvalidField` for a refused value."""
        return cls.decode(reader.take(CREDENTIAL_RECORD_LEN))

    @classmethod
    def decode(cls, data: bytes) -> CredentialRecord:
        """Decode exactly one record; values §8.1 refuses raise `InvalidField`.

        Reserved bits (flags 1-7, the reserved byte) must be zero (§4.1): a unit that
        ignored them would match credentials differently from a newer hub that set them.
        """
        reader = Reader(data)
        cred_id, user_id = reader.u32(), reader.u32()
        kind_raw, flags, weekdays, reserved = reader.u8(), reader.u8(), reader.u8(), reader.u8()
        valid_from, valid_until = reader.u32(), reader.u32()
        start, end = reader.u16(), reader.u16()
        secret = reader.take(SECRET_LEN)
        reader.end()
        if kind_raw not in CredentialType:
            raise InvalidField(f"unknown credential type {kind_raw}")
        if flags & ~FLAG_ENABLED or reserved:
            raise InvalidField("reserved bits of a credential record are set")
        try:
            return cls(
                cred_id, user_id, CredentialType(kind_raw), secret, bool(flags & FLAG_ENABLED),
                valid_from, valid_until, weekdays, start, end,
            )  # fmt: skip
        except ValueError as err:
            raise InvalidField(str(err)) from err

    def digest(self) -> bytes:
        """The 8-byte hash XOR-ed into its bucket's hash."""
        return hashlib.sha256(RECORD_LABEL + self.encode()).digest()[:8]


def bucket_of(cred_id: int) -> int:
    """Bucket index of a credential id: spreads hub-assigned ids evenly."""
    return hashlib.sha256(u32(cred_id)).digest()[0] % BUCKETS


def bucket_hashes(records: Iterable[CredentialRecord]) -> list[bytes]:
    """The 64 bucket hashes: XOR of the digests of the records in each bucket.

    XOR makes the hash independent of order and lets a unit update it in O(1) per change.
    """
    acc = [0] * BUCKETS
    for record in records:
        acc[record.bucket] ^= int.from_bytes(record.digest())
    return [value.to_bytes(8) for value in acc]


def database_hash(buckets: list[bytes]) -> bytes:
    """16-byte hash of the whole database, named in CRED_COMMIT and every snapshot."""
    if len(buckets) != BUCKETS:
        raise ValueError("need 64 bucket hashes")
    return hashlib.sha256(DB_LABEL + b"".join(buckets)).digest()[:16]


EMPTY_DATABASE_HASH = database_hash([bytes(8)] * BUCKETS)
"""The database hash of an empty database: the formula over 64 zero bucket hashes (§8.2),
never 16 zero bytes. A unit in factory state and a hub with no credentials both use it."""


@dataclass(frozen=True, slots=True)
class CredentialOp:
    """One change inside CRED_WRITE: an upsert (record) or a delete (id)."""

    cred_id: int
    record: CredentialRecord | None = None

    def encode(self) -> bytes:
        """Encode one op."""
        if self.record is not None:
            return u8(OP_UPSERT) + self.record.encode()
        return u8(OP_DELETE) + u32(self.cred_id)

    @staticmethod
    def upsert(record: CredentialRecord) -> CredentialOp:
        """Insert or replace `record`."""
        return CredentialOp(record.cred_id, record)

    @staticmethod
    def delete(cred_id: int) -> CredentialOp:
        """Remove the record with `cred_id` (no error when absent)."""
        return CredentialOp(cred_id)


def encode_ops(ops: Iterable[CredentialOp]) -> bytes:
    """Encode CRED_WRITE arguments: count u8, then ops."""
    items = list(ops)
    if len(items) > 255:
        raise ValueError("at most 255 ops per CRED_WRITE")
    return u8(len(items)) + b"".join(op.encode() for op in items)


def decode_ops(data: bytes) -> list[CredentialOp]:
    """Decode CRED_WRITE arguments: the whole layout first, then the records' values.

    `ProtocolError` (MALFORMED) when the layout is wrong anywhere, else `InvalidField`
    (INVALID_ARGUMENT) when any record is refused: a unit applies all ops or none.
    """
    reader = Reader(data)
    ops: list[CredentialOp] = []
    refused: InvalidField | None = None
    for _ in range(reader.u8()):
        kind = reader.u8()
        if kind == OP_UPSERT:
            raw = reader.take(CREDENTIAL_RECORD_LEN)
            try:
                ops.append(CredentialOp.upsert(CredentialRecord.decode(raw)))
            except InvalidField as err:
                refused = refused or err
        elif kind == OP_DELETE:
            ops.append(CredentialOp.delete(reader.u32()))
        else:
            raise ProtocolError(f"unknown credential op {kind}")
    reader.end()
    if refused is not None:
        raise refused
    return ops


@dataclass(frozen=True, slots=True)
class LogRecord:
    """One event-log record (16 bytes). `subject` is a credential id or a key-id prefix."""

    seq: int
    time: int
    event: LogEvent
    source: LogSource
    subject: int = 0
    detail: int = 0

    def encode(self) -> bytes:
        """Encode in the fixed 16-byte layout."""
        return (
            u32(self.seq)
            + u32(self.time)
            + u8(self.event)
            + u8(self.source)
            + u32(self.subject)
            + u16(self.detail)
        )

    @classmethod
    def decode(cls, data: bytes) -> LogRecord:
        """Decode one record."""
        reader = Reader(data)
        seq, time = reader.u32(), reader.u32()
        event_raw, source_raw = reader.u8(), reader.u8()
        subject, detail = reader.u32(), reader.u16()
        reader.end()
        try:
            return cls(seq, time, LogEvent(event_raw), LogSource(source_raw), subject, detail)
        except ValueError as err:
            raise ProtocolError(f"unknown log event/source {event_raw}/{source_raw}") from err
