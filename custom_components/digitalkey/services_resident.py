"""Resident actions: my keys, sharing a key, my shares, revoking a share.

A key is shared with another Home Assistant user, as a guest link (`share_page`), or as a
PIN code for a door with a keypad: `share_key` has the hub pick a random one, shown once in
its answer; a code the resident chooses is given in the panel (`websocket_credentials.py`),
never in an action, because Home Assistant records every action's data. Both run
`async_share_pin`, and either way the share and its PIN credential are made in one
registry operation.
A share's answer warns, in the resident's language, of what they may not expect: a link
under no external URL opens only on the building's network (`url_note`), and asking to be
told of uses while no channel reaches them tells no one (`notify_note`, which `my_shares`
repeats on each such share, so the list says what the answer said); neither refuses.
A share opens only when the maker's own key does: when that key's hours or end bound the
share, the answer says so (`key_note`, with `key_hours` and `key_until`; `share_key_note`).
Every one acts for the person linked to the calling Home Assistant user, looked up on the
server at each call; no field names a person, so a resident cannot act for anyone else.
`my_keys` also works for a user with no person (a guest with shared keys). An admin may
revoke any share; a resident only the shares they made: another's share is answered as
unknown, so a resident learns nothing about keys that are not theirs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, Final

from homeassistant.core import HomeAssistant, ServiceCall, ServiceResponse
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.typing import VolDictType
import probatio as vol

from .access.contact import Language
from .access.errors import AccessError, ErrorCode
from .access.link_tokens import link_token_digest, new_link_token
from .access.model import Person, Share, ShareKind
from .access.policy import AdminUser, DoorKeys, Resident, may_manage_share, may_open_now
from .access.registry import Change, Registry
from .building_options import allow_resident_pins, pin_min_length
from .notifications import (
    Text,
    Unreachable,
    async_translate,
    building_language,
    channel_of,
    reader_language,
)
from .panel_doors import lock_entity
from .protocol.constants import Feature
from .reason_text import ReasonWriter, async_reason_writer
from .runtime import DigitalKeyConfigEntry
from .service_schemas import ENTRY, OPTIONAL_TEXT, aware, no_chosen_pin
from .service_support import (
    Caller,
    access_error,
    async_change,
    async_resident,
    building,
    credential_vault,
    door_id,
    door_link,
    limited_by_pin_tries,
    local_time,
    now,
    own_person,
    validation_error,
)
from .services_credentials import credential_data, random_pin_shown
from .services_queries import door_keys_data
from .share_key_note import key_bounds_data, key_note
from .share_page import guest_url

URL_NOTE: Final = "share_url_internal_only"
"""The `url_note` of a link under no external URL (a key under `exceptions`)."""
NOTIFY_NOTE_PREFIX: Final = "share_not_told_"
"""`notify_note` of a share whose maker no channel reaches: the prefix, then `Unreachable`."""

SHARE_KINDS: Final = {"user": ShareKind.HA_USER, "link": ShareKind.LINK, "pin": ShareKind.PIN}
"""The `kind` field of `share_key`."""

RESIDENT_SCHEMA: Final = vol.Schema(ENTRY)
MY_KEYS_SCHEMA: Final = vol.Schema(
    {**ENTRY, vol.Optional("language"): vol.In([language.value for language in Language])}
)
"""`language`: the panel's, so its sentences match the labels around them."""
SHARE_TERMS: Final[VolDictType] = {
    vol.Required("door"): cv.string,
    vol.Optional("valid_from"): aware,
    vol.Optional("valid_until"): aware,
    vol.Optional("use_limit"): vol.All(vol.Coerce(int), vol.Range(min=1, max=1000)),
    vol.Optional("notify_on_use", default=False): cv.boolean,
    vol.Optional("label"): OPTIONAL_TEXT,
}
"""The fields of a share of any kind (the websocket command of a chosen PIN takes these)."""
SHARE_KEY_SCHEMA: Final = vol.Schema(
    {
        **ENTRY,
        **SHARE_TERMS,
        vol.Optional("kind", default="user"): vol.In(list(SHARE_KINDS)),
        vol.Optional("user_id"): cv.string,
        vol.Optional("language"): vol.In([language.value for language in Language]),
        **no_chosen_pin("Leave it out: the hub picks a random one for kind pin."),
    }
)
REVOKE_SHARE_SCHEMA: Final = vol.Schema({**ENTRY, vol.Required("share_id"): cv.string})


