"""The one way the parts of a building have its store written, every section at once.

The building store (`building_store.py`) is one file with a section per part: the door
records (read positions by `unit_records`, hub settings by `door_settings`), each door's
battery history (`battery_store`), the credential sync's kept state
(`credential_sync_store`) and what the board was told of keypads (`keypad_events`).
Home Assistant's `Store` keeps only the data function of the latest delayed save: a part
that passed one writing only its own section would drop another part's change still
waiting for the delay. So no part writes the store itself. Each owner of a section
registers once how it writes its section into the building's data (`add_section`), and
says "my section changed" (`async_changed`: written after `SAVE_DELAY_S`, gathering what
else changes meanwhile) or "write it now" (`async_save`: a read position before the unit
is acknowledged, a removed door). Either way the write assembles every section from its
owner first, so what one part changed is in every write, whichever part asked for it.

A change waiting for the delay is written when the building unloads (`async_close`) and,
when Home Assistant stops (which unloads no entries), by the store's own final write,
which calls the same assembly. After `async_close` nothing more is written: a building
set up again has a saver of its own, and a late write of the old one would put back
what the new one has changed since.
"""

from __future__ import annotations

from collections.abc import Callable
import logging
from typing import Final

from homeassistant.core import callback

from .building_store import BuildingData, BuildingStore

_LOGGER = logging.getLogger(__name__)

SAVE_DELAY_S: Final = 10
"""Seconds a changed section waits for other changes before the building store is written."""

type Section = Callable[[BuildingData], None]
"""Writes one part's section, as it is now, into the building's data."""


class BuildingSaver:
    """Writes one building's store, every section assembled from its owner."""

    def __init__(self, store: BuildingStore, data: BuildingData) -> None:
        """Write `data` (as loaded: the door records and every section) to `store`."""
        self.store = store
        self._data = data
        self._sections: list[Section] = []
        self._closed = False

    def add_section(self, section: Section) -> None:
        """Have every write of the building include the section `section` writes."""
        self._sections.append(section)

    def data(self) -> BuildingData:
        """The building's data as a write now would store it (every section written in)."""
        for section in self._sections:
            section(self._data)
        return self._data

    @callback
    def async_changed(self) -> None:
        """A section changed: write the building soon, with whatever else changes meanwhile."""
        if self._closed:
            _LOGGER.debug("Building store closed: a late change is not written")
            return
        self.store.async_delay_save(self.data, SAVE_DELAY_S)

    async def async_save(self) -> None:
        """Write the building now (a change waiting for the delay goes with it)."""
        if self._closed:
            _LOGGER.debug("Building store closed: a late save is not written")
            return
        await self.store.async_save(self.data())

    async def async_close(self) -> None:
        """The building unloads: write what is pending, and nothing after (even if this fails)."""
        try:
            await self.async_save()
        finally:
            self._closed = True
