"""The credential database one door unit should hold: the registry's records, with secrets.

`access.door_credentials` says which records a door gets (who, when, which schedule);
only the hub can add the rest of each wire record (`protocol.records.CredentialRecord`):
its 8-byte secret, `credential_secret(unit secret, type, value)`, over the PIN or tag UID
unsealed from the building's credential vault. The values never leave this module: a
secret is all that is kept (per door, in RAM, so the next derivation does not unseal the
same credential again: `RecordCache`), and nothing here logs.

- **Kinds**: a unit gets PIN records only when it has a keypad and tag records only when
  it has a tag reader (its features from pairing); a unit with neither gets an empty set.
- **User id** of a record is its credential's number (the record id without its slot):
  a unit holds nothing that names a person, and its log's record ids lead back to the
  credential through the registry (`holder_of_record`).
- **Unreadable** credentials, whose sealed value does not open (an edited, damaged or
  copied registry file), are left out of the set and named by id (`DesiredSet.unreadable`):
  the unit then drops their records, so a value the hub cannot vouch for opens nothing,
  and every other credential of the door still syncs, blocks first.

Pure (no Home Assistant): the integration runs it in the executor for large doors.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from .access.credential_vault import CredentialVault
from .access.door_credentials import SLOT_BITS, door_credentials, next_change
from .access.errors import AccessError, ErrorCode
from .access.model import Credential, CredentialKind
from .access.view import RegistryView
from .protocol.constants import CredentialType, Feature
from .protocol.records import BUCKETS, CredentialRecord, credential_secret, database_hash

WIRE_TYPE: Mapping[CredentialKind, CredentialType] = {
    CredentialKind.PIN: CredentialType.PIN,
    CredentialKind.TAG: CredentialType.TAG,
}


def door_kinds(features: Feature) -> frozenset[CredentialKind]:
    """The credentials a unit with these features reads."""
    kinds: set[CredentialKind] = set()
    if features & Feature.KEYPAD:
        kinds.add(CredentialKind.PIN)
    if features & Feature.TAG_READER:
        kinds.add(CredentialKind.TAG)
    return frozenset(kinds)


class MissingUnitSecret(Exception):
    """The door was paired before units shared their secret: no record can be keyed for it."""


class RecordCache:
    """One door's record secrets and digests, kept from one derivation to the next.

    A door with 2,500 holders is derived again at every change that concerns it, mostly to
    the same records: unsealing and keying a credential (about 10 µs) and a record's bucket
    and digest (two SHA-256) are done once per credential and record, not every time.
    """

    __slots__ = ("_digests", "_secrets", "_unit_secret")

    def __init__(self, unit_secret: bytes) -> None:
        """Secrets keyed by this unit secret (a new pairing starts a new cache)."""
        self._unit_secret = unit_secret
        self._secrets: dict[str, tuple[str, bytes]] = {}
        self._digests: dict[CredentialRecord, tuple[int, int]] = {}

    def __repr__(self) -> str:
        """Never show secrets."""
        return f"RecordCache({len(self._secrets)} credentials)"

    def secret(self, credential: Credential, vault: CredentialVault) -> bytes:
        """The unit's secret for `credential` (AccessError when its seal is not valid)."""
        if not self._unit_secret:
            raise MissingUnitSecret
        known = self._secrets.get(credential.id)
        if known is not None and known[0] == credential.sealed:
            return known[1]
        secret = credential_secret(
            self._unit_secret, WIRE_TYPE[credential.kind], vault.unseal(credential)
        )
        self._secrets[credential.id] = (credential.sealed, secret)
        return secret

    def bucket_and_digest(self, record: CredentialRecord) -> tuple[int, int]:
        """The record's bucket and its digest (as an integer, for XOR)."""
        known = self._digests.get(record)
        if known is None:
            known = self._digests[record] = (record.bucket, int.from_bytes(record.digest()))
        return known

    def keep_only(self, credential_ids: set[str], records: tuple[CredentialRecord, ...]) -> None:
        """Forget what belongs to credentials and records the door no longer holds."""
        for credential_id in self._secrets.keys() - credential_ids:
            del self._secrets[credential_id]
        self._digests = {record: self.bucket_and_digest(record) for record in records}


@dataclass(frozen=True, slots=True)
class DesiredSet:
    """What one unit should hold: its records, their bucket hashes and database hash."""

    records: tuple[CredentialRecord, ...]
    bucket_hashes: tuple[bytes, ...]
    database_hash: bytes
    by_bucket: Mapping[int, Mapping[int, CredentialRecord]]
    """Records by bucket, then by record id."""
    next_change: datetime | None
    """When the set changes by itself next (a grant or share ends), UTC."""
    unreadable: frozenset[str] = frozenset()
    """Credentials the door would hold but whose sealed value does not open: left out."""

    @classmethod
    def of(
        cls,
        records: tuple[CredentialRecord, ...],
        next_change: datetime | None = None,
        cache: RecordCache | None = None,
        unreadable: frozenset[str] = frozenset(),
    ) -> DesiredSet:
        """Index `records` (unique record ids, as `door_credentials` makes them)."""
        by_bucket: dict[int, dict[int, CredentialRecord]] = {}
        acc = [0] * BUCKETS
        for record in records:
            if cache is None:
                bucket, digest = record.bucket, int.from_bytes(record.digest())
            else:
                bucket, digest = cache.bucket_and_digest(record)
            by_bucket.setdefault(bucket, {})[record.cred_id] = record
            acc[bucket] ^= digest
        hashes = tuple(value.to_bytes(8) for value in acc)
        return cls(records, hashes, database_hash(list(hashes)), by_bucket, next_change, unreadable)

    def bucket(self, bucket: int) -> Mapping[int, CredentialRecord]:
        """The records of one bucket by id (empty when it has none)."""
        return self.by_bucket.get(bucket, {})


EMPTY = DesiredSet.of(())
"""The set of a unit that reads neither PINs nor tags (or of a door nobody may open)."""


def derive_desired(
    registry: RegistryView,
    door_id: str,
    now: datetime,
    *,
    kinds: frozenset[CredentialKind],
    vault: CredentialVault,
    cache: RecordCache,
) -> DesiredSet:
    """The set the unit of `door_id` should hold at `now`.

    `AccessError(unknown_door)` when the registry has no such door. A credential whose
    sealed value does not open is left out and listed in `unreadable`.
    """
    if not kinds:
        registry.door(door_id)
        return EMPTY
    wanted = door_credentials(registry, door_id, now, kinds=kinds)
    records: list[CredentialRecord] = []
    held: set[str] = set()
    unreadable: set[str] = set()
    for item in wanted:
        credential = registry.credential(item.credential_id)
        if credential.id in unreadable:
            continue
        try:
            secret = cache.secret(credential, vault)
        except AccessError as err:
            if err.code is not ErrorCode.INVALID_DATA:
                raise
            unreadable.add(credential.id)
            continue
        held.add(credential.id)
        records.append(
            CredentialRecord(
                cred_id=item.record_id,
                user_id=item.record_id >> SLOT_BITS,
                kind=WIRE_TYPE[item.kind],
                secret=secret,
                enabled=item.enabled,
                valid_from=item.valid_from,
                valid_until=item.valid_until,
                weekdays=item.weekdays,
                window_start=item.window_start,
                window_end=item.window_end,
            )
        )
    desired = DesiredSet.of(
        tuple(records),
        next_change(registry, door_id, now, kinds=kinds),
        cache,
        frozenset(unreadable),
    )
    cache.keep_only(held, desired.records)
    return desired
