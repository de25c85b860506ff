"""Door-unit event-log records as access events: what happened at which door, and how.

Pure translation of a record; the event carries ids (door, HA user, credential slot),
never names or secrets: names are looked up when something is displayed, so renaming a
door or erasing a person never leaves a copy behind in the event history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final

from .const import HUB_CLOCK_NOT_BEFORE, HUB_CLOCK_TOLERANCE_S
from .event_records import EventKind, EventRecord, EventSource
from .protocol.constants import DenyReason, LogEvent, LogSource

if TYPE_CHECKING:
    from .attribution import KeyUse
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
    seq: int | None
    """The unit's log sequence number; None for what the hub itself decided (a refusal)."""
    time: datetime
    user_id: str | None = None
    credential: int | None = None
    reason: str | None = None
    on_entity: bool = True
    person_id: str | None = None

    def bus_data(self) -> dict[str, Any]:
        """Event data for `digitalkey_access` (ids only: never names, PINs or tag UIDs)."""
        data: dict[str, Any] = {
            "door_id": self.subentry_id,
            "event": self.event_type,
            "source": self.source,
            "time": self.time.isoformat(),
        }
        if self.seq is not None:
            data["seq"] = self.seq
        if self.user_id is not None:
            data["user_id"] = self.user_id
        if self.person_id is not None:
            data["person_id"] = self.person_id
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


def access_event(
    door: DoorIdentity, record: LogRecord, user_id: str | None, person_id: str | None = None
) -> AccessEvent:
    """Translate one log record; `user_id` is the HA user whose command caused it.

    `person_id`: the person whose key the access gate allowed that command on.
    """
    event_type, on_entity = _event_type(record)
    credential = record.subject if record.source in (LogSource.PIN, LogSource.TAG) else None
    return AccessEvent(
        subentry_id=door.subentry_id,
        event_type=event_type,
        source=_SOURCES.get(record.source, "system"),
        seq=record.seq,
        time=datetime.fromtimestamp(record.time, UTC),
        user_id=user_id,
        credential=credential or None,
        reason=_deny_reason(record),
        on_entity=on_entity,
        person_id=person_id,
    )


def _deny_reason(record: LogRecord) -> str | None:
    if record.event is not LogEvent.DENIED:
        return None
    try:
        return DenyReason(record.detail).name.lower()
    except ValueError:
        return "unknown"


_KINDS: Final = {
    LogEvent.UNLOCKED: EventKind.UNLOCKED,
    LogEvent.LOCKED: EventKind.LOCKED,
    LogEvent.UNLATCHED: EventKind.UNLATCHED,
    LogEvent.JAMMED: EventKind.JAMMED,
    LogEvent.DENIED: EventKind.DENIED,
    LogEvent.DOOR_OPENED: EventKind.DOOR_OPENED,
    LogEvent.DOOR_CLOSED: EventKind.DOOR_CLOSED,
    LogEvent.BOOT: EventKind.REBOOTED,
    LogEvent.TIME_SET: EventKind.CLOCK_SET,
    LogEvent.BATTERY_LOW: EventKind.BATTERY_LOW,
    LogEvent.TAMPER: EventKind.TAMPER,
    LogEvent.PAIRED: EventKind.PAIRED,
    LogEvent.CREDENTIALS_UPDATED: EventKind.CREDENTIALS_UPDATED,
}
_LOG_SOURCES: Final = {
    LogSource.SYSTEM: EventSource.SYSTEM,
    LogSource.BLE: EventSource.BLE,
    LogSource.PIN: EventSource.PIN,
    LogSource.TAG: EventSource.TAG,
    LogSource.BUTTON: EventSource.BUTTON,
    LogSource.AUTO: EventSource.AUTO_RELOCK,
    LogSource.MANUAL: EventSource.MANUAL,
}


def event_record(
    door_id: str,
    record: LogRecord,
    user_id: str | None,
    read_at: float,
    key: KeyUse | None = None,
) -> EventRecord:
    """The event-log record of a unit's record; `user_id` as for `access_event`.

    `key` is what the access gate allowed our command on: the record then names the
    person, grant or share, the kind of key, and the automation or script that called.

    The unit's clock dates the record, unless it is implausible (before this integration
    was built, or ahead of the hub's clock `read_at`): then the time the hub read it does,
    and the unit's own reading is kept in the detail. Retention counts from that time, so
    a unit whose clock was lost cannot have its records purged at once or kept forever.
    """
    detail: dict[str, int | str] = {}
    time = record.time
    if not HUB_CLOCK_NOT_BEFORE <= time <= read_at + HUB_CLOCK_TOLERANCE_S:
        detail["unit_time"] = time
        time = int(read_at)
    credential = None
    if record.source in (LogSource.PIN, LogSource.TAG) and record.subject:
        credential = str(record.subject)
    elif record.source is LogSource.BLE:
        detail["controller"] = f"{record.subject:08x}"  # key-id prefix of the controller
    if record.detail and record.event is not LogEvent.DENIED:
        detail["unit_detail"] = record.detail  # boot count, seconds corrected
    if key is not None:
        detail["key"] = key.kind
        if key.origin is not None:
            detail["origin"] = key.origin
    return EventRecord(
        time=time,
        kind=_KINDS[record.event],
        door_id=door_id,
        person_id=None if key is None else key.person_id,
        user_id=user_id,
        share_id=None if key is None else key.share_id,
        grant_id=None if key is None else key.grant_id,
        credential_id=credential,
        source=_LOG_SOURCES[record.source],
        reason=_deny_reason(record),
        unit_seq=record.seq,
        detail=detail,
    )
