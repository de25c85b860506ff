"""A door's battery history: made of the unit's authenticated snapshots only, and kept.

The building is `loaded`'s (entrance, garage, laundry, each unit at 90 % and read once).
"""

from __future__ import annotations

import os
from typing import Any

from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey.batteries.history import BatteryHistory
from custom_components.digitalkey.building_store import STORAGE_MINOR_VERSION, BuildingStore
from custom_components.digitalkey.const import HUB_CLOCK_NOT_BEFORE
from custom_components.digitalkey.protocol.advertisement import PairedAdvert, UnpairedAdvert
from custom_components.digitalkey.protocol.constants import AdvertFlag
from custom_components.digitalkey.protocol.keys import advert_key

from .battery_support import DAY, read_battery, use_wall_clock
from .conftest import Site, door_link, hear_advert


def _history(entry: MockConfigEntry, name: str) -> BatteryHistory:
    batteries = entry.runtime_data.batteries
    assert batteries is not None
    return batteries.history(door_link(entry, name).identity.subentry_id)


async def test_every_authenticated_read_is_a_reading(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    clock = use_wall_clock(loaded)
    assert [r.percent for r in _history(loaded, "Garage").readings] == [90]
    clock.now += DAY
    await read_battery(hass, site, loaded, "garage", 64, millivolts=2811)
    history = _history(loaded, "Garage")
    assert [(r.at, r.percent, r.millivolts) for r in history.readings][-1] == (
        int(clock.now),
        64,
        2811,
    )
    assert history.last_contact == int(clock.now)
    assert [r.percent for r in _history(loaded, "Entrance").readings] == [90]


async def test_a_forged_advertisement_changes_no_history(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    """Advertisements are not authenticated: neither form, however new its counter, is a
    reading, and the unit (out of reach for connections here) is not read either."""
    sim = site.units["garage"]
    before = _history(loaded, "Garage")
    await door_link(loaded, "Garage").connection.async_release_if_idle()
    sim.peripheral.set_reachable(False)
    wrong_key = advert_key(os.urandom(32))
    for counter in range(500, 505):
        forged = PairedAdvert.build(
            wrong_key,
            flags=AdvertFlag.PAIRED,
            change_counter=counter,
            challenge=os.urandom(8),
            prand=os.urandom(4),
        )
        hear_advert(site, sim, bytes(forged.encode()), rssi=-60)
        unpaired = UnpairedAdvert(AdvertFlag(0), os.urandom(8), sim.unit.config.unit_id, counter)
        hear_advert(site, sim, bytes(unpaired.encode()), rssi=-60)
        await hass.async_block_till_done(wait_background_tasks=True)
    assert _history(loaded, "Garage") == before


async def test_the_histories_survive_a_restart(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, hass_storage: dict[str, Any]
) -> None:
    clock = use_wall_clock(loaded)
    for percent in (60, 58, 57):
        clock.now += DAY
        await read_battery(hass, site, loaded, "laundry", percent)
    before = _history(loaded, "Laundry")
    assert await hass.config_entries.async_unload(loaded.entry_id)
    await hass.async_block_till_done()
    stored = hass_storage[BuildingStore(hass, loaded.entry_id).key]
    assert stored["minor_version"] == STORAGE_MINOR_VERSION
    door_id = door_link_id(loaded, "Laundry")
    assert [r[1] for r in stored["data"]["doors"][door_id]["battery"]["readings"]] == [
        90,
        60,
        58,
        57,
    ]
    assert await hass.config_entries.async_setup(loaded.entry_id)
    await hass.async_block_till_done()
    assert _history(loaded, "Laundry") == before


def door_link_id(entry: MockConfigEntry, title: str) -> str:
    return next(s.subentry_id for s in entry.subentries.values() if s.title == title)


async def test_a_removed_door_takes_its_history_along(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, hass_storage: dict[str, Any]
) -> None:
    garage = door_link_id(loaded, "Garage")
    assert loaded.runtime_data.data["doors"][garage]["battery"]
    assert hass.config_entries.async_remove_subentry(loaded, garage)
    await hass.async_block_till_done(wait_background_tasks=True)
    batteries = loaded.runtime_data.batteries
    assert batteries is not None
    assert batteries.history(garage) == BatteryHistory()
    stored = hass_storage[BuildingStore(hass, loaded.entry_id).key]["data"]
    assert garage not in stored["doors"]
    assert garage not in loaded.runtime_data.saver.data()["doors"]


async def test_a_door_paired_anew_keeps_its_history(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    """The battery in the door is the same one after the unit was paired again."""
    before = _history(loaded, "Entrance")
    entrance = next(s for s in loaded.subentries.values() if s.title == "Entrance")
    hass.config_entries.async_update_subentry(
        loaded, entrance, data={**entrance.data, "unit_public": os.urandom(32).hex()}
    )
    await hass.async_block_till_done(wait_background_tasks=True)
    assert _history(loaded, "Entrance").readings == before.readings


async def test_a_reading_on_a_hub_clock_known_to_be_wrong_is_not_kept(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    """A hub that boots with its clock years back (no clock battery, no network time yet)
    would stamp readings before the history's: that would drop the kept ones as stamped by
    a clock that ran ahead. Its hub-clock check says the clock is wrong: nothing is kept."""
    clock = use_wall_clock(loaded)
    before = _history(loaded, "Garage")
    assert before.readings
    clock.now = HUB_CLOCK_NOT_BEFORE - 365 * DAY
    await read_battery(hass, site, loaded, "garage", 64)
    assert _history(loaded, "Garage") == before
    clock.now = before.readings[-1].at + DAY  # the network time arrived
    await read_battery(hass, site, loaded, "garage", 63)
    history = _history(loaded, "Garage")
    assert [r.percent for r in history.readings] == [90, 63]
