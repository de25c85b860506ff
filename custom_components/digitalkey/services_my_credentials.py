"""Resident actions on their own PIN codes and tags: get a PIN code, remove a credential.

Both act for the person linked to the calling Home Assistant user; no field names a
person, so nobody can add a PIN code for someone else or remove another's.

- `add_my_pin` exists where the board allows it (`allow_resident_pins`, off by default)
  and gives the resident a random PIN code, shown once in its answer. A code the resident
  chooses is given in the panel (`websocket_credentials.py`), never in an action (Home
  Assistant records every action's data); both run `async_add_own_pin`. A resident holds
  one usable PIN code of their own: to change it, they remove the old one first. Hearing
  "that PIN code is already in use" about a code they chose is limited (`pin_tries.py`),
  because it tells the resident that some door opens with it.
- `remove_my_credential` removes one of the caller's own credentials, or the PIN code of a
  PIN share they made (which ends that share). Anyone else's is answered as unknown, the
  same answer as for an id that does not exist. One the board blocked is refused
  (`blocked_credential_stays`): its records stay on the doors, disabled, so whoever tries
  the lost tag or leaked code is refused by name and the board is told; removed, it would
  be an unknown code that tells nobody. The board removes it when it sees fit.
"""

from __future__ import annotations

from typing import Any, Final

from homeassistant.core import HomeAssistant, ServiceCall, ServiceResponse
from homeassistant.helpers import config_validation as cv
import probatio as vol

from .access.errors import AccessError, ErrorCode
from .access.model import CredentialKind, Person
from .access.registry import Change, Registry
from .building_options import allow_resident_pins
from .runtime import DigitalKeyConfigEntry
from .service_schemas import ENTRY, OPTIONAL_TEXT, no_chosen_pin
from .service_support import (
    Caller,
    async_change,
    async_resident,
    building,
    own_person,
    validation_error,
)
from .services_credentials import async_add_pin, random_pin_shown

ADD_MY_PIN_SCHEMA: Final = vol.Schema(
    {
        **ENTRY,
        vol.Optional("label"): OPTIONAL_TEXT,
        **no_chosen_pin("Leave it out for a random one."),
    }
)
REMOVE_MY_CREDENTIAL_SCHEMA: Final = vol.Schema({**ENTRY, vol.Required("credential_id"): cv.string})


def _has_usable_pin(registry: Registry, person: Person) -> bool:
    return any(
        credential.kind is CredentialKind.PIN and not credential.blocked
        for credential in registry.credentials_of_person(person.id)
    )


async def async_add_own_pin(
    hass: HomeAssistant,
    entry: DigitalKeyConfigEntry,
    caller: Caller,
    *,
    pin: str | None,
    label: str | None,
) -> dict[str, Any]:
    """Give the caller's person a PIN code: `pin` as they chose it, or None for a random one.

    Answers `created_data`, and a random code once as `pin` (a chosen one is not repeated).
    """
    if not allow_resident_pins(entry.options):
        raise validation_error("resident_pins_not_allowed")
    person = own_person(entry.runtime_data.access.registry, caller)

    def one_own_pin(registry: Registry) -> None:
        # Under the registry's lock: two calls at once cannot both add a first PIN.
        if _has_usable_pin(registry, person):
            raise validation_error("own_pin_exists")

    return await async_add_pin(
        hass, entry, caller, person_id=person.id, pin=pin, label=label, check=one_own_pin
    )


async def async_add_my_pin(call: ServiceCall) -> ServiceResponse:
    """Give the caller a random PIN code; answers its credential id, and the code once."""
    hass = call.hass
    caller = await async_resident(hass, call)
    entry = building(hass, call)
    random_pin_shown(call.return_response)
    return await async_add_own_pin(hass, entry, caller, pin=None, label=call.data.get("label"))


def _own(registry: Registry, person: Person, credential_id: str) -> bool:
    credential = registry.credentials.get(credential_id)
    if credential is None:
        return False
    if credential.person_id is not None:
        return credential.person_id == person.id
    share = registry.shares.get(credential.share_id or "")
    return share is not None and share.from_person_id == person.id


async def async_remove_my_credential(call: ServiceCall) -> ServiceResponse:
    """Remove one of the caller's PIN codes or tags, or a PIN share's code they made."""
    hass = call.hass
    caller = await async_resident(hass, call)
    entry = building(hass, call)
    person = own_person(entry.runtime_data.access.registry, caller)
    credential_id: str = call.data["credential_id"]

    def remove(registry: Registry) -> Change:
        if not _own(registry, person, credential_id):
            raise AccessError(ErrorCode.UNKNOWN_CREDENTIAL, credential_id=credential_id)
        if registry.credentials[credential_id].blocked:
            raise validation_error("blocked_credential_stays")
        return registry.remove_credential(credential_id)

    await async_change(hass, entry, caller, remove)
    return None
