"""Resident actions: my keys, sharing a key, my shares, revoking a share.

Every one acts for the person linked to the calling Home Assistant user, looked up on the
server at each call; no field names a person, so a resident cannot act for anyone else.
`my_keys` also works for a user with no person (a guest with shared keys). An admin may
revoke any share; a resident only the shares they made: another's share is answered as
unknown, so a resident learns nothing about keys that are not theirs.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final

from homeassistant.core import ServiceCall, ServiceResponse
from homeassistant.helpers import config_validation as cv
import probatio as vol

from .access.errors import AccessError, ErrorCode
from .access.model import Share
from .access.policy import AdminUser, Resident, may_manage_share, may_open_now
from .access.registry import Registry
from .notifications import building_language
from .reason_text import async_reason_writer
from .service_schemas import ENTRY, OPTIONAL_TEXT, aware
from .service_support import (
    access_error,
    async_change,
    async_resident,
    building,
    door_id,
    now,
    own_person,
    validation_error,
)
from .services_queries import door_keys_data

RESIDENT_SCHEMA: Final = vol.Schema(ENTRY)
SHARE_KEY_SCHEMA: Final = vol.Schema(
    {
        **ENTRY,
        vol.Required("door"): cv.string,
        vol.Required("user_id"): cv.string,
        vol.Optional("valid_from"): aware,
        vol.Optional("valid_until"): aware,
        vol.Optional("use_limit"): vol.All(vol.Coerce(int), vol.Range(min=1, max=1000)),
        vol.Optional("notify_on_use", default=False): cv.boolean,
        vol.Optional("label"): OPTIONAL_TEXT,
    }
)
REVOKE_SHARE_SCHEMA: Final = vol.Schema({**ENTRY, vol.Required("share_id"): cv.string})


def _time(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def share_data(registry: Registry, share: Share) -> dict[str, Any]:
    """A share as its maker sees it (ids, the door's name, window and uses)."""
    door = registry.doors.get(share.door_id)
    return {
        "share_id": share.id,
        "door_id": share.door_id,
        "door_name": None if door is None else door.name,
        "kind": share.kind.value,
        "user_id": share.target,
        "label": share.label,
        "valid_from": share.valid_from.isoformat(),
        "valid_until": _time(share.valid_until),
        "use_limit": share.use_limit,
        "uses": share.uses,
        "notify_on_use": share.notify_on_use,
        "revoked_at": _time(share.revoked_at),
    }


async def async_my_keys(call: ServiceCall) -> ServiceResponse:
    """The doors the caller may open now, and when the others open next."""
    hass = call.hass
    caller = await async_resident(hass, call)
    entry = building(hass, call)
    registry = entry.runtime_data.access.registry
    assert caller.user_id is not None
    person = registry.person_for_user(caller.user_id)
    keys = may_open_now(
        registry, None if person is None else person.id, now(), ha_user_id=caller.user_id
    )
    language = building_language(hass) if person is None else person.language
    write = await async_reason_writer(hass, registry, language)
    return {"doors": [door_keys_data(registry, door, write) for door in keys]}


async def async_share_key(call: ServiceCall) -> ServiceResponse:
    """Pass the caller's key to one door on to another Home Assistant user."""
    hass = call.hass
    caller = await async_resident(hass, call)
    entry = building(hass, call)
    data = call.data
    person = own_person(entry.runtime_data.access.registry, caller)
    door = door_id(hass, entry, data["door"])
    target = await hass.auth.async_get_user(data["user_id"])
    if target is None or target.system_generated or not target.is_active:
        raise validation_error("unknown_user")
    at = now()
    change = await async_change(
        hass,
        entry,
        caller,
        lambda registry: registry.share_key(
            person.id,
            door,
            target=target.id,
            now=at,
            valid_from=data.get("valid_from"),
            valid_until=data.get("valid_until"),
            use_limit=data.get("use_limit"),
            notify_on_use=data["notify_on_use"],
            label=data.get("label"),
        ),
    )
    registry = entry.runtime_data.access.registry
    return share_data(registry, registry.shares[change.created[0]])


async def async_revoke_share(call: ServiceCall) -> ServiceResponse:
    """Revoke a share the caller made (an admin: any share)."""
    hass = call.hass
    caller = await async_resident(hass, call)
    entry = building(hass, call)
    share_id: str = call.data["share_id"]
    registry = entry.runtime_data.access.registry
    assert caller.user_id is not None
    actor = AdminUser(caller.user_id) if caller.is_admin else Resident(caller.user_id)
    if not may_manage_share(registry, actor, share_id):
        raise access_error(AccessError(ErrorCode.UNKNOWN_SHARE, share_id=share_id))
    at = now()
    await async_change(
        hass, entry, caller, lambda registry: registry.revoke_share(share_id, now=at)
    )
    return None


async def async_my_shares(call: ServiceCall) -> ServiceResponse:
    """The shares the caller made, oldest first (revoked ones until pruned)."""
    hass = call.hass
    caller = await async_resident(hass, call)
    entry = building(hass, call)
    registry = entry.runtime_data.access.registry
    person = own_person(registry, caller)
    return {"shares": [share_data(registry, share) for share in registry.shares_from(person.id)]}
