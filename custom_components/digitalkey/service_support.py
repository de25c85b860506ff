"""What every Digital Key action shares: who is calling, which building, which door, errors.

- The caller: `call.context.user_id`. Admin actions need an HA administrator; a call with
  no user (an automation, a script, another integration) is allowed too, because only an
  admin can write those. Resident actions need a user, and act only for the person linked
  to that user: the person id is never taken from the call's data.
- The building: the `config_entry_id` field, or the one loaded building when omitted.
- A door: its lock entity id, its device id or its door id (the unit's subentry id). The
  same field takes all three, so an automation can use whatever it has at hand. The
  battery actions also take any other entity of the door (`battery_door_id`).
- Errors: every `AccessError` becomes a `ServiceValidationError` whose translation key is
  `access_<code>` with the error's placeholders (`access_error`), so one table of texts
  serves every action.
- Every change is saved through `AccessRuntime.async_apply` and then written to the event
  log as `registry_changed` records (one per person touched, ids only) and announced on
  the bus as `digitalkey_registry_changed` (ids only: a PIN code never leaves the action
  or websocket command that made it, except in the one answer that shows a PIN the hub
  chose).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from homeassistant.core import HomeAssistant, ServiceCall, ServiceResponse
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import (
    device_registry as dr,
    entity_registry as er,
    service,
)
from homeassistant.util import dt as dt_util

from .access.contact import Language
from .access.credential_vault import CredentialVault
from .access.errors import AccessError, ErrorCode
from .access.model import Person
from .access.registry import Change, Registry
from .const import DOMAIN
from .door_link import DoorLink
from .event_records import EventKind, EventRecord, EventSource
from .notifications import Text, async_translate, building_language, reader_language
from .pin_tries import limit_pin_tries
from .runtime import DigitalKeyConfigEntry, DigitalKeyRuntime

ATTR_CONFIG_ENTRY_ID: Final = "config_entry_id"
EVENT_REGISTRY_CHANGED: Final = "digitalkey_registry_changed"
"""Bus event after every saved change of the access registry (ids only)."""
AUTOMATION: Final = "automation"
"""Who changed the registry when no user did (the event log's `by`)."""


def validation_error(key: str, **placeholders: str) -> ServiceValidationError:
    """A translated `ServiceValidationError` of this integration."""
    return ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key=key,
        translation_placeholders=dict(placeholders) or None,
    )


def access_error(error: AccessError) -> ServiceValidationError:
    """The one mapping of a registry refusal to what the caller sees: `access_<code>`."""
    return ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key=f"access_{error.code.value}",
        translation_placeholders=dict(error.placeholders) or None,
    )


def now() -> datetime:
    """The time every action decides at (Home Assistant's clock, aware UTC)."""
    return dt_util.utcnow()


@dataclass(frozen=True, slots=True)
class Caller:
    """Who made the call: an HA user (admin or not) or nobody (an automation)."""

    user_id: str | None
    is_admin: bool

    @property
    def by(self) -> str:
        """For the event log: the user id, or `automation`."""
        return self.user_id if self.user_id is not None else AUTOMATION


async def async_caller(hass: HomeAssistant, call: ServiceCall) -> Caller:
    """The caller of `call`; an unknown user id is refused like a non-admin."""
    user_id = call.context.user_id
    if user_id is None:
        return Caller(None, is_admin=True)
    user = await hass.auth.async_get_user(user_id)
    if user is None:
        raise validation_error("unauthorized")
    return Caller(user.id, is_admin=user.is_admin)


async def async_admin(hass: HomeAssistant, call: ServiceCall) -> Caller:
    """The caller, who must be an administrator or an automation."""
    caller = await async_caller(hass, call)
    if not caller.is_admin:
        raise validation_error("unauthorized")
    return caller


async def async_resident(hass: HomeAssistant, call: ServiceCall) -> Caller:
    """The caller, who must be a Home Assistant user (resident actions act for a person)."""
    caller = await async_caller(hass, call)
    if caller.user_id is None:
        raise validation_error("user_required")
    return caller


def own_person(registry: Registry, caller: Caller) -> Person:
    """The person linked to the calling user, or the translated `no_person` refusal."""
    person = None if caller.user_id is None else registry.person_for_user(caller.user_id)
    if person is None:
        raise validation_error("no_person")
    return person


