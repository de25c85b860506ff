"""Every door unit's UTC offset, kept at the offset of the building's time zone now.

Units read weekdays and daily windows at their clock plus one fixed UTC offset (config key
04, docs/protocol.md §8.1.1) and know no daylight-saving rule, so the hub sets the key again
whenever it differs from the zone's offset. It keeps the offset it last set on each unit in
the building store (`DoorRecord.utc_offset`) and compares it with the zone's

- after every job that reached the unit, the first read after pairing included: the write
  queues behind it at `Priority.SETTINGS` (after everything else, an unlock included) and
  usually finds the connection still open, so it costs one round trip in that session;
- at start-up (Home Assistant may have been off at a transition) and when Home Assistant's
  time zone changes;
- at every transition of the zone, by a timer armed for the next one (`zone_offsets.py`).

The unit keeps the key in flash: a reboot, even one that stopped its clock, keeps it, and
only a factory reset clears it, which is why re-pairing makes the hub forget what it set.
A unit out of reach is tried again after `RETRY_UNREACHABLE_S`, or as soon as another job
reaches it; one that refuses the key (firmware from before it) after `RETRY_REFUSED_S`.
Neither is a warning: the door still opens and locks, its schedules at the last offset.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
import logging
from typing import Final

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.event import async_call_later, async_track_point_in_utc_time

from .door_link import DoorLink, Spawn
from .jobs import Priority
from .protocol.client import DoorUnitClient
from .protocol.constants import ConfigKey
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
"""A unit the write did not reach (out of range, busy) is tried again this much later."""
RETRY_REFUSED_S: Final = 86_400.0
"""A unit that refused the key is tried again this much later, not at every job on it."""


@dataclass(slots=True)
class _Attempts:
    """Where setting one door's offset stands."""

    writing: bool = False
    retry: CALLBACK_TYPE | None = None
    refused_until: float = 0.0
    """Monotonic time before which jobs on the door do not try again (it refused)."""


def _refused(err: DoorUnitError) -> bool:
    """Whether the unit said no to the setting itself, rather than "not now" or nothing."""
    if isinstance(err, CommandError):
        return not isinstance(err, UnitBusy)
    return isinstance(err, NotPairedError)


class DoorOffsets:
    """Sets config key 04 on each door of one building when the zone's offset differs."""

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
    def async_reached(self, door: DoorLink) -> None:
        """A job reached `door`'s unit: set the offset next if due, on the same connection."""
        self._check(door, after_job=True)

    @callback
    def async_forget(self, door_id: str) -> None:
        """The door was re-paired or removed: the offset set on its old pairing is gone."""
        attempts = self._doors.pop(door_id, None)
        if attempts is not None and attempts.retry is not None:
            attempts.retry()
        record = self._runtime.data["doors"].get(door_id)
        if record is not None:
            record.pop("utc_offset", None)

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
        """Start writing the zone's offset to `door`'s unit unless it has it (or is waited for).

        A door not heard since start-up, or never read, is left to its first read, after
        which `async_reached` comes back here. After a job, a unit that refused lately is
        not asked again before its retry. While the hub doubts its clock nothing is set:
        the first job after it was put right comes back here.
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
        offset = self.offset_now()
        if record.get("utc_offset") == offset:
            self._cancel_retry(attempts)
            return
        if not self._hub_clock_ok():
            return
        if after_job and runtime.clock() < attempts.refused_until:
            return
        self._cancel_retry(attempts)
        attempts.writing = True
        self._spawn(
            self._async_write(door, offset, attempts),
            f"digitalkey utc offset {door.identity.name}",
        )

    async def _async_write(self, door: DoorLink, offset: int, attempts: _Attempts) -> None:
        """Set `offset` on the unit and store it; on failure, arm the retry."""
        pairing = door.identity.unit_public

        async def write(client: DoorUnitClient) -> None:
            challenge = None if client.has_session else door.connection.fresh_challenge()
            await client.config_set(ConfigKey.UTC_OFFSET_S, offset, challenge=challenge)

        try:
            await door.async_run(write, Priority.SETTINGS)
        except DoorUnitError as err:  # out of reach, busy, refused: none of it is news
            attempts.writing = False
            refused = _refused(err)
            _LOGGER.debug(
                "Door %s: UTC offset %+d s not set (%r), trying again later",
                door.identity.name,
                offset,
                err,
            )
            if refused:
                attempts.refused_until = self._runtime.clock() + RETRY_REFUSED_S
            self._retry_later(door, attempts, RETRY_REFUSED_S if refused else RETRY_UNREACHABLE_S)
            return
        attempts.writing = False
        attempts.refused_until = 0.0
        door_id = door.identity.subentry_id
        record = self._runtime.data["doors"].get(door_id)
        if self._runtime.doors.get(door_id) is not door or door.identity.unit_public != pairing:
            return  # removed or paired anew meanwhile: what was set is not that unit's
        if record is None:
            return
        record["utc_offset"] = offset
        _LOGGER.debug("Door %s: UTC offset set to %+d s", door.identity.name, offset)
        try:
            await self._runtime.store.async_save(self._runtime.data)
        except OSError as err:
            _LOGGER.warning(
                "The UTC offset of door %s could not be stored: %s", door.identity.name, err
            )
        self._check(door)  # the zone's offset may have moved while this one was written

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
