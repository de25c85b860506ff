"""Who may open which door when: the one decision, as a pure function.

    decide(registry, actor, door_id, action, now, allow_unattributed=...) -> Decision
    decide_share(registry, share_id, door_id, action, now) -> Decision

The Home Assistant layer builds the `Actor` from the service call's context:

- `AdminUser`: an HA administrator (the caretaker or the board). Always allowed: admins
  manage every key anyway, and a door must open for them when a resident is locked out.
- `Automation`: an automation or script started the call (the context has a parent that
  is one). Allowed: whoever wrote it is an admin, and the automation is the record.
- `Unattributed`: a call with no user and no automation behind it (a bridge, a voice
  assistant, another integration). Allowed only when the building option
  `allow_unattributed` is on, because nothing says who is at the door.
- `Resident`: a non-admin HA user; allowed when one of their keys opens now: a grant of
  the person linked to the user (direct, through a bundle, or an emergency key), or a
  share given to the user (with or without a linked person).

A guest who holds a link share has no Home Assistant user: `decide_share` decides on that
one share, by the same rules as a share given to a user.

Unlocking and opening need a key that opens *now*: inside its validity window, inside its
weekly schedule (emergency keys ignore schedules; a share follows its grant's schedule),
not revoked, use limit not reached. A key an organisation's manager gave (and a share of
it) also needs the organisation to hold the door now: the door in its set, inside its
window and weekly hours (`holds.py`); when the organisation's hold is what refuses, the
reason says so (`ORGANISATION_*`). Locking needs only a key inside its validity window:
locking is harmless, so a resident outside their hours, or a guest whose uses are spent,
may still lock behind them. Locking never counts as a use of a share; after an allowed
unlock or open by a share (`Decision.key.kind is KeyKind.SHARE`) the HA layer calls
`Registry.record_share_use`.

`explain_access` lists, in order, a `Reason` for every key the person or user holds to the
door (emergency keys, direct grants, bundle grants, then shares; oldest first), and
`decide` decides from exactly that list, so what a caretaker is told is what was decided.
`emergency_key_alone` reads the same list to tell whether a PIN or tag opened only on an
emergency key (the unit decided that open, so the hub can only explain it afterwards).
Reasons carry a `ReasonCode` (a translation key) and text placeholders; the HA layer
translates them and can describe a key's schedule with `schedules.describe`.

Cost: a decision reads the person's own grants and the shares given to the user through
indexes, never the whole registry, so it stays flat as the building grows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from types import MappingProxyType
from zoneinfo import ZoneInfo

from .holds import KeyTerms, earlier, key_terms, later
from .model import Grant, GrantKind, Share, ShareKind, utc
from .registry import Registry, ShareAllowance
from .schedules import next_opening


class Action(StrEnum):
    """What is asked of the door (the lock entity's three actions)."""

    UNLOCK = "unlock"
    OPEN = "open"
    LOCK = "lock"


@dataclass(frozen=True, slots=True)
class AdminUser:
    """A Home Assistant administrator."""

    user_id: str


@dataclass(frozen=True, slots=True)
class Automation:
    """An automation or script (its context id, for the log)."""

    context_id: str | None = None


@dataclass(frozen=True, slots=True)
class Unattributed:
    """A call no user or automation explains."""


@dataclass(frozen=True, slots=True)
class Resident:
    """A non-admin Home Assistant user."""

    user_id: str


type Actor = AdminUser | Automation | Unattributed | Resident


class KeyKind(StrEnum):
    """What kind of key a decision was made on."""

    GRANT = "grant"
    BUNDLE = "bundle"
    """A grant on a key bundle (`KeyRef.bundle_id` says which)."""
    EMERGENCY = "emergency"
    SHARE = "share"


@dataclass(frozen=True, slots=True)
class KeyRef:
    """The key a reason is about: a grant id, or a share id for `KeyKind.SHARE`."""

    kind: KeyKind
    id: str
    bundle_id: str | None = None
    organisation_id: str | None = None
    """The organisation whose manager gave the grant (or the grant a share came from)."""


class ReasonCode(StrEnum):
    """Why a key does or does not open; the value is the translation key."""

    ADMIN = "admin"
    AUTOMATION = "automation"
    UNATTRIBUTED_ALLOWED = "unattributed_allowed"
    UNATTRIBUTED_REFUSED = "unattributed_refused"
    UNKNOWN_DOOR = "unknown_door"
    NO_KEY = "no_key"
    ALWAYS = "always"
    """Valid now and without a schedule."""
    IN_WINDOW = "in_window"
    """Valid now and inside a weekly window (`weekday`, `start`, `end`)."""
    EMERGENCY = "emergency"
    """An emergency key, valid now (`until`)."""
    OUTSIDE_SCHEDULE = "outside_schedule"
    """Valid, but outside every weekly window (`opens_next` when known)."""
    NOT_YET_VALID = "not_yet_valid"
    """Starts later (`from`)."""
    EXPIRED = "expired"
    """Ended (`until`)."""
    USE_LIMIT_REACHED = "use_limit_reached"
    """A share whose uses are spent (`uses`, `limit`)."""
    SHARE_REVOKED = "share_revoked"
    ORGANISATION_LACKS_DOOR = "organisation_lacks_door"
    """A key from an organisation that no longer holds this door."""
    ORGANISATION_NOT_YET_VALID = "organisation_not_yet_valid"
    """The key's organisation holds the door only from later (`from`)."""
    ORGANISATION_EXPIRED = "organisation_expired"
    """The key's organisation's window has ended (`until`)."""
    ORGANISATION_OUTSIDE_SCHEDULE = "organisation_outside_schedule"
    """The key is inside its own hours, but outside its organisation's (`opens_next`)."""


_OPENS = frozenset({ReasonCode.ALWAYS, ReasonCode.IN_WINDOW, ReasonCode.EMERGENCY})
_VALID = _OPENS | {
    ReasonCode.OUTSIDE_SCHEDULE,
    ReasonCode.USE_LIMIT_REACHED,
    ReasonCode.ORGANISATION_OUTSIDE_SCHEDULE,
}
_ALLOWED_ACTORS = frozenset(
    {ReasonCode.ADMIN, ReasonCode.AUTOMATION, ReasonCode.UNATTRIBUTED_ALLOWED}
)
_NO_PLACEHOLDERS: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Reason:
    """One line of an explanation: a code, the key it is about, and placeholders."""

    code: ReasonCode
    key: KeyRef | None = None
    placeholders: Mapping[str, str] = field(default=_NO_PLACEHOLDERS)
    opens_next: datetime | None = None
    """When this key will next open (UTC), for keys that do not open now; else `None`."""

    @property
    def opens(self) -> bool:
        """Whether this reason lets its holder unlock or open now."""
        return self.code in _OPENS or self.code in _ALLOWED_ACTORS

    @property
    def may_lock(self) -> bool:
        """Whether this reason lets its holder lock now."""
        return self.code in _VALID or self.code in _ALLOWED_ACTORS


@dataclass(frozen=True, slots=True)
class Decision:
    """The answer to "may this actor do this to this door now?"."""

    allowed: bool
    key: KeyRef | None
    """The key used (the first reason that allows); `None` for admins and automations."""
    reasons: tuple[Reason, ...]
    person_id: str | None = None
    """The person linked to a resident actor, if any (for the event log)."""


@dataclass(frozen=True, slots=True)
class DoorKeys:
    """One door in a resident's "My keys": opens now, or when next."""

    door_id: str
    opens_now: bool
    key: KeyRef | None
    opens_next: datetime | None
    reasons: tuple[Reason, ...]


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


def _clock(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def _grant_ref(grant: Grant) -> KeyRef:
    if grant.kind is GrantKind.EMERGENCY:
        return KeyRef(KeyKind.EMERGENCY, grant.id, grant.bundle_id)
    kind = KeyKind.BUNDLE if grant.bundle_id is not None else KeyKind.GRANT
    return KeyRef(kind, grant.id, grant.bundle_id, grant.organisation_id)


def _bounded(at: datetime | None, until: datetime | None) -> datetime | None:
    return None if at is None or (until is not None and at >= until) else at


@dataclass(frozen=True, slots=True)
class _Moment:
    """The instant decided on, in UTC and on the building's wall clock."""

    now: datetime
    tz: ZoneInfo
    local: datetime


def _grant_reason(
    registry: Registry,
    grant: Grant,
    key: KeyRef,
    moment: _Moment,
    *,
    door_id: str,
    valid_from: datetime | None,
    valid_until: datetime | None,
) -> Reason:
    """The reason for a grant, or for a share through its grant, within `valid_*`.

    The key's terms (`holds.key_terms`) are its own, or for an organisation's key its own
    inside the organisation's; a refusal the organisation's side makes is told as such.
    """
    terms = key_terms(registry, grant, door_id, valid_from, valid_until)
    if terms is None:
        return Reason(ReasonCode.ORGANISATION_LACKS_DOOR, key)
    return _terms_reason(grant, key, moment, terms, own_from=valid_from, own_until=valid_until)


def _terms_reason(
    grant: Grant,
    key: KeyRef,
    moment: _Moment,
    terms: KeyTerms,
    *,
    own_from: datetime | None,
    own_until: datetime | None,
) -> Reason:
    """The reason for a key on `terms`; `own_*` is its window before an organisation's."""
    now, tz = moment.now, moment.tz
    start, end, schedule = terms.valid_from, terms.valid_until, terms.schedule
    if end is not None and now >= end:
        code = ReasonCode.EXPIRED if end == own_until else ReasonCode.ORGANISATION_EXPIRED
        return Reason(code, key, {"until": _iso(end)})
    if start is not None and now < start:
        code = (
            ReasonCode.NOT_YET_VALID if start == own_from else ReasonCode.ORGANISATION_NOT_YET_VALID
        )
        opens = start if grant.kind is GrantKind.EMERGENCY else None
        if opens is None and not terms.closed:
            opens = _bounded(next_opening(schedule, start, tz), end)
        return Reason(code, key, {"from": _iso(start)}, opens)
    if grant.kind is GrantKind.EMERGENCY:
        until = {"until": _iso(end)} if end is not None else {}
        return Reason(ReasonCode.EMERGENCY, key, until)
    if terms.closed:
        return Reason(ReasonCode.ORGANISATION_OUTSIDE_SCHEDULE, key)
    if schedule is None:
        return Reason(ReasonCode.ALWAYS, key)
    window = schedule.window_at_local(moment.local)
    if window is not None:
        return Reason(
            ReasonCode.IN_WINDOW,
            key,
            {
                "weekday": str(int(window.weekday)),
                "start": _clock(window.start),
                "end": _clock(window.end),
            },
        )
    opens = _bounded(next_opening(schedule, now, tz), end)
    own_hours_open = grant.schedule is None or grant.schedule.is_open_local(moment.local)
    return Reason(
        ReasonCode.ORGANISATION_OUTSIDE_SCHEDULE if own_hours_open else ReasonCode.OUTSIDE_SCHEDULE,
        key,
        {"opens_next": _iso(opens)} if opens is not None else {},
        opens,
    )


def _share_reason(registry: Registry, share: Share, grant: Grant, moment: _Moment) -> Reason:
    key = KeyRef(KeyKind.SHARE, share.id, organisation_id=grant.organisation_id)
    if share.revoked_at is not None:
        return Reason(ReasonCode.SHARE_REVOKED, key, {"at": _iso(share.revoked_at)})
    start = later(share.valid_from, grant.valid_from)
    end = earlier(share.valid_until, grant.valid_until)
    reason = _grant_reason(
        registry, grant, key, moment, door_id=share.door_id, valid_from=start, valid_until=end
    )
    # "Used up" only stands in for a reason that would still let its holder lock: before
    # the share starts (or after it ends) the clock is the truer answer, and locking with
    # a key that is not valid yet must stay refused.
    if share.used_up and reason.may_lock:
        return Reason(
            ReasonCode.USE_LIMIT_REACHED,
            key,
            {"uses": str(share.uses), "limit": str(share.use_limit)},
        )
    return reason


def _grant_order(grant: Grant) -> tuple[int, datetime, str]:
    rank = 0 if grant.kind is GrantKind.EMERGENCY else 1 if grant.door_id is not None else 2
    return (rank, grant.created_at, grant.id)


def explain_access(
    registry: Registry,
    person_id: str | None,
    door_id: str,
    now: datetime,
    *,
    ha_user_id: str | None = None,
) -> list[Reason]:
    """Why the person (and/or HA user) may or may not open the door at `now`, key by key.

    With `person_id` alone, shares given to the person's linked HA user are included;
    `ha_user_id` alone explains an HA user without a person (shares only). Unknown door:
    `[UNKNOWN_DOOR]`; no key at all: `[NO_KEY]`.
    """
    now = utc(now, "now")
    if door_id not in registry.doors:
        return [Reason(ReasonCode.UNKNOWN_DOOR)]
    if person_id is not None and ha_user_id is None:
        person = registry.people.get(person_id)
        ha_user_id = person.ha_user_id if person is not None else None
    tz = registry.settings.tz
    moment = _Moment(now, tz, now.astimezone(tz))
    reasons: list[Reason] = []
    if person_id is not None:
        grants = registry.grants_of_person_for_door(person_id, door_id)
        for grant in sorted(grants, key=_grant_order):
            reasons.append(
                _grant_reason(
                    registry,
                    grant,
                    _grant_ref(grant),
                    moment,
                    door_id=door_id,
                    valid_from=grant.valid_from,
                    valid_until=grant.valid_until,
                )
            )
    if ha_user_id is not None:
        for share in registry.shares_to(ShareKind.HA_USER, ha_user_id):
            if share.door_id == door_id:
                grant = registry.grants[share.grant_id]
                reasons.append(_share_reason(registry, share, grant, moment))
    return reasons or [Reason(ReasonCode.NO_KEY)]


def emergency_key_alone(
    registry: Registry, person_id: str, door_id: str, at: datetime
) -> str | None:
    """The emergency grant that alone let the person open the door at `at`, if one did.

    For an open the hub did not decide (a PIN or tag at the unit): the unit holds the
    person's credential for any of their keys, so an emergency key was *used* only when
    it is what opened (the first opening reason) and no ordinary grant of the person
    opened then as well. Shares given to the person's user do not carry their PIN or tag.
    """
    opening = [r for r in explain_access(registry, person_id, door_id, at) if r.opens]
    if not opening or opening[0].key is None or opening[0].key.kind is not KeyKind.EMERGENCY:
        return None
    ordinary = (KeyKind.GRANT, KeyKind.BUNDLE)
    if any(r.key is not None and r.key.kind in ordinary for r in opening):
        return None
    return opening[0].key.id


def decide(
    registry: Registry,
    actor: Actor,
    door_id: str,
    action: Action,
    now: datetime,
    *,
    allow_unattributed: bool,
) -> Decision:
    """May `actor` do `action` to the door at `now`? See the module docstring for the rules.

    Admins, automations and (when allowed) unattributed calls are decided without looking
    at keys, so they work even for a door the registry does not know yet.
    """
    match actor:
        case AdminUser():
            return Decision(True, None, (Reason(ReasonCode.ADMIN),))
        case Automation():
            return Decision(True, None, (Reason(ReasonCode.AUTOMATION),))
        case Unattributed():
            code = (
                ReasonCode.UNATTRIBUTED_ALLOWED
                if allow_unattributed
                else ReasonCode.UNATTRIBUTED_REFUSED
            )
            return Decision(allow_unattributed, None, (Reason(code),))
        case Resident(user_id=user_id):
            person = registry.person_for_user(user_id)
            person_id = person.id if person is not None else None
            reasons = explain_access(registry, person_id, door_id, now, ha_user_id=user_id)
            locking = action is Action.LOCK
            key = next((r.key for r in reasons if (r.may_lock if locking else r.opens)), None)
            return Decision(key is not None, key, tuple(reasons), person_id)


def decide_share(
    registry: Registry, share_id: str, door_id: str, action: Action, now: datetime
) -> Decision:
    """Whether the holder of share `share_id` may do `action` to the door at `now`.

    For a share that names no Home Assistant user, such as a guest link: whoever holds the
    link holds the share, so the decision is the share's alone, on the same rules as a
    resident's share (`explain_access`): revoked, expired, used up, not yet valid, outside
    its grant's hours, or it opens. A share that is gone, or is for another door, is
    `NO_KEY`; an unknown door `UNKNOWN_DOOR`. `Decision.person_id` is `None`: a guest is
    no person of the building.
    """
    now = utc(now, "now")
    if door_id not in registry.doors:
        reason = Reason(ReasonCode.UNKNOWN_DOOR)
    else:
        share = registry.shares.get(share_id)
        grant = None if share is None else registry.grants.get(share.grant_id)
        if share is None or grant is None or share.door_id != door_id:
            reason = Reason(ReasonCode.NO_KEY)
        else:
            tz = registry.settings.tz
            reason = _share_reason(registry, share, grant, _Moment(now, tz, now.astimezone(tz)))
    allowed = reason.may_lock if action is Action.LOCK else reason.opens
    return Decision(allowed, reason.key if allowed else None, (reason,))


def may_open_now(
    registry: Registry,
    person_id: str | None,
    now: datetime,
    *,
    ha_user_id: str | None = None,
) -> list[DoorKeys]:
    """Every door the person (and/or HA user) holds a key to, for "My keys", by door name.

    Each says whether it opens now and, if not, when it next does (`None`: never again).
    """
    now = utc(now, "now")
    if person_id is not None and ha_user_id is None:
        person = registry.people.get(person_id)
        ha_user_id = person.ha_user_id if person is not None else None
    door_ids: set[str] = set()
    if person_id is not None:
        for grant in registry.grants_of(person_id):
            door_ids |= registry.doors_of(grant)
    if ha_user_id is not None:
        door_ids |= {share.door_id for share in registry.shares_to(ShareKind.HA_USER, ha_user_id)}
    result = []
    for door_id in door_ids:
        reasons = explain_access(registry, person_id, door_id, now, ha_user_id=ha_user_id)
        key = next((reason.key for reason in reasons if reason.opens), None)
        upcoming = [reason.opens_next for reason in reasons if reason.opens_next is not None]
        result.append(
            DoorKeys(
                door_id=door_id,
                opens_now=key is not None,
                key=key,
                opens_next=None if key is not None or not upcoming else min(upcoming),
                reasons=tuple(reasons),
            )
        )
    doors = registry.doors
    return sorted(result, key=lambda item: (doors[item.door_id].name, item.door_id))


def credential_opens(registry: Registry, credential_id: str, door_id: str, now: datetime) -> bool:
    """Whether the PIN or tag opens the door at `now`, by the rules of `decide`.

    A person's credential opens where one of their grants opens (shares given to their HA
    user are keys of the app, not of the keypad); a PIN share's opens its door where the
    share does. A blocked or unknown credential opens nothing. This is what a door unit
    decides from the records `door_credentials` derives, and what the hub tells a holder
    who asks whether their PIN works now.
    """
    now = utc(now, "now")
    credential = registry.credentials.get(credential_id)
    if credential is None or credential.blocked or door_id not in registry.doors:
        return False
    tz = registry.settings.tz
    moment = _Moment(now, tz, now.astimezone(tz))
    if credential.share_id is not None:
        share = registry.shares[credential.share_id]
        grant = registry.grants[share.grant_id]
        return share.door_id == door_id and _share_reason(registry, share, grant, moment).opens
    return any(
        _grant_reason(
            registry,
            grant,
            _grant_ref(grant),
            moment,
            door_id=door_id,
            valid_from=grant.valid_from,
            valid_until=grant.valid_until,
        ).opens
        for grant in registry.grants_of_person_for_door(credential.person_id or "", door_id)
    )


def may_share(registry: Registry, person_id: str, door_id: str, now: datetime) -> ShareAllowance:
    """Whether the person may share the door now (sharing right and `share_limit`).

    The same rule `Registry.share_key` enforces; for the "Share" button and its count.
    """
    return registry.share_allowance(person_id, door_id, now)


def may_manage_share(registry: Registry, actor: Actor, share_id: str) -> bool:
    """Whether `actor` may revoke or change the share: an admin, or the person who made it."""
    share = registry.shares.get(share_id)
    if share is None:
        return False
    match actor:
        case AdminUser():
            return True
        case Resident(user_id=user_id):
            person = registry.person_for_user(user_id)
            return person is not None and person.id == share.from_person_id
        case _:
            return False
