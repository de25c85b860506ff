"""One door unit's credential database, kept equal to what the registry gives the door.

The building's coordinator (`credential_sync.py`) tells a door when the registry changed
something of it, and the door's link tells it of every snapshot the unit sends; this module
decides when to go to the unit and what to send (`protocol.credential_sync`, §8.3):

- **When.** A change is looked at 0.2 s after it came (`EVALUATE_S`): the desired set is
  derived and compared with what the hub knows the unit holds. When the difference takes
  access away (a block, a revocation, a key ended: `takes_access_away`) the sync starts at
  once, at `Priority.REVOKE`; otherwise it waits until no change came for `DEBOUNCE_S`
  (2 s, at most `DEBOUNCE_MAX_S` after the first), so a burst of changes costs one sync.
  A snapshot whose database hash differs from the desired one starts a sync too (the unit
  was reset, restored, or another hub wrote to it); one that equals it says the door is in
  sync without a word sent. A unit not heard or read since start-up is left until its
  first read (the link reads every unit it hears after a start), unless a change comes.
- **How.** Reading (CRED_BUCKETS and the buckets the cache cannot answer) is one job, and
  each transaction of the plan one job, all through `DoorLink.async_run`: an interactive
  open waits for at most one transaction. Transactions that take access away go first,
  at REVOKE; the rest at SYNC. A change that arrives meanwhile is planned in after the
  transaction under way: the sync reads again and plans again with the newest set, so a
  block waits for one transaction of a large batch, not for the batch.
- **Failures.** CONFLICT or NO_TRANSACTION: read and plan again at once (up to
  `CONFLICT_RETRIES` times). BUSY, a lost link, a unit out of reach or a refusal: the
  door is *failed* and tried again after 5 s, 15 s, 60 s, then every 5 minutes
  (`BACKOFF_S`), sooner when the unit is heard again. A plaintext refusal before the
  session is anyone's to send: it is not believed, changes nothing, and the sync tries
  again after 5 s (a jammer delays a sync, it cannot fail or fake one). Every commit
  leaves a set the hub meant (§8.3), so a sync cut short anywhere resumes by reading the
  bucket hashes again.
- **Boundaries.** The set also changes by itself when a grant or share ends
  (`next_change`): a timer derives it again at that instant. (The unit enforces validity
  and schedules by its own clock meanwhile; the UTC offset it needs is `door_settings`'.)

The timers (evaluate, debounce, back-off, boundary) are `credential_sync_timers.py`'s.

What the hub knows the unit holds is kept in RAM, bucket by bucket (`UnitModel`, and the
`BucketCache` that spares reading buckets the hub itself committed); it is rebuilt from
the unit after a restart. Since when the door is out of sync, and since when and why it
fails, are kept over a restart (`credential_sync_store.py`), so its repair still comes an
hour after the door went out of sync, however often the hub restarts meanwhile. The jobs
themselves are in `credential_jobs.py`. Nothing here logs a PIN, a secret or a name.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
import logging
from typing import Final

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback

from .access.errors import AccessError, ErrorCode
from .credential_jobs import Unbelieved, reading_job, sync_reason, transaction_job
from .credential_records import DesiredSet, MissingUnitSecret, RecordCache
from .credential_sync_state import DoorSyncStatus, StatusKeeper, SyncReason, SyncState
from .credential_sync_store import KeptSync
from .credential_sync_timers import SyncTimers
from .credential_unit_model import UnitModel
from .door_link import DoorLink, Spawn
from .errors import OutcomeUnknown
from .jobs import Priority
from .protocol.constants import LINK_MAX_S, Status
from .protocol.credential_sync import (
    TRANSACTION_MAX_S,
    BucketCache,
    SyncTransaction,
    plan_sync,
    takes_access_away,
)
from .protocol.errors import Conflict, DoorUnitError
from .protocol.messages import Snapshot
from .protocol.records import database_hash

_LOGGER = logging.getLogger(__name__)

BACKOFF_S: Final = (5.0, 15.0, 60.0, 300.0)
"""Waits after the 1st, 2nd, 3rd and every later failure in a row."""
CONFLICT_RETRIES: Final = 3
"""CONFLICTs in a row read and planned again at once before the door counts as failed."""
type Derive = Callable[[DoorLink, RecordCache], Awaitable[DesiredSet]]
"""The coordinator's derivation of a door's desired set (on the loop or in the executor)."""


class DoorCredentialSync:
    """Brings one door unit's credential database to the registry's set, and keeps it there."""

    def __init__(
        self,
        hass: HomeAssistant,
        link: DoorLink,
        *,
        derive: Derive,
        spawn: Spawn,
        wall_clock: Callable[[], float],
        changed: Callable[[DoorCredentialSync], None],
        manage_repair: Callable[[DoorLink, bool], None],
        keep: Callable[[DoorSyncStatus], None] = lambda _status: None,
        snapshot: Snapshot | None = None,
        kept: KeptSync | None = None,
    ) -> None:
        """Idle until `async_start`; `changed` is told of every new status.

        `snapshot` is the unit's last known one, perhaps from before a restart: its hash is
        taken as a hint (a read confirms or corrects it), its version not, so no later
        snapshot is refused for it. `kept` is what was kept of the sync before a restart
        (out of sync since, failed since, why): the status starts from it; `keep` is told
        whenever that changes.
        """
        self.hass = hass
        self.link = link
        self.unit_public = link.identity.unit_public
        self._keeper = StatusKeeper(
            hass,
            wall_clock=wall_clock,
            changed=lambda: changed(self),
            manage_repair=lambda active: manage_repair(link, active),
            kept=lambda status: None if self._stopped else keep(status),
        )
        self._derive = derive
        self._spawn = spawn
        self._wall_clock = wall_clock
        self._cache = BucketCache()
        self._records = RecordCache(link.identity.unit_secret)
        self._desired: DesiredSet | None = None
        self._model: UnitModel | None = None
        self._capacity: int | None = None
        self._dirty = True
        self._fresh = False
        """A change came since the last attempt began (the debounce applies)."""
        self._timers = SyncTimers(
            hass, wake=self._wake, changed=self.async_changed, wall_clock=wall_clock
        )
        self._task: asyncio.Task[None] | None = None
        self._was_available = link.state.available
        self._unlisten: CALLBACK_TYPE | None = None
        self._started = False
        self._stopped = False
        if kept is not None:
            self._keeper.restore(kept)
        if snapshot is not None:
            self._note_unit(None, snapshot.cred_hash)

    @property
    def status(self) -> DoorSyncStatus:
        """Where the door's sync stands (the sensor's state and attributes)."""
        return self._keeper.status

    @property
    def running(self) -> bool:
        """Whether a derivation or sync is under way."""
        return self._task is not None and not self._task.done()

    @property
    def settled(self) -> bool:
        """Whether no change waits to be looked at and nothing runs (a back-off may wait)."""
        timers = self._timers
        return not (self.running or self._dirty or timers.evaluating or timers.debouncing)

    # Triggers ---------------------------------------------------------------------------

    async def async_prime(self) -> None:
        """Derive the set before the door's entities exist: one the unit held shows in sync.

        So a restart shows what was shown before it, until the unit says otherwise.
        """
        if self._dirty and await self._async_derive():
            desired = self._desired
            if desired is not None and self.status.unit_hash == desired.database_hash:
                self._in_sync(desired)

    @callback
    def async_start(self) -> None:
        """Follow the link and bring the unit to the set (once; later calls do nothing)."""
        if self._started or self._stopped:
            return
        self._started = True
        self._unlisten = self.link.async_add_listener(self._on_link_update)
        self._wake()

    @callback
    def async_stop(self) -> None:
        """Stop for good (unloaded, re-paired or removed): timers, listener and work."""
        self._stopped = True
        self._timers.cancel_all()
        self._keeper.async_stop()
        if self._unlisten is not None:
            self._unlisten()
            self._unlisten = None
        if self._task is not None:
            self._task.cancel()

    @callback
    def async_changed(self) -> None:
        """The registry changed something of this door (or one of its keys ended)."""
        if self._stopped:
            return
        self._dirty = True
        self._fresh = True
        self._timers.change_came()
        if self.running or self._timers.evaluating:
            return  # the sync under way plans it in after its transaction
        self._timers.arm_evaluate()

    @callback
    def async_snapshot(self, snapshot: Snapshot) -> None:
        """The unit sent a snapshot: its database hash says whether it holds the set."""
        if self._stopped or not self._note_unit(snapshot.cred_version, snapshot.cred_hash):
            return
        if self.running:
            return  # the sync under way reads the unit itself
        desired = self._desired
        if desired is not None and not self._dirty and snapshot.cred_hash == desired.database_hash:
            self._in_sync(desired)
            return
        if self.status.reason is SyncReason.UNREACHABLE:
            self._timers.cancel_backoff()  # it answered: no reason to wait
        self._wake()

    @callback
    def _on_link_update(self) -> None:
        """A unit heard again after it was unavailable is tried at once, not at the backoff."""
        available = self.link.state.available
        if available and not self._was_available and self.status.reason is SyncReason.UNREACHABLE:
            self._timers.cancel_backoff()
            self._wake()
        self._was_available = available

    def _wake(self) -> None:
        if not self._started or self._stopped or self.running:
            return
        self._task = self._spawn(
            self._async_run(), f"digitalkey credential sync {self.link.identity.name}"
        )

    # The sync ---------------------------------------------------------------------------

    async def _async_run(self) -> None:
        try:
            await self._async_sync()
        finally:
            if self._dirty and not self._stopped and not self._timers.evaluating:
                self._timers.arm_evaluate()  # a change came as the work ended: look at it

    async def _async_sync(self) -> None:
        conflicts = 0
        continuing = False
        while not self._stopped:
            if self._dirty:
                if not await self._async_derive():
                    return
                continue  # another change may have come meanwhile
            desired = self._desired
            if desired is None:
                return
            if self.status.unit_hash == desired.database_hash:
                self._in_sync(desired)
                return
            if self.status.state is SyncState.IN_SYNC:
                self._out_of_sync()  # pending now, not once the unit answers (or fails to)
            urgent = self._takes_away(desired)
            if not self._may_start(urgent=urgent, continuing=continuing):
                self._out_of_sync()
                return
            self._attempt_starts()
            try:
                finished = await self._async_attempt(desired, urgent=urgent)
            except (Unbelieved, OutcomeUnknown) as err:
                # Not believed, so not a failure: tried again soon, nothing else changes.
                _LOGGER.debug("Door %s: unauthenticated refusal: %r", self.link.identity.name, err)
                self._timers.arm_backoff(BACKOFF_S[0])
                self._out_of_sync()
                return
            except Conflict as err:
                conflicts += 1
                full = self._capacity is not None and len(desired.records) > self._capacity
                if conflicts <= CONFLICT_RETRIES and not full:
                    _LOGGER.debug("Door %s: sync conflict, reading again", self.link.identity.name)
                    continuing = True
                    continue
                self._failed(SyncReason.UNIT_FULL if full else SyncReason.CONFLICT, err)
                return
            except DoorUnitError as err:
                self._failed(sync_reason(err), err)
                return
            continuing = not finished

    async def _async_derive(self) -> bool:
        """The desired set afresh; False when there is none to sync to."""
        self._dirty = False
        try:
            desired = await self._derive(self.link, self._records)
        except MissingUnitSecret:
            self._failed(SyncReason.NO_UNIT_SECRET, None)
            return False
        except AccessError as err:
            if err.code is ErrorCode.UNKNOWN_DOOR:
                return False  # the registry follows the door's subentry soon, with a change
            self._failed(SyncReason.UNREADABLE, err)
            return False
        if self._stopped:
            return False
        self._desired = desired
        self.status.records = len(desired.records)
        self.status.desired_hash = desired.database_hash
        self.status.unreadable_credentials = tuple(sorted(desired.unreadable))
        self._timers.arm_boundary(desired.next_change)
        return True

    def _takes_away(self, desired: DesiredSet) -> bool:
        """Whether bringing the unit to `desired` takes access away (unknown: assume so)."""
        if self._model is None:
            return True
        return any(takes_access_away(old, new) for old, new in self._model.differences(desired))

    def _may_start(self, *, urgent: bool, continuing: bool) -> bool:
        """Whether to go to the unit now; if not, what wakes the sync is armed."""
        if self.link.connection.last_heard is None or (
            self.status.unit_hash is None and not self._fresh
        ):
            return False  # not heard or read since start-up: its first read brings a snapshot
        if continuing or (urgent and self._fresh):
            return True
        if self._timers.backing_off:
            return False
        if self._fresh and not self._timers.debounce_done:
            self._timers.arm_debounce()
            return False
        return True

    def _attempt_starts(self) -> None:
        self._fresh = False
        self._timers.attempt_starts()

    async def _async_attempt(self, desired: DesiredSet, *, urgent: bool) -> bool:
        """Read, plan and commit; False when a newer change stopped it between transactions."""
        priority = Priority.REVOKE if urgent else Priority.SYNC
        reading = await self.link.async_run(
            reading_job(desired.bucket_hashes, self._cache), priority
        )
        self._note_unit(reading.version, database_hash(reading.hashes))
        self._model = UnitModel.of_reading(desired, reading.hashes, reading.records)
        plan = plan_sync(desired.records, reading.hashes, reading.records)
        if not plan.empty:
            _LOGGER.debug(
                "Door %s: %d credential changes in %d transactions",
                self.link.identity.name,
                plan.ops,
                len(plan.transactions),
            )
            self._out_of_sync()
        for tx in plan.transactions:
            if self._dirty or self._stopped:
                return False
            await self._async_commit(tx)
        if self.status.unit_hash != desired.database_hash:
            # Only a unit that disagrees with the protocol gets here: never loop on it.
            raise Conflict(Status.CONFLICT, "the unit holds another set than the plan's")
        return True

    async def _async_commit(self, tx: SyncTransaction) -> None:
        """Run one transaction as one job, on a link with time enough left for it."""
        age = self.link.connection.connected_for()
        if age is not None and age > LINK_MAX_S - TRANSACTION_MAX_S:
            await self.link.connection.async_release_if_idle()
        priority = Priority.REVOKE if tx.takes_away else Priority.SYNC
        version = await self.link.async_run(
            transaction_job(tx, self._cache, self._heard_capacity),
            priority,
            timeout=TRANSACTION_MAX_S,
        )
        if self._model is not None:
            self._model.apply(tx)
        self._note_unit(version, tx.expected_hash)
        self._succeeded()

    # What the hub knows of the unit -----------------------------------------------------

    def _heard_capacity(self, capacity: int) -> None:
        self._capacity = capacity

    def _note_unit(self, version: int | None, unit_hash: bytes) -> bool:
        """Take a database hash the unit reported; False for one older than what is known.

        The version grows with every commit: a snapshot from a handshake before the
        hub's own commits is not news.
        """
        status = self.status
        known = status.unit_version
        if version is not None and known is not None and version < known:
            return False
        if version is not None:
            status.unit_version = version
        status.unit_hash = unit_hash
        if self._model is not None and self._model.database_hash != unit_hash:
            self._model = None  # changed by someone else: read it again
        return True

    # Status -----------------------------------------------------------------------------

    def _pending_changes(self) -> int | None:
        desired = self._desired
        if desired is None or self._model is None:
            return None
        return sum(1 for _ in self._model.differences(desired))

    def _in_sync(self, desired: DesiredSet) -> None:
        if self._model is None:
            self._model = UnitModel.of_desired(desired)
            for bucket, records in desired.by_bucket.items():
                self._cache.store(bucket, records.values())
        self._fresh = False
        self._timers.burst_ends()
        self._keeper.in_sync()

    def _out_of_sync(self) -> None:
        self._keeper.out_of_sync(self._pending_changes())

    def _succeeded(self) -> None:
        self._keeper.succeeded(self._pending_changes())

    def _failed(self, reason: SyncReason, err: Exception | None) -> None:
        _LOGGER.debug(
            "Door %s: credential sync failed (%s): %r", self.link.identity.name, reason, err
        )
        failures = self._keeper.failed(reason, self._pending_changes())
        if reason not in (SyncReason.UNREADABLE, SyncReason.NO_UNIT_SECRET):
            self._timers.arm_backoff(BACKOFF_S[min(failures, len(BACKOFF_S)) - 1])
