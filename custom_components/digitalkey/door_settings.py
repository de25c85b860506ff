"""Every setting the hub manages on its door units, kept at what the building wants now.

Two config keys (docs/protocol.md §7.4) are the hub's to keep, not a person's to set:

- key 04, the UTC offset: units read weekdays and daily windows at their clock plus one
  fixed offset (§8.1.1) and know no daylight-saving rule, so the hub sets the offset of the
  building's time zone now whenever it differs (`DoorRecord.utc_offset`). While the hub
  doubts its own clock it sets none: the zone's offset now is only as right as its now.
- key 01, the auto-relock time: a unit with the auto-relock feature locks itself that many
  seconds after it was opened or its door last closed; the building option "lock again
  after an open" (`building_options.relock_after_s`) says how many
  (`DoorRecord.auto_relock`). Units without the feature are left alone: they would store
  the key and ignore it, and the hub locks after a guest's open itself (`guest_relock`).

The hub keeps the value it last set on each unit in the building store and compares it with
the wanted one

- after every job that reached the unit, the first read after pairing included: the writes
  queue behind it at `Priority.SETTINGS` (after everything else, an unlock included) and
  usually find the connection still open, so each costs one round trip in that session;
- at start-up (Home Assistant may have been off at a transition), when Home Assistant's
  time zone changes, and when the building's options change;
- at every transition of the zone, by a timer armed for the next one (`zone_offsets.py`).

So a setting is written once, not at every job. The unit keeps the keys in flash: a reboot,
even one that stopped its clock, keeps them, and only a factory reset clears them, which
is why re-pairing makes the hub forget what it set. A unit out of reach is tried again
after `RETRY_UNREACHABLE_S`, or as soon as another job reaches it; a key the unit refuses
(firmware from before it) after `RETRY_REFUSED_S`, while the other keys are still set.
Neither is a warning: the door still opens and locks, at the last values it was given.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
import logging
from typing import Final

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.event import async_call_later, async_track_point_in_utc_time

from .building_options import relock_after_s
from .building_store import HubSettingField
from .door_link import DoorLink, Spawn
from .jobs import Priority
from .protocol.client import DoorUnitClient
from .protocol.constants import ConfigKey, Feature
from .protocol.errors import (
    CommandError,
    DoorUnitError,
    NotPairedError,
    UnitBusy,
)
from .runtime import DigitalKeyRuntime
from .zone_offsets import HORIZON_S, next_offset_change, offset_at

_LOGGER = logging.getLogger(__name__)

RETRY_UNREACHABLE_S: Final = 600.0
"""A unit the writes did not reach (out of range, busy) is tried again this much later."""
RETRY_REFUSED_S: Final = 86_400.0
"""A key the unit refused is tried again this much later, not at every job on it."""

HUB_SETTINGS: Final[dict[ConfigKey, HubSettingField]] = {
    ConfigKey.UTC_OFFSET_S: "utc_offset",
    ConfigKey.AUTO_RELOCK_S: "auto_relock",
}
"""Each key the hub keeps on its units, and the `DoorRecord` field of the value it last set."""


@dataclass(slots=True)
class _Attempts:
    """Where setting one door's keys stands."""

    writing: bool = False
    retry: CALLBACK_TYPE | None = None
    refused_until: dict[ConfigKey, float] = field(default_factory=dict)
    """Monotonic time before which jobs on the door do not try a key again (it refused)."""


def _refused(err: DoorUnitError) -> bool:
    """Whether the unit said no to the setting itself, rather than "not now" or nothing."""
    if isinstance(err, CommandError):
        return not isinstance(err, UnitBusy)
    return isinstance(err, NotPairedError)


