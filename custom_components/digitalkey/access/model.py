"""What the access registry holds: people, doors, key bundles, grants and shares.

Plain frozen dataclasses with opaque string ids (drawn by the registry, see
`registry.Registry`); a change is a new value put in place by the registry, never an edit
in place. Times are aware UTC datetimes; validity windows are half-open
(`valid_from <= t < valid_until`, either end open when `None`).

- `Person`: someone the building knows, with contact details in normal form
  (`contact.py`), a role and, when they use Home Assistant, the id of their HA user.
- `Door`: a paired door unit; its id is the unit's config subentry id.
- `Bundle` ("nøglebundt"): a named set of doors. A grant on a bundle covers the doors in it
  at the time of the decision, so adding a door to a bundle gives it to every holder.
- `Grant`: a person's key to a door or a bundle: validity window, weekly schedule
  (`None` = always), sharing rights and, for an emergency key, the reason and the admin
  who issued it. Emergency keys ignore schedules and cannot be shared.
- `Share`: a key a grant holder passed on for one door of that grant, to a target of a
  `ShareKind`: a Home Assistant user today; a PIN or a link later, whose `target` is then
  the credential's or token's hash (never the PIN or token itself), so those kinds need no
  new layout. A share lives within its grant: its window is clipped to the grant's when
  made (and again whenever the grant changes), it uses the grant's schedule, and it goes
  when the grant goes. A link share may name the language its guest page is written in
  (left out of the stored form when not set, so older files read unchanged).
- `Organisation`: a service provider the board lets use the system (home care, the
  newspaper, a caretaker company): the doors and bundles it was given, the window and weekly
  hours it holds them in, and its managers, who give and take keys for its staff
  (`staff_keys.py`). A person is staff of at most one organisation (`Person.organisation_id`);
  a key a manager gave records it (`Grant.organisation_id`) and opens only while the
  organisation holds that door (`holds.py`).
- `Credential`: a PIN code or a tag UID that opens doors without the app, held by a person
  (for all their grants) or by a PIN share (for that share). The value itself is kept only
  sealed (`credential_vault.py`) and as a keyed `lookup` hash for uniqueness; `number` names
  the credential's records on the door units.

Every class has `to_json()` / `from_json()` for the registry's stored form.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Final

from .contact import Language
from .errors import AccessError, ErrorCode
from .schedules import WeeklySchedule


class Role(StrEnum):
    """What a person is to the housing company."""

    OWNER = "owner"
    TENANT = "tenant"
    BOARD = "board"
    CARETAKER = "caretaker"
    SERVICE_PROVIDER = "service_provider"


class GrantKind(StrEnum):
    """A normal key, or an emergency key ("akutnøgle") issued directly by an admin."""

    NORMAL = "normal"
    EMERGENCY = "emergency"


class ShareKind(StrEnum):
    """Who or what a share was given to; `target` is read accordingly."""

    HA_USER = "ha_user"
    """`target` is a Home Assistant user id."""
    PIN = "pin"
    """`target` is the hash of a PIN credential (keypad doors)."""
    LINK = "link"
    """`target` is the hash of a link token a guest opens in a browser."""


class CredentialKind(StrEnum):
    """What a credential is: typed at a door's keypad, or held to its tag reader."""

    PIN = "pin"
    TAG = "tag"


MAX_CREDENTIAL_NUMBER: Final = (1 << 26) - 1
"""A credential's records on a unit have ids `number << 6 | slot`, which must fit 32 bits."""


