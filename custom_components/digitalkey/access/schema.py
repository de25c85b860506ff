"""The registry's stored layout: a versioned, JSON-safe dict, and its migrations.

The Home Assistant layer keeps this dict inside the building's `Store` file (whose own
version covers the file around it); `schema_version` here versions the access data alone,
so the access model can change its layout without the HA layer knowing how.

Layout version 3 (version 2 is the same without `organisations`, version 1 also without
the three keys before it):

    {"schema_version": 3,
     "people": [Person.to_json(), ...], "doors": [...], "bundles": [...],
     "grants": [...], "shares": [...],
     "credentials": [Credential.to_json(), ...], "next_credential_number": 1,
     "retired_pins": [lookup, ...],
     "organisations": [Organisation.to_json(), ...]}

A person's `organisation_id` and a grant's are optional fields, left out when not set, so
version 2's people and grants read unchanged.

`next_credential_number` is the counter credential numbers are drawn from (never reused:
a unit's log names a credential by number, and an old record must not name a new holder).
`retired_pins` are the lookups of blocked PINs that were removed since: a leaked PIN is
never handed to anyone else (`credentials.py`).

Times are ISO 8601 strings with offset, schedules `[[weekday, start, end], ...]`, sets
sorted lists; a field whose value is `None` is left out (most of a grant's fields are
unset). Reading checks every reference (`integrity_problems`), so a registry never starts
from data with a dangling id.

How a layout change is made: raise `SCHEMA_VERSION` and add `MIGRATIONS[n]`, a function
that takes a version-n dict and returns the version n + 1 dict (pure, no I/O; it may assume
version n is valid). `migrate` runs the steps in order from the stored version, so
a file several versions old goes through each step. A file newer than this code is refused
(`schema_too_new`) rather than read wrongly.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from .errors import AccessError, ErrorCode
from .model import (
    MAX_CREDENTIAL_NUMBER,
    Bundle,
    Credential,
    CredentialKind,
    Door,
    Grant,
    GrantKind,
    Organisation,
    Person,
    Share,
    ShareKind,
)

SCHEMA_VERSION: Final = 3

type Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _add_credentials(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 → 2: PIN codes and tags (none yet), their number counter, no retired PINs."""
    return {**data, "credentials": [], "next_credential_number": 1, "retired_pins": []}


