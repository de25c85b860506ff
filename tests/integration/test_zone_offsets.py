"""Finding a zone's next change of UTC offset, against the rules of real zones."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from hypothesis import given, settings, strategies as st
import pytest

from custom_components.digitalkey.zone_offsets import next_offset_change, offset_at

HOUR = 3600


def _utc(text: str) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp()


@pytest.mark.parametrize(
    ("zone", "after", "change", "before_s", "after_s"),
    [
        # EU rule: both at 01:00 UTC on the last Sunday of March and of October.
        ("Europe/Oslo", "2026-12-01T12:00", "2027-03-28T01:00", HOUR, 2 * HOUR),
        ("Europe/Oslo", "2027-03-28T01:00", "2027-10-31T01:00", 2 * HOUR, HOUR),
        ("Europe/Amsterdam", "2027-06-01T00:00", "2027-10-31T01:00", 2 * HOUR, HOUR),
        ("Europe/Amsterdam", "2027-10-31T00:59:59.5", "2027-10-31T01:00", 2 * HOUR, HOUR),
        # Southern hemisphere: summer time ends in April and starts in October.
        ("Australia/Sydney", "2026-12-01T00:00", "2027-04-03T16:00", 11 * HOUR, 10 * HOUR),
        ("Australia/Sydney", "2027-05-01T00:00", "2027-10-02T16:00", 10 * HOUR, 11 * HOUR),
        # Half-hour offsets, and a zone whose summer time is half an hour.
        ("Australia/Adelaide", "2026-12-01T00:00", "2027-04-03T16:30", 37_800, 34_200),
        ("America/St_Johns", "2027-01-10T00:00", "2027-03-14T05:30", -12_600, -9_000),
        ("Australia/Lord_Howe", "2026-12-01T00:00", "2027-04-03T15:00", 11 * HOUR, 37_800),
    ],
)
def test_next_change_is_the_first_second_of_the_new_offset(
    zone: str, after: str, change: str, before_s: int, after_s: int
) -> None:
    tz = ZoneInfo(zone)
    found = next_offset_change(tz, _utc(after))
    assert found == _utc(change)
    assert offset_at(tz, found - 1) == before_s
    assert offset_at(tz, found) == after_s


@pytest.mark.parametrize("zone", ["UTC", "Asia/Kolkata", "Asia/Tokyo", "Africa/Lagos"])
def test_a_zone_without_daylight_saving_has_no_next_change(zone: str) -> None:
    assert next_offset_change(ZoneInfo(zone), _utc("2026-12-01T00:00")) is None


def test_a_change_beyond_the_horizon_is_not_found() -> None:
    oslo = ZoneInfo("Europe/Oslo")
    after = _utc("2026-12-01T00:00")
    assert next_offset_change(oslo, after, horizon=30 * 86_400) is None
    assert next_offset_change(oslo, after, horizon=120 * 86_400) == _utc("2027-03-28T01:00")


def test_offsets_are_signed_seconds_east_of_utc() -> None:
    winter = _utc("2027-01-15T12:00")
    assert offset_at(ZoneInfo("UTC"), winter) == 0
    assert offset_at(ZoneInfo("Asia/Kolkata"), winter) == 19_800
    assert offset_at(ZoneInfo("America/New_York"), winter) == -5 * HOUR
    assert offset_at(ZoneInfo("Pacific/Kiritimati"), winter) == 14 * HOUR


ZONES = [
    "Europe/Oslo",
    "Europe/Amsterdam",
    "Australia/Adelaide",
    "Australia/Lord_Howe",
    "America/Santiago",
    "America/St_Johns",
    "Pacific/Auckland",
    "Asia/Kolkata",
]


@settings(max_examples=40, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    after=st.integers(min_value=int(_utc("2024-01-01T00:00")), max_value=int(_utc("2040-01-01"))),
)
def test_the_offset_holds_until_the_change_found(zone: str, after: int) -> None:
    """Checked hour by hour, which the search (a day at a time, then bisecting) never does."""
    tz = ZoneInfo(zone)
    found = next_offset_change(tz, after)
    current = offset_at(tz, after)
    end = after + 366 * 86_400 if found is None else found
    assert all(offset_at(tz, t) == current for t in range(after, end, HOUR))
    assert offset_at(tz, end - 1) == current
    if found is not None:
        assert found > after
        assert offset_at(tz, found) != current