def utc(value: datetime, name: str) -> datetime:
    """`value` in UTC; naive datetimes are refused (their zone would be a guess)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise AccessError(ErrorCode.INVALID_TIME, field=name)
    return value if value.tzinfo is UTC else value.astimezone(UTC)


def check_window(valid_from: datetime | None, valid_until: datetime | None) -> None:
    """Refuse a validity window that ends at or before it starts."""
    if valid_from is not None and valid_until is not None and valid_until <= valid_from:
        raise AccessError(ErrorCode.INVALID_WINDOW, field="valid_until")


def within(at: datetime, valid_from: datetime | None, valid_until: datetime | None) -> bool:
    """Whether `at` is inside the half-open window."""
    return (valid_from is None or valid_from <= at) and (valid_until is None or at < valid_until)


def _sparse(data: dict[str, Any]) -> dict[str, Any]:
    """`data` without its `None` values: the stored form leaves out what is not set."""
    return {key: value for key, value in data.items() if value is not None}


def _time(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _parse_time(value: Any) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


@dataclass(frozen=True, slots=True)
class Person:
    """A resident, board member, caretaker or service provider."""

    id: str
    name: str
    role: Role
    created_at: datetime
    updated_at: datetime
    phone: str | None = None
    """E.164, see `contact.normalise_phone`."""
    email: str | None = None
    dwelling: str | None = None
    """Flat number as the housing company writes it ("H0203", "12B")."""
    entrance: str | None = None
    ha_user_id: str | None = None
    consent: bool = False
    """Consent to digital communication: without it the person gets keys but no messages."""
    language: Language = Language.ENGLISH
    organisation_id: str | None = None
    """The organisation the person works for (its staff), if any; set by the registry's
    staff operations only."""

    def to_json(self) -> dict[str, Any]:
        """The stored form."""
        return _sparse(
            {
                "id": self.id,
                "name": self.name,
                "role": self.role.value,
                "created_at": self.created_at.isoformat(),
                "updated_at": self.updated_at.isoformat(),
                "phone": self.phone,
                "email": self.email,
                "dwelling": self.dwelling,
                "entrance": self.entrance,
                "ha_user_id": self.ha_user_id,
                "consent": self.consent,
                "language": self.language.value,
                "organisation_id": self.organisation_id,
            }
        )

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Person:
        """Read the stored form."""
        return cls(
            id=str(data["id"]),
            name=str(data["name"]),
            role=Role(data["role"]),
            created_at=datetime.fromisoformat(data["created_at"]),
            updated_at=datetime.fromisoformat(data["updated_at"]),
            phone=data.get("phone"),
            email=data.get("email"),
            dwelling=data.get("dwelling"),
            entrance=data.get("entrance"),
            ha_user_id=data.get("ha_user_id"),
            consent=bool(data.get("consent", False)),
            language=Language(data.get("language", Language.ENGLISH)),
            organisation_id=data.get("organisation_id"),
        )


@dataclass(frozen=True, slots=True)
class Door:
    """A paired door unit as the access model sees it."""

    id: str
    """The door's config subentry id."""
    name: str
    address: str | None = None
    entrance: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The stored form."""
        return _sparse(
            {
                "id": self.id,
                "name": self.name,
                "address": self.address,
                "entrance": self.entrance,
            }
        )

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Door:
        """Read the stored form."""
        return cls(
            id=str(data["id"]),
            name=str(data["name"]),
            address=data.get("address"),
            entrance=data.get("entrance"),
        )


@dataclass(frozen=True, slots=True)
class Bundle:
    """A key bundle: doors given and taken together."""

    id: str
    name: str
    door_ids: frozenset[str]

    def to_json(self) -> dict[str, Any]:
        """The stored form."""
        return {"id": self.id, "name": self.name, "door_ids": sorted(self.door_ids)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Bundle:
        """Read the stored form."""
        return cls(id=str(data["id"]), name=str(data["name"]), door_ids=frozenset(data["door_ids"]))


@dataclass(frozen=True, slots=True)
class Grant:
    """A person's key to one door or to one bundle."""

    id: str
    person_id: str
    door_id: str | None
    """Exactly one of `door_id` and `bundle_id` is set."""
    bundle_id: str | None
    created_at: datetime
    kind: GrantKind = GrantKind.NORMAL
    valid_from: datetime | None = None
    valid_until: datetime | None = None
    schedule: WeeklySchedule | None = None
    """Weekly windows in the building's local time; `None` = at any time of the week."""
    may_share: bool = False
    share_limit: int = 0
    """Most active shares the holder may have per door of this grant."""
    created_by: str | None = None
    """The Home Assistant user id of the admin (or, for an organisation's key, the manager)
    who issued it (required for emergency keys)."""
    reason: str | None = None
    """Why an emergency key was issued (required for emergency keys)."""
    organisation_id: str | None = None
    """The organisation whose manager gave this key to its staff; the key then opens only
    while the organisation holds the door (`holds.py`). `None`: given by an admin."""

    def __post_init__(self) -> None:
        """Refuse a grant that could not be decided on."""
        if (self.door_id is None) == (self.bundle_id is None):
            raise AccessError(ErrorCode.INVALID_FIELD, field="target")
        check_window(self.valid_from, self.valid_until)
        if self.share_limit < 0:
            raise AccessError(ErrorCode.INVALID_FIELD, field="share_limit", value=self.share_limit)
        if self.kind is GrantKind.EMERGENCY:
            if not self.reason or not self.reason.strip():
                raise AccessError(ErrorCode.REASON_REQUIRED)
            if not self.created_by:
                raise AccessError(ErrorCode.INVALID_FIELD, field="created_by")
            if (
                self.schedule is not None
                or self.may_share
                or self.valid_until is None
                or self.organisation_id is not None
            ):
                raise AccessError(ErrorCode.INVALID_FIELD, field="kind")

    @property
    def target_id(self) -> str:
        """The door or bundle id this grant is for."""
        return self.door_id if self.door_id is not None else self.bundle_id  # type: ignore[return-value]

    def valid_at(self, at: datetime) -> bool:
        """Whether `at` is inside the validity window (schedules not considered)."""
        return within(at, self.valid_from, self.valid_until)

    def to_json(self) -> dict[str, Any]:
        """The stored form."""
        return _sparse(
            {
                "id": self.id,
                "person_id": self.person_id,
                "door_id": self.door_id,
                "bundle_id": self.bundle_id,
                "created_at": self.created_at.isoformat(),
                "kind": self.kind.value,
                "valid_from": _time(self.valid_from),
                "valid_until": _time(self.valid_until),
                "schedule": None if self.schedule is None else self.schedule.to_list(),
                "may_share": self.may_share,
                "share_limit": self.share_limit,
                "created_by": self.created_by,
                "reason": self.reason,
                "organisation_id": self.organisation_id,
            }
        )

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Grant:
        """Read the stored form."""
        schedule = data.get("schedule")
        return cls(
            id=str(data["id"]),
            person_id=str(data["person_id"]),
            door_id=data.get("door_id"),
            bundle_id=data.get("bundle_id"),
            created_at=datetime.fromisoformat(data["created_at"]),
            kind=GrantKind(data.get("kind", GrantKind.NORMAL)),
            valid_from=_parse_time(data.get("valid_from")),
            valid_until=_parse_time(data.get("valid_until")),
            schedule=None if schedule is None else WeeklySchedule.from_list(schedule),
            may_share=bool(data.get("may_share", False)),
            share_limit=int(data.get("share_limit", 0)),
            created_by=data.get("created_by"),
            reason=data.get("reason"),
            organisation_id=data.get("organisation_id"),
        )


