"""The simulated building: door units on a virtual radio, reached through a simulated proxy.

Unit state is restored from the state file at start and written back shortly after
anything may have changed it and at stop, so paired units stay paired across restarts of
Home Assistant. Every flash change comes either from a message written to a unit (its
effects land during the session, which ends with a disconnect) or from a service call, so
those are the moments a save is scheduled.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from datetime import datetime
import logging
from pathlib import Path
from typing import Any

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.event import async_call_later

from simulator.door_unit import DoorUnit, UnitConfig
from simulator.ha_proxy import SimulatedProxy
from simulator.persistence import (
    PersistenceError,
    dump_unit,
    read_units_file,
    restore_unit,
    write_units_file,
)
from simulator.radio import PeripheralLink, RadioPeripheral, VirtualRadio

from .const import DOORS, PROXY_NAME, PROXY_SLOTS, PROXY_SOURCE, SAVE_DELAY, DoorSpec

_LOGGER = logging.getLogger(__name__)


class _WatchedUnit:
    """Radio handler that forwards to a unit and reports moments its flash may change."""

    def __init__(self, unit: DoorUnit, changed: Callable[[], None]) -> None:
        self.unit = unit
        self._changed = changed

    def read_info(self) -> bytes:
        """Answer INFO reads from the unit."""
        return self.unit.read_info()

    def on_connect(self, link: PeripheralLink) -> None:
        """Hand the new link to the unit."""
        self.unit.on_connect(link)

    def on_write(self, link: PeripheralLink, data: bytes, with_response: bool) -> None:
        """Hand the fragment to the unit; the command it completes may change flash."""
        self.unit.on_write(link, data, with_response)
        self._changed()

    def on_disconnect(self, link: PeripheralLink) -> None:
        """Session over: whatever it changed is now final."""
        self.unit.on_disconnect(link)
        self._changed()


class SimulatedBuilding:
    """Door units and one Bluetooth proxy registered with Home Assistant."""

    def __init__(
        self,
        hass: HomeAssistant,
        state_path: Path,
        doors: Sequence[DoorSpec] = DOORS,
        *,
        save_delay: float = SAVE_DELAY,
    ) -> None:
        """Describe the building; nothing runs before `async_start`."""
        self.hass = hass
        self.state_path = state_path
        self.doors = {door.name: door for door in doors}
        self.units: dict[str, DoorUnit] = {}
        self.peripherals: dict[str, RadioPeripheral] = {}
        self.radio: VirtualRadio | None = None
        self.proxy: SimulatedProxy | None = None
        self._save_delay = save_delay
        self._cancel_save: CALLBACK_TYPE | None = None
        self._save_lock = asyncio.Lock()
        self._saved: dict[str, dict[str, Any]] | None = None
        self._stopping = False

    def unit(self, door: str) -> DoorUnit:
        """The unit behind a door name."""
        return self.units[door]

    async def async_start(self) -> None:
        """Restore saved state, put the units on the air and start the proxy."""
        stored = await self.hass.async_add_executor_job(self._read_state)
        radio = self.radio = VirtualRadio()
        for door in self.doors.values():
            unit = DoorUnit(
                UnitConfig(
                    unit_id=door.unit_id,
                    setup_code=door.setup_code,
                    features=door.features,
                    motor_time=door.motor_time,
                ),
                battery_percent=door.battery_percent,
            )
            if (state := stored.get(door.name)) is not None:
                try:
                    restore_unit(unit, state)
                except PersistenceError as err:
                    _LOGGER.warning("%s: saved state not restored: %s", door.name, err)
            peripheral = await radio.add_peripheral(
                door.address, _WatchedUnit(unit, self.async_schedule_save)
            )
            unit.attach(peripheral)
            await peripheral.start_advertising()
            if door.pairing_at_start:
                unit.press_pairing_button()
            self.units[door.name] = unit
            self.peripherals[door.name] = peripheral
        self.proxy = SimulatedProxy(
            self.hass, radio, PROXY_SOURCE, name=PROXY_NAME, connection_slots=PROXY_SLOTS
        )
        await self.proxy.async_start()
        await self.async_save()  # keys of units that were new must survive a crash
        _LOGGER.info("Simulated building is up: %s", self.describe())

    def describe(self) -> str:
        """One line naming the proxy and every unit, for the log."""
        parts = [f"proxy {PROXY_SOURCE} ({PROXY_SLOTS} connection slots)"]
        for name, unit in self.units.items():
            door = self.doors[name]
            state = (
                "pairing mode"
                if unit.pairing_mode
                else "paired"
                if unit.flash.controllers
                else "factory state"
            )
            parts.append(
                f"{name} {unit.name} at {door.address}, setup code {door.setup_code}, {state}"
            )
        return "; ".join(parts)

    def _read_state(self) -> dict[str, dict[str, Any]]:
        """Read the state file; a corrupt one is moved aside so it is not overwritten."""
        try:
            return read_units_file(self.state_path)
        except PersistenceError as err:
            aside = self.state_path.with_name(self.state_path.name + ".corrupt")
            self.state_path.replace(aside)
            _LOGGER.warning("Starting with new units; moved unreadable %s aside: %s", aside, err)
            return {}

    @callback
    def async_schedule_save(self) -> None:
        """Write the unit state once things have been quiet for a moment."""
        if self._stopping:
            return
        if self._cancel_save is not None:
            self._cancel_save()
        self._cancel_save = async_call_later(self.hass, self._save_delay, self._async_save_later)

    async def _async_save_later(self, _now: datetime) -> None:
        self._cancel_save = None
        await self.async_save()

    async def async_save(self) -> None:
        """Write the unit state now, unless nothing changed since the last write."""
        async with self._save_lock:
            states = {name: dump_unit(unit) for name, unit in self.units.items()}
            if states == self._saved:
                return
            await self.hass.async_add_executor_job(write_units_file, self.state_path, states)
            self._saved = states

    async def async_stop(self) -> None:
        """Save, drop every connection and take the units off the air; idempotent."""
        if self._stopping:
            return
        self._stopping = True
        if self._cancel_save is not None:
            self._cancel_save()
            self._cancel_save = None
        if self.proxy is not None:
            await self.proxy.async_stop()
        await self.async_save()
        for unit in self.units.values():
            unit.detach()
        if self.radio is not None:
            await self.radio.close()
        _LOGGER.info("Simulated building stopped; unit state saved to %s", self.state_path)
