"""Admin reads: who may open a door and why (`get_access`), and the event log (`query_events`).

Both answer only in a response (`SupportsResponse.ONLY`). `get_access` is built from
`policy.explain_access`, the same reasons the lock decides on, so what the caretaker reads
is what the door will do. These responses go to an administrator, so `get_access` names
the people it lists; the event log itself holds ids only.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final

from homeassistant.core import ServiceCall, ServiceResponse
from homeassistant.helpers import config_validation as cv
import probatio as vol

from .access.model import ShareKind
from .access.policy import DoorKeys, Reason, explain_access, may_open_now
from .access.registry import Registry
from .event_log import MAX_PAGE
from .event_records import EventKind
from .reason_text import ReasonWriter, async_reason_writer, local_placeholders
from .runtime import DigitalKeyConfigEntry
from .service_schemas import ENTRY, aware
from .service_support import (
    async_admin,
    building,
    building_time,
    caller_language,
    door_id,
    event_data,
    now,
    read,
    response,
    validation_error,
)

GET_ACCESS_SCHEMA: Final = vol.Schema(
    vol.All(
        {
            **ENTRY,
            vol.Exclusive("door", "subject"): cv.string,
            vol.Exclusive("person_id", "subject"): cv.string,
            vol.Optional("at"): aware,
        },
        cv.has_at_least_one_key("door", "person_id"),
    )
)
QUERY_EVENTS_SCHEMA: Final = vol.Schema(
    {
        **ENTRY,
        vol.Optional("door"): cv.string,
        vol.Optional("person_id"): cv.string,
        vol.Optional("kinds"): vol.All(cv.ensure_list, [vol.In([k.value for k in EventKind])]),
        vol.Optional("since"): aware,
        vol.Optional("until"): aware,
        vol.Optional("limit", default=100): vol.All(
            vol.Coerce(int), vol.Range(min=1, max=MAX_PAGE)
        ),
        vol.Optional("cursor"): cv.string,
    }
)


def reason_data(
    registry: Registry,
    reason: Reason,
    door_name: str,
    write: ReasonWriter,
    told: datetime | None = None,
) -> dict[str, Any]:
    """A reason as the response shows it: code, its sentence, key, placeholders, next opening.

    Placeholders with times are in the building's time zone (`local_placeholders`). With
    `told` (the next opening said beside it), the sentence does not say that moment again.
    """
    return {
        "code": reason.code.value,
        "message": write(reason, door_name, told),
        "opens": reason.opens,
        "key": None
        if reason.key is None
        else {
            "kind": reason.key.kind.value,
            "id": reason.key.id,
            "bundle_id": reason.key.bundle_id,
            "organisation_id": reason.key.organisation_id,
        },
        "placeholders": local_placeholders(registry, reason),
        "opens_next": building_time(registry, reason.opens_next),
    }


def door_keys_data(
    registry: Registry, keys: DoorKeys, write: ReasonWriter, *, opening_told: bool = False
) -> dict[str, Any]:
    """One door of a person's keys: opens now, or when next, and why.

    `opening_told`: the reader is shown the next opening itself (`opens_next_text`, as
    My keys' card says it), so the reasons' sentences leave that moment out.
    """
    name = registry.doors[keys.door_id].name
    told = keys.opens_next if opening_told else None
    data = {
        "door_id": keys.door_id,
        "door_name": name,
        "opens_now": keys.opens_now,
        "opens_next": building_time(registry, keys.opens_next),
        "reasons": [reason_data(registry, reason, name, write, told) for reason in keys.reasons],
    }
    if opening_told:
        data["opens_next_text"] = None if keys.opens_next is None else write.moment(keys.opens_next)
    return data


def _door_access(
    registry: Registry, door: str, at: datetime, write: ReasonWriter
) -> dict[str, Any]:
    """Everyone holding a key to the door (grants, then shares to users) and why."""
    name = registry.door(door).name
    people: list[dict[str, Any]] = []
    seen: set[str] = set()
    for person_id in sorted(registry.people_with_access(door)):
        person = registry.people[person_id]
        reasons = explain_access(registry, person_id, door, at)
        seen |= {person.ha_user_id} if person.ha_user_id else set()
        people.append(
            {
                "person_id": person_id,
                "name": person.name,
                "opens_now": any(reason.opens for reason in reasons),
                "reasons": [reason_data(registry, reason, name, write) for reason in reasons],
            }
        )
    users: list[dict[str, Any]] = []
    for user_id in sorted(
        {s.target for s in registry.shares_for_door(door) if s.kind is ShareKind.HA_USER} - seen
    ):
        linked = registry.person_for_user(user_id)
        reasons = explain_access(
            registry, linked.id if linked else None, door, at, ha_user_id=user_id
        )
        users.append(
            {
                "user_id": user_id,
                "person_id": None if linked is None else linked.id,
                "opens_now": any(reason.opens for reason in reasons),
                "reasons": [reason_data(registry, reason, name, write) for reason in reasons],
            }
        )
    return {
        "door_id": door,
        "door_name": registry.doors[door].name,
        "at": at.isoformat(),
        "people": people,
        "shared_with": users,
    }


async def async_get_access(call: ServiceCall) -> ServiceResponse:
    """Who may open a door now and why, or which doors a person may open."""
    hass = call.hass
    caller = await async_admin(hass, call)
    entry = building(hass, call)
    registry = entry.runtime_data.access.registry
    at: datetime = call.data.get("at") or now()
    # Its sentences describe the moment asked about: "tomorrow" is the day after `at`.
    write = await async_reason_writer(hass, registry, caller_language(hass, registry, caller), at)
    if "door" in call.data:
        door = door_id(hass, entry, call.data["door"])
        return read(lambda: _door_access(registry, door, at, write))
    person = read(lambda: registry.person(call.data["person_id"]))
    return {
        "person_id": person.id,
        "name": person.name,
        "at": at.isoformat(),
        "doors": [
            door_keys_data(registry, keys, write) for keys in may_open_now(registry, person.id, at)
        ],
    }


async def async_event_rows(
    entry: DigitalKeyConfigEntry,
    *,
    door: str | None = None,
    person: str | None = None,
    kinds: list[str] | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 100,
    cursor: str | None = None,
) -> dict[str, Any]:
    """A page of the event log as `query_events` answers it: `events` and the next `cursor`.

    The panels' pages show their newest events through this too.
    """
    try:
        page = await entry.runtime_data.event_log.async_query(
            door=door,
            person=person,
            kinds=kinds,
            since=None if since is None else int(since.timestamp()),
            until=None if until is None else int(until.timestamp()),
            limit=limit,
            cursor=cursor,
        )
    except ValueError as err:
        raise validation_error("invalid_cursor") from err
    return {"events": [event_data(record) for record in page.records], "cursor": page.cursor}


async def async_query_events(call: ServiceCall) -> ServiceResponse:
    """A page of the event log, newest first; pass `cursor` on for the next page."""
    hass = call.hass
    await async_admin(hass, call)
    entry = building(hass, call)
    data = call.data
    door = door_id(hass, entry, data["door"]) if "door" in data else None
    return response(
        await async_event_rows(
            entry,
            door=door,
            person=data.get("person_id"),
            kinds=data.get("kinds"),
            since=data.get("since"),
            until=data.get("until"),
            limit=data["limit"],
            cursor=data.get("cursor"),
        )
    )
