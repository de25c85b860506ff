"""Work for door units, ordered by who is waiting for it.

A resident at the door must never wait behind a credential sync, and a revocation must not
wait behind a battery read or a unit's new UTC offset. Every piece of work a door link runs
carries a `Priority`, and the two places work can queue — a door's own connection (one unit
serves one command at a time) and the building's share of Bluetooth proxy slots — serve
waiters by priority, then in arrival order.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from enum import IntEnum
import heapq
import itertools


class Priority(IntEnum):
    """Who waits for a job; lower values are served first."""

    INTERACTIVE = 0
    """Someone pressed lock, unlock or open and is standing at the door."""
    REVOKE = 1
    """A key was taken away: it must stop working before anything else is synced."""
    SYNC = 2
    """Credentials (PIN codes, tags) changed and the unit's database must follow."""
    READ = 3
    """Status and event log after the unit's change counter moved."""
    SETTINGS = 4
    """A setting the hub keeps on the unit (its UTC offset): nobody is waiting for it, so it
    comes last, usually on the connection the work before it opened."""


class PriorityLock:
    """An asyncio lock (or semaphore, with `permits` > 1) that serves by priority.

    A waiter that is cancelled gives up its place; a permit released while nobody waits is
    simply returned. The lock is fair within a priority (first come, first served).
    """

    def __init__(self, permits: int = 1) -> None:
        """`permits` holders may hold the lock at once."""
        self._free = permits
        self._waiters: list[tuple[int, int, asyncio.Future[None]]] = []
        self._order = itertools.count()

    @property
    def locked(self) -> bool:
        """Whether a new holder would have to wait."""
        return self._free == 0

    @property
    def waiting(self) -> int:
        """How many holders are waiting."""
        return sum(1 for *_, waiter in self._waiters if not waiter.done())

    def waiting_at_or_above(self, priority: Priority) -> bool:
        """Whether someone at least as urgent as `priority` is waiting."""
        return any(p <= priority and not w.done() for p, _, w in self._waiters)

    async def acquire(self, priority: Priority) -> None:
        """Wait for a permit; the most urgent waiter gets the next one."""
        if self._free > 0 and not self.waiting:
            self._free -= 1
            return
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters, (int(priority), next(self._order), waiter))
        try:
            await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self.release()  # granted just as we were cancelled: pass it on
            raise

    def release(self) -> None:
        """Return a permit, handing it straight to the most urgent waiter."""
        while self._waiters:
            _, _, waiter = heapq.heappop(self._waiters)
            if not waiter.done():
                waiter.set_result(None)
                return
        self._free += 1

    @asynccontextmanager
    async def hold(self, priority: Priority) -> AsyncIterator[None]:
        """`async with lock.hold(priority):` — acquire, then always release."""
        await self.acquire(priority)
        try:
            yield
        finally:
            self.release()
