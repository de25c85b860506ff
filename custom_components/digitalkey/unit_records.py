"""A door unit's log records, stored, announced and followed up, in that order.

Each page of records read from a unit is committed to the event log, which also holds the
door's read position, before the unit gets LOG_ACK; the building store keeps a copy of the
position (and the unit's last status), used only for a door the event log does not know
yet (a building from before the log).

What a record says is translated by `access_events`: a BLE record takes the user and the
key of the command this hub sent (`attribution`), a keypad or reader record the credential
it names and that credential's holder as the registry knows them when the record is read
(`credential_holders`), by id only. A record stored for the first time is then announced
(`digitalkey_access` on the bus, the door's event entity; not this hub's own commit of
new codes and tags, which the sync sensor shows) and followed up
(`keypad_events`: a PIN share's use counted, an emergency key's use booked, the board
told of blocked credentials and of PIN guessing). A record read again (the hub stopped
between the commit and LOG_ACK) is already stored, and announces and counts nothing again.
"""

from __future__ import annotations

from typing import Any

from homeassistant.core import Context, HomeAssistant

from .access_events import access_event, event_record
from .building_store import DoorRecord, keep_hub_settings
from .const import EVENT_ACCESS
from .credential_holders import CredentialHolder, credential_holder
from .door_link import DoorLink, ReadRecord
from .keypad_events import KeypadEvents, ReadKeypadRecord
from .protocol.constants import LogEvent
from .runtime import DigitalKeyConfigEntry, DigitalKeyRuntime


def _user_id(read: ReadRecord) -> str | None:
    """The HA user whose command caused a record (only for our own commands)."""
    return read.context.user_id if read.context is not None and read.ours else None


def _own_commit(read: ReadRecord) -> bool:
    """Whether the record is this hub's own commit of new codes and tags to the unit.

    Logged, but not announced: every credential change commits to each door, and the
    sync sensor already shows it, so a logbook row per door would only be noise. Another
    controller's commit is news, and is announced.
    """
    return read.ours and read.record.event is LogEvent.CREDENTIALS_UPDATED


def _person_id(read: ReadRecord) -> str | None:
    """The person whose key our command that caused a record was allowed on."""
    return read.key.person_id if read.key is not None and read.ours else None


class UnitRecords:
    """The record sink of one building's door links (`DoorLinkHooks.records`)."""

    def __init__(
        self, hass: HomeAssistant, entry: DigitalKeyConfigEntry, runtime: DigitalKeyRuntime
    ) -> None:
        """Store into `runtime`'s event log and building store."""
        self.hass = hass
        self.entry = entry
        self.runtime = runtime
        self.keypad = KeypadEvents(hass, entry, runtime)

    def forget_door(self, door_id: str) -> None:
        """A door was removed: nothing of it is followed any more."""
        self.keypad.forget_door(door_id)

    async def async_store(self, door: DoorLink, records: list[ReadRecord], log_seq: int) -> None:
        """Commit the records and the read position; then announce and follow up the new ones.

        Any error of the commit propagates, and the unit is then not acknowledged.
        """
        runtime = self.runtime
        door_id = door.identity.subentry_id
        if door_id not in runtime.doors:
            return  # removed while reading
        new: list[tuple[ReadRecord, ReadKeypadRecord]] = []
        if records:
            read = self._translate(door_id, records)
            stored = await runtime.event_log.async_append_unit_records(
                door_id, [item.stored for item in read]
            )
            new = [
                (r, item)
                for r, item in zip(records, read, strict=True)
                if r.record.seq in stored.added
            ]
        else:
            await runtime.event_log.async_set_unit_position(door_id, log_seq)
        self._keep_position(door, log_seq)
        for r, item in new:
            if not _own_commit(r):
                self._announce(door, r, item.holder)
        if new:
            await self.keypad.async_handle(door.identity, [item for _, item in new])
        await runtime.saver.async_save()

    def _translate(self, door_id: str, records: list[ReadRecord]) -> list[ReadKeypadRecord]:
        """Each record as the event log stores it, with the credential holder it names."""
        read_at = self.runtime.wall_clock()
        registry = self.runtime.access.registry
        translated = []
        for r in records:
            holder = credential_holder(registry, door_id, r.record)
            stored = event_record(
                door_id,
                r.record,
                _user_id(r),
                read_at,
                key=r.key if r.ours else None,
                holder=holder,
            )
            translated.append(ReadKeypadRecord(r.record, stored, holder))
        return translated

    def _keep_position(self, door: DoorLink, log_seq: int) -> None:
        """The building store's copy of the read position and the unit's last status."""
        data = self.runtime.data["doors"]
        door_id = door.identity.subentry_id
        record = DoorRecord(log_seq=log_seq)
        if door.state.snapshot is not None:
            record["snapshot"] = door.state.snapshot.encode().hex()
        previous = data.get(door_id)
        if previous is not None:
            keep_hub_settings(previous, record)
        data[door_id] = record

    def _announce(self, door: DoorLink, read: ReadRecord, holder: CredentialHolder | None) -> None:
        """A new record on the bus and on the door's event entity (ids only)."""
        event = access_event(
            door.identity,
            read.record,
            _user_id(read),
            _person_id(read),
            holder,
            key=read.key if read.ours else None,
        )
        data: dict[str, Any] = {"config_entry_id": self.entry.entry_id, **event.bus_data()}
        # The logbook shows who acted from the event's context. A record of nobody in Home
        # Assistant (a PIN code, a tag, the unit's own relock) gets a fresh context: the
        # event entity would otherwise write its state with the context of a call it was
        # given seconds before, and the logbook name that caller as the one who acted.
        context = read.context
        event_context = (
            Context(user_id=context.user_id, parent_id=context.id)
            if context is not None and read.ours
            else Context()
        )
        self.hass.bus.async_fire(EVENT_ACCESS, data, context=event_context)
        self.runtime.events.dispatch(event, event_context)
