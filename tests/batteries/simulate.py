"""Simulated battery histories: what a door unit reports over weeks, fed through `record`.

A unit is heard every hour (an authenticated snapshot); its level falls evenly and its
voltage follows the level, as a lithium cell's does over most of its life.
"""

from __future__ import annotations

from collections.abc import Iterable

from custom_components.digitalkey.batteries.history import BatteryHistory, Reading, record

START = 1_774_224_000
"""2026-03-23 00:00 UTC, a Monday."""
DAY = 86400
HOUR = 3600


def millivolts(percent: int) -> int:
    """A plausible voltage for a level: 2.40 V empty, 3.00 V full."""
    return 2400 + 6 * percent


def falling(
    start: int, days: float, from_percent: float, per_day: float, *, every_s: int = HOUR
) -> list[Reading]:
    """Hourly readings from `start` for `days`, the level falling `per_day` points a day."""
    readings = []
    for step in range(int(days * DAY / every_s) + 1):
        at = start + step * every_s
        percent = max(0, round(from_percent - per_day * (at - start) / DAY))
        readings.append(Reading(at, percent, millivolts(percent)))
    return readings


def fed(readings: Iterable[Reading], history: BatteryHistory | None = None) -> BatteryHistory:
    """The history after the hub heard every reading in turn."""
    history = history or BatteryHistory()
    for reading in readings:
        history = record(history, reading)
    return history
