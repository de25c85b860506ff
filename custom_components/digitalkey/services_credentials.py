"""Admin actions on PIN codes and tags: add (a random PIN code, or a tag), block, remove, list.

A credential belongs to a person (it opens what their keys open, on the keys' terms) or to
a PIN share (`share_key` with `kind: pin` makes both at once). What these actions answer
never holds a tag's UID or a PIN code, but for the one answer that shows a PIN code the
hub drew: a credential is shown by its id, kind, the last four hex digits of a tag
(`hint`), its label and dates.

No action takes a PIN code someone chose, nor a typed tag UID: Home Assistant records
every action's data (`service_schemas.no_chosen_pin`, `no_typed_tag_uid`), and a UID-only
reader opens for whoever knows the UID. `add_credential` with `new_pin: true` gives a
random PIN code; an administrator who chooses one, or types a tag's UID, does it in the
panel, whose websocket commands (`websocket_credentials.py`) run `async_add_pin` and
`async_add_tag`, the functions the action runs.

`learn_at_door` ("present the tag now") asks the door to catch the next unknown tag held
to its reader (`tag_learning.py`) and answers when the tag was read; the UID then becomes
the credential through `async_add_tag`, exactly as a typed one. `cancel_tag_learning`
stops that wait: the waiting `add_credential` is refused (`tag_learning_cancelled`), the
door's window is ended, and no tag presented afterwards is added.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from homeassistant.core import HomeAssistant, ServiceCall, ServiceResponse
from homeassistant.helpers import config_validation as cv
import probatio as vol

from .access.errors import AccessError, ErrorCode
from .access.model import Credential, CredentialKind
from .access.registry import Change, Registry
from .building_options import pin_min_length
from .runtime import DigitalKeyConfigEntry
from .service_schemas import ENTRY, OPTIONAL_TEXT, no_chosen_pin, no_typed_tag_uid
from .service_support import (
    Caller,
    access_error,
    async_admin,
    async_change,
    building,
    credential_vault,
    door_id,
    door_link,
    limited_by_pin_tries,
    now,
    read,
    response,
    validation_error,
)
from .services_admin import Handler, changed
from .tag_learning import async_cancel_tag_learning, async_learn_tag

VALUE_FIELDS: Final = ("new_pin", "learn_at_door")
"""The ways to give a credential's value; exactly one per call."""

ADD_CREDENTIAL_SCHEMA: Final = vol.Schema(
    {
        **ENTRY,
        vol.Optional("person_id"): cv.string,
        vol.Optional("share_id"): cv.string,
        vol.Optional("new_pin"): cv.boolean,
        vol.Optional("learn_at_door"): cv.string,
        vol.Optional("label"): OPTIONAL_TEXT,
        **no_chosen_pin("Leave it out and set new_pin: true for a random one."),
        **no_typed_tag_uid(),
    }
)
CREDENTIAL_SCHEMA: Final = vol.Schema({**ENTRY, vol.Required("credential_id"): cv.string})
CANCEL_TAG_LEARNING_SCHEMA: Final = vol.Schema({**ENTRY, vol.Required("door"): cv.string})
LIST_CREDENTIALS_SCHEMA: Final = vol.Schema({**ENTRY, vol.Optional("person_id"): cv.string})


def _time(value: Any) -> str | None:
    return None if value is None else value.isoformat()


def credential_data(credential: Credential) -> dict[str, Any]:
    """A credential as an answer shows it: never its value, sealed or not."""
    return {
        "credential_id": credential.id,
        "kind": credential.kind.value,
        "hint": credential.hint,
        "label": credential.label,
        "person_id": credential.person_id,
        "share_id": credential.share_id,
        "created_at": credential.created_at.isoformat(),
        "blocked_at": _time(credential.blocked_at),
    }


def created_data(credential: Credential) -> dict[str, Any]:
    """The answer of an action that added a credential."""
    return {
        "credential_id": credential.id,
        "kind": credential.kind.value,
        "hint": credential.hint,
    }


def random_pin_shown(return_response: bool) -> None:
    """Refuse to draw a PIN code nobody would see: the answer is the only place it shows."""
    if not return_response:
        raise validation_error("random_pin_needs_response")


def given_values(data: dict[str, Any]) -> list[str]:
    """The value fields a call gave (`new_pin: false` gives none)."""
    return [
        field
        for field in VALUE_FIELDS
        if (data.get(field) is True if field == "new_pin" else field in data)
    ]


async def async_add_pin(
    hass: HomeAssistant,
    entry: DigitalKeyConfigEntry,
    caller: Caller,
    *,
    person_id: str | None,
    share_id: str | None = None,
    pin: str | None,
    label: str | None,
    check: Callable[[Registry], None] | None = None,
) -> dict[str, Any]:
    """Give a person (or a PIN share) a PIN code, for an administrator or a resident.

    `pin` is the code someone chose (a websocket command) or None for one the hub draws,
    which the answer shows once as `pin`; the answer is otherwise `created_data`. `check`
    runs under the registry's lock first (a resident's "one own PIN code"). Only a chosen
    code counts toward the "in use" limit: a random one tells nobody anything about the
    codes in use, and an administrator is not limited at all (`limited_by_pin_tries`).
    """
    vault = credential_vault(entry)
    min_length = pin_min_length(entry.options)
    at = now()

    def add(registry: Registry) -> Change:
        if check is not None:
            check(registry)
        return registry.add_credential(
            CredentialKind.PIN,
            pin,
            vault=vault,
            now=at,
            person_id=person_id,
            share_id=share_id,
            label=label,
            created_by=caller.user_id,
            min_pin_length=min_length,
        )

    operation = add if pin is None else limited_by_pin_tries(entry, caller, add)
    change = await async_change(hass, entry, caller, operation)
    answer = created_data(entry.runtime_data.access.registry.credentials[change.created[0]])
    if change.secret is not None:
        answer["pin"] = change.secret
    return answer


