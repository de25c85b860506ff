"""Weekly windows: half-open, overnight, wall-clock across clock changes, described."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings, strategies as st
import pytest

from custom_components.digitalkey.access.contact import Language
from custom_components.digitalkey.access.errors import AccessError, ErrorCode
from custom_components.digitalkey.access.schedules import (
    Weekday,
    WeeklySchedule,
    WeeklyWindow,
    common_windows,
    describe,
    describe_window,
    intersect,
    is_open,
    next_opening,
    window_items,
)

from .strategies import ZONES, instants, window_triples

OSLO = ZoneInfo("Europe/Oslo")
WORKDAYS = WeeklySchedule.of(*((day, 7 * 60, 17 * 60) for day in range(5)))
SPRING_FORWARD = datetime(2026, 3, 29, 1, tzinfo=UTC)
"""02:00 local becomes 03:00 in all three zones (the EU rule)."""
FALL_BACK = datetime(2026, 10, 25, 1, tzinfo=UTC)
"""03:00 local becomes 02:00 again."""


def local(
    zone: ZoneInfo, year: int, month: int, day: int, hour: int, minute: int, fold: int = 0
) -> datetime:
    """The instant (UTC) at which clocks in `zone` show this time (`fold`=1: second pass)."""
    return datetime(year, month, day, hour, minute, tzinfo=zone, fold=fold).astimezone(UTC)


def test_window_is_half_open() -> None:
    monday = datetime(2026, 3, 23, tzinfo=OSLO)
    assert not is_open(WORKDAYS, monday.replace(hour=6, minute=59, second=59), OSLO)
    assert is_open(WORKDAYS, monday.replace(hour=7), OSLO)
    assert is_open(WORKDAYS, monday.replace(hour=16, minute=59, second=59), OSLO)
    assert not is_open(WORKDAYS, monday.replace(hour=17), OSLO)
    assert not is_open(WORKDAYS, monday.replace(day=28, hour=12), OSLO), "Saturday"


def test_no_schedule_is_always_open() -> None:
    assert is_open(None, datetime(2026, 3, 29, 2, 30, tzinfo=UTC), OSLO)
    at = datetime(2026, 1, 1, tzinfo=UTC)
    assert next_opening(None, at, OSLO) == at


def test_overnight_window_belongs_to_the_day_it_starts() -> None:
    friday_night = WeeklySchedule.of((Weekday.FRIDAY, 22 * 60, 6 * 60))
    assert friday_night.windows[0].overnight
    friday = datetime(2026, 3, 27, tzinfo=OSLO)
    assert not is_open(friday_night, friday.replace(hour=21, minute=59), OSLO)
    assert is_open(friday_night, friday.replace(hour=22), OSLO)
    assert is_open(friday_night, friday.replace(day=28, hour=5, minute=59), OSLO)
    assert not is_open(friday_night, friday.replace(day=28, hour=6), OSLO)
    assert not is_open(friday_night, friday.replace(hour=3), OSLO), "Thursday night is not open"


def test_sunday_night_runs_into_monday() -> None:
    sunday_night = WeeklySchedule.of((Weekday.SUNDAY, 23 * 60, 60))
    assert is_open(sunday_night, datetime(2026, 3, 23, 0, 30, tzinfo=OSLO), OSLO)
    assert not is_open(sunday_night, datetime(2026, 3, 24, 0, 30, tzinfo=OSLO), OSLO)


def test_end_of_day_is_minute_1440() -> None:
    evening = WeeklySchedule.of((Weekday.MONDAY, 20 * 60, 24 * 60))
    assert is_open(evening, datetime(2026, 3, 23, 23, 59, 59, tzinfo=OSLO), OSLO)
    assert not is_open(evening, datetime(2026, 3, 24, 0, 0, tzinfo=OSLO), OSLO)


@pytest.mark.parametrize(
    ("weekday", "start", "end"),
    [(7, 0, 60), (-1, 0, 60), (0, -1, 60), (0, 1440, 60), (0, 60, 0), (0, 60, 1441), (0, 60, 60)],
)
def test_malformed_windows_are_refused(weekday: int, start: int, end: int) -> None:
    with pytest.raises(AccessError) as err:
        WeeklyWindow(weekday, start, end)  # type: ignore[arg-type]
    assert err.value.code is ErrorCode.INVALID_WINDOW


def test_an_empty_schedule_is_refused() -> None:
    with pytest.raises(AccessError):
        WeeklySchedule(())


def test_windows_are_kept_sorted_and_unique() -> None:
    schedule = WeeklySchedule.of((2, 60, 120), (0, 60, 120), (2, 60, 120))
    assert schedule == WeeklySchedule.of((0, 60, 120), (2, 60, 120))
    assert WeeklySchedule.from_list(schedule.to_list()) == schedule


@pytest.mark.parametrize("zone", [ZoneInfo(name) for name in ZONES])
def test_a_window_in_the_skipped_hour_does_not_open_that_night(zone: ZoneInfo) -> None:
    skipped = WeeklySchedule.of((Weekday.SUNDAY, 2 * 60, 2 * 60 + 30))
    night = [SPRING_FORWARD + timedelta(minutes=m) for m in range(-120, 120)]
    assert not any(is_open(skipped, at, zone) for at in night)
    saturday = datetime(2026, 3, 28, 12, tzinfo=UTC)
    assert next_opening(skipped, saturday, zone) == local(zone, 2026, 4, 5, 2, 0)


@pytest.mark.parametrize("zone", [ZoneInfo(name) for name in ZONES])
def test_a_window_starting_in_the_skipped_hour_opens_when_clocks_jump(zone: ZoneInfo) -> None:
    early = WeeklySchedule.of((Weekday.SUNDAY, 2 * 60 + 30, 4 * 60))
    assert not is_open(early, SPRING_FORWARD - timedelta(seconds=1), zone)
    assert is_open(early, SPRING_FORWARD, zone)
    assert next_opening(early, SPRING_FORWARD - timedelta(hours=5), zone) == SPRING_FORWARD
    # One hour of wall clock is lost: 03:00-04:00 local is one real hour, not one and a half.
    assert not is_open(early, SPRING_FORWARD + timedelta(hours=1), zone)


@pytest.mark.parametrize("zone", [ZoneInfo(name) for name in ZONES])
def test_a_window_in_the_repeated_hour_opens_in_both_passes(zone: ZoneInfo) -> None:
    repeated = WeeklySchedule.of((Weekday.SUNDAY, 2 * 60, 2 * 60 + 30))
    first = local(zone, 2026, 10, 25, 2, 0, fold=0)
    second = local(zone, 2026, 10, 25, 2, 0, fold=1)
    assert second - first == timedelta(hours=1)
    for start in (first, second):
        assert is_open(repeated, start, zone)
        assert is_open(repeated, start + timedelta(minutes=29, seconds=59), zone)
        assert not is_open(repeated, start + timedelta(minutes=30), zone)
    between = first + timedelta(minutes=45)
    assert not is_open(repeated, between, zone)
    assert next_opening(repeated, between, zone) == second


@pytest.mark.parametrize("zone", [ZoneInfo(name) for name in ZONES])
def test_a_window_around_the_repeated_hour_reopens_when_clocks_go_back(zone: ZoneInfo) -> None:
    late_night = WeeklySchedule.of((Weekday.SUNDAY, 60, 2 * 60 + 30))
    assert not is_open(late_night, FALL_BACK - timedelta(minutes=1), zone), "03:00 summer"
    back = local(zone, 2026, 10, 25, 2, 0, fold=1)
    assert back == FALL_BACK
    assert next_opening(late_night, FALL_BACK - timedelta(minutes=1), zone) == FALL_BACK


@pytest.mark.parametrize("zone", [ZoneInfo(name) for name in ZONES])
def test_an_overnight_window_across_a_clock_change_follows_the_wall_clock(zone: ZoneInfo) -> None:
    saturday_night = WeeklySchedule.of((Weekday.SATURDAY, 22 * 60, 6 * 60))
    start = local(zone, 2026, 3, 28, 22, 0)
    end = local(zone, 2026, 3, 29, 6, 0)
    assert end - start == timedelta(hours=7), "the night is an hour shorter"
    assert is_open(saturday_night, end - timedelta(seconds=1), zone)
    assert not is_open(saturday_night, end, zone)
    assert next_opening(saturday_night, start - timedelta(hours=3), zone) == start


@settings(max_examples=200, deadline=None)
@given(st.lists(window_triples, min_size=1, max_size=4), instants, st.sampled_from(ZONES))
def test_next_opening_is_the_first_open_minute(
    triples: list[tuple[int, int, int]], after: datetime, zone_name: str
) -> None:
    """Open at the answer, and closed at every whole minute (and the start) before it."""
    zone = ZoneInfo(zone_name)
    schedule = WeeklySchedule.of(*triples)
    opening = next_opening(schedule, after, zone)
    assert opening is not None
    assert opening >= after
    assert is_open(schedule, opening, zone)
    if opening > after:
        assert not is_open(schedule, after, zone)
        minute = after.replace(second=0, microsecond=0) + timedelta(minutes=1)
        while minute < opening:
            assert not is_open(schedule, minute, zone), minute
            minute += timedelta(minutes=1)


@given(st.lists(window_triples, min_size=1, max_size=4), instants)
def test_is_open_matches_the_window_arithmetic(
    triples: list[tuple[int, int, int]], at: datetime
) -> None:
    schedule = WeeklySchedule.of(*triples)
    wall = at.astimezone(OSLO)
    minute, day = wall.hour * 60 + wall.minute, wall.weekday()
    expected = any(
        (d == day and s <= minute < e)
        if s < e
        else (d == day and minute >= s) or ((d + 1) % 7 == day and minute < e)
        for d, s, e in triples
    )
    assert is_open(schedule, at, OSLO) == expected


SERVICE = WeeklySchedule.of(
    (Weekday.TUESDAY, 13 * 60, 16 * 60),
    (Weekday.THURSDAY, 8 * 60, 12 * 60),
    (Weekday.FRIDAY, 12 * 60, 15 * 60),
)
CLEANER = WeeklySchedule.of(
    *((day, 7 * 60, 9 * 60) for day in range(5)),
    *((day, 16 * 60, 18 * 60) for day in range(5)),
    (Weekday.SATURDAY, 10 * 60, 14 * 60),
)


@pytest.mark.parametrize(
    ("schedule", "language", "text"),
    [
        (WORKDAYS, Language.ENGLISH, "Monday–Friday 07:00–17:00"),
        (WORKDAYS, Language.NORWEGIAN, "mandag–fredag 07.00–17.00"),
        (WORKDAYS, Language.DANISH, "mandag–fredag 07.00–17.00"),
        (WORKDAYS, Language.DUTCH, "maandag t/m vrijdag 07:00–17:00"),
        (None, Language.ENGLISH, "always"),
        (None, Language.NORWEGIAN, "alltid"),
        (None, Language.DANISH, "altid"),
        (None, Language.DUTCH, "altijd"),
        (
            SERVICE,
            Language.ENGLISH,
            "Tuesday 13:00–16:00; Thursday 08:00–12:00; Friday 12:00–15:00",
        ),
        (
            CLEANER,
            Language.NORWEGIAN,
            "mandag–fredag 07.00–09.00, 16.00–18.00; lørdag 10.00–14.00",
        ),
        (
            WeeklySchedule.of(*((day, 0, 1440) for day in range(7))),
            Language.DANISH,
            "alle dage 00.00–24.00",
        ),
        (
            WeeklySchedule.of((0, 60, 120), (2, 60, 120), (3, 60, 120), (4, 60, 120)),
            Language.DUTCH,
            "maandag, woensdag t/m vrijdag 01:00–02:00",
        ),
        (
            WeeklySchedule.of(
                (Weekday.FRIDAY, 22 * 60, 6 * 60), (Weekday.SATURDAY, 22 * 60, 6 * 60)
            ),
            Language.ENGLISH,
            "Friday, Saturday 22:00–06:00",
        ),
    ],
)
def test_describe(schedule: WeeklySchedule | None, language: Language, text: str) -> None:
    assert describe(schedule, language) == text


@pytest.mark.parametrize(
    ("window", "language", "text"),
    [
        (WeeklyWindow(Weekday.MONDAY, 7 * 60, 17 * 60), Language.ENGLISH, "Monday 07:00–17:00"),
        (
            WeeklyWindow(Weekday.MONDAY, 22 * 60, 6 * 60),
            Language.ENGLISH,
            "Monday 22:00–06:00 (overnight)",
        ),
        (
            WeeklyWindow(Weekday.FRIDAY, 22 * 60, 6 * 60),
            Language.NORWEGIAN,
            "fredag 22.00–06.00 (over natten)",
        ),
        (
            WeeklyWindow(Weekday.SUNDAY, 23 * 60, 60),
            Language.DUTCH,
            "zondag 23:00–01:00 ('s nachts)",
        ),
    ],
)
def test_describe_window_says_when_it_runs_overnight(
    window: WeeklyWindow, language: Language, text: str
) -> None:
    assert describe_window(window, language) == text


def test_window_items_are_readable_and_round_trip() -> None:
    schedule = WeeklySchedule.of((Weekday.SUNDAY, 0, 1440), (Weekday.MONDAY, 22 * 60, 6 * 60 + 30))
    assert window_items(schedule) == [
        {"weekday": "mon", "start": "22:00", "end": "06:30"},
        {"weekday": "sun", "start": "00:00", "end": "24:00"},
    ]


@given(st.lists(window_triples, min_size=1, max_size=6))
def test_window_items_describe_every_window(triples: list[tuple[int, int, int]]) -> None:
    schedule = WeeklySchedule.of(*triples)
    days = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    again = WeeklySchedule.of(
        *(
            (
                days.index(item["weekday"]),
                int(item["start"][:2]) * 60 + int(item["start"][3:]),
                int(item["end"][:2]) * 60 + int(item["end"][3:]),
            )
            for item in window_items(schedule)
        )
    )
    assert again == schedule


# What two schedules have in common ------------------------------------------------------------


def test_common_hours_of_an_overnight_window_and_a_day_window() -> None:
    friday_night = WeeklySchedule.of((4, 22 * 60, 6 * 60))
    saturday_morning = WeeklySchedule.of((5, 5 * 60, 12 * 60), (4, 23 * 60, 1440))
    assert common_windows(friday_night, saturday_morning) == (
        WeeklyWindow(Weekday.FRIDAY, 23 * 60, 1440),
        WeeklyWindow(Weekday.SATURDAY, 5 * 60, 6 * 60),
    )


def test_no_schedule_leaves_the_other_as_it_is() -> None:
    assert intersect(None, WORKDAYS) is WORKDAYS
    assert intersect(WORKDAYS, None) is WORKDAYS
    assert intersect(None, None) is None
    assert intersect(WORKDAYS, WORKDAYS) is WORKDAYS


def test_schedules_with_nothing_in_common_are_refused() -> None:
    weekend = WeeklySchedule.of((5, 0, 1440), (6, 0, 1440))
    assert common_windows(WORKDAYS, weekend) == ()
    with pytest.raises(AccessError) as err:
        intersect(WORKDAYS, weekend)
    assert err.value.code is ErrorCode.INVALID_WINDOW
    assert err.value.placeholders == {"field": "schedule"}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(window_triples, min_size=1, max_size=4),
    st.lists(window_triples, min_size=1, max_size=4),
    st.lists(instants, min_size=1, max_size=20),
    st.sampled_from(ZONES),
)
def test_common_hours_open_exactly_when_both_do(
    first: list[tuple[int, int, int]],
    second: list[tuple[int, int, int]],
    moments: list[datetime],
    zone: str,
) -> None:
    """Also at every window's edges and across the clock change in the drawn span."""
    tz = ZoneInfo(zone)
    a, b = WeeklySchedule.of(*first), WeeklySchedule.of(*second)
    windows = common_windows(a, b)
    edges = {
        local(tz, 2026, 3, day, minute // 60 % 24, minute % 60) + shift
        for day in range(23, 31)
        for _, start, end in (*first, *second)
        for minute in (start, end % 1440)
        for shift in (timedelta(0), -timedelta(minutes=1))
    }
    for at in [*moments, *edges]:
        both = is_open(a, at, tz) and is_open(b, at, tz)
        if not windows:
            assert not both
            continue
        assert is_open(intersect(a, b), at, tz) == both, at.isoformat()