@dataclass(frozen=True, slots=True)
class Organisation:
    """A service provider with its own doors, hours and managers.

    `door_ids` and `bundle_ids` are what the board gave it; a bundle counts with the doors
    it holds at the time of the decision, as a grant's does. The organisation holds them
    inside its validity window and weekly hours (`None`: at any time of the week); its
    staff's keys never open outside them. `may_share` and `share_limit` are the most a
    manager may allow on a staff key (no sharing unless the board set `may_share`).
    """

    id: str
    name: str
    created_at: datetime
    door_ids: frozenset[str] = frozenset()
    bundle_ids: frozenset[str] = frozenset()
    valid_from: datetime | None = None
    valid_until: datetime | None = None
    schedule: WeeklySchedule | None = None
    manager_ids: frozenset[str] = frozenset()
    """People who give and take its staff's keys; each is staff of this organisation."""
    may_share: bool = False
    share_limit: int = 0
    created_by: str | None = None
    """The Home Assistant user id of the admin who created it, when known."""

    def __post_init__(self) -> None:
        """Refuse a window that ends before it starts, and a negative sharing limit."""
        check_window(self.valid_from, self.valid_until)
        if self.share_limit < 0:
            raise AccessError(ErrorCode.INVALID_FIELD, field="share_limit", value=self.share_limit)

    def valid_at(self, at: datetime) -> bool:
        """Whether `at` is inside the validity window (weekly hours not considered)."""
        return within(at, self.valid_from, self.valid_until)

    def to_json(self) -> dict[str, Any]:
        """The stored form."""
        return _sparse(
            {
                "id": self.id,
                "name": self.name,
                "created_at": self.created_at.isoformat(),
                "door_ids": sorted(self.door_ids),
                "bundle_ids": sorted(self.bundle_ids),
                "valid_from": _time(self.valid_from),
                "valid_until": _time(self.valid_until),
                "schedule": None if self.schedule is None else self.schedule.to_list(),
                "manager_ids": sorted(self.manager_ids),
                "may_share": self.may_share,
                "share_limit": self.share_limit,
                "created_by": self.created_by,
            }
        )

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Organisation:
        """Read the stored form."""
        schedule = data.get("schedule")
        return cls(
            id=str(data["id"]),
            name=str(data["name"]),
            created_at=datetime.fromisoformat(data["created_at"]),
            door_ids=frozenset(data.get("door_ids", ())),
            bundle_ids=frozenset(data.get("bundle_ids", ())),
            valid_from=_parse_time(data.get("valid_from")),
            valid_until=_parse_time(data.get("valid_until")),
            schedule=None if schedule is None else WeeklySchedule.from_list(schedule),
            manager_ids=frozenset(data.get("manager_ids", ())),
            may_share=bool(data.get("may_share", False)),
            share_limit=int(data.get("share_limit", 0)),
            created_by=data.get("created_by"),
        )


