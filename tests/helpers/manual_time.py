"""Clocks and a `call_later` that move only when a test says so.

The reference unit takes its wall clock, monotonic clock and timer from the outside; handing
it these instead of the real ones lets tests of timeouts, hold times and relocking run in
microseconds without sleeping, and with every timer firing in a known order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
import heapq
import itertools


@dataclass(order=True)
class _Call:
    due: float
    order: int
    callback: Callable[[], None] = field(compare=False)
    cancelled: bool = field(default=False, compare=False)

    def cancel(self) -> None:
        self.cancelled = True


class ManualTime:
    """Wall clock, monotonic clock and `call_later` that move only in `advance`."""

    def __init__(self) -> None:
        self.wall = 1_790_000_000.0
        self.mono = 1000.0
        self._calls: list[_Call] = []
        self._order = itertools.count()

    def time(self) -> float:
        return self.wall

    def monotonic(self) -> float:
        return self.mono

    def call_later(self, delay: float, callback: Callable[[], None]) -> _Call:
        call = _Call(self.mono + delay, next(self._order), callback)
        heapq.heappush(self._calls, call)
        return call

    def advance(self, seconds: float) -> None:
        """Move both clocks, running every call that falls due on the way, in order."""
        end = self.mono + seconds
        while self._calls and self._calls[0].due <= end:
            call = heapq.heappop(self._calls)
            if call.cancelled:
                continue
            self.wall += call.due - self.mono
            self.mono = call.due
            call.callback()
        self.wall += end - self.mono
        self.mono = end
