"""Admin actions on people, key bundles and grants (HA administrators and automations).

Each handler checks the caller first (`async_admin`), so a non-admin changes nothing and
learns nothing; then resolves the building and door references, and runs one registry
operation through `async_change` (saved, logged, announced; refusals translated). Actions
that create something answer with the new ids when asked for a response.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
import logging
from typing import Any, Final

from homeassistant.core import ServiceCall, ServiceResponse
from homeassistant.helpers import config_validation as cv
import probatio as vol

from .access.checks import UNSET
from .access.model import GrantKind
from .access.plan import Change
from .access.registry import Registry
from .notifications import configured_language
from .service_schedule import read_schedule, schedule_texts
from .service_schemas import (
    ENTRY,
    GRANT_TERMS,
    LANGUAGE,
    OPTIONAL_TEXT,
    REVOKE_TARGETS,
    ROLE,
    SHARE_LIMIT,
    TEXT,
    aware,
    id_list,
    require_revoke_target,
)
from .service_support import (
    Caller,
    async_admin,
    async_change,
    building,
    caller_language,
    door_ids,
    now,
    response,
)

_LOGGER = logging.getLogger(__name__)

type Handler = Callable[[ServiceCall], Coroutine[Any, Any, ServiceResponse]]

_PERSON_FIELDS: Final[dict[vol.Marker, Any]] = {
    vol.Optional("phone"): OPTIONAL_TEXT,
    vol.Optional("email"): OPTIONAL_TEXT,
    vol.Optional("dwelling"): OPTIONAL_TEXT,
    vol.Optional("entrance"): OPTIONAL_TEXT,
    vol.Optional("ha_user_id"): OPTIONAL_TEXT,
    vol.Optional("consent"): cv.boolean,
    vol.Optional("language"): LANGUAGE,
}
_CLEARABLE: Final = ("phone", "email", "dwelling", "entrance", "ha_user_id")

ADD_PERSON_SCHEMA: Final = vol.Schema(
    {**ENTRY, vol.Required("name"): TEXT, vol.Required("role"): ROLE, **_PERSON_FIELDS}
)
UPDATE_PERSON_SCHEMA: Final = vol.Schema(
    {
        **ENTRY,
        vol.Required("person_id"): cv.string,
        vol.Optional("name"): TEXT,
        vol.Optional("role"): ROLE,
        **_PERSON_FIELDS,
    }
)
PERSON_SCHEMA: Final = vol.Schema({**ENTRY, vol.Required("person_id"): cv.string})
CREATE_BUNDLE_SCHEMA: Final = vol.Schema(
    {**ENTRY, vol.Required("name"): TEXT, vol.Optional("doors", default=list): id_list}
)
UPDATE_BUNDLE_SCHEMA: Final = vol.Schema(
    {
        **ENTRY,
        vol.Required("bundle_id"): cv.string,
        vol.Optional("name"): TEXT,
        vol.Optional("doors"): id_list,
    }
)
DELETE_BUNDLE_SCHEMA: Final = vol.Schema(
    {
        **ENTRY,
        vol.Required("bundle_id"): cv.string,
        vol.Optional("revoke_grants", default=False): cv.boolean,
    }
)
GRANT_ACCESS_SCHEMA: Final = vol.Schema(
    {
        **ENTRY,
        vol.Required("person_ids"): vol.All(id_list, vol.Length(min=1)),
        **GRANT_TERMS,
    }
)
REVOKE_ACCESS_SCHEMA: Final = vol.Schema({**ENTRY, **REVOKE_TARGETS})
SET_SHARING_SCHEMA: Final = vol.Schema(
    {
        **ENTRY,
        vol.Required("grant_ids"): vol.All(id_list, vol.Length(min=1)),
        vol.Required("may_share"): cv.boolean,
        vol.Optional("share_limit", default=1): SHARE_LIMIT,
    }
)
EMERGENCY_KEY_SCHEMA: Final = vol.Schema(
    {
        **ENTRY,
        vol.Required("person_id"): cv.string,
        vol.Required("reason"): vol.All(TEXT, vol.Length(min=1)),
        vol.Optional("doors", default=list): id_list,
        vol.Optional("bundle_ids", default=list): id_list,
        vol.Optional("valid_until"): aware,
    }
)


def changed(change: Change) -> ServiceResponse:
    """What an operation touched, by id, as its answer (an empty list where nothing)."""
    return response(
        {
            "people": sorted(change.people),
            "doors": sorted(change.doors),
            "bundles": sorted(change.bundles),
            "grants": sorted(change.grants),
            "shares": sorted(change.shares),
            "credentials": sorted(change.credentials),
            "organisations": sorted(change.organisations),
        }
    )


def _person_changes(data: dict[str, Any]) -> dict[str, Any]:
    """The person fields given in the call; blank text clears a field that may be empty."""
    changes: dict[str, Any] = {}
    for key in ("name", "role", *_PERSON_FIELDS):
        field = key.schema if isinstance(key, vol.Marker) else key
        if field in data:
            value = data[field]
            if field in _CLEARABLE and isinstance(value, str) and not value.strip():
                value = None
            changes[field] = value
    return changes


async def async_add_person(call: ServiceCall) -> ServiceResponse:
    """Add a person; answers with their id."""
    hass = call.hass
    caller = await async_admin(hass, call)
    entry = building(hass, call)
    fields = _person_changes(dict(call.data))
    name = fields.pop("name")
    # Not given: the language Home Assistant is set to, so the person's messages match
    # what the building's screens and refusals say; the country's only when Home
    # Assistant speaks none of ours.
    fields.setdefault("language", configured_language(hass))
    at = now()
    change = await async_change(
        hass, entry, caller, lambda registry: registry.add_person(name, now=at, **fields)
    )
    return {"person_id": change.created[0]}


async def async_update_person(call: ServiceCall) -> ServiceResponse:
    """Change some of a person's details (the rectification path)."""
    hass = call.hass
    caller = await async_admin(hass, call)
    entry = building(hass, call)
    fields = _person_changes(dict(call.data))
    person_id: str = call.data["person_id"]
    at = now()
    change = await async_change(
        hass,
        entry,
        caller,
        lambda registry: registry.update_person(person_id, now=at, **fields),
    )
    return changed(change)


