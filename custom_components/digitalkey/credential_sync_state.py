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

`StatusKeeper` moves a door's status along for its sync (`door_credential_sync.py`) and
keeps the repair issue: raised once the door has been out of sync for `REPAIR_AFTER_S`
(an hour), deleted as soon as it is in sync again. Since when the door is out of sync, and
since when and why it fails, survive a restart (`credential_sync_store.py`): the keeper
starts from them (`restore`), so the hour counts from the first moment out of sync, and
it says whenever they change (`kept`), never for a status that only confirms them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Final

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.event import async_call_later

if TYPE_CHECKING:
    from .credential_sync_store import KeptSync

REPAIR_AFTER_S: Final = 3600.0
"""A door out of sync this long gets a repair issue."""


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
    """The registry's data for the door could not be read (a fault: one credential whose
    seal does not open is left out instead, `DoorSyncStatus.unreadable_credentials`)."""
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
    unreadable_credentials: tuple[str, ...] = ()
    """Ids of the credentials left out of the door's set: their sealed value does not open."""

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
            "unreadable_credentials": list(self.unreadable_credentials),
        }


class StatusKeeper:
    """One door's status as its sync moves it, and the repair issue an hour out of sync."""

    def __init__(
        self,
        hass: HomeAssistant,
        *,
        wall_clock: Callable[[], float],
        changed: Callable[[], None],
        manage_repair: Callable[[bool], None],
        kept: Callable[[DoorSyncStatus], None] = lambda _status: None,
    ) -> None:
        """Pending, nothing known yet; `changed` is told of every new status.

        `kept` is told whenever what survives a restart changed (`credential_sync_store`).
        """
        self.hass = hass
        self.status = DoorSyncStatus()
        self._wall_clock = wall_clock
        self._changed = changed
        self._manage_repair = manage_repair
        self._kept = kept
        self._kept_as: tuple[datetime | None, datetime | None, SyncReason | None] = (
            None,
            None,
            None,
        )
        self._repair: CALLBACK_TYPE | None = None
        self._repair_active = False
        self._repair_unknown = True
        """An issue may be left from before a reload: the first in-sync deletes it anyway."""

    def restore(self, kept: KeptSync) -> None:
        """Start from what was kept before a restart: out of sync (failed) since then.

        The repair comes when the hour since `kept.out_of_sync_since` is over (at once if
        it is already), unless the door is found in sync first.
        """
        status = self.status
        status.out_of_sync_since = kept.out_of_sync_since
        status.failed_since = kept.failed_since
        status.reason = kept.reason
        status.state = SyncState.FAILED if kept.reason is not None else SyncState.PENDING
        self._kept_as = (kept.out_of_sync_since, kept.failed_since, kept.reason)
        elapsed = self._wall_clock() - kept.out_of_sync_since.timestamp()
        self._arm_repair(max(REPAIR_AFTER_S - elapsed, 0.0))

    def _now(self) -> datetime:
        return datetime.fromtimestamp(self._wall_clock(), UTC)

    def in_sync(self) -> None:
        """The unit holds the set: the repair goes, and the sensor says so (once)."""
        self._cancel_repair()
        if self._repair_active or self._repair_unknown:
            self._repair_active = self._repair_unknown = False
            self._manage_repair(False)
        status = self.status
        if status.state is SyncState.IN_SYNC and status.pending_changes == 0:
            return  # confirmed again (a read, a snapshot): nothing new to show
        status.state = SyncState.IN_SYNC
        status.pending_changes = 0
        status.reason = None
        status.failed_since = None
        status.failures = 0
        status.out_of_sync_since = None
        status.last_synced = self._now()
        self._note_kept()
        self._changed()

    def out_of_sync(self, pending: int | None) -> None:
        """Pending or failed with `pending` changes; the hour before a repair starts now."""
        status = self.status
        status.state = SyncState.FAILED if status.reason is not None else SyncState.PENDING
        status.pending_changes = pending
        if status.out_of_sync_since is None:
            status.out_of_sync_since = self._now()
            self._arm_repair(REPAIR_AFTER_S)
        self._note_kept()
        self._changed()

    def succeeded(self, pending: int | None) -> None:
        """A transaction was committed: no longer failed, `pending` changes to go."""
        status = self.status
        status.reason = None
        status.failed_since = None
        status.failures = 0
        self.out_of_sync(pending)

    def failed(self, reason: SyncReason, pending: int | None) -> int:
        """An attempt failed for `reason`; returns how many failed in a row."""
        status = self.status
        status.reason = reason
        status.failures += 1
        if status.failed_since is None:
            status.failed_since = self._now()
        self.out_of_sync(pending)
        return status.failures

    @callback
    def async_stop(self) -> None:
        """No more repair for this door's sync (the issue itself is the coordinator's)."""
        self._cancel_repair()

    def _note_kept(self) -> None:
        """Tell `kept` when what survives a restart changed (not for every confirmation)."""
        status = self.status
        now_as = (status.out_of_sync_since, status.failed_since, status.reason)
        if now_as != self._kept_as:
            self._kept_as = now_as
            self._kept(status)

    def _arm_repair(self, delay: float) -> None:
        if self._repair is not None or self._repair_active:
            return

        @callback
        def overdue(_now: datetime) -> None:
            self._repair = None
            if self.status.state is not SyncState.IN_SYNC:
                self._repair_active = True
                self._manage_repair(True)

        self._repair = async_call_later(self.hass, delay, overdue)

    def _cancel_repair(self) -> None:
        if self._repair is not None:
            self._repair()
            self._repair = None


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _hex(value: bytes | None) -> str | None:
    return None if value is None else value.hex()
