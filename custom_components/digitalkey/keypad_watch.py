"""Which keypad and reader records the board is told about, and how often.

Two things at a door are worth a message to the board, and neither should flood it:

- **A blocked credential presented** (a lost tag, a leaked PIN): at most one message per
  credential per door per `BLOCKED_NOTICE_S` (10 minutes). A tag held to the reader again
  and again is one message; the same tag at another door, or ten minutes later, is another.
- **Someone guessing PINs**: the unit locks its keypad for 60 s after the configured
  number of wrong PINs in a row (protocol §7.4) and logs every PIN typed meanwhile as
  "DENIED, keypad locked"; the lockout itself writes no record. One message per guessing
  episode per door, at its first keypad-locked record. An episode is a run of refused
  PINs at the door, each within `EPISODE_GAP_S` (10 minutes) of the one before, that no
  PIN opening the door interrupts: someone who keeps guessing through several lockouts
  is one episode; a resident who mistyped, was locked out and then typed their PIN ends
  theirs, and a new lockout after it is a new episode.

Both count by the time of the record (the unit's clock, or the time the hub read it when
that clock cannot be right, as the event log dates it), not the time the hub reads it: a
batch read after the hub could not reach the door for an hour tells the board what an
hour of live reading would have. The state is kept in memory only: after a restart an
episode that goes on is told again once.

Pure: no Home Assistant import.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from .protocol.constants import DenyReason, LogEvent, LogSource
from .protocol.records import LogRecord
from .rate_limit import SlidingWindow

BLOCKED_NOTICE_S: Final = 600
"""At most one message per blocked credential per door within this many seconds."""
EPISODE_GAP_S: Final = 600
"""Refused PINs further apart than this at one door are separate guessing episodes."""


@dataclass(slots=True)
class _Episode:
    """Refused PINs at one door: the latest one's time, and whether the board was told."""

    last: int
    told: bool = False


class KeypadWatch:
    """Decides, record by record in the order a unit logged them, what the board hears."""

    def __init__(self) -> None:
        """Nothing seen yet."""
        self._blocked = SlidingWindow(1, BLOCKED_NOTICE_S)
        self._episodes: dict[str, _Episode] = {}

    def blocked_presented(self, door_id: str, credential_id: str, at: int) -> bool:
        """A blocked credential was presented at `at`: whether to tell the board."""
        key = f"{door_id} {credential_id}"
        if self._blocked.spent(key, at):
            return False
        self._blocked.hit(key, at)
        return True

    def keypad_record(self, door_id: str, record: LogRecord, at: int) -> bool:
        """Follow a keypad record dated `at`: whether it starts a guessing message."""
        if record.source is not LogSource.PIN:
            return False
        if record.event is LogEvent.UNLOCKED:
            self._episodes.pop(door_id, None)  # a PIN that opens ends the episode
            return False
        if record.event is not LogEvent.DENIED:
            return False
        episode = self._episodes.get(door_id)
        if episode is None or not 0 <= at - episode.last <= EPISODE_GAP_S:
            episode = self._episodes[door_id] = _Episode(at)
        episode.last = at
        if record.detail != DenyReason.KEYPAD_LOCKED or episode.told:
            return False
        episode.told = True
        return True

    def forget_door(self, door_id: str) -> None:
        """A door was removed: drop its episode (its blocked notices age out by themselves)."""
        self._episodes.pop(door_id, None)
