"""The credential records one door unit should hold, derived from the registry.

A door unit decides a PIN or tag on its own (protocol §8.1.1): a record opens when enabled,
within its validity (Unix seconds, `0` = open end) and on a day of its weekday mask inside
its daily window, in the unit's local time (its clock plus a fixed UTC offset, which the hub
sets to the building zone's current offset). This module turns grants, shares and
credentials into such records, so that for every instant a record of a credential opens
exactly when the policy lets its holder in (up to whole seconds, rounded inwards, and a
stale UTC offset around a DST change):

- **Who**: every credential of every person with a grant covering the door that has not
  ended (grants that start later included: the unit holds the start itself), and the PIN
  of every share of the door that is not revoked, used up or ended. A blocked credential
  is included, disabled, so the unit can name it when it is presented.
- **Schedules**: a grant's weekly windows are grouped by (start, end) minute; each group is
  one record whose mask is the OR of its weekdays (bit 0 Monday). Overnight windows map
  as they are: both rules give the part after midnight to the day the window started on.
  No schedule, and emergency keys: one record, every day, 00:00-24:00.
- **Validity**: the grant's (a share's: the share's window inside its grant's), start
  rounded up and end rounded down to whole seconds, so a unit never opens earlier or
  longer than the policy would.
- **Organisations**: a key an organisation's manager gave opens only where and when the
  organisation holds the door (`holds.key_terms`): no records for a door it no longer
  holds, validity inside the organisation's window, and the hours the key and the
  organisation have in common (written as windows within a day). So the unit stops a staff
  PIN or tag by itself when the organisation's window ends or outside its hours.
- **Records**: identical records from different grants are merged; each credential has up
  to 64 per door, ids `number << 6 | slot` in sorted order of their terms. A credential
  whose terms would need more keeps the first 64 (it then opens less, never more).

Pure and fast: the cost is in the door's holders (indexes, no scan of the registry), and a
building's few distinct schedules are converted once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
import math
from typing import Final

from .holds import KeyTerms, earlier, key_terms, later
from .model import Credential, CredentialKind, Grant, Share, utc
from .schedules import MINUTES_PER_DAY, WeeklySchedule
from .view import RegistryView

SLOTS: Final = 64
"""Records per credential per door: the low 6 bits of a record id."""
SLOT_BITS: Final = 6
ALL_WEEKDAYS: Final = 0x7F
_U32_MAX: Final = (1 << 32) - 1
_ALL_KINDS: Final = frozenset(CredentialKind)

type _Span = tuple[int, int, int]
"""(weekday mask, window start, window end) of one record."""
type _Terms = tuple[int, int, int, int, int]
"""(valid from, valid until, weekday mask, window start, window end) of one record."""


@dataclass(frozen=True, slots=True)
class DoorCredential:
    """One record for one door: a credential's id, enabled flag, validity and schedule.

    The HA layer adds the unit's 8-byte secret (`protocol.records.credential_secret` of the
    unsealed value) and the user id to make the wire record.
    """

    record_id: int
    credential_id: str
    kind: CredentialKind
    enabled: bool
    valid_from: int
    """Unix seconds, 0 = since always."""
    valid_until: int
    """Unix seconds (exclusive), 0 = no end."""
    weekdays: int
    """Bit 0 Monday … bit 6 Sunday."""
    window_start: int
    """Minutes of the local day, 0-1439."""
    window_end: int
    """Minutes of the local day, 1-1440; before `window_start` for an overnight window."""


def record_id_of(number: int, slot: int) -> int:
    """The unit's record id of a credential's `slot`-th record."""
    return number << SLOT_BITS | slot


@lru_cache(maxsize=1024)
def schedule_spans(schedule: WeeklySchedule | None) -> tuple[_Span, ...]:
    """The (mask, start, end) records of a weekly schedule, sorted; no schedule: all week."""
    if schedule is None:
        return ((ALL_WEEKDAYS, 0, MINUTES_PER_DAY),)
    masks: dict[tuple[int, int], int] = {}
    for window in schedule.windows:
        key = (window.start, window.end)
        masks[key] = masks.get(key, 0) | 1 << window.weekday
    return tuple(sorted((mask, start, end) for (start, end), mask in masks.items()))


def _unix_from(value: datetime | None) -> int:
    """A start in whole seconds, rounded up (0 = open start)."""
    if value is None:
        return 0
    return min(max(math.ceil(value.timestamp()), 0), _U32_MAX)


def _unix_until(value: datetime | None) -> int:
    """An end in whole seconds, rounded down (0 = open end)."""
    if value is None:
        return 0
    return min(max(math.floor(value.timestamp()), 1), _U32_MAX)


def _terms(
    valid_from: datetime | None, valid_until: datetime | None, schedule: WeeklySchedule | None
) -> tuple[_Terms, ...]:
    """The sorted records of one key: its validity on each of its schedule's spans."""
    start, end = _unix_from(valid_from), _unix_until(valid_until)
    if end and start >= end:
        return ()  # shorter than one whole second: nothing a unit could open for
    return tuple((start, end, mask, first, last) for mask, first, last in schedule_spans(schedule))


