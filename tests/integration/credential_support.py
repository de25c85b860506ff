"""PIN codes and tags on the simulated units: added through the registry, written over the air.

The building's credential sync is not what is tested with these: they write a door's records
the way it will, with the protocol's own `sync_unit` on the door's link (a real session),
from `door_credentials` and the secrets computed from the vault's values.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

from homeassistant.core import Event, HomeAssistant, ServiceCall, callback
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey.access.credential_vault import CredentialVault
from custom_components.digitalkey.access.door_credentials import door_credentials
from custom_components.digitalkey.access.model import CredentialKind
from custom_components.digitalkey.access.view import RegistryView
from custom_components.digitalkey.const import CONF_HUB_KEY, EVENT_ACCESS
from custom_components.digitalkey.door_link import DoorLink
from custom_components.digitalkey.event_records import EventKind, EventRecord
from custom_components.digitalkey.jobs import Priority
from custom_components.digitalkey.protocol.constants import CredentialType
from custom_components.digitalkey.protocol.credential_sync import BucketCache, sync_unit
from custom_components.digitalkey.protocol.records import CredentialRecord, credential_secret

_TYPES = {CredentialKind.PIN: CredentialType.PIN, CredentialKind.TAG: CredentialType.TAG}


def vault_of(entry: MockConfigEntry) -> CredentialVault:
    """The building's credential vault, from its hub key."""
    return CredentialVault.from_hub_key(bytes.fromhex(entry.data[CONF_HUB_KEY]))


def wire_records(
    registry: RegistryView,
    vault: CredentialVault,
    door_id: str,
    unit_secret: bytes,
    now: datetime,
) -> list[CredentialRecord]:
    """The records a door's unit should hold, as they go over the air."""
    records = []
    for record in door_credentials(registry, door_id, now):
        credential = registry.credentials[record.credential_id]
        kind = _TYPES[record.kind]
        records.append(
            CredentialRecord(
                record.record_id,
                credential.number,
                kind,
                credential_secret(unit_secret, kind, vault.unseal(credential)),
                enabled=record.enabled,
                valid_from=record.valid_from,
                valid_until=record.valid_until,
                weekdays=record.weekdays,
                window_start=record.window_start,
                window_end=record.window_end,
            )
        )
    return records


async def write_records(door: DoorLink, records: list[CredentialRecord]) -> None:
    """Make `records` the unit's whole credential set, over the door's link."""
    await door.async_run(lambda client: sync_unit(client, records, BucketCache()), Priority.SYNC)


async def sync_door(entry: MockConfigEntry, door: DoorLink) -> None:
    """Write the door's records as the building's registry derives them now."""
    runtime = entry.runtime_data
    records = wire_records(
        runtime.access.registry,
        vault_of(entry),
        door.identity.subentry_id,
        door.identity.unit_secret,
        datetime.fromtimestamp(runtime.wall_clock(), UTC),
    )
    await write_records(door, records)
    await door.async_refresh()  # the CREDENTIALS_UPDATED record, out of the way


@asynccontextmanager
async def reads_held(door: DoorLink) -> AsyncIterator[None]:
    """The hub does not read the unit while inside (its advertisements still change).

    Lets a test change the registry between a record being written and being read.
    """
    real = door.async_refresh

    async def later() -> None:
        return None

    door.async_refresh = later  # type: ignore[method-assign]
    try:
        yield
    finally:
        door.async_refresh = real  # type: ignore[method-assign]


async def read_door(hass: HomeAssistant, door: DoorLink) -> None:
    """Read the unit's new records now, and let what follows them run."""
    await door.async_refresh()
    await hass.async_block_till_done(wait_background_tasks=True)


def record_id(record: EventRecord) -> int:
    """The unit's record id of the PIN code or tag an event-log record is about."""
    value = record.detail["record_id"]
    assert isinstance(value, int)
    return value


async def records_of(entry: MockConfigEntry, *kinds: EventKind) -> list[EventRecord]:
    """The event log's records of these kinds, oldest first."""
    page = await entry.runtime_data.event_log.async_query(kinds=list(kinds), limit=1000)
    return list(reversed(page.records))


def access_events(hass: HomeAssistant) -> list[Event]:
    """Every `digitalkey_access` event fired from now on."""
    seen: list[Event] = []

    @callback
    def record(event: Event) -> None:
        seen.append(event)

    hass.bus.async_listen(EVENT_ACCESS, record)
    return seen


def capture_notify(hass: HomeAssistant, name: str) -> list[dict[str, Any]]:
    """A `notify.<name>` action that keeps what it is sent."""
    sent: list[dict[str, Any]] = []

    async def handler(call: ServiceCall) -> None:
        sent.append(dict(call.data))

    hass.services.async_register("notify", name, handler)
    return sent


def keypad_events(events: list[Event], *sources: str) -> list[Event]:
    """The events of the keypad and reader (`pin`, `tag`) among `events`."""
    wanted = sources or ("pin", "tag")
    return [event for event in events if event.data.get("source") in wanted]


type Describe = Callable[[Event], dict[str, Any]]
