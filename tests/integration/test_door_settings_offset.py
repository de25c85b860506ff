"""Door units read their schedules at the building's UTC offset, which the hub keeps current.

Over the simulated radio: what the unit holds is read from its flash, and every CONFIG_SET
it handles is noted (`config_sets`) without changing what it does.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
import logging
from zoneinfo import ZoneInfo

from homeassistant.const import ATTR_ENTITY_ID
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_fire_time_changed

from custom_components.digitalkey.access.contact import Country
from custom_components.digitalkey.const import HUB_CLOCK_NOT_BEFORE
from custom_components.digitalkey.door_settings import RETRY_REFUSED_S, RETRY_UNREACHABLE_S
from custom_components.digitalkey.jobs import Priority
from custom_components.digitalkey.protocol.client import DoorUnitClient, HandshakeResult
from custom_components.digitalkey.protocol.constants import ConfigKey, LockState, Status
from custom_components.digitalkey.zone_offsets import next_offset_change

from .config_set_support import ConfigSet, note_config_sets
from .conftest import Site, door_link, pair_into_entry, until

OSLO = "Europe/Oslo"
DOORS = ("entrance", "garage")


@pytest.fixture
def config_sets(monkeypatch: pytest.MonkeyPatch) -> list[ConfigSet]:
    """Every CONFIG_SET the simulated units handle from now on, in order."""
    return note_config_sets(monkeypatch)


def zone_offset(zone: str, unix_time: float) -> int:
    """The offset of `zone` at `unix_time`, straight from zoneinfo."""
    offset = datetime.fromtimestamp(unix_time, ZoneInfo(zone)).utcoffset()
    assert offset is not None
    return int(offset.total_seconds())


def unit_offset(site: Site, name: str) -> int:
    """The UTC offset a simulated unit reads its schedules at (from its flash)."""
    return site.units[name].unit.flash.setting(ConfigKey.UTC_OFFSET_S)


def stored_offset(entry: MockConfigEntry, name: str) -> int | None:
    door = door_link(entry, name.capitalize())
    return entry.runtime_data.data["doors"][door.identity.subentry_id].get("utc_offset")


async def _building(site: Site, names: list[str]) -> MockConfigEntry:
    hass = site.hass
    entry = await pair_into_entry(site, names)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    for door in entry.runtime_data.doors.values():
        await door.async_refresh()
    return entry


@pytest.fixture
async def oslo(site: Site) -> AsyncIterator[MockConfigEntry]:
    """Two doors in a building in Oslo, read once (their offsets then follow)."""
    await site.hass.config.async_update(time_zone=OSLO)
    for name in DOORS:
        await site.add_unit(name)
    entry = await _building(site, list(DOORS))
    yield entry
    await site.hass.config_entries.async_unload(entry.entry_id)
    await site.hass.async_block_till_done()


def _warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    """The integration's warnings (asyncio's "took 0.2 seconds" on a busy machine is not one)."""
    return [
        r
        for r in caplog.records
        if r.levelno >= logging.WARNING and r.name.startswith("custom_components.digitalkey")
    ]


async def _settled(hass: HomeAssistant) -> None:
    await hass.async_block_till_done(wait_background_tasks=True)


async def test_pairing_sets_the_zones_offset_on_the_unit_once(
    hass: HomeAssistant, site: Site, config_sets: list[ConfigSet], oslo: MockConfigEntry
) -> None:
    now = oslo.runtime_data.wall_clock()
    for name in DOORS:
        await until(hass, lambda name=name: unit_offset(site, name) == zone_offset(OSLO, now))
        await until(hass, lambda name=name: stored_offset(oslo, name) == zone_offset(OSLO, now))
    await _settled(hass)
    assert [c.unit for c in config_sets].count(site.units["entrance"].unit.name) == 1
    # Later jobs find the unit holding the offset: nothing is written again.
    await door_link(oslo, "Entrance").async_refresh()
    await _settled(hass)
    assert len(config_sets) == len(DOORS)


async def test_the_offset_survives_a_reboot_that_lost_the_clock(
    hass: HomeAssistant, site: Site, config_sets: list[ConfigSet], oslo: MockConfigEntry
) -> None:
    """The unit keeps the key in flash: after the reboot, and the hub's read, nothing to set."""
    wanted = zone_offset(OSLO, oslo.runtime_data.wall_clock())
    await until(hass, lambda: stored_offset(oslo, "garage") == wanted)
    await _settled(hass)
    written = len(config_sets)
    sim = site.units["garage"]
    boots = sim.unit.flash.boot_count
    await sim.unit.reboot(clock_lost=True)
    assert unit_offset(site, "garage") == wanted
    door = door_link(oslo, "Garage")
    await until(hass, lambda: door.state.snapshot is not None
                and door.state.snapshot.boot_count == boots + 1)  # fmt: skip
    await _settled(hass)
    assert len(config_sets) == written
    assert stored_offset(oslo, "garage") == wanted  # the read's records kept it
    assert abs(sim.unit.now() - oslo.runtime_data.wall_clock()) < 2  # the hub set the clock