@dataclass(frozen=True, slots=True)
class Share:
    """A key passed on by a grant holder, for one door, to one target."""

    id: str
    grant_id: str
    from_person_id: str
    door_id: str
    kind: ShareKind
    target: str
    created_at: datetime
    valid_from: datetime
    valid_until: datetime | None = None
    use_limit: int | None = None
    """Opens allowed in all; `None` = no limit."""
    uses: int = 0
    notify_on_use: bool = False
    label: str | None = None
    """What the sharer calls the recipient ("cleaner"), shown to the sharer only."""
    revoked_at: datetime | None = None
    language: Language | None = None
    """The language the guest page of a link share is written in (`None`: the building's)."""

    def __post_init__(self) -> None:
        """Refuse counts and windows that make no sense."""
        check_window(self.valid_from, self.valid_until)
        if self.use_limit is not None and self.use_limit < 1:
            raise AccessError(ErrorCode.INVALID_FIELD, field="use_limit", value=self.use_limit)
        if self.uses < 0:
            raise AccessError(ErrorCode.INVALID_FIELD, field="uses", value=self.uses)

    @property
    def used_up(self) -> bool:
        """Whether the use limit has been reached."""
        return self.use_limit is not None and self.uses >= self.use_limit

    def counts_against_limit(self, at: datetime) -> bool:
        """Whether the share takes one of the sharer's `share_limit` places at `at`.

        Revoked, expired and used-up shares do not; shares that start later do.
        """
        return (
            self.revoked_at is None
            and (self.valid_until is None or at < self.valid_until)
            and not self.used_up
        )

    def usable_at(self, at: datetime) -> bool:
        """Whether the share itself (not its grant) lets its holder in at `at`."""
        return (
            self.revoked_at is None
            and within(at, self.valid_from, self.valid_until)
            and not self.used_up
        )

    def to_json(self) -> dict[str, Any]:
        """The stored form."""
        return _sparse(
            {
                "id": self.id,
                "grant_id": self.grant_id,
                "from_person_id": self.from_person_id,
                "door_id": self.door_id,
                "kind": self.kind.value,
                "target": self.target,
                "created_at": self.created_at.isoformat(),
                "valid_from": self.valid_from.isoformat(),
                "valid_until": _time(self.valid_until),
                "use_limit": self.use_limit,
                "uses": self.uses,
                "notify_on_use": self.notify_on_use,
                "label": self.label,
                "revoked_at": _time(self.revoked_at),
                "language": None if self.language is None else self.language.value,
            }
        )

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Share:
        """Read the stored form."""
        use_limit = data.get("use_limit")
        return cls(
            id=str(data["id"]),
            grant_id=str(data["grant_id"]),
            from_person_id=str(data["from_person_id"]),
            door_id=str(data["door_id"]),
            kind=ShareKind(data["kind"]),
            target=str(data["target"]),
            created_at=datetime.fromisoformat(data["created_at"]),
            valid_from=datetime.fromisoformat(data["valid_from"]),
            valid_until=_parse_time(data.get("valid_until")),
            use_limit=None if use_limit is None else int(use_limit),
            uses=int(data.get("uses", 0)),
            notify_on_use=bool(data.get("notify_on_use", False)),
            label=data.get("label"),
            revoked_at=_parse_time(data.get("revoked_at")),
            language=None if data.get("language") is None else Language(data["language"]),
        )


