"""Weekly opening windows in the building's wall-clock time.

A `WeeklySchedule` is a set of `WeeklyWindow`s: a weekday and a start and end minute of the
day, half-open (`[start, end)`: a 07:00-17:00 window lets a key in at 07:00:00 and refuses
it at 17:00:00). A window whose end is before its start runs overnight and belongs to the
weekday it starts on: Friday 22:00-06:00 is open from Friday 22:00 to Saturday 06:00. The
end 24:00 (minute 1440) means midnight at the end of the day; 00:00 as an end is written
24:00 and an end equal to the start is refused (it could mean nothing or everything).

Windows are wall-clock times in the building's time zone (`zoneinfo`), as on a sign on the
door: "07:00-17:00" means what the clocks in the building show, summer and winter. So on
the night the clocks go forward, a window inside the skipped hour does not open that night,
and on the night they go back a window inside the repeated hour is open during both
passes. `next_opening` follows the same rule, so "opens next at" is always an instant at
which `is_open` says yes.

This is the Matter DoorLock cluster's week-day schedule (days mask, start and end hour and
minute) with three differences: windows may cross midnight, a grant holds any number of
them, and the validity window (Matter's year-day schedule) lives on the grant, not here.
"No schedule" (`None`) is not an empty schedule: it means always; an empty schedule is
refused because a key that never opens is a mistake, not a choice.

`common_windows` is what two schedules have in common (a staff key inside its
organisation's hours): open is a matter of weekday and minute on the wall clock only, so
the common minutes of each weekday, written as windows within that day, open exactly when
both schedules do, across clock changes too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import IntEnum
from functools import lru_cache
from itertools import groupby
from typing import Final
from zoneinfo import ZoneInfo

from .contact import Language
from .errors import AccessError, ErrorCode

MINUTES_PER_DAY: Final = 24 * 60
_SEARCH_DAYS: Final = 15
"""Every window recurs weekly, so one not lost in a clock change opens within 8 days."""


class Weekday(IntEnum):
    """Days as `datetime.weekday()` numbers them."""

    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


@dataclass(frozen=True, slots=True, order=True)
class WeeklyWindow:
    """One opening on one weekday, `[start, end)` in minutes of the day, local time."""

    weekday: Weekday
    start: int
    end: int

    def __post_init__(self) -> None:
        """Refuse minutes outside the day and windows of no length."""
        try:
            object.__setattr__(self, "weekday", Weekday(self.weekday))
        except ValueError:
            raise AccessError(ErrorCode.INVALID_WINDOW, field="weekday") from None
        if not 0 <= self.start < MINUTES_PER_DAY:
            raise AccessError(ErrorCode.INVALID_WINDOW, field="start", value=self.start)
        if not 0 < self.end <= MINUTES_PER_DAY or self.end == self.start:
            raise AccessError(ErrorCode.INVALID_WINDOW, field="end", value=self.end)

    @property
    def overnight(self) -> bool:
        """Whether the window runs past midnight into the next weekday."""
        return self.end < self.start


def _window_sort_key(window: WeeklyWindow) -> tuple[int, int, int]:
    return (window.weekday, window.start, window.end)


@dataclass(frozen=True, slots=True)
class WeeklySchedule:
    """At least one weekly window; the order given does not matter (kept sorted)."""

    windows: tuple[WeeklyWindow, ...]
    _open_by_day: tuple[tuple[tuple[int, int, WeeklyWindow], ...], ...] = field(
        init=False, repr=False, compare=False
    )
    """Per weekday: `(start, end, window)` spans open that day, overnight tails included."""

    def __post_init__(self) -> None:
        """Sort and de-duplicate the windows; precompute what is open on each weekday."""
        windows = tuple(sorted(set(self.windows), key=_window_sort_key))
        if not windows:
            raise AccessError(ErrorCode.INVALID_WINDOW, field="windows")
        object.__setattr__(self, "windows", windows)
        by_day: list[list[tuple[int, int, WeeklyWindow]]] = [[] for _ in Weekday]
        for window in windows:
            if window.overnight:
                by_day[window.weekday].append((window.start, MINUTES_PER_DAY, window))
                by_day[(window.weekday + 1) % 7].append((0, window.end, window))
            else:
                by_day[window.weekday].append((window.start, window.end, window))
        object.__setattr__(self, "_open_by_day", tuple(tuple(day) for day in by_day))

    @classmethod
    def of(cls, *windows: tuple[int, int, int]) -> WeeklySchedule:
        """Build from `(weekday, start minute, end minute)` triples."""
        return cls(tuple(WeeklyWindow(Weekday(d), s, e) for d, s, e in windows))

    def is_open_local(self, local: datetime) -> bool:
        """Whether the wall-clock time `local` (already in the building's zone) is inside."""
        return self.window_at_local(local) is not None

    def window_at_local(self, local: datetime) -> WeeklyWindow | None:
        """The first window (in weekday and start order) that `local` is inside, if any."""
        minute = local.hour * 60 + local.minute
        for start, end, window in self._open_by_day[local.weekday()]:
            if start <= minute < end:
                return window
        return None

    def starts_on(self, weekday: int) -> Iterator[int]:
        """Start minutes of the windows that begin on `weekday`."""
        return (window.start for window in self.windows if window.weekday == weekday)

    def to_list(self) -> list[list[int]]:
        """JSON form: `[[weekday, start, end], ...]`."""
        return [[int(w.weekday), w.start, w.end] for w in self.windows]

    @classmethod
    def from_list(cls, data: Iterable[Sequence[int]]) -> WeeklySchedule:
        """Read the JSON form of `to_list`.

        A building has a handful of distinct schedules shared by thousands of grants, so
        equal lists give the same (immutable) schedule object: loading stays fast and
        memory small.
        """
        return _schedule_of(tuple((int(d), int(s), int(e)) for d, s, e in data))


@lru_cache(maxsize=4096)
def _schedule_of(triples: tuple[tuple[int, int, int], ...]) -> WeeklySchedule:
    return WeeklySchedule.of(*triples)


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching `[start, end)` spans of one day joined, in order."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _day_spans(schedule: WeeklySchedule, weekday: int) -> list[tuple[int, int]]:
    """The minutes of `weekday` the schedule is open in (overnight tails included)."""
    return _merged((start, end) for start, end, _window in schedule._open_by_day[weekday])


@lru_cache(maxsize=1024)
def common_windows(first: WeeklySchedule, second: WeeklySchedule) -> tuple[WeeklyWindow, ...]:
    """The windows in which both schedules are open; empty when they share no minute.

    Each window lies within one day (an overnight window of either becomes the evening part
    on its day and the morning part on the next), so the result opens at exactly the wall-
    clock minutes both do.
    """
    found: list[WeeklyWindow] = []
    for weekday in Weekday:
        other = _day_spans(second, weekday)
        for start, end in _day_spans(first, weekday):
            for other_start, other_end in other:
                low, high = max(start, other_start), min(end, other_end)
                if low < high:
                    found.append(WeeklyWindow(weekday, low, high))
    return tuple(found)


def intersect(first: WeeklySchedule | None, second: WeeklySchedule | None) -> WeeklySchedule | None:
    """The schedule open when both are (`None`, always, leaves the other as it is).

    `AccessError(invalid_window, field="schedule")` when they have no minute in common:
    no schedule means always, so there is no schedule for never.
    """
    if first is None:
        return second
    if second is None or first == second:
        return first
    windows = common_windows(first, second)
    if not windows:
        raise AccessError(ErrorCode.INVALID_WINDOW, field="schedule")
    return _schedule_of(tuple((int(w.weekday), w.start, w.end) for w in windows))


def is_open(schedule: WeeklySchedule | None, at: datetime, tz: ZoneInfo) -> bool:
    """Whether `schedule` lets a key in at the instant `at` (no schedule: always)."""
    return schedule is None or schedule.is_open_local(at.astimezone(tz))


def _wall_instants(day: date, minute: int, tz: ZoneInfo) -> set[datetime]:
    """The instants (UTC) at which local clocks show `minute` on `day`.

    Usually one; two on the night clocks go back; for a skipped time, one on either side.
    """
    naive = datetime.combine(day, time()) + timedelta(minutes=minute)
    return {naive.replace(tzinfo=tz, fold=fold).astimezone(UTC) for fold in (0, 1)}


def _transitions(first: date, last: date, tz: ZoneInfo) -> Iterator[datetime]:
    """Instants (UTC, whole seconds) at which the zone's offset changes between two dates."""
    day = first
    while day < last:
        low = datetime.combine(day, time(), tzinfo=tz).astimezone(UTC)
        high = datetime.combine(day + timedelta(days=1), time(), tzinfo=tz).astimezone(UTC)
        before, after = low.astimezone(tz).utcoffset(), high.astimezone(tz).utcoffset()
        if before != after:
            lo, hi = int(low.timestamp()), int(high.timestamp())
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if datetime.fromtimestamp(mid, tz).utcoffset() == before:
                    lo = mid
                else:
                    hi = mid
            yield datetime.fromtimestamp(hi, UTC)
        day += timedelta(days=1)


def next_opening(schedule: WeeklySchedule | None, after: datetime, tz: ZoneInfo) -> datetime | None:
    """The first instant at or after `after` at which `schedule` is open, in UTC.

    `after` itself when open already (or when there is no schedule). The answer is exact
    across clock changes: the open/closed state only changes where a window starts, ends
    or the zone's offset jumps, so those instants are the candidates, and each is checked
    with `is_open`. `None` only if nothing opens within `_SEARCH_DAYS` (cannot happen for
    a valid schedule in a zone with at most one clock change a week).
    """
    after = after.astimezone(UTC)
    if is_open(schedule, after, tz):
        return after
    assert schedule is not None
    today = after.astimezone(tz).date()
    candidates: set[datetime] = set(
        _transitions(today - timedelta(days=1), today + timedelta(days=_SEARCH_DAYS), tz)
    )
    for offset in range(-1, _SEARCH_DAYS):
        day = today + timedelta(days=offset)
        for start in schedule.starts_on(day.weekday()):
            candidates |= _wall_instants(day, start, tz)
    for candidate in sorted(c for c in candidates if c > after):
        if schedule.is_open_local(candidate.astimezone(tz)):
            return candidate
    return None


# Describing a schedule ----------------------------------------------------------------------

_DAY_NAMES: Final[dict[Language, tuple[str, ...]]] = {
    Language.ENGLISH: (
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ),
    Language.NORWEGIAN: ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    Language.DANISH: ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    Language.DUTCH: (
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    ),
}
_EVERY_DAY: Final = {
    Language.ENGLISH: "every day",
    Language.NORWEGIAN: "alle dager",
    Language.DANISH: "alle dage",
    Language.DUTCH: "elke dag",
}
_ALWAYS: Final = {
    Language.ENGLISH: "always",
    Language.NORWEGIAN: "alltid",
    Language.DANISH: "altid",
    Language.DUTCH: "altijd",
}
_DAY_RANGE: Final = {
    Language.ENGLISH: "{first}–{last}",
    Language.NORWEGIAN: "{first}–{last}",
    Language.DANISH: "{first}–{last}",
    Language.DUTCH: "{first} t/m {last}",
}
_TIME_SEPARATOR: Final = {
    Language.ENGLISH: ":",
    Language.NORWEGIAN: ".",
    Language.DANISH: ".",
    Language.DUTCH: ":",
}
"""Norwegian and Danish write clock times with a full stop (Språkrådet, Dansk Sprognævn);
English and Dutch usage in apps is the colon."""


_OVERNIGHT: Final = {
    Language.ENGLISH: "overnight",
    Language.NORWEGIAN: "over natten",
    Language.DANISH: "natten over",
    Language.DUTCH: "'s nachts",
}
WEEKDAY_CODES: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
"""How actions and answers write weekdays (Home Assistant's own `mon`…`sun`)."""


def _clock(minute: int, language: Language) -> str:
    return f"{minute // 60:02d}{_TIME_SEPARATOR[language]}{minute % 60:02d}"


def day_name(weekday: int, language: Language) -> str:
    """A weekday's name (0 is Monday) as the schedules write it: `Monday`, `mandag`."""
    return _DAY_NAMES[language][weekday]


def clock_in(minute: int, language: Language) -> str:
    """A minute of the day as the schedules write it: `07:00`, Norwegian and Danish `07.00`."""
    return _clock(minute, language)


def clock_text(minute: int) -> str:
    """`HH:MM` of a minute of the day as actions take it (minute 1440 is `24:00`)."""
    return f"{minute // 60:02d}:{minute % 60:02d}"


def describe_window(window: WeeklyWindow, language: Language) -> str:
    """One window as text, e.g. `Monday 22:00–06:00 (overnight)`.

    An overnight window says so: a start and end typed the wrong way round is still a
    valid window, and this is where the person who typed it can see what they made.
    """
    text = (
        f"{_DAY_NAMES[language][window.weekday]} "
        f"{_clock(window.start, language)}–{_clock(window.end, language)}"
    )
    return f"{text} ({_OVERNIGHT[language]})" if window.overnight else text


def window_items(schedule: WeeklySchedule) -> list[dict[str, str]]:
    """JSON items for answers: `{"weekday": "mon", "start": "07:00", "end": "17:00"}`."""
    return [
        {
            "weekday": WEEKDAY_CODES[window.weekday],
            "start": clock_text(window.start),
            "end": clock_text(window.end),
        }
        for window in schedule.windows
    ]


def describe_days(days: Iterable[int], language: Language) -> str:
    """`Monday–Friday`, `Monday, Wednesday`, or a mix: runs of three days or more as ranges."""
    names = _DAY_NAMES[language]
    ordered = sorted(set(days))
    if len(ordered) == 7:
        return _EVERY_DAY[language]
    parts: list[str] = []
    for _, run_items in groupby(enumerate(ordered), key=lambda item: item[1] - item[0]):
        run = [day for _, day in run_items]
        if len(run) >= 3:
            parts.append(_DAY_RANGE[language].format(first=names[run[0]], last=names[run[-1]]))
        else:
            parts.extend(names[day] for day in run)
    return ", ".join(parts)


def describe(schedule: WeeklySchedule | None, language: Language) -> str:
    """A compact text for refusals and key lists, e.g. `Monday–Friday 07:00–17:00`.

    Weekdays with the same windows are written together; groups are separated by `; `.
    Overnight windows read as written (`Friday 22:00–06:00`). In Norwegian
    `mandag–fredag 07.00–17.00`, Danish the same, Dutch `maandag t/m vrijdag 07:00–17:00`.
    """
    if schedule is None:
        return _ALWAYS[language]
    per_day: dict[int, tuple[tuple[int, int], ...]] = {}
    for window in schedule.windows:
        per_day[window.weekday] = (*per_day.get(window.weekday, ()), (window.start, window.end))
    groups: dict[tuple[tuple[int, int], ...], list[int]] = {}
    for day in sorted(per_day):
        groups.setdefault(per_day[day], []).append(day)
    texts = []
    for spans, days in sorted(groups.items(), key=lambda item: item[1][0]):
        times = ", ".join(
            f"{_clock(start, language)}–{_clock(end, language)}" for start, end in spans
        )
        texts.append(f"{describe_days(days, language)} {times}")
    return "; ".join(texts)
