"""The weekly battery report blueprint: the building's report on the chosen days."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from itertools import islice

from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_mock_service

from tests.integration.conftest import Site, until

from .blueprint_support import (
    TIME_TRAVEL,
    Freezer,
    async_battery_report,
    async_travel,
    async_use_blueprint,
    follow_frozen_time,
    watch_notices,
)

pytestmark = TIME_TRAVEL

MONDAY, WEDNESDAY, FRIDAY = 0, 2, 4


def coming_days(hour: int, minute: int) -> Iterator[datetime]:
    """Each coming day at `hour`:`minute` local time, from the next such moment on.

    Visited one by one, as the days pass: a time trigger fires once a day at its time and
    looks at the weekday then, so jumping over days would run it on the wrong one.
    """
    now = dt_util.now()
    day = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if day < now + timedelta(minutes=5):
        day += timedelta(days=1)
    while True:
        yield day
        day += timedelta(days=1)


async def async_until_monday(hass: HomeAssistant, site: Site, freezer: Freezer) -> datetime:
    """Live through each day at 08:00 up to the next Monday's; returns that Monday."""
    for day in coming_days(8, 0):
        await async_travel(hass, site, freezer, day)
        if day.weekday() == MONDAY:
            return day
    raise AssertionError  # the days never end


async def test_monday_morning_sends_one_report_and_tuesday_none(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, freezer: Freezer
) -> None:
    follow_frozen_time(loaded)
    site.units["garage"].unit.set_battery(9)
    await until(hass, lambda: hass.states.get("sensor.garage_battery").state == "9")
    notices = watch_notices(hass)
    await async_use_blueprint(
        hass,
        "weekly_battery_report.yaml",
        {"building": loaded.entry_id, "notify_actions": ["notify.test"]},
    )
    for monday in coming_days(8, 0):
        await async_travel(hass, site, freezer, monday)
        if monday.weekday() == MONDAY:
            break
        assert not notices.calls, monday.strftime("%A")
    report = await async_battery_report(hass, config_entry_id=loaded.entry_id)
    assert [door["name"] for door in report["doors"]] == ["Garage"]
    assert len(notices.calls) == 1
    assert notices.calls[0].data == {"title": report["title"], "message": report["markdown"]}
    table = report["markdown"]
    assert "| Garage, garage entrance | 9 % (" in table
    assert "Entrance" not in table  # 90 %: not low
    assert [(n["title"], n["message"]) for n in notices.persistent] == [
        (report["title"], report["markdown"])
    ]

    await async_travel(hass, site, freezer, monday + timedelta(days=1))  # Tuesday
    assert len(notices.calls) == 1


async def test_chosen_days_time_and_threshold(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, freezer: Freezer
) -> None:
    follow_frozen_time(loaded)
    site.units["laundry"].unit.set_battery(40)
    await until(hass, lambda: hass.states.get("sensor.laundry_battery").state == "40")
    notices = watch_notices(hass)
    await async_use_blueprint(
        hass,
        "weekly_battery_report.yaml",
        {
            "building": loaded.entry_id,
            "weekdays": ["wed", "fri"],
            "time": "17:30:00",
            "threshold": 50,
            "notify_actions": ["notify.test"],
            "persistent": False,
        },
    )
    sent = 0
    for day in islice(coming_days(17, 30), 8):
        await async_travel(hass, site, freezer, day)
        sent += day.weekday() in (WEDNESDAY, FRIDAY)
        assert len(notices.calls) == sent, day.strftime("%A")
    report = await async_battery_report(hass, config_entry_id=loaded.entry_id, threshold=50)
    assert report["threshold"] == 50
    assert [door["name"] for door in report["doors"]] == ["Laundry"]
    assert notices.calls[-1].data["message"] == report["markdown"]
    assert not notices.persistent


async def test_nothing_low_sends_nothing_unless_asked(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, freezer: Freezer
) -> None:
    follow_frozen_time(loaded)
    quiet = async_mock_service(hass, "notify", "quiet")
    always = async_mock_service(hass, "notify", "always")
    await async_use_blueprint(
        hass,
        "weekly_battery_report.yaml",
        {"building": loaded.entry_id, "notify_actions": ["notify.quiet"], "persistent": False},
        {
            "building": loaded.entry_id,
            "notify_actions": ["notify.always"],
            "persistent": False,
            "send_when_empty": True,
        },
    )
    await async_until_monday(hass, site, freezer)
    report = await async_battery_report(hass, config_entry_id=loaded.entry_id)
    assert report["count"] == 0
    assert not quiet
    assert [call.data for call in always] == [
        {"title": report["title"], "message": report["markdown"]}
    ]
    assert "15" in report["markdown"]  # "No door is at or below 15 %."
