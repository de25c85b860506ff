"""Invariants of the days-left estimate, for random histories."""

from __future__ import annotations

from hypothesis import assume, given, strategies as st

from custom_components.digitalkey.batteries.estimate import FIT_WINDOW_S, days_left
from custom_components.digitalkey.batteries.history import BatteryHistory, Reading

from .simulate import DAY, START

NOW = START + 60 * DAY


@st.composite
def histories(draw: st.DrawFn) -> BatteryHistory:
    """Up to 40 readings in the 40 days before `NOW` (some outside the fit window)."""
    ages = draw(st.lists(st.integers(0, 40 * DAY), max_size=40))
    readings = tuple(
        Reading(NOW - age, draw(st.integers(0, 100)), 2700) for age in sorted(ages, reverse=True)
    )
    changed_at = draw(st.none() | st.integers(NOW - 45 * DAY, NOW))
    return BatteryHistory(readings=readings, changed_at=changed_at)


@st.composite
def day_points(draw: st.DrawFn) -> list[tuple[int, int]]:
    """Readings as (whole days before `NOW`, level), oldest first, distinct days."""
    days = draw(st.lists(st.integers(0, 27), min_size=3, max_size=20, unique=True))
    return [(d, draw(st.integers(0, 60))) for d in sorted(days, reverse=True)]


def history_of(points: list[tuple[int, int]], shift: int = 0) -> BatteryHistory:
    return BatteryHistory(
        readings=tuple(Reading(NOW - d * DAY + shift, p, 2700) for d, p in points)
    )


@given(histories(), st.integers(-DAY, 10 * DAY))
def test_never_negative(history: BatteryHistory, later: int) -> None:
    days = days_left(history, NOW + later)
    assert days is None or days >= 0


@given(st.lists(st.integers(0, FIT_WINDOW_S), min_size=3, max_size=30), st.data())
def test_unknown_when_the_level_never_falls(ages: list[int], data: st.DataObject) -> None:
    ages.sort(reverse=True)
    levels = sorted(
        data.draw(st.lists(st.integers(0, 100), min_size=len(ages), max_size=len(ages)))
    )
    readings = tuple(Reading(NOW - age, p, 2700) for age, p in zip(ages, levels, strict=True))
    assert days_left(BatteryHistory(readings=readings), NOW) is None


@given(day_points(), st.integers(1, 3))
def test_a_steeper_fall_never_gives_more_days(
    points: list[tuple[int, int]], extra_per_day: int
) -> None:
    # Adding extra_per_day points per day of age leaves the fitted level at `NOW` as it is
    # and makes the line fall faster.
    steeper = [(d, p + extra_per_day * d) for d, p in points]
    before = days_left(history_of(points), NOW)
    after = days_left(history_of(steeper), NOW)
    if before is not None:
        assert after is not None
        assert after <= before


@given(
    st.lists(st.integers(0, 27), min_size=3, max_size=20, unique=True),
    st.integers(0, 100),
    st.integers(1, 5),
)
def test_exact_linear_data_matches_the_closed_form(
    days_before: list[int], level_now: int, per_day: int
) -> None:
    assume(max(days_before) - min(days_before) >= 2)
    points = [(d, level_now + per_day * d) for d in sorted(days_before, reverse=True)]
    days = days_left(history_of(points), NOW)
    assert days is not None
    assert abs(days - level_now / per_day) <= 1


@given(histories(), st.integers(-(10**9), 10**9), st.integers(-DAY, 10 * DAY))
def test_shifting_every_time_together_changes_nothing(
    history: BatteryHistory, shift: int, later: int
) -> None:
    shifted = BatteryHistory(
        readings=tuple(Reading(r.at + shift, r.percent, r.millivolts) for r in history.readings),
        changed_at=None if history.changed_at is None else history.changed_at + shift,
    )
    assert days_left(shifted, NOW + later + shift) == days_left(history, NOW + later)
