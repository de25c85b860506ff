"""Sharing a building's few Bluetooth connection slots between its doors."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .door_link import DoorLink


class SlotBroker:
    """Shares the building's Bluetooth connection slots between its doors.

    Proxies have few slots (3 by default). A door keeps its connection a few seconds after
    a command so a quick second command is warm, but never while another door of the
    building is waiting to connect: then idle connections are released at once.
    """

    def __init__(self) -> None:
        """No door connected or waiting."""
        self._links: list[DoorLink] = []
        self._waiting = 0

    def register(self, link: DoorLink) -> None:
        """A door of this building."""
        self._links.append(link)

    @property
    def contended(self) -> bool:
        """Whether some door is waiting for a connection."""
        return self._waiting > 0

    async def async_acquire(self, link: DoorLink) -> None:
        """`link` is about to connect: release the other doors' idle connections."""
        self._waiting += 1
        for other in self._links:
            if other is not link:
                await other.async_release_if_idle()

    def release(self) -> None:
        """The connection attempt finished (either way)."""
        self._waiting -= 1
