"""The building store gets every part's section, whichever part asked for the write.

The parts here are the credential sync (the entrance and the laundry out of reach while
Kari gets a PIN: both out of sync) and the battery histories (a battery change recorded at
the garage). Nothing reaches a unit meanwhile, so no log read writes the store at once:
both changes wait for the delayed write, and what ends up in the file is read back with a
fresh store, as the next start would read it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
import time
from typing import Any

from homeassistant.const import EVENT_HOMEASSISTANT_FINAL_WRITE
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey import building_saver
from custom_components.digitalkey.building_saver import BuildingSaver
from custom_components.digitalkey.building_store import BuildingData, BuildingStore
from custom_components.digitalkey.const import DOMAIN

from .conftest import Residents, Site, door_link, until
from .credential_sync_support import add_kari_pin

DELAY_S = 3600
"""The delayed write's wait here: far longer than the test takes."""
WRITE_DELAY_S = 5
"""The wait for a test that sees the delayed write happen (on the loop's real time)."""
PIN = "583920"


@pytest.fixture
def long_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    """The delayed write waits longer than the test (it runs on the loop's real time)."""
    monkeypatch.setattr(building_saver, "SAVE_DELAY_S", DELAY_S)


@pytest.fixture
def no_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    """The delayed write comes at once (the loop's next turn), from the building's setup on."""
    monkeypatch.setattr(building_saver, "SAVE_DELAY_S", 0)


def _file(hass_storage: dict[str, Any], entry: MockConfigEntry) -> dict[str, Any]:
    """The building store's data as last written."""
    data: dict[str, Any] = hass_storage[f"{DOMAIN}.{entry.entry_id}"]["data"]
    return data


async def _read_back(hass: HomeAssistant, entry: MockConfigEntry) -> BuildingData:
    """The file as a building set up again would load it."""
    data = await BuildingStore(hass, entry.entry_id).async_load()
    assert data is not None
    return data


def _failed(hass: HomeAssistant, entity_id: str) -> Callable[[], bool]:
    """Whether the door's credential sync sensor says it failed."""
    return lambda: (state := hass.states.get(entity_id)) is not None and state.state == "failed"


async def _two_doors_out_of_sync(hass: HomeAssistant, site: Site, residents: Residents) -> None:
    """Kari gets a PIN while the entrance and the laundry are out of reach."""
    site.radio.max_connect_wait = 0.05
    for name in ("entrance", "laundry"):
        await door_link(residents.entry, name.capitalize()).connection.async_release_if_idle()
        site.units[name].peripheral.set_reachable(False)
    await add_kari_pin(residents, PIN)
    for name in ("entrance", "laundry"):
        await until(hass, _failed(hass, f"sensor.{name}_credential_sync"), 45)


def _record_battery_change(residents: Residents, at: int) -> None:
    """Someone says the garage's battery was changed at `at`."""
    batteries = residents.entry.runtime_data.batteries
    assert batteries is not None
    batteries.async_record_change(residents.door_ids["garage"], at)


async def _two_parts_change(
    hass: HomeAssistant, site: Site, residents: Residents, hass_storage: dict[str, Any]
) -> None:
    """The credential sync keeps two doors out of sync; the garage's battery is changed."""
    entry = residents.entry
    await _two_doors_out_of_sync(hass, site, residents)
    _record_battery_change(residents, int(time.time()) - 3600)
    await hass.async_block_till_done()
    written = _file(hass_storage, entry)
    assert residents.door_ids["entrance"] not in written.get("credential_sync", {})
    assert written["doors"][residents.door_ids["garage"]]["battery"]["change_source"] is None


def _assert_both_kept(data: Mapping[str, Any], residents: Residents) -> None:
    ids = residents.door_ids
    assert data["doors"][ids["garage"]]["battery"]["change_source"] == "manual"
    kept = data.get("credential_sync", {})
    assert kept.keys() == {ids["entrance"], ids["laundry"]}
    assert {entry["reason"] for entry in kept.values()} == {"unreachable"}


