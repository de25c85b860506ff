"""The building's credential sync: every door unit holds the PIN codes and tags it should.

A door unit decides PINs and tags by itself, also while the hub or the network is down, so
its credential database must follow the registry. This coordinator

- listens to the registry (`AccessRuntime.async_listen`): each `Change` names the doors
  whose set may differ (`Change.doors`); a change of a person's name names none, and a
  change that leaves a door's set as it was costs a derivation and nothing on the air;
- hands every snapshot a door's link receives to that door (its database hash);
- derives a door's set (`credential_records.derive_desired`) with the registry held still
  (the registry lock), in the executor for doors with many records: 2,500 holders out of
  10,000 people take 50-80 ms the first time (`scripts/bench credentials`,
  `derive_2500_ms`: who holds a key, about 10 ms, then unsealing and keying every
  credential and hashing every record) and about 40 ms after, too long for the event loop;
- keeps one `DoorCredentialSync` per door (what to send when, `door_credential_sync.py`),
  made anew when the door is paired again, and its status for the sensor, the repair
  issue and the diagnostics; since when each door is out of sync (and fails) is kept
  over a restart (`credential_sync_store.py`), dropped when the door is removed or paired
  anew;
- keeps count of the credentials whose sealed value does not open, which every door's set
  leaves out (`DesiredSet.unreadable`): one warning per credential, with its id only, and
  one repair issue for the building while any is left (`credential_unreadable`). One
  damaged credential so costs its holder that tag or code, never a door its sync.

The vault that unseals PINs and tag UIDs is the building's (from its hub key), the unit
secret the door's (from pairing); neither is ever logged.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial
import logging
from typing import Any, Final

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback

from .access.credential_vault import CredentialVault
from .access.plan import Change
from .credential_records import DesiredSet, RecordCache, derive_desired, door_kinds
from .credential_sync_state import DoorSyncStatus
from .credential_sync_store import KeptSyncs
from .door_credential_sync import DoorCredentialSync
from .door_link import DoorLink, Spawn
from .protocol.messages import Snapshot
from .repairs import async_manage_credential_unreadable, async_manage_credentials_out_of_sync
from .runtime import DigitalKeyConfigEntry, DigitalKeyRuntime

_LOGGER = logging.getLogger(__name__)

EXECUTOR_RECORDS: Final = 500
"""A door whose last set had this many records is derived in the executor (some 8 ms and
more); a door's first derivation always is (its size is not known yet)."""


