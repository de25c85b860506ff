"""How the reference door unit schedules what happens later (latch release, auto-relock).

A unit is given a `CallLater`; by default it is the running event loop's `call_later`, and a
test can hand in a manual one to move time without sleeping.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Protocol

__all__ = ["CallLater", "Timer", "loop_call_later"]


class Timer(Protocol):
    """A scheduled call that can be cancelled (an `asyncio.TimerHandle` is one)."""

    def cancel(self) -> None:
        """Do not make the call (no effect once it was made)."""
        ...


type CallLater = Callable[[float, Callable[[], None]], Timer]
"""Schedule `callback()` after `delay` seconds; returns the timer."""


def loop_call_later(delay: float, callback: Callable[[], None]) -> Timer:
    """`CallLater` on the running event loop."""
    return asyncio.get_running_loop().call_later(delay, callback)