def _add_organisations(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 → 3: organisations (none yet); people and grants belong to none."""
    return {**data, "organisations": []}


MIGRATIONS: Final[Mapping[int, Migration]] = {1: _add_credentials, 2: _add_organisations}
"""`MIGRATIONS[n]` turns layout n into layout n + 1."""


def migrate(
    data: Mapping[str, Any],
    *,
    migrations: Mapping[int, Migration] = MIGRATIONS,
    target: int = SCHEMA_VERSION,
) -> dict[str, Any]:
    """`data` brought up to layout `target`, one migration step at a time."""
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise AccessError(ErrorCode.INVALID_DATA, detail="schema_version")
    if version > target:
        raise AccessError(ErrorCode.SCHEMA_TOO_NEW, version=version, supported=target)
    current = dict(data)
    while version < target:
        step = migrations.get(version)
        if step is None:
            raise AccessError(ErrorCode.INVALID_DATA, detail=f"no migration from {version}")
        current = step(current)
        version += 1
        current["schema_version"] = version
    return current


@dataclass
class Tables:
    """Everything a registry stores, by id."""

    people: dict[str, Person] = field(default_factory=dict)
    doors: dict[str, Door] = field(default_factory=dict)
    bundles: dict[str, Bundle] = field(default_factory=dict)
    grants: dict[str, Grant] = field(default_factory=dict)
    shares: dict[str, Share] = field(default_factory=dict)
    credentials: dict[str, Credential] = field(default_factory=dict)
    next_credential_number: int = 1
    retired_pins: set[str] = field(default_factory=set)
    """Lookups of blocked PINs since removed: refused for every new credential."""
    organisations: dict[str, Organisation] = field(default_factory=dict)


def encode(tables: Tables) -> dict[str, Any]:
    """The stored form of `tables`, in the current layout."""
    return {
        "schema_version": SCHEMA_VERSION,
        "people": [person.to_json() for person in tables.people.values()],
        "doors": [door.to_json() for door in tables.doors.values()],
        "bundles": [bundle.to_json() for bundle in tables.bundles.values()],
        "grants": [grant.to_json() for grant in tables.grants.values()],
        "shares": [share.to_json() for share in tables.shares.values()],
        "credentials": [credential.to_json() for credential in tables.credentials.values()],
        "next_credential_number": tables.next_credential_number,
        "retired_pins": sorted(tables.retired_pins),
        "organisations": [item.to_json() for item in tables.organisations.values()],
    }


def decode(data: Mapping[str, Any]) -> Tables:
    """Tables from a stored dict of any supported layout, with every reference checked."""
    current = migrate(data)
    try:
        tables = Tables(
            people=_by_id(Person.from_json(item) for item in current.get("people", [])),
            doors=_by_id(Door.from_json(item) for item in current.get("doors", [])),
            bundles=_by_id(Bundle.from_json(item) for item in current.get("bundles", [])),
            grants=_by_id(Grant.from_json(item) for item in current.get("grants", [])),
            shares=_by_id(Share.from_json(item) for item in current.get("shares", [])),
            credentials=_by_id(
                Credential.from_json(item) for item in current.get("credentials", [])
            ),
            next_credential_number=_counter(current.get("next_credential_number", 1)),
            retired_pins={str(lookup) for lookup in current.get("retired_pins", [])},
            organisations=_by_id(
                Organisation.from_json(item) for item in current.get("organisations", [])
            ),
        )
    except AccessError as err:
        raise AccessError(ErrorCode.INVALID_DATA, detail=err.code.value) from err
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise AccessError(ErrorCode.INVALID_DATA, detail=type(err).__name__) from err
    problems = integrity_problems(tables)
    if problems:
        raise AccessError(ErrorCode.INVALID_DATA, detail=problems[0])
    return tables


def _counter(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("next_credential_number")
    return value


def _by_id[T: Person | Door | Bundle | Grant | Share | Credential | Organisation](
    items: Any,
) -> dict[str, T]:
    table: dict[str, T] = {}
    for item in items:
        if item.id in table:
            raise AccessError(ErrorCode.INVALID_DATA, detail=f"duplicate id {item.id}")
        table[item.id] = item
    return table


def integrity_problems(tables: Tables) -> list[str]:
    """Every dangling or contradictory reference in `tables` (ids only, no personal data).

    Empty for any registry the operations built: each grant's person and door or bundle
    exist; each bundle's doors exist; each share's grant exists, belongs to its sharer and
    covers its door; a share's window lies within its grant's; an HA user is linked to at
    most one person; each credential's holder exists, a share holding one is a PIN share
    whose target is that credential's lookup and holds no other, numbers are unique and
    below the counter, and no two credentials of a kind (nor a retired PIN) share a lookup;
    each organisation's doors and bundles exist and its managers are its staff; a person's
    organisation exists; a key given through an organisation is a normal key of its staff.
    """
    problems: list[str] = []
    linked: set[str] = set()
    for person in tables.people.values():
        if person.ha_user_id is not None:
            if person.ha_user_id in linked:
                problems.append(f"person {person.id}: HA user linked twice")
            linked.add(person.ha_user_id)
    for bundle in tables.bundles.values():
        problems.extend(
            f"bundle {bundle.id}: unknown door {door_id}"
            for door_id in sorted(bundle.door_ids - tables.doors.keys())
        )
    problems.extend(_organisation_problems(tables))
    for grant in tables.grants.values():
        if grant.person_id not in tables.people:
            problems.append(f"grant {grant.id}: unknown person")
        if grant.door_id is not None and grant.door_id not in tables.doors:
            problems.append(f"grant {grant.id}: unknown door")
        if grant.bundle_id is not None and grant.bundle_id not in tables.bundles:
            problems.append(f"grant {grant.id}: unknown bundle")
    for share in tables.shares.values():
        problems.extend(_share_problems(share, tables))
    problems.extend(_credential_problems(tables))
    return problems


def _organisation_problems(tables: Tables) -> list[str]:
    problems: list[str] = []
    for organisation in tables.organisations.values():
        where = f"organisation {organisation.id}"
        problems.extend(
            f"{where}: unknown door {door_id}"
            for door_id in sorted(organisation.door_ids - tables.doors.keys())
        )
        problems.extend(
            f"{where}: unknown bundle {bundle_id}"
            for bundle_id in sorted(organisation.bundle_ids - tables.bundles.keys())
        )
        for person_id in sorted(organisation.manager_ids):
            person = tables.people.get(person_id)
            if person is None or person.organisation_id != organisation.id:
                problems.append(f"{where}: manager {person_id} is not its staff")
    for person in tables.people.values():
        if person.organisation_id is not None and person.organisation_id not in (
            tables.organisations
        ):
            problems.append(f"person {person.id}: unknown organisation")
    for grant in tables.grants.values():
        if grant.organisation_id is None:
            continue
        holder = tables.people.get(grant.person_id)
        if grant.organisation_id not in tables.organisations:
            problems.append(f"grant {grant.id}: unknown organisation")
        elif holder is not None and holder.organisation_id != grant.organisation_id:
            problems.append(f"grant {grant.id}: its holder is not the organisation's staff")
        if grant.kind is not GrantKind.NORMAL:
            problems.append(f"grant {grant.id}: an organisation's key is a normal key")
    return problems


def _credential_problems(tables: Tables) -> list[str]:
    problems: list[str] = []
    if not 1 <= tables.next_credential_number <= MAX_CREDENTIAL_NUMBER + 1:
        problems.append("credential number counter out of range")
    numbers: set[int] = set()
    lookups: set[tuple[CredentialKind, str]] = {
        (CredentialKind.PIN, lookup) for lookup in tables.retired_pins
    }
    held_shares: set[str] = set()
    for credential in tables.credentials.values():
        where = f"credential {credential.id}"
        if credential.number in numbers:
            problems.append(f"{where}: number used twice")
        if credential.number >= tables.next_credential_number:
            problems.append(f"{where}: number not drawn from the counter")
        numbers.add(credential.number)
        if (credential.kind, credential.lookup) in lookups:
            problems.append(f"{where}: value held twice")
        lookups.add((credential.kind, credential.lookup))
        if credential.person_id is not None and credential.person_id not in tables.people:
            problems.append(f"{where}: unknown person")
        if credential.share_id is not None:
            share = tables.shares.get(credential.share_id)
            if share is None:
                problems.append(f"{where}: unknown share")
            elif share.kind is not ShareKind.PIN or share.target != credential.lookup:
                problems.append(f"{where}: its share is not the PIN share of this PIN")
            if credential.share_id in held_shares:
                problems.append(f"{where}: share holds two credentials")
            held_shares.add(credential.share_id)
    return problems


def _share_problems(share: Share, tables: Tables) -> list[str]:
    grant = tables.grants.get(share.grant_id)
    if grant is None:
        return [f"share {share.id}: unknown grant"]
    problems = []
    if share.from_person_id != grant.person_id:
        problems.append(f"share {share.id}: sharer is not the grant's holder")
    if share.door_id not in tables.doors:
        problems.append(f"share {share.id}: unknown door")
    covered = (
        share.door_id == grant.door_id
        if grant.door_id is not None
        else grant.bundle_id in tables.bundles
        and share.door_id in tables.bundles[grant.bundle_id].door_ids
    )
    if not covered:
        problems.append(f"share {share.id}: door not in its grant")
    if grant.valid_from is not None and share.valid_from < grant.valid_from:
        problems.append(f"share {share.id}: starts before its grant")
    if grant.valid_until is not None and (
        share.valid_until is None or share.valid_until > grant.valid_until
    ):
        problems.append(f"share {share.id}: ends after its grant")
    return problems