class CredentialSync:
    """Keeps the credential database of every door unit of one building current."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry: DigitalKeyConfigEntry,
        runtime: DigitalKeyRuntime,
        spawn: Spawn,
    ) -> None:
        """Nothing runs until `async_start`."""
        self.hass = hass
        self._entry = entry
        self._runtime = runtime
        self._spawn = spawn
        self._vault = CredentialVault.from_hub_key(runtime.hub_key.private)
        self._doors: dict[str, DoorCredentialSync] = {}
        self._kept = KeptSyncs(runtime)
        self._listeners: dict[str, list[CALLBACK_TYPE]] = {}
        self._large: dict[str, bool] = {}
        self._paired_anew: set[str] = set()
        """Doors forgotten at a new pairing: the snapshot their link kept is the old unit's."""
        self._unreadable: dict[str, frozenset[str]] = {}
        """Door id → credentials its last set left out (only doors that left any out)."""
        self._warned: frozenset[str] = frozenset()
        """Unreadable credentials already logged (those still unreadable somewhere)."""
        self._started = False

    # Lifecycle --------------------------------------------------------------------------

    async def async_prime(self) -> None:
        """Derive every door's set before the entities exist (see `DoorCredentialSync`)."""
        self._kept.keep_only(set(self._runtime.doors))
        for link in list(self._runtime.doors.values()):
            await self._door(link).async_prime()

    @callback
    def async_start(self) -> CALLBACK_TYPE:
        """Follow the registry and look at every door; returns what stops it all."""
        self._started = True
        unlisten = self._runtime.access.async_listen(self._on_change)
        for link in list(self._runtime.doors.values()):
            self._door(link).async_start()

        @callback
        def stop() -> None:
            self._started = False
            unlisten()
            for door in self._doors.values():
                door.async_stop()
            self._doors.clear()
            # The next start derives every door again and raises the issue anew if need be.
            self._unreadable.clear()
            self._note_unreadable()

        return stop

    @callback
    def async_forget(self, door_id: str) -> None:
        """The door was removed or paired anew: what was known of its unit is void."""
        door = self._doors.pop(door_id, None)
        self._large.pop(door_id, None)
        self._paired_anew.add(door_id)
        self._kept.forget(door_id)
        if self._unreadable.pop(door_id, None) is not None:
            self._note_unreadable()
        if door is not None:
            door.async_stop()
            async_manage_credentials_out_of_sync(
                self.hass, self._entry, door.link.identity, active=False
            )
            self._notify(door_id)

    def _door(self, link: DoorLink) -> DoorCredentialSync:
        """The door's sync, made (and started) when there is none for its pairing yet."""
        door_id = link.identity.subentry_id
        door = self._doors.get(door_id)
        if door is not None and door.link is link and door.unit_public == link.identity.unit_public:
            return door
        if door is not None:
            door.async_stop()
        paired_anew = door_id in self._paired_anew
        self._paired_anew.discard(door_id)
        door = DoorCredentialSync(
            self.hass,
            link,
            derive=self._async_derive,
            spawn=self._spawn,
            wall_clock=lambda: self._runtime.wall_clock(),  # noqa: PLW0108 - replaceable
            changed=self._on_status,
            manage_repair=self._manage_repair,
            keep=partial(self._kept.keep, door_id),
            snapshot=None if paired_anew else link.state.snapshot,
            kept=None if paired_anew else self._kept.get(door_id),
        )
        self._doors[door_id] = door
        if self._started:
            door.async_start()
        return door

    # Triggers ---------------------------------------------------------------------------

    @callback
    def _on_change(self, change: Change) -> None:
        if not self._started:
            return
        for door_id in change.doors:
            link = self._runtime.doors.get(door_id)
            if link is not None:
                self._door(link).async_changed()

    @callback
    def async_snapshot(self, link: DoorLink, snapshot: Snapshot) -> None:
        """A door's link received a snapshot (`DoorLinkHooks.snapshot`)."""
        if self._started and self._runtime.doors.get(link.identity.subentry_id) is link:
            self._door(link).async_snapshot(snapshot)

    # Deriving ---------------------------------------------------------------------------

    async def _async_derive(self, link: DoorLink, cache: RecordCache) -> DesiredSet:
        """The door's desired set now, with nothing changing the registry meanwhile."""
        access = self._runtime.access
        door_id = link.identity.subentry_id
        now = datetime.fromtimestamp(self._runtime.wall_clock(), UTC)
        async with access.lock:
            derive = partial(
                derive_desired,
                access.registry,
                door_id,
                now,
                kinds=door_kinds(link.identity.features),
                vault=self._vault,
                cache=cache,
            )
            if self._large.get(door_id, True):
                desired = await self.hass.async_add_executor_job(derive)
            else:
                desired = derive()
        self._large[door_id] = len(desired.records) >= EXECUTOR_RECORDS
        if desired.unreadable or door_id in self._unreadable:
            if desired.unreadable:
                self._unreadable[door_id] = desired.unreadable
            else:
                del self._unreadable[door_id]
            self._note_unreadable()
        return desired

    def _note_unreadable(self) -> None:
        """Warn of each newly found unreadable credential; keep the building's issue."""
        unreadable = frozenset[str]().union(*self._unreadable.values())
        for credential_id in sorted(unreadable - self._warned):
            _LOGGER.warning(
                "Credential %s cannot be read with this building's key (its stored value was "
                "edited, damaged or copied from elsewhere): it is left off every door; "
                "remove it and add it again",
                credential_id,
            )
        if unreadable != self._warned:
            self._warned = unreadable
            async_manage_credential_unreadable(self.hass, self._entry, count=len(unreadable))

    # Status -----------------------------------------------------------------------------

    def status(self, door_id: str) -> DoorSyncStatus:
        """Where the door's sync stands (pending for a door not looked at yet)."""
        door = self._doors.get(door_id)
        return DoorSyncStatus() if door is None else door.status

    def settled(self, door_id: str) -> bool:
        """Whether the door's sync has looked at every change and is not running."""
        door = self._doors.get(door_id)
        return door is not None and door.settled

    @callback
    def async_add_listener(self, door_id: str, update: CALLBACK_TYPE) -> CALLBACK_TYPE:
        """Call `update` whenever the door's sync status changes; returns a remover."""
        listeners = self._listeners.setdefault(door_id, [])
        listeners.append(update)

        @callback
        def remove() -> None:
            listeners.remove(update)

        return remove

    def _on_status(self, door: DoorCredentialSync) -> None:
        self._notify(door.link.identity.subentry_id)

    def _notify(self, door_id: str) -> None:
        for update in list(self._listeners.get(door_id, [])):
            update()

    def _manage_repair(self, link: DoorLink, active: bool) -> None:
        async_manage_credentials_out_of_sync(self.hass, self._entry, link.identity, active=active)

    def diagnostics(self, door_id: str) -> dict[str, Any]:
        """The door's sync for the diagnostics download (counts, times, hashes)."""
        return self.status(door_id).diagnostics()
