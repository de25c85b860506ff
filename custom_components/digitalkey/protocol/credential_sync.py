"""Hub side of the credential sync: read, plan and commit one door's records (§8.3).

A sync is three steps, which the integration runs as separate jobs so an interactive open
waits at most one transaction:

1. `read_unit`: CRED_BUCKETS, then CRED_READ_BUCKET only for the buckets whose hash differs
   from the desired one and that the `BucketCache` cannot answer;
2. `plan_sync` (pure): the ops that turn the unit's records into the desired ones, grouped
   into transactions. Every op that takes access away (a delete, or an upsert that
   disables, narrows validity, weekdays or window, or changes the secret) comes first, in
   transactions of its own, so a block or a revocation is in force before anything else
   is sent; then the other ops in bucket order;
3. `run_transaction` for each transaction in order: CRED_BEGIN, its CRED_WRITEs, and
   CRED_COMMIT with the hash the unit's live set has after it. Each commit leaves a
   database the hub meant to have, so a sync cut short is partial, never wrong.

What a caller does when a step fails: CONFLICT (another hub committed meanwhile, or a write
went beyond the unit's capacity), NO_TRANSACTION (the transaction ended with its session)
and a lost link (`DoorUnitConnectionError`) all mean "read again and plan again": the bucket
hashes say what the unit holds now, and the cache spares reading what the hub itself
committed. BUSY from CRED_BEGIN means another admin's transaction is open: wait (it ends
with that admin's commit, abort or session) and start over from `read_unit`.

**Transaction size.** A CRED_WRITE carries as many ops as fit one 4,096-byte message
(`WRITE_BUDGET`, §8.3): 123 upserts, or up to 255 deletes (the count is one byte). A
transaction has at most `TRANSACTION_WRITES` = 8 writes, about 32 KB, because:

* a transaction lives at most as long as its link, `LINK_MAX_S` = 60 s after connecting;
* at ATT MTU 23 a message travels in 20-byte writes (17 message bytes in the first
  fragment, 19 in each further one, §3), so a full CRED_WRITE is 216 writes. Through a
  Bluetooth proxy we plan for 50 writes a second, about 1 KB/s (at which a full 83 KB
  database would need well over one link): one full write then takes about 4.3 s, well
  inside `IDLE_CLOSE_S` = 10 s, and 8 of them about 35 s;
* connecting, subscribing and the handshake take up to `PREAUTH_S` = 5 s, BEGIN and
  COMMIT a round trip each: about 40 s in all (`TRANSACTION_MAX_S`), leaving a third of
  the link as margin. A hub starts a transaction only on a link with that long left;
* every transaction costs two round trips besides its writes (BEGIN, COMMIT). With 8
  writes a full sync of 2,500 records (21 writes of 4 KB) is 3 transactions, 27 round
  trips plus the reading: close to its bytes divided by the 4 KB window. Smaller
  transactions would cost more round trips; larger ones would not fit the link.

Pure apart from `read_unit`, `run_transaction` and `sync_unit`, which talk to a unit through
any object with the client's credential commands (`CredentialClient`); no Home Assistant.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
import contextlib
from dataclasses import dataclass, field
import itertools
from typing import Final, Protocol

from .constants import CREDENTIAL_RECORD_LEN
from .errors import DoorUnitError, InvalidArgument, ProtocolError
from .messages import TransactionStart
from .records import (
    ALL_WEEKDAYS,
    BUCKETS,
    MINUTES_PER_DAY,
    CredentialOp,
    CredentialRecord,
    bucket_hashes,
    database_hash,
)

__all__ = [
    "MAX_OPS_PER_WRITE",
    "TRANSACTION_MAX_S",
    "TRANSACTION_WRITES",
    "WRITE_BUDGET",
    "BucketCache",
    "CredentialClient",
    "SyncPlan",
    "SyncTransaction",
    "plan_sync",
    "read_unit",
    "run_transaction",
    "sync_unit",
    "takes_access_away",
    "write_message_len",
]

WRITE_BUDGET: Final = 4096
"""Largest CRED_WRITE message, as sent in DATA: the largest message every unit accepts (§3)."""
WRITE_OVERHEAD: Final = 1 + 16 + 4 + 1 + 1
"""DATA type, AEAD tag, request id, opcode and op count around a CRED_WRITE's ops (§8.3)."""
UPSERT_LEN: Final = 1 + CREDENTIAL_RECORD_LEN
DELETE_LEN: Final = 1 + 4
MAX_OPS_PER_WRITE: Final = 255
"""The op count of a CRED_WRITE is one byte."""
TRANSACTION_WRITES: Final = 8
"""CRED_WRITEs per transaction: about 32 KB, which fits a link at MTU 23 (module docstring)."""
TRANSACTION_MAX_S: Final = 40.0
"""How long a transaction of `TRANSACTION_WRITES` full writes may take at MTU 23 through a
proxy, connecting included: begin one only on a link with this long left of `LINK_MAX_S`."""

