"""What each motor command does to the bolt, as both the hub and a unit must agree (§7.4)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from .constants import LockState, LogEvent, Opcode


@dataclass(frozen=True, slots=True)
class Motion:
    """The bolt's path under one motor command."""

    moving: LockState
    """Reported while the motor runs."""
    final: LockState
    """Reported once the motor reached its end position."""
    event: LogEvent
    """Logged when it got there."""


MOTIONS: Final = {
    Opcode.LOCK: Motion(LockState.LOCKING, LockState.LOCKED, LogEvent.LOCKED),
    Opcode.UNLOCK: Motion(LockState.UNLOCKING, LockState.UNLOCKED, LogEvent.UNLOCKED),
    Opcode.UNLATCH: Motion(LockState.UNLOCKING, LockState.UNLATCHED, LogEvent.UNLATCHED),
}
"""Motor opcodes and the bolt's path under each."""


def motion(opcode: Opcode) -> Motion:
    """The path of a motor opcode (`KeyError` for any other opcode)."""
    return MOTIONS[opcode]


def produces(opcode: Opcode) -> frozenset[LogEvent]:
    """Log events a motor command can leave: its end position, or a jam."""
    return frozenset({MOTIONS[opcode].event, LogEvent.JAMMED})
