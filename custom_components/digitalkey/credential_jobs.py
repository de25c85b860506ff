"""The two kinds of work a credential sync runs on a unit, each as one door-link job.

- **Reading** (`reading_job`): CRED_BUCKETS and the buckets the cache cannot answer
  (`protocol.credential_sync.read_unit`), with the database version the unit reported;
- **one transaction** (`transaction_job`): BEGIN, its writes, COMMIT
  (`run_transaction`), with the version after the commit and the unit's capacity.

Both run through `DoorLink.async_run`, one job each, so an interactive open waits for at
most one of them. A plaintext refusal before the session (anyone near the door can send
one) comes out as `Unbelieved`; "unknown controller" is left to the door link, which
confirms it on a new connection. `sync_reason` says which failure the sensor shows.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from .credential_sync_state import SyncReason
from .door_connection import Job
from .protocol.client import DoorUnitClient
from .protocol.credential_sync import BucketCache, SyncTransaction, read_unit, run_transaction
from .protocol.errors import (
    Conflict,
    DoorUnitConnectionError,
    DoorUnitError,
    NotPairedError,
    UnitBusy,
)
from .protocol.messages import TransactionStart
from .protocol.records import CredentialOp, CredentialRecord


class _NotingClient:
    """The client's credential commands, noting the database version and the capacity."""

    def __init__(self, client: DoorUnitClient) -> None:
        self._client = client
        self.version: int | None = None
        self.capacity: int | None = None

    async def cred_buckets(self) -> tuple[int, list[bytes]]:
        version, hashes = await self._client.cred_buckets()
        self.version = version
        return version, hashes

    async def cred_read_bucket(self, bucket: int) -> list[CredentialRecord]:
        return await self._client.cred_read_bucket(bucket)

    async def cred_begin(self) -> TransactionStart:
        start = await self._client.cred_begin()
        self.capacity = start.capacity
        return start

    async def cred_write(self, ops: list[CredentialOp]) -> int:
        return await self._client.cred_write(ops)

    async def cred_commit(self, expected_hash: bytes) -> tuple[int, bytes]:
        version, committed = await self._client.cred_commit(expected_hash)
        self.version = version
        return version, committed

    async def cred_abort(self) -> None:
        await self._client.cred_abort()


class Unbelieved(DoorUnitError):
    """A plaintext refusal before the session: anyone near the door can send one."""


def _believed[T](job: Callable[[DoorUnitClient], Awaitable[T]]) -> Job[T]:
    """`job`, with an unauthenticated refusal raised as `Unbelieved`.

    Not for "unknown controller": the door link confirms that one on a new connection.
    """

    async def run(client: DoorUnitClient) -> T:
        try:
            return await job(client)
        except DoorUnitError as err:
            if err is client.last_refusal and not isinstance(err, NotPairedError):
                raise Unbelieved(str(err)) from err
            raise

    return run


def sync_reason(err: DoorUnitError) -> SyncReason:
    """The sensor's reason for a failed reading or transaction."""
    if isinstance(err, NotPairedError):
        return SyncReason.NOT_PAIRED
    if isinstance(err, UnitBusy):
        return SyncReason.BUSY
    if isinstance(err, Conflict):
        return SyncReason.CONFLICT
    if isinstance(err, DoorUnitConnectionError):
        return SyncReason.UNREACHABLE
    return SyncReason.REFUSED


@dataclass(frozen=True, slots=True)
class Reading:
    """What a reading found: bucket hashes, differing buckets' records, the version."""

    hashes: list[bytes]
    records: dict[int, list[CredentialRecord]]
    version: int | None


def reading_job(desired_buckets: Sequence[bytes], cache: BucketCache) -> Job[Reading]:
    """Read what the unit holds where it differs from `desired_buckets`."""

    async def read(client: DoorUnitClient) -> Reading:
        noting = _NotingClient(client)
        hashes, records = await read_unit(noting, desired_buckets, cache)
        return Reading(hashes, records, noting.version)

    return _believed(read)


def transaction_job(
    tx: SyncTransaction, cache: BucketCache, capacity: Callable[[int], None]
) -> Job[int | None]:
    """Run `tx`; the database version after it. `capacity` hears the unit's capacity."""

    async def commit(client: DoorUnitClient) -> int | None:
        noting = _NotingClient(client)
        try:
            await run_transaction(noting, tx, cache)
        finally:
            if noting.capacity is not None:
                capacity(noting.capacity)
        return noting.version

    return _believed(commit)
