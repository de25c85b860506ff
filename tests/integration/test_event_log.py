"""The door-record path: a unit's records are in the event log file before LOG_ACK."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
import sqlite3

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import Event, HomeAssistant
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
    async_fire_time_changed,
)

from custom_components.digitalkey.const import DEFAULT_LOG_RETENTION_DAYS, EVENT_ACCESS
from custom_components.digitalkey.event_log import EventLog
from custom_components.digitalkey.event_log_runner import event_log_path
from custom_components.digitalkey.event_records import EventKind, EventRecord
from custom_components.digitalkey.protocol.client import DoorUnitClient
from custom_components.digitalkey.protocol.constants import Opcode, Status
from custom_components.digitalkey.protocol.errors import ConnectionLost
from custom_components.digitalkey.protocol.wire import Reader
from simulator import unit_commands
from simulator.door_unit import DoorUnit

from .conftest import Site, door_link, pair_into_entry, until


def _unit_seqs(path: Path, door_id: str) -> list[int]:
    """The door's unit sequence numbers in the file, read by a connection of its own."""
    db = sqlite3.connect(path)
    try:
        rows = db.execute(
            "SELECT unit_seq FROM events WHERE door_id = ? ORDER BY unit_seq", (door_id,)
        ).fetchall()
    finally:
        db.close()
    return [row[0] for row in rows]


async def _read(hass: HomeAssistant, site: Site, name: str) -> None:
    """Wait until HA heard the unit's new counter and the read it starts is done."""
    await site.wait_for_counter(site.units[name])
    await hass.async_block_till_done(wait_background_tasks=True)


