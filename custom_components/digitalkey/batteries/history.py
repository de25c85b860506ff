"""A door unit's battery history: the readings kept, and when the battery was last changed.

The hub hears a unit's battery level in every authenticated snapshot, many times a day.
Only what says something is kept: a reading whose level differs from the last kept one,
or whose voltage differs from it by `VOLTAGE_STEP_MV` or more (a cell's voltage jitters by
a few millivolts from one read to the next, and keeping each jitter would fill the list
in days), or the first one after `KEEP_EVERY_S`, so a steady battery still leaves a point
every few hours for the estimate. The first reading after a change recorded by hand is
kept too: it is the new battery's first point, the one its estimate and its time at a
low level count from. Old readings are dropped after
`RETAIN_S` and the list never grows past `MAX_READINGS`, so a history stays a few
kilobytes in the building's store whatever the unit does.

A battery change is what resets the estimate. It is detected when the level jumps up by
more than `CHANGE_JUMP` points (a fresh battery; a battery's level never rises by that
much on its own), or recorded by hand (`record_change`); a hand record made between two
readings is the same change as the jump that follows it, so it stands.

Times are epoch seconds on the hub's wall clock. If that clock steps back by less than
`KEEP_EVERY_S` (a time-sync correction), readings stamped before the last kept one only
count as contact: the series stays in time order. A bigger step back means the kept
readings after it were stamped by a clock that ran ahead; they are dropped, and the
history goes on from the present clock rather than waiting, possibly for weeks, until the
clock catches up.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, Final

KEEP_EVERY_S: Final = 6 * 3600
"""A reading equal to the last kept one is still kept when this much time has passed."""
VOLTAGE_STEP_MV: Final = 20
"""A voltage this much away from the last kept reading's is news; less is jitter."""
RETAIN_S: Final = 90 * 86400
"""Readings older than this before the newest one are dropped."""
MAX_READINGS: Final = 500
"""The most readings one history keeps (the newest)."""
CHANGE_JUMP: Final = 30
"""A level rising by more than this many points means a fresh battery."""
LAYOUT: Final = 1
"""The stored layout's version (`to_dict`)."""
TIMES: Final = range(0, 32_503_680_000)
"""The epoch seconds a history's times may hold, 1970 to 3000: every one can be written as
a date in any time zone, which the report and the repair do with each of them."""


@dataclass(frozen=True, slots=True)
class Reading:
    """One battery reading: when (epoch seconds), the level (%) and the voltage (mV)."""

    at: int
    percent: int
    millivolts: int


class ChangeSource(StrEnum):
    """How the hub knows the battery was changed."""

    DETECTED = "detected"
    """The level jumped up by more than `CHANGE_JUMP` points."""
    MANUAL = "manual"
    """Somebody recorded the change by hand."""


@dataclass(frozen=True, slots=True)
class BatteryHistory:
    """What the hub remembers of one unit's battery; `readings` oldest first."""

    readings: tuple[Reading, ...] = ()
    changed_at: int | None = None
    change_source: ChangeSource | None = None
    last_contact: int | None = None

    @property
    def newest(self) -> Reading | None:
        """The newest kept reading, if any."""
        return self.readings[-1] if self.readings else None

    def since_change(self) -> tuple[Reading, ...]:
        """The readings of the present battery (at or after `changed_at`)."""
        if self.changed_at is None:
            return self.readings
        changed_at = self.changed_at
        return tuple(r for r in self.readings if r.at >= changed_at)


def record(history: BatteryHistory, reading: Reading) -> BatteryHistory:
    """The history after the hub heard `reading`; see the module docstring for the rules."""
    readings = history.readings
    changed_at = history.changed_at
    if readings and reading.at < readings[-1].at:
        if readings[-1].at - reading.at <= KEEP_EVERY_S:
            return replace(history, last_contact=reading.at)
        readings = tuple(r for r in readings if r.at <= reading.at)
        if changed_at is not None and changed_at > reading.at:
            changed_at = reading.at
    history = replace(history, readings=readings, changed_at=changed_at, last_contact=reading.at)
    last = history.newest
    if last is None:
        return replace(history, readings=(reading,))
    if (
        reading.percent == last.percent
        and abs(reading.millivolts - last.millivolts) < VOLTAGE_STEP_MV
        and reading.at - last.at < KEEP_EVERY_S
        and (history.changed_at is None or last.at >= history.changed_at)
    ):
        return history
    if reading.percent > last.percent + CHANGE_JUMP and not _recorded_by_hand_between(
        history, last, reading
    ):
        history = replace(history, changed_at=reading.at, change_source=ChangeSource.DETECTED)
    return replace(history, readings=_trimmed((*history.readings, reading)))


