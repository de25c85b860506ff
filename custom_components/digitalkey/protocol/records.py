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

from .constants import LABEL_PREFIX, CredentialType, LogEvent, LogSource
from .errors import ProtocolError
from .keys import credential_key
from .wire import Reader, u8, u16, u32

BUCKETS = 64
CREDENTIAL_RECORD_LEN = 32
LOG_RECORD_LEN = 16
SECRET_LEN = 8
ALL_WEEKDAYS = 0x7F
FULL_DAY = (0, 1440)

OP_UPSERT = 0x01
OP_DELETE = 0x02
RECORD_LABEL = LABEL_PREFIX + b"record"
DB_LABEL = LABEL_PREFIX + b"db"


@functools.lru_cache(maxsize=64)
def _credential_key(unit_secret: bytes) -> bytes:
    return credential_key(unit_secret)


def credential_secret(unit_secret: bytes, kind: CredentialType, value: str | bytes) -> bytes:
    """The 8 secret bytes a unit stores for a PIN or tag, never the PIN or UID itself.

    `HMAC-SHA256(credential key, type ‖ value)[:8]` with the credential key derived from the
    unit secret, which only the unit and its paired hubs hold: a credential database that
    leaks without that secret gives no way to test candidate PINs, and the same PIN gives
    unrelated bytes on every door.
    """
    raw = value.encode() if isinstance(value, str) else value
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
        """Reject values the 32-byte layout cannot carry."""
        if len(self.secret) != SECRET_LEN:
            raise ValueError("secret must be 8 bytes")
        if not 0 <= self.weekdays <= ALL_WEEKDAYS:
            raise ValueError("weekday mask has 7 bits")
        if not 0 <= self.window_start < self.window_end <= 1440:
            raise ValueError("daily window must satisfy 0 <= start < end <= 1440 minutes")

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
            + u8(0x01 if self.enabled else 0x00)
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
        """Read one record."""
        cred_id, user_id = reader.u32(), reader.u32()
        kind_raw, flags, weekdays, _reserved = reader.u8(), reader.u8(), reader.u8(), reader.u8()
        try:
            kind = CredentialType(kind_raw)
        except ValueError as err:
            raise ProtocolError(f"unknown credential type {kind_raw}") from err
        valid_from, valid_until = reader.u32(), reader.u32()
        start, end = reader.u16(), reader.u16()
        secret = reader.take(SECRET_LEN)
        try:
            return cls(
                cred_id, user_id, kind, secret, bool(flags & 1), valid_from, valid_until,
                weekdays, start, end,
            )  # fmt: skip
        except ValueError as err:
            raise ProtocolError(str(err)) from err

    @classmethod
    def decode(cls, data: bytes) -> CredentialRecord:
        """Decode exactly one record."""
        reader = Reader(data)
        record = cls.read(reader)
        reader.end()
        return record

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
    """Decode CRED_WRITE arguments."""
    reader = Reader(data)
    ops: list[CredentialOp] = []
    for _ in range(reader.u8()):
        kind = reader.u8()
        if kind == OP_UPSERT:
            ops.append(CredentialOp.upsert(CredentialRecord.read(reader)))
        elif kind == OP_DELETE:
            ops.append(CredentialOp.delete(reader.u32()))
        else:
            raise ProtocolError(f"unknown credential op {kind}")
    reader.end()
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
