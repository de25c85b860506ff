"""A shared key was used: count the use, log it, tell its maker when they asked to be told.

One path for every way a share opens a door: a Home Assistant user at the lock entity, a
guest link's Open button (both through `access_gate.async_opened`), and a PIN share typed
at the keypad (found when the hub reads the unit's log, `keypad_events`).

The door opened whatever the registry says now, so the use is always logged: a use that
cannot be counted (the share is used up, revoked or outside its window at the time of the
use, as happens when a PIN share is used beyond its limit while the hub could not reach
the door) is logged with `counted: false` and a warning that names the share by id only.
The maker's message gives the door, the time of the use and the share's label (the maker's
own words for their guest, "Cleaner Siri"), in the maker's language, and goes to the maker
alone. The log record and the bus event name the share by id only, never its label.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
import logging

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError

from .access.errors import AccessError
from .access.moment_text import moment_text
from .access.registry import Registry
from .door_state import DoorIdentity
from .event_log import EventLogError
from .event_records import EventKind, EventRecord, EventSource
from .notifications import Text, async_notify_person
from .runtime import DigitalKeyConfigEntry, DigitalKeyRuntime

_LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ShareUse:
    """One open made with a share: when, and what is known of who and how."""

    share_id: str
    at: datetime
    """When the door opened: the hub's decision, or the unit's record of a keypad use."""
    source: EventSource = EventSource.HUB
    user_id: str | None = None
    """The Home Assistant user who used it (None for a guest link or a keypad)."""
    recipient_person_id: str | None = None
    credential_id: str | None = None
    """The PIN typed, for a keypad use."""


def door_name(registry: Registry, door: DoorIdentity) -> str:
    """A door's name as the registry has it (the door link's until the registry follows)."""
    known = registry.doors.get(door.subentry_id)
    return known.name if known is not None else door.name


async def async_append(runtime: DigitalKeyRuntime, record: EventRecord, door: DoorIdentity) -> None:
    """Log a record of the hub's own; a log that cannot be written is warned about."""
    try:
        await runtime.event_log.async_append([record])
    except EventLogError as err:
        _LOGGER.warning("Could not log a %s at door %s: %s", record.kind.value, door.name, err)


async def async_share_used(
    hass: HomeAssistant, entry: DigitalKeyConfigEntry, door: DoorIdentity, use: ShareUse
) -> None:
    """Count, log and announce one use of a share (see the module docstring)."""
    runtime = entry.runtime_data
    counted = await _async_count(runtime, door, use)
    registry = runtime.access.registry
    share = registry.shares.get(use.share_id)
    detail: dict[str, str | int | bool] = {}
    if share is not None:
        detail["uses"] = share.uses
        detail["share_kind"] = share.kind.value
    if use.recipient_person_id is not None:
        detail["recipient_person_id"] = use.recipient_person_id
    if not counted:
        detail["counted"] = False
    await async_append(
        runtime,
        EventRecord(
            time=int(use.at.timestamp()),
            kind=EventKind.SHARE_USED,
            door_id=door.subentry_id,
            person_id=None if share is None else share.from_person_id,
            user_id=use.user_id,
            share_id=use.share_id,
            grant_id=None if share is None else share.grant_id,
            credential_id=use.credential_id,
            source=use.source,
            detail=detail,
        ),
        door,
    )
    if share is None or not share.notify_on_use:
        return
    maker = registry.people.get(share.from_person_id)
    if maker is None:
        return
    title, message = use_message(
        share.label,
        door_name(registry, door),
        # Read later than written: the day is named, never "today".
        moment_text(use.at, use.at, registry.settings.tz, maker.language, relative=False),
    )
    entry.async_create_background_task(
        hass,
        async_notify_person(hass, runtime, maker.id, title, message),
        "digitalkey notify share used",
    )


def use_message(label: str | None, door: str, time: str) -> tuple[Text, Text]:
    """The maker's title and message: with the share's label when it has one.

    The label is the maker's own words for their guest ("Cleaner Siri"), and the message
    goes to the maker alone; it is the only thing of the guest it says. A label of spaces
    only is none.
    """
    label = (label or "").strip()
    if not label:
        return (
            Text("notify_share_used_title", {"door": door}),
            Text("notify_share_used", {"door": door, "time": time}),
        )
    return (
        Text("notify_share_used_label_title", {"label": label, "door": door}),
        Text("notify_share_used_label", {"label": label, "door": door, "time": time}),
    )


async def _async_count(runtime: DigitalKeyRuntime, door: DoorIdentity, use: ShareUse) -> bool:
    """Count the use at its own time; whether it could be counted."""
    try:
        await runtime.access.async_apply(
            lambda registry: registry.record_share_use(use.share_id, now=use.at)
        )
    except AccessError as err:
        # The door opened: the use is logged all the same, marked as not counted.
        _LOGGER.warning(
            "Door %s opened with share %s, which could not count the use (%s)",
            door.name,
            use.share_id,
            err.code.value,
        )
        return False
    except HomeAssistantError as err:
        _LOGGER.warning(
            "Could not store a use of share %s at door %s: %s", use.share_id, door.name, err
        )
        return False
    return True