async def test_a_new_time_zone_reaches_the_units_and_the_registry(
    hass: HomeAssistant, site: Site, oslo: MockConfigEntry
) -> None:
    await _settled(hass)
    zone = "America/St_Johns"  # west of Greenwich by a half hour: a negative, odd offset
    await hass.config.async_update(time_zone=zone, country="DK")
    wanted = zone_offset(zone, oslo.runtime_data.wall_clock())
    assert wanted < 0
    for name in DOORS:
        await until(hass, lambda name=name: unit_offset(site, name) == wanted)
        await until(hass, lambda name=name: stored_offset(oslo, name) == wanted)
    settings = oslo.runtime_data.access.registry.settings
    assert settings.time_zone == zone
    assert settings.tz.key == zone
    assert settings.country is Country.DENMARK


async def test_a_daylight_saving_transition_sets_the_new_offset(
    hass: HomeAssistant, site: Site, oslo: MockConfigEntry
) -> None:
    runtime = oslo.runtime_data
    await _settled(hass)
    for _ in range(2):  # the timer is armed again for the transition after
        change = next_offset_change(ZoneInfo(OSLO), runtime.wall_clock())
        assert change is not None
        before, after = zone_offset(OSLO, change - 1), zone_offset(OSLO, change)
        assert unit_offset(site, "entrance") == before
        runtime.wall_clock = lambda change=change: change + 5.0
        async_fire_time_changed(hass, datetime.fromtimestamp(change + 5, UTC))
        for name in DOORS:
            await until(hass, lambda name=name, after=after: unit_offset(site, name) == after)
        await until(hass, lambda after=after: stored_offset(oslo, "entrance") == after)
        await _settled(hass)


async def test_an_unreachable_unit_is_set_later_without_warnings(
    hass: HomeAssistant, site: Site, oslo: MockConfigEntry, caplog: pytest.LogCaptureFixture
) -> None:
    await _settled(hass)
    old = unit_offset(site, "garage")
    site.radio.max_connect_wait = 0.05
    garage = site.units["garage"]
    await door_link(oslo, "Garage").connection.async_release_if_idle()
    garage.peripheral.set_reachable(False)
    caplog.set_level(logging.DEBUG, logger="custom_components.digitalkey")
    caplog.clear()
    zone = "Asia/Kolkata"
    wanted = zone_offset(zone, oslo.runtime_data.wall_clock())
    await hass.config.async_update(time_zone=zone)
    await until(hass, lambda: unit_offset(site, "entrance") == wanted)
    await _settled(hass)
    assert unit_offset(site, "garage") == old
    assert stored_offset(oslo, "garage") == old
    assert not _warnings(caplog)
    garage.peripheral.set_reachable(True)
    await site.wait_for_advert(garage)
    await _settled(hass)
    assert unit_offset(site, "garage") == old  # nothing read since: the retry is what sets it
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=RETRY_UNREACHABLE_S + 1))
    await until(hass, lambda: unit_offset(site, "garage") == wanted)
    await until(hass, lambda: stored_offset(oslo, "garage") == wanted)


