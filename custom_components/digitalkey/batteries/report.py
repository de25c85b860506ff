"""The battery report: which doors need a battery soon, and which need one now.

The caller (the Home Assistant layer) gathers what it knows of each door into
`DoorFacts`; `build_report` turns them into rows a caretaker reads top-down: the doors
whose battery is probably dead first (an emergency job), then the lowest batteries.

A battery is "probably dead" when its last known level was critical and the unit has
stopped answering for `DEAD_AFTER_S`: a unit with a fresh battery that is merely out of
range is not flagged, nor one that went quiet for a few minutes.

When the unit is out of reach its current level is unknown to Home Assistant, so the
last kept reading of its history stands in: that is what makes a silent unit with a
critical battery visible at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from .estimate import DAY_S, days_left
from .history import BatteryHistory, ChangeSource, critical_since

DEAD_AFTER_S: Final = 3600
"""How long a unit with a critical battery must be silent to be flagged probably dead."""
PROBE_AFTER_S: Final = 1800
"""A critical door not answered for this long is read (well within `DEAD_AFTER_S`)."""


@dataclass(frozen=True, slots=True)
class DoorFacts:
    """What the caller knows of one door.

    `silent_s` is the time since it was last heard (its own advertisement or an answer),
    `unanswered_s` the time since it last answered in an authenticated exchange: an
    advertisement can be played back by anyone, an answer cannot. The caller reads a
    critical door now and then (`PROBE_AFTER_S`), so a unit still there keeps answering.
    """

    door_id: str
    name: str
    address: str
    percent: int | None
    millivolts: int | None
    history: BatteryHistory
    available: bool
    silent_s: float
    unanswered_s: float = 0.0
    """Seconds since the unit last answered in an authenticated exchange."""

    @property
    def last_percent(self) -> int | None:
        """The present level, or the newest kept reading's when the unit is out of reach."""
        if self.percent is not None:
            return self.percent
        newest = self.history.newest
        return None if newest is None else newest.percent

    @property
    def last_millivolts(self) -> int | None:
        """The present voltage, or the newest kept reading's (as `last_percent`)."""
        if self.millivolts is not None:
            return self.millivolts
        newest = self.history.newest
        return None if newest is None else newest.millivolts


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One door's line of the report; times are epoch seconds."""

    door_id: str
    name: str
    address: str
    percent: int | None
    millivolts: int | None
    critical: bool
    changed_at: int | None
    change_source: ChangeSource | None
    days_since_change: int | None
    last_contact: int | None
    days_left: int | None
    critical_since: int | None
    probably_dead: bool
    available: bool


def probably_dead(facts: DoorFacts, threshold: int) -> bool:
    """Whether the door's battery is critical and the unit has stopped answering.

    Silent for `DEAD_AFTER_S`, or heard (perhaps only a recording of its advertisements)
    but not answering for that long, though it is read every `PROBE_AFTER_S`.
    """
    percent = facts.last_percent
    silent = not facts.available and facts.silent_s >= DEAD_AFTER_S
    return (
        percent is not None
        and percent <= threshold
        and (silent or facts.unanswered_s >= DEAD_AFTER_S)
    )


def build_row(facts: DoorFacts, threshold: int, now: int) -> ReportRow:
    """One door's row, whatever its level."""
    history = facts.history
    percent = facts.last_percent
    return ReportRow(
        door_id=facts.door_id,
        name=facts.name,
        address=facts.address,
        percent=percent,
        millivolts=facts.last_millivolts,
        critical=percent is not None and percent <= threshold,
        changed_at=history.changed_at,
        change_source=history.change_source,
        days_since_change=_days_since(history.changed_at, now),
        last_contact=history.last_contact,
        days_left=days_left(history, now),
        critical_since=critical_since(history, threshold),
        probably_dead=probably_dead(facts, threshold),
        available=facts.available,
    )


def build_report(
    doors: Iterable[DoorFacts], threshold: int, now: int, *, all_doors: bool = False
) -> list[ReportRow]:
    """The rows of the doors at or below `threshold` (every door with `all_doors`), in order.

    A door never heard from has no level to report and is listed only with `all_doors`.
    Order: probably dead first, then the lowest battery, then by name.
    """
    rows = [build_row(facts, threshold, now) for facts in doors]
    if not all_doors:
        rows = [row for row in rows if row.critical]
    return sorted(rows, key=_order)


def _order(row: ReportRow) -> tuple[bool, bool, int, str, str]:
    unknown = row.percent is None
    return (
        not row.probably_dead,
        unknown,
        0 if row.percent is None else row.percent,
        row.name.casefold(),
        row.door_id,
    )


def _days_since(at: int | None, now: int) -> int | None:
    return None if at is None else max(0, (now - at) // DAY_S)
