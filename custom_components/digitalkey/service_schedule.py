"""Reading an action's weekly `schedule` field, with answers a board member can act on.

The schema only checks that the field is a list of mappings; `read_schedule` checks the
rest, window by window, and refuses with a translated `ServiceValidationError` that names
the window in plain words ("Window 1 (Monday–Friday): the end 25:00 is not a time …")
instead of a schema path such as `schedule[0].end`. The format is described in
`service_schemas`.

Decisions:
- An end of "00:00" is read as "24:00" (midnight at the end of the day), as anyone writing
  "22:00 to 00:00" means; a window of 00:00 to 00:00 is still refused as having no length.
- An end before the start is an overnight window and is allowed; the grant's answer says
  "(overnight)" so swapped times are visible (`schedule_texts`).
"""

from __future__ import annotations

from collections.abc import Mapping
import re
from typing import Any, Final

from .access.contact import Language
from .access.schedules import (
    MINUTES_PER_DAY,
    WEEKDAY_CODES,
    Weekday,
    WeeklySchedule,
    WeeklyWindow,
    clock_text,
    describe_days,
    describe_window,
)
from .service_support import validation_error

MAX_WINDOWS: Final = 50
"""Most windows one schedule may list (a week of a few windows a day is far less)."""
_FIELDS: Final = ("weekdays", "start", "end")
_CLOCK: Final = re.compile(r"(\d{1,2})[:.](\d{2})")


def _minute(value: Any) -> int | None:
    """Minutes of the day of "HH:MM" (also "7:00" and "07.00"); `None` if not a time."""
    match = _CLOCK.fullmatch(str(value).strip())
    if match is None:
        return None
    hours, minutes = int(match[1]), int(match[2])
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        return None
    return hours * 60 + minutes


def _weekdays(value: Any, number: str) -> list[Weekday]:
    items = value if isinstance(value, list) else [value]
    days: list[Weekday] = []
    for item in items:
        code = str(item).strip().lower()
        if code not in WEEKDAY_CODES:
            raise validation_error("schedule_unknown_weekday", number=number, value=str(item))
        days.append(Weekday(WEEKDAY_CODES.index(code)))
    if not days:
        raise validation_error("schedule_no_weekdays", number=number)
    return days


def _window(item: Any, number: str, language: Language) -> list[WeeklyWindow]:
    """The windows (one per weekday) of the `number`th item of the list."""
    if not isinstance(item, Mapping):
        raise validation_error("schedule_window_not_a_mapping", number=number)
    for key in item:
        if key not in _FIELDS:
            raise validation_error("schedule_unknown_field", number=number, field=str(key))
    if "weekdays" not in item:
        raise validation_error("schedule_no_weekdays", number=number)
    days = _weekdays(item["weekdays"], number)
    named = describe_days(days, language)
    if "start" not in item:
        raise validation_error("schedule_missing_start", number=number, days=named)
    if "end" not in item:
        raise validation_error("schedule_missing_end", number=number, days=named)
    start, end = _minute(item["start"]), _minute(item["end"])
    if start is None or start == MINUTES_PER_DAY:
        raise validation_error(
            "schedule_bad_start", number=number, days=named, value=str(item["start"])
        )
    if end is None:
        raise validation_error(
            "schedule_bad_end", number=number, days=named, value=str(item["end"])
        )
    if end == start:
        raise validation_error(
            "schedule_no_length", number=number, days=named, value=str(item["start"])
        )
    return [WeeklyWindow(day, start, end or MINUTES_PER_DAY) for day in days]


def read_schedule(value: Any, language: Language) -> WeeklySchedule | None:
    """The `WeeklySchedule` of the field's value (`None` when left out: at any time).

    Day names in the refusals are in `language` (the caller's).
    """
    if value is None:
        return None
    items = value if isinstance(value, list) else [value]
    if not items:
        raise validation_error("schedule_empty")
    if len(items) > MAX_WINDOWS:
        raise validation_error(
            "schedule_too_many_windows", count=str(len(items)), limit=str(MAX_WINDOWS)
        )
    windows = [
        window
        for index, item in enumerate(items)
        for window in _window(item, str(index + 1), language)
    ]
    return WeeklySchedule(tuple(windows))


def schedule_texts(schedule: WeeklySchedule | None, language: Language) -> list[str] | None:
    """Each window as text for an answer ("Monday 22:00–06:00 (overnight)"); `None`: always."""
    if schedule is None:
        return None
    return [describe_window(window, language) for window in schedule.windows]


def schedule_form(schedule: WeeklySchedule | None) -> list[dict[str, Any]] | None:
    """The schedule as a `schedule` field takes it, weekdays with the same hours together.

    `None`: at any time. `read_schedule` of it gives the same schedule back, so a panel
    edits a grant's hours by sending back what it read, changed.
    """
    if schedule is None:
        return None
    days_by_hours: dict[tuple[int, int], list[str]] = {}
    for window in schedule.windows:
        days = days_by_hours.setdefault((window.start, window.end), [])
        days.append(WEEKDAY_CODES[window.weekday])
    return [
        {"weekdays": days, "start": clock_text(start), "end": clock_text(end)}
        for (start, end), days in days_by_hours.items()
    ]
