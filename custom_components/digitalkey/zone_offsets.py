"""A time zone's UTC offset at an instant, and the next instant it changes.

A door unit reads weekdays and daily windows at its clock plus one fixed UTC offset (config
key 04, docs/protocol.md §8.1.1) and applies no daylight-saving rule, so the hub tells it
the offset again whenever the building's zone changes it. `zoneinfo` answers the offset at
any instant but not when it next changes: `next_offset_change` finds that by stepping a day
at a time and bisecting the day it changed in down to the second.

Pure: no Home Assistant here, so the search is tested on its own against real zones.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
import math
from typing import Final

SCAN_STEP_S: Final = 86_400
"""The search steps a day at a time: tzdata has no zone that changes its offset twice
within a day (a change and its reversal inside one step would not be seen)."""
HORIZON_S: Final = 366 * 86_400
"""How far ahead the search looks: every daylight-saving rule changes within a year."""


def offset_at(zone: tzinfo, unix_time: float) -> int:
    """Whole seconds `zone` is ahead of UTC at `unix_time` (negative west of Greenwich)."""
    offset = datetime.fromtimestamp(unix_time, zone).utcoffset()
    return 0 if offset is None else int(offset.total_seconds())


def next_offset_change(zone: tzinfo, after: float, horizon: float = HORIZON_S) -> int | None:
    """The first whole second after `after` at which `zone` has another offset.

    None when the offset stays the same for `horizon` seconds (UTC, zones without daylight
    saving). At the returned second the new offset is in force; the second before it, the
    offset of `after`.
    """
    low = math.floor(after)
    current = offset_at(zone, low)
    end = low + math.ceil(horizon)
    while low < end:
        high = min(low + SCAN_STEP_S, end)
        if offset_at(zone, high) != current:
            return _first_second_with_another_offset(zone, low, high, current)
        low = high
    return None


def _first_second_with_another_offset(zone: tzinfo, low: int, high: int, current: int) -> int:
    """Bisect (low, high]: `current` is the offset at `low`, another one is at `high`."""
    while high - low > 1:
        middle = (low + high) // 2
        if offset_at(zone, middle) == current:
            low = middle
        else:
            high = middle
    return high
