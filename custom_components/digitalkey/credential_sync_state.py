"""Where one door's credential sync stands, as its sensor, repair and diagnostics show it.

- **in sync**: the unit reported (or the hub committed) the database hash of the set the
  registry gives the door;
- **pending**: it differs, or is not known yet, and nothing has failed since the last
  change or success: a sync is due, waiting for its debounce, or under way;
- **failed**: the last attempt failed, since `failed_since`, for `reason` (a translation
  key of the sensor's `reason` attribute). The sync keeps trying (`door_credential_sync`).

`pending_changes` counts the records that differ between what the unit holds, as far as
the hub knows it, and the desired set; None while the hub has not read the unit since it
started. Nothing here names a person or holds a PIN, secret or record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any


class SyncState(StrEnum):
    """The sensor's state."""

    IN_SYNC = "in_sync"
    PENDING = "pending"
    FAILED = "failed"


class SyncReason(StrEnum):
    """Why the last attempt failed (the sensor's `reason` attribute, translated)."""

    UNREACHABLE = "unreachable"
    """The unit could not be reached, or the link dropped during the sync."""
    BUSY = "busy"
    """Another controller's transaction was open on the unit."""
    CONFLICT = "conflict"
    """The unit's database kept changing under the sync (another hub writing to it)."""
    UNIT_FULL = "unit_full"
    """The door has more records than its unit can hold."""
    NOT_PAIRED = "not_paired"
    """The unit no longer knows this hub (it has its own repair)."""
    REFUSED = "refused"
    """The unit refused a command of the sync (firmware or hub fault: see the debug log)."""
    UNREADABLE = "unreadable"
    """A stored PIN or tag could not be unsealed (the registry file was edited or copied)."""
    NO_UNIT_SECRET = "no_unit_secret"  # noqa: S105 - a reason, not a secret
    """The door was paired before units shared their secret: pair it again."""


@dataclass(slots=True)
class DoorSyncStatus:
    """One door's sync as entities and diagnostics read it (changed only by its sync)."""

    state: SyncState = SyncState.PENDING
    pending_changes: int | None = None
    failed_since: datetime | None = None
    reason: SyncReason | None = None
    last_synced: datetime | None = None
    out_of_sync_since: datetime | None = None
    records: int | None = None
    """How many records the door should hold (None before the first derivation)."""
    desired_hash: bytes | None = None
    unit_hash: bytes | None = None
    """The database hash the unit last reported (or the hub last committed)."""
    unit_version: int | None = None
    failures: int = 0
    """Failed attempts in a row."""

    def attributes(self) -> dict[str, Any]:
        """The sensor's attributes: counts, times and a reason key, nothing else."""
        return {
            "pending_changes": self.pending_changes,
            "failed_since": _iso(self.failed_since),
            "reason": None if self.reason is None else self.reason.value,
            "last_synced": _iso(self.last_synced),
        }

    def diagnostics(self) -> dict[str, Any]:
        """For the diagnostics download: no secret, no PIN, no name; hashes in hex."""
        return {
            **self.attributes(),
            "state": self.state.value,
            "out_of_sync_since": _iso(self.out_of_sync_since),
            "records": self.records,
            "desired_hash": _hex(self.desired_hash),
            "unit_hash": _hex(self.unit_hash),
            "unit_version": self.unit_version,
            "failures": self.failures,
        }


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _hex(value: bytes | None) -> str | None:
    return None if value is None else value.hex()
