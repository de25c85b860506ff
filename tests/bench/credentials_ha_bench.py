"""How fast a block reaches the door through Home Assistant (`scripts/bench credentials`).

`block_to_unit_ms`: a building whose entrance unit holds Kari's tag gets 2,500 other
holders with a tag each in one change; as soon as the unit receives the first CRED_WRITE
of that batch, Kari's tag is blocked through the registry store (as `block_credential`
does it). The figure runs from that call to the moment the unit itself refuses the tag:
the registry saved, the door's set derived again, the transaction under way finished,
the unit read again, and the block committed in a transaction of its own, ahead of the
rest of the batch. Over the simulated radio with Home Assistant's Bluetooth stack, so it
measures the software path, not air time. Runs as a pytest module (it needs `hass`); it
prints a `name value unit` line and asserts what makes the figure what it says.
"""

from __future__ import annotations

import asyncio
import time

from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from custom_components.digitalkey.access.door_credentials import record_id_of
from custom_components.digitalkey.access.model import CredentialKind, Role
from custom_components.digitalkey.protocol.constants import Opcode, Status
from simulator.door_unit import DoorUnit
from tests.integration.conftest import Site, pair_into_entry
from tests.integration.credential_sync_support import (
    Handled,
    UnitCommands,
    add_tag_holders,
    unit_commands_seen,
    until_synced,
    vault_of,
)

__all__ = ["unit_commands_seen"]

OTHERS = 2500
UID = bytes.fromhex("04A23B1C")


async def test_block_to_unit(
    hass: HomeAssistant, site: Site, unit_commands_seen: UnitCommands
) -> None:
    sim = await site.add_unit("entrance", credential_capacity=OTHERS + 1)
    entry = await pair_into_entry(site, ["entrance"], options={})
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    door_id, door = next(iter(entry.runtime_data.doors.items()))
    await door.async_refresh()
    access = entry.runtime_data.access
    vault = vault_of(entry)
    now = dt_util.utcnow()
    kari = await access.async_apply(lambda r: r.add_person("Kari", role=Role.OWNER, now=now))
    kari_id = kari.created[0]
    await access.async_apply(lambda r: r.grant_access([kari_id], now=now, door_ids=[door_id]))
    tag = await access.async_apply(
        lambda r: r.add_credential(CredentialKind.TAG, UID, vault=vault, person_id=kari_id, now=now)
    )
    credential_id = tag.created[0]
    record_id = record_id_of(access.registry.credential(credential_id).number, 0)
    await until_synced(hass, entry, sim, door_id)

    started: list[float] = []
    refused: list[tuple[float, int]] = []
    blocking: list[asyncio.Task[object]] = []

    def watch(unit: DoorUnit, handled: Handled) -> None:
        if handled.status is not Status.OK:
            return
        if handled.opcode is Opcode.CRED_WRITE and not started:
            started.append(time.perf_counter())
            blocking.append(
                hass.async_create_task(
                    access.async_apply(lambda r: r.block_credential(credential_id, now=now))
                )
            )
        held = unit.flash.credentials.live.records
        if handled.opcode is Opcode.CRED_COMMIT and not refused and not held[record_id].enabled:
            assert not unit.present_tag(UID)
            refused.append((time.perf_counter(), len(held)))

    unit_commands_seen.hooks.append(watch)
    await add_tag_holders(access, vault, [door_id], OTHERS, now=now)
    await until_synced(hass, entry, sim, door_id, timeout=120)
    await asyncio.gather(*blocking)
    at, held = refused[0]
    assert held < 1 + OTHERS // 2  # ahead of most of the batch
    assert len(sim.unit.flash.credentials.live.records) == 1 + OTHERS
    print()
    print(f"block_to_unit_ms {(at - started[0]) * 1000:.3f} ms")
    await hass.config_entries.async_unload(entry.entry_id)
