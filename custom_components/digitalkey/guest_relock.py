"""The hub locks a door a guest's link opened, when its unit cannot lock by itself.

A unit with the auto-relock feature locks itself after the building's "lock again after an
open" time (`door_settings.py`). A unit without it would leave the bolt withdrawn after a
guest link's Open until someone locks it, and the guest cannot: the link has no Lock
button. So after such an open (`share_page.py`) the hub counts the same time and then
sends LOCK, as the unit's own auto-relock would (docs/protocol.md §7.4):

- it reads the unit first, and locks only while it still reports unlocked;
- the time counts from when the latch lets go after the Open (a unit holds it a few
  seconds), or from when the door contact reports the door closed, whichever is later, as
  the unit's own count does; while the door stands open it waits, and a latch still held
  when the time is over is looked at again a little later;
- an unlock, open, PIN, tag or exit button by anyone else meanwhile (a record read from the
  unit that the guest's own Open did not cause) ends it: whoever opened last owns the door;
- a unit out of reach ends it too, quietly (a debug record): the hub does not keep trying
  to lock a door it cannot see, whose state it cannot know.

The LOCK goes on the key kind `HUB_RELOCK`, so the unit's record of it is logged and
announced with the source `hub_relock` ("locked again by the hub after an open"), not as
a lock from the app (`access_events`).

Opens by residents from My keys or the lock entity are not relocked: a Home Assistant user
can lock from where they unlocked, and may mean to leave the door unlocked (moving day, a
delivery, an automation). On units with the feature the unit relocks after every open.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
import logging
from typing import Final

from homeassistant.core import CALLBACK_TYPE, Context, HomeAssistant, callback
from homeassistant.helpers.event import async_call_later

from .access_events import AccessEvent
from .attribution import HUB_RELOCK, KeyUse
from .building_options import relock_after_s
from .door_link import DoorLink, Spawn
from .protocol.constants import DoorState, Feature, LockState, Opcode
from .protocol.errors import DoorUnitError
from .runtime import DigitalKeyRuntime

_LOGGER = logging.getLogger(__name__)

LATCH_RECHECK_S: Final = 5.0
"""A latch still held when the time is over is looked at again this much later."""
OPENINGS: Final = frozenset({"unlocked", "opened", "pin_used", "tag_used", "button"})
"""Access event types that open a door: one the guest did not cause ends the relock."""


@dataclass(slots=True)
class _Pending:
    """One door's relock after a guest's open."""

    door: DoorLink
    contexts: set[str] = field(default_factory=set)
    """The contexts of the guest's opens: their own records do not end the relock."""
    timer: CALLBACK_TYPE | None = None
    waiting_for_close: bool = False
    lock_state: LockState | None = None
    """The unit's lock state last seen: a latch letting go (unlatched to unlocked) counts
    the time again from then."""
    locking: bool = False
    unsubscribe: list[CALLBACK_TYPE] = field(default_factory=list)