async def test_the_offset_write_waits_behind_an_unlock(
    hass: HomeAssistant, site: Site, config_sets: list[ConfigSet], oslo: MockConfigEntry
) -> None:
    """Queued together, the unlock goes first; the write rides on its connection after."""
    await _settled(hass)
    config_sets.clear()
    door = door_link(oslo, "Entrance")
    release = asyncio.Event()
    held: list[HandshakeResult | None] = []

    async def hold(client: DoorUnitClient) -> None:
        await client.status()
        held.append(client.last_handshake)
        await release.wait()

    holding = hass.async_create_task(door.connection.async_run(hold, Priority.READ))
    await until(hass, lambda: door.connection.busy)
    await hass.config.async_update(time_zone="Europe/London")
    await until(hass, lambda: door.connection._queue.waiting == 1)
    unlocking = hass.async_create_task(
        hass.services.async_call("lock", "unlock", {ATTR_ENTITY_ID: "lock.entrance"}, blocking=True)
    )
    await until(hass, lambda: door.connection._queue.waiting == 2)
    release.set()
    await holding
    await unlocking
    wanted = zone_offset("Europe/London", oslo.runtime_data.wall_clock())
    await until(hass, lambda: unit_offset(site, "entrance") == wanted)
    entrance = [c for c in config_sets if c.unit == site.units["entrance"].unit.name]
    assert entrance == [ConfigSet(site.units["entrance"].unit.name, Status.OK, 1)]
    assert site.units["entrance"].unit.lock_state is LockState.UNLOCKED
    client = door.connection.client
    assert client is not None
    assert client.last_handshake is held[0]  # no new handshake: both rode on that session


async def test_a_hub_that_doubts_its_clock_sets_no_offset(
    hass: HomeAssistant, site: Site, config_sets: list[ConfigSet], oslo: MockConfigEntry
) -> None:
    """The zone's offset now is only as right as the hub's now (see the hub-clock repair)."""
    await _settled(hass)
    config_sets.clear()
    runtime = oslo.runtime_data
    real = runtime.wall_clock
    runtime.wall_clock = lambda: HUB_CLOCK_NOT_BEFORE - 86_400.0
    await hass.config.async_update(time_zone="Asia/Tokyo")
    await door_link(oslo, "Entrance").async_refresh()
    await _settled(hass)
    assert config_sets == []
    runtime.wall_clock = real
    await door_link(oslo, "Entrance").async_refresh()
    await until(hass, lambda: unit_offset(site, "entrance") == zone_offset("Asia/Tokyo", real()))


async def test_a_unit_that_refuses_the_key_is_asked_again_only_much_later(
    hass: HomeAssistant,
    site: Site,
    config_sets: list[ConfigSet],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Firmware from before key 04 answers INVALID_ARGUMENT: no warning, no retry per read."""
    await hass.config.async_update(time_zone=OSLO)
    old_keys = frozenset(ConfigKey) - {ConfigKey.UTC_OFFSET_S}
    await site.add_unit("entrance", config_keys=old_keys)
    entry = await _building(site, ["entrance"])
    await _settled(hass)
    assert [c.status for c in config_sets] == [Status.INVALID_ARGUMENT]
    assert stored_offset(entry, "entrance") is None
    assert not _warnings(caplog)
    await door_link(entry, "Entrance").async_refresh()
    await _settled(hass)
    assert len(config_sets) == 1
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=RETRY_REFUSED_S + 1))
    await until(hass, lambda: len(config_sets) == 2)
