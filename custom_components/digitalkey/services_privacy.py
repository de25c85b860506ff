"""Privacy actions: export everything held about a person, and erase a person.

`export_person_data` answers (to an admin) with the person's profile, their grants, the
shares they made and were given, their PIN codes and tags (as `list_credentials` shows
them: never a code), and every event-log record about them or their Home Assistant user,
as JSON and as CSV text (one table per kind, each with a header line).

`erase_person` removes the person, their grants and every share they made or were given
(`Registry.erase_person`), then replaces their person id and HA user id with the returned
pseudonym in every event-log record (and zeroes what SQLite leaves behind). The log gets
one `erasure` record holding the pseudonym only; the response is the pseudonym alone.
The bus event of the change lists the pseudonym, not the erased id.
"""

from __future__ import annotations

import csv
from datetime import datetime
import io
import json
import logging
from typing import Any, Final

from homeassistant.core import ServiceCall, ServiceResponse
from homeassistant.helpers import config_validation as cv
import probatio as vol

from .access.errors import AccessError
from .access.model import Credential, Grant, Person, Share, ShareKind
from .access.schedules import window_items
from .event_records import EventKind, EventRecord, EventSource
from .service_schemas import ENTRY
from .service_support import (
    ATTR_CONFIG_ENTRY_ID,
    EVENT_REGISTRY_CHANGED,
    access_error,
    async_admin,
    building,
    event_data,
    now,
    read,
    response,
)
from .services_credentials import credential_data

_LOGGER = logging.getLogger(__name__)

PERSON_SCHEMA: Final = vol.Schema({**ENTRY, vol.Required("person_id"): cv.string})


FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet reads as the start of a formula (OWASP's list for CSV injection)."""


def _cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet shows as text, never runs as a formula.

    Names, labels and addresses come from residents and imported files: a share label
    `=HYPERLINK(...)` would otherwise become a live link in the board's spreadsheet. Such a
    cell gets a leading `'`, which spreadsheets hide; the JSON half keeps the value as is.
    """
    if isinstance(value, dict | list):
        value = json.dumps(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return value


def _csv(rows: list[dict[str, Any]]) -> str:
    """One table as CSV text (the union of the rows' keys as header, in first-seen order)."""
    if not rows:
        return ""
    header = list(dict.fromkeys(key for row in rows for key in row))
    out = io.StringIO()
    writer = csv.DictWriter(out, header, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: _cell(value) for key, value in row.items()})
    return out.getvalue()


def _grant(grant: Grant) -> dict[str, Any]:
    """A grant as stored, but its schedule as readable windows (`schedules.window_items`)."""
    data = grant.to_json()
    data["schedule"] = None if grant.schedule is None else window_items(grant.schedule)
    return data


def _share(share: Share) -> dict[str, Any]:
    """A share as stored, but a link's or PIN's target (the digest of its secret) left out."""
    data = share.to_json()
    if share.kind is not ShareKind.HA_USER:
        del data["target"]
    return data


def export_data(
    person: Person,
    *,
    grants: list[Grant],
    made: list[Share],
    received: list[Share],
    credentials: list[Credential],
    events: list[EventRecord],
    at: datetime,
) -> dict[str, Any]:
    """The export: JSON tables and the same tables as CSV text."""
    tables: dict[str, list[dict[str, Any]]] = {
        "person": [person.to_json()],
        "grants": [_grant(grant) for grant in grants],
        "shares_made": [_share(share) for share in made],
        "shares_received": [_share(share) for share in received],
        "credentials": [credential_data(credential) for credential in credentials],
        "events": [event_data(record) for record in events],
    }
    return {
        "exported_at": at.isoformat(),
        "json": tables,
        "csv": {name: _csv(rows) for name, rows in tables.items()},
    }


async def async_export_person_data(call: ServiceCall) -> ServiceResponse:
    """Everything held about a person, as JSON and CSV (the right of access)."""
    hass = call.hass
    await async_admin(hass, call)
    entry = building(hass, call)
    runtime = entry.runtime_data
    registry = runtime.access.registry
    person = read(lambda: registry.person(call.data["person_id"]))
    users = [person.ha_user_id] if person.ha_user_id else []
    events = await runtime.event_log.async_export_person(person.id, users)
    received = registry.shares_to(ShareKind.HA_USER, person.ha_user_id) if person.ha_user_id else []
    return response(
        export_data(
            person,
            grants=registry.grants_of(person.id),
            made=registry.shares_from(person.id),
            received=received,
            credentials=registry.credentials_of_person(person.id),
            events=events,
            at=now(),
        )
    )


async def async_erase_person(call: ServiceCall) -> ServiceResponse:
    """Erase a person (the right to erasure); answers with the erasure token only."""
    hass = call.hass
    caller = await async_admin(hass, call)
    entry = building(hass, call)
    runtime = entry.runtime_data
    person_id: str = call.data["person_id"]
    person = read(lambda: runtime.access.registry.person(person_id))
    try:
        change = await runtime.access.async_apply(lambda registry: registry.erase_person(person_id))
    except AccessError as error:
        raise access_error(error) from error
    token = change.pseudonym
    assert token is not None
    users = [person.ha_user_id] if person.ha_user_id else []
    await runtime.event_log.async_pseudonymise_person(person_id, token, users)
    at = now()
    await runtime.event_log.async_append(
        [
            EventRecord(
                time=int(at.timestamp()),
                kind=EventKind.ERASURE,
                person_id=token,
                user_id=caller.user_id,
                source=EventSource.HUB,
                reason="erase_person",
                detail={"grants": len(change.grants), "shares": len(change.shares)},
            )
        ]
    )
    hass.bus.async_fire(
        EVENT_REGISTRY_CHANGED,
        {
            ATTR_CONFIG_ENTRY_ID: entry.entry_id,
            "operation": change.operation,
            "by": caller.by,
            "people": [token],
            "doors": sorted(change.doors),
            "bundles": [],
            "grants": sorted(change.grants),
            "shares": sorted(change.shares),
            "created": [],
        },
    )
    _LOGGER.info("A person was erased (token %s)", token)
    return {"token": token}