class GuestRelock:
    """Locks the doors guests opened on units without auto-relock, after the relock time."""

    def __init__(self, hass: HomeAssistant, runtime: DigitalKeyRuntime, spawn: Spawn) -> None:
        """No door waits yet."""
        self.hass = hass
        self._runtime = runtime
        self._spawn = spawn
        self._pending: dict[str, _Pending] = {}

    def pending(self, door_id: str) -> bool:
        """Whether the hub means to lock `door_id` after a guest's open."""
        return door_id in self._pending

    @callback
    def async_opened(self, door: DoorLink, context: Context) -> None:
        """A guest's link opened `door` in `context`: lock it after the relock time.

        Nothing when the unit relocks by itself or the building relocks never. Another
        press of the link counts the time again from now.
        """
        seconds = relock_after_s(self._runtime.entry_options())
        if seconds <= 0 or door.identity.features & Feature.AUTO_RELOCK:
            return
        door_id = door.identity.subentry_id
        pending = self._pending.get(door_id)
        if pending is None or pending.door is not door:
            self._end(door_id)
            pending = self._pending[door_id] = _Pending(door)
            pending.unsubscribe = [
                door.async_add_listener(lambda: self._on_state(pending)),
                self._runtime.events.async_subscribe(
                    door_id, lambda event, ctx: self._on_event(pending, event, ctx)
                ),
            ]
        pending.contexts.add(context.id)
        pending.waiting_for_close = False
        if (snapshot := door.state.snapshot) is not None:
            pending.lock_state = snapshot.lock_state
        self._arm(pending, float(seconds))
        _LOGGER.debug("Door %s: locking again in %d s (guest link)", door.identity.name, seconds)

    @callback
    def async_forget(self, door_id: str) -> None:
        """The door was removed or re-paired: nothing is locked on its behalf any more."""
        self._end(door_id)

    @callback
    def async_stop(self) -> None:
        """The building unloads: every relock ends."""
        for door_id in list(self._pending):
            self._end(door_id)

    # Watching the door ------------------------------------------------------------------

    def _on_state(self, pending: _Pending) -> None:
        """The door's state changed: an open door stops the count, a closed one restarts it.

        So does a latch letting go after the guest's Open, when the door is not open.
        """
        snapshot = pending.door.state.snapshot
        if snapshot is None or pending.locking:
            return
        released = (
            pending.lock_state is LockState.UNLATCHED and snapshot.lock_state is LockState.UNLOCKED
        )
        pending.lock_state = snapshot.lock_state
        if released and not pending.waiting_for_close and snapshot.door_state is not DoorState.OPEN:
            self._arm(pending, float(relock_after_s(self._runtime.entry_options())))
        elif snapshot.door_state is DoorState.OPEN and not pending.waiting_for_close:
            pending.waiting_for_close = True
            self._cancel_timer(pending)
        elif snapshot.door_state is DoorState.CLOSED and pending.waiting_for_close:
            pending.waiting_for_close = False
            self._arm(pending, float(relock_after_s(self._runtime.entry_options())))

    def _on_event(self, pending: _Pending, event: AccessEvent, context: Context | None) -> None:
        """Someone other than the guest opened the door: it is theirs to lock now."""
        if event.event_type not in OPENINGS:
            return
        if context is not None and context.parent_id in pending.contexts:
            return  # the record of the guest's own open
        _LOGGER.debug(
            "Door %s: opened again (%s), not locking it after the guest",
            pending.door.identity.name,
            event.event_type,
        )
        self._end(pending.door.identity.subentry_id)

    # Locking ----------------------------------------------------------------------------

    def _arm(self, pending: _Pending, delay: float) -> None:
        self._cancel_timer(pending)

        @callback
        def due(_now: datetime) -> None:
            pending.timer = None
            pending.locking = True
            self._spawn(
                self._async_lock(pending), f"digitalkey relock {pending.door.identity.name}"
            )

        pending.timer = async_call_later(self.hass, delay, due)

    async def _async_lock(self, pending: _Pending) -> None:
        """Read the unit; lock it if it is still unlocked with its door closed."""
        door = pending.door
        door_id = door.identity.subentry_id
        try:
            await door.async_refresh()  # its records may show someone else opened it
            if self._pending.get(door_id) is not pending:
                return
            snapshot = door.state.snapshot
            if snapshot is None or snapshot.lock_state not in (
                LockState.UNLOCKED,
                LockState.UNLATCHED,
            ):
                _LOGGER.debug("Door %s: locked meanwhile, nothing to do", door.identity.name)
                self._end(door_id)
                return
            pending.locking = False
            if snapshot.door_state is DoorState.OPEN:
                pending.waiting_for_close = True  # counted again once it is closed
                return
            if snapshot.lock_state is LockState.UNLATCHED:
                self._arm(pending, LATCH_RECHECK_S)
                return
            pending.locking = True
            # Sent on the hub's own key kind, so the log says the hub locked it again.
            await door.async_operate(Opcode.LOCK, Context(), KeyUse(HUB_RELOCK))
        except DoorUnitError as err:
            _LOGGER.debug(
                "Door %s: not locked after the guest's open (%r)", door.identity.name, err
            )
        if self._pending.get(door_id) is pending and pending.locking:
            self._end(door_id)

    def _end(self, door_id: str) -> None:
        pending = self._pending.pop(door_id, None)
        if pending is None:
            return
        self._cancel_timer(pending)
        for unsubscribe in pending.unsubscribe:
            unsubscribe()

    @staticmethod
    def _cancel_timer(pending: _Pending) -> None:
        if pending.timer is not None:
            pending.timer()
            pending.timer = None
