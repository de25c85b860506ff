"""When a credential record opens the door (docs/protocol.md §8.1.1).

One function shared by the reference unit, which decides with it, and the hub, which can
tell a resident whether a PIN works now. Validity (valid from/until) is UTC Unix time; the
weekday mask and the daily window are local time, the unit's clock plus its UTC offset
(config key 04). A window whose start is after its end crosses midnight, and the part after
midnight belongs to the weekday it started on.

Pure Python: no I/O, no Home Assistant import.
"""

from __future__ import annotations

from .constants import DenyReason
from .records import CredentialRecord

__all__ = ["deny_reason", "in_window", "local_weekday_minute"]

SECONDS_PER_DAY = 86_400
_EPOCH_WEEKDAY = 3
"""1970-01-01 was a Thursday: weekday 3 when Monday is 0 (bit 0 of the mask)."""


def local_weekday_minute(local_time: int) -> tuple[int, int]:
    """(weekday, minute of the day) of a local Unix time; weekday 0 is Monday."""
    day, second = divmod(local_time, SECONDS_PER_DAY)
    return (day + _EPOCH_WEEKDAY) % 7, second // 60


def _on(weekdays: int, weekday: int) -> bool:
    return bool(weekdays & (1 << weekday))


def in_window(record: CredentialRecord, local_time: int) -> bool:
    """Whether `local_time` falls in the record's weekdays and daily window.

    Same-day window: on a day of the mask, from start (inclusive) to end (exclusive).
    Overnight window (start > end): from start to midnight on a day of the mask, and from
    midnight to end on the day after it, whatever the mask says about that day.
    """
    weekday, minute = local_weekday_minute(local_time)
    start, end = record.window_start, record.window_end
    if not record.overnight:
        return _on(record.weekdays, weekday) and start <= minute < end
    if minute >= start:
        return _on(record.weekdays, weekday)
    return minute < end and _on(record.weekdays, (weekday - 1) % 7)


def deny_reason(record: CredentialRecord, utc_time: int, utc_offset: int) -> DenyReason:
    """Why the record does not open now, or `DenyReason.NONE` when it does.

    Checked in this order, and the first that fails is logged: enabled, valid from, valid
    until (exclusive), then weekday and window in local time (`utc_time + utc_offset`).
    """
    if not record.enabled:
        return DenyReason.DISABLED
    if record.valid_from and utc_time < record.valid_from:
        return DenyReason.NOT_YET_VALID
    if record.valid_until and utc_time >= record.valid_until:
        return DenyReason.EXPIRED
    if not in_window(record, utc_time + utc_offset):
        return DenyReason.OUTSIDE_SCHEDULE
    return DenyReason.NONE