async def async_remove_person(call: ServiceCall) -> ServiceResponse:
    """Remove a person with their grants and every key they shared."""
    hass = call.hass
    caller = await async_admin(hass, call)
    entry = building(hass, call)
    person_id: str = call.data["person_id"]
    change = await async_change(
        hass, entry, caller, lambda registry: registry.remove_person(person_id)
    )
    return changed(change)


async def async_create_bundle(call: ServiceCall) -> ServiceResponse:
    """Create a key bundle; answers with its id."""
    hass = call.hass
    caller = await async_admin(hass, call)
    entry = building(hass, call)
    doors = door_ids(hass, entry, call.data["doors"])
    name: str = call.data["name"]
    change = await async_change(
        hass, entry, caller, lambda registry: registry.create_bundle(name, doors)
    )
    return {"bundle_id": change.created[0]}


async def async_update_bundle(call: ServiceCall) -> ServiceResponse:
    """Rename a bundle or set its doors (its holders gain or lose those doors at once)."""
    hass = call.hass
    caller = await async_admin(hass, call)
    entry = building(hass, call)
    bundle_id: str = call.data["bundle_id"]
    name = call.data.get("name", UNSET)
    doors = door_ids(hass, entry, call.data["doors"]) if "doors" in call.data else UNSET
    change = await async_change(
        hass,
        entry,
        caller,
        lambda registry: registry.update_bundle(bundle_id, name=name, door_ids=doors),
    )
    return changed(change)


async def async_delete_bundle(call: ServiceCall) -> ServiceResponse:
    """Delete a bundle (refused while held, unless `revoke_grants`)."""
    hass = call.hass
    caller = await async_admin(hass, call)
    entry = building(hass, call)
    bundle_id: str = call.data["bundle_id"]
    revoke: bool = call.data["revoke_grants"]
    change = await async_change(
        hass,
        entry,
        caller,
        lambda registry: registry.delete_bundle(bundle_id, revoke_grants=revoke),
    )
    return changed(change)


async def async_grant_access(call: ServiceCall) -> ServiceResponse:
    """Give many people keys to many doors and bundles on the same terms."""
    hass = call.hass
    caller = await async_admin(hass, call)
    entry = building(hass, call)
    data = call.data
    language = caller_language(hass, entry.runtime_data.access.registry, caller)
    weekly = read_schedule(data.get("schedule"), language)
    doors = door_ids(hass, entry, data["doors"])
    at = now()
    change = await async_change(
        hass,
        entry,
        caller,
        lambda registry: registry.grant_access(
            data["person_ids"],
            now=at,
            door_ids=doors,
            bundle_ids=data["bundle_ids"],
            valid_from=data.get("valid_from"),
            valid_until=data.get("valid_until"),
            schedule=weekly,
            may_share=data.get("may_share", UNSET),
            share_limit=data.get("share_limit", UNSET),
            created_by=caller.user_id,
        ),
    )
    return response(
        {
            "grant_ids": sorted(change.grants),
            "created": list(change.created),
            "schedule": schedule_texts(weekly, language),
        }
    )