EMPTY_BUCKET: Final = bytes(8)
"""The hash of a bucket without records (§8.2)."""
_WEEK: Final = 7 * MINUTES_PER_DAY
_NO_END: Final = 1 << 32
"""Valid until 0 means no end: later than every u32 time."""


class CredentialClient(Protocol):
    """The credential commands of `DoorUnitClient` that a sync uses."""

    async def cred_buckets(self) -> tuple[int, list[bytes]]:
        """Database version and the 64 bucket hashes."""
        ...

    async def cred_read_bucket(self, bucket: int) -> list[CredentialRecord]:
        """The live records of one bucket, every page."""
        ...

    async def cred_begin(self) -> TransactionStart:
        """Open a transaction."""
        ...

    async def cred_write(self, ops: list[CredentialOp]) -> int:
        """Apply ops to the shadow copy; returns how many were applied."""
        ...

    async def cred_commit(self, expected_hash: bytes) -> tuple[int, bytes]:
        """Swap the shadow copy in when its hash is `expected_hash`."""
        ...

    async def cred_abort(self) -> None:
        """Drop the shadow copy."""
        ...


# What takes access away ---------------------------------------------------------------


def takes_access_away(old: CredentialRecord | None, new: CredentialRecord | None) -> bool:
    """Whether replacing `old` by `new` (None: no record) may refuse someone `old` let in.

    Every delete counts, whatever the record held: deletes first also means a sync never
    needs more room on the unit than the larger of its old and new sets. An upsert counts
    when the old record was enabled and the new one is disabled, has another type or
    secret, starts later, ends earlier, or leaves out a minute of the week the old
    weekdays and window had. A new record, or a change to a disabled one, never counts.
    """
    if new is None:
        return old is not None
    if old is None or not old.enabled:
        return False
    if not new.enabled or (new.kind, new.secret) != (old.kind, old.secret):
        return True
    if new.valid_from > old.valid_from or (new.valid_until or _NO_END) < (
        old.valid_until or _NO_END
    ):
        return True
    return not _covers(_week_intervals(new), _week_intervals(old))


def _week_intervals(record: CredentialRecord) -> list[tuple[int, int]]:
    """The minutes of a week (0 = Monday 00:00 local) the record's schedule opens, merged.

    An overnight window runs from its start on a day of the mask to its end on the next day
    (§8.1.1), and Sunday night runs into Monday morning.
    """
    if record.weekdays == ALL_WEEKDAYS and (record.window_start, record.window_end) == (
        0,
        MINUTES_PER_DAY,
    ):
        return [(0, _WEEK)]
    pieces: list[tuple[int, int]] = []
    for day in range(7):
        if not record.weekdays & (1 << day):
            continue
        start = day * MINUTES_PER_DAY + record.window_start
        end = day * MINUTES_PER_DAY + record.window_end
        if record.overnight:
            end += MINUTES_PER_DAY
        if end <= _WEEK:
            pieces.append((start, end))
        else:
            pieces.extend(((start, _WEEK), (0, end - _WEEK)))
    pieces.sort()
    merged: list[tuple[int, int]] = []
    for start, end in pieces:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _covers(wide: list[tuple[int, int]], narrow: list[tuple[int, int]]) -> bool:
    """Whether every interval of `narrow` lies inside one of the merged intervals of `wide`."""
    return all(any(s <= start and end <= e for s, e in wide) for start, end in narrow)


# Planning -----------------------------------------------------------------------------


def write_message_len(ops: Iterable[CredentialOp]) -> int:
    """Bytes of the DATA message that carries these ops in one CRED_WRITE."""
    return WRITE_OVERHEAD + sum(_op_len(op) for op in ops)


def _op_len(op: CredentialOp) -> int:
    return UPSERT_LEN if op.record is not None else DELETE_LEN


