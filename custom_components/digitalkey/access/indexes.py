"""Lookups the registry keeps next to its tables, so no question scans every grant.

Each index maps an id to the set of ids related to it; empty sets are removed, so an id
that is gone from the tables is gone from every index too (tests compare the indexes the
operations maintained with ones built afresh from the tables). Entries are added and
removed one entity at a time by `add_*` / `remove_*`, which the registry calls with the
exact value it stores or drops, and which never fail.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .model import Bundle, Credential, CredentialKind, Grant, Person, Share, ShareKind


def _add[K](index: dict[K, set[str]], key: K, value: str) -> None:
    index.setdefault(key, set()).add(value)


def _remove[K](index: dict[K, set[str]], key: K, value: str) -> None:
    values = index.get(key)
    if values is not None:
        values.discard(value)
        if not values:
            del index[key]


@dataclass
class Indexes:
    """Every lookup of the registry; see the field comments for what each answers."""

    person_by_user: dict[str, str] = field(default_factory=dict)
    """HA user id → the person linked to it (at most one)."""
    grants_by_person: dict[str, set[str]] = field(default_factory=dict)
    grants_by_door: dict[str, set[str]] = field(default_factory=dict)
    """Door id → grants on that door directly (not through bundles)."""
    grants_by_bundle: dict[str, set[str]] = field(default_factory=dict)
    bundles_by_door: dict[str, set[str]] = field(default_factory=dict)
    shares_by_grant: dict[str, set[str]] = field(default_factory=dict)
    shares_by_person: dict[str, set[str]] = field(default_factory=dict)
    """Sharer's person id → shares they made."""
    shares_by_door: dict[str, set[str]] = field(default_factory=dict)
    shares_by_target: dict[tuple[ShareKind, str], set[str]] = field(default_factory=dict)
    credentials_by_person: dict[str, set[str]] = field(default_factory=dict)
    credential_by_share: dict[str, str] = field(default_factory=dict)
    """PIN share id → its credential (a share holds at most one)."""
    credential_by_number: dict[int, str] = field(default_factory=dict)
    credential_by_lookup: dict[tuple[CredentialKind, str], str] = field(default_factory=dict)
    """(kind, lookup hash) → the credential with that value: uniqueness is a set lookup."""
    staff_by_organisation: dict[str, set[str]] = field(default_factory=dict)
    """Organisation id → the people who are its staff."""
    grants_by_organisation: dict[str, set[str]] = field(default_factory=dict)
    """Organisation id → the keys its managers gave."""

    @classmethod
    def build(
        cls,
        people: Iterable[Person],
        bundles: Iterable[Bundle],
        grants: Iterable[Grant],
        shares: Iterable[Share],
        credentials: Iterable[Credential] = (),
    ) -> Indexes:
        """The indexes of these tables, built from scratch."""
        indexes = cls()
        for credential in credentials:
            indexes.add_credential(credential)
        for person in people:
            indexes.add_person(person)
        for bundle in bundles:
            indexes.add_bundle(bundle)
        for grant in grants:
            indexes.add_grant(grant)
        for share in shares:
            indexes.add_share(share)
        return indexes

    def add_person(self, person: Person) -> None:
        """Index a person stored."""
        if person.ha_user_id is not None:
            self.person_by_user[person.ha_user_id] = person.id
        if person.organisation_id is not None:
            _add(self.staff_by_organisation, person.organisation_id, person.id)

    def remove_person(self, person: Person) -> None:
        """Forget a person dropped or about to be replaced."""
        if (
            person.ha_user_id is not None
            and self.person_by_user.get(person.ha_user_id) == person.id
        ):
            del self.person_by_user[person.ha_user_id]
        if person.organisation_id is not None:
            _remove(self.staff_by_organisation, person.organisation_id, person.id)

    def add_bundle(self, bundle: Bundle) -> None:
        """Index a bundle stored."""
        for door_id in bundle.door_ids:
            _add(self.bundles_by_door, door_id, bundle.id)

    def remove_bundle(self, bundle: Bundle) -> None:
        """Forget a bundle dropped or about to be replaced."""
        for door_id in bundle.door_ids:
            _remove(self.bundles_by_door, door_id, bundle.id)

    def add_grant(self, grant: Grant) -> None:
        """Index a grant stored."""
        _add(self.grants_by_person, grant.person_id, grant.id)
        if grant.door_id is not None:
            _add(self.grants_by_door, grant.door_id, grant.id)
        if grant.bundle_id is not None:
            _add(self.grants_by_bundle, grant.bundle_id, grant.id)
        if grant.organisation_id is not None:
            _add(self.grants_by_organisation, grant.organisation_id, grant.id)

    def remove_grant(self, grant: Grant) -> None:
        """Forget a grant dropped or about to be replaced."""
        _remove(self.grants_by_person, grant.person_id, grant.id)
        if grant.door_id is not None:
            _remove(self.grants_by_door, grant.door_id, grant.id)
        if grant.bundle_id is not None:
            _remove(self.grants_by_bundle, grant.bundle_id, grant.id)
        if grant.organisation_id is not None:
            _remove(self.grants_by_organisation, grant.organisation_id, grant.id)

    def add_share(self, share: Share) -> None:
        """Index a share stored."""
        _add(self.shares_by_grant, share.grant_id, share.id)
        _add(self.shares_by_person, share.from_person_id, share.id)
        _add(self.shares_by_door, share.door_id, share.id)
        _add(self.shares_by_target, (share.kind, share.target), share.id)

    def remove_share(self, share: Share) -> None:
        """Forget a share dropped or about to be replaced."""
        _remove(self.shares_by_grant, share.grant_id, share.id)
        _remove(self.shares_by_person, share.from_person_id, share.id)
        _remove(self.shares_by_door, share.door_id, share.id)
        _remove(self.shares_by_target, (share.kind, share.target), share.id)

    def add_credential(self, credential: Credential) -> None:
        """Index a credential stored."""
        if credential.person_id is not None:
            _add(self.credentials_by_person, credential.person_id, credential.id)
        if credential.share_id is not None:
            self.credential_by_share[credential.share_id] = credential.id
        self.credential_by_number[credential.number] = credential.id
        self.credential_by_lookup[(credential.kind, credential.lookup)] = credential.id

    def remove_credential(self, credential: Credential) -> None:
        """Forget a credential dropped or about to be replaced."""
        if credential.person_id is not None:
            _remove(self.credentials_by_person, credential.person_id, credential.id)
        if credential.share_id is not None:
            self.credential_by_share.pop(credential.share_id, None)
        self.credential_by_number.pop(credential.number, None)
        self.credential_by_lookup.pop((credential.kind, credential.lookup), None)
