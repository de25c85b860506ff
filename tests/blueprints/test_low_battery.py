"""The low-battery blueprint: one message per door when its battery turns critical.

Driven by the integration's real entities over the simulated radio: the reference unit's
battery is set, the hub reads it, the battery-critical sensor turns on and the automation
asks the building's battery report for the door's sentence.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from homeassistant.const import STATE_OFF, STATE_ON
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util
from pytest_homeassistant_custom_component.common import MockConfigEntry

from tests.integration.conftest import Site, until

from .blueprint_support import (
    TIME_TRAVEL,
    Freezer,
    async_battery_report,
    async_out_of_reach,
    async_out_of_reach_and_back,
    async_settle,
    async_travel,
    async_use_blueprint,
    blueprint_texts,
    follow_frozen_time,
    watch_notices,
)

pytestmark = TIME_TRAVEL

SENSORS = [
    "binary_sensor.entrance_battery_critical",
    "binary_sensor.garage_battery_critical",
    "binary_sensor.laundry_battery_critical",
]
ENTRANCE = "binary_sensor.entrance_battery_critical"


async def set_battery(hass: HomeAssistant, site: Site, door: str, percent: int) -> None:
    """Set the reference unit's level and wait until the hub has read it."""
    site.units[door].unit.set_battery(percent)
    await until(hass, lambda: hass.states.get(f"sensor.{door}_battery").state == str(percent))
    await hass.async_block_till_done(wait_background_tasks=True)


async def test_one_message_per_door_until_its_battery_is_up_again(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, freezer: Freezer
) -> None:
    follow_frozen_time(loaded)
    notices = watch_notices(hass)
    await async_use_blueprint(
        hass, "low_battery.yaml", {"critical_sensors": SENSORS, "notify_actions": ["notify.test"]}
    )

    await set_battery(hass, site, "entrance", 12)
    assert hass.states.get(ENTRANCE).state == STATE_ON
    report = await async_battery_report(hass, door=ENTRANCE, all_doors=True)
    row = report["doors"][0]
    assert notices.messages == [row["summary"]]
    assert "Entrance" in row["summary"]
    assert "entrance entrance" in row["summary"]  # the door's address
    title = blueprint_texts("low_battery.yaml")["en"]["title_low"].replace("{door}", "Entrance")
    assert notices.calls[0].data["title"] == title
    assert [n["title"] for n in notices.persistent] == [title]

    await set_battery(hass, site, "entrance", 9)  # lower still: it is already known
    assert len(notices.calls) == 1

    # Out of reach for a while and back: the battery has been low for long, nothing new.
    await async_travel(hass, site, freezer, dt_util.utcnow() + timedelta(minutes=20))
    await async_out_of_reach_and_back(hass, site, loaded, "entrance")
    assert hass.states.get(ENTRANCE).state == STATE_ON
    assert len(notices.calls) == 1

    await set_battery(hass, site, "entrance", 95)  # a fresh battery
    assert hass.states.get(ENTRANCE).state == STATE_OFF
    await set_battery(hass, site, "entrance", 10)
    await until(hass, lambda: len(notices.calls) == 2)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert len(notices.calls) == 2
    assert hass.states.get("binary_sensor.garage_battery_critical").state == STATE_OFF


async def test_a_door_that_turns_up_low_is_told_once(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, freezer: Freezer
) -> None:
    """A door whose battery became low while it was out of reach is new: it is told."""
    follow_frozen_time(loaded)
    notices = watch_notices(hass)
    await async_use_blueprint(
        hass, "low_battery.yaml", {"critical_sensors": SENSORS, "notify_actions": ["notify.test"]}
    )
    garage = "binary_sensor.garage_battery_critical"
    await async_out_of_reach_and_back(
        hass, site, loaded, "garage", lambda: site.units["garage"].unit.set_battery(11)
    )
    await until(hass, lambda: hass.states.get(garage).state == STATE_ON)
    await until(hass, lambda: len(notices.calls) == 1)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert len(notices.calls) == 1
    assert "Garage" in notices.messages[0]


async def test_a_low_door_that_stops_answering_is_told_once_more_as_probably_dead(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, freezer: Freezer
) -> None:
    follow_frozen_time(loaded)
    notices = watch_notices(hass)
    await async_use_blueprint(
        hass, "low_battery.yaml", {"critical_sensors": SENSORS, "notify_actions": ["notify.test"]}
    )
    await set_battery(hass, site, "garage", 6)
    await until(hass, lambda: len(notices.calls) == 1)
    await async_settle(hass, site)
    clock = await async_out_of_reach(hass, site, loaded, "garage")
    clock.now += 30 * 60
    await async_travel(hass, site, freezer, dt_util.utcnow() + timedelta(minutes=30))
    assert len(notices.calls) == 1  # silent, but not for long enough

    clock.now += 40 * 60
    await async_travel(hass, site, freezer, dt_util.utcnow() + timedelta(minutes=40))
    await until(hass, lambda: len(notices.calls) == 2)
    row = (await async_battery_report(hass, door="lock.garage"))["doors"][0]
    assert row["probably_dead"]
    title = blueprint_texts("low_battery.yaml")["en"]["title_dead"].replace("{door}", "Garage")
    assert notices.calls[1].data == {"title": title, "message": row["summary"]}
    clock.now += 3 * 3600
    await async_travel(hass, site, freezer, dt_util.utcnow() + timedelta(hours=3))
    assert len(notices.calls) == 2


