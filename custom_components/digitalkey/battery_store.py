"""Each door's battery history, fed by the unit's authenticated snapshots, kept in the store.

Only a snapshot the unit sent inside a Noise session (WELCOME, STATUS) is a reading: an
advertisement can be sent by anyone, and a forged battery level must not fake a battery
change or hide a dying battery. A reading is taken at the hub's wall clock
(`runtime.wall_clock`), the clock the report's times are shown on, and only while the
building's hub-clock check finds it plausible: a hub that booted with its clock years back
would stamp readings before the kept ones, and the history would drop those as stamped
by a clock that ran ahead.

The histories live in memory and are written into the building store's door records
(`DoorRecord.battery`) at every write of the building (`building_saver`). A reading arrives
with every read of the unit, so a change asks for the delayed write, which gathers them; a
door removed is forgotten, a door paired anew keeps its history (the battery in the door is
the same). A door without a record yet (its unit's first read has not stored a log
position) gets its history in the write that creates the record.
"""

from __future__ import annotations

from collections.abc import Callable
import logging
from typing import TYPE_CHECKING, Final

from homeassistant.core import callback

from .batteries.history import BatteryHistory, Reading, from_dict, record, record_change, to_dict
from .building_store import BuildingData
from .const import DOMAIN

if TYPE_CHECKING:
    from .door_link import DoorLink
    from .protocol.messages import Snapshot
    from .runtime import DigitalKeyRuntime

_LOGGER = logging.getLogger(__name__)

EMPTY: Final = BatteryHistory()
"""The history of a door whose unit has not reported its battery yet."""


def battery_signal(entry_id: str) -> str:
    """The dispatcher signal sent after a battery history of the building changed."""
    return f"{DOMAIN}_battery_history_{entry_id}"


class BatteryHistories:
    """The battery histories of one building's doors (`DoorLinkHooks.snapshot` feeds them)."""

    def __init__(
        self,
        runtime: DigitalKeyRuntime,
        clock_ok: Callable[[], bool],
        changed: Callable[[], None] = lambda: None,
    ) -> None:
        """Load every door's stored history (an unreadable one starts empty).

        `clock_ok` says whether the hub's wall clock is plausible now (the building's check);
        `changed` is called after a history changed (a reading, a contact, a change recorded),
        so open panels read the report again.
        """
        self._runtime = runtime
        self._clock_ok = clock_ok
        self._changed = changed
        self._histories: dict[str, BatteryHistory] = {
            door_id: from_dict(stored["battery"])
            for door_id, stored in runtime.data["doors"].items()
            if "battery" in stored
        }
        runtime.saver.add_section(self._write_into)

    def history(self, door_id: str) -> BatteryHistory:
        """A door's history (empty when its unit never reported a battery level)."""
        return self._histories.get(door_id, EMPTY)

    @callback
    def async_snapshot(self, link: DoorLink, snapshot: Snapshot) -> None:
        """Record the battery level of an authenticated snapshot of a door of the building."""
        door_id = link.identity.subentry_id
        if self._runtime.doors.get(door_id) is not link:
            return  # a door being removed
        if not self._clock_ok():
            return  # a reading stamped by a wrong clock would spoil the history
        reading = Reading(
            at=int(self._runtime.wall_clock()),
            percent=snapshot.battery_percent,
            millivolts=snapshot.battery_mv,
        )
        self._keep(door_id, record(self.history(door_id), reading))

    @callback
    def async_record_change(self, door_id: str, at: int) -> BatteryHistory:
        """Someone changed the door's battery at `at` (epoch seconds): say so in its history."""
        history = record_change(self.history(door_id), at)
        self._keep(door_id, history)
        return history

    @callback
    def async_forget(self, door_id: str) -> None:
        """The door was removed: its history goes with it (the caller saves the store)."""
        self._histories.pop(door_id, None)

    def _write_into(self, data: BuildingData) -> None:
        """Every history into its door's record (the building store's battery section)."""
        doors = data["doors"]
        for door_id, history in self._histories.items():
            if (stored := doors.get(door_id)) is not None:
                stored["battery"] = to_dict(history)

    def _keep(self, door_id: str, history: BatteryHistory) -> None:
        """The new history in memory; the building written soon."""
        if self._histories.get(door_id) == history:
            return
        self._histories[door_id] = history
        self._runtime.saver.async_changed()
        self._changed()
