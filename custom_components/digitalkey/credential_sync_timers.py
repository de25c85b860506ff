"""The timers of one door's credential sync: when it looks, waits, retries and derives again.

A door's sync (`door_credential_sync.py`) decides *whether* to go to the unit; these
timers decide *when* it is woken to decide again:

- **evaluate**: a change is looked at `EVALUATE_S` after it came (a block goes out then);
- **debounce**: a change that takes nothing away waits until no other came for
  `DEBOUNCE_S`, but no longer than `DEBOUNCE_MAX_S` after the first of its burst;
- **back-off**: after a failure, the wait the sync chose (`BACKOFF_S` in the sync);
- **boundary**: a key of the door ends (`next_change`): the set is derived again then,
  `BOUNDARY_MARGIN_S` after it, by the hub's wall clock, which decided the key is still on
  (so a key that ended for it is never re-armed at once).

Each timer wakes the sync (`wake`), the boundary tells it of a change (`changed`). Every
timer runs on Home Assistant's loop time, so a test moves them with `async_fire_time_changed`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Final

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.event import async_call_later

EVALUATE_S: Final = 0.2
"""A change is derived and weighed this long after it came (a block goes out then)."""
DEBOUNCE_S: Final = 2.0
"""A change that takes nothing away waits until no other came for this long."""
DEBOUNCE_MAX_S: Final = 10.0
"""... but no longer than this after the first change of the burst."""
BOUNDARY_MARGIN_S: Final = 1.0
"""A key's end is looked at this long after it, so the hub's clock is surely past it."""


class SyncTimers:
    """The evaluate, debounce, back-off and boundary timers of one door's sync."""

    def __init__(
        self,
        hass: HomeAssistant,
        *,
        wake: Callable[[], None],
        changed: Callable[[], None],
        wall_clock: Callable[[], float],
    ) -> None:
        """None armed; `wake` and `changed` are the sync's."""
        self.hass = hass
        self._wake = wake
        self._changed = changed
        self._wall_clock = wall_clock
        self._burst_started: float | None = None
        self._last_change = 0.0
        self.debounce_done = False
        """The debounce of the latest burst of changes ran out (the sync may go)."""
        self._evaluate: CALLBACK_TYPE | None = None
        self._debounce: CALLBACK_TYPE | None = None
        self._backoff: CALLBACK_TYPE | None = None
        self._boundary: CALLBACK_TYPE | None = None
        self._boundary_at: datetime | None = None

    @property
    def evaluating(self) -> bool:
        """Whether a change waits to be looked at."""
        return self._evaluate is not None

    @property
    def debouncing(self) -> bool:
        """Whether a burst of changes waits for its debounce."""
        return self._debounce is not None

    @property
    def backing_off(self) -> bool:
        """Whether the sync waits after a failure."""
        return self._backoff is not None

    def change_came(self) -> None:
        """A change came now: a new debounce, within the burst's first change's limit."""
        now = self.hass.loop.time()
        self.debounce_done = False
        self._last_change = now
        if self._burst_started is None:
            self._burst_started = now

    def attempt_starts(self) -> None:
        """The sync goes to the unit: the burst is over and no back-off waits."""
        self.debounce_done = False
        self.burst_ends()

    def burst_ends(self) -> None:
        """Nothing waits for a debounce or a back-off any more."""
        self._burst_started = None
        if self._debounce is not None:
            self._debounce()
            self._debounce = None
        self.cancel_backoff()

    def cancel_all(self) -> None:
        """Every timer off (the sync stopped)."""
        for cancel in (self._evaluate, self._debounce, self._backoff, self._boundary):
            if cancel is not None:
                cancel()
        self._evaluate = self._debounce = self._backoff = self._boundary = None

    def arm_evaluate(self) -> None:
        """Wake the sync `EVALUATE_S` from now."""

        @callback
        def evaluate(_now: datetime) -> None:
            self._evaluate = None
            self._wake()

        self._evaluate = async_call_later(self.hass, EVALUATE_S, evaluate)

    def arm_debounce(self) -> None:
        """Wake the sync once the burst's debounce runs out."""
        if self._debounce is not None:
            self._debounce()
        started = self._burst_started if self._burst_started is not None else self._last_change
        due = min(self._last_change + DEBOUNCE_S, started + DEBOUNCE_MAX_S)

        @callback
        def done(_now: datetime) -> None:
            self._debounce = None
            self.debounce_done = True
            self._wake()

        self._debounce = async_call_later(self.hass, max(due - self.hass.loop.time(), 0), done)

    def arm_backoff(self, delay: float) -> None:
        """Wake the sync `delay` seconds from now (and not before, but for a cancel)."""
        self.cancel_backoff()

        @callback
        def retry(_now: datetime) -> None:
            self._backoff = None
            self._wake()

        self._backoff = async_call_later(self.hass, delay, retry)

    def cancel_backoff(self) -> None:
        """No more waiting after the last failure."""
        if self._backoff is not None:
            self._backoff()
            self._backoff = None

    def arm_boundary(self, at: datetime | None) -> None:
        """Tell the sync of a change when a key of the door ends (None: no key ends)."""
        if at == self._boundary_at:
            return
        if self._boundary is not None:
            self._boundary()
            self._boundary = None
        self._boundary_at = at
        if at is None:
            return

        @callback
        def boundary(_now: datetime) -> None:
            self._boundary = self._boundary_at = None
            self._changed()

        delay = max(at.timestamp() - self._wall_clock(), 0.0) + BOUNDARY_MARGIN_S
        self._boundary = async_call_later(self.hass, delay, boundary)
