"""Simulated Digital Key building for the development server (not shipped).

`digitalkey_simulator:` in configuration.yaml puts three reference door units on a
virtual radio and registers a simulated Bluetooth proxy with Home Assistant's Bluetooth
manager, so the digitalkey integration discovers, pairs and operates them through the same
code paths as real units behind an ESPHome proxy. Services stand in for the physical
world. See docs/development.md.
"""

from __future__ import annotations

from pathlib import Path

from homeassistant.const import EVENT_HOMEASSISTANT_STOP
from homeassistant.core import Event, HomeAssistant
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.typing import ConfigType
from homeassistant.util.hass_dict import HassKey

from .building import SimulatedBuilding
from .const import DOMAIN, STATE_FILE
from .services import async_register_services

CONFIG_SCHEMA = cv.empty_config_schema(DOMAIN)

DATA_BUILDING: HassKey[SimulatedBuilding] = HassKey(DOMAIN)


async def async_setup(hass: HomeAssistant, _config: ConfigType) -> bool:
    """Start the building; it runs until Home Assistant stops."""
    building = SimulatedBuilding(hass, Path(hass.config.path(STATE_FILE)))
    await building.async_start()
    hass.data[DATA_BUILDING] = building
    async_register_services(hass, building)

    async def _async_stop(_event: Event) -> None:
        await building.async_stop()

    hass.bus.async_listen_once(EVENT_HOMEASSISTANT_STOP, _async_stop)
    return True
