"""Admin actions on organisations: create, update, delete, and set their staff and managers.

The board decides which service providers may use the system and on what terms
(`access/organisations.py` has the rules); each action checks the caller first
(`async_admin`), then runs one registry operation through `async_change` (saved, logged,
announced; refusals translated). An organisation's weekly hours are written like a grant's
`schedule` (`service_schemas`); in `update_organisation`, `null` clears the hours or a
period end, and a field left out stays as it is.
"""

from __future__ import annotations

from typing import Any, Final

from homeassistant.core import ServiceCall, ServiceResponse
from homeassistant.helpers import config_validation as cv
import probatio as vol

from .access.checks import UNSET
from .access.contact import Language
from .access.registry import Registry
from .organisation_answers import list_row
from .service_schedule import read_schedule
from .service_schemas import ENTRY, SHARE_LIMIT, TEXT, aware, id_list
from .service_support import (
    async_admin,
    async_change,
    building,
    caller_language,
    door_ids,
    now,
    response,
)
from .services_admin import Handler, changed

_TERMS: Final[dict[vol.Marker, Any]] = {
    vol.Optional("doors"): id_list,
    vol.Optional("bundle_ids"): id_list,
    vol.Optional("valid_from"): vol.Any(None, aware),
    vol.Optional("valid_until"): vol.Any(None, aware),
    # Checked by `read_schedule` in the handler, so every problem is a translated sentence.
    vol.Optional("schedule"): object,
    vol.Optional("may_share"): cv.boolean,
    vol.Optional("share_limit"): SHARE_LIMIT,
}
ORGANISATION_ID: Final[dict[vol.Marker, Any]] = {vol.Required("organisation_id"): cv.string}

CREATE_ORGANISATION_SCHEMA: Final = vol.Schema(
    {**ENTRY, vol.Required("name"): vol.All(TEXT, vol.Length(min=1)), **_TERMS}
)
UPDATE_ORGANISATION_SCHEMA: Final = vol.Schema(
    {**ENTRY, **ORGANISATION_ID, vol.Optional("name"): TEXT, **_TERMS}
)
DELETE_ORGANISATION_SCHEMA: Final = vol.Schema({**ENTRY, **ORGANISATION_ID})
SET_ORGANISATION_STAFF_SCHEMA: Final = vol.Schema(
    {
        **ENTRY,
        **ORGANISATION_ID,
        vol.Optional("add", default=list): id_list,
        vol.Optional("remove", default=list): id_list,
        vol.Optional("managers"): id_list,
    }
)


async def async_create_organisation(call: ServiceCall) -> ServiceResponse:
    """Let a service provider use the system on the terms given; answers with its id."""
    hass = call.hass
    caller = await async_admin(hass, call)
    entry = building(hass, call)
    data = call.data
    language = caller_language(hass, entry.runtime_data.access.registry, caller)
    weekly = read_schedule(data.get("schedule"), language)
    doors = door_ids(hass, entry, data.get("doors", []))
    at = now()
    change = await async_change(
        hass,
        entry,
        caller,
        lambda registry: registry.create_organisation(
            data["name"],
            now=at,
            door_ids=doors,
            bundle_ids=data.get("bundle_ids", []),
            valid_from=data.get("valid_from"),
            valid_until=data.get("valid_until"),
            schedule=weekly,
            may_share=data.get("may_share", False),
            share_limit=data.get("share_limit", 0),
            created_by=caller.user_id,
        ),
    )
    return {"organisation_id": change.created[0]}


async def async_update_organisation(call: ServiceCall) -> ServiceResponse:
    """Change an organisation's terms (its staff's keys follow: see the access model)."""
    hass = call.hass
    caller = await async_admin(hass, call)
    entry = building(hass, call)
    data = call.data
    language = caller_language(hass, entry.runtime_data.access.registry, caller)
    changes: dict[str, Any] = {
        field: data[field]
        for field in ("name", "bundle_ids", "valid_from", "valid_until", "may_share", "share_limit")
        if field in data
    }
    if "schedule" in data:
        changes["schedule"] = read_schedule(data["schedule"], language)
    if "doors" in data:
        changes["door_ids"] = door_ids(hass, entry, data["doors"])
    organisation_id: str = data["organisation_id"]
    at = now()
    change = await async_change(
        hass,
        entry,
        caller,
        lambda registry: registry.update_organisation(organisation_id, now=at, **changes),
    )
    return changed(change)


async def async_delete_organisation(call: ServiceCall) -> ServiceResponse:
    """Delete an organisation with every key its managers gave; its staff are let go."""
    hass = call.hass
    caller = await async_admin(hass, call)
    entry = building(hass, call)
    organisation_id: str = call.data["organisation_id"]
    at = now()
    change = await async_change(
        hass,
        entry,
        caller,
        lambda registry: registry.delete_organisation(organisation_id, now=at),
    )
    return changed(change)


async def async_set_organisation_staff(call: ServiceCall) -> ServiceResponse:
    """Add and remove staff and set the managers, at once; answers with the staff after."""
    hass = call.hass
    caller = await async_admin(hass, call)
    entry = building(hass, call)
    data = call.data
    organisation_id: str = data["organisation_id"]
    at = now()
    change = await async_change(
        hass,
        entry,
        caller,
        lambda registry: registry.update_staff(
            organisation_id,
            now=at,
            add=data["add"],
            remove=data["remove"],
            managers=data.get("managers", UNSET),
        ),
    )
    registry: Registry = entry.runtime_data.access.registry
    organisation = registry.organisations[organisation_id]
    answer: dict[str, Any] = dict(changed(change) or {})
    answer["staff"] = [person.id for person in registry.staff_of(organisation_id)]
    answer["managers"] = sorted(organisation.manager_ids)
    return response(answer)


def organisation_list(registry: Registry, language: Language) -> list[dict[str, Any]]:
    """Every organisation of the building, by name, as the board's list shows it."""
    organisations = sorted(registry.organisations.values(), key=lambda item: (item.name, item.id))
    return [list_row(registry, organisation, language) for organisation in organisations]


HANDLERS: Final[dict[str, tuple[vol.Schema, Handler]]] = {
    "create_organisation": (CREATE_ORGANISATION_SCHEMA, async_create_organisation),
    "update_organisation": (UPDATE_ORGANISATION_SCHEMA, async_update_organisation),
    "delete_organisation": (DELETE_ORGANISATION_SCHEMA, async_delete_organisation),
    "set_organisation_staff": (SET_ORGANISATION_STAFF_SCHEMA, async_set_organisation_staff),
}
"""Admin actions on organisations: name → (schema, handler); response optional."""