def caller_language(hass: HomeAssistant, registry: Registry, caller: Caller) -> Language:
    """The language answers are written in: the linked person's, else the building's."""
    person = None if caller.user_id is None else registry.person_for_user(caller.user_id)
    return reader_language(hass, person)


def local_time(epoch: int) -> str:
    """An event time (epoch seconds) as ISO 8601 in the building's time zone, with offset.

    Answers are read by people: `2026-03-02T07:15:00+01:00` is what the clocks in the
    building showed, and the offset keeps it exact for automations.
    """
    return datetime.fromtimestamp(epoch, dt_util.get_default_time_zone()).isoformat()


def building_time(registry: Registry, value: datetime | None) -> str | None:
    """A registry time (aware UTC) as ISO 8601 in the building's time zone, with offset.

    For the same reason as `local_time`: a window read by people is in the building's
    clock, and the offset keeps it exact.
    """
    return None if value is None else value.astimezone(registry.settings.tz).isoformat()


def event_data(record: EventRecord) -> dict[str, object]:
    """An event record for an answer: its fields, the time as `local_time`."""
    data = record.as_dict()
    data["time"] = local_time(record.time)
    return data


def building(hass: HomeAssistant, call: ServiceCall) -> DigitalKeyConfigEntry:
    """The building the call is for (`config_entry_id`, or the only one loaded)."""
    return building_of(hass, call.data.get(ATTR_CONFIG_ENTRY_ID))


def building_of(hass: HomeAssistant, entry_id: str | None) -> DigitalKeyConfigEntry:
    """The loaded building with this entry id (None: the only one loaded).

    Refused with Home Assistant's own translated `ServiceValidationError` otherwise.
    """
    entry: DigitalKeyConfigEntry = service.async_get_config_entry(hass, DOMAIN, entry_id)
    return entry


def door_id(hass: HomeAssistant, entry: DigitalKeyConfigEntry, ref: str) -> str:
    """The door id `ref` names: a lock entity id, a device id, or the door id itself.

    A reference that is none of those is passed on as a door id, so the registry refuses
    it as `unknown_door`, the same answer as for a door that was removed.
    """
    if ref.startswith("lock."):
        entity = er.async_get(hass).async_get(ref)
        if (
            entity is None
            or entity.config_entry_id != entry.entry_id
            or entity.config_subentry_id is None
        ):
            raise validation_error("access_unknown_door", door_id=ref)
        return entity.config_subentry_id
    device = dr.async_get(hass).async_get(ref)
    if device is not None:
        subentries = device.config_entries_subentries.get(entry.entry_id, set())
        found = [subentry for subentry in subentries if subentry is not None]
        if len(found) != 1:
            raise validation_error("access_unknown_door", door_id=ref)
        return found[0]
    return ref


def battery_door_id(hass: HomeAssistant, entry: DigitalKeyConfigEntry, ref: str) -> str:
    """`door_id`, where any entity of the door names it too (battery sensor, binary sensor).

    For the battery actions, which an automation calls from a battery sensor's trigger
    with the entity it has. Not for the others: whatever opens or gives a key names the
    door by its lock, so a sensor's id never stands for a door that is opened.
    """
    entity = er.async_get(hass).async_get(ref)
    if entity is None or ref.startswith("lock."):
        return door_id(hass, entry, ref)
    if entity.config_entry_id != entry.entry_id or entity.config_subentry_id is None:
        raise validation_error("access_unknown_door", door_id=ref)
    return entity.config_subentry_id


def door_link(entry: DigitalKeyConfigEntry, door: str) -> DoorLink:
    """The link to a door of the building, or the translated `access_unknown_door`."""
    link = entry.runtime_data.doors.get(door)
    if link is None:
        raise access_error(AccessError(ErrorCode.UNKNOWN_DOOR, door_id=door))
    return link


def credential_vault(entry: DigitalKeyConfigEntry) -> CredentialVault:
    """The building's credential vault, derived from its hub key (the vault key is not kept)."""
    return CredentialVault.from_hub_key(entry.runtime_data.hub_key.private)