@dataclass(frozen=True, slots=True)
class SyncTransaction:
    """One BEGIN, its CRED_WRITEs and the COMMIT that expects `expected_hash`.

    `expected_hash` is the database hash of the unit's live set once this transaction and
    every one before it in the plan are committed. `takes_away`: every op takes access away
    (the plan sends these first). `buckets` holds, for each bucket the transaction changes,
    the records the unit holds in it after the commit (what `BucketCache` keeps).
    """

    writes: tuple[tuple[CredentialOp, ...], ...]
    expected_hash: bytes
    takes_away: bool
    buckets: Mapping[int, tuple[CredentialRecord, ...]] = field(default_factory=dict, compare=False)

    @property
    def ops(self) -> int:
        """How many upserts and deletes it sends."""
        return sum(len(write) for write in self.writes)

    @property
    def write_bytes(self) -> int:
        """Bytes of its CRED_WRITE messages (DATA type, tag and request included)."""
        return sum(write_message_len(write) for write in self.writes)


@dataclass(frozen=True, slots=True)
class SyncPlan:
    """The transactions that take a unit from what it holds to the desired set, in order."""

    transactions: list[SyncTransaction]
    unit_hash: bytes
    """Database hash of the unit's live set the plan starts from."""
    desired_hash: bytes
    """Database hash of the desired set: the last transaction's expected hash."""

    @property
    def empty(self) -> bool:
        """Whether the unit already holds the desired set."""
        return not self.transactions

    @property
    def takes_away(self) -> bool:
        """Whether any op takes access away (the caller may sync this one first)."""
        return any(tx.takes_away for tx in self.transactions)

    @property
    def ops(self) -> int:
        """How many upserts and deletes the whole plan sends."""
        return sum(tx.ops for tx in self.transactions)

    @property
    def write_bytes(self) -> int:
        """Bytes of every CRED_WRITE message of the plan."""
        return sum(tx.write_bytes for tx in self.transactions)

    @property
    def round_trips(self) -> int:
        """Requests the transactions take (BEGIN, writes, COMMIT), without the reading."""
        return sum(len(tx.writes) + 2 for tx in self.transactions)


def plan_sync(
    desired: Sequence[CredentialRecord],
    unit_buckets: Sequence[bytes],
    unit_records: Mapping[int, Sequence[CredentialRecord]],
    *,
    transaction_writes: int = TRANSACTION_WRITES,
    write_budget: int = WRITE_BUDGET,
) -> SyncPlan:
    """Plan the transactions that turn the unit's set into `desired`.

    `unit_buckets` are the unit's 64 bucket hashes and `unit_records` its live records of
    every bucket whose hash differs from the desired one, empty ones (hash zero) aside
    (`read_unit` gives both). Buckets that agree are not looked at. ValueError when a
    record id occurs twice in `desired`, or when a differing bucket's records are missing
    or do not have the unit's hash (they were read at another moment: read again).
    About 20 ms for 2,500 new records on the reference machine (one digest per record).
    """
    if len(unit_buckets) != BUCKETS:
        raise ValueError("need the unit's 64 bucket hashes")
    if transaction_writes < 1:
        raise ValueError("a transaction needs at least one write")
    if write_budget < WRITE_OVERHEAD + UPSERT_LEN:
        raise ValueError("the write budget does not fit one upsert")
    wanted = _Desired(desired)
    held: dict[int, dict[int, CredentialRecord]] = {}
    taking: list[_Change] = []
    giving: list[_Change] = []
    for bucket in range(BUCKETS):
        if unit_buckets[bucket] == wanted.hashes[bucket]:
            continue
        have = _unit_bucket(bucket, unit_buckets[bucket], unit_records)
        held[bucket] = have
        want = wanted.records.get(bucket, {})
        for cred_id in sorted(have.keys() | want.keys()):
            old, new = have.get(cred_id), want.get(cred_id)
            if old == new:
                continue
            change = _Change(
                CredentialOp.delete(cred_id) if new is None else CredentialOp.upsert(new),
                bucket,
                0 if old is None else int.from_bytes(old.digest()),
                0 if new is None else wanted.digests[cred_id],
            )
            (taking if takes_access_away(old, new) else giving).append(change)

    state = [int.from_bytes(value) for value in unit_buckets]
    transactions: list[SyncTransaction] = []
    for changes, takes_away in ((taking, True), (giving, False)):
        writes = _pack(changes, write_budget)
        for chunk in itertools.batched(writes, transaction_writes, strict=False):
            touched: set[int] = set()
            for write in chunk:
                for change in write:
                    change.apply(state, held)
                    touched.add(change.bucket)
            transactions.append(
                SyncTransaction(
                    writes=tuple(tuple(change.op for change in write) for write in chunk),
                    expected_hash=_database_hash(state),
                    takes_away=takes_away,
                    buckets={b: _sorted(held[b].values()) for b in sorted(touched)},
                )
            )
    return SyncPlan(
        transactions,
        unit_hash=database_hash(list(unit_buckets)),
        desired_hash=_database_hash([int.from_bytes(value) for value in wanted.hashes]),
    )


