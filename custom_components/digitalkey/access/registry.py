"""One building's access registry: who holds which key, and every way to change that.

The Home Assistant layer keeps one `Registry` per building (config entry). It reads it
freely (`people`, `grants_of`, `grants_for_door`, `shares_to`, ...) and changes it only
through the operations below, each of which:

- validates everything first and raises `AccessError` (code + placeholders, see
  `errors.py`) before touching anything, so a refused operation leaves the registry as it
  was;
- takes the current time as `now` (aware) where it stamps or compares times: the model
  never reads a clock;
- returns a `Change`: the ids of the people, doors, bundles, grants and shares it touched
  (created, changed or removed) and, in `created`, the new ids in order. `Change.doors` is
  every door whose set of keys may differ afterwards, i.e. the doors to sync credentials to
  and to fire events for.

Cascades, so no id ever dangles (`schema.integrity_problems` is empty after every
operation):
- revoking a grant removes the shares made from it; a share also goes when its grant stops
  covering its door (door taken out of the bundle) or when its window no longer overlaps
  the grant's (the grant's validity was shortened); otherwise shares are clipped to the
  grant's new validity;
- turning sharing off for a grant revokes its active shares (they stay, marked revoked,
  until `prune_shares`);
- removing a person removes their grants and every share they made, and with it the link
  to their HA user; erasing a person (GDPR) also removes the shares given to their HA user
  and returns a pseudonym for the event log;
- removing a door drops it from bundles, removes the grants on that door and every share
  for it.

Shares are clipped, not refused, when asked for a longer window than their grant has: the
returned share shows the window it really got; only a share with no time left inside the
grant is refused (`share_outside_grant`).

Stored form: `to_dict()` / `Registry.from_dict()` (JSON-safe, see `schema.py`). The
building's country and time zone are not stored here: they come from Home Assistant's
configuration every time (`BuildingSettings`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import Enum, StrEnum, auto
import re
from types import MappingProxyType
from typing import Any, Final, Literal
from uuid import uuid4
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .contact import Country, Language, normalise_email, normalise_phone
from .errors import AccessError, ErrorCode
from .indexes import Indexes
from .model import (
    Bundle,
    Door,
    Grant,
    GrantKind,
    Person,
    Role,
    Share,
    ShareKind,
    check_window,
    utc,
)
from .schedules import WeeklySchedule
from .schema import SCHEMA_VERSION, Tables, decode, encode, integrity_problems

EMERGENCY_VALIDITY: Final = timedelta(hours=24)
"""How long an emergency key lasts unless the admin says otherwise."""
MAX_TEXT: Final = 200
"""Longest name, address, label or reason accepted."""

_HASH: Final = re.compile(r"[0-9a-f]{32,128}")
_COUNTRY_LANGUAGE: Final = {
    Country.NORWAY: Language.NORWEGIAN,
    Country.DENMARK: Language.DANISH,
    Country.NETHERLANDS: Language.DUTCH,
}


class _Unset(Enum):
    UNSET = auto()


UNSET: Final = _Unset.UNSET
"""Default of update arguments: leave the field as it is (`None` clears it)."""
type Maybe[T] = T | Literal[_Unset.UNSET]


def new_id() -> str:
    """A fresh opaque id (the default id factory)."""
    return uuid4().hex


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


@dataclass(frozen=True, slots=True)
class Change:
    """What an operation did, by id."""

    operation: str
    people: frozenset[str] = frozenset()
    doors: frozenset[str] = frozenset()
    bundles: frozenset[str] = frozenset()
    grants: frozenset[str] = frozenset()
    shares: frozenset[str] = frozenset()
    created: tuple[str, ...] = ()
    """Ids the operation created, in the order of its arguments."""
    pseudonym: str | None = None
    """`erase_person` only: the token that replaces the person's id in the event log."""

    @property
    def empty(self) -> bool:
        """Whether nothing changed (an operation with nothing to do)."""
        return not (self.people or self.doors or self.bundles or self.grants or self.shares)


