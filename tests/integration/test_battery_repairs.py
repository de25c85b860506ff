"""The battery repair: raised at the threshold, kept current, cleared by a fresh battery.

The building is `loaded`'s (entrance, garage, laundry, every unit at 90 %). Levels come
from the reference units, read over HA's Bluetooth stack (`battery_support`).
"""

from __future__ import annotations

from datetime import datetime, timedelta
import os

from homeassistant.core import Event, HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.util import dt as dt_util
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_fire_time_changed

from custom_components.digitalkey.batteries.report import DEAD_AFTER_S, PROBE_AFTER_S
from custom_components.digitalkey.battery_repairs import (
    CHECK_S,
    async_manage_battery,
    battery_issue_id,
)
from custom_components.digitalkey.const import DOMAIN, OPT_BATTERY_THRESHOLD
from custom_components.digitalkey.protocol.advertisement import UnpairedAdvert
from custom_components.digitalkey.protocol.constants import AdvertFlag
from custom_components.digitalkey.protocol.gatt import MANUFACTURER_ID

from .battery_support import DAY, WallClock, call, falling, read_battery, use_wall_clock
from .conftest import FakeClock, Site, door_link, hear_advert, until


def _issue(hass: HomeAssistant, entry: MockConfigEntry, name: str) -> ir.IssueEntry | None:
    door_id = door_link(entry, name).identity.subentry_id
    return ir.async_get(hass).async_get_issue(DOMAIN, battery_issue_id(entry.entry_id, door_id))


def _month_later(entry: MockConfigEntry) -> WallClock:
    """The wall clock a month after the fixture's reads (90 %), out of every estimate."""
    clock = use_wall_clock(entry)
    clock.now += 30 * DAY
    return clock


