"""The registry's state and everything that reads it.

`RegistryView` holds one building's tables (people, doors, bundles, grants, shares,
credentials, organisations) and their indexes (`indexes.py`), answers every question about them, and
writes a checked `Plan` (`_apply`). `Registry` (in `registry.py`) adds the operations that
change it; the policy and the Home Assistant layer read through the methods here, which
never scan every grant: each lookup costs in the keys of the person or door asked about.

Mappings returned (`people`, `grants`, ...) are read-only views; records are frozen.
The registry is not thread-safe: use it from one thread (Home Assistant's event loop).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Final, Self
from uuid import uuid4
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .contact import Country
from .errors import AccessError, ErrorCode
from .indexes import Indexes
from .model import (
    Bundle,
    Credential,
    CredentialKind,
    Door,
    Grant,
    Organisation,
    Person,
    Share,
    ShareKind,
)
from .plan import Change, Plan
from .schema import SCHEMA_VERSION, Tables, decode, encode, integrity_problems


def new_id() -> str:
    """A fresh opaque id (the default id factory)."""
    return uuid4().hex


def _indexes_of(tables: Tables) -> Indexes:
    return Indexes.build(
        tables.people.values(),
        tables.bundles.values(),
        tables.grants.values(),
        tables.shares.values(),
        tables.credentials.values(),
    )


@dataclass(frozen=True, slots=True)
class BuildingSettings:
    """What the registry needs to know of the building: its country and time zone.

    The country reads phone numbers written without country code and sets a new person's
    default language; the time zone is the wall clock of every weekly schedule.
    """

    country: Country = Country.NORWAY
    time_zone: str = "Europe/Oslo"
    tz: ZoneInfo = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Resolve the time zone once."""
        try:
            object.__setattr__(self, "tz", ZoneInfo(self.time_zone))
        except ZoneInfoNotFoundError, ValueError:
            raise AccessError(ErrorCode.INVALID_FIELD, field="time_zone") from None