@dataclass(frozen=True, slots=True)
class Credential:
    """A PIN code or tag UID of one person, or of one PIN share, kept sealed.

    `sealed` is the value encrypted under the building's credential vault, bound to this
    credential's kind, number and id (so it cannot be moved to another credential), and
    `lookup` a keyed hash of the value that makes "is this PIN taken?" a set lookup. Neither
    reveals the value without the building's hub key. A blocked credential stays (its
    records stay on the units, disabled) until it is removed.
    """

    id: str
    number: int
    """Building-unique, from a counter, never reused: 1 to `MAX_CREDENTIAL_NUMBER`."""
    kind: CredentialKind
    person_id: str | None
    """Exactly one of `person_id` and `share_id` is set."""
    share_id: str | None
    sealed: str = field(repr=False)
    lookup: str = field(repr=False)
    created_at: datetime
    hint: str | None = None
    """The last four hex digits of a tag's UID, to tell tags apart; `None` for a PIN."""
    label: str | None = None
    created_by: str | None = None
    """The Home Assistant user id of whoever added it, when known."""
    blocked_at: datetime | None = None

    def __post_init__(self) -> None:
        """Refuse a credential with no holder, two holders or a number out of range."""
        if (self.person_id is None) == (self.share_id is None):
            raise AccessError(ErrorCode.CREDENTIAL_HOLDER)
        if self.share_id is not None and self.kind is not CredentialKind.PIN:
            raise AccessError(ErrorCode.CREDENTIAL_HOLDER)
        if isinstance(self.number, bool) or not 1 <= self.number <= MAX_CREDENTIAL_NUMBER:
            raise AccessError(ErrorCode.INVALID_FIELD, field="number", value=self.number)

    @property
    def blocked(self) -> bool:
        """Whether the credential was blocked (lost tag, leaked PIN)."""
        return self.blocked_at is not None

    def to_json(self) -> dict[str, Any]:
        """The stored form."""
        return _sparse(
            {
                "id": self.id,
                "number": self.number,
                "kind": self.kind.value,
                "person_id": self.person_id,
                "share_id": self.share_id,
                "sealed": self.sealed,
                "lookup": self.lookup,
                "created_at": self.created_at.isoformat(),
                "hint": self.hint,
                "label": self.label,
                "created_by": self.created_by,
                "blocked_at": _time(self.blocked_at),
            }
        )

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Credential:
        """Read the stored form."""
        return cls(
            id=str(data["id"]),
            number=int(data["number"]),
            kind=CredentialKind(data["kind"]),
            person_id=data.get("person_id"),
            share_id=data.get("share_id"),
            sealed=str(data["sealed"]),
            lookup=str(data["lookup"]),
            created_at=datetime.fromisoformat(data["created_at"]),
            hint=data.get("hint"),
            label=data.get("label"),
            created_by=data.get("created_by"),
            blocked_at=_parse_time(data.get("blocked_at")),
        )
