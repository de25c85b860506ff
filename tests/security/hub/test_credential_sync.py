"""The credential sync against a curious reader and an attacker near the door.

- Nothing the sync does shows a PIN, a tag UID, a record's secret or a unit secret: not
  the log (at DEBUG), the diagnostics, the bus events nor the sensors' attributes.
- An attacker without keys can forge advertisements and plaintext ERRORs. Neither changes
  what the hub believes the unit holds, nor fails the sync: advertisements carry no
  database hash, and a plaintext ERROR is not believed (inside a session it is dropped;
  before one it only delays the sync).
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta
import json
import logging
import re
from typing import Any

from homeassistant.const import MATCH_ALL
from homeassistant.core import Event, HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir
from homeassistant.util import dt as dt_util
import pytest

from custom_components.digitalkey.access.model import CredentialKind
from custom_components.digitalkey.const import CONF_UNIT_SECRET, DOMAIN
from custom_components.digitalkey.credential_sync_state import SyncState
from custom_components.digitalkey.diagnostics import async_get_config_entry_diagnostics
from custom_components.digitalkey.protocol.constants import ErrorCode, Opcode, Status
from custom_components.digitalkey.repairs import unpaired_issue_id
from simulator.door_unit import DoorUnit
from tests.integration.credential_sync_support import (
    Handled,
    UnitCommands,
    move_time,
    status_of,
    sync_of,
    unit_commands_seen,
    until_synced,
    vault_of,
)

from .attacker import Interceptor, spoof_advert
from .conftest import Residents, Site, door_link, until

__all__ = ["unit_commands_seen"]

PIN = "58392047"
UID = bytes.fromhex("04A23B1C5D6E80")
SENSORS = ("sensor.entrance_credential_sync", "sensor.laundry_credential_sync")


async def _give_kari(residents: Residents, kind: CredentialKind, value: str | bytes) -> str:
    change = await residents.apply(
        lambda r: r.add_credential(
            kind,
            value,
            vault=vault_of(residents.entry),
            person_id=residents.kari_id,
            now=residents.now(),
        )
    )
    return change.created[0]


async def _synced_entrance(hass: HomeAssistant, site: Site, residents: Residents) -> None:
    await until_synced(
        hass, residents.entry, site.units["entrance"], residents.door_ids["entrance"]
    )
    await hass.async_block_till_done(wait_background_tasks=True)


async def test_no_pin_tag_or_secret_in_logs_diagnostics_events_or_sensors(
    hass: HomeAssistant, site: Site, residents: Residents, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    events: list[Event[Any]] = []

    @callback
    def noted(event: Event[Any]) -> None:
        events.append(event)

    hass.bus.async_listen(MATCH_ALL, noted)
    await _give_kari(residents, CredentialKind.PIN, PIN)
    tag = await _give_kari(residents, CredentialKind.TAG, UID)
    for name in ("entrance", "laundry"):
        await until_synced(hass, residents.entry, site.units[name], residents.door_ids[name])
    unit = site.units["entrance"].unit
    assert unit.enter_pin(PIN)
    assert unit.present_tag(UID)
    await residents.apply(lambda r: r.block_credential(tag, now=residents.now()))
    await _synced_entrance(hass, site, residents)
    assert not unit.present_tag(UID)
    await until(hass, lambda: unit.flash.log.acked_seq == unit.flash.log.last_seq)  # all read
    await hass.async_block_till_done(wait_background_tasks=True)

    secrets = [
        ("the PIN", PIN),
        ("the PIN's bytes", PIN.encode().hex()),
        ("the tag UID", UID.hex()),
        ("the tag UID, spelt", ":".join(f"{byte:02x}" for byte in UID)),
    ]
    for name in ("entrance", "laundry"):
        records = site.units[name].unit.flash.credentials.live.records.values()
        secrets += [(f"a record secret of {name}", record.secret.hex()) for record in records]
    secrets += [
        (f"the unit secret of {subentry.title}", subentry.data[CONF_UNIT_SECRET])
        for subentry in residents.entry.subentries.values()
    ]
    assert len(secrets) == 4 + 2 * 2 + 3

    # The radio library dumps the (encrypted) traffic as hex, and the test harness logs
    # the stored files it fakes: neither is the integration talking.
    logged = "\n".join(
        record.getMessage()
        for record in caplog.records
        if record.name.startswith(("custom_components", "homeassistant", "simulator"))
    )
    places = {
        "the log": logged,
        "the diagnostics": json.dumps(
            await async_get_config_entry_diagnostics(hass, residents.entry), default=str
        ),
        "the events": json.dumps([event.data for event in events], default=str),
        "the sensors": json.dumps(
            [dict(hass.states.get(entity_id).attributes) for entity_id in SENSORS], default=str
        ),
    }
    assert "credential_sync" in places["the diagnostics"]
    assert "in_sync" in places["the events"]
    for place, text in places.items():
        for what, secret in secrets:
            # The PIN as a number of its own: eight digits in a row turn up by chance in a
            # long debug log (the microseconds of a time, a float), which is no leak.
            found = (
                re.search(rf"(?<![0-9]){secret}(?![0-9])", text) is not None
                if secret.isdecimal()
                else secret.lower() in text.lower()
            )
            assert not found, f"{what} in {place}"


async def test_forged_advertisements_change_no_sync_state(
    hass: HomeAssistant, site: Site, residents: Residents, unit_commands_seen: UnitCommands
) -> None:
    sim = site.units["entrance"]
    door_id = residents.door_ids["entrance"]
    await _give_kari(residents, CredentialKind.PIN, PIN)
    await _synced_entrance(hass, site, residents)
    before = replace(status_of(residents.entry, door_id))
    held = dict(sim.unit.flash.credentials.live.records)
    start = len(unit_commands_seen.seen)

    for counter in range(1, 30):  # a changed counter, "unpaired", a replay of the real one
        spoof_advert(site, sim, counter=counter)
        spoof_advert(site, sim, paired=True)
        await asyncio.sleep(0.03)
    await asyncio.sleep(0.5)
    await hass.async_block_till_done(wait_background_tasks=True)

    assert status_of(residents.entry, door_id) == before
    assert dict(sim.unit.flash.credentials.live.records) == held
    sent = {h.opcode for h in unit_commands_seen.since(start)}
    assert not sent & {Opcode.CRED_BEGIN, Opcode.CRED_WRITE, Opcode.CRED_COMMIT}
    assert hass.states.get(SENSORS[0]).state == "in_sync"


@pytest.mark.parametrize("code", [ErrorCode.BUSY, ErrorCode.UNKNOWN_CONTROLLER])
async def test_a_plaintext_error_at_the_syncs_handshake_fails_nothing(
    hass: HomeAssistant, site: Site, residents: Residents, code: ErrorCode
) -> None:
    sim = site.units["entrance"]
    door = door_link(residents.entry, "Entrance")
    door_id = residents.door_ids["entrance"]
    await hass.async_block_till_done(wait_background_tasks=True)
    await door.connection.async_release_if_idle()
    mitm = Interceptor(sim)

    async def refuse_then_forward(link: Any, data: bytes, with_response: bool) -> None:
        await mitm.inject_error(link, code)
        mitm.forward(link, data, with_response)

    mitm.arm(refuse_then_forward)  # the next HELLO is the sync's
    await _give_kari(residents, CredentialKind.PIN, PIN)
    await until(hass, lambda: bool(mitm.tasks) and all(t.done() for t in mitm.tasks), 10)
    await until(hass, lambda: sync_of(residents.entry).settled(door_id))
    status = status_of(residents.entry, door_id)
    assert status.state is SyncState.PENDING
    assert (status.reason, status.failed_since, status.failures) == (None, None, 0)
    assert not door.state.not_paired
    issue_id = unpaired_issue_id(residents.entry.entry_id, door_id)
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is None
    mitm.restore()

    await move_time(hass, dt_util.utcnow() + timedelta(seconds=6))  # it tries again
    await _synced_entrance(hass, site, residents)
    assert sim.unit.enter_pin(PIN)


async def test_a_plaintext_error_inside_the_syncs_session_is_ignored(
    hass: HomeAssistant, site: Site, residents: Residents, unit_commands_seen: UnitCommands
) -> None:
    sim = site.units["entrance"]
    door_id = residents.door_ids["entrance"]
    mitm = Interceptor(sim)

    async def refuse_then_forward(link: Any, data: bytes, with_response: bool) -> None:
        await mitm.inject_error(link, ErrorCode.BUSY)
        mitm.forward(link, data, with_response)

    def after_begin(unit: DoorUnit, handled: Handled) -> None:
        if unit is sim.unit and handled.opcode is Opcode.CRED_BEGIN and not mitm.tasks:
            mitm.arm(refuse_then_forward)  # the CRED_WRITE after it

    unit_commands_seen.hooks.append(after_begin)
    states: list[str] = []

    @callback
    def noted(event: Event[Any]) -> None:
        if event.data.get("entity_id") == SENSORS[0] and event.data["new_state"] is not None:
            states.append(event.data["new_state"].state)

    hass.bus.async_listen("state_changed", noted)
    await _give_kari(residents, CredentialKind.PIN, PIN)
    await _synced_entrance(hass, site, residents)
    assert mitm.tasks
    writes = unit_commands_seen.of(sim.unit, Opcode.CRED_WRITE)
    assert [h.status for h in writes] == [Status.OK]  # one write, carried out once
    assert "failed" not in states
    assert status_of(residents.entry, door_id).failures == 0
    mitm.restore()
