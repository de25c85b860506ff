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
hour of live reading would have.

The state survives a restart (`to_stored`, kept in the building store's `keypad_watch`
section and written with the read position after each log read): a board member wants one
message per guessing episode, and a restart in the middle of an attack (an update, a power
cut) must not make it two, nor make a blocked tag tried all evening a message per restart.
What is read back is validated (`from_stored`): a time that is not a whole number of
seconds, not positive, or later than the hub's clock (with `FUTURE_SLACK_S` for a unit
clock a little ahead) is dropped, so a damaged file costs at most one message again.

Pure: no Home Assistant import.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from .protocol.constants import DenyReason, LogEvent, LogSource
from .protocol.records import LogRecord

BLOCKED_NOTICE_S: Final = 600
"""At most one message per blocked credential per door within this many seconds."""
EPISODE_GAP_S: Final = 600
"""Refused PINs further apart than this at one door are separate guessing episodes."""
FUTURE_SLACK_S: Final = 300
"""A stored time up to this far past the hub's clock is believed (a unit clock ahead)."""


@dataclass(slots=True)
class _Episode:
    """Refused PINs at one door: the latest one's time, and whether the board was told."""

    last: int
    told: bool = False


class KeypadWatch:
    """Decides, record by record in the order a unit logged them, what the board hears."""

    def __init__(self) -> None:
        """Nothing seen yet."""
        self._blocked: dict[tuple[str, str], int] = {}
        """(door id, credential id) → when the board was last told it was presented there."""
        self._episodes: dict[str, _Episode] = {}

    @classmethod
    def from_stored(cls, raw: object, now: int) -> KeypadWatch:
        """The watch as `to_stored` left it, read at `now`; what is unusable is dropped."""
        watch = cls()
        if not isinstance(raw, dict):
            return watch
        episodes, blocked = raw.get("episodes"), raw.get("blocked")
        for door_id, episode in _items(episodes):
            last = _time(episode.get("last"), now) if isinstance(episode, dict) else None
            if last is not None:
                watch._episodes[door_id] = _Episode(last, episode.get("told") is True)
        for door_id, told in _items(blocked):
            for credential_id, at in _items(told):
                if (at := _time(at, now)) is not None:
                    watch._blocked[door_id, credential_id] = at
        return watch

    def to_stored(self) -> dict[str, Any]:
        """What `from_stored` reads back (ids and times only: no name, no PIN)."""
        blocked: dict[str, dict[str, int]] = {}
        for (door_id, credential_id), at in self._blocked.items():
            blocked.setdefault(door_id, {})[credential_id] = at
        return {
            "episodes": {
                door_id: {"last": episode.last, "told": episode.told}
                for door_id, episode in self._episodes.items()
            },
            "blocked": blocked,
        }

    def blocked_presented(self, door_id: str, credential_id: str, at: int) -> bool:
        """A blocked credential was presented at `at`: whether to tell the board."""
        told = self._blocked.get((door_id, credential_id))
        if told is not None and at - told < BLOCKED_NOTICE_S:
            return False
        # Notices ten minutes old decide nothing any more: memory stays small.
        for key in [k for k, t in self._blocked.items() if at - t >= BLOCKED_NOTICE_S]:
            del self._blocked[key]
        self._blocked[door_id, credential_id] = at
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
        """A door was removed: drop its episode and its blocked notices."""
        self._episodes.pop(door_id, None)
        for key in [k for k in self._blocked if k[0] == door_id]:
            del self._blocked[key]


def _items(value: object) -> list[tuple[str, Any]]:
    """The string-keyed items of a stored mapping (none for anything else)."""
    if not isinstance(value, dict):
        return []
    return [(key, item) for key, item in value.items() if isinstance(key, str)]


def _time(value: object, now: int) -> int | None:
    """A stored record time: a positive whole number not past `now` (+ the slack)."""
    if type(value) is not int or not 0 < value <= now + FUTURE_SLACK_S:
        return None
    return value