async def test_records_are_committed_before_the_unit_receives_log_ack(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = event_log_path(hass, loaded.entry_id)
    door_id = door_link(loaded, "Garage").identity.subentry_id
    unit = site.units["garage"].unit
    acks: list[tuple[int, list[int]]] = []
    real = unit_commands.HANDLERS[Opcode.LOG_ACK]

    def log_ack(
        target: DoorUnit, args: Reader, controller: unit_commands.PairedController
    ) -> tuple[Status, bytes]:
        stored = _unit_seqs(path, door_id)  # what the file holds as the unit hears LOG_ACK
        result = real(target, args, controller)
        acks.append((target.flash.log.acked_seq, stored))
        return result

    monkeypatch.setitem(unit_commands.HANDLERS, Opcode.LOG_ACK, log_ack)
    first = unit.flash.log.last_seq + 1
    unit.open_door()
    unit.press_inside_button()
    await _read(hass, site, "garage")
    await until(hass, lambda: unit.flash.log.acked_seq == unit.flash.log.last_seq)

    assert acks
    for acked, stored in acks:
        assert set(range(first, acked + 1)) <= set(stored)
    assert acks[-1][0] == unit.flash.log.last_seq >= first + 1


async def test_a_failed_commit_is_not_acknowledged_and_is_read_again(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, monkeypatch: pytest.MonkeyPatch
) -> None:
    door = door_link(loaded, "Garage")
    unit = site.units["garage"].unit
    acked = unit.flash.log.acked_seq
    log = loaded.runtime_data.event_log.log

    def disk_full(*_args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    # The failure is SQLite's own, raised inside the log's transaction.
    monkeypatch.setattr(log, "_store_position", disk_full)
    events: list[Event] = async_capture_events(hass, EVENT_ACCESS)
    unit.open_door()
    await _read(hass, site, "garage")
    assert unit.flash.log.acked_seq == acked
    assert events == []
    path = event_log_path(hass, loaded.entry_id)
    assert unit.flash.log.last_seq not in _unit_seqs(path, door.identity.subentry_id)

    monkeypatch.undo()
    await door.async_refresh()
    await hass.async_block_till_done()
    assert unit.flash.log.acked_seq == unit.flash.log.last_seq
    assert [e.data["event"] for e in events] == ["door_opened"]


async def test_a_crash_between_commit_and_ack_duplicates_nothing(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hub stops after the commit, before LOG_ACK: after the restart nothing repeats."""
    path = event_log_path(hass, loaded.entry_id)
    door_id = door_link(loaded, "Laundry").identity.subentry_id
    unit = site.units["laundry"].unit
    acked = unit.flash.log.acked_seq

    async def lost(self: DoorUnitClient, seq: int) -> None:
        raise ConnectionLost("the hub stopped here")

    monkeypatch.setattr(DoorUnitClient, "ack_log", lost)
    events: list[Event] = async_capture_events(hass, EVENT_ACCESS)
    unit.press_inside_button()
    await _read(hass, site, "laundry")
    pressed = unit.flash.log.last_seq
    assert unit.flash.log.acked_seq == acked  # never acknowledged
    assert _unit_seqs(path, door_id).count(pressed) == 1  # but committed
    assert len(events) == 1

    monkeypatch.undo()
    assert await hass.config_entries.async_reload(loaded.entry_id)
    await hass.async_block_till_done()
    door = door_link(loaded, "Laundry")
    assert door.state.log_seq == pressed  # the position came back from the event log
    await door.async_refresh()
    await hass.async_block_till_done()
    assert unit.flash.log.acked_seq == pressed  # acknowledged at the first read after it
    assert _unit_seqs(path, door_id).count(pressed) == 1
    assert len(events) == 1

    # Reading the same records again (a position behind the log) adds nothing either.
    door.state.log_seq = pressed - 1
    unit.press_inside_button()
    await door.async_refresh()
    await hass.async_block_till_done()
    seqs = _unit_seqs(path, door_id)
    assert len(seqs) == len(set(seqs))
    assert [e.data["seq"] for e in events] == [pressed, pressed + 1]


async def test_a_failed_store_save_after_the_commit_fires_once_and_acks_later(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, monkeypatch: pytest.MonkeyPatch
) -> None:
    door = door_link(loaded, "Entrance")
    unit = site.units["entrance"].unit
    acked = unit.flash.log.acked_seq

    async def failing_save(data: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(loaded.runtime_data.saver.store, "async_save", failing_save)
    events: list[Event] = async_capture_events(hass, EVENT_ACCESS)
    unit.open_door()
    await _read(hass, site, "entrance")
    assert unit.flash.log.acked_seq == acked
    monkeypatch.undo()
    await door.async_refresh()
    await hass.async_block_till_done()
    assert unit.flash.log.acked_seq == unit.flash.log.last_seq
    assert [e.data["event"] for e in events] == ["door_opened"]


async def test_retention_purges_at_start_and_daily(hass: HomeAssistant, site: Site) -> None:
    await site.add_unit("entrance")
    entry = await pair_into_entry(site, ["entrance"])
    path = event_log_path(hass, entry.entry_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    now = int(dt_util.utcnow().timestamp())
    day = 86_400
    keep = DEFAULT_LOG_RETENTION_DAYS * day
    log = EventLog(path)
    log.append(
        [
            EventRecord(time=now - keep - day, kind=EventKind.IMPORT),  # gone at start
            EventRecord(time=now - keep + day // 2, kind=EventKind.ERASURE),  # gone a day on
            EventRecord(time=now - day, kind=EventKind.REGISTRY_CHANGED),  # kept
        ]
    )
    log.close()

    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    event_log = entry.runtime_data.event_log
    kinds = {r.kind for r in (await event_log.async_query()).records}
    assert {EventKind.ERASURE, EventKind.REGISTRY_CHANGED} <= kinds
    assert EventKind.IMPORT not in kinds

    entry.runtime_data.wall_clock = lambda: now + day
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(days=1, seconds=1))
    await hass.async_block_till_done(wait_background_tasks=True)
    kinds = {r.kind for r in (await event_log.async_query()).records}
    assert EventKind.REGISTRY_CHANGED in kinds
    assert EventKind.ERASURE not in kinds
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_retention_follows_the_building_option(hass: HomeAssistant, site: Site) -> None:
    await site.add_unit("entrance")
    entry = await pair_into_entry(site, ["entrance"], options={"event_retention_days": 10})
    path = event_log_path(hass, entry.entry_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    now = int(dt_util.utcnow().timestamp())
    day = 86_400
    log = EventLog(path)
    log.append(
        [
            EventRecord(time=now - 11 * day, kind=EventKind.IMPORT),  # past 10 days
            EventRecord(time=now - 9 * day, kind=EventKind.ERASURE),  # gone once it is 5
            EventRecord(time=now - 2 * day, kind=EventKind.REGISTRY_CHANGED),  # kept
        ]
    )
    log.close()

    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    event_log = entry.runtime_data.event_log
    kinds = {r.kind for r in (await event_log.async_query()).records}
    assert kinds == {EventKind.ERASURE, EventKind.REGISTRY_CHANGED}

    # A changed option applies from the next daily purge, without a reload.
    hass.config_entries.async_update_entry(entry, options={"event_retention_days": 5})
    await hass.async_block_till_done()
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(days=1, seconds=1))
    await hass.async_block_till_done(wait_background_tasks=True)
    kinds = {r.kind for r in (await event_log.async_query()).records}
    assert kinds == {EventKind.REGISTRY_CHANGED}
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_unload_closes_and_removal_deletes_the_file(hass: HomeAssistant, site: Site) -> None:
    await site.add_unit("entrance")
    entry = await pair_into_entry(site, ["entrance"])
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    path = event_log_path(hass, entry.entry_id)
    log = entry.runtime_data.event_log.log
    assert path.exists()
    assert await hass.config_entries.async_unload(entry.entry_id)
    assert log.closed
    await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done()
    assert not path.exists()
    assert not path.with_name(path.name + "-wal").exists()


async def test_a_log_from_a_newer_version_stops_the_building_clearly(
    hass: HomeAssistant, site: Site
) -> None:
    await site.add_unit("entrance")
    entry = await pair_into_entry(site, ["entrance"])
    path = event_log_path(hass, entry.entry_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    db.execute("INSERT INTO schema_version VALUES (7)")
    db.commit()
    db.close()

    assert not await hass.config_entries.async_setup(entry.entry_id)
    assert entry.state is ConfigEntryState.SETUP_ERROR
    assert entry.reason is not None
    assert "newer version" in entry.reason
    assert "7" in entry.reason
