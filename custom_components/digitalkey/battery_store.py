"""Each door's battery history, fed by the unit's authenticated snapshots, kept in the store.

Only a snapshot the unit sent inside a Noise session (WELCOME, STATUS) is a reading: an
advertisement can be sent by anyone, and a forged battery level must not fake a battery
change or hide a dying battery. A reading is taken at the hub's wall clock
(`runtime.wall_clock`), the clock the report's times are shown on, and only while the
building's hub-clock check finds it plausible: a hub that booted with its clock years back
would stamp readings before the kept ones, and the history would drop those as stamped
by a clock that ran ahead.

The histories live in memory and in the building store (`DoorRecord.battery`). A reading
arrives with every read of the unit, so the store is written with a delay (`SAVE_DELAY_S`)
that gathers them; a door removed is forgotten, a door paired anew keeps its history (the
battery in the door is the same).
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

SAVE_DELAY_S: Final = 10
"""Seconds a new reading waits for others before the building store is written."""
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

    def stored(self) -> BuildingData:
        """The building's data with every history written into its door's record.

        A door without a record yet (its unit's first read has not stored a log position)
        gets its history when the record is created (`UnitRecords` saves through this).
        """
        doors = self._runtime.data["doors"]
        for door_id, history in self._histories.items():
            if (stored := doors.get(door_id)) is not None:
                stored["battery"] = to_dict(history)
        return self._runtime.data

    def _keep(self, door_id: str, history: BatteryHistory) -> None:
        """The new history in memory and in the door's record; the store written soon.

        In the record at once, because any other save of the building (a log position, a
        UTC offset) writes the records as they are and cancels the delayed one.
        """
        if self._histories.get(door_id) == history:
            return
        self._histories[door_id] = history
        if (stored := self._runtime.data["doors"].get(door_id)) is not None:
            stored["battery"] = to_dict(history)
        self._runtime.store.async_delay_save(self.stored, SAVE_DELAY_S)
        self._changed()