def limited_by_pin_tries(
    entry: DigitalKeyConfigEntry, caller: Caller, operation: Callable[[Registry], Change]
) -> Callable[[Registry], Change]:
    """`operation` (one that checks a PIN code the caller chose) under `pin_tries`' limit.

    Administrators and automations are not limited.
    """
    runtime = entry.runtime_data
    user = None if caller.is_admin else caller.user_id
    return limit_pin_tries(runtime.pin_tries, user, runtime.clock(), operation)


def door_ids(hass: HomeAssistant, entry: DigitalKeyConfigEntry, refs: Iterable[str]) -> list[str]:
    """Door ids of every reference, in order, without repeats."""
    return list(dict.fromkeys(door_id(hass, entry, ref) for ref in refs))


def change_records(change: Change, caller: Caller, at: datetime) -> list[EventRecord]:
    """`registry_changed` records for a change: one per person touched, or one in all.

    A record holds ids in its id columns (so erasing a person pseudonymises it) and counts
    in its detail; a grant, share or door id only when the change has exactly one.
    """

    def single(ids: frozenset[str]) -> str | None:
        return next(iter(ids)) if len(ids) == 1 else None

    detail: dict[str, str | int] = {
        "by": AUTOMATION if caller.user_id is None else "user",
        "people": len(change.people),
        "doors": len(change.doors),
        "bundles": len(change.bundles),
        "grants": len(change.grants),
        "shares": len(change.shares),
        "credentials": len(change.credentials),
    }
    if change.organisations:
        detail["organisations"] = len(change.organisations)
    if (bundle := single(change.bundles)) is not None:
        detail["bundle_id"] = bundle
    if (organisation := single(change.organisations)) is not None:
        detail["organisation_id"] = organisation
    common: dict[str, Any] = {
        "time": int(at.timestamp()),
        "kind": EventKind.REGISTRY_CHANGED,
        "door_id": single(change.doors),
        "user_id": caller.user_id,
        "grant_id": single(change.grants),
        "share_id": single(change.shares),
        "credential_id": single(change.credentials),
        "source": EventSource.HUB,
        "reason": change.operation,
        "detail": detail,
    }
    people: list[str | None] = [*sorted(change.people)] or [None]
    return [EventRecord(person_id=person_id, **common) for person_id in people]


def change_data(entry: DigitalKeyConfigEntry, change: Change, caller: Caller) -> dict[str, Any]:
    """The bus event's data: the operation and ids, never names or contact details."""
    return {
        ATTR_CONFIG_ENTRY_ID: entry.entry_id,
        "operation": change.operation,
        "by": caller.by,
        "people": sorted(change.people),
        "doors": sorted(change.doors),
        "bundles": sorted(change.bundles),
        "grants": sorted(change.grants),
        "shares": sorted(change.shares),
        "credentials": sorted(change.credentials),
        "organisations": sorted(change.organisations),
        "created": list(change.created),
    }


async def async_change(
    hass: HomeAssistant,
    entry: DigitalKeyConfigEntry,
    caller: Caller,
    operation: Callable[[Registry], Change],
    *,
    extra: Iterable[EventRecord] = (),
) -> Change:
    """Apply, save, log and announce one registry operation; refusals are translated.

    `extra` records (an import's, an erasure's) go into the same log transaction.
    """
    runtime: DigitalKeyRuntime = entry.runtime_data
    try:
        change = await runtime.access.async_apply(operation)
    except AccessError as error:
        raise access_error(error) from error
    if change.empty:
        return change
    at = now()
    await runtime.event_log.async_append([*change_records(change, caller, at), *extra])
    hass.bus.async_fire(EVENT_REGISTRY_CHANGED, change_data(entry, change, caller))
    return change


def read[T](operation: Callable[[], T]) -> T:
    """Run a registry read that may refuse (`AccessError`), translated like a change."""
    try:
        return operation()
    except AccessError as error:
        raise access_error(error) from error


async def async_report_text(hass: HomeAssistant, key: str, placeholders: dict[str, str]) -> str:
    """The text of an `exceptions` key in the building's language (for reports)."""
    return await async_translate(hass, building_language(hass), Text(key, placeholders))


def response(data: dict[str, Any]) -> ServiceResponse:
    """`data` as an action's response (JSON-ready values only)."""
    return data