def _sorted(records: Iterable[CredentialRecord]) -> tuple[CredentialRecord, ...]:
    """Records in ascending credential id, the order CRED_READ_BUCKET answers in."""
    return tuple(sorted(records, key=lambda record: record.cred_id))


class _Desired:
    """The desired records by bucket and id, their digests and the 64 bucket hashes.

    Each record's digest is computed once: it is most of the planning's cost.
    """

    def __init__(self, records: Iterable[CredentialRecord]) -> None:
        self.records: dict[int, dict[int, CredentialRecord]] = {}
        self.digests: dict[int, int] = {}
        acc = [0] * BUCKETS
        for record in records:
            bucket = self.records.setdefault(record.bucket, {})
            if record.cred_id in bucket:
                raise ValueError(f"credential id {record.cred_id} occurs twice in the desired set")
            bucket[record.cred_id] = record
            digest = int.from_bytes(record.digest())
            self.digests[record.cred_id] = digest
            acc[record.bucket] ^= digest
        self.hashes = [value.to_bytes(8) for value in acc]


@dataclass(frozen=True, slots=True)
class _Change:
    """One op of the plan, with its bucket and the digests it takes out and puts in (0: none)."""

    op: CredentialOp
    bucket: int
    removed: int
    added: int

    def apply(self, state: list[int], held: dict[int, dict[int, CredentialRecord]]) -> None:
        """Apply to the planned bucket hashes and records, as the unit will."""
        state[self.bucket] ^= self.removed ^ self.added
        if self.op.record is None:
            del held[self.bucket][self.op.cred_id]
        else:
            held[self.bucket][self.op.cred_id] = self.op.record


def _unit_bucket(
    bucket: int, unit_hash: bytes, unit_records: Mapping[int, Sequence[CredentialRecord]]
) -> dict[int, CredentialRecord]:
    """The unit's records of a differing bucket, checked against the hash it reported.

    A bucket with hash zero holds nothing (§8.2), so it needs no records.
    """
    if bucket not in unit_records:
        if unit_hash == EMPTY_BUCKET:
            return {}
        raise ValueError(f"bucket {bucket} differs but its records were not read")
    have = {record.cred_id: record for record in unit_records[bucket]}
    if any(record.bucket != bucket for record in have.values()):
        raise ValueError(f"a record given for bucket {bucket} belongs to another bucket")
    if len(have) != len(unit_records[bucket]) or _bucket_hash(have.values()) != unit_hash:
        raise ValueError(f"the records of bucket {bucket} do not have the unit's hash")
    return have


def _bucket_hash(records: Iterable[CredentialRecord]) -> bytes:
    acc = 0
    for record in records:
        acc ^= int.from_bytes(record.digest())
    return acc.to_bytes(8)


def _pack(changes: list[_Change], budget: int) -> list[list[_Change]]:
    """Changes in order, as many to a CRED_WRITE as fit `budget` bytes and the one-byte count."""
    writes: list[list[_Change]] = []
    current: list[_Change] = []
    size = WRITE_OVERHEAD
    for change in changes:
        length = _op_len(change.op)
        if current and (size + length > budget or len(current) == MAX_OPS_PER_WRITE):
            writes.append(current)
            current, size = [], WRITE_OVERHEAD
        current.append(change)
        size += length
    if current:
        writes.append(current)
    return writes


def _database_hash(state: list[int]) -> bytes:
    return database_hash([value.to_bytes(8) for value in state])


# Talking to the unit ------------------------------------------------------------------