async def test_two_parts_changed_within_the_delay_are_both_written(
    hass: HomeAssistant,
    site: Site,
    residents: Residents,
    hass_storage: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Kari's PIN is taken back (both doors in sync again) and the garage's battery changed.

    Both ask for the delayed write within its delay: the one write has both changes.
    """
    ids = residents.door_ids
    monkeypatch.setattr(building_saver, "SAVE_DELAY_S", 0)
    await _two_doors_out_of_sync(hass, site, residents)
    await until(hass, lambda: len(_file(hass_storage, residents.entry)["credential_sync"]) == 2)
    monkeypatch.setattr(building_saver, "SAVE_DELAY_S", WRITE_DELAY_S)
    registry = residents.entry.runtime_data.access.registry
    (pin,) = [c for c in registry.credentials.values() if c.person_id == residents.kari_id]
    await residents.apply(lambda r: r.remove_credential(pin.id))
    at = int(time.time()) - 60
    _record_battery_change(residents, at)
    await hass.async_block_till_done()
    waiting = _file(hass_storage, residents.entry)
    assert waiting["credential_sync"].keys() == {ids["entrance"], ids["laundry"]}
    assert waiting["doors"][ids["garage"]]["battery"]["changed_at"] is None

    await until(hass, lambda: not _file(hass_storage, residents.entry)["credential_sync"], 15)
    data = await _read_back(hass, residents.entry)
    assert data.get("credential_sync") == {}
    battery = data["doors"][ids["garage"]]["battery"]
    assert (battery["changed_at"], battery["change_source"]) == (at, "manual")


@pytest.mark.usefixtures("long_delay")
async def test_an_unload_writes_the_changes_waiting_for_the_delay(
    hass: HomeAssistant, site: Site, residents: Residents, hass_storage: dict[str, Any]
) -> None:
    await _two_parts_change(hass, site, residents, hass_storage)
    assert await hass.config_entries.async_unload(residents.entry.entry_id)
    await hass.async_block_till_done()
    _assert_both_kept(await _read_back(hass, residents.entry), residents)


@pytest.mark.usefixtures("long_delay")
async def test_home_assistant_stopping_writes_the_changes_waiting_for_the_delay(
    hass: HomeAssistant, site: Site, residents: Residents, hass_storage: dict[str, Any]
) -> None:
    """Home Assistant unloads no entry when it stops: its stores' final write does it."""
    await _two_parts_change(hass, site, residents, hass_storage)
    hass.bus.async_fire(EVENT_HOMEASSISTANT_FINAL_WRITE)
    await hass.async_block_till_done()
    _assert_both_kept(await _read_back(hass, residents.entry), residents)


@pytest.mark.usefixtures("no_delay")
async def test_a_building_unloaded_writes_nothing_over_the_one_set_up_again(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    """A late change in the old building's parts would put back the file it last wrote."""
    old = loaded.runtime_data
    garage = next(s for s, link in old.doors.items() if link.identity.name == "Garage")
    assert await hass.config_entries.async_unload(loaded.entry_id)
    await hass.async_block_till_done()
    assert await hass.config_entries.async_setup(loaded.entry_id)
    await hass.async_block_till_done()
    assert old.batteries is not None
    old.batteries.async_record_change(garage, int(time.time()) - 3600)
    await asyncio.sleep(0.1)  # the loop's next turns: a delayed write would be done
    await hass.async_block_till_done()
    data = await _read_back(hass, loaded)
    assert data["doors"][garage]["battery"]["change_source"] is None


@pytest.mark.usefixtures("no_delay")
async def test_every_write_assembles_every_section(
    hass: HomeAssistant, hass_storage: dict[str, Any]
) -> None:
    """Two owners, each asking for the delayed write with its own change: one write, both.

    After the building closed, nothing more is written.
    """
    saver = BuildingSaver(BuildingStore(hass, "entry-1"), {"doors": {}})
    sections: dict[str, int] = {"first": 0, "second": 0}

    def section(name: str) -> building_saver.Section:
        def write_into(data: BuildingData) -> None:
            data["doors"][name] = {"log_seq": sections[name]}

        return write_into

    saver.add_section(section("first"))
    saver.add_section(section("second"))
    sections["first"] = 1
    saver.async_changed()
    sections["second"] = 2
    saver.async_changed()
    await until(hass, lambda: f"{DOMAIN}.entry-1" in hass_storage)
    assert (await BuildingStore(hass, "entry-1").async_load()) == {
        "doors": {"first": {"log_seq": 1}, "second": {"log_seq": 2}}
    }
    sections["first"] = 3
    await saver.async_close()
    sections["second"] = 4
    saver.async_changed()
    await saver.async_save()
    await asyncio.sleep(0.1)
    await hass.async_block_till_done()
    assert hass_storage[f"{DOMAIN}.entry-1"]["data"]["doors"] == {
        "first": {"log_seq": 3},
        "second": {"log_seq": 2},
    }