class RegistryView:
    """One building's access data, read-only; see `Registry` for the operations."""

    def __init__(
        self,
        settings: BuildingSettings | None = None,
        *,
        id_factory: Callable[[], str] = new_id,
        _tables: Tables | None = None,
    ) -> None:
        """An empty registry (or, from `from_dict`, one holding checked tables)."""
        self.settings = settings or BuildingSettings()
        self._new_id = id_factory
        self._t = _tables or Tables()
        self._ix = _indexes_of(self._t)

    # Stored form ----------------------------------------------------------------------------

    schema_version: Final = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        """The JSON-safe stored form (see `schema.py`)."""
        return encode(self._t)

    @classmethod
    def from_dict(
        cls,
        data: Mapping[str, Any],
        settings: BuildingSettings | None = None,
        *,
        id_factory: Callable[[], str] = new_id,
    ) -> Self:
        """A registry from its stored form of any supported layout (migrated, checked)."""
        return cls(settings, id_factory=id_factory, _tables=decode(data))

    def problems(self) -> list[str]:
        """Dangling references and stale indexes (ids only); empty unless something is broken.

        For diagnostics and tests: the operations keep this empty.
        """
        problems = integrity_problems(self._t)
        if _indexes_of(self._t) != self._ix:
            problems.append("indexes differ from the tables")
        return problems

    # Reading -------------------------------------------------------------------------------

    @property
    def people(self) -> Mapping[str, Person]:
        """Every person by id (read-only view)."""
        return MappingProxyType(self._t.people)

    @property
    def doors(self) -> Mapping[str, Door]:
        """Every door by id (read-only view)."""
        return MappingProxyType(self._t.doors)

    @property
    def bundles(self) -> Mapping[str, Bundle]:
        """Every key bundle by id (read-only view)."""
        return MappingProxyType(self._t.bundles)

    @property
    def grants(self) -> Mapping[str, Grant]:
        """Every grant by id (read-only view)."""
        return MappingProxyType(self._t.grants)

    @property
    def shares(self) -> Mapping[str, Share]:
        """Every share by id, revoked ones included (read-only view)."""
        return MappingProxyType(self._t.shares)

    @property
    def credentials(self) -> Mapping[str, Credential]:
        """Every PIN code and tag by id, blocked ones included (read-only view)."""
        return MappingProxyType(self._t.credentials)

    @property
    def organisations(self) -> Mapping[str, Organisation]:
        """Every organisation by id (read-only view)."""
        return MappingProxyType(self._t.organisations)

    @property
    def next_credential_number(self) -> int:
        """The number the next credential will get."""
        return self._t.next_credential_number

    def person(self, person_id: str) -> Person:
        """The person with this id, or `AccessError(unknown_person)`."""
        try:
            return self._t.people[person_id]
        except KeyError:
            raise AccessError(ErrorCode.UNKNOWN_PERSON, person_id=person_id) from None

    def door(self, door_id: str) -> Door:
        """The door with this id, or `AccessError(unknown_door)`."""
        try:
            return self._t.doors[door_id]
        except KeyError:
            raise AccessError(ErrorCode.UNKNOWN_DOOR, door_id=door_id) from None

    def bundle(self, bundle_id: str) -> Bundle:
        """The bundle with this id, or `AccessError(unknown_bundle)`."""
        try:
            return self._t.bundles[bundle_id]
        except KeyError:
            raise AccessError(ErrorCode.UNKNOWN_BUNDLE, bundle_id=bundle_id) from None

    def grant(self, grant_id: str) -> Grant:
        """The grant with this id, or `AccessError(unknown_grant)`."""
        try:
            return self._t.grants[grant_id]
        except KeyError:
            raise AccessError(ErrorCode.UNKNOWN_GRANT, grant_id=grant_id) from None

    def share(self, share_id: str) -> Share:
        """The share with this id, or `AccessError(unknown_share)`."""
        try:
            return self._t.shares[share_id]
        except KeyError:
            raise AccessError(ErrorCode.UNKNOWN_SHARE, share_id=share_id) from None

    def credential(self, credential_id: str) -> Credential:
        """The credential with this id, or `AccessError(unknown_credential)`."""
        try:
            return self._t.credentials[credential_id]
        except KeyError:
            raise AccessError(ErrorCode.UNKNOWN_CREDENTIAL, credential_id=credential_id) from None

    def organisation(self, organisation_id: str) -> Organisation:
        """The organisation with this id, or `AccessError(unknown_organisation)`."""
        try:
            return self._t.organisations[organisation_id]
        except KeyError:
            raise AccessError(
                ErrorCode.UNKNOWN_ORGANISATION, organisation_id=organisation_id
            ) from None

    def staff_of(self, organisation_id: str) -> list[Person]:
        """The organisation's staff, by name."""
        ids = self._ix.staff_by_organisation.get(organisation_id, ())
        people = (self._t.people[i] for i in ids)
        return sorted(people, key=lambda person: (person.name.casefold(), person.id))

    def grants_of_organisation(self, organisation_id: str) -> list[Grant]:
        """The keys the organisation's managers gave, oldest first."""
        ids = self._ix.grants_by_organisation.get(organisation_id, ())
        grants = (self._t.grants[i] for i in ids)
        return sorted(grants, key=lambda grant: (grant.created_at, grant.id))

    def organisation_managed_by(self, person_id: str) -> Organisation | None:
        """The organisation the person manages, if any (a manager is its staff)."""
        person = self._t.people.get(person_id)
        if person is None or person.organisation_id is None:
            return None
        organisation = self._t.organisations[person.organisation_id]
        return organisation if person_id in organisation.manager_ids else None

    def organisations_holding(
        self, *, door_id: str | None = None, bundle_id: str | None = None
    ) -> list[Organisation]:
        """Organisations given the door (directly) or the bundle, by name.

        A scan of the organisations: a building has a handful, and this is asked only when
        a door or bundle is removed.
        """
        found = [
            organisation
            for organisation in self._t.organisations.values()
            if (door_id is not None and door_id in organisation.door_ids)
            or (bundle_id is not None and bundle_id in organisation.bundle_ids)
        ]
        return sorted(found, key=lambda organisation: (organisation.name, organisation.id))

    def credentials_of_person(self, person_id: str) -> list[Credential]:
        """The person's PIN codes and tags, in the order they were added."""
        ids = self._ix.credentials_by_person.get(person_id, ())
        found = [self._t.credentials[i] for i in ids]
        if len(found) > 1:
            found.sort(key=lambda credential: credential.number)
        return found

    def credential_of_share(self, share_id: str) -> Credential | None:
        """The PIN of a PIN share (`None` for other shares)."""
        credential_id = self._ix.credential_by_share.get(share_id)
        return None if credential_id is None else self._t.credentials[credential_id]

    def credential_by_number(self, number: int) -> Credential | None:
        """The credential with this number (a unit's log names it `record id >> 6`)."""
        credential_id = self._ix.credential_by_number.get(number)
        return None if credential_id is None else self._t.credentials[credential_id]

    def value_taken(self, kind: CredentialKind, lookup: str) -> bool:
        """Whether a credential of the building (or a retired PIN) has this lookup hash."""
        return (kind, lookup) in self._ix.credential_by_lookup or (
            kind is CredentialKind.PIN and lookup in self._t.retired_pins
        )

    def credential_doors(self, credential: Credential) -> frozenset[str]:
        """The doors whose credential set the credential may be part of.

        A share's door, or every door the person's grants cover (ended grants too: that
        over-approximates, which only costs a sync that finds nothing to change).
        """
        if credential.share_id is not None:
            share = self._t.shares.get(credential.share_id)
            return frozenset() if share is None else frozenset((share.door_id,))
        doors: set[str] = set()
        for grant_id in self._ix.grants_by_person.get(credential.person_id or "", ()):
            doors |= self.doors_of(self._t.grants[grant_id])
        return frozenset(doors)

    def person_for_user(self, ha_user_id: str) -> Person | None:
        """The person linked to a Home Assistant user, if any."""
        person_id = self._ix.person_by_user.get(ha_user_id)
        return None if person_id is None else self._t.people[person_id]

    def grants_of(self, person_id: str) -> list[Grant]:
        """The person's grants, oldest first."""
        grants = (self._t.grants[i] for i in self._ix.grants_by_person.get(person_id, ()))
        return sorted(grants, key=lambda grant: (grant.created_at, grant.id))

    def covers(self, grant: Grant, door_id: str) -> bool:
        """Whether `grant` is a key to `door_id` (directly or through its bundle)."""
        if grant.door_id is not None:
            return grant.door_id == door_id
        bundle = self._t.bundles.get(grant.bundle_id or "")
        return bundle is not None and door_id in bundle.door_ids

    def doors_of(self, grant: Grant) -> frozenset[str]:
        """The doors `grant` is a key to now."""
        if grant.door_id is not None:
            return frozenset((grant.door_id,))
        bundle = self._t.bundles.get(grant.bundle_id or "")
        return frozenset() if bundle is None else bundle.door_ids

    def grants_of_person_for_door(self, person_id: str, door_id: str) -> list[Grant]:
        """The person's grants that cover the door, oldest first (O(person's grants))."""
        grants = self._t.grants
        found = [
            grant
            for grant_id in self._ix.grants_by_person.get(person_id, ())
            if self.covers(grant := grants[grant_id], door_id)
        ]
        if len(found) > 1:
            found.sort(key=lambda grant: (grant.created_at, grant.id))
        return found

    def grants_for_door(self, door_id: str) -> list[Grant]:
        """Every grant covering the door, directly or through a bundle, oldest first."""
        ids = set(self._ix.grants_by_door.get(door_id, ()))
        for bundle_id in self._ix.bundles_by_door.get(door_id, ()):
            ids |= self._ix.grants_by_bundle.get(bundle_id, set())
        grants = (self._t.grants[i] for i in ids)
        return sorted(grants, key=lambda grant: (grant.created_at, grant.id))

    def grants_for_bundle(self, bundle_id: str) -> list[Grant]:
        """Grants on the bundle, oldest first."""
        grants = (self._t.grants[i] for i in self._ix.grants_by_bundle.get(bundle_id, ()))
        return sorted(grants, key=lambda grant: (grant.created_at, grant.id))

    def bundles_with_door(self, door_id: str) -> list[Bundle]:
        """Bundles holding the door, by name."""
        bundles = (self._t.bundles[i] for i in self._ix.bundles_by_door.get(door_id, ()))
        return sorted(bundles, key=lambda bundle: (bundle.name, bundle.id))

    def people_with_access(self, door_id: str) -> set[str]:
        """Ids of the people holding a grant to the door (valid now or not)."""
        return {grant.person_id for grant in self.grants_for_door(door_id)}

    def _sorted_shares(self, ids: Iterable[str]) -> list[Share]:
        shares = (self._t.shares[i] for i in ids)
        return sorted(shares, key=lambda share: (share.created_at, share.id))

    def shares_of_grant(self, grant_id: str) -> list[Share]:
        """Shares made from the grant, oldest first."""
        return self._sorted_shares(self._ix.shares_by_grant.get(grant_id, ()))

    def shares_from(self, person_id: str) -> list[Share]:
        """Shares the person made, oldest first (their "My shares")."""
        return self._sorted_shares(self._ix.shares_by_person.get(person_id, ()))

    def shares_to(self, kind: ShareKind, target: str) -> list[Share]:
        """Shares given to a target (an HA user id, or a PIN's or link's hash)."""
        return self._sorted_shares(self._ix.shares_by_target.get((kind, target), ()))

    def shares_for_door(self, door_id: str) -> list[Share]:
        """Every share of the door, oldest first."""
        return self._sorted_shares(self._ix.shares_by_door.get(door_id, ()))

    def search_people(self, text: str) -> list[Person]:
        """People whose name contains `text` or whose phone contains its digits, by name.

        A scan of all people: for the admin panel's search box, not for decisions.
        """
        needle = text.strip().casefold()
        digits = "".join(char for char in needle if char.isdigit())
        found = [
            person
            for person in self._t.people.values()
            if (needle and needle in person.name.casefold())
            or (len(digits) >= 3 and person.phone is not None and digits in person.phone)
        ]
        return sorted(found, key=lambda person: (person.name.casefold(), person.id))

    # Applying a plan -----------------------------------------------------------------------

    def _apply(self, plan: Plan) -> Change:
        """Store and drop what the plan says; never fails (everything was checked)."""
        t, ix = self._t, self._ix
        for credential_id in plan.drop_credentials:
            ix.remove_credential(t.credentials.pop(credential_id))
        for share_id in plan.drop_shares:
            ix.remove_share(t.shares.pop(share_id))
        for grant_id in plan.drop_grants:
            ix.remove_grant(t.grants.pop(grant_id))
        for bundle_id in plan.drop_bundles:
            ix.remove_bundle(t.bundles.pop(bundle_id))
        for door_id in plan.drop_doors:
            del t.doors[door_id]
        for organisation_id in plan.drop_organisations:
            del t.organisations[organisation_id]
        for person_id in plan.drop_people:
            ix.remove_person(t.people.pop(person_id))
        for person in plan.put_people.values():
            if (old := t.people.get(person.id)) is not None:
                ix.remove_person(old)
            t.people[person.id] = person
            ix.add_person(person)
        t.doors.update(plan.put_doors)
        t.organisations.update(plan.put_organisations)
        for bundle in plan.put_bundles.values():
            if (old_bundle := t.bundles.get(bundle.id)) is not None:
                ix.remove_bundle(old_bundle)
            t.bundles[bundle.id] = bundle
            ix.add_bundle(bundle)
        for grant in plan.put_grants.values():
            if (old_grant := t.grants.get(grant.id)) is not None:
                ix.remove_grant(old_grant)
            t.grants[grant.id] = grant
            ix.add_grant(grant)
        for share in plan.put_shares.values():
            if (old_share := t.shares.get(share.id)) is not None:
                ix.remove_share(old_share)
            t.shares[share.id] = share
            ix.add_share(share)
        for credential in plan.put_credentials.values():
            if (old_credential := t.credentials.get(credential.id)) is not None:
                ix.remove_credential(old_credential)
            t.credentials[credential.id] = credential
            ix.add_credential(credential)
        t.retired_pins |= plan.retire_pins
        t.next_credential_number = plan.next_credential_number
        return Change(
            operation=plan.operation,
            people=frozenset(plan.people | plan.put_people.keys() | plan.drop_people),
            doors=frozenset(plan.doors | plan.put_doors.keys() | plan.drop_doors),
            bundles=frozenset(plan.put_bundles.keys() | plan.drop_bundles),
            grants=frozenset(plan.put_grants.keys() | plan.drop_grants),
            shares=frozenset(plan.put_shares.keys() | plan.drop_shares),
            credentials=frozenset(plan.put_credentials.keys() | plan.drop_credentials),
            organisations=frozenset(plan.put_organisations.keys() | plan.drop_organisations),
            created=tuple(plan.created),
        )