async def async_add_tag(
    hass: HomeAssistant,
    entry: DigitalKeyConfigEntry,
    caller: Caller,
    *,
    person_id: str,
    uid: str | bytes,
    label: str | None,
) -> dict[str, Any]:
    """Give a person a tag; the caller is an administrator; answers `created_data`.

    `uid` is the UID an administrator typed (text, the websocket command) or the one the
    door read (bytes, `add_credential` with `learn_at_door`); the registry checks it.
    """
    vault = credential_vault(entry)
    at = now()
    change = await async_change(
        hass,
        entry,
        caller,
        lambda registry: registry.add_credential(
            CredentialKind.TAG,
            uid,
            vault=vault,
            now=at,
            person_id=person_id,
            label=label,
            created_by=caller.user_id,
        ),
    )
    return created_data(entry.runtime_data.access.registry.credentials[change.created[0]])


async def async_add_credential(call: ServiceCall) -> ServiceResponse:
    """Give a person (or a PIN share) a random PIN code or a tag presented at a door.

    A random PIN code is in the answer (`pin`), once; it must be asked for.
    """
    hass = call.hass
    caller = await async_admin(hass, call)
    entry = building(hass, call)
    data = dict(call.data)
    person_id: str | None = data.get("person_id")
    share_id: str | None = data.get("share_id")
    if (person_id is None) == (share_id is None):
        raise access_error(AccessError(ErrorCode.CREDENTIAL_HOLDER))
    given = given_values(data)
    if len(given) != 1:
        raise validation_error("credential_needs_one_value")
    label = data.get("label")
    if given[0] == "new_pin":
        random_pin_shown(call.return_response)
        return await async_add_pin(
            hass, entry, caller, person_id=person_id, share_id=share_id, pin=None, label=label
        )
    link = door_link(entry, door_id(hass, entry, data["learn_at_door"]))
    # The holder is checked before anyone climbs the ladder, not after the tag.
    if person_id is None:
        raise access_error(AccessError(ErrorCode.CREDENTIAL_HOLDER))
    registry = entry.runtime_data.access.registry
    read(lambda: registry.person(person_id))
    uid = await async_learn_tag(link)
    return await async_add_tag(hass, entry, caller, person_id=person_id, uid=uid, label=label)


async def async_remove_credential(call: ServiceCall) -> ServiceResponse:
    """Remove a PIN code or tag (a PIN share's PIN takes its share along)."""
    hass = call.hass
    caller = await async_admin(hass, call)
    entry = building(hass, call)
    credential_id: str = call.data["credential_id"]
    change = await async_change(
        hass, entry, caller, lambda registry: registry.remove_credential(credential_id)
    )
    return changed(change)


async def async_block_credential(call: ServiceCall) -> ServiceResponse:
    """Block a lost tag or a leaked PIN code: it stops opening before anything else syncs."""
    hass = call.hass
    caller = await async_admin(hass, call)
    entry = building(hass, call)
    credential_id: str = call.data["credential_id"]
    at = now()
    change = await async_change(
        hass, entry, caller, lambda registry: registry.block_credential(credential_id, now=at)
    )
    blocked = entry.runtime_data.access.registry.credentials[credential_id].blocked_at
    return {**(changed(change) or {}), "blocked_at": _time(blocked)}


async def async_cancel_tag_learning_call(call: ServiceCall) -> ServiceResponse:
    """Stop waiting for a tag at a door ("present the tag now" given up).

    Answers whether a learning was waiting (`cancelled`); none waiting is no error, as
    the tag may have been read a moment before.
    """
    hass = call.hass
    await async_admin(hass, call)
    entry = building(hass, call)
    link = door_link(entry, door_id(hass, entry, call.data["door"]))
    return {"cancelled": await async_cancel_tag_learning(link)}


def _listed(registry: Registry, person_id: str | None) -> list[Credential]:
    if person_id is not None:
        registry.person(person_id)
        return registry.credentials_of_person(person_id)
    return sorted(registry.credentials.values(), key=lambda credential: credential.number)


async def async_list_credentials(call: ServiceCall) -> ServiceResponse:
    """Every PIN code and tag (or one person's), oldest first, without their values."""
    hass = call.hass
    await async_admin(hass, call)
    entry = building(hass, call)
    registry = entry.runtime_data.access.registry
    person_id: str | None = call.data.get("person_id")
    found = read(lambda: _listed(registry, person_id))
    return response({"credentials": [credential_data(credential) for credential in found]})


HANDLERS: Final[dict[str, tuple[vol.Schema, Handler]]] = {
    "add_credential": (ADD_CREDENTIAL_SCHEMA, async_add_credential),
    "remove_credential": (CREDENTIAL_SCHEMA, async_remove_credential),
    "block_credential": (CREDENTIAL_SCHEMA, async_block_credential),
    "cancel_tag_learning": (CANCEL_TAG_LEARNING_SCHEMA, async_cancel_tag_learning_call),
}
"""Admin actions that change credentials: name → (schema, handler); response optional."""
