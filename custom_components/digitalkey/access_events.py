"""Door-unit event-log records as access events: what happened at which door, and how.

Pure translation of a record; the event carries ids (door, HA user, the unit's record id
of a PIN or tag and, when the registry knows it, the credential, its person and share),
never names or secrets: names are looked up when something is displayed, so renaming a
door or erasing a person never leaves a copy behind in the event history.

The hub's own LOCK after a guest link's open (`guest_relock`) is a BLE record like any
command of ours; the key it was sent on (`HUB_RELOCK`) gives it its own source,
`hub_relock`, so it reads "locked again by the hub", not "from the app", beside the unit's
own `auto_relock`.

A blocked credential presented (DENIED "disabled" on a credential the registry has
blocked) is stored under its own kind, `blocked_credential_presented`, so the board finds
a lost tag's attempts without reading every refusal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final

from .attribution import HUB_RELOCK
from .const import HUB_CLOCK_NOT_BEFORE, HUB_CLOCK_TOLERANCE_S
from .event_records import EventKind, EventRecord, EventSource
from .protocol.constants import DenyReason, LogEvent, LogSource

if TYPE_CHECKING:
    from .attribution import KeyUse
    from .credential_holders import CredentialHolder
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
HUB_RELOCK_SOURCE: Final = "hub_relock"
"""The source of the hub's relock after a guest's open (a BLE record sent on `HUB_RELOCK`)."""

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
    credential_id: str | None = None
    """The registry's id of the PIN or tag `credential` (the unit's record id) names."""
    share_id: str | None = None

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
        if self.credential_id is not None:
            data["credential_id"] = self.credential_id
        if self.share_id is not None:
            data["share_id"] = self.share_id
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


def relocked_by_hub(record: LogRecord, key: KeyUse | None) -> bool:
    """Whether the record is of the hub's own relock after a guest's open (`HUB_RELOCK`)."""
    return key is not None and key.kind == HUB_RELOCK and record.source is LogSource.BLE


def access_event(
    door: DoorIdentity,
    record: LogRecord,
    user_id: str | None,
    person_id: str | None = None,
    holder: CredentialHolder | None = None,
    *,
    key: KeyUse | None = None,
) -> AccessEvent:
    """Translate one log record; `user_id` is the HA user whose command caused it.

    `person_id`: the person whose key the access gate allowed that command on. `holder`:
    whose PIN or tag the record names (`credential_holders`); its person (a share's maker)
    is then the event's person. `key`: what our command that caused it was sent on; the
    hub's relock (`HUB_RELOCK`) is told by its source, and a share's key names its share
    (a guest link's open, whose context names no user, is told by that id alone).
    """
    event_type, on_entity = _event_type(record)
    credential = record.subject if record.source in (LogSource.PIN, LogSource.TAG) else None
    share_id = None if key is None else key.share_id
    if holder is not None:
        person_id, share_id = holder.person_id, holder.share_id
    source = (
        HUB_RELOCK_SOURCE if relocked_by_hub(record, key) else _SOURCES.get(record.source, "system")
    )
    return AccessEvent(
        subentry_id=door.subentry_id,
        event_type=event_type,
        source=source,
        seq=record.seq,
        time=datetime.fromtimestamp(record.time, UTC),
        user_id=user_id,
        credential=credential or None,
        reason=_deny_reason(record),
        on_entity=on_entity,
        person_id=person_id,
        credential_id=None if holder is None else holder.credential_id,
        share_id=share_id,
    )


def is_blocked_presented(record: LogRecord, holder: CredentialHolder | None) -> bool:
    """Whether the record is a blocked credential presented (not just any disabled record).

    The unit says "disabled"; only the registry knows the credential was blocked. A
    disabled record of a credential that is not blocked is an ordinary refusal.
    """
    return (
        record.event is LogEvent.DENIED
        and record.detail == DenyReason.DISABLED
        and holder is not None
        and holder.blocked
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
    *,
    key: KeyUse | None = None,
    holder: CredentialHolder | None = None,
) -> EventRecord:
    """The event-log record of a unit's record; `user_id` as for `access_event`.

    `key` is what the access gate allowed our command on: the record then names the
    person, grant or share, the kind of key, and the automation or script that called; the
    hub's relock after a guest's open is stored with the source `HUB_RELOCK`.
    `holder` is whose PIN or tag a keypad or reader record names: the record then names
    the credential, its person (a share's maker) and share. The unit's record id of a PIN
    or tag is kept in the detail (`record_id`) either way.

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
    if record.source in (LogSource.PIN, LogSource.TAG) and record.subject:
        detail["record_id"] = record.subject
    elif record.source is LogSource.BLE:
        detail["controller"] = f"{record.subject:08x}"  # key-id prefix of the controller
    if record.detail and record.event is not LogEvent.DENIED:
        detail["unit_detail"] = record.detail  # boot count, seconds corrected
    if key is not None:
        detail["key"] = key.kind
        if key.origin is not None:
            detail["origin"] = key.origin
    ids = key if key is not None else holder
    return EventRecord(
        time=time,
        kind=EventKind.BLOCKED_CREDENTIAL_PRESENTED
        if is_blocked_presented(record, holder)
        else _KINDS[record.event],
        door_id=door_id,
        person_id=None if ids is None else ids.person_id,
        user_id=user_id,
        share_id=None if ids is None else ids.share_id,
        grant_id=None if ids is None else ids.grant_id,
        credential_id=None if holder is None else holder.credential_id,
        source=EventSource.HUB_RELOCK
        if relocked_by_hub(record, key)
        else _LOG_SOURCES[record.source],
        reason=_deny_reason(record),
        unit_seq=record.seq,
        detail=detail,
    )