class DoorSettings:
    """Sets the hub-managed config keys on each door of one building when they differ."""

    def __init__(
        self,
        hass: HomeAssistant,
        runtime: DigitalKeyRuntime,
        spawn: Spawn,
        hub_clock_ok: Callable[[], bool],
    ) -> None:
        """Nothing armed yet; `async_start` arms the transition timer.

        `hub_clock_ok` says whether the hub's own clock is plausible: the zone's offset
        now is only as right as the hub's idea of now, so a doubted clock sets none.
        """
        self.hass = hass
        self._runtime = runtime
        self._spawn = spawn
        self._hub_clock_ok = hub_clock_ok
        self._doors: dict[str, _Attempts] = {}
        self._transition: CALLBACK_TYPE | None = None

    def offset_now(self) -> int:
        """Seconds the building's time zone is ahead of UTC now."""
        runtime = self._runtime
        return offset_at(runtime.access.registry.settings.tz, runtime.wall_clock())

    def wanted(self, door: DoorLink) -> dict[ConfigKey, int]:
        """The value of each key `door`'s unit should hold now; a key left alone is absent."""
        wanted: dict[ConfigKey, int] = {}
        if self._hub_clock_ok():
            wanted[ConfigKey.UTC_OFFSET_S] = self.offset_now()
        if door.identity.features & Feature.AUTO_RELOCK:
            wanted[ConfigKey.AUTO_RELOCK_S] = relock_after_s(self._runtime.entry_options())
        return wanted

    # Triggers ---------------------------------------------------------------------------

    @callback
    def async_start(self) -> CALLBACK_TYPE:
        """Arm the timer for the zone's next transition and check every door heard yet.

        Returns the function that cancels every timer.
        """
        self._arm_transition(self._runtime.wall_clock())
        self._check_every_door()
        return self._stop

    @callback
    def async_zone_changed(self) -> None:
        """Home Assistant's time zone changed: a new next transition, maybe a new offset."""
        self._arm_transition(self._runtime.wall_clock())
        self._check_every_door()

    @callback
    def async_options_changed(self) -> None:
        """The building's options changed: maybe a new relock time for every unit."""
        self._check_every_door()

    @callback
    def async_reached(self, door: DoorLink) -> None:
        """A job reached `door`'s unit: write what is due next, on the same connection."""
        self._check(door, after_job=True)

    @callback
    def async_forget(self, door_id: str) -> None:
        """The door was re-paired or removed: what was set on its old pairing is gone."""
        attempts = self._doors.pop(door_id, None)
        if attempts is not None and attempts.retry is not None:
            attempts.retry()
        record = self._runtime.data["doors"].get(door_id)
        if record is not None:
            for stored_as in HUB_SETTINGS.values():
                record.pop(stored_as, None)

    @callback
    def _stop(self) -> None:
        if self._transition is not None:
            self._transition()
            self._transition = None
        for attempts in self._doors.values():
            self._cancel_retry(attempts)

    # The transition timer ---------------------------------------------------------------

    def _arm_transition(self, after: float) -> None:
        """Fire at the zone's next change of offset after `after` (or look again in a year)."""
        if self._transition is not None:
            self._transition()
        zone = self._runtime.access.registry.settings.tz
        change = next_offset_change(zone, after)
        at = after + HORIZON_S if change is None else change
        self._transition = async_track_point_in_utc_time(
            self.hass, self._on_transition, datetime.fromtimestamp(at, UTC)
        )

    @callback
    def _on_transition(self, now: datetime) -> None:
        self._transition = None
        _LOGGER.debug("Time zone %s: UTC offset now %+d s", self._zone_name(), self.offset_now())
        self._arm_transition(max(self._runtime.wall_clock(), now.timestamp()))
        self._check_every_door()

    def _zone_name(self) -> str:
        return self._runtime.access.registry.settings.time_zone

    # Checking and writing ---------------------------------------------------------------

    def _check_every_door(self) -> None:
        for door in list(self._runtime.doors.values()):
            self._check(door)

    def _check(self, door: DoorLink, *, after_job: bool = False) -> None:
        """Start writing the keys `door`'s unit does not hold as wanted (unless under way).

        A door not heard since start-up, or never read, is left to its first read, after
        which `async_reached` comes back here. After a job, a key the unit refused lately
        is not asked again before its retry. While the hub doubts its clock no offset is
        set: the first job after it was put right comes back here.
        """
        runtime = self._runtime
        door_id = door.identity.subentry_id
        record = runtime.data["doors"].get(door_id)
        if runtime.doors.get(door_id) is not door or record is None:
            return
        if not after_job and door.connection.last_heard is None:
            return
        attempts = self._doors.setdefault(door_id, _Attempts())
        if attempts.writing:
            return
        due = {
            key: value
            for key, value in self.wanted(door).items()
            if record.get(HUB_SETTINGS[key]) != value
        }
        if not due:
            self._cancel_retry(attempts)
            return
        if after_job:
            now = runtime.clock()
            due = {k: v for k, v in due.items() if now >= attempts.refused_until.get(k, 0.0)}
            if not due:
                return
        self._cancel_retry(attempts)
        attempts.writing = True
        self._spawn(
            self._async_write(door, due, attempts),
            f"digitalkey door settings {door.identity.name}",
        )

    async def _async_write(
        self, door: DoorLink, due: dict[ConfigKey, int], attempts: _Attempts
    ) -> None:
        """Set every key of `due` on the unit in one job and store them; arm the retries.

        A key the unit refuses does not keep the others from being set.
        """
        pairing = door.identity.unit_public
        written: dict[ConfigKey, int] = {}
        refused: list[ConfigKey] = []

        async def write(client: DoorUnitClient) -> None:
            for key, value in due.items():
                challenge = None if client.has_session else door.connection.fresh_challenge()
                try:
                    await client.config_set(key, value, challenge=challenge)
                except CommandError as err:
                    if not _refused(err):
                        raise
                    _LOGGER.debug("Door %s: %s refused (%r)", door.identity.name, key.name, err)
                    refused.append(key)
                else:
                    written[key] = value

        try:
            await door.async_run(write, Priority.SETTINGS)
        except DoorUnitError as err:  # out of reach, busy, not paired: none of it is news
            attempts.writing = False
            _LOGGER.debug(
                "Door %s: %s not set (%r), trying again later",
                door.identity.name,
                ", ".join(key.name for key in due if key not in written),
                err,
            )
            if _refused(err):
                refused.extend(key for key in due if key not in written)
            else:
                self._store(door, pairing, written)
                self._retry_later(door, attempts, RETRY_UNREACHABLE_S)
                if written:
                    await self._async_save(door)
                return
        attempts.writing = False
        now = self._runtime.clock()
        for key in written:
            attempts.refused_until.pop(key, None)
        for key in refused:
            attempts.refused_until[key] = now + RETRY_REFUSED_S
        stored = self._store(door, pairing, written)
        if refused:
            self._retry_later(door, attempts, RETRY_REFUSED_S)
        if not stored:
            return
        await self._async_save(door)
        if not refused:
            self._check(door)  # the zone's offset or the options may have moved meanwhile

    def _store(self, door: DoorLink, pairing: bytes, written: dict[ConfigKey, int]) -> bool:
        """Keep what was set in the door's record; False when it is no longer that unit's."""
        door_id = door.identity.subentry_id
        record = self._runtime.data["doors"].get(door_id)
        if self._runtime.doors.get(door_id) is not door or door.identity.unit_public != pairing:
            return False  # removed or paired anew meanwhile: what was set is not that unit's
        if record is None or not written:
            return False
        for key, value in written.items():
            record[HUB_SETTINGS[key]] = value
            _LOGGER.debug("Door %s: %s set to %d", door.identity.name, key.name, value)
        return True

    async def _async_save(self, door: DoorLink) -> None:
        try:
            await self._runtime.saver.async_save()
        except OSError as err:
            _LOGGER.warning(
                "The settings of door %s could not be stored: %s", door.identity.name, err
            )

    def _retry_later(self, door: DoorLink, attempts: _Attempts, delay: float) -> None:
        self._cancel_retry(attempts)

        @callback
        def retry(_now: datetime) -> None:
            attempts.retry = None
            self._check(door)

        attempts.retry = async_call_later(self.hass, delay, retry)

    @staticmethod
    def _cancel_retry(attempts: _Attempts) -> None:
        if attempts.retry is not None:
            attempts.retry()
            attempts.retry = None
