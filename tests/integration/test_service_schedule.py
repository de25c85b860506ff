"""A weekly schedule's problems are translated sentences naming the window; overnight shows."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from homeassistant.auth.models import User
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from hypothesis import given, strategies as st
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey.access.contact import Language
from custom_components.digitalkey.access.schedules import (
    MINUTES_PER_DAY,
    Weekday,
    WeeklySchedule,
    WeeklyWindow,
)
from custom_components.digitalkey.notifications import Text, async_translate
from custom_components.digitalkey.service_schedule import read_schedule, schedule_form

from .conftest import Site
from .services_support import Building, async_building

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"]


@pytest.fixture
async def building(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, hass_admin_user: User
) -> AsyncIterator[Building]:
    async for value in async_building(hass, loaded, hass_admin_user):
        yield value


@pytest.fixture
async def person_id(building: Building) -> str:
    added = await building.call(
        "add_person", {"name": "Ola Hansen", "role": "tenant"}, user=building.admin, response=True
    )
    assert added
    return str(added["person_id"])


async def _grant(building: Building, person_id: str, schedule: Any, door: str = "laundry") -> Any:
    return await building.call(
        "grant_access",
        {"person_ids": [person_id], "doors": [building.doors[door]], "schedule": schedule},
        user=building.admin,
        response=True,
    )


async def _refusal(building: Building, person_id: str, schedule: Any) -> ServiceValidationError:
    before = building.registry.to_dict()
    with pytest.raises(ServiceValidationError) as refused:
        await _grant(building, person_id, schedule)
    assert building.registry.to_dict() == before
    return refused.value


def _window(**fields: Any) -> dict[str, Any]:
    return {"weekdays": WEEKDAYS, "start": "07:00", "end": "17:00", **fields}


@pytest.mark.parametrize(
    ("schedule", "key", "placeholders"),
    [
        ([], "schedule_empty", {}),
        ([_window()] * 51, "schedule_too_many_windows", {"count": "51", "limit": "50"}),
        (["mon 07:00-17:00"], "schedule_window_not_a_mapping", {"number": "1"}),
        (
            [_window(), _window(days=["sat"])],
            "schedule_unknown_field",
            {"number": "2", "field": "days"},
        ),
        ([{"start": "07:00", "end": "17:00"}], "schedule_no_weekdays", {"number": "1"}),
        ([_window(weekdays=[])], "schedule_no_weekdays", {"number": "1"}),
        (
            [_window(weekdays=["mon", "monday"])],
            "schedule_unknown_weekday",
            {"number": "1", "value": "monday"},
        ),
        (
            [{"weekdays": WEEKDAYS, "end": "17:00"}],
            "schedule_missing_start",
            {"number": "1", "days": "Monday–Friday"},
        ),
        (
            [{"weekdays": ["sat", "sun"], "start": "07:00"}],
            "schedule_missing_end",
            {"number": "1", "days": "Saturday, Sunday"},
        ),
        (
            [_window(start="7")],
            "schedule_bad_start",
            {"number": "1", "days": "Monday–Friday", "value": "7"},
        ),
        (
            [_window(start="24:00")],
            "schedule_bad_start",
            {"number": "1", "days": "Monday–Friday", "value": "24:00"},
        ),
        (
            [_window(end="25:00")],
            "schedule_bad_end",
            {"number": "1", "days": "Monday–Friday", "value": "25:00"},
        ),
        (
            [_window(end="17:60")],
            "schedule_bad_end",
            {"number": "1", "days": "Monday–Friday", "value": "17:60"},
        ),
        (
            [_window(start="07:00", end="07:00")],
            "schedule_no_length",
            {"number": "1", "days": "Monday–Friday", "value": "07:00"},
        ),
        (
            [_window(weekdays=[*WEEKDAYS, "sat", "sun"], start="00:00", end="00:00")],
            "schedule_no_length",
            {"number": "1", "days": "every day", "value": "00:00"},
        ),
    ],
)
async def test_every_schedule_problem_is_a_translated_refusal(
    hass: HomeAssistant,
    building: Building,
    person_id: str,
    schedule: Any,
    key: str,
    placeholders: dict[str, str],
) -> None:
    error = await _refusal(building, person_id, schedule)
    assert error.translation_key == key
    assert (error.translation_placeholders or {}) == placeholders
    text = await async_translate(hass, Language.ENGLISH, Text(key, placeholders))
    assert text != key
    assert "{" not in text
    assert "schedule[" not in text


async def test_a_bad_end_reads_as_a_sentence_in_english_and_norwegian(
    hass: HomeAssistant, building: Building, person_id: str
) -> None:
    error = await _refusal(building, person_id, [_window(end="25:00")])
    text = Text(error.translation_key or "", error.translation_placeholders or {})
    assert await async_translate(hass, Language.ENGLISH, text) == (
        "Window 1 (Monday–Friday): the end 25:00 is not a time; "
        "write it as HH:MM, e.g. 17:00 (24:00 for midnight)."
    )
    hass.config.language = "nb"
    error = await _refusal(building, person_id, [_window(end="25:00")])
    text = Text(error.translation_key or "", error.translation_placeholders or {})
    assert await async_translate(hass, Language.NORWEGIAN, text) == (
        "Vindu 1 (mandag–fredag): slutten 25:00 er ikke et klokkeslett; "
        "skriv den som TT:MM, f.eks. 17:00 (24:00 for midnatt)."
    )


async def test_an_overnight_window_is_granted_and_said_to_be_overnight(
    building: Building, person_id: str
) -> None:
    result = await _grant(
        building, person_id, [{"weekdays": ["mon"], "start": "22:00", "end": "06:00"}]
    )
    assert result["schedule"] == ["Monday 22:00–06:00 (overnight)"]
    grant = building.registry.grants[result["created"][0]]
    assert grant.schedule is not None
    assert grant.schedule.windows[0].overnight


async def test_an_answer_lists_each_window_in_the_building_language(
    hass: HomeAssistant, building: Building, person_id: str
) -> None:
    hass.config.language = "da"
    result = await _grant(building, person_id, [_window(weekdays=["sat", "sun"], end="00:00")])
    assert result["schedule"] == ["lørdag 07.00–24.00", "søndag 07.00–24.00"]


async def test_a_single_window_and_no_schedule_are_taken(
    building: Building, person_id: str
) -> None:
    single = await _grant(building, person_id, {"weekdays": "fri", "start": "8:00", "end": "16.30"})
    assert single["schedule"] == ["Friday 08:00–16:30"]
    always = await _grant(building, person_id, None, door="garage")
    assert always["schedule"] is None
    assert building.registry.grants[always["created"][0]].schedule is None


@st.composite
def _windows(draw: st.DrawFn) -> WeeklyWindow:
    start = draw(st.integers(0, MINUTES_PER_DAY - 1))
    end = draw(st.integers(1, MINUTES_PER_DAY).filter(lambda end: end != start))
    return WeeklyWindow(Weekday(draw(st.integers(0, 6))), start, end)


@given(st.lists(_windows(), min_size=1, max_size=12))
def test_a_schedule_read_back_from_its_form_is_the_same(windows: list[WeeklyWindow]) -> None:
    """The panel edits a grant's hours by sending back the form it was shown."""
    schedule = WeeklySchedule(tuple(windows))
    form = schedule_form(schedule)
    assert form is not None
    assert read_schedule(form, Language.ENGLISH) == schedule
    hours = [(item["start"], item["end"]) for item in form]
    assert len(hours) == len(set(hours)), "weekdays with the same hours are written together"


def test_at_any_time_has_no_form() -> None:
    assert schedule_form(None) is None
    assert read_schedule(schedule_form(None), Language.ENGLISH) is None
