"""Digital Key: a self-hosted building key hub for Bluetooth door units."""

from __future__ import annotations

from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.typing import ConfigType

from .building import Building
from .building_store import BuildingStore
from .const import DOMAIN
from .event_log_runner import async_remove_event_log
from .guest_path_redaction import async_redact_guest_paths
from .panel_commands import async_setup_panel_commands
from .panel_operate import async_setup_panel_operate
from .panel_organisation_commands import async_setup_organisation_commands
from .panel_queries import async_setup_panel_queries
from .panel_subscribe import async_setup_panel_subscribe
from .panels import async_register_panels, async_release_panels
from .registry_store import RegistryStore
from .repairs import async_delete_stale_issues
from .runtime import DigitalKeyConfigEntry
from .services import async_setup_services
from .share_page import GUEST_PAGE_VIEW, GuestPageView
from .websocket_credentials import async_setup_websocket

PLATFORMS: list[Platform] = [
    Platform.BINARY_SENSOR,
    Platform.EVENT,
    Platform.LOCK,
    Platform.SENSOR,
]
CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Register the actions, the websocket commands and the guest page once.

    They exist whether or not a building is loaded. The guest page finds a link's share in
    whichever building is loaded; with none, every link is answered as not valid. Its
    links' tokens are cut out of Home Assistant's request logs (`guest_path_redaction`).
    The panels come with the first building (`async_setup_entry`).
    """
    async_setup_services(hass)
    async_setup_websocket(hass)
    async_setup_panel_commands(hass)
    async_setup_panel_queries(hass)
    async_setup_panel_operate(hass)
    async_setup_panel_subscribe(hass)
    async_setup_organisation_commands(hass)
    view = hass.data[GUEST_PAGE_VIEW] = GuestPageView(hass)
    hass.http.register_view(view)
    async_redact_guest_paths()
    return True


async def async_setup_entry(hass: HomeAssistant, entry: DigitalKeyConfigEntry) -> bool:
    """Set up a building: its doors, their entities, then start listening; then the panels.

    Doors not heard yet are not an error: Bluetooth proxies often connect after Home
    Assistant set up its integrations, and a building's other doors must not wait for
    them. A door's entities are unavailable until its unit is heard.
    """
    building = Building(hass, entry)
    entry.runtime_data = await building.async_setup()
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    building.async_start()

    async def async_entry_updated(hass: HomeAssistant, entry: DigitalKeyConfigEntry) -> None:
        await building.async_entry_updated()

    entry.async_on_unload(entry.add_update_listener(async_entry_updated))
    entry.async_on_unload(building.async_stop)
    await async_register_panels(hass, entry)
    return True


async def async_unload_entry(hass: HomeAssistant, entry: DigitalKeyConfigEntry) -> bool:
    """Unload entities; the building then releases every connection and callback.

    The panels go with the last building (or move to one still loaded).
    """
    unloaded = await hass.config_entries.async_unload_platforms(entry, PLATFORMS)
    if unloaded:
        await async_release_panels(hass, entry)
    return unloaded


async def async_remove_entry(hass: HomeAssistant, entry: DigitalKeyConfigEntry) -> None:
    """Delete what the building stored (store, event log, registry) and its repairs."""
    await BuildingStore(hass, entry.entry_id).async_remove()
    await async_remove_event_log(hass, entry.entry_id)
    await RegistryStore(hass, entry.entry_id).async_remove()
    async_delete_stale_issues(hass, entry.entry_id, set(), building_removed=True)