def record_change(history: BatteryHistory, at: int) -> BatteryHistory:
    """The history after somebody recorded by hand that the battery was changed at `at`.

    The readings stay (the estimate only uses those at or after the change), so a change
    recorded by mistake costs nothing but a few days of estimate.
    """
    return replace(history, changed_at=at, change_source=ChangeSource.MANUAL)


def critical_since(history: BatteryHistory, threshold: int) -> int | None:
    """When the present run of readings at or below `threshold` began, None when not in one.

    Walks back from the newest reading of the present battery; a reading above the
    threshold, or the battery change, ends the run.
    """
    start: int | None = None
    for reading in reversed(history.since_change()):
        if reading.percent > threshold:
            break
        start = reading.at
    return start


def to_dict(history: BatteryHistory) -> dict[str, Any]:
    """The history as JSON-ready data; readings as compact `[at, percent, millivolts]`."""
    return {
        "layout": LAYOUT,
        "readings": [[r.at, r.percent, r.millivolts] for r in history.readings],
        "changed_at": history.changed_at,
        "change_source": None if history.change_source is None else str(history.change_source),
        "last_contact": history.last_contact,
    }


def from_dict(data: object) -> BatteryHistory:
    """The history `to_dict` wrote; anything malformed gives an empty history, never an error.

    A lost battery history only costs the estimate a few days of readings, while a store
    that fails to load would cost the whole building, so nothing here raises.
    """
    try:
        return _parse(data)
    except TypeError, ValueError, KeyError:
        return BatteryHistory()


def _parse(data: object) -> BatteryHistory:
    if not isinstance(data, Mapping) or data.get("layout") != LAYOUT:
        raise ValueError("not a battery history")
    raw = data["readings"]
    if not isinstance(raw, list) or len(raw) > MAX_READINGS:
        raise ValueError("readings")
    readings: list[Reading] = []
    for item in raw:
        if not isinstance(item, list) or len(item) != 3:
            raise ValueError("reading")
        at, percent, millivolts = (_integer(value) for value in item)
        if at not in TIMES or not 0 <= percent <= 100 or millivolts < 0:
            raise ValueError("reading")
        if readings and at < readings[-1].at:
            raise ValueError("reading")
        readings.append(Reading(at, percent, millivolts))
    source = data["change_source"]
    changed_at = _optional_time(data["changed_at"])
    if (source is None) != (changed_at is None):
        raise ValueError("change")
    return BatteryHistory(
        readings=tuple(readings),
        changed_at=changed_at,
        change_source=None if source is None else ChangeSource(source),
        last_contact=_optional_time(data["last_contact"]),
    )


def _integer(value: object) -> int:
    if type(value) is not int:  # bool is an int subclass and means nothing here
        raise TypeError("not an integer")
    return value


def _optional_time(value: object) -> int | None:
    if value is None:
        return None
    if (at := _integer(value)) not in TIMES:
        raise ValueError("time")
    return at


def _recorded_by_hand_between(history: BatteryHistory, last: Reading, jump: Reading) -> bool:
    """Whether a change was recorded by hand since `last` and no later than `jump`.

    In the same second as `last` counts: the unit is read again right after a change is
    recorded, and the last read may have been in that second too.
    """
    return (
        history.change_source is ChangeSource.MANUAL
        and history.changed_at is not None
        and last.at <= history.changed_at <= jump.at
    )


def _trimmed(readings: tuple[Reading, ...]) -> tuple[Reading, ...]:
    oldest_kept = readings[-1].at - RETAIN_S
    kept = tuple(r for r in readings if r.at >= oldest_kept)
    return kept[-MAX_READINGS:]
