"""The days-left estimate: a line through the present battery's recent readings."""

from __future__ import annotations

from custom_components.digitalkey.batteries.estimate import (
    FIT_WINDOW_S,
    MIN_READINGS,
    MIN_SPAN_S,
    days_left,
)
from custom_components.digitalkey.batteries.history import BatteryHistory, Reading, record_change

from .simulate import DAY, START, falling, fed, millivolts


def history_of(*points: tuple[int, int]) -> BatteryHistory:
    """A history with readings at `START + day * DAY` of the given levels."""
    return BatteryHistory(
        readings=tuple(Reading(START + day * DAY, p, millivolts(p)) for day, p in points)
    )


def test_an_even_fall_reaches_zero_where_the_line_does() -> None:
    # 50 % falling 2 points a day: 0 % on day 25; asked on day 10 → 15 days left.
    history = history_of((0, 50), (5, 40), (10, 30))
    assert days_left(history, START + 10 * DAY) == 15


def test_days_are_counted_from_now_and_floored() -> None:
    history = history_of((0, 50), (5, 40), (10, 30))
    assert days_left(history, START + 12 * DAY) == 13
    assert days_left(history, START + 12 * DAY + 1) == 12


def test_a_line_already_below_zero_gives_zero_days() -> None:
    history = history_of((0, 6), (1, 4), (2, 2))
    assert days_left(history, START + 20 * DAY) == 0


def test_too_few_readings_is_unknown() -> None:
    points = [(day, 50 - day) for day in range(MIN_READINGS - 1)] + [(5, 40)]
    assert days_left(history_of(*points), START + 5 * DAY) is not None
    assert days_left(history_of(*points[1:]), START + 5 * DAY) is None
    assert days_left(BatteryHistory(), START) is None


def test_a_span_under_two_days_is_unknown() -> None:
    readings = tuple(Reading(START + n * 3600, 60 - n, 2700) for n in range(48))
    assert days_left(BatteryHistory(readings=readings), START + MIN_SPAN_S) is None
    longer = (*readings, Reading(START + MIN_SPAN_S, 10, 2500))
    assert days_left(BatteryHistory(readings=longer), START + MIN_SPAN_S) is not None


def test_a_flat_or_rising_level_is_unknown() -> None:
    assert days_left(history_of((0, 40), (3, 40), (6, 40)), START + 6 * DAY) is None
    assert days_left(history_of((0, 40), (3, 41), (6, 42)), START + 6 * DAY) is None


def test_only_readings_of_the_last_four_weeks_count() -> None:
    # An old steep fall, then four weeks of a slow one: the estimate follows the slow one.
    old = [(day, 100 - 3 * day) for day in range(10)]
    recent = [(day, 73 - (day - 10) // 2) for day in range(10, 40)]
    now = START + 39 * DAY
    history = history_of(*old, *recent)
    assert days_left(history, now) == days_left(history_of(*recent[-29:]), now)
    assert FIT_WINDOW_S == 28 * DAY


def test_readings_after_now_are_left_out() -> None:
    history = history_of((0, 50), (5, 40), (10, 30), (11, 100))
    assert days_left(history, START + 10 * DAY) == 15


def test_only_the_present_battery_counts() -> None:
    history = fed(falling(START, 20, 60, 2.5))
    assert days_left(history, START + 20 * DAY) is not None
    changed = record_change(history, START + 15 * DAY)
    # Five days of the old line are left: still enough readings and span, same slope.
    assert days_left(changed, START + 20 * DAY) == days_left(history, START + 20 * DAY)
    assert days_left(record_change(history, START + 19 * DAY), START + 20 * DAY) is None
