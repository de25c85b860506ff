"""A manager's actions: their organisation's staff and keys, giving and taking those keys.

A manager of a service provider (home care, a newspaper) shares the management of their own
staff's access to the doors the board gave the organisation. These are resident actions:
the caller is a Home Assistant user, and acts for the person linked to that user, looked up
on the server at each call (`own_person`); no field names the manager, so nobody can act
for a manager they are not. That person must manage an organisation (`not_a_manager`
otherwise), and then acts on its staff and its doors only, within its terms
(`access/staff_keys.py`: every refusal is a translated `access_<code>`). An administrator
is a manager here only through their own linked person, like anyone else.

- `organisation_staff` (response only): the organisation's doors, period and hours, and its
  staff with the keys it gave them.
- `grant_staff_access`: keys for staff to doors the organisation holds; the answer shows
  each key with the window and hours it really got (clipped to the organisation's).
- `revoke_staff_access`: by key id, or by staff × doors and key bundles.
"""

from __future__ import annotations

from typing import Any, Final

from homeassistant.core import ServiceCall, ServiceResponse
import probatio as vol

from .access.checks import UNSET
from .access.registry import Registry
from .organisation_answers import key_data, staff_data, terms_data
from .service_schedule import read_schedule
from .service_schemas import (
    ENTRY,
    GRANT_TERMS,
    REVOKE_TARGETS,
    id_list,
    require_revoke_target,
)
from .service_support import (
    async_change,
    async_resident,
    building,
    door_ids,
    now,
    own_person,
    read,
    response,
)

ORGANISATION_STAFF_SCHEMA: Final = vol.Schema(ENTRY)
GRANT_STAFF_ACCESS_SCHEMA: Final = vol.Schema(
    {
        **ENTRY,
        vol.Required("person_ids"): vol.All(id_list, vol.Length(min=1)),
        **GRANT_TERMS,
    }
)
REVOKE_STAFF_ACCESS_SCHEMA: Final = vol.Schema({**ENTRY, **REVOKE_TARGETS})


async def async_organisation_staff(call: ServiceCall) -> ServiceResponse:
    """The caller's organisation: what it holds, and its staff with their keys from it."""
    hass = call.hass
    caller = await async_resident(hass, call)
    entry = building(hass, call)
    registry: Registry = entry.runtime_data.access.registry
    manager = own_person(registry, caller)
    organisation, _ = read(lambda: registry.staff_grants(manager.id))
    language = manager.language
    answer: dict[str, Any] = {
        **terms_data(registry, organisation, language),
        "managers": sorted(organisation.manager_ids),
        "staff": staff_data(registry, organisation, language),
    }
    return response(answer)


async def async_grant_staff_access(call: ServiceCall) -> ServiceResponse:
    """Give staff of the caller's organisation keys to doors it holds, on the same terms."""
    hass = call.hass
    caller = await async_resident(hass, call)
    entry = building(hass, call)
    data = call.data
    manager = own_person(entry.runtime_data.access.registry, caller)
    weekly = read_schedule(data.get("schedule"), manager.language)
    doors = door_ids(hass, entry, data["doors"])
    at = now()
    change = await async_change(
        hass,
        entry,
        caller,
        lambda registry: registry.grant_staff_access(
            manager.id,
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
    registry: Registry = entry.runtime_data.access.registry
    grants = sorted(change.grants & registry.grants.keys())
    return response(
        {
            "grant_ids": grants,
            "created": list(change.created),
            "keys": [key_data(registry, registry.grants[g], manager.language) for g in grants],
        }
    )


async def async_revoke_staff_access(call: ServiceCall) -> ServiceResponse:
    """Take keys the caller's organisation gave: by id, or staff × doors and bundles."""
    hass = call.hass
    caller = await async_resident(hass, call)
    entry = building(hass, call)
    data = dict(call.data)
    require_revoke_target(data)
    manager = own_person(entry.runtime_data.access.registry, caller)
    doors = door_ids(hass, entry, data["doors"])
    change = await async_change(
        hass,
        entry,
        caller,
        lambda registry: registry.revoke_staff_access(
            manager.id,
            data["grant_ids"],
            person_ids=data["person_ids"],
            door_ids=doors,
            bundle_ids=data["bundle_ids"],
        ),
    )
    return response({"grant_ids": sorted(change.grants)})
