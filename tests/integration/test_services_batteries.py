"""`battery_report` and `record_battery_change` on a building whose batteries ran for weeks.

The building is `loaded`'s (entrance, garage, laundry, every unit at 90 %). Histories are
written the way a building writes them (`battery_support`): the reference unit's level
is set and the door read over HA's Bluetooth stack, with the hub's wall clock moved on
between readings.
"""

from __future__ import annotations

from datetime import datetime, timedelta
import json
from typing import Any

from homeassistant.auth.const import GROUP_ID_USER
from homeassistant.auth.models import User
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import entity_registry as er
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey.battery_store import BatteryHistories

from .battery_support import DAY, WallClock, call, falling, read_battery, use_wall_clock
from .conftest import Site, door_link


def _histories(entry: MockConfigEntry) -> BatteryHistories:
    batteries = entry.runtime_data.batteries
    assert batteries is not None
    return batteries


def _door_id(entry: MockConfigEntry, name: str) -> str:
    return door_link(entry, name).identity.subentry_id


def _local(entry: MockConfigEntry, epoch: float) -> str:
    tz = entry.runtime_data.access.registry.settings.tz
    return datetime.fromtimestamp(int(epoch), tz).isoformat()


@pytest.fixture
def clock(loaded: MockConfigEntry) -> WallClock:
    """The wall clock, a month after the fixture's first reads (90 %): out of every fit."""
    clock = use_wall_clock(loaded)
    clock.now += 30 * DAY
    return clock


@pytest.fixture
async def resident(hass: HomeAssistant, hass_admin_user: User) -> User:
    """A non-admin user (created after the admin: the first user made is the owner)."""
    return await hass.auth.async_create_user("Kari", group_ids=[GROUP_ID_USER])


async def test_a_falling_battery_is_reported_with_its_days_left(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, clock: WallClock
) -> None:
    """Two weeks from 40 % to 12 %, 2 points a day: 12 / 2 = 6 days left at the end."""
    start = clock.now
    await falling(hass, site, loaded, clock, "entrance", list(range(40, 11, -2)))
    answer = await call(hass, "battery_report", {"language": "en"})
    assert answer is not None
    assert answer["threshold"] == 15
    assert answer["count"] == 1
    (row,) = answer["doors"]
    assert row["door_id"] == _door_id(loaded, "Entrance")
    assert row["name"] == "Entrance"
    assert row["address"] == "entrance entrance"
    assert row["battery"] == 12
    assert row["voltage"] == round((2200 + 12 * 10) / 1000, 2)
    assert row["critical"] is True
    assert row["days_left"] == 12 // 2
    # 14 % was the first reading at or below 15 %, one day before the last
    assert row["critical_since"] == _local(loaded, start + 13 * DAY)
    assert row["last_contact"] == _local(loaded, clock.now)
    assert row["battery_changed"] is None
    assert row["probably_dead"] is False
    assert row["available"] is True
    assert row["entity_id"] == "lock.entrance"
    assert row["battery_entity_id"] == "sensor.entrance_battery"
    assert row["critical_entity_id"] == "binary_sensor.entrance_battery_critical"
    assert row["summary"] == "Entrance, entrance entrance: battery 12 %, about 6 days left."
    assert answer["title"] == "Battery report for Solbakken borettslag: 1 door at or below 15 %"
    lines = answer["markdown"].splitlines()
    assert lines[0].startswith("| Door | Battery | Changed |")
    assert lines[2].startswith("| Entrance, entrance entrance | 12 % (2.32 V) |")
    assert answer["text"] == row["summary"]
    assert answer["generated_at"] == _local(loaded, clock.now)


async def test_the_threshold_language_and_all_doors_choose_the_rows(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, clock: WallClock
) -> None:
    await read_battery(hass, site, loaded, "garage", 30)
    none = await call(hass, "battery_report", {"language": "nb"})
    assert none is not None
    assert none["count"] == 0
    assert none["doors"] == []
    assert none["markdown"] == "Ingen dør er på eller under 15 %."
    assert none["text"] == none["markdown"]
    assert none["language"] == "nb"
    higher = await call(hass, "battery_report", {"threshold": 30, "language": "da"})
    assert higher is not None
    assert [row["name"] for row in higher["doors"]] == ["Garage"]
    assert higher["doors"][0]["summary"].startswith("Garage, garage entrance: batteri 30 %")
    every = await call(hass, "battery_report", {"all_doors": True})
    assert every is not None
    assert [row["name"] for row in every["doors"]] == ["Garage", "Entrance", "Laundry"]
    assert [row["critical"] for row in every["doors"]] == [False, False, False]
    one = await call(hass, "battery_report", {"door": "binary_sensor.laundry_battery_critical"})
    assert one is not None
    assert [row["name"] for row in one["doors"]] == ["Laundry"]