@dataclass(frozen=True, slots=True)
class ShareAllowance:
    """Whether a person may share a door now, from which grant, and how many more times."""

    allowed: bool
    grant_id: str | None
    """The grant a new share would come from (the sharing one with the highest limit)."""
    limit: int
    active: int
    """Shares of that door by that person that count against the limit now."""
    refusal: ErrorCode | None

    @property
    def remaining(self) -> int:
        """Shares still allowed."""
        return max(self.limit - self.active, 0)


class _Plan:
    """Values to store and ids to drop, collected while validating, applied at once."""

    def __init__(self, operation: str) -> None:
        self.operation = operation
        self.put_people: dict[str, Person] = {}
        self.put_doors: dict[str, Door] = {}
        self.put_bundles: dict[str, Bundle] = {}
        self.put_grants: dict[str, Grant] = {}
        self.put_shares: dict[str, Share] = {}
        self.drop_people: set[str] = set()
        self.drop_doors: set[str] = set()
        self.drop_bundles: set[str] = set()
        self.drop_grants: set[str] = set()
        self.drop_shares: set[str] = set()
        self.people: set[str] = set()
        self.doors: set[str] = set()
        self.created: list[str] = []


def _text(value: str, name: str, *, required: bool = True) -> str:
    text = value.strip()
    if (required and not text) or len(text) > MAX_TEXT:
        raise AccessError(ErrorCode.INVALID_FIELD, field=name)
    return text


