"""The building's access registry at run time: loaded once, changed in one place, saved at once.

People, key bundles, grants and shares live in `access.Registry` (pure); this module keeps
one per building, in its own storage file (`digitalkey.<entry id>.registry`, written
atomically by Home Assistant's `Store`), apart from the building store, whose door
positions change with every log read: a 10,000-person registry is not rewritten for those.
The registry reads the building by Home Assistant's country and time zone as they are now
(`async_follow_core_config` when they change), not as they were at start-up.

Every change goes through `AccessRuntime.async_apply`: the operation validates and either
raises `AccessError` (the registry is untouched, nothing is saved) or returns the `Change`;
the registry is then saved before the caller hears of it, and listeners (credential sync,
open panels) are told. A save that fails puts the registry back to what was last saved, so
memory and disk never disagree about who holds a key.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
import logging
from typing import Any

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.storage import Store

from .access.contact import Country
from .access.errors import AccessError
from .access.registry import BuildingSettings, Change, Registry
from .const import DOMAIN

_LOGGER = logging.getLogger(__name__)

STORAGE_VERSION = 1
"""The Store envelope's version; the registry's own layout is its `schema_version`."""

type ChangeListener = Callable[[Change], None]


def building_settings(hass: HomeAssistant) -> BuildingSettings:
    """Country and time zone from Home Assistant's configuration (Norway when unset/other)."""
    try:
        country = Country(hass.config.country or Country.NORWAY)
    except ValueError:
        country = Country.NORWAY
    return BuildingSettings(country=country, time_zone=hass.config.time_zone)


class RegistryStore(Store[dict[str, Any]]):
    """One private registry file per building."""

    def __init__(self, hass: HomeAssistant, entry_id: str) -> None:
        """The file `digitalkey.<entry id>.registry` in `.storage`."""
        super().__init__(
            hass, STORAGE_VERSION, f"{DOMAIN}.{entry_id}.registry", private=True, atomic_writes=True
        )


@dataclass(slots=True)
class AccessRuntime:
    """The loaded registry of one building and the one way to change it."""

    hass: HomeAssistant
    registry: Registry
    store: RegistryStore
    saved: dict[str, Any]
    """The stored form last written (or loaded): what a failed save goes back to."""
    listeners: list[ChangeListener] = field(default_factory=list)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    @classmethod
    async def async_load(cls, hass: HomeAssistant, entry_id: str) -> AccessRuntime:
        """Read the building's registry, or start an empty one."""
        store = RegistryStore(hass, entry_id)
        settings = building_settings(hass)
        data = await store.async_load()
        if data is None:
            registry = Registry(settings)
            return cls(hass, registry, store, registry.to_dict())
        registry = await hass.async_add_executor_job(Registry.from_dict, data, settings)
        return cls(hass, registry, store, data)

    async def async_apply(self, operation: Callable[[Registry], Change]) -> Change:
        """Run one registry operation, save, then tell the listeners.

        `AccessError` from the operation propagates with nothing changed. Operations run
        one at a time, so a change is saved before the next one starts.
        """
        async with self.lock:
            change = operation(self.registry)
            if change.empty:
                return change
            # Serialising 10,000 people takes most of a second: off the event loop. Reads
            # (decisions) may run meanwhile; nothing mutates while the lock is held.
            data = await self.hass.async_add_executor_job(self.registry.to_dict)
            try:
                await self.store.async_save(data)
            except Exception as err:
                self.registry = Registry.from_dict(self.saved, self.registry.settings)
                _LOGGER.exception("The access registry could not be saved")
                raise HomeAssistantError(
                    translation_domain=DOMAIN, translation_key="registry_not_saved"
                ) from err
            self.saved = data
        for listener in list(self.listeners):
            listener(change)
        return change

    @callback
    def async_follow_core_config(self) -> bool:
        """Take Home Assistant's country and time zone as they are now; whether they changed.

        Reasons, weekly schedules and the units' UTC offsets then all read the zone Home
        Assistant gives event times in. A zone that cannot be read keeps the settings.
        """
        try:
            settings = building_settings(self.hass)
        except AccessError as err:
            _LOGGER.debug("Building settings kept: %s", err.code)
            return False
        return self.registry.use_settings(settings)

    @callback
    def async_listen(self, listener: ChangeListener) -> CALLBACK_TYPE:
        """Call `listener` after every saved change; returns the function that stops it."""
        self.listeners.append(listener)

        @callback
        def stop() -> None:
            self.listeners.remove(listener)

        return stop
