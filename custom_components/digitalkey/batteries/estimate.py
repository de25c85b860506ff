"""How many days a unit's battery has left, from its own recent readings.

A straight line through the last weeks of readings is enough: a lock's battery falls
slowly and nearly evenly with use, and a caretaker plans in days, not hours. Only the
present battery counts (readings at or after the last change) and only the last
`FIT_WINDOW_S`, so a colder month or a busier door shows in the estimate within weeks.

With too few readings, or too short a span, or a level that is not falling, there is no
honest estimate: the answer is None ("unknown"), never a guess.

The fit is computed exactly (fractions) on times relative to `now`, so the answer does
not depend on where the epoch is and never wobbles between two runs by rounding.
"""

from __future__ import annotations

from fractions import Fraction
import math
from typing import Final

from .history import BatteryHistory

FIT_WINDOW_S: Final = 28 * 86400
"""Readings older than this before `now` are left out of the fit."""
MIN_READINGS: Final = 3
"""The fewest readings a fit is made from."""
MIN_SPAN_S: Final = 2 * 86400
"""The shortest time between the first and the last reading of a fit."""
DAY_S: Final = 86400


def days_left(history: BatteryHistory, now: int) -> int | None:
    """Whole days from `now` until the fitted line reaches 0 %, None when unknown."""
    since = now - FIT_WINDOW_S
    points = [(r.at - now, r.percent) for r in history.since_change() if since <= r.at <= now]
    if len(points) < MIN_READINGS or points[-1][0] - points[0][0] < MIN_SPAN_S:
        return None
    # Least squares from exact integer sums: slope = rise / spread (both scaled by n²).
    n = len(points)
    sum_t = sum(t for t, _ in points)
    sum_p = sum(p for _, p in points)
    spread = n * sum(t * t for t, _ in points) - sum_t * sum_t
    rise = n * sum(t * p for t, p in points) - sum_t * sum_p
    if rise >= 0:
        return None
    # The line reaches 0 % at mean_t - mean_p / slope seconds after `now`.
    empty_at = Fraction(sum_t, n) - Fraction(sum_p * spread, n * rise)
    return max(0, math.floor(empty_at / DAY_S))