def _optional_text(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    return _text(value, name, required=False) or None


def _member[E: StrEnum](enum: type[E], value: E | str, name: str) -> E:
    """`value` as a member of `enum`, or `AccessError(INVALID_FIELD)`."""
    try:
        return enum(value)
    except ValueError:
        raise AccessError(
            ErrorCode.INVALID_FIELD, field=name, value=str(value)[:MAX_TEXT]
        ) from None


def _optional_utc(value: datetime | None, name: str) -> datetime | None:
    return None if value is None else utc(value, name)


class Registry:
    """People, doors, key bundles, grants and shares of one building, with their indexes."""

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
        self._ix = Indexes.build(
            self._t.people.values(),
            self._t.bundles.values(),
            self._t.grants.values(),
            self._t.shares.values(),
        )

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
    ) -> Registry:
        """A registry from its stored form of any supported layout (migrated, checked)."""
        return cls(settings, id_factory=id_factory, _tables=decode(data))

    def problems(self) -> list[str]:
        """Dangling references and stale indexes (ids only); empty unless something is broken.

        For diagnostics and tests: the operations keep this empty.
        """
        problems = integrity_problems(self._t)
        fresh = Indexes.build(
            self._t.people.values(),
            self._t.bundles.values(),
            self._t.grants.values(),
            self._t.shares.values(),
        )
        if fresh != self._ix:
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

    def share_allowance(self, person_id: str, door_id: str, now: datetime) -> ShareAllowance:
        """Whether the person may make one more share of the door now.

        The person needs a normal grant covering the door that allows sharing and has not
        expired (it may start later: the share is then clipped to start with it). With
        several, the one with the highest `share_limit` is used. Active shares are the
        person's shares of this door that are neither revoked, expired nor used up,
        whichever grant they came from; lowering a limit keeps the shares already made.
        """
        now = utc(now, "now")
        grants = self.grants_of_person_for_door(person_id, door_id)
        if not grants:
            return ShareAllowance(False, None, 0, 0, ErrorCode.NO_KEY)
        sharing = [
            grant
            for grant in grants
            if grant.kind is GrantKind.NORMAL
            and grant.may_share
            and (grant.valid_until is None or now < grant.valid_until)
        ]
        if not sharing:
            return ShareAllowance(False, None, 0, 0, ErrorCode.SHARING_NOT_ALLOWED)
        best = max(sharing, key=lambda grant: grant.share_limit)
        active = sum(
            1
            for share_id in self._ix.shares_by_person.get(person_id, ())
            if (share := self._t.shares[share_id]).door_id == door_id
            and share.counts_against_limit(now)
        )
        if active >= best.share_limit:
            return ShareAllowance(
                False, best.id, best.share_limit, active, ErrorCode.SHARE_LIMIT_REACHED
            )
        return ShareAllowance(True, best.id, best.share_limit, active, None)

    # Applying a plan -----------------------------------------------------------------------

    def _apply(self, plan: _Plan) -> Change:
        """Store and drop what the plan says; never fails (everything was checked)."""
        t, ix = self._t, self._ix
        for share_id in plan.drop_shares:
            ix.remove_share(t.shares.pop(share_id))
        for grant_id in plan.drop_grants:
            ix.remove_grant(t.grants.pop(grant_id))
        for bundle_id in plan.drop_bundles:
            ix.remove_bundle(t.bundles.pop(bundle_id))
        for door_id in plan.drop_doors:
            del t.doors[door_id]
        for person_id in plan.drop_people:
            ix.remove_person(t.people.pop(person_id))
        for person in plan.put_people.values():
            if (old := t.people.get(person.id)) is not None:
                ix.remove_person(old)
            t.people[person.id] = person
            ix.add_person(person)
        t.doors.update(plan.put_doors)
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
        return Change(
            operation=plan.operation,
            people=frozenset(plan.people | plan.put_people.keys() | plan.drop_people),
            doors=frozenset(plan.doors | plan.put_doors.keys() | plan.drop_doors),
            bundles=frozenset(plan.put_bundles.keys() | plan.drop_bundles),
            grants=frozenset(plan.put_grants.keys() | plan.drop_grants),
            shares=frozenset(plan.put_shares.keys() | plan.drop_shares),
            created=tuple(plan.created),
        )

    def _plan_drop_grant(self, plan: _Plan, grant: Grant) -> None:
        plan.drop_grants.add(grant.id)
        plan.people.add(grant.person_id)
        plan.doors |= self.doors_of(grant)
        for share_id in self._ix.shares_by_grant.get(grant.id, ()):
            self._plan_drop_share(plan, self._t.shares[share_id])

    def _plan_drop_share(self, plan: _Plan, share: Share) -> None:
        plan.drop_shares.add(share.id)
        plan.put_shares.pop(share.id, None)
        plan.people.add(share.from_person_id)
        plan.doors.add(share.door_id)

    def _plan_fit_shares(self, plan: _Plan, grant: Grant, doors: frozenset[str]) -> None:
        """Clip the grant's shares to its (new) window and doors; drop those left with none."""
        for share_id in self._ix.shares_by_grant.get(grant.id, ()):
            share = self._t.shares[share_id]
            start = share.valid_from
            if grant.valid_from is not None and start < grant.valid_from:
                start = grant.valid_from
            end = share.valid_until
            if grant.valid_until is not None and (end is None or end > grant.valid_until):
                end = grant.valid_until
            if share.door_id not in doors or (end is not None and end <= start):
                self._plan_drop_share(plan, share)
            elif (start, end) != (share.valid_from, share.valid_until):
                plan.put_shares[share.id] = replace(share, valid_from=start, valid_until=end)
                plan.doors.add(share.door_id)

    # People --------------------------------------------------------------------------------

    def _check_user_free(self, ha_user_id: str | None, person_id: str | None) -> str | None:
        if ha_user_id is None:
            return None
        user = _text(ha_user_id, "ha_user_id")
        holder = self._ix.person_by_user.get(user)
        if holder is not None and holder != person_id:
            raise AccessError(ErrorCode.HA_USER_ALREADY_LINKED)
        return user

    def add_person(
        self,
        name: str,
        *,
        role: Role,
        now: datetime,
        phone: str | None = None,
        email: str | None = None,
        dwelling: str | None = None,
        entrance: str | None = None,
        ha_user_id: str | None = None,
        consent: bool = False,
        language: Language | None = None,
    ) -> Change:
        """Add a person; phone and e-mail are normalised (`contact.py`).

        `language` defaults to the building's country's language.
        """
        now = utc(now, "now")
        person = Person(
            id=self._new_id(),
            name=_text(name, "name"),
            role=_member(Role, role, "role"),
            created_at=now,
            updated_at=now,
            phone=None if phone is None else normalise_phone(phone, self.settings.country),
            email=None if email is None else normalise_email(email),
            dwelling=_optional_text(dwelling, "dwelling"),
            entrance=_optional_text(entrance, "entrance"),
            ha_user_id=self._check_user_free(ha_user_id, None),
            consent=bool(consent),
            language=_member(
                Language, language or _COUNTRY_LANGUAGE[self.settings.country], "language"
            ),
        )
        plan = _Plan("add_person")
        plan.put_people[person.id] = person
        plan.created.append(person.id)
        return self._apply(plan)

    def update_person(
        self,
        person_id: str,
        *,
        now: datetime,
        name: Maybe[str] = UNSET,
        role: Maybe[Role] = UNSET,
        phone: Maybe[str | None] = UNSET,
        email: Maybe[str | None] = UNSET,
        dwelling: Maybe[str | None] = UNSET,
        entrance: Maybe[str | None] = UNSET,
        ha_user_id: Maybe[str | None] = UNSET,
        consent: Maybe[bool] = UNSET,
        language: Maybe[Language] = UNSET,
    ) -> Change:
        """Change some of a person's details (rectification); `UNSET` leaves a field."""
        now = utc(now, "now")
        old = self.person(person_id)
        changes: dict[str, Any] = {}
        if name is not UNSET:
            changes["name"] = _text(name, "name")
        if role is not UNSET:
            changes["role"] = _member(Role, role, "role")
        if phone is not UNSET:
            changes["phone"] = (
                None if phone is None else normalise_phone(phone, self.settings.country)
            )
        if email is not UNSET:
            changes["email"] = None if email is None else normalise_email(email)
        if dwelling is not UNSET:
            changes["dwelling"] = _optional_text(dwelling, "dwelling")
        if entrance is not UNSET:
            changes["entrance"] = _optional_text(entrance, "entrance")
        if ha_user_id is not UNSET:
            changes["ha_user_id"] = self._check_user_free(ha_user_id, person_id)
        if consent is not UNSET:
            changes["consent"] = bool(consent)
        if language is not UNSET:
            changes["language"] = _member(Language, language, "language")
        plan = _Plan("update_person")
        plan.put_people[person_id] = replace(old, **changes, updated_at=now)
        return self._apply(plan)

    def _plan_remove_person(self, plan: _Plan, person: Person) -> None:
        plan.drop_people.add(person.id)
        for grant_id in self._ix.grants_by_person.get(person.id, ()):
            self._plan_drop_grant(plan, self._t.grants[grant_id])
        for share_id in self._ix.shares_by_person.get(person.id, ()):
            self._plan_drop_share(plan, self._t.shares[share_id])

    def remove_person(self, person_id: str) -> Change:
        """Remove a person, their grants and every share they made; unlinks their HA user.

        Shares others gave to the person's HA user stay: they were given to the user.
        """
        person = self.person(person_id)
        plan = _Plan("remove_person")
        self._plan_remove_person(plan, person)
        return self._apply(plan)

    def erase_person(self, person_id: str) -> Change:
        """Forget a person entirely (right to erasure) and return a pseudonym for the log.

        As `remove_person`, and also removes the shares given to the person's HA user.
        The event log (kept elsewhere) replaces the person's id with `Change.pseudonym`, so
        counts stay right but nothing leads back to the person.
        """
        person = self.person(person_id)
        plan = _Plan("erase_person")
        self._plan_remove_person(plan, person)
        if person.ha_user_id is not None:
            for share in self.shares_to(ShareKind.HA_USER, person.ha_user_id):
                self._plan_drop_share(plan, share)
        pseudonym = f"erased-{self._new_id()}"
        return replace(self._apply(plan), pseudonym=pseudonym)

    def forget_ha_user(self, ha_user_id: str) -> Change:
        """A Home Assistant user was deleted: unlink its person, remove shares given to it."""
        plan = _Plan("forget_ha_user")
        person = self.person_for_user(ha_user_id)
        if person is not None:
            plan.put_people[person.id] = replace(person, ha_user_id=None)
        for share in self.shares_to(ShareKind.HA_USER, ha_user_id):
            self._plan_drop_share(plan, share)
        return self._apply(plan)

    # Doors and bundles ----------------------------------------------------------------------

    def add_door(
        self,
        door_id: str,
        name: str,
        *,
        address: str | None = None,
        entrance: str | None = None,
    ) -> Change:
        """Add a paired door under its subentry id."""
        door_id = _text(door_id, "door_id")
        if door_id in self._t.doors:
            raise AccessError(ErrorCode.DOOR_EXISTS, door_id=door_id)
        plan = _Plan("add_door")
        plan.put_doors[door_id] = Door(
            id=door_id,
            name=_text(name, "name"),
            address=_optional_text(address, "address"),
            entrance=_optional_text(entrance, "entrance"),
        )
        plan.created.append(door_id)
        return self._apply(plan)

    def update_door(
        self,
        door_id: str,
        *,
        name: Maybe[str] = UNSET,
        address: Maybe[str | None] = UNSET,
        entrance: Maybe[str | None] = UNSET,
    ) -> Change:
        """Rename a door or change its address or entrance."""
        old = self.door(door_id)
        changes: dict[str, Any] = {}
        if name is not UNSET:
            changes["name"] = _text(name, "name")
        if address is not UNSET:
            changes["address"] = _optional_text(address, "address")
        if entrance is not UNSET:
            changes["entrance"] = _optional_text(entrance, "entrance")
        plan = _Plan("update_door")
        plan.put_doors[door_id] = replace(old, **changes)
        return self._apply(plan)

    def remove_door(self, door_id: str) -> Change:
        """Remove a door: out of every bundle, its grants and all its shares removed."""
        self.door(door_id)
        plan = _Plan("remove_door")
        plan.drop_doors.add(door_id)
        for bundle in self.bundles_with_door(door_id):
            plan.put_bundles[bundle.id] = replace(bundle, door_ids=bundle.door_ids - {door_id})
            plan.people |= {grant.person_id for grant in self.grants_for_bundle(bundle.id)}
        for grant_id in self._ix.grants_by_door.get(door_id, ()):
            self._plan_drop_grant(plan, self._t.grants[grant_id])
        for share_id in self._ix.shares_by_door.get(door_id, ()):
            self._plan_drop_share(plan, self._t.shares[share_id])
        return self._apply(plan)

    def _known_doors(self, door_ids: Iterable[str]) -> frozenset[str]:
        doors = frozenset(door_ids)
        for door_id in sorted(doors):
            self.door(door_id)
        return doors

    def create_bundle(self, name: str, door_ids: Iterable[str] = ()) -> Change:
        """Create a key bundle of known doors."""
        bundle = Bundle(
            id=self._new_id(), name=_text(name, "name"), door_ids=self._known_doors(door_ids)
        )
        plan = _Plan("create_bundle")
        plan.put_bundles[bundle.id] = bundle
        plan.created.append(bundle.id)
        return self._apply(plan)

    def update_bundle(
        self,
        bundle_id: str,
        *,
        name: Maybe[str] = UNSET,
        door_ids: Maybe[Iterable[str]] = UNSET,
    ) -> Change:
        """Rename a bundle or set its doors.

        Every holder of the bundle gains the doors added and loses the doors taken out,
        together with the shares they made of those doors from this bundle.
        """
        old = self.bundle(bundle_id)
        new = old
        if name is not UNSET:
            new = replace(new, name=_text(name, "name"))
        if door_ids is not UNSET:
            new = replace(new, door_ids=self._known_doors(door_ids))
        plan = _Plan("update_bundle")
        plan.put_bundles[bundle_id] = new
        moved = old.door_ids ^ new.door_ids
        if moved:
            plan.doors |= moved
            for grant in self.grants_for_bundle(bundle_id):
                plan.people.add(grant.person_id)
                self._plan_fit_shares(plan, grant, new.door_ids)
        return self._apply(plan)

    def delete_bundle(self, bundle_id: str, *, revoke_grants: bool = False) -> Change:
        """Delete a bundle; refused while people hold it unless `revoke_grants` is set.

        A bundle can hold a whole building's keys: deleting it by mistake should not take
        everyone's keys away silently, so the caller says so explicitly.
        """
        bundle = self.bundle(bundle_id)
        grants = self.grants_for_bundle(bundle_id)
        if grants and not revoke_grants:
            raise AccessError(ErrorCode.BUNDLE_IN_USE, grants=len(grants))
        plan = _Plan("delete_bundle")
        for grant in grants:
            self._plan_drop_grant(plan, grant)
        plan.drop_bundles.add(bundle_id)
        plan.doors |= bundle.door_ids if grants else frozenset()
        return self._apply(plan)

    # Grants --------------------------------------------------------------------------------

    def _targets(
        self, door_ids: Iterable[str], bundle_ids: Iterable[str]
    ) -> list[tuple[str | None, str | None]]:
        doors = sorted(set(door_ids))
        bundles = sorted(set(bundle_ids))
        for door_id in doors:
            self.door(door_id)
        for bundle_id in bundles:
            self.bundle(bundle_id)
        return [(door_id, None) for door_id in doors] + [(None, b) for b in bundles]

    def _people_list(self, person_ids: Iterable[str]) -> list[str]:
        people = list(dict.fromkeys(person_ids))
        for person_id in people:
            self.person(person_id)
        return people

    def grant_access(
        self,
        person_ids: Iterable[str],
        *,
        now: datetime,
        door_ids: Iterable[str] = (),
        bundle_ids: Iterable[str] = (),
        valid_from: datetime | None = None,
        valid_until: datetime | None = None,
        schedule: WeeklySchedule | None = None,
        may_share: bool = False,
        share_limit: int = 0,
        created_by: str | None = None,
    ) -> Change:
        """Give every person a key to every door and bundle listed, on the same terms.

        A person who already holds a normal grant to one of these doors or bundles gets
        that grant's terms replaced (same id): this is also how validity, schedule and
        sharing rights are edited. Their shares from it are then clipped to the new window
        (and revoked if sharing is no longer allowed).
        """
        now = utc(now, "now")
        valid_from = _optional_utc(valid_from, "valid_from")
        valid_until = _optional_utc(valid_until, "valid_until")
        check_window(valid_from, valid_until)
        if valid_until is not None and valid_until <= now:
            raise AccessError(ErrorCode.INVALID_WINDOW, field="valid_until")
        if isinstance(share_limit, bool) or share_limit < 0:
            raise AccessError(ErrorCode.INVALID_FIELD, field="share_limit", value=share_limit)
        people = self._people_list(person_ids)
        targets = self._targets(door_ids, bundle_ids)
        if not people or not targets:
            raise AccessError(ErrorCode.NOTHING_TO_GRANT)
        plan = _Plan("grant_access")
        for person_id in people:
            held = {
                (grant.door_id, grant.bundle_id): grant
                for grant in self.grants_of(person_id)
                if grant.kind is GrantKind.NORMAL
            }
            for door_id, bundle_id in targets:
                old = held.get((door_id, bundle_id))
                grant = Grant(
                    id=old.id if old is not None else self._new_id(),
                    person_id=person_id,
                    door_id=door_id,
                    bundle_id=bundle_id,
                    created_at=old.created_at if old is not None else now,
                    valid_from=valid_from,
                    valid_until=valid_until,
                    schedule=schedule,
                    may_share=bool(may_share),
                    share_limit=share_limit,
                    created_by=created_by if old is None else old.created_by,
                )
                plan.put_grants[grant.id] = grant
                plan.people.add(person_id)
                plan.doors |= self.doors_of(grant)
                if old is None:
                    plan.created.append(grant.id)
                else:
                    self._plan_fit_shares(plan, grant, self.doors_of(grant))
                    if not grant.may_share:
                        self._plan_revoke_shares_of(plan, grant.id, now)
        return self._apply(plan)

    def _plan_revoke_shares_of(self, plan: _Plan, grant_id: str, now: datetime) -> None:
        for share_id in self._ix.shares_by_grant.get(grant_id, ()):
            if share_id in plan.drop_shares:
                continue
            share = plan.put_shares.get(share_id, self._t.shares[share_id])
            if share.revoked_at is None:
                plan.put_shares[share_id] = replace(share, revoked_at=now)
                plan.people.add(share.from_person_id)
                plan.doors.add(share.door_id)

    def revoke_access(self, grant_ids: Iterable[str]) -> Change:
        """Take keys away: the grants and every share made from them are removed."""
        grants = [self.grant(grant_id) for grant_id in dict.fromkeys(grant_ids)]
        plan = _Plan("revoke_access")
        for grant in grants:
            self._plan_drop_grant(plan, grant)
        return self._apply(plan)

    def set_sharing(
        self, grant_ids: Iterable[str], *, may_share: bool, share_limit: int, now: datetime
    ) -> Change:
        """Set sharing rights on grants; turning sharing off revokes their active shares.

        Lowering the limit keeps shares already made: new ones wait until fewer are active.
        Emergency keys cannot be shared.
        """
        now = utc(now, "now")
        if isinstance(share_limit, bool) or share_limit < 0:
            raise AccessError(ErrorCode.INVALID_FIELD, field="share_limit", value=share_limit)
        grants = [self.grant(grant_id) for grant_id in dict.fromkeys(grant_ids)]
        if may_share and any(grant.kind is GrantKind.EMERGENCY for grant in grants):
            raise AccessError(ErrorCode.SHARING_NOT_ALLOWED)
        plan = _Plan("set_sharing")
        for grant in grants:
            plan.put_grants[grant.id] = replace(
                grant, may_share=bool(may_share), share_limit=share_limit
            )
            plan.people.add(grant.person_id)
            if not may_share:
                self._plan_revoke_shares_of(plan, grant.id, now)
        return self._apply(plan)

    def issue_emergency_key(
        self,
        person_id: str,
        *,
        reason: str,
        admin_user_id: str,
        now: datetime,
        door_ids: Iterable[str] = (),
        bundle_ids: Iterable[str] = (),
        valid_until: datetime | None = None,
    ) -> Change:
        """An admin gives a person an emergency key ("akutnøgle") at once.

        Valid from `now` until `valid_until` (default 24 hours), at any time of day
        (schedules do not apply), never shareable; the reason and the admin are kept.
        """
        now = utc(now, "now")
        until = _optional_utc(valid_until, "valid_until") or now + EMERGENCY_VALIDITY
        if until <= now:
            raise AccessError(ErrorCode.INVALID_WINDOW, field="valid_until")
        why = reason.strip()
        if not why:
            raise AccessError(ErrorCode.REASON_REQUIRED)
        why = _text(why, "reason")
        admin = _text(admin_user_id, "admin_user_id")
        self.person(person_id)
        targets = self._targets(door_ids, bundle_ids)
        if not targets:
            raise AccessError(ErrorCode.NOTHING_TO_GRANT)
        plan = _Plan("issue_emergency_key")
        for door_id, bundle_id in targets:
            grant = Grant(
                id=self._new_id(),
                person_id=person_id,
                door_id=door_id,
                bundle_id=bundle_id,
                created_at=now,
                kind=GrantKind.EMERGENCY,
                valid_from=now,
                valid_until=until,
                created_by=admin,
                reason=why,
            )
            plan.put_grants[grant.id] = grant
            plan.people.add(person_id)
            plan.doors |= self.doors_of(grant)
            plan.created.append(grant.id)
        return self._apply(plan)

    # Shares --------------------------------------------------------------------------------

    def share_key(
        self,
        person_id: str,
        door_id: str,
        *,
        target: str,
        now: datetime,
        kind: ShareKind = ShareKind.HA_USER,
        valid_from: datetime | None = None,
        valid_until: datetime | None = None,
        use_limit: int | None = None,
        notify_on_use: bool = False,
        label: str | None = None,
    ) -> Change:
        """The person passes their key to one door on to `target`.

        Allowed by `share_allowance`. The window defaults to from now, open-ended, and is
        clipped to the grant's validity; a share with nothing left is refused. For `pin`
        and `link` shares `target` must be a lower-case hex hash (32-128 digits): this
        refuses a PIN or token passed by mistake instead of its hash.
        """
        now = utc(now, "now")
        person = self.person(person_id)
        self.door(door_id)
        kind = _member(ShareKind, kind, "kind")
        target = target.strip()
        if kind is ShareKind.HA_USER:
            target = _text(target, "target")
            if target == person.ha_user_id:
                raise AccessError(ErrorCode.SHARE_TO_SELF)
        elif not _HASH.fullmatch(target):
            raise AccessError(ErrorCode.INVALID_SHARE_TARGET, kind=kind.value)
        if use_limit is not None and (isinstance(use_limit, bool) or use_limit < 1):
            raise AccessError(ErrorCode.INVALID_FIELD, field="use_limit", value=use_limit)
        start = _optional_utc(valid_from, "valid_from") or now
        end = _optional_utc(valid_until, "valid_until")
        check_window(start, end)
        if end is not None and end <= now:
            raise AccessError(ErrorCode.INVALID_WINDOW, field="valid_until")
        allowance = self.share_allowance(person_id, door_id, now)
        if not allowance.allowed:
            assert allowance.refusal is not None
            raise AccessError(allowance.refusal, limit=allowance.limit, door_id=door_id)
        grant = self._t.grants[allowance.grant_id or ""]
        if grant.valid_from is not None and start < grant.valid_from:
            start = grant.valid_from
        if grant.valid_until is not None and (end is None or end > grant.valid_until):
            end = grant.valid_until
        if end is not None and end <= start:
            raise AccessError(ErrorCode.SHARE_OUTSIDE_GRANT)
        share = Share(
            id=self._new_id(),
            grant_id=grant.id,
            from_person_id=person_id,
            door_id=door_id,
            kind=kind,
            target=target,
            created_at=now,
            valid_from=start,
            valid_until=end,
            use_limit=use_limit,
            notify_on_use=bool(notify_on_use),
            label=_optional_text(label, "label"),
        )
        plan = _Plan("share_key")
        plan.put_shares[share.id] = share
        plan.people.add(person_id)
        plan.doors.add(door_id)
        plan.created.append(share.id)
        return self._apply(plan)

    def revoke_share(self, share_id: str, *, now: datetime) -> Change:
        """Revoke a share (kept, marked revoked, until pruned). Revoking twice does nothing.

        Who may revoke (the sharer or an admin) is the caller's check.
        """
        now = utc(now, "now")
        share = self.share(share_id)
        plan = _Plan("revoke_share")
        if share.revoked_at is None:
            plan.put_shares[share_id] = replace(share, revoked_at=now)
            plan.people.add(share.from_person_id)
            plan.doors.add(share.door_id)
        return self._apply(plan)

    def record_share_use(self, share_id: str, *, now: datetime) -> Change:
        """Count one open made with the share; refused if the share cannot be used now."""
        now = utc(now, "now")
        share = self.share(share_id)
        grant = self._t.grants[share.grant_id]
        if not share.usable_at(now) or not grant.valid_at(now):
            raise AccessError(ErrorCode.SHARE_NOT_ACTIVE, share_id=share_id)
        plan = _Plan("record_share_use")
        plan.put_shares[share_id] = replace(share, uses=share.uses + 1)
        plan.people.add(share.from_person_id)
        if share.use_limit is not None and share.uses + 1 >= share.use_limit:
            plan.doors.add(share.door_id)
        return self._apply(plan)

    def prune_shares(self, before: datetime) -> Change:
        """Remove shares revoked or expired before `before` (history kept in the event log)."""
        before = utc(before, "before")
        plan = _Plan("prune_shares")
        for share in self._t.shares.values():
            if (share.revoked_at is not None and share.revoked_at < before) or (
                share.valid_until is not None and share.valid_until <= before
            ):
                self._plan_drop_share(plan, share)
        return self._apply(plan)
