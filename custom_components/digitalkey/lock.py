"""Lock entity of a door unit: lock, unlock and open (unlatch)."""

from __future__ import annotations

from typing import Any

from homeassistant.components.lock import LockEntity, LockEntityDescription
from homeassistant.components.lock.const import LockEntityFeature
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .entity import DoorEntity, add_door_entities
from .errors import door_action
from .protocol.constants import Feature, LockState, Opcode
from .runtime import DigitalKeyConfigEntry

PARALLEL_UPDATES = 1

LOCK = LockEntityDescription(key="lock", translation_key="door", name=None)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: DigitalKeyConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """One lock per door unit."""
    add_door_entities(entry, async_add_entities, lambda link: [DoorLock(link, LOCK)])


class DoorLock(DoorEntity, LockEntity):
    """The bolt of a door unit."""

    def __init__(self, *args: Any) -> None:
        """Offer `open` only where the unit has a latch motor."""
        super().__init__(*args)
        if self.link.identity.features & Feature.UNLATCH:
            self._attr_supported_features = LockEntityFeature.OPEN

    def _state(self) -> LockState | None:
        snapshot = self.link.state.snapshot
        return None if snapshot is None else snapshot.lock_state

    @property
    def is_locked(self) -> bool | None:
        """Whether the bolt is thrown."""
        state = self._state()
        if state is None or state is LockState.UNKNOWN:
            return None
        return state is LockState.LOCKED

    @property
    def is_locking(self) -> bool:
        """Whether a lock command is under way."""
        return self.link.state.pending_opcode is Opcode.LOCK or (self._state() is LockState.LOCKING)

    @property
    def is_unlocking(self) -> bool:
        """Whether an unlock command is under way."""
        pending = self.link.state.pending_opcode
        return pending is Opcode.UNLOCK or (
            pending is None and self._state() is LockState.UNLOCKING
        )

    @property
    def is_opening(self) -> bool:
        """Whether an open (unlatch) command is under way."""
        return self.link.state.pending_opcode is Opcode.UNLATCH

    @property
    def is_jammed(self) -> bool:
        """Whether the bolt did not reach its position."""
        return self._state() is LockState.JAMMED

    @property
    def is_open(self) -> bool:
        """Whether the latch is withdrawn so the door can be pushed open."""
        return self._state() is LockState.UNLATCHED

    @door_action
    async def async_lock(self, **kwargs: Any) -> None:
        """Throw the bolt."""
        await self.link.async_operate(Opcode.LOCK, self._context)

    @door_action
    async def async_unlock(self, **kwargs: Any) -> None:
        """Withdraw the bolt."""
        await self.link.async_operate(Opcode.UNLOCK, self._context)

    @door_action
    async def async_open(self, **kwargs: Any) -> None:
        """Withdraw bolt and latch."""
        await self.link.async_operate(Opcode.UNLATCH, self._context)