async def test_the_repair_follows_the_level_down_and_clears_with_a_fresh_battery(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    clock = _month_later(loaded)
    await falling(hass, site, loaded, clock, "entrance", [24, 22, 20, 18, 16])
    assert _issue(hass, loaded, "Entrance") is None  # 16 % is above 15 %
    clock.now += DAY
    await read_battery(hass, site, loaded, "entrance", 14)
    issue = _issue(hass, loaded, "Entrance")
    assert issue is not None
    assert issue.translation_key == "battery_low"
    assert issue.severity is ir.IssueSeverity.WARNING
    assert issue.is_fixable is False
    assert issue.is_persistent is False
    assert issue.translation_placeholders == {
        "door": "Entrance",
        "address": "entrance entrance",
        "battery": "14",
        "days_left": str(14 // 2),
    }
    clock.now += DAY
    await read_battery(hass, site, loaded, "entrance", 12)
    issue = _issue(hass, loaded, "Entrance")
    assert issue is not None
    assert issue.translation_placeholders is not None
    assert issue.translation_placeholders["battery"] == "12"
    clock.now += DAY
    await read_battery(hass, site, loaded, "entrance", 100)
    assert _issue(hass, loaded, "Entrance") is None


async def test_a_level_at_the_threshold_without_a_history_says_days_unknown(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    """A level at the threshold is critical; one reading gives no estimate."""
    _month_later(loaded)
    await read_battery(hass, site, loaded, "laundry", 15)
    issue = _issue(hass, loaded, "Laundry")
    assert issue is not None
    assert issue.translation_key == "battery_low_unknown"
    assert issue.translation_placeholders == {
        "door": "Laundry",
        "address": "laundry entrance",
        "battery": "15",
    }


async def test_evaluating_again_changes_nothing_when_nothing_changed(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    _month_later(loaded)
    await read_battery(hass, site, loaded, "laundry", 10)
    assert _issue(hass, loaded, "Laundry") is not None
    updates: list[Event] = []
    hass.bus.async_listen(ir.EVENT_REPAIRS_ISSUE_REGISTRY_UPDATED, updates.append)
    for _ in range(3):
        async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=CHECK_S + 1))
        await hass.async_block_till_done()
        door_link(loaded, "Laundry").notify()
    await read_battery(hass, site, loaded, "laundry", 10)
    assert updates == []


async def test_the_building_threshold_is_applied_when_it_changes(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    await read_battery(hass, site, loaded, "garage", 30)
    assert _issue(hass, loaded, "Garage") is None
    hass.config_entries.async_update_entry(
        loaded, options={**loaded.options, OPT_BATTERY_THRESHOLD: 30}
    )
    await hass.async_block_till_done()
    assert _issue(hass, loaded, "Garage") is not None
    assert _issue(hass, loaded, "Entrance") is None  # 90 %
    hass.config_entries.async_update_entry(
        loaded, options={**loaded.options, OPT_BATTERY_THRESHOLD: 29}
    )
    await hass.async_block_till_done()
    assert _issue(hass, loaded, "Garage") is None


async def test_a_silent_unit_with_a_critical_battery_is_probably_dead(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    """Critical and silent for an hour: an error, in the repair and first in the report."""
    clock = _month_later(loaded)
    await read_battery(hass, site, loaded, "garage", 9)
    heard_at = clock.now
    await read_battery(hass, site, loaded, "laundry", 5)  # lower, but it still answers
    monotonic = FakeClock()
    loaded.runtime_data.clock = monotonic
    garage = door_link(loaded, "Garage")
    garage.connection.heard(b"\x00" * 8)
    site.units["garage"].peripheral.set_reachable(False)
    monotonic.now += DEAD_AFTER_S - 60
    clock.now += DEAD_AFTER_S - 60
    door_link(loaded, "Laundry").connection.heard(b"\x00" * 8)  # still advertising
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=CHECK_S + 1))
    await hass.async_block_till_done(wait_background_tasks=True)  # the laundry is read
    issue = _issue(hass, loaded, "Garage")
    assert issue is not None
    assert issue.translation_key == "battery_low_unknown"  # silent, but not for an hour
    monotonic.now += 120
    clock.now += 120
    door_link(loaded, "Laundry").connection.heard(b"\x00" * 8)
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=2 * CHECK_S + 2))
    await hass.async_block_till_done()
    issue = _issue(hass, loaded, "Garage")
    assert issue is not None
    assert issue.translation_key == "battery_dead"
    assert issue.severity is ir.IssueSeverity.ERROR
    tz = loaded.runtime_data.access.registry.settings.tz
    assert issue.translation_placeholders == {
        "door": "Garage",
        "address": "garage entrance",
        "battery": "9",
        "last_contact": datetime.fromtimestamp(int(heard_at), tz).strftime("%Y-%m-%d %H:%M"),
    }
    laundry = _issue(hass, loaded, "Laundry")
    assert laundry is not None
    assert laundry.translation_key == "battery_low_unknown"
    report = await call(hass, "battery_report", {"language": "en"})
    assert report is not None
    assert [(row["name"], row["probably_dead"]) for row in report["doors"]] == [
        ("Garage", True),
        ("Laundry", False),
    ]
    assert report["doors"][0]["available"] is False
    assert report["doors"][0]["summary"].endswith("battery probably dead.")
    site.units["garage"].peripheral.set_reachable(True)  # the caretaker came
    await hass.async_block_till_done(wait_background_tasks=True)


