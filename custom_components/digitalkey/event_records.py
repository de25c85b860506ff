"""What a record of the building's event log holds: kinds, sources, ids, a small detail.

Ids only, never names, phone numbers or PINs: names are looked up when a record is shown,
so erasing a person is replacing their ids, and renaming a door changes no record.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
import json
from typing import Final

type DetailValue = str | int | float | bool | None

DETAIL_MAX_BYTES: Final = 512
FORBIDDEN_DETAIL_KEYS: Final = frozenset(
    {"name", "phone", "email", "pin", "code", "address", "uid", "secret"}
)
"""Detail holds ids only; these keys would hold what must never be logged."""


class EventKind(StrEnum):
    """What a record reports."""

    UNLOCKED = "unlocked"
    LOCKED = "locked"
    UNLATCHED = "unlatched"
    DENIED = "denied"
    BLOCKED_CREDENTIAL_PRESENTED = "blocked_credential_presented"
    """A unit refused a blocked PIN or tag ("disabled"): a lost tag or leaked PIN tried."""
    JAMMED = "jammed"
    DOOR_OPENED = "door_opened"
    DOOR_CLOSED = "door_closed"
    REBOOTED = "rebooted"
    CLOCK_SET = "clock_set"
    BATTERY_LOW = "battery_low"
    TAMPER = "tamper"
    PAIRED = "paired"
    CREDENTIALS_UPDATED = "credentials_updated"
    SHARE_USED = "share_used"
    EMERGENCY_KEY_USED = "emergency_key_used"
    DOOR_REMOVED = "door_removed"
    REGISTRY_CHANGED = "registry_changed"
    IMPORT = "import"
    ERASURE = "erasure"


class EventSource(StrEnum):
    """Who or what caused a record."""

    BLE = "ble"
    PIN = "pin"
    TAG = "tag"
    BUTTON = "button"
    AUTO_RELOCK = "auto_relock"
    """The unit locked again by itself (its auto-relock)."""
    HUB_RELOCK = "hub_relock"
    """This hub locked the door again after a guest link's open (`guest_relock`)."""
    MANUAL = "manual"
    SYSTEM = "system"
    """The unit itself (boot, clock, battery, pairing)."""
    HUB = "hub"
    """This hub (registry changes, imports, erasures)."""


@dataclass(frozen=True, slots=True)
class EventRecord:
    """One record of the event log: ids only, never names, phone numbers or PINs.

    `id` is given by the log (None until stored); `time` is Unix seconds (UTC);
    `unit_seq` is the door unit's own sequence number for records read from a unit.
    """

    time: int
    kind: EventKind
    door_id: str | None = None
    person_id: str | None = None
    user_id: str | None = None
    share_id: str | None = None
    grant_id: str | None = None
    credential_id: str | None = None
    source: EventSource | None = None
    reason: str | None = None
    unit_seq: int | None = None
    detail: Mapping[str, DetailValue] = field(default_factory=dict)
    id: int | None = None

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form (for exports)."""
        return {
            "id": self.id,
            "time": self.time,
            "kind": str(self.kind),
            "door_id": self.door_id,
            "person_id": self.person_id,
            "user_id": self.user_id,
            "share_id": self.share_id,
            "grant_id": self.grant_id,
            "credential_id": self.credential_id,
            "source": None if self.source is None else str(self.source),
            "reason": self.reason,
            "unit_seq": self.unit_seq,
            "detail": dict(self.detail),
        }


@dataclass(frozen=True, slots=True)
class Page:
    """Records newest first, and the cursor of the next page (None: this was the last)."""

    records: list[EventRecord]
    cursor: str | None


@dataclass(frozen=True, slots=True)
class UnitAppend:
    """What storing a batch of a unit's records did."""

    last_seq: int
    """The door's read position now: the unit's highest sequence number stored."""
    added: frozenset[int]
    """Sequence numbers stored by this call (the others were stored before)."""


def encode_detail(detail: Mapping[str, DetailValue]) -> str:
    """The detail as stored: flat JSON of ids and numbers, small, without personal keys."""
    for key, value in detail.items():
        if key.lower() in FORBIDDEN_DETAIL_KEYS:
            raise ValueError(f"detail key {key!r} is not allowed in the event log")
        if not isinstance(value, str | int | float | bool | None):
            raise TypeError(f"detail {key!r} must be a scalar")
    text = json.dumps(dict(detail), separators=(",", ":"), sort_keys=True)
    if len(text.encode()) > DETAIL_MAX_BYTES:
        raise ValueError(f"detail longer than {DETAIL_MAX_BYTES} bytes")
    return text
