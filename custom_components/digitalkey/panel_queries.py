"""The control center's reads: the overview, a person's page and a door's page (admins).

- `digitalkey/overview/get` → `{doors, people, bundles, settings}`: every door's row
  (`panel_doors.door_row`), every person's row (`panel_people.person_row`), the key
  bundles, and the options the panel needs to offer the right forms.
- `digitalkey/person/get` {person_id} → `{person, grants, credentials, shares, events}`:
  their row with their language, each grant with its terms, their PIN codes and tags as
  `list_credentials` shows them, the shares they made, and their newest 20 events as
  `query_events` shows them.
- `digitalkey/door/get` {door} → `{door, access, events}`: the door's row, every key to it
  and why it opens or not (`panel_doors.access_rows`), its newest 20 events.

Each is computed when asked from the live registry and the entities' states; nothing is
cached, so what the panel shows after a change notice (`panel_subscribe`) is current.
The awaited parts (texts, the event log) come first and the registry is then read
without a pause, so one answer shows one moment of the registry. The commands are
`require_admin` and check the user again (`websocket_answers.checked_command`), as the
actions do.
"""

from __future__ import annotations

from typing import Any, Final

from homeassistant.components.websocket_api import async_register_command
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.core import HomeAssistant, callback
import probatio as vol

from .access.contact import Language
from .access.registry import Registry
from .building_options import allow_resident_pins, pin_min_length
from .notifications import building_language
from .panel_doors import access_rows, door_entities, door_row
from .panel_people import grant_row, person_row, share_row
from .reason_text import async_reason_writer
from .runtime import DigitalKeyConfigEntry
from .service_support import (
    Caller,
    building_of,
    caller_language,
    door_id,
    now,
    read,
)
from .services_credentials import credential_data
from .services_queries import async_event_rows
from .websocket_answers import ENTRY_ID, Message, checked_command, connection_caller

RECENT_EVENTS: Final = 20
"""Events a person's or a door's page shows (the event log page has the rest)."""


@checked_command(
    {vol.Required("type"): "digitalkey/overview/get", vol.Optional(ENTRY_ID): str}, admin=True
)
async def ws_overview(
    hass: HomeAssistant, connection: ActiveConnection, msg: Message
) -> dict[str, Any]:
    """Every door and person of the building, the bundles, and the panel's settings."""
    entry = building_of(hass, msg.get(ENTRY_ID))
    registry = entry.runtime_data.access.registry
    at = now()
    entities = door_entities(hass, entry)
    doors = sorted(registry.doors.values(), key=lambda door: (door.name.casefold(), door.id))
    people = sorted(registry.people.values(), key=lambda p: (p.name.casefold(), p.id))
    bundles = sorted(registry.bundles.values(), key=lambda b: (b.name.casefold(), b.id))
    return {
        "doors": [door_row(hass, entry, door, entities) for door in doors],
        "people": [person_row(registry, person, at) for person in people],
        "bundles": [
            {"id": bundle.id, "name": bundle.name, "door_ids": sorted(bundle.door_ids)}
            for bundle in bundles
        ],
        "settings": _settings(hass, entry),
    }


def _settings(hass: HomeAssistant, entry: DigitalKeyConfigEntry) -> dict[str, Any]:
    return {
        "allow_resident_pins": allow_resident_pins(entry.options),
        "pin_min_length": pin_min_length(entry.options),
        "language": building_language(hass).value,
    }


def _reader_language(
    hass: HomeAssistant, registry: Registry, caller: Caller, msg: Message
) -> Language:
    """The language the page's sentences are written in: the panel's, when it says.

    A panel shows the user's Home Assistant language, which an administrator without a
    linked person does not otherwise give; without it, the caller's (`caller_language`).
    """
    if "language" in msg:
        return Language(msg["language"])
    return caller_language(hass, registry, caller)


@checked_command(
    {
        vol.Required("type"): "digitalkey/person/get",
        vol.Optional(ENTRY_ID): str,
        vol.Required("person_id"): str,
        vol.Optional("language"): vol.In([language.value for language in Language]),
    },
    admin=True,
)
async def ws_person(
    hass: HomeAssistant, connection: ActiveConnection, msg: Message
) -> dict[str, Any]:
    """One person: their row, grants, PIN codes and tags, shares made and newest events."""
    caller = connection_caller(connection)
    entry = building_of(hass, msg.get(ENTRY_ID))
    registry = entry.runtime_data.access.registry
    person_id: str = msg["person_id"]
    read(lambda: registry.person(person_id))
    language = _reader_language(hass, registry, caller, msg)
    last_uses = await entry.runtime_data.event_log.async_last_share_uses(person_id)
    events = await async_event_rows(entry, person=person_id, limit=RECENT_EVENTS)
    person = read(lambda: registry.person(person_id))
    at = now()
    return {
        "person": {**person_row(registry, person, at), "language": person.language.value},
        "grants": [
            grant_row(registry, grant, at, language) for grant in registry.grants_of(person_id)
        ],
        "credentials": [
            credential_data(credential) for credential in registry.credentials_of_person(person_id)
        ],
        "shares": [
            share_row(registry, share, at, last_uses) for share in registry.shares_from(person_id)
        ],
        "events": events["events"],
    }


@checked_command(
    {
        vol.Required("type"): "digitalkey/door/get",
        vol.Optional(ENTRY_ID): str,
        vol.Required("door"): str,
        vol.Optional("language"): vol.In([language.value for language in Language]),
    },
    admin=True,
)
async def ws_door(
    hass: HomeAssistant, connection: ActiveConnection, msg: Message
) -> dict[str, Any]:
    """One door: its row, every key to it and why, and its newest events."""
    caller = connection_caller(connection)
    entry = building_of(hass, msg.get(ENTRY_ID))
    registry = entry.runtime_data.access.registry
    door = door_id(hass, entry, msg["door"])
    read(lambda: registry.door(door))
    language = _reader_language(hass, registry, caller, msg)
    write = await async_reason_writer(hass, registry, language, now())
    user_names = {user.id: user.name or "" for user in await hass.auth.async_get_users()}
    events = await async_event_rows(entry, door=door, limit=RECENT_EVENTS)
    found = read(lambda: registry.door(door))
    return {
        "door": door_row(hass, entry, found, door_entities(hass, entry)),
        "access": access_rows(registry, found, now(), write, user_names),
        "events": events["events"],
    }


@callback
def async_setup_panel_queries(hass: HomeAssistant) -> None:
    """Register the three reads (once, in `async_setup`)."""
    for command in (ws_overview, ws_person, ws_door):
        async_register_command(hass, command)
