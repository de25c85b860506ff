"""An emergency key was used: log it and tell the board.

One path for every way an emergency key opens a door: a Home Assistant user at the lock
entity (through `access_gate.async_opened`) and a PIN or tag at the unit whose holder
had no other key that opened then (found when the hub reads the unit's log,
`keypad_events`). An emergency key is given for a reason the board should know of, so
every use is logged (`emergency_key_used`) and the board is told, in the building's
language, of the door and the time of the use, naming no person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from homeassistant.core import HomeAssistant

from .access.moment_text import moment_text
from .door_state import DoorIdentity
from .event_records import EventKind, EventRecord, EventSource
from .notifications import Text, async_notify_board, building_language
from .runtime import DigitalKeyConfigEntry
from .share_uses import async_append, door_name


@dataclass(frozen=True, slots=True)
class EmergencyKeyUse:
    """One open made on an emergency key: when, whose, and how."""

    grant_id: str | None
    person_id: str | None
    at: datetime
    """When the door opened: the hub's decision, or the unit's record of a keypad use."""
    source: EventSource = EventSource.HUB
    user_id: str | None = None
    """The Home Assistant user who used it (None at the keypad or reader)."""
    credential_id: str | None = None
    """The PIN code or tag, for a use at the unit."""


async def async_emergency_key_used(
    hass: HomeAssistant, entry: DigitalKeyConfigEntry, door: DoorIdentity, use: EmergencyKeyUse
) -> None:
    """Log one use of an emergency key and tell the board (see the module docstring)."""
    runtime = entry.runtime_data
    await async_append(
        runtime,
        EventRecord(
            time=int(use.at.timestamp()),
            kind=EventKind.EMERGENCY_KEY_USED,
            door_id=door.subentry_id,
            person_id=use.person_id,
            user_id=use.user_id,
            grant_id=use.grant_id,
            credential_id=use.credential_id,
            source=use.source,
        ),
        door,
    )
    registry = runtime.access.registry
    placeholders = {
        "door": door_name(registry, door),
        # Read later than written: the day is named, never "today".
        "time": moment_text(
            use.at, use.at, registry.settings.tz, building_language(hass), relative=False
        ),
    }
    entry.async_create_background_task(
        hass,
        async_notify_board(
            hass,
            runtime,
            Text("notify_emergency_key_used_title", {"door": placeholders["door"]}),
            Text("notify_emergency_key_used", placeholders),
        ),
        "digitalkey notify emergency key used",
    )