async def test_a_removed_door_takes_its_repair_along(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    await read_battery(hass, site, loaded, "laundry", 10)
    issue_id = battery_issue_id(loaded.entry_id, door_link(loaded, "Laundry").identity.subentry_id)
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is not None
    assert hass.config_entries.async_remove_subentry(
        loaded, door_link(loaded, "Laundry").identity.subentry_id
    )
    await hass.async_block_till_done(wait_background_tasks=True)
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is None


async def test_a_stale_repair_is_deleted_at_setup(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    gone = battery_issue_id(loaded.entry_id, "a-door-removed-while-stopped")
    assert await hass.config_entries.async_unload(loaded.entry_id)
    ir.async_create_issue(
        hass,
        DOMAIN,
        gone,
        is_fixable=False,
        severity=ir.IssueSeverity.WARNING,
        translation_key="battery_low_unknown",
    )
    assert await hass.config_entries.async_setup(loaded.entry_id)
    await hass.async_block_till_done()
    assert ir.async_get(hass).async_get_issue(DOMAIN, gone) is None


async def test_a_forged_unpaired_advertisement_does_not_hide_a_dead_battery(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    """Anyone can send a unit's unpaired form (its id is printed on it): heard every few
    minutes while the unit is silent, it keeps neither the door available nor its battery
    from being probably dead. The building's periodic checks are run by hand here."""
    clock = _month_later(loaded)
    await read_battery(hass, site, loaded, "garage", 9)
    monotonic = FakeClock()
    loaded.runtime_data.clock = monotonic
    garage = door_link(loaded, "Garage")
    garage.connection.heard(b"\x00" * 8)
    sim = site.units["garage"]
    sim.peripheral.set_reachable(False)
    for _ in range(DEAD_AFTER_S // 600 + 1):
        monotonic.now += 600
        clock.now += 600
        forged = UnpairedAdvert(AdvertFlag(0), os.urandom(8), sim.unit.config.unit_id, 500)
        hear_advert(site, sim, bytes(forged.encode()), rssi=-60)
        garage.async_check_silence()
        async_manage_battery(hass, loaded, garage)
    assert garage.state.available is False
    issue = _issue(hass, loaded, "Garage")
    assert issue is not None
    assert issue.translation_key == "battery_dead"
    sim.peripheral.set_reachable(True)
    await hass.async_block_till_done(wait_background_tasks=True)


async def test_replayed_advertisements_do_not_hide_a_dead_battery(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    """The unit's own advertisement, recorded and played back after its battery died, keeps
    the door heard; it answers no read, so after an hour its battery is probably dead."""
    clock = _month_later(loaded)
    await read_battery(hass, site, loaded, "garage", 9)
    monotonic = FakeClock()
    loaded.runtime_data.clock = monotonic
    garage = door_link(loaded, "Garage")
    sim = site.units["garage"]
    recorded = [sim.unit.advertisement().manufacturer_data[MANUFACTURER_ID]]
    sim.unit.consume_challenge(sim.unit.challenge)  # a new challenge, a new advertisement
    recorded.append(sim.unit.advertisement().manufacturer_data[MANUFACTURER_ID])
    garage.connection.proven()  # the read above, on the fake clock
    sim.peripheral.set_reachable(False)
    for step in range(1, DEAD_AFTER_S // 600 + 1):
        monotonic.now += 600
        clock.now += 600
        hear_advert(site, sim, recorded[step % 2], rssi=-60)
        garage.async_check_silence()
        async_manage_battery(hass, loaded, garage)
        issue = _issue(hass, loaded, "Garage")
        assert issue is not None
        assert garage.state.available is True, "the recording is heard as the unit"
        dead = step * 600 >= DEAD_AFTER_S
        assert (issue.translation_key == "battery_dead") is dead
    sim.peripheral.set_reachable(True)
    await hass.async_block_till_done(wait_background_tasks=True)


async def test_a_critical_door_not_answered_for_a_while_is_read_and_is_not_dead(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    """The building's battery check reads a critical door it has not heard answer for
    half an hour: a unit still there answers, so it is never called probably dead."""
    clock = _month_later(loaded)
    await read_battery(hass, site, loaded, "laundry", 9)
    monotonic = FakeClock()
    loaded.runtime_data.clock = monotonic
    laundry = door_link(loaded, "Laundry")
    laundry.connection.proven()
    answered = laundry.connection.unproven_for
    monotonic.now += PROBE_AFTER_S + 1
    clock.now += PROBE_AFTER_S + 1
    laundry.connection.heard(site.units["laundry"].unit.challenge)  # still advertising
    assert answered() > PROBE_AFTER_S
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=CHECK_S + 1))
    await until(hass, lambda: answered() < 1, timeout=10)
    monotonic.now += DEAD_AFTER_S - PROBE_AFTER_S
    async_manage_battery(hass, loaded, laundry)
    issue = _issue(hass, loaded, "Laundry")
    assert issue is not None
    assert issue.translation_key == "battery_low_unknown"  # low, one reading: not dead


async def test_an_unloaded_building_leaves_no_battery_repair(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    """A building unloaded (disabled) hears no unit: a repair left would go stale, saying a
    battery is low or dead that nobody checks. Loaded again, it is evaluated anew."""
    _month_later(loaded)
    await read_battery(hass, site, loaded, "laundry", 10)
    issue_id = battery_issue_id(loaded.entry_id, door_link(loaded, "Laundry").identity.subentry_id)
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is not None
    assert await hass.config_entries.async_unload(loaded.entry_id)
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is None
    assert await hass.config_entries.async_setup(loaded.entry_id)
    await hass.async_block_till_done()
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is not None
