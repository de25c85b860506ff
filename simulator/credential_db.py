"""The unit's credential database: live copy, shadow copy and atomic commit.

Writes go to a shadow copy inside a transaction; COMMIT swaps it in only when its hash is
the one the hub expects, so a unit never runs with a half-synced database. Bucket hashes
are kept up to date incrementally (XOR) so BUCKETS and every snapshot cost O(1).

A unit has at most one open transaction, owned by the session that began it (§8.3): the
owner is an opaque token (the reference unit passes the link's connection handler), and
the shadow is RAM, so a reboot ends it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from custom_components.digitalkey.protocol.constants import CredentialType
from custom_components.digitalkey.protocol.records import (
    BUCKETS,
    CredentialOp,
    CredentialRecord,
    database_hash,
)


@dataclass(slots=True)
class CredentialSet:
    """Records by id, by secret, and the 64 bucket hashes kept in step."""

    records: dict[int, CredentialRecord] = field(default_factory=dict)
    by_secret: dict[tuple[CredentialType, bytes], dict[int, None]] = field(default_factory=dict)
    """Ids by secret: two people may share a PIN."""
    buckets: list[int] = field(default_factory=lambda: [0] * BUCKETS)

    def copy(self) -> CredentialSet:
        """Independent copy (the shadow a transaction writes to)."""
        by_secret = {key: dict(ids) for key, ids in self.by_secret.items()}
        return CredentialSet(dict(self.records), by_secret, list(self.buckets))

    def apply(self, op: CredentialOp) -> None:
        """Upsert or delete one record (deleting a missing id is not an error)."""
        old = self.records.pop(op.cred_id, None)
        if old is not None:
            self.buckets[old.bucket] ^= int.from_bytes(old.digest())
            key = (old.kind, old.secret)
            del self.by_secret[key][old.cred_id]
            if not self.by_secret[key]:
                del self.by_secret[key]
        if op.record is not None:
            record = op.record
            self.records[record.cred_id] = record
            self.buckets[record.bucket] ^= int.from_bytes(record.digest())
            self.by_secret.setdefault((record.kind, record.secret), {})[record.cred_id] = None

    def bucket_hashes(self) -> list[bytes]:
        """The 64 bucket hashes as sent on the wire."""
        return [value.to_bytes(8) for value in self.buckets]

    def hash(self) -> bytes:
        """Hash of the whole set."""
        return database_hash(self.bucket_hashes())

    def matching(self, kind: CredentialType, secret: bytes) -> list[CredentialRecord]:
        """Every record with this secret (two people may share a PIN), lowest id first."""
        ids = self.by_secret.get((kind, secret), {})
        return [self.records[cred_id] for cred_id in sorted(ids)]

    def find(self, kind: CredentialType, secret: bytes) -> CredentialRecord | None:
        """The lowest-id record with this secret, None when there is none."""
        found = self.matching(kind, secret)
        return found[0] if found else None

    def in_bucket(self, bucket: int) -> list[CredentialRecord]:
        """Records of one bucket in ascending credential id: READ_BUCKET pages by this order."""
        found = [record for record in self.records.values() if record.bucket == bucket]
        return sorted(found, key=lambda record: record.cred_id)


@dataclass(slots=True)
class CredentialDatabase:
    """Live set plus an optional shadow set under a transaction."""

    live: CredentialSet = field(default_factory=CredentialSet)
    version: int = 0
    shadow: CredentialSet | None = None
    capacity: int = 2500
    owner: object = None
    """Who began the open transaction (meaningless while `shadow` is None)."""

    def begin(self, owner: object = None) -> int | None:
        """Start a transaction for `owner` on a copy of the live set; returns the version.

        The owner's own BEGIN restarts from the live set; None (BUSY) while another owner's
        transaction is open, which stays untouched.
        """
        if self.shadow is not None and self.owner is not owner:
            return None
        self.shadow = self.live.copy()
        self.owner = owner
        return self.version

    def owns(self, owner: object) -> bool:
        """Whether `owner` holds the open transaction."""
        return self.shadow is not None and self.owner is owner

    def release(self, owner: object) -> None:
        """`owner`'s session ended: so does its transaction (another owner's stays)."""
        if self.owns(owner):
            self.abort()

    def write(self, ops: list[CredentialOp]) -> bool:
        """Apply ops to the shadow; False when there is no transaction or it would overflow."""
        if self.shadow is None:
            return False
        trial = self.shadow
        for op in ops:
            trial.apply(op)
        if len(trial.records) > self.capacity:
            self.abort()
            return False
        return True

    def commit(self, expected: bytes) -> bool:
        """Swap the shadow in when its hash matches; either way the transaction ends."""
        shadow = self.shadow
        self.abort()
        if shadow is None or shadow.hash() != expected:
            return False
        self.live = shadow
        self.version += 1
        return True

    def abort(self) -> None:
        """Drop the shadow, whoever owned it."""
        self.shadow = None
        self.owner = None