def _grants_to_revoke(registry: Registry, data: dict[str, Any], doors: list[str]) -> list[str]:
    """The grants named, plus the listed people's normal grants on the listed targets."""
    grant_ids = list(data["grant_ids"])
    targets = {(door, None) for door in doors} | {(None, b) for b in data["bundle_ids"]}
    for person_id in data["person_ids"]:
        registry.person(person_id)
        grant_ids.extend(
            grant.id
            for grant in registry.grants_of(person_id)
            if grant.kind is GrantKind.NORMAL and (grant.door_id, grant.bundle_id) in targets
        )
    return grant_ids


async def async_revoke_access(call: ServiceCall) -> ServiceResponse:
    """Take keys away: by grant id, or people × doors/bundles; their shares go too."""
    hass = call.hass
    caller = await async_admin(hass, call)
    entry = building(hass, call)
    data = dict(call.data)
    require_revoke_target(data)
    doors = door_ids(hass, entry, data["doors"])
    revoked: list[str] = []

    def revoke(registry: Registry) -> Any:
        revoked.extend(_grants_to_revoke(registry, data, doors))
        return registry.revoke_access(revoked)

    await async_change(hass, entry, caller, revoke)
    return response({"grant_ids": sorted(set(revoked))})


async def async_set_sharing(call: ServiceCall) -> ServiceResponse:
    """Set the sharing right and limit of grants (off revokes their active shares)."""
    hass = call.hass
    caller = await async_admin(hass, call)
    entry = building(hass, call)
    data = call.data
    at = now()
    change = await async_change(
        hass,
        entry,
        caller,
        lambda registry: registry.set_sharing(
            data["grant_ids"], may_share=data["may_share"], share_limit=data["share_limit"], now=at
        ),
    )
    return changed(change)


def _issuer(caller: Caller) -> str:
    return caller.by


async def async_issue_emergency_key(call: ServiceCall) -> ServiceResponse:
    """Issue an emergency key (reason required, 24 hours unless `valid_until` says)."""
    hass = call.hass
    caller = await async_admin(hass, call)
    entry = building(hass, call)
    data = call.data
    doors = door_ids(hass, entry, data["doors"])
    at = now()
    change = await async_change(
        hass,
        entry,
        caller,
        lambda registry: registry.issue_emergency_key(
            data["person_id"],
            reason=data["reason"],
            admin_user_id=_issuer(caller),
            now=at,
            door_ids=doors,
            bundle_ids=data["bundle_ids"],
            valid_until=data.get("valid_until"),
        ),
    )
    registry = entry.runtime_data.access.registry
    until = registry.grants[change.created[0]].valid_until
    # Logged prominently, by id: an emergency key bypasses schedules and the board asks why.
    _LOGGER.warning(
        "Emergency key %s issued by %s until %s",
        ", ".join(change.created),
        caller.by,
        until,
    )
    return {
        "grant_ids": list(change.created),
        "valid_until": None if until is None else until.isoformat(),
    }


HANDLERS: Final[dict[str, tuple[vol.Schema, Handler]]] = {
    "add_person": (ADD_PERSON_SCHEMA, async_add_person),
    "update_person": (UPDATE_PERSON_SCHEMA, async_update_person),
    "remove_person": (PERSON_SCHEMA, async_remove_person),
    "create_bundle": (CREATE_BUNDLE_SCHEMA, async_create_bundle),
    "update_bundle": (UPDATE_BUNDLE_SCHEMA, async_update_bundle),
    "delete_bundle": (DELETE_BUNDLE_SCHEMA, async_delete_bundle),
    "grant_access": (GRANT_ACCESS_SCHEMA, async_grant_access),
    "revoke_access": (REVOKE_ACCESS_SCHEMA, async_revoke_access),
    "set_sharing": (SET_SHARING_SCHEMA, async_set_sharing),
    "issue_emergency_key": (EMERGENCY_KEY_SCHEMA, async_issue_emergency_key),
}
"""Admin actions that change the registry: name → (schema, handler); response optional."""
