"""What of each door's credential sync is kept over a restart: since when it is out of sync.

A door's repair issue is raised once it has been out of sync for an hour (`REPAIR_AFTER_S`),
and its sensor says since when the sync has failed and why. Both count across restarts: a
hub that restarts every 50 minutes (a power cut, an update, a crash loop) still raises the
repair at the first hour, and the sensor still says "failed since" the first failure.

Kept per door in the building store (`BuildingData.credential_sync`, door id → the
`KeptSync` as text): `out_of_sync_since`, and while the sync fails `failed_since` and
`reason`. Nothing else of the sync is kept: what the unit holds is read from the unit again
after a start. A write is asked for only when one of those changes (the door goes out of
sync or in sync, a failure starts, changes its reason or ends), and then the building's
delayed one (`building_saver`), so snapshots and advertisements never write storage; any
write of the building writes the section as it is. A door in sync, removed or paired anew
has no entry.

Read back validated: a time that is not an ISO time with a zone (naive), that lies in the
future of the hub's clock, or before this integration was built, is ignored, and so is a
reason not known; an entry without a usable `out_of_sync_since` goes whole. A damaged
file so costs at most an hour's wait for a repair, never the building's start.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
import logging
from typing import TYPE_CHECKING

from .building_store import BuildingData
from .const import HUB_CLOCK_NOT_BEFORE
from .credential_sync_state import DoorSyncStatus, SyncReason

if TYPE_CHECKING:
    from .runtime import DigitalKeyRuntime

_LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class KeptSync:
    """Since when a door is out of sync, and since when and why its sync fails (if it does)."""

    out_of_sync_since: datetime
    failed_since: datetime | None = None
    reason: SyncReason | None = None

    @classmethod
    def of(cls, status: DoorSyncStatus) -> KeptSync | None:
        """What to keep of `status` (None for a door in sync)."""
        if status.out_of_sync_since is None:
            return None
        if status.failed_since is None or status.reason is None:
            return cls(status.out_of_sync_since)
        return cls(status.out_of_sync_since, status.failed_since, status.reason)

    def to_stored(self) -> dict[str, str | None]:
        """As the building store keeps it."""
        return {
            "out_of_sync_since": self.out_of_sync_since.isoformat(),
            "failed_since": None if self.failed_since is None else self.failed_since.isoformat(),
            "reason": None if self.reason is None else self.reason.value,
        }


def kept_from_stored(raw: object, now: datetime) -> KeptSync | None:
    """A stored entry read back at `now`, or None when it is unusable (see the module)."""
    if not isinstance(raw, dict):
        return None
    since = _time(raw.get("out_of_sync_since"), now)
    if since is None:
        return None
    failed_since = _time(raw.get("failed_since"), now)
    value = raw.get("reason")
    reason = next((known for known in SyncReason if known.value == value), None)
    if failed_since is None or reason is None:
        return KeptSync(since)
    return KeptSync(since, failed_since, reason)


def _time(value: object, now: datetime) -> datetime | None:
    """An aware ISO time between this integration's build and `now`, else None."""
    if not isinstance(value, str):
        return None
    try:
        at = datetime.fromisoformat(value)
    except ValueError:
        return None
    if at.tzinfo is None or at.utcoffset() is None:
        return None
    if not HUB_CLOCK_NOT_BEFORE <= at.timestamp() <= now.timestamp():
        return None
    return at.astimezone(UTC)


class KeptSyncs:
    """The kept sync states of one building's doors, the building store's section of them."""

    def __init__(self, runtime: DigitalKeyRuntime) -> None:
        """Read what the store holds; unusable entries are dropped (and logged at debug).

        The section is written from here at every write of the building, so what was
        dropped is gone from the file at the next one.
        """
        self._runtime = runtime
        now = datetime.fromtimestamp(runtime.wall_clock(), UTC)
        stored: object = runtime.data.get("credential_sync")
        self._kept: dict[str, KeptSync] = {}
        for door_id, raw in stored.items() if isinstance(stored, dict) else ():
            kept = kept_from_stored(raw, now)
            if kept is None:
                _LOGGER.debug("Stored credential sync state of door %s ignored", door_id)
            else:
                self._kept[door_id] = kept
        runtime.saver.add_section(self._write_into)

    def get(self, door_id: str) -> KeptSync | None:
        """What was kept of the door's sync (None: in sync, or nothing usable kept)."""
        return self._kept.get(door_id)

    def keep_only(self, door_ids: set[str]) -> None:
        """Drop the entries of doors the building no longer has."""
        for door_id in [d for d in self._kept if d not in door_ids]:
            self.forget(door_id)

    def keep(self, door_id: str, status: DoorSyncStatus) -> None:
        """The door's sync moved on: keep what of `status` survives a restart, if it changed."""
        kept = KeptSync.of(status)
        if kept == self._kept.get(door_id):
            return
        if kept is None:
            self.forget(door_id)
            return
        self._kept[door_id] = kept
        self._runtime.saver.async_changed()

    def forget(self, door_id: str) -> None:
        """The door is in sync, removed or paired anew: its entry goes."""
        if self._kept.pop(door_id, None) is None:
            return
        self._runtime.saver.async_changed()

    def _write_into(self, data: BuildingData) -> None:
        """The kept states into the building's data (its `credential_sync` section)."""
        data["credential_sync"] = {
            door_id: kept.to_stored() for door_id, kept in self._kept.items()
        }