def at_local(day: datetime, time: str) -> datetime:
    """`day`'s date at the local time `time` (HH:MM)."""
    hour, minute = (int(part) for part in time.split(":"))
    return dt_util.as_local(day).replace(hour=hour, minute=minute, second=0, microsecond=0)


async def test_repeat_days_reminds_every_so_many_days(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, freezer: Freezer
) -> None:
    follow_frozen_time(loaded)
    # Start in the morning, so the day the battery became low is today in every time zone.
    await async_travel(hass, site, freezer, at_local(dt_util.now() + timedelta(days=1), "06:00"))
    notices = watch_notices(hass)
    await async_use_blueprint(
        hass,
        "low_battery.yaml",
        {
            "critical_sensors": SENSORS,
            "notify_actions": ["notify.test"],
            "repeat_days": 2,
            "repeat_time": "09:30:00",
            "persistent": False,
        },
    )
    await set_battery(hass, site, "laundry", 7)
    await until(hass, lambda: len(notices.calls) == 1)
    low_day = dt_util.now()

    for days, expected in ((0, 1), (1, 1), (2, 2), (3, 2), (4, 3)):
        await async_travel(hass, site, freezer, at_local(low_day + timedelta(days=days), "09:30"))
        await hass.async_block_till_done(wait_background_tasks=True)
        assert len(notices.calls) == expected, f"day {days}"
    assert all("Laundry" in message for message in notices.messages)
    assert not notices.persistent  # not asked for


async def test_a_sensor_of_a_removed_door_does_not_stop_the_reminders(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, freezer: Freezer
) -> None:
    """A door removed from the building stays in the automation's list until someone edits
    it: its sensor has no building, and the other doors are reminded all the same."""
    follow_frozen_time(loaded)
    await async_travel(hass, site, freezer, at_local(dt_util.now() + timedelta(days=1), "06:00"))
    notices = watch_notices(hass)
    await async_use_blueprint(
        hass,
        "low_battery.yaml",
        {
            "critical_sensors": ["binary_sensor.removed_door_battery_critical", *SENSORS],
            "notify_actions": ["notify.test"],
            "repeat_days": 1,
            "repeat_time": "09:30:00",
            "persistent": False,
        },
    )
    await set_battery(hass, site, "laundry", 7)
    await until(hass, lambda: len(notices.calls) == 1)
    await async_travel(hass, site, freezer, at_local(dt_util.now() + timedelta(days=1), "09:30"))
    await hass.async_block_till_done(wait_background_tasks=True)
    assert len(notices.calls) == 2
    assert "Laundry" in notices.messages[1]


async def test_no_reminders_without_repeat_days(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, freezer: Freezer
) -> None:
    follow_frozen_time(loaded)
    await async_travel(hass, site, freezer, at_local(dt_util.now() + timedelta(days=1), "06:00"))
    notices = watch_notices(hass)
    await async_use_blueprint(
        hass, "low_battery.yaml", {"critical_sensors": SENSORS, "notify_actions": ["notify.test"]}
    )
    await set_battery(hass, site, "laundry", 7)
    await until(hass, lambda: len(notices.calls) == 1)
    for _day in range(3):
        await async_travel(
            hass, site, freezer, at_local(dt_util.now() + timedelta(days=1), "09:00")
        )
    await hass.async_block_till_done(wait_background_tasks=True)
    assert len(notices.calls) == 1


async def test_the_message_is_in_the_buildings_language(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    hass.config.language = "nb"
    notices = watch_notices(hass)
    await async_use_blueprint(
        hass, "low_battery.yaml", {"critical_sensors": SENSORS, "notify_actions": ["notify.test"]}
    )
    await set_battery(hass, site, "garage", 5)
    await until(hass, lambda: len(notices.calls) == 1)
    report = await async_battery_report(hass, door=SENSORS[1], all_doors=True)
    assert report["language"] == "nb"
    title = blueprint_texts("low_battery.yaml")["nb"]["title_low"].replace("{door}", "Garage")
    assert notices.calls[0].data == {"title": title, "message": report["doors"][0]["summary"]}
