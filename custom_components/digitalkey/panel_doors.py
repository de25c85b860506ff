"""Doors as the control center shows them: state from their entities, and who holds a key.

A door's row (`door_row`) is what the building's screens already show of it: the lock
entity's state ("locked", "unlocked", "jammed", "unavailable", ...), the battery sensor's
level and the battery-critical sensor, both as Home Assistant holds them, and where its
credential sync stands, read from the building's sync (the status its sensor shows;
`since` is when the door entered that state: last synced, out of sync since, failed
since). Nothing in a row names a person.

Who holds a key (`access_rows`) is the policy's own explanation (`explain_access`, and
`decide_share` for a guest's link or PIN), one row per key with its reason as a sentence
(`reason_text`), so the caretaker reads what the door will do. The cost is in the keys
to that door: each holder's keys are read through the registry's indexes.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from homeassistant.const import STATE_ON, STATE_UNAVAILABLE, STATE_UNKNOWN
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er

from .access.model import Door, Grant, Share, ShareKind
from .access.policy import Action, KeyKind, Reason, ReasonCode, decide_share, explain_access
from .access.registry import Registry
from .credential_sync_state import DoorSyncStatus, SyncState
from .protocol.advertisement import format_unit_id
from .protocol.constants import Feature
from .reason_text import ReasonWriter
from .runtime import DigitalKeyConfigEntry
from .service_support import building_time

LOCK: Final = "lock"
BATTERY: Final = "battery"
BATTERY_CRITICAL: Final = "battery_critical"
"""The entity description keys a door row reads (`lock.py`, `sensor.py`, `binary_sensor.py`)."""

type DoorEntities = Mapping[str, Mapping[str, str]]
"""Door id → entity description key → entity id."""


def door_entities(hass: HomeAssistant, entry: DigitalKeyConfigEntry) -> DoorEntities:
    """The entity ids of every door of the building, by the key of their description.

    An entity's unique id is `<unit id>_<key>` (`entity.DoorEntity`); one pass over the
    building's entity registry entries.
    """
    prefixes = {
        door_id: f"{format_unit_id(link.identity.unit_id)}_"
        for door_id, link in entry.runtime_data.doors.items()
    }
    found: dict[str, dict[str, str]] = {door_id: {} for door_id in prefixes}
    registry = er.async_get(hass)
    for entity in er.async_entries_for_config_entry(registry, entry.entry_id):
        door_id = entity.config_subentry_id
        prefix = prefixes.get(door_id or "")
        if door_id is not None and prefix and entity.unique_id.startswith(prefix):
            found[door_id][entity.unique_id.removeprefix(prefix)] = entity.entity_id
    return found


def lock_entity(hass: HomeAssistant, entry: DigitalKeyConfigEntry, door_id: str) -> str | None:
    """The lock entity of a door of the building, if it has one."""
    return door_entities(hass, entry).get(door_id, {}).get(LOCK)


def _raw_state(hass: HomeAssistant, entity_id: str | None) -> str | None:
    """The entity's state as Home Assistant holds it, None without an entity or state."""
    state = None if entity_id is None else hass.states.get(entity_id)
    return None if state is None else state.state


def _state(hass: HomeAssistant, entity_id: str | None) -> str | None:
    """The entity's state, None when it has none to show (unknown or unavailable)."""
    state = _raw_state(hass, entity_id)
    return None if state in (STATE_UNAVAILABLE, STATE_UNKNOWN) else state


def _battery(hass: HomeAssistant, entity_id: str | None) -> int | None:
    value = _state(hass, entity_id)
    try:
        return None if value is None else round(float(value))
    except ValueError:
        return None


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def sync_data(status: DoorSyncStatus | None) -> dict[str, Any]:
    """A door's credential sync: its state, changes pending, since when, why it failed."""
    if status is None:
        return {"state": None, "pending": None, "since": None, "reason": None}
    since = {
        SyncState.IN_SYNC: status.last_synced,
        SyncState.PENDING: status.out_of_sync_since,
        SyncState.FAILED: status.failed_since,
    }[status.state]
    return {
        "state": status.state.value,
        "pending": status.pending_changes,
        "since": _iso(since),
        "reason": None if status.reason is None else status.reason.value,
    }


