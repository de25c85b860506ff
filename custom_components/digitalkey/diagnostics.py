"""Diagnostics of a building: state of every door, with keys and personal data redacted.

The access registry appears as counts only: no person, name, phone or e-mail, in any form.
Each door's credential sync shows its state, counts, times and database hashes (hex), never
a record, secret or PIN; its battery history its size, newest reading, last change and
estimate, never the readings themselves.
"""

from __future__ import annotations

from typing import Any

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.core import HomeAssistant

from .batteries.estimate import days_left
from .batteries.history import BatteryHistory
from .const import (
    CONF_HUB_KEY,
    CONF_LOCATION,
    CONF_NAME_KEYS,
    CONF_UNIT_PUBLIC,
    CONF_UNIT_SECRET,
    OPT_NOTIFY_TARGET,
)
from .runtime import DigitalKeyConfigEntry

TO_REDACT = {
    CONF_HUB_KEY,
    CONF_UNIT_PUBLIC,
    CONF_UNIT_SECRET,
    CONF_LOCATION,
    OPT_NOTIFY_TARGET,
    *CONF_NAME_KEYS,
}


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _battery(history: BatteryHistory, now: int) -> dict[str, Any]:
    """A door's battery history in brief: how much of it there is and what it says now."""
    newest = history.readings[-1] if history.readings else None
    return {
        "readings": len(history.readings),
        "newest": None
        if newest is None
        else {"at": newest.at, "percent": newest.percent, "millivolts": newest.millivolts},
        "changed_at": history.changed_at,
        "change_source": None if history.change_source is None else str(history.change_source),
        "last_contact": history.last_contact,
        "days_left": days_left(history, now),
    }


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: DigitalKeyConfigEntry
) -> dict[str, Any]:
    """What a maintainer needs to see why a door misbehaves, and nothing secret."""
    runtime = entry.runtime_data
    doors: list[dict[str, Any]] = []
    sync = runtime.credential_sync
    batteries = runtime.batteries
    now = int(runtime.wall_clock())
    for subentry_id, link in runtime.doors.items():
        state = link.state
        snapshot = state.snapshot
        doors.append(
            {
                "subentry_id": subentry_id,
                "data": async_redact_data(dict(entry.subentries[subentry_id].data), TO_REDACT),
                "available": state.available,
                "silent_for_s": _rounded(link.connection.silent_for()),
                "connected": link.connection.connected,
                "bluetooth": link.connection.reachability(),
                "not_paired": state.not_paired,
                "rssi": state.rssi,
                "clock_drift_s": state.clock_drift,
                "advertised_counter": state.advertised_counter,
                "read_counter": state.read_counter,
                "log_seq": state.log_seq,
                "missed_log_records": state.missed_records,
                "credential_sync": None if sync is None else sync.diagnostics(subentry_id),
                "battery": None
                if batteries is None
                else _battery(batteries.history(subentry_id), now),
                "status": None
                if snapshot is None
                else {
                    "lock_state": snapshot.lock_state.name,
                    "door_state": snapshot.door_state.name,
                    "battery_percent": snapshot.battery_percent,
                    "battery_mv": snapshot.battery_mv,
                    "boot_count": snapshot.boot_count,
                    "log_last_seq": snapshot.log_last_seq,
                    "cred_version": snapshot.cred_version,
                    "features": int(snapshot.features),
                },
            }
        )
    event_log = runtime.event_log
    registry = runtime.access.registry
    return {
        "registry": {  # counts only: people, names and contact details stay out
            "schema_version": registry.schema_version,
            "people": len(registry.people),
            "doors": len(registry.doors),
            "bundles": len(registry.bundles),
            "grants": len(registry.grants),
            "shares": len(registry.shares),
            "credentials": len(registry.credentials),
            "organisations": len(registry.organisations),
        },
        "event_log": {  # its size, never its records
            "records": await event_log.async_count(),
            "schema_version": event_log.log.schema_version,
        },
        "entry": {
            "title": "**REDACTED**",
            "data": async_redact_data(dict(entry.data), TO_REDACT),
            "options": async_redact_data(dict(entry.options), TO_REDACT),
        },
        "doors": doors,
    }
