"""What the hub knows one unit's credential database holds, bucket by bucket.

Kept in RAM by a door's sync (`door_credential_sync.py`): built from a reading (the
buckets read, and the desired ones wherever the unit's hash agreed), from the desired set
itself when the unit's database hash equals it, and moved along by each committed
transaction. It counts the sensor's pending changes and tells whether the difference to
a new desired set takes access away (which decides its urgency) without asking the unit.
It is only as good as the hash it was built at: a snapshot with another hash drops it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence

from .credential_records import DesiredSet
from .protocol.credential_sync import SyncTransaction
from .protocol.records import BUCKETS, CredentialRecord, database_hash


def _bucket_hash(records: Iterable[CredentialRecord]) -> bytes:
    value = 0
    for record in records:
        value ^= int.from_bytes(record.digest())
    return value.to_bytes(8)


class UnitModel:
    """What the hub knows the unit holds, by bucket: read, committed, or confirmed by hash."""

    def __init__(
        self, buckets: dict[int, dict[int, CredentialRecord]], hashes: list[bytes]
    ) -> None:
        self.buckets = buckets
        self.hashes = hashes
        self.database_hash = database_hash(hashes)

    @classmethod
    def of_desired(cls, desired: DesiredSet) -> UnitModel:
        """A unit whose database hash is the desired one holds exactly the desired set."""
        buckets = {b: dict(records) for b, records in desired.by_bucket.items()}
        return cls(buckets, list(desired.bucket_hashes))

    @classmethod
    def of_reading(
        cls,
        desired: DesiredSet,
        hashes: Sequence[bytes],
        records: Mapping[int, Sequence[CredentialRecord]],
    ) -> UnitModel:
        """`read_unit`'s answer: the buckets read, and the desired ones where hashes agree."""
        buckets: dict[int, dict[int, CredentialRecord]] = {}
        for bucket in range(BUCKETS):
            if bucket in records:
                buckets[bucket] = {record.cred_id: record for record in records[bucket]}
            elif hashes[bucket] == desired.bucket_hashes[bucket]:
                buckets[bucket] = dict(desired.bucket(bucket))
        return cls(buckets, list(hashes))

    def apply(self, tx: SyncTransaction) -> None:
        """A committed transaction's buckets, as they are on the unit after it."""
        for bucket, records in tx.buckets.items():
            self.buckets[bucket] = {record.cred_id: record for record in records}
            self.hashes[bucket] = _bucket_hash(records)
        self.database_hash = database_hash(self.hashes)

    def differences(
        self, desired: DesiredSet
    ) -> Iterator[tuple[CredentialRecord | None, CredentialRecord | None]]:
        """(held, wanted) for every record id whose record differs, in differing buckets."""
        for bucket in range(BUCKETS):
            if self.hashes[bucket] == desired.bucket_hashes[bucket]:
                continue
            have, want = self.buckets.get(bucket, {}), desired.bucket(bucket)
            for cred_id in have.keys() | want.keys():
                old, new = have.get(cred_id), want.get(cred_id)
                if old != new:
                    yield old, new
