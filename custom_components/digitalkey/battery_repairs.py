"""The battery repair: a door whose battery is at or below the building's threshold.

One issue per door (`battery_<entry>_<door>`), a warning while the unit answers
(`battery_low`, with the days left when its history gives an estimate), an error when the
battery is critical and the unit has stopped answering (`battery_dead`: the door cannot be
opened electronically, an emergency job). It clears itself when the level is above the
threshold again, that is when the unit reports a fresh battery.

The issue is evaluated again whenever the door's entities are told of a change (every
read, availability, the building's options) and every `CHECK_S` seconds, since silence
makes no event of its own. Evaluating is idempotent: Home Assistant's issue registry
announces an issue only when something in it changed.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final
from zoneinfo import ZoneInfo

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir

from .batteries.report import ReportRow
from .battery_facts import door_row
from .const import DOMAIN
from .door_link import DoorLink
from .repairs import ISSUE_BATTERY
from .runtime import DigitalKeyConfigEntry

BATTERY_LOW: Final = "battery_low"
BATTERY_LOW_UNKNOWN: Final = "battery_low_unknown"
BATTERY_DEAD: Final = "battery_dead"
CHECK_S: Final = 300
"""How often every door's battery issue is evaluated again (a unit falling silent)."""


def battery_issue_id(entry_id: str, door_id: str) -> str:
    """Issue id of one door's battery repair."""
    return f"{ISSUE_BATTERY}_{entry_id}_{door_id}"


def contact_text(epoch: int | None, tz: ZoneInfo) -> str:
    """When the unit was last heard, on the building's clocks ("YYYY-MM-DD HH:MM")."""
    if epoch is None:
        return "—"
    return datetime.fromtimestamp(epoch, tz).strftime("%Y-%m-%d %H:%M")


def issue_for(row: ReportRow, tz: ZoneInfo) -> tuple[str, ir.IssueSeverity, dict[str, str]] | None:
    """The issue a door's row calls for: translation key, severity, placeholders; or None."""
    if not row.critical or row.percent is None:
        return None
    placeholders = {"door": row.name, "address": row.address, "battery": str(row.percent)}
    if row.probably_dead:
        placeholders["last_contact"] = contact_text(row.last_contact, tz)
        return BATTERY_DEAD, ir.IssueSeverity.ERROR, placeholders
    if row.days_left is None:
        return BATTERY_LOW_UNKNOWN, ir.IssueSeverity.WARNING, placeholders
    placeholders["days_left"] = str(row.days_left)
    return BATTERY_LOW, ir.IssueSeverity.WARNING, placeholders


@callback
def async_manage_battery(hass: HomeAssistant, entry: DigitalKeyConfigEntry, link: DoorLink) -> None:
    """Create, update or delete the door's battery issue as its battery is now."""
    door_id = link.identity.subentry_id
    issue_id = battery_issue_id(entry.entry_id, door_id)
    if entry.runtime_data.doors.get(door_id) is not link:
        return  # removed: `async_delete_battery` took its issue
    issue = issue_for(door_row(entry, link), entry.runtime_data.access.registry.settings.tz)
    if issue is None:
        ir.async_delete_issue(hass, DOMAIN, issue_id)
        return
    key, severity, placeholders = issue
    ir.async_create_issue(
        hass,
        DOMAIN,
        issue_id,
        is_fixable=False,
        is_persistent=False,
        severity=severity,
        translation_key=key,
        translation_placeholders=placeholders,
    )


@callback
def async_delete_battery(hass: HomeAssistant, entry_id: str, door_id: str) -> None:
    """The door was removed: so is its battery issue."""
    ir.async_delete_issue(hass, DOMAIN, battery_issue_id(entry_id, door_id))