def door_row(
    hass: HomeAssistant, entry: DigitalKeyConfigEntry, door: Door, entities: DoorEntities
) -> dict[str, Any]:
    """One door as the overview and the door page show it."""
    runtime = entry.runtime_data
    link = runtime.doors.get(door.id)
    features = Feature.NONE if link is None else link.identity.features
    ids = entities.get(door.id, {})
    critical = _state(hass, ids.get(BATTERY_CRITICAL))
    sync = runtime.credential_sync
    return {
        "id": door.id,
        "name": door.name,
        "address": door.address,
        "entrance": door.entrance,
        "entity_id": ids.get(LOCK),
        "lock_state": _raw_state(hass, ids.get(LOCK)) or STATE_UNAVAILABLE,
        "battery": _battery(hass, ids.get(BATTERY)),
        "battery_critical": None if critical is None else critical == STATE_ON,
        "sync": sync_data(None if sync is None else sync.status(door.id)),
        "has_keypad": bool(features & Feature.KEYPAD),
        "has_reader": bool(features & Feature.TAG_READER),
    }


def _key_row(
    registry: Registry,
    door: Door,
    reason: Reason,
    write: ReasonWriter,
    *,
    person_id: str | None,
    name: str | None,
) -> dict[str, Any] | None:
    """One key to the door and why it opens or not; None for a revoked share (no key)."""
    key = reason.key
    if key is None or reason.code is ReasonCode.SHARE_REVOKED:
        return None
    held: Share | Grant | None = (
        registry.shares.get(key.id) if key.kind is KeyKind.SHARE else registry.grants.get(key.id)
    )
    bundle = None if key.bundle_id is None else registry.bundles.get(key.bundle_id)
    organisation = (
        None if key.organisation_id is None else registry.organisations.get(key.organisation_id)
    )
    return {
        "person_id": person_id,
        "name": name,
        "via": key.kind.value,
        "key_id": key.id,
        "bundle_id": key.bundle_id,
        "bundle_name": None if bundle is None else bundle.name,
        "organisation_id": key.organisation_id,
        "organisation_name": None if organisation is None else organisation.name,
        "valid_from": None if held is None else building_time(registry, held.valid_from),
        "valid_until": None if held is None else building_time(registry, held.valid_until),
        "opens_now": reason.opens,
        "reason_text": write(reason, door.name),
    }


def access_rows(
    registry: Registry,
    door: Door,
    at: datetime,
    write: ReasonWriter,
    user_names: Mapping[str, str],
) -> list[dict[str, Any]]:
    """Every key to the door and why it opens or not, by the holder's name.

    The keys of people (grants, and shares given to their user), of Home Assistant users
    with no person (shares; `user_names` names them: an administrator reads this), and
    guests' links and PIN codes (named by their label).
    """
    shares = registry.shares_for_door(door.id)
    holders = set(registry.people_with_access(door.id))
    users_alone: set[str] = set()
    for share in shares:
        if share.kind is ShareKind.HA_USER:
            person = registry.person_for_user(share.target)
            if person is None:
                users_alone.add(share.target)
            else:
                holders.add(person.id)
    rows: list[dict[str, Any] | None] = []
    for person_id in holders:
        name = registry.people[person_id].name
        rows.extend(
            _key_row(registry, door, reason, write, person_id=person_id, name=name)
            for reason in explain_access(registry, person_id, door.id, at)
        )
    for user_id in users_alone:
        rows.extend(
            _key_row(registry, door, reason, write, person_id=None, name=user_names.get(user_id))
            for reason in explain_access(registry, None, door.id, at, ha_user_id=user_id)
        )
    for share in shares:
        if share.kind is not ShareKind.HA_USER:
            (reason,) = decide_share(registry, share.id, door.id, Action.UNLOCK, at).reasons
            rows.append(_key_row(registry, door, reason, write, person_id=None, name=share.label))
    found = [row for row in rows if row is not None]
    return sorted(found, key=lambda row: ((row["name"] or "").casefold(), row["key_id"]))
