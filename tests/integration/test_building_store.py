"""A building's stored log positions survive the change of storage layout (v1 → v2)."""

from __future__ import annotations

from typing import Any

from homeassistant.core import Event, HomeAssistant
from pytest_homeassistant_custom_component.common import async_capture_events

from custom_components.digitalkey.building_store import (
    STORAGE_MINOR_VERSION,
    STORAGE_VERSION,
    BuildingStore,
)
from custom_components.digitalkey.const import DOMAIN, EVENT_ACCESS

from .conftest import Site, pair_into_entry, until


def _v1(entry_id: str, data: dict[str, Any]) -> dict[str, Any]:
    return {"version": 1, "minor_version": 1, "key": f"{DOMAIN}.{entry_id}", "data": data}


async def test_version_1_store_is_migrated_and_reading_resumes_after_its_seq(
    hass: HomeAssistant, site: Site, hass_storage: dict[str, Any]
) -> None:
    sim = await site.add_unit("entrance")
    entry = await pair_into_entry(site, ["entrance"])
    (subentry_id,) = entry.subentries
    unit = sim.unit
    # The unit holds records 1 (paired) .. 15; the hub last stored seq 12 (layout 1).
    for index in range(11):
        unit.open_door() if index % 2 == 0 else unit.close_door()
    assert unit.flash.log.last_seq == 12
    for _ in range(3):
        unit.press_inside_button()
    assert unit.flash.log.last_seq == 15
    assert unit.flash.log.oldest_seq == 1
    key = f"{DOMAIN}.{entry.entry_id}"
    hass_storage[key] = _v1(entry.entry_id, {subentry_id: {"log_seq": 12}})
    events: list[Event] = async_capture_events(hass, EVENT_ACCESS)

    assert await hass.config_entries.async_setup(entry.entry_id)
    door = entry.runtime_data.doors[subentry_id]
    await until(hass, lambda: door.state.log_seq == 15, timeout=5)
    await hass.async_block_till_done(wait_background_tasks=True)

    assert [event.data["seq"] for event in events] == [13, 14, 15]
    assert {event.data["event"] for event in events} == {"button"}
    assert door.state.missed_records == 0
    stored = hass_storage[key]
    assert stored["version"] == STORAGE_VERSION == 2
    assert stored["minor_version"] == STORAGE_MINOR_VERSION
    (door,) = stored["data"]["doors"].values()
    assert stored["data"]["doors"].keys() == {subentry_id}
    assert door["log_seq"] == 15
    assert len(bytes.fromhex(door["snapshot"])) == 40  # the last status, shown after restarts
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_version_1_layout_is_converted(
    hass: HomeAssistant, hass_storage: dict[str, Any]
) -> None:
    hass_storage[f"{DOMAIN}.entry-1"] = _v1(
        "entry-1",
        {
            "door-a": {"log_seq": 12},
            "door-b": {"log_seq": "7"},  # written as text by hand: still a position
            "door-c": {},  # no position: forgotten (read from "now" again)
            "door-d": 3,  # not a record at all
        },
    )
    data = await BuildingStore(hass, "entry-1").async_load()
    assert data == {"doors": {"door-a": {"log_seq": 12}, "door-b": {"log_seq": 7}}}


async def test_current_layout_is_loaded_unchanged(
    hass: HomeAssistant, hass_storage: dict[str, Any]
) -> None:
    current = {"doors": {"door-a": {"log_seq": 4}}, "registry": {"people": {}}}
    hass_storage[f"{DOMAIN}.entry-1"] = {
        "version": STORAGE_VERSION,
        "minor_version": STORAGE_MINOR_VERSION,
        "key": f"{DOMAIN}.entry-1",
        "data": current,
    }
    assert await BuildingStore(hass, "entry-1").async_load() == current


async def test_minor_version_2_layout_gains_nothing_and_loses_nothing(
    hass: HomeAssistant, hass_storage: dict[str, Any]
) -> None:
    """Minor version 3 only adds sections (the credential sync's, the keypad watch's)."""
    older = {
        "doors": {"door-a": {"log_seq": 4, "battery": {"readings": [[1795300000, 90, None]]}}},
        "registry": {"people": {}},
    }
    hass_storage[f"{DOMAIN}.entry-1"] = {
        "version": STORAGE_VERSION,
        "minor_version": 2,
        "key": f"{DOMAIN}.entry-1",
        "data": older,
    }
    store = BuildingStore(hass, "entry-1")
    data = await store.async_load()
    assert data == older
    assert data is not None
    await store.async_save(data)
    assert hass_storage[f"{DOMAIN}.entry-1"]["minor_version"] == STORAGE_MINOR_VERSION == 4


async def test_a_file_from_before_the_relock_time_loads_and_keeps_its_offsets(
    hass: HomeAssistant, hass_storage: dict[str, Any]
) -> None:
    """Minor version 3 had no `auto_relock`: the records load as they were (it is set anew)."""
    older = {"doors": {"door-a": {"log_seq": 7, "utc_offset": 3600}}}
    hass_storage[f"{DOMAIN}.entry-1"] = {
        "version": STORAGE_VERSION,
        "minor_version": 3,
        "key": f"{DOMAIN}.entry-1",
        "data": older,
    }
    data = await BuildingStore(hass, "entry-1").async_load()
    assert data == older
    assert data is not None
    assert "auto_relock" not in data["doors"]["door-a"]
