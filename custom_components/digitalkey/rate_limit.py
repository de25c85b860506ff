"""A sliding-window rate limit: at most `limit` events per key within `window` seconds.

Used by the guest page (`share_page.py`) for the two limits a page without a login needs:
wrong tokens per network address, and opens per share. The time is passed in by the
caller (monotonic seconds), so the limit has no clock of its own to replace in tests.

Memory is bounded: keys whose events have all left the window are dropped, and past
`max_keys` the keys heard from longest ago go first. A flood of new addresses can then
make old ones be forgotten sooner, but never grow memory without bound.
"""

from __future__ import annotations

from collections import deque
from typing import Final

MAX_KEYS: Final = 10_000


class SlidingWindow:
    """Counts events per key over the last `window` seconds."""

    def __init__(self, limit: int, window: float, *, max_keys: int = MAX_KEYS) -> None:
        """At most `limit` events (>= 1) per key within any `window` seconds."""
        if limit < 1 or window <= 0:
            raise ValueError("a rate limit needs a positive limit and window")
        self.limit = limit
        self.window = window
        self._max_keys = max_keys
        self._events: dict[str, deque[float]] = {}

    def __len__(self) -> int:
        """Keys tracked now."""
        return len(self._events)

    def _recent(self, key: str, now: float) -> deque[float] | None:
        events = self._events.get(key)
        if events is None:
            return None
        while events and events[0] <= now - self.window:
            events.popleft()
        if not events:
            del self._events[key]
            return None
        return events

    def spent(self, key: str, now: float) -> bool:
        """Whether `key` has had `limit` events within the window ending at `now`."""
        events = self._recent(key, now)
        return events is not None and len(events) >= self.limit

    def retry_after(self, key: str, now: float) -> float:
        """Seconds until `key` may have an event again (0 when it may now)."""
        events = self._recent(key, now)
        if events is None or len(events) < self.limit:
            return 0.0
        return max(events[-self.limit] + self.window - now, 0.0)

    def hit(self, key: str, now: float) -> None:
        """Count one event of `key` at `now`."""
        events = self._recent(key, now)
        if events is None:
            if len(self._events) >= self._max_keys:
                self._forget_old(now)
            events = self._events[key] = deque(maxlen=self.limit)
        else:
            # Most recently heard last: the oldest keys are the first to be forgotten.
            self._events[key] = self._events.pop(key)
        events.append(now)

    def _forget_old(self, now: float) -> None:
        for key in list(self._events):
            self._recent(key, now)
        while len(self._events) >= self._max_keys:
            del self._events[next(iter(self._events))]
