"""What an organisation holds, and the terms a key of its staff really has.

An organisation holds the doors it was given (directly, or through a key bundle with the
doors that bundle has now) inside its validity window and weekly hours. A key its manager
gave (`Grant.organisation_id`) opens a door only while the organisation holds that door at
that moment: the door still in its set, its window and hours open. `key_terms` is that rule
as terms, which the policy decides on (`policy.py`) and the door unit's records are
derived from (`door_credentials.py`), so a unit stops a staff PIN or tag by itself when
the organisation's window ends, with no word from the hub:

- the window: the key's own, inside the organisation's (latest start, earliest end);
- the hours: what the key's and the organisation's weekly hours have in common
  (`schedules.common_windows`); `closed` when they have nothing in common;
- no terms at all (`None`) for a door the organisation does not hold.

A key given by an admin has its own terms (the organisation plays no part). Terms are
worked out at every decision from the organisation as it is then, so narrowing an
organisation's window, hours or doors applies to its staff's keys at once; widening them
does not widen a key (a manager's key was clipped to the organisation's terms when given,
`staff_keys.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from .model import Grant, Organisation
from .schedules import WeeklySchedule, common_windows, intersect

if TYPE_CHECKING:
    from .view import RegistryView


@dataclass(frozen=True, slots=True)
class KeyTerms:
    """When a key opens a door: its validity window and weekly hours (`None`: always)."""

    valid_from: datetime | None
    valid_until: datetime | None
    schedule: WeeklySchedule | None
    closed: bool = False
    """Its hours have no minute in common with its organisation's: it never opens."""

    def ended(self, at: datetime) -> bool:
        """Whether the window has ended by `at`."""
        return self.valid_until is not None and at >= self.valid_until


def later(first: datetime | None, second: datetime | None) -> datetime | None:
    """The later of two starts (`None`: since always)."""
    return second if first is None else first if second is None else max(first, second)


def earlier(first: datetime | None, second: datetime | None) -> datetime | None:
    """The earlier of two ends (`None`: no end)."""
    return second if first is None else first if second is None else min(first, second)


def held_doors(view: RegistryView, organisation: Organisation) -> frozenset[str]:
    """Every door the organisation holds now: its doors and its bundles' doors."""
    doors = set(organisation.door_ids)
    for bundle_id in organisation.bundle_ids:
        bundle = view.bundles.get(bundle_id)
        if bundle is not None:
            doors |= bundle.door_ids
    return frozenset(doors)


def holds_door(view: RegistryView, organisation: Organisation, door_id: str) -> bool:
    """Whether the door is in the organisation's set (its hours and window not considered)."""
    if door_id in organisation.door_ids:
        return True
    bundles = view.bundles
    return any(
        (bundle := bundles.get(bundle_id)) is not None and door_id in bundle.door_ids
        for bundle_id in organisation.bundle_ids
    )


def bounded_terms(
    organisation: Organisation,
    valid_from: datetime | None,
    valid_until: datetime | None,
    schedule: WeeklySchedule | None,
) -> KeyTerms:
    """A key's window and hours inside the organisation's."""
    start = later(valid_from, organisation.valid_from)
    end = earlier(valid_until, organisation.valid_until)
    if schedule is None or organisation.schedule is None:
        return KeyTerms(start, end, schedule or organisation.schedule)
    if not common_windows(schedule, organisation.schedule):
        return KeyTerms(start, end, schedule, closed=True)
    return KeyTerms(start, end, intersect(schedule, organisation.schedule))


def key_terms(
    view: RegistryView,
    grant: Grant,
    door_id: str,
    valid_from: datetime | None,
    valid_until: datetime | None,
) -> KeyTerms | None:
    """The terms the grant (or a share of it, within `valid_*`) opens `door_id` on.

    `valid_*` is the key's own window (a grant's, or a share's clipped to its grant's);
    the hours are the grant's. `None` when the grant came through an organisation that
    no longer holds the door (or no longer exists).
    """
    if grant.organisation_id is None:
        return KeyTerms(valid_from, valid_until, grant.schedule)
    organisation = view.organisations.get(grant.organisation_id)
    if organisation is None or not holds_door(view, organisation, door_id):
        return None
    return bounded_terms(organisation, valid_from, valid_until, grant.schedule)
