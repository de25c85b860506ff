"""Door-unit event-log records as access events: what happened at which door, and how.

Pure translation of a record; the event carries ids (door, HA user, credential slot),
never names or secrets: names are looked up when something is displayed, so renaming a
door or erasing a person never leaves a copy behind in the event history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final

from .protocol.constants import DenyReason, LogEvent, LogSource

if TYPE_CHECKING:
    from .door_state import DoorIdentity
    from .protocol.records import LogRecord

EVENT_TYPES: Final = (
    "unlocked",
    "opened",
    "locked",
    "jammed",
    "pin_used",
    "tag_used",
    "button",
    "denied",
    "tamper",
)
"""Event types of the access event entity (translated in `entity.event.access`)."""

_SOURCES: Final = {
    LogSource.SYSTEM: "system",
    LogSource.BLE: "app",
    LogSource.PIN: "pin",
    LogSource.TAG: "tag",
    LogSource.BUTTON: "button",
    LogSource.AUTO: "auto_relock",
    LogSource.MANUAL: "manual",
}

_BUS_ONLY: Final = {
    LogEvent.DOOR_OPENED: "door_opened",
    LogEvent.DOOR_CLOSED: "door_closed",
    LogEvent.BOOT: "rebooted",
    LogEvent.TIME_SET: "clock_set",
    LogEvent.BATTERY_LOW: "battery_low",
    LogEvent.PAIRED: "paired",
    LogEvent.CREDENTIALS_UPDATED: "credentials_updated",
}


@dataclass(frozen=True, slots=True)
class AccessEvent:
    """One thing that happened at a door, ready for the bus, the logbook and entities."""

    subentry_id: str
    event_type: str
    source: str
    seq: int
    time: datetime
    user_id: str | None = None
    credential: int | None = None
    reason: str | None = None
    on_entity: bool = True

    def bus_data(self) -> dict[str, Any]:
        """Event data for `digitalkey_access` (ids only: never names, PINs or tag UIDs)."""
        data: dict[str, Any] = {
            "door_id": self.subentry_id,
            "event": self.event_type,
            "source": self.source,
            "seq": self.seq,
            "time": self.time.isoformat(),
        }
        if self.user_id is not None:
            data["user_id"] = self.user_id
        if self.credential is not None:
            data["credential"] = self.credential
        if self.reason is not None:
            data["reason"] = self.reason
        return data

    def entity_data(self) -> dict[str, Any]:
        """Attributes of the event entity (the same facts, without the door)."""
        return {
            key: value for key, value in self.bus_data().items() if key not in {"door_id", "event"}
        }


_ON_ENTITY: Final = {
    LogEvent.UNLATCHED: "opened",
    LogEvent.LOCKED: "locked",
    LogEvent.JAMMED: "jammed",
    LogEvent.DENIED: "denied",
    LogEvent.TAMPER: "tamper",
}
_UNLOCKED_BY: Final = {
    LogSource.PIN: "pin_used",
    LogSource.TAG: "tag_used",
    LogSource.BUTTON: "button",
}


def _event_type(record: LogRecord) -> tuple[str, bool]:
    """(event type, shown on the event entity) of a record; every LogEvent is mapped."""
    if record.event is LogEvent.UNLOCKED:
        return _UNLOCKED_BY.get(record.source, "unlocked"), True
    if record.event in _ON_ENTITY:
        return _ON_ENTITY[record.event], True
    return _BUS_ONLY[record.event], False


def access_event(door: DoorIdentity, record: LogRecord, user_id: str | None) -> AccessEvent:
    """Translate one log record; `user_id` is the HA user whose command caused it."""
    event_type, on_entity = _event_type(record)
    credential = record.subject if record.source in (LogSource.PIN, LogSource.TAG) else None
    reason = None
    if record.event is LogEvent.DENIED:
        try:
            reason = DenyReason(record.detail).name.lower()
        except ValueError:
            reason = "unknown"
    return AccessEvent(
        subentry_id=door.subentry_id,
        event_type=event_type,
        source=_SOURCES.get(record.source, "system"),
        seq=record.seq,
        time=datetime.fromtimestamp(record.time, UTC),
        user_id=user_id,
        credential=credential or None,
        reason=reason,
        on_entity=on_entity,
    )