async def test_a_jump_of_more_than_30_points_is_a_battery_change(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, clock: WallClock
) -> None:
    await falling(hass, site, loaded, clock, "garage", [20, 18, 16])
    clock.now += DAY
    await read_battery(hass, site, loaded, "garage", 47)  # +31: a fresh battery
    changed_at = clock.now
    clock.now += 3 * DAY
    await read_battery(hass, site, loaded, "garage", 46)
    answer = await call(hass, "battery_report", {"door": "lock.garage"})
    assert answer is not None
    (row,) = answer["doors"]
    assert row["battery_changed"] == _local(loaded, changed_at)
    assert row["change_source"] == "detected"
    assert row["days_since_change"] == 3
    assert row["days_left"] is None  # two readings since the change: too few
    assert row["critical"] is False


async def test_a_jump_of_30_points_is_not_a_change(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, clock: WallClock
) -> None:
    await read_battery(hass, site, loaded, "garage", 20)
    clock.now += DAY
    await read_battery(hass, site, loaded, "garage", 50)
    assert _histories(loaded).history(_door_id(loaded, "Garage")).changed_at is None


async def test_a_change_recorded_by_hand_counts_from_its_time(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, clock: WallClock
) -> None:
    await falling(hass, site, loaded, clock, "laundry", [70, 68, 66])
    at = datetime.fromtimestamp(clock.now - 2 * DAY).astimezone()
    answer = await call(
        hass, "record_battery_change", {"door": "sensor.laundry_battery", "at": at.isoformat()}
    )
    assert answer == {
        "door_id": _door_id(loaded, "Laundry"),
        "battery_changed": _local(loaded, at.timestamp()),
    }
    report = await call(hass, "battery_report", {"door": _door_id(loaded, "Laundry")})
    assert report is not None
    (row,) = report["doors"]
    assert row["change_source"] == "manual"
    assert row["days_since_change"] == 2
    assert "(by hand)" in report["markdown"]
    stored = loaded.runtime_data.saver.data()["doors"][_door_id(loaded, "Laundry")]["battery"]
    assert stored["change_source"] == "manual"


async def test_a_change_recorded_now_reads_the_unit_again(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, clock: WallClock
) -> None:
    """The new level shows without waiting: the action reads the unit in the background."""
    await read_battery(hass, site, loaded, "laundry", 12)
    clock.now += 600  # the caretaker is at the door ten minutes later
    site.units["laundry"].unit.battery_percent = 100  # no bump: only a read would see it
    answer = await call(hass, "record_battery_change", {"door": "lock.laundry"})
    assert answer is not None
    assert answer["battery_changed"] == _local(loaded, clock.now)
    await hass.async_block_till_done(wait_background_tasks=True)
    history = _histories(loaded).history(_door_id(loaded, "Laundry"))
    assert history.readings[-1].percent == 100
    assert history.change_source is not None
    assert history.change_source.value == "manual"  # the same change, not a second one


async def test_a_change_a_few_seconds_ahead_is_taken_as_now(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, clock: WallClock
) -> None:
    """A browser's clock a little ahead of the hub's: the change is now, and the read that
    follows it (the fresh battery) is the same change, not one detected after it."""
    await read_battery(hass, site, loaded, "laundry", 12)
    clock.now += 600
    site.units["laundry"].unit.battery_percent = 100
    at = datetime.fromtimestamp(clock.now).astimezone() + timedelta(seconds=30)
    answer = await call(
        hass, "record_battery_change", {"door": "lock.laundry", "at": at.isoformat()}
    )
    assert answer is not None
    assert answer["battery_changed"] == _local(loaded, clock.now)
    await hass.async_block_till_done(wait_background_tasks=True)
    history = _histories(loaded).history(_door_id(loaded, "Laundry"))
    assert history.readings[-1].percent == 100
    assert history.changed_at == int(clock.now)
    assert history.change_source is not None
    assert history.change_source.value == "manual"


async def test_a_change_in_the_future_is_refused_and_changes_nothing(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, clock: WallClock
) -> None:
    await read_battery(hass, site, loaded, "laundry", 12)
    before = _histories(loaded).history(_door_id(loaded, "Laundry"))
    at = datetime.fromtimestamp(clock.now).astimezone() + timedelta(hours=1)
    with pytest.raises(ServiceValidationError) as refused:
        await call(hass, "record_battery_change", {"door": "lock.laundry", "at": at.isoformat()})
    assert refused.value.translation_key == "battery_change_in_future"
    assert _histories(loaded).history(_door_id(loaded, "Laundry")) == before