def _time(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


ACTIVE: Final = "active"
USED_UP: Final = "used_up"
EXPIRED: Final = "expired"
REVOKED: Final = "revoked"
NOT_YET_VALID: Final = "not_yet_valid"
"""A share's status in a person's list."""


def share_status(share: Share, at: datetime) -> str:
    """Revoked, expired, not yet valid, used up or active, the first that holds.

    Before its start a share is not yet valid even when its uses are spent, as the
    policy decides it (`policy._share_reason`).
    """
    if share.revoked_at is not None:
        return REVOKED
    if share.valid_until is not None and at >= share.valid_until:
        return EXPIRED
    if at < share.valid_from:
        return NOT_YET_VALID
    if share.used_up:
        return USED_UP
    return ACTIVE


def share_data(
    registry: Registry, share: Share, at: datetime, last_used: int | None = None
) -> dict[str, Any]:
    """A share as its maker sees it (ids, the door's name, window, uses, status, last use).

    A link's (or a PIN's) target is the digest of its secret: it is never shown, and the
    secret itself only once, in the answer of the `share_key` that made it (a PIN only
    when the hub picked it). A PIN share names its credential, which
    `remove_my_credential` takes.
    """
    door = registry.doors.get(share.door_id)
    kind = next(name for name, member in SHARE_KINDS.items() if member is share.kind)
    credential = registry.credential_of_share(share.id)
    return {
        "share_id": share.id,
        "door_id": share.door_id,
        "door_name": None if door is None else door.name,
        "kind": kind,
        "user_id": share.target if share.kind is ShareKind.HA_USER else None,
        "language": None if share.language is None else share.language.value,
        "label": share.label,
        "valid_from": share.valid_from.isoformat(),
        "valid_until": _time(share.valid_until),
        "use_limit": share.use_limit,
        "uses": share.uses,
        "notify_on_use": share.notify_on_use,
        "revoked_at": _time(share.revoked_at),
        "credential_id": None if credential is None else credential.id,
        "status": share_status(share, at),
        "last_used": None if last_used is None else local_time(last_used),
    }


def my_door_data(
    hass: HomeAssistant,
    entry: DigitalKeyConfigEntry,
    person: Person | None,
    keys: DoorKeys,
    write: ReasonWriter,
) -> dict[str, Any]:
    """One door of "My keys": whether and when it opens, its lock, and what sharing is left.

    `entity_id` lets a panel show the lock's state and whether it can open (unlatch);
    `has_keypad` whether a PIN share makes sense there; `may_share`, `share_limit` and
    `shares_left` are the sharing rule's own answer (`Registry.share_allowance`), so a
    panel offers exactly what `share_key` would accept.
    """
    registry = entry.runtime_data.access.registry
    data = door_keys_data(registry, keys, write, opening_told=True)
    link = entry.runtime_data.doors.get(keys.door_id)
    allowance = None if person is None else registry.share_allowance(person.id, keys.door_id, now())
    data |= {
        "entity_id": lock_entity(hass, entry, keys.door_id),
        "has_keypad": link is not None and bool(link.identity.features & Feature.KEYPAD),
        # A key that may be shared stays shareable at its limit: "0 left" is the answer.
        "may_share": allowance is not None and allowance.grant_id is not None,
        "share_limit": None if allowance is None else allowance.limit,
        "shares_left": 0 if allowance is None else allowance.remaining,
    }
    return data


async def async_my_keys(call: ServiceCall) -> ServiceResponse:
    """The doors the caller may open now, and when the others open next.

    Written in `language` when given (My keys sends the user's), else the person's.
    """
    hass = call.hass
    caller = await async_resident(hass, call)
    entry = building(hass, call)
    registry = entry.runtime_data.access.registry
    assert caller.user_id is not None
    person = registry.person_for_user(caller.user_id)
    keys = may_open_now(
        registry, None if person is None else person.id, now(), ha_user_id=caller.user_id
    )
    language = (
        Language(call.data["language"])
        if "language" in call.data
        else building_language(hass)
        if person is None
        else person.language
    )
    write = await async_reason_writer(hass, registry, language, now())
    credentials = [] if person is None else registry.credentials_of_person(person.id)
    return {
        "doors": [my_door_data(hass, entry, person, door, write) for door in keys],
        "credentials": [credential_data(credential) for credential in credentials],
        # What "My keys" needs to offer a PIN code of one's own, as `add_my_pin` would
        # accept it: only a person of the building, only where the board allows it.
        "own_pin_allowed": person is not None and allow_resident_pins(entry.options),
        "pin_min_length": pin_min_length(entry.options),
    }


def _share(
    entry: DigitalKeyConfigEntry,
    person: Person,
    door: str,
    data: Mapping[str, Any],
    kind: ShareKind,
    *,
    target: str | None = None,
    pin: str | None = None,
) -> Callable[[Registry], Change]:
    """The registry operation that shares `person`'s key to `door` on the terms in `data`."""
    at = now()
    vault = credential_vault(entry) if kind is ShareKind.PIN else None
    min_pin_length = pin_min_length(entry.options)

    def share(registry: Registry) -> Change:
        return registry.share_key(
            person.id,
            door,
            target=target,
            now=at,
            kind=kind,
            valid_from=data.get("valid_from"),
            valid_until=data.get("valid_until"),
            use_limit=data.get("use_limit"),
            notify_on_use=data["notify_on_use"],
            label=data.get("label"),
            language=None if "language" not in data else Language(data["language"]),
            pin=pin,
            vault=vault,
            min_pin_length=min_pin_length,
        )

    return share


async def async_share_key(call: ServiceCall) -> ServiceResponse:
    """Pass the caller's key to one door on to a user, as a guest link, or as a PIN code.

    A link's URL holds a fresh token, and a PIN code the hub picks is new: only this
    answer ever shows either (the registry keeps their digests); the resident sends it to
    the guest themselves.
    """
    hass = call.hass
    caller = await async_resident(hass, call)
    entry = building(hass, call)
    data = call.data
    kind = SHARE_KINDS[data["kind"]]
    if kind is ShareKind.PIN:
        random_pin_shown(call.return_response)
        return await async_share_pin(hass, entry, caller, data, pin=None)
    person = own_person(entry.runtime_data.access.registry, caller)
    door = door_id(hass, entry, data["door"])
    token = None
    if kind is ShareKind.HA_USER:
        if "user_id" not in data:
            raise validation_error("share_needs_user")
        target_user = await hass.auth.async_get_user(data["user_id"])
        if target_user is None or target_user.system_generated or not target_user.is_active:
            raise validation_error("unknown_user")
        target = target_user.id
    else:
        if "user_id" in data:
            raise validation_error("share_link_takes_no_user")
        token = new_link_token()
        target = link_token_digest(token)
    change = await async_change(
        hass, entry, caller, _share(entry, person, door, data, kind, target=target)
    )
    registry = entry.runtime_data.access.registry
    answer = share_data(registry, registry.shares[change.created[0]], now())
    answer = await _async_with_key_note(hass, entry, person, answer, data.get("valid_until"))
    if token is not None:
        link = guest_url(hass, token)
        answer["url"] = link.url
        answer["url_reachable_outside"] = link.outside
        if not link.outside:
            language = reader_language(hass, person)
            answer["url_note"] = await async_translate(hass, language, Text(URL_NOTE))
    return await _async_with_notify_note(hass, entry, person, answer)


async def _async_with_notify_note(
    hass: HomeAssistant, entry: DigitalKeyConfigEntry, person: Person, answer: dict[str, Any]
) -> dict[str, Any]:
    """`answer` with a `notify_note` when its maker asked to be told of uses and cannot be."""
    if answer["notify_on_use"] and (note := await _async_not_told(hass, entry, person)):
        answer["notify_note"] = note
    return answer


async def _async_not_told(
    hass: HomeAssistant, entry: DigitalKeyConfigEntry, person: Person
) -> str | None:
    """Why `person` would not be told of a use of their share now, in their language.

    The same check `async_notify_person` writes by, made now: a phone app linked later, or
    consent given later, still counts when the key is used. `share_key` and `my_shares`
    both say it, so the answer after a share and the list of shares tell the same.
    """
    channel = channel_of(hass, entry.runtime_data, person)
    if not isinstance(channel, Unreachable):
        return None
    note = Text(f"{NOTIFY_NOTE_PREFIX}{channel.value}")
    return await async_translate(hass, reader_language(hass, person), note)


async def async_share_pin(
    hass: HomeAssistant,
    entry: DigitalKeyConfigEntry,
    caller: Caller,
    data: Mapping[str, Any],
    *,
    pin: str | None,
) -> dict[str, Any]:
    """Share the caller's key to a door with a keypad as a PIN code, on the terms in `data`.

    `pin` is the code the resident chose (the websocket command), limited like every
    chosen code (`pin_tries`), or None for a random one the hub draws, which the answer
    (`share_data`) shows once as `pin`; a chosen code is not repeated.
    """
    person = own_person(entry.runtime_data.access.registry, caller)
    door = door_id(hass, entry, data["door"])
    if "user_id" in data:
        raise validation_error("share_pin_takes_no_user")
    _check_keypad(entry, door)
    share = _share(entry, person, door, data, ShareKind.PIN, pin=pin)
    operation = share if pin is None else limited_by_pin_tries(entry, caller, share)
    change = await async_change(hass, entry, caller, operation)
    registry = entry.runtime_data.access.registry
    answer = share_data(registry, registry.shares[change.created[0]], now())
    if pin is None and change.secret is not None:
        answer["pin"] = change.secret
    answer = await _async_with_key_note(hass, entry, person, answer, data.get("valid_until"))
    return await _async_with_notify_note(hass, entry, person, answer)


async def _async_with_key_note(
    hass: HomeAssistant,
    entry: DigitalKeyConfigEntry,
    person: Person,
    answer: dict[str, Any],
    asked_until: datetime | None,
) -> dict[str, Any]:
    """`answer` with the bounds the maker's own key sets on the share, and a `key_note`."""
    registry = entry.runtime_data.access.registry
    share = registry.shares[answer["share_id"]]
    answer |= key_bounds_data(registry, share, asked_until)
    language = reader_language(hass, person)
    note = key_note(registry, share, asked_until, language, now())
    if note is not None:
        answer["key_note"] = await async_translate(hass, language, note)
    return answer


def _check_keypad(entry: DigitalKeyConfigEntry, door: str) -> None:
    """A PIN share is for a door whose unit has a keypad."""
    link = door_link(entry, door)
    if not link.identity.features & Feature.KEYPAD:
        raise validation_error("door_without_keypad", door=link.identity.name)


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
    at = now()
    last_uses = await entry.runtime_data.event_log.async_last_share_uses(person.id)
    shares = [
        share_data(registry, share, at, last_uses.get(share.id))
        for share in registry.shares_from(person.id)
    ]
    if any(share["notify_on_use"] for share in shares):
        not_told = await _async_not_told(hass, entry, person)
        for share in shares:
            if share["notify_on_use"] and not_told:
                share["notify_note"] = not_told
    return {"shares": list(shares)}  # a copy mypy reads as a list of JSON values
