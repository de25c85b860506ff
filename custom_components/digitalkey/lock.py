"""Lock entity of a door unit: lock, unlock and open (unlatch), each through the access gate.

The gate decides before anything is sent to the unit and before the entity shows the
door moving: a refused call leaves the door locked and the state as it was. An unlock or
open whose outcome is unknown (no authenticated answer said what the unit did) is booked
by the gate as one that went through (a share's use, an emergency key's use), and then
reported as not confirmed.
"""

from __future__ import annotations

from typing import Any

from homeassistant.components.lock import LockEntity, LockEntityDescription
from homeassistant.components.lock.const import LockEntityFeature
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .access.policy import Action
from .access_gate import async_authorize, async_operate_permitted
from .door_link import DoorLink
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
    add_door_entities(entry, async_add_entities, lambda link: [DoorLock(link, LOCK, entry)])


class DoorLock(DoorEntity, LockEntity):
    """The bolt of a door unit."""

    def __init__(
        self, link: DoorLink, description: LockEntityDescription, entry: DigitalKeyConfigEntry
    ) -> None:
        """Offer `open` only where the unit has a latch motor."""
        super().__init__(link, description)
        self._entry = entry
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
        await self._async_operate(Action.LOCK, Opcode.LOCK)

    @door_action
    async def async_unlock(self, **kwargs: Any) -> None:
        """Withdraw the bolt."""
        await self._async_operate(Action.UNLOCK, Opcode.UNLOCK)

    @door_action
    async def async_open(self, **kwargs: Any) -> None:
        """Withdraw bolt and latch."""
        await self._async_operate(Action.OPEN, Opcode.UNLATCH)

    async def _async_operate(self, action: Action, opcode: Opcode) -> None:
        """Ask the gate (it raises when refused), then send; the gate books an open after."""
        context = self._context or Context()
        identity = self.link.identity
        permit = await async_authorize(self.hass, self._entry, identity, action, context)
        await async_operate_permitted(
            self.hass, self._entry, self.link, opcode, context=self._context, permit=permit
        )
