"""The building's options as the rest of the integration reads them, with their defaults.

The options flow writes them (`config_flow._options_to_store`); everything that acts on
one reads it here, at the moment it acts, so a changed option applies without a reload.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .access.pins import DEFAULT_MIN_PIN_LENGTH, PIN_LENGTHS
from .const import (
    DEFAULT_BATTERY_THRESHOLD,
    DEFAULT_LOG_RETENTION_DAYS,
    DEFAULT_RELOCK_AFTER_S,
    MAX_LOG_RETENTION_DAYS,
    MIN_LOG_RETENTION_DAYS,
    OPT_ALLOW_RESIDENT_PINS,
    OPT_ALLOW_UNATTRIBUTED,
    OPT_BATTERY_THRESHOLD,
    OPT_EVENT_RETENTION_DAYS,
    OPT_LEGACY_LOG_RETENTION_DAYS,
    OPT_NOTIFY_TARGET,
    OPT_PIN_MIN_LENGTH,
    OPT_RELOCK_AFTER_S,
)
from .protocol.constants import AUTO_RELOCK_MAX_S


def battery_level(options: Mapping[str, Any]) -> int:
    """Per cent at or below which a battery is critical (default 15)."""
    return int(options.get(OPT_BATTERY_THRESHOLD, DEFAULT_BATTERY_THRESHOLD))


def allow_unattributed(options: Mapping[str, Any]) -> bool:
    """Whether calls no person or automation explains may open doors (default: no)."""
    return bool(options.get(OPT_ALLOW_UNATTRIBUTED, False))


def allow_resident_pins(options: Mapping[str, Any]) -> bool:
    """Whether residents may choose their own PIN code (default: no, the board hands them out).

    Off by default because a resident choosing a PIN learns whether a code is taken: the
    refusal is limited (`pin_tries`), but a board may prefer not to offer it at all.
    """
    return bool(options.get(OPT_ALLOW_RESIDENT_PINS, False))


def pin_min_length(options: Mapping[str, Any]) -> int:
    """Fewest digits of a new PIN code (4-8; 6 unless the board chose otherwise).

    PIN codes made before a change keep their length: the minimum applies to new ones.
    """
    try:
        length = int(options.get(OPT_PIN_MIN_LENGTH, DEFAULT_MIN_PIN_LENGTH))
    except TypeError, ValueError:
        return DEFAULT_MIN_PIN_LENGTH
    return min(max(length, PIN_LENGTHS[0]), PIN_LENGTHS[-1])


def relock_after_s(options: Mapping[str, Any]) -> int:
    """Seconds after an open that a door locks again by itself; 0 never (default 30).

    Units with the auto-relock feature count it themselves (config key 01, from the moment
    the bolt is withdrawn or the door last closed, never while it is open); for the others
    the hub locks after a guest link's open (`guest_relock`). 30 s lets a cleaner with a
    trolley or a resident with shopping bags get through an entrance or into a laundry
    after the door opened, yet leaves a building's common doors unlocked for no longer
    than it takes to walk away. A door with a contact waits for the door to close and then
    counts again, so a slow passage is never cut short; 0 leaves the bolt withdrawn until
    someone locks it. The protocol bounds it at `AUTO_RELOCK_MAX_S` (an hour).
    """
    try:
        seconds = int(options.get(OPT_RELOCK_AFTER_S, DEFAULT_RELOCK_AFTER_S))
    except TypeError, ValueError:
        return DEFAULT_RELOCK_AFTER_S
    return min(max(seconds, 0), AUTO_RELOCK_MAX_S)


def event_retention_days(options: Mapping[str, Any]) -> int:
    """Days the event log keeps records, within the bounds the options form allows."""
    value = options.get(
        OPT_EVENT_RETENTION_DAYS,
        options.get(OPT_LEGACY_LOG_RETENTION_DAYS, DEFAULT_LOG_RETENTION_DAYS),
    )
    try:
        days = int(value)
    except TypeError, ValueError:
        return DEFAULT_LOG_RETENTION_DAYS
    return min(max(days, MIN_LOG_RETENTION_DAYS), MAX_LOG_RETENTION_DAYS)


def notify_target(options: Mapping[str, Any]) -> str | None:
    """The board's notify action as `notify.<name>`, or None when none is set."""
    value = options.get(OPT_NOTIFY_TARGET)
    if not isinstance(value, str) or not value.strip():
        return None
    name = value.strip()
    return name if name.startswith("notify.") else f"notify.{name}"