@pytest.mark.parametrize(
    ("action", "data", "key"),
    [
        ("battery_report", {"threshold": 101}, "battery_threshold_invalid"),
        ("battery_report", {"threshold": -1}, "battery_threshold_invalid"),
        ("battery_report", {"threshold": "low"}, "battery_threshold_invalid"),
        ("battery_report", {"threshold": 12.5}, "battery_threshold_invalid"),
        ("battery_report", {"threshold": 10**400}, "battery_threshold_invalid"),
        ("battery_report", {"threshold": float("nan")}, "battery_threshold_invalid"),
        ("battery_report", {"all_doors": "perhaps"}, "invalid_field"),
        ("battery_report", {"language": "sv"}, "invalid_field"),
        ("battery_report", {"door": ["lock.garage"]}, "invalid_field"),
        ("battery_report", {"door": "lock.nowhere"}, "access_unknown_door"),
        ("battery_report", {"door": "not-a-door"}, "access_unknown_door"),
        ("record_battery_change", {"door": "not-a-door"}, "access_unknown_door"),
        (
            "record_battery_change",
            {"door": "lock.garage", "at": "soon"},
            "battery_change_time_invalid",
        ),
        ("record_battery_change", {"door": {"id": 1}}, "invalid_field"),
        (
            "record_battery_change",
            {"door": "lock.garage", "at": "0001-01-01T00:00:00+01:00"},
            "battery_change_time_invalid",
        ),
        (
            "record_battery_change",
            {"door": "lock.garage", "at": "1969-12-31T23:59:00+00:00"},
            "battery_change_time_invalid",
        ),
    ],
)
async def test_bad_input_is_refused_in_words_and_changes_nothing(
    hass: HomeAssistant,
    site: Site,
    loaded: MockConfigEntry,
    clock: WallClock,
    action: str,
    data: dict[str, Any],
    key: str,
) -> None:
    await read_battery(hass, site, loaded, "garage", 12)
    before = json.dumps(loaded.runtime_data.saver.data())
    with pytest.raises(ServiceValidationError) as refused:
        await call(hass, action, data, response=action == "battery_report")
    assert refused.value.translation_key == key
    assert json.dumps(loaded.runtime_data.saver.data()) == before


async def test_a_non_admin_is_refused_both_actions(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, clock: WallClock, resident: User
) -> None:
    await read_battery(hass, site, loaded, "garage", 12)
    before = json.dumps(loaded.runtime_data.saver.data())
    for action, data in (
        ("battery_report", {"all_doors": True}),
        ("record_battery_change", {"door": "lock.garage"}),
    ):
        with pytest.raises(ServiceValidationError) as refused:
            await call(hass, action, data, user=resident, response=action == "battery_report")
        assert refused.value.translation_key == "unauthorized"
    assert json.dumps(loaded.runtime_data.saver.data()) == before


async def test_the_report_names_no_person(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, clock: WallClock, resident: User
) -> None:
    """Doors, addresses and entities only: nobody's name, user or key is in the answer."""
    await loaded.runtime_data.access.async_apply(
        lambda r: r.add_person(
            "Kari Nordmann",
            role="owner",  # type: ignore[arg-type]
            now=datetime.now().astimezone(),
            phone="912 34 567",
            ha_user_id=resident.id,
        )
    )
    await read_battery(hass, site, loaded, "garage", 12)
    answer = await call(hass, "battery_report", {"all_doors": True})
    text = json.dumps(answer)
    for private in ("Kari", "912 34 567", resident.id, "person"):
        assert private not in text


async def test_an_entity_of_another_integration_names_no_door(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, clock: WallClock
) -> None:
    """A battery sensor of another integration, even one sharing the door's device, is not
    the door: refused as an unknown door, and nothing is recorded."""
    other = MockConfigEntry(domain="demo")
    other.add_to_hass(hass)
    registry = er.async_get(hass)
    garage_device = registry.async_get("lock.garage")
    assert garage_device is not None
    foreign = registry.async_get_or_create(
        "sensor",
        "demo",
        "garage-battery",
        config_entry=other,
        device_id=garage_device.device_id,
    )
    await read_battery(hass, site, loaded, "garage", 12)
    before = json.dumps(loaded.runtime_data.saver.data())
    for action in ("battery_report", "record_battery_change"):
        with pytest.raises(ServiceValidationError) as refused:
            await call(
                hass, action, {"door": foreign.entity_id}, response=action == "battery_report"
            )
        assert refused.value.translation_key == "access_unknown_door"
    assert json.dumps(loaded.runtime_data.saver.data()) == before
