"""Sharing a building's few Bluetooth connection slots between its doors, by priority."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Protocol

from .jobs import Priority, PriorityLock

BACKGROUND_CONNECTIONS = 2
"""Connections background work (syncs, reads) of one building may hold at once.

An ESPHome Bluetooth proxy has 3 connection slots by default: background work never takes
the last one, so a resident's unlock always finds a slot without waiting for a sync.
"""


class IdleReleasable(Protocol):
    """A door whose idle connection can be given up on request."""

    async def async_release_if_idle(self) -> None:
        """Disconnect now unless a command is running."""


class SlotBroker:
    """Shares the building's Bluetooth connection slots between its doors.

    A door keeps its connection a few seconds after a command so a quick second command is
    warm, but never while another door of the building is waiting to connect: then idle
    connections are released at once. Background work queues for one of
    `BACKGROUND_CONNECTIONS` permits, most urgent first; interactive commands never queue here.
    """

    def __init__(self, background_connections: int = BACKGROUND_CONNECTIONS) -> None:
        """No door connected or waiting."""
        self._doors: list[IdleReleasable] = []
        self._connecting = 0
        self._background = PriorityLock(background_connections)

    def register(self, door: IdleReleasable) -> None:
        """A door of this building."""
        self._doors.append(door)

    def unregister(self, door: IdleReleasable) -> None:
        """A door removed from the building."""
        if door in self._doors:
            self._doors.remove(door)

    @property
    def contended(self) -> bool:
        """Whether some door is connecting or waiting for a background permit."""
        return self._connecting > 0 or self._background.waiting > 0

    @asynccontextmanager
    async def permit(self, priority: Priority) -> AsyncIterator[None]:
        """Hold a connection permit for a job of `priority` (interactive jobs need none)."""
        if priority is Priority.INTERACTIVE:
            yield
            return
        async with self._background.hold(priority):
            yield

    @asynccontextmanager
    async def connecting(self, door: IdleReleasable | None = None) -> AsyncIterator[None]:
        """Around a connection attempt: the other doors' idle connections are let go first.

        `door` is the one connecting; None is a unit that is not a door yet (pairing).
        """
        self._connecting += 1
        try:
            for other in list(self._doors):
                if other is not door:
                    await other.async_release_if_idle()
            yield
        finally:
            self._connecting -= 1
