"""A credential whose stored value cannot be read costs its holder that tag, never the door.

The registry keeps every PIN code and tag UID sealed under the building's key; a sealed
value that no longer opens (an edited, damaged or copied registry file) is left off every
door unit, while the door's other credentials sync as usual, a block first. The damage is
done in the registry's tables, as such a file loads (its checks never unseal).
"""

from __future__ import annotations

from dataclasses import replace
import logging

from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
import pytest

from custom_components.digitalkey.access.door_credentials import record_id_of
from custom_components.digitalkey.const import DOMAIN
from custom_components.digitalkey.credential_sync_state import SyncState
from custom_components.digitalkey.protocol.constants import Opcode, Status
from custom_components.digitalkey.repairs import ISSUE_CREDENTIAL_UNREADABLE, unreadable_issue_id
from simulator.door_unit import DoorUnit

from .conftest import Residents, Site, until
from .credential_sync_support import (
    Handled,
    UnitCommands,
    add_tag_holders,
    live,
    status_of,
    sync_of,
    unit_commands_seen,
    until_synced,
    vault_of,
)

__all__ = ["unit_commands_seen"]

HOLDERS = 20
LATER = 200
"""Holders added with the block: a batch that syncs after it."""


def _record_id(residents: Residents, credential_id: str) -> int:
    return record_id_of(residents.access.registry.credential(credential_id).number, 0)


def _damage(residents: Residents, credential_id: str, like: str) -> None:
    """Give the credential another one's sealed value, as a hand-edited file would."""
    tables = residents.access.registry._t  # the damage a file edit does
    credential = tables.credentials[credential_id]
    tables.credentials[credential_id] = replace(credential, sealed=tables.credentials[like].sealed)


def _warnings(caplog: pytest.LogCaptureFixture, credential_id: str) -> list[str]:
    return [
        record.getMessage()
        for record in caplog.records
        if record.levelno == logging.WARNING and credential_id in record.getMessage()
    ]


async def test_an_unreadable_credential_is_taken_off_and_the_rest_syncs_a_block_first(
    hass: HomeAssistant,
    site: Site,
    residents: Residents,
    unit_commands_seen: UnitCommands,
    caplog: pytest.LogCaptureFixture,
) -> None:
    entry = residents.entry
    door_id = residents.door_ids["entrance"]
    sim = site.units["entrance"]
    vault = vault_of(entry)
    holders = await add_tag_holders(
        residents.access, vault, [door_id], HOLDERS, now=residents.now()
    )
    await until_synced(hass, entry, sim, door_id)
    assert len(live(sim)) == HOLDERS
    damaged, blocked = holders.credentials[3], holders.credentials[5]
    damaged_record, blocked_record = _record_id(residents, damaged), _record_id(residents, blocked)
    assert sim.unit.present_tag(holders.uids[3])

    first_commit: list[dict[int, bool]] = []
    """Record id → enabled, on the unit after the first commit of the new sync."""

    def watch(unit: DoorUnit, handled: Handled) -> None:
        if unit is sim.unit and handled.opcode is Opcode.CRED_COMMIT and not first_commit:
            assert handled.status is Status.OK
            records = unit.flash.credentials.live.records
            first_commit.append({rid: record.enabled for rid, record in records.items()})

    unit_commands_seen.hooks.append(watch)
    _damage(residents, damaged, like=holders.credentials[4])
    caplog.set_level(logging.WARNING)
    await residents.apply(lambda r: r.block_credential(blocked, now=residents.now()))
    await add_tag_holders(
        residents.access, vault, [door_id], LATER, now=residents.now(), first=HOLDERS + 1
    )
    await until_synced(hass, entry, sim, door_id, timeout=30)

    # The block and the removal went first, ahead of the batch.
    (at_first,) = first_commit
    assert damaged_record not in at_first
    assert at_first[blocked_record] is False
    assert len(at_first) < HOLDERS + LATER - 1
    # Then everything else: every other holder's tag, the blocked one disabled.
    held = live(sim)
    assert len(held) == HOLDERS - 1 + LATER
    assert damaged_record not in held
    assert not held[blocked_record].enabled
    assert not sim.unit.present_tag(holders.uids[3])
    assert not sim.unit.present_tag(holders.uids[5])
    assert sim.unit.present_tag(holders.uids[4])
    status = status_of(entry, door_id)
    assert status.state is SyncState.IN_SYNC
    assert status.reason is None
    diagnostics = sync_of(entry).diagnostics(door_id)
    assert diagnostics["unreadable_credentials"] == [damaged]
    assert hass.states.get("sensor.entrance_credential_sync").state == "in_sync"  # type: ignore[union-attr]

    issue = ir.async_get(hass).async_get_issue(DOMAIN, unreadable_issue_id(entry.entry_id))
    assert issue is not None
    assert issue.translation_key == ISSUE_CREDENTIAL_UNREADABLE
    assert issue.translation_placeholders == {"building": entry.title, "count": "1"}
    # Derived at least twice (the block, then the batch): warned once, by id only.
    (warning,) = _warnings(caplog, damaged)
    assert holders.uids[3].hex() not in warning.lower()
    assert "Holder" not in warning

    await residents.apply(lambda r: r.remove_credential(damaged))
    await until(
        hass,
        lambda: (
            ir.async_get(hass).async_get_issue(DOMAIN, unreadable_issue_id(entry.entry_id)) is None
        ),
    )
    await until_synced(hass, entry, sim, door_id)
    assert sync_of(entry).diagnostics(door_id)["unreadable_credentials"] == []
    assert len(live(sim)) == HOLDERS - 1 + LATER


async def test_the_issue_counts_the_unreadable_credentials_of_every_door(
    hass: HomeAssistant, site: Site, residents: Residents, caplog: pytest.LogCaptureFixture
) -> None:
    """Two doors leaving out the same credential count it once; it is warned of once."""
    entry = residents.entry
    doors = [residents.door_ids["entrance"], residents.door_ids["laundry"]]
    vault = vault_of(entry)
    holders = await add_tag_holders(residents.access, vault, doors, 3, now=residents.now())
    only_entrance = await add_tag_holders(
        residents.access, vault, doors[:1], 1, now=residents.now(), first=4
    )
    await until_synced(hass, entry, site.units["entrance"], doors[0])
    caplog.set_level(logging.WARNING)
    _damage(residents, holders.credentials[0], like=holders.credentials[1])
    _damage(residents, only_entrance.credentials[0], like=holders.credentials[1])
    await residents.apply(lambda r: r.block_credential(holders.credentials[2], now=residents.now()))
    issues = ir.async_get(hass)
    issue_id = unreadable_issue_id(entry.entry_id)

    def counted() -> str | None:
        issue = issues.async_get_issue(DOMAIN, issue_id)
        return (
            None
            if issue is None or issue.translation_placeholders is None
            else (issue.translation_placeholders["count"])
        )

    await until(hass, lambda: counted() == "2")
    await until(
        hass,
        lambda: all(
            sync_of(entry).settled(door_id)
            and sync_of(entry).diagnostics(door_id)["unreadable_credentials"]
            for door_id in doors
        ),
    )
    assert sync_of(entry).diagnostics(doors[1])["unreadable_credentials"] == [
        holders.credentials[0]
    ]
    assert len(_warnings(caplog, holders.credentials[0])) == 1
    assert len(_warnings(caplog, only_entrance.credentials[0])) == 1
    await residents.apply(lambda r: r.remove_credential(only_entrance.credentials[0]))
    await until(hass, lambda: counted() == "1")
    await residents.apply(lambda r: r.remove_credential(holders.credentials[0]))
    await until(hass, lambda: counted() is None)
