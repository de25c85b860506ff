"""What happened at a door's keypad and tag reader, once the hub has read it from the log.

A unit decides PINs and tags by itself, so the hub learns of them only when it reads the
unit's log; the records are then already in the event log, attributed to their
credential (`credential_holders`). Here, for each record stored for the first time:

- a PIN share that opened the door counts a use and tells its maker when they asked to
  be told, through the same book-keeping as every other share use (`share_uses`), at the
  time of the unit's record;
- a person's own PIN or tag that opened the door only because of an emergency key (at the
  time of the unit's record, no ordinary key of theirs opened; `policy.emergency_key_alone`)
  is logged as the emergency key's use and the board told, as at the lock entity
  (`emergency_uses`);
- a blocked credential presented tells the board, with the door, the time and the
  credential's hint (a tag's last four hex digits; for a PIN only that it was a PIN);
- a keypad locked after wrong PINs tells the board that someone is guessing PINs there.

How often the board is told is `keypad_watch`'s rule; what it was told survives a restart
in the building store (`keypad_watch` section, written into every write of the building,
`building_saver`), which the log read writes with the read position right after.
Messages are translated (`notify_*` under `exceptions`), in the building's language, and
name no person.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from homeassistant.core import HomeAssistant

from .access.model import CredentialKind
from .access.moment_text import moment_text
from .access.policy import emergency_key_alone
from .access_events import is_blocked_presented
from .building_store import BuildingData
from .credential_holders import CredentialHolder
from .door_state import DoorIdentity
from .emergency_uses import EmergencyKeyUse, async_emergency_key_used
from .event_records import EventRecord, EventSource
from .keypad_watch import KeypadWatch
from .notifications import Text, async_notify_board, building_language
from .protocol.constants import LogEvent, LogSource
from .protocol.records import LogRecord
from .runtime import DigitalKeyConfigEntry, DigitalKeyRuntime
from .share_uses import ShareUse, async_share_used, door_name


@dataclass(frozen=True, slots=True)
class ReadKeypadRecord:
    """A record new to the event log: the unit's, as stored, and whose credential it names."""

    record: LogRecord
    stored: EventRecord
    holder: CredentialHolder | None


def _opened_by_pin(record: LogRecord) -> bool:
    return record.event is LogEvent.UNLOCKED and record.source is LogSource.PIN


def _opened_by_credential(record: LogRecord) -> bool:
    return record.event is LogEvent.UNLOCKED and record.source in (LogSource.PIN, LogSource.TAG)


class KeypadEvents:
    """The follow-up of one building's keypad and reader records."""

    def __init__(
        self, hass: HomeAssistant, entry: DigitalKeyConfigEntry, runtime: DigitalKeyRuntime
    ) -> None:
        """What the board was told before a restart, from `runtime`'s building store data."""
        self.hass = hass
        self.entry = entry
        self._runtime = runtime
        self.watch = KeypadWatch.from_stored(
            runtime.data.get("keypad_watch"), int(runtime.wall_clock())
        )
        runtime.saver.add_section(self._write_into)

    def forget_door(self, door_id: str) -> None:
        """A door was removed: nothing of it is watched any more (the caller saves)."""
        self.watch.forget_door(door_id)

    def _write_into(self, data: BuildingData) -> None:
        """The watch into the building's data (its `keypad_watch` section)."""
        data["keypad_watch"] = self.watch.to_stored()

    async def async_handle(self, door: DoorIdentity, items: Sequence[ReadKeypadRecord]) -> None:
        """Follow up the records, in the order the unit logged them."""
        for item in items:
            at, holder = item.stored.time, item.holder
            if holder is not None and holder.share_id is not None and _opened_by_pin(item.record):
                use = ShareUse(
                    holder.share_id,
                    datetime.fromtimestamp(at, UTC),
                    source=EventSource.PIN,
                    credential_id=holder.credential_id,
                )
                await async_share_used(self.hass, self.entry, door, use)
            elif holder is not None and _opened_by_credential(item.record):
                await self._async_emergency_key_used(door, item, holder)
            elif (
                holder is not None
                and is_blocked_presented(item.record, holder)
                and self.watch.blocked_presented(door.subentry_id, holder.credential_id, at)
            ):
                self._tell_board(
                    door, at, Text("notify_blocked_credential_title"), _blocked(holder)
                )
            if self.watch.keypad_record(door.subentry_id, item.record, at):
                self._tell_board(
                    door, at, Text("notify_keypad_locked_title"), Text("notify_keypad_locked")
                )
        self._runtime.saver.async_changed()  # usually written at once, with the read position

    async def _async_emergency_key_used(
        self, door: DoorIdentity, item: ReadKeypadRecord, holder: CredentialHolder
    ) -> None:
        """Book the open as an emergency key's use when nothing else let the holder in."""
        if holder.person_id is None:
            return
        at = datetime.fromtimestamp(item.stored.time, UTC)
        registry = self.entry.runtime_data.access.registry
        grant_id = emergency_key_alone(registry, holder.person_id, door.subentry_id, at)
        if grant_id is None:
            return
        use = EmergencyKeyUse(
            grant_id,
            holder.person_id,
            at,
            source=EventSource.PIN if item.record.source is LogSource.PIN else EventSource.TAG,
            credential_id=holder.credential_id,
        )
        await async_emergency_key_used(self.hass, self.entry, door, use)

    def _tell_board(self, door: DoorIdentity, at: int, title: Text, message: Text) -> None:
        """Send the board a message about `door` at `at`, in the background.

        The title gets the door's name, the message the door's name and the time.
        """
        registry = self.entry.runtime_data.access.registry
        name = door_name(registry, door)
        # Read later than written: the day is named, never "today" (`moment_text`).
        moment = datetime.fromtimestamp(at, UTC)
        when = moment_text(
            moment, moment, registry.settings.tz, building_language(self.hass), relative=False
        )
        self.entry.async_create_background_task(
            self.hass,
            async_notify_board(
                self.hass,
                self.entry.runtime_data,
                Text(title.key, {**title.placeholders, "door": name}),
                Text(message.key, {**message.placeholders, "door": name, "time": when}),
            ),
            f"digitalkey {message.key}",
        )


def _blocked(holder: CredentialHolder) -> Text:
    """The message about a blocked PIN (never the PIN: only that it was one) or tag (its hint)."""
    if holder.kind is CredentialKind.PIN:
        return Text("notify_blocked_pin")
    return Text("notify_blocked_tag", {"hint": holder.hint or "?"})
