"""Digital Key: a self-hosted building key hub for Bluetooth door units."""

from __future__ import annotations

from homeassistant.const import Platform
from homeassistant.core import HomeAssistant

from .building import Building, DigitalKeyConfigEntry
from .repairs import async_delete_stale_issues

PLATFORMS: list[Platform] = [
    Platform.BINARY_SENSOR,
    Platform.EVENT,
    Platform.LOCK,
    Platform.SENSOR,
]


async def async_setup_entry(hass: HomeAssistant, entry: DigitalKeyConfigEntry) -> bool:
    """Set up a building: its doors, their entities, then start listening."""
    building = Building(hass, entry)
    await building.async_setup()
    entry.runtime_data = building
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    building.async_start()
    entry.async_on_unload(entry.add_update_listener(_async_reload))
    return True


async def _async_reload(hass: HomeAssistant, entry: DigitalKeyConfigEntry) -> None:
    """Doors added, removed or renamed, or options changed: rebuild the building."""
    hass.config_entries.async_schedule_reload(entry.entry_id)


async def async_unload_entry(hass: HomeAssistant, entry: DigitalKeyConfigEntry) -> bool:
    """Unload entities, then release every connection and callback."""
    unloaded = await hass.config_entries.async_unload_platforms(entry, PLATFORMS)
    if unloaded:
        await entry.runtime_data.async_stop()
    return unloaded


async def async_remove_entry(hass: HomeAssistant, entry: DigitalKeyConfigEntry) -> None:
    """Delete what the building stored (log positions) and its repairs when it is removed."""
    await Building.async_remove_store(hass, entry)
    async_delete_stale_issues(hass, entry.entry_id, set())