class BucketCache:
    """What the hub knows one unit's buckets hold: records and that bucket's hash, in RAM.

    Filled with what the hub committed (`run_transaction`) and what it read (`read_unit`).
    A bucket whose hash on the unit equals the cached hash holds the cached records, so it
    need not be read again: after the hub's own commits a later change costs no
    CRED_READ_BUCKET, and a reading cut short by a lost link resumes where it stopped.
    One cache per unit. RAM only: after a restart the hub reads differing buckets once.
    """

    def __init__(self) -> None:
        """Start empty."""
        self._buckets: dict[int, tuple[bytes, tuple[CredentialRecord, ...]]] = {}

    def __len__(self) -> int:
        """How many buckets are cached."""
        return len(self._buckets)

    def records(self, bucket: int, unit_hash: bytes) -> tuple[CredentialRecord, ...] | None:
        """The cached records of `bucket` when the unit reports `unit_hash` for it, else None."""
        cached = self._buckets.get(bucket)
        if cached is None or cached[0] != unit_hash:
            return None
        return cached[1]

    def store(self, bucket: int, records: Iterable[CredentialRecord]) -> bytes:
        """Remember what `bucket` holds; returns its bucket hash."""
        held = _sorted(records)
        bucket_hash = _bucket_hash(held)
        self._buckets[bucket] = (bucket_hash, held)
        return bucket_hash

    def store_transaction(self, tx: SyncTransaction) -> None:
        """Remember the buckets a committed transaction changed."""
        for bucket, records in tx.buckets.items():
            self.store(bucket, records)

    def clear(self) -> None:
        """Forget everything (another hub may have changed the unit: nothing is lost)."""
        self._buckets.clear()


async def read_unit(
    client: CredentialClient, desired_buckets: Sequence[bytes], cache: BucketCache
) -> tuple[list[bytes], dict[int, list[CredentialRecord]]]:
    """The unit's bucket hashes and its records of every bucket that differs from desired.

    One CRED_BUCKETS, then CRED_READ_BUCKET for each differing bucket the cache cannot
    answer (each one read is cached at once). A bucket whose hash is zero is empty (§8.2)
    and is not read, so a first sync to an empty unit reads nothing. A bucket read is
    reported with the hash of what was read: when another hub committed in between, the
    plan's expected hash differs from the unit's (unless the plan overwrites that change)
    and COMMIT answers CONFLICT, so nothing the hub did not mean is committed.
    """
    if len(desired_buckets) != BUCKETS:
        raise ValueError("need the 64 desired bucket hashes")
    _, hashes = await client.cred_buckets()
    records: dict[int, list[CredentialRecord]] = {}
    for bucket in range(BUCKETS):
        if hashes[bucket] == desired_buckets[bucket]:
            continue
        cached = () if hashes[bucket] == EMPTY_BUCKET else cache.records(bucket, hashes[bucket])
        if cached is None:
            read = await client.cred_read_bucket(bucket)
            hashes[bucket] = cache.store(bucket, read)
            cached = tuple(read)
        records[bucket] = list(cached)
    return hashes, records


async def run_transaction(
    client: CredentialClient, tx: SyncTransaction, cache: BucketCache | None = None
) -> bytes:
    """BEGIN, every write, COMMIT with the expected hash; returns the committed hash.

    The client's errors pass through: `Conflict` (CONFLICT or NO_TRANSACTION), `UnitBusy`
    (another admin's transaction is open), `DoorUnitConnectionError` (the link dropped:
    the unit holds the set from before this transaction, or, when only COMMIT's answer was
    lost, the one after it). A write the unit refuses INVALID_ARGUMENT (a hub bug) aborts
    the transaction first, so it does not keep other admins waiting. On success the
    changed buckets go into `cache`.
    """
    await client.cred_begin()
    try:
        await _write_all(client, tx)
    except InvalidArgument, ProtocolError:
        with contextlib.suppress(DoorUnitError):  # the original error is the one to report
            await client.cred_abort()
        raise
    _, committed = await client.cred_commit(tx.expected_hash)
    if committed != tx.expected_hash:
        raise ProtocolError("the unit committed a hash other than the expected one")
    if cache is not None:
        cache.store_transaction(tx)
    return committed


async def _write_all(client: CredentialClient, tx: SyncTransaction) -> None:
    for write in tx.writes:
        applied = await client.cred_write(list(write))
        if applied != len(write):
            raise ProtocolError(f"the unit applied {applied} of {len(write)} ops")


async def sync_unit(
    client: CredentialClient,
    desired: Sequence[CredentialRecord],
    cache: BucketCache,
    *,
    transaction_writes: int = TRANSACTION_WRITES,
) -> SyncPlan:
    """Read, plan and run every transaction on one client; returns the plan it ran.

    All steps in one go, for tests, benches and scripts. The integration runs the steps as
    separate jobs instead (reading, then each transaction), and for a large plan on a link
    of its own for each transaction (`TRANSACTION_MAX_S`).
    """
    unit_buckets, unit_records = await read_unit(client, bucket_hashes(desired), cache)
    plan = plan_sync(desired, unit_buckets, unit_records, transaction_writes=transaction_writes)
    for tx in plan.transactions:
        await run_transaction(client, tx, cache)
    return plan
