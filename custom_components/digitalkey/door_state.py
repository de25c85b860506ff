"""What the hub knows about one door: its identity from pairing and its live state."""

from __future__ import annotations

from dataclasses import dataclass, field

from .protocol.constants import Feature, Opcode
from .protocol.messages import Snapshot


@dataclass(frozen=True, slots=True)
class DoorIdentity:
    """What the hub stored about a paired unit (from the door subentry)."""

    subentry_id: str
    name: str
    unit_id: bytes
    address: str
    unit_public: bytes
    features: Feature = Feature.NONE
    firmware: str = ""
    location: str = ""
    unit_secret: bytes = field(default=b"", repr=False)
    """From pairing; resolves the unit's advertisements (empty: paired before v2)."""


@dataclass(slots=True)
class LinkState:
    """Everything entities show about one door, as its link last learnt it."""

    snapshot: Snapshot | None = None
    rssi: int | None = None
    available: bool = False
    clock_drift: int | None = None
    advertised_counter: int | None = None
    read_counter: int | None = None
    log_seq: int | None = None
    missed_records: int = 0
    not_paired: bool = False
    pending_opcode: Opcode | None = None
    """The motor command under way, if any (lock, unlock or unlatch)."""