class _TermsOf:
    """`_terms`, each distinct key worked out once per derivation.

    Thousands of grants share a handful of validity windows and schedules; the schedule is
    keyed by identity (cheap, and every grant, organisation and their common hours, which
    `schedules.intersect` caches, are alive while a door is derived).
    """

    def __init__(self) -> None:
        self._known: dict[tuple[datetime | None, datetime | None, int], tuple[_Terms, ...]] = {}

    def __call__(self, terms: KeyTerms) -> tuple[_Terms, ...]:
        key = (terms.valid_from, terms.valid_until, id(terms.schedule))
        found = self._known.get(key)
        if found is None:
            found = self._known[key] = _terms(terms.valid_from, terms.valid_until, terms.schedule)
        return found


def _share_window(share: Share, grant: Grant) -> tuple[datetime | None, datetime | None]:
    """A share's validity: its own window inside its grant's."""
    return later(share.valid_from, grant.valid_from), earlier(share.valid_until, grant.valid_until)


def _key_terms(
    registry: RegistryView, door_id: str, grant: Grant, share: Share | None, now: datetime
) -> KeyTerms | None:
    """The terms a key gives its credential on the door, if it may still open there."""
    if share is not None and (share.revoked_at is not None or share.used_up):
        return None
    start, end = (
        (grant.valid_from, grant.valid_until) if share is None else _share_window(share, grant)
    )
    terms = key_terms(registry, grant, door_id, start, end)
    if terms is None or terms.closed or terms.ended(now):
        return None
    return terms


def _holders(
    registry: RegistryView, door_id: str, now: datetime, kinds: frozenset[CredentialKind]
) -> dict[str, tuple[Credential, list[KeyTerms]]]:
    """Credential id → (credential, the terms of the keys it opens the door with)."""
    found: dict[str, tuple[Credential, list[KeyTerms]]] = {}
    for grant in registry.grants_for_door(door_id):
        credentials = [
            credential
            for credential in registry.credentials_of_person(grant.person_id)
            if credential.kind in kinds
        ]
        if not credentials:
            continue
        terms = _key_terms(registry, door_id, grant, None, now)
        if terms is None:
            continue
        for credential in credentials:
            found.setdefault(credential.id, (credential, []))[1].append(terms)
    for share in registry.shares_for_door(door_id):
        pin = registry.credential_of_share(share.id)
        if pin is None or pin.kind not in kinds:
            continue
        terms = _key_terms(registry, door_id, registry.grants[share.grant_id], share, now)
        if terms is not None:
            found[pin.id] = (pin, [terms])
    return found


def door_credentials(
    registry: RegistryView,
    door_id: str,
    now: datetime,
    *,
    kinds: frozenset[CredentialKind] = _ALL_KINDS,
) -> list[DoorCredential]:
    """Every record the door's unit should hold at `now`, by record id.

    `kinds`: what the unit reads (PINs only on keypad units, tags only with a tag reader).
    `AccessError(unknown_door)` for a door the registry does not know.
    """
    now = utc(now, "now")
    registry.door(door_id)
    records: list[DoorCredential] = []
    terms_of = _TermsOf()
    holders = _holders(registry, door_id, now, kinds)
    for credential, keys in sorted(holders.values(), key=lambda item: item[0].number):
        if len(keys) == 1:
            terms = terms_of(keys[0])
        else:
            terms = tuple(sorted({term for key in keys for term in terms_of(key)}))
        enabled = not credential.blocked
        first_id = record_id_of(credential.number, 0)
        for slot, (start, end, mask, first, last) in enumerate(terms[:SLOTS]):
            records.append(
                DoorCredential(
                    first_id | slot,
                    credential.id,
                    credential.kind,
                    enabled,
                    start,
                    end,
                    mask,
                    first,
                    last,
                )
            )
    return records


def next_change(
    registry: RegistryView,
    door_id: str,
    now: datetime,
    *,
    kinds: frozenset[CredentialKind] = _ALL_KINDS,
) -> datetime | None:
    """When the door's derived records next change by themselves (UTC), if ever.

    That is the earliest end, after `now`, of a grant or share (inside its organisation's
    window, for an organisation's key) that gives a credential its records: at that instant
    they drop out. (Starts change nothing: later keys are on the
    unit already. Changes made through the registry come with their own `Change.doors`.)
    """
    now = utc(now, "now")
    registry.door(door_id)
    ends: list[datetime] = []
    for _, keys in _holders(registry, door_id, now, kinds).values():
        ends.extend(terms.valid_until for terms in keys if terms.valid_until is not None)
    return min(ends).astimezone(UTC) if ends else None


def holder_of_record(registry: RegistryView, record_id: int) -> Credential | None:
    """The credential a unit's record id (or log subject) names, if it still exists."""
    return registry.credential_by_number(record_id >> SLOT_BITS)
