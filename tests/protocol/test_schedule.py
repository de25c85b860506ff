"""When a credential record opens (§8.1.1): validity in UTC, weekdays and windows local."""

from __future__ import annotations

from hypothesis import given, strategies as st
import pytest

from custom_components.digitalkey.protocol.constants import (
    UTC_OFFSET_MAX_S,
    UTC_OFFSET_MIN_S,
    CredentialType,
    DenyReason,
)
from custom_components.digitalkey.protocol.records import (
    ALL_WEEKDAYS,
    MINUTES_PER_DAY,
    CredentialRecord,
)
from custom_components.digitalkey.protocol.schedule import (
    deny_reason,
    in_window,
    local_weekday_minute,
)

DAY = 86_400
MONDAY = 1_789_344_000
"""2026-09-14 00:00 UTC, a Monday."""
SUNDAY = 1 << 6
times = st.integers(MONDAY - 400 * DAY, MONDAY + 400 * DAY)
offsets = st.integers(UTC_OFFSET_MIN_S, UTC_OFFSET_MAX_S)
masks = st.integers(1, ALL_WEEKDAYS)


def _record(**kwargs: int) -> CredentialRecord:
    return CredentialRecord(1, 1, CredentialType.PIN, bytes(8), **kwargs)  # type: ignore[arg-type]


def _at(weekday: int, hour: int, minute: int = 0) -> int:
    """Local time of `weekday` (0 Monday) at hh:mm in the week of MONDAY."""
    return MONDAY + weekday * DAY + hour * 3600 + minute * 60


def test_monday_is_weekday_0() -> None:
    assert local_weekday_minute(MONDAY) == (0, 0)
    assert local_weekday_minute(_at(6, 23, 59)) == (6, 1439)


@given(times, masks)
def test_an_all_day_window_is_open_on_every_day_of_the_mask(local: int, mask: int) -> None:
    record = _record(weekdays=mask, window_start=0, window_end=MINUTES_PER_DAY)
    weekday, _ = local_weekday_minute(local)
    assert in_window(record, local) is bool(mask & (1 << weekday))


@pytest.mark.parametrize(
    ("local", "open_"),
    [
        (_at(6, 21, 59), False),  # Sunday before the start
        (_at(6, 22, 0), True),  # Sunday at the start (inclusive)
        (_at(6, 23, 59), True),
        (_at(7, 0, 0), True),  # Monday after midnight: still Sunday's window
        (_at(7, 1, 59), True),
        (_at(7, 2, 0), False),  # the end is exclusive
        (_at(7, 22, 30), False),  # Monday evening: Monday is not in the mask
        (_at(6, 1, 0), False),  # Sunday early morning belongs to Saturday's window
    ],
)
def test_an_overnight_window_belongs_to_the_day_it_starts(local: int, open_: bool) -> None:
    sunday_night = _record(weekdays=SUNDAY, window_start=22 * 60, window_end=2 * 60)
    assert in_window(sunday_night, local) is open_


@given(times, masks, st.integers(1, MINUTES_PER_DAY - 1), st.integers(0, MINUTES_PER_DAY - 2))
def test_an_overnight_window_is_the_evening_plus_the_next_morning(
    local: int, mask: int, start: int, end: int
) -> None:
    end = min(end, start - 1)
    overnight = _record(weekdays=mask, window_start=start, window_end=end)
    evening = _record(weekdays=mask, window_start=start, window_end=MINUTES_PER_DAY)
    next_day = ((mask << 1) | (mask >> 6)) & ALL_WEEKDAYS  # Sunday's morning is Monday's
    morning = _record(weekdays=next_day, window_start=0, window_end=end) if end else None
    expected = in_window(evening, local) or (morning is not None and in_window(morning, local))
    assert in_window(overnight, local) is expected


@given(times, offsets, masks, st.integers(0, MINUTES_PER_DAY - 1), st.integers(0, 1440))
def test_the_schedule_is_read_in_local_time(
    utc: int, offset: int, mask: int, start: int, end: int
) -> None:
    if end == start:
        end = MINUTES_PER_DAY if start == 0 else 0
    record = _record(weekdays=mask, window_start=start, window_end=end)
    expected = DenyReason.NONE if in_window(record, utc + offset) else DenyReason.OUTSIDE_SCHEDULE
    assert deny_reason(record, utc, offset) is expected


def test_validity_is_utc_whatever_the_offset() -> None:
    record = _record(valid_from=MONDAY, valid_until=MONDAY + DAY)
    east = UTC_OFFSET_MAX_S  # local time is 14 h ahead: it is Monday locally already
    assert deny_reason(record, MONDAY - 1, east) is DenyReason.NOT_YET_VALID
    assert deny_reason(record, MONDAY, east) is DenyReason.NONE
    assert deny_reason(record, MONDAY + DAY - 1, UTC_OFFSET_MIN_S) is DenyReason.NONE
    assert deny_reason(record, MONDAY + DAY, UTC_OFFSET_MIN_S) is DenyReason.EXPIRED


def test_a_utc_offset_moves_the_window_sunday_to_monday() -> None:
    sunday_night = _record(weekdays=SUNDAY, window_start=22 * 60, window_end=2 * 60)
    monday_0030_utc = _at(7, 0, 30)
    assert deny_reason(sunday_night, monday_0030_utc, 0) is DenyReason.NONE
    # UTC+2: 02:30 on Monday locally, past the end.
    assert deny_reason(sunday_night, monday_0030_utc, 2 * 3600) is DenyReason.OUTSIDE_SCHEDULE
    # UTC-3: 21:30 on Sunday locally, before the start.
    assert deny_reason(sunday_night, monday_0030_utc, -3 * 3600) is DenyReason.OUTSIDE_SCHEDULE


def test_the_first_failing_check_is_the_reason() -> None:
    closed = {"weekdays": SUNDAY, "window_start": 0, "window_end": 1}
    at = _at(0, 12)
    everything = _record(enabled=False, valid_from=at + 1, **closed)
    assert deny_reason(everything, at, 0) is DenyReason.DISABLED
    assert deny_reason(_record(valid_from=at + 1, **closed), at, 0) is DenyReason.NOT_YET_VALID
    assert deny_reason(_record(valid_until=at, **closed), at, 0) is DenyReason.EXPIRED
    assert deny_reason(_record(**closed), at, 0) is DenyReason.OUTSIDE_SCHEDULE


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("weekdays", 0),
        ("weekdays", 0x80),
        ("window_start", MINUTES_PER_DAY),
        ("window_end", MINUTES_PER_DAY + 1),
    ],
)
def test_records_that_could_never_open_cannot_be_built(field: str, value: int) -> None:
    with pytest.raises(ValueError):
        _record(**{field: value})


def test_an_empty_window_and_empty_validity_cannot_be_built() -> None:
    with pytest.raises(ValueError, match="differ"):
        _record(window_start=600, window_end=600)
    with pytest.raises(ValueError, match="after valid from"):
        _record(valid_from=MONDAY, valid_until=MONDAY)
