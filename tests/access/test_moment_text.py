"""Moments as a guest reads them: weekday, day and month's name, today and tomorrow, the zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, strategies as st
import pytest

from custom_components.digitalkey.access.contact import Language
from custom_components.digitalkey.access.moment_text import moment_text, zone_name

from .strategies import ZONES, instants

OSLO = ZoneInfo("Europe/Oslo")
NOW = datetime(2026, 11, 30, 21, 30, tzinfo=UTC)  # Monday 30 November, 22:30 in Oslo
WEDNESDAY_7 = datetime(2026, 12, 2, 6, 0, tzinfo=UTC)  # 07:00 in Oslo


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (Language.ENGLISH, "Wednesday 2 December, 07:00"),
        (Language.NORWEGIAN, "onsdag 2. desember kl. 07.00"),
        (Language.DANISH, "onsdag den 2. december kl. 07.00"),
        (Language.DUTCH, "woensdag 2 december om 07:00"),
    ],
)
def test_a_day_after_tomorrow_is_its_weekday_day_and_month(
    language: Language, expected: str
) -> None:
    assert moment_text(WEDNESDAY_7, NOW, OSLO, language) == expected


@pytest.mark.parametrize(
    ("language", "today", "tomorrow", "next_year"),
    [
        (Language.ENGLISH, "today, 23:15", "tomorrow, 07:00", "Friday 1 January 2027, 07:00"),
        (
            Language.NORWEGIAN,
            "i dag kl. 23.15",
            "i morgen kl. 07.00",
            "fredag 1. januar 2027 kl. 07.00",
        ),
        (
            Language.DANISH,
            "i dag kl. 23.15",
            "i morgen kl. 07.00",
            "fredag den 1. januar 2027 kl. 07.00",
        ),
        (Language.DUTCH, "vandaag om 23:15", "morgen om 07:00", "vrijdag 1 januari 2027 om 07:00"),
    ],
)
def test_today_tomorrow_and_another_year_say_so(
    language: Language, today: str, tomorrow: str, next_year: str
) -> None:
    assert moment_text(NOW + timedelta(minutes=45), NOW, OSLO, language) == today
    assert moment_text(WEDNESDAY_7 - timedelta(days=1), NOW, OSLO, language) == tomorrow
    new_year = datetime(2027, 1, 1, 6, 0, tzinfo=UTC)
    assert moment_text(new_year, NOW, OSLO, language) == next_year


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (Language.ENGLISH, "Tuesday 1 December, 07:00"),
        (Language.NORWEGIAN, "tirsdag 1. desember kl. 07.00"),
        (Language.DANISH, "tirsdag den 1. december kl. 07.00"),
        (Language.DUTCH, "dinsdag 1 december om 07:00"),
    ],
)
def test_a_message_names_the_day_even_tomorrow(language: Language, expected: str) -> None:
    """A message read on another day would be wrong with "tomorrow": it names the day."""
    tomorrow = WEDNESDAY_7 - timedelta(days=1)
    assert moment_text(tomorrow, NOW, OSLO, language, relative=False) == expected
    assert "today" not in moment_text(NOW, NOW, OSLO, Language.ENGLISH, relative=False)


def test_days_are_the_buildings_not_utcs() -> None:
    """At 00:30 in Oslo it is still yesterday in UTC: "today" is Oslo's today."""
    now = datetime(2026, 12, 1, 23, 30, tzinfo=UTC)  # Wednesday 00:30 in Oslo
    assert moment_text(WEDNESDAY_7, now, OSLO, Language.ENGLISH) == "today, 07:00"
    assert moment_text(WEDNESDAY_7, now, ZoneInfo("UTC"), Language.ENGLISH) == "tomorrow, 06:00"


def test_a_zone_is_named_as_a_reader_knows_it() -> None:
    assert zone_name(OSLO) == "Europe/Oslo"
    assert zone_name(ZoneInfo("America/New_York")) == "America/New York"
    assert zone_name(ZoneInfo("UTC")) == "UTC"


@given(instants, instants, st.sampled_from(ZONES), st.sampled_from(list(Language)))
def test_every_moment_shows_its_clock_time_in_the_zone(
    value: datetime, now: datetime, zone: str, language: Language
) -> None:
    tz = ZoneInfo(zone)
    local = value.astimezone(tz)
    separator = "." if language in (Language.NORWEGIAN, Language.DANISH) else ":"
    text = moment_text(value, now, tz, language)
    assert text.endswith(f"{local.hour:02d}{separator}{local.minute:02d}")
    relative = (local.date() - now.astimezone(tz).date()).days
    words = text.replace(".", " ").replace(",", " ").split()
    if relative not in (0, 1):
        assert str(local.day) in words
    assert (str(local.year) in words) == (
        relative not in (0, 1) and local.year != now.astimezone(tz).year
    )
