"""The door units' PIN codes and tags follow the registry, over the simulated radio.

Every test runs Home Assistant's Bluetooth stack, the door links and the reference units
as they are: the credentials are added, blocked and removed through the registry store
as actions do it, and what counts is what the unit itself then decides at its keypad and
reader (`DoorUnit.enter_pin`, `present_tag`) and what it holds in its database.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.util import dt as dt_util
import pytest

from custom_components.digitalkey.access.door_credentials import record_id_of
from custom_components.digitalkey.access.model import CredentialKind, Role
from custom_components.digitalkey.const import DOMAIN
from custom_components.digitalkey.credential_sync_state import SyncReason, SyncState
from custom_components.digitalkey.protocol.constants import (
    CredentialType,
    DenyReason,
    Feature,
    LockState,
    LogEvent,
    Opcode,
    Status,
)
from custom_components.digitalkey.protocol.records import CredentialOp, CredentialRecord
from custom_components.digitalkey.repairs import unpaired_issue_id
from simulator.door_unit import DoorUnit

from .conftest import SETUP_CODE, Residents, Site, door_link, pair_into_entry, until
from .credential_sync_support import (
    Handled,
    UnitCommands,
    add_tag_holders,
    live,
    move_time,
    status_of,
    sync_of,
    synced,
    tag_uid,
    unit_commands_seen,
    until_synced,
    vault_of,
)
from .test_repairs import FixFlow, fix_flow

__all__ = ["fix_flow", "unit_commands_seen"]

PIN = "583920"
KARI_UID = bytes.fromhex("04A23B1C")
BATCH = 2500
"""Holders on one door: as many as a unit holds (`UnitConfig.credential_capacity`)."""
OTHERS = BATCH - 1
"""Holders besides Kari, who has a tag too."""


def _last_log(unit: DoorUnit) -> tuple[LogEvent, int, int]:
    record = unit.flash.log.records[-1]
    return record.event, record.subject, record.detail


async def _kari_credential(residents: Residents, kind: CredentialKind, value: str | bytes) -> str:
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


def _record_id(residents: Residents, credential_id: str) -> int:
    return record_id_of(residents.access.registry.credential(credential_id).number, 0)


async def _out_of_reach(site: Site, residents: Residents, name: str) -> None:
    """The hub can no longer connect to the unit (it is out of range of every proxy)."""
    await door_link(residents.entry, name.capitalize()).connection.async_release_if_idle()
    site.radio.max_connect_wait = 0.05
    site.units[name].peripheral.set_reachable(False)


async def _back_in_reach(hass: HomeAssistant, site: Site, name: str, after: float) -> None:
    """The unit is heard again, and the sync's back-off (`after` seconds) is over."""
    sim = site.units[name]
    sim.peripheral.set_reachable(True)
    await site.wait_for_advert(sim)
    await move_time(hass, dt_util.utcnow() + timedelta(seconds=after))


async def test_a_pin_opens_at_the_unit_out_of_the_hubs_reach_until_its_removal_is_synced(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    entry = residents.entry
    door_id = residents.door_ids["entrance"]
    sim = site.units["entrance"]
    credential_id = await _kari_credential(residents, CredentialKind.PIN, PIN)
    await until_synced(hass, entry, sim, door_id)
    record_id = _record_id(residents, credential_id)

    await _out_of_reach(site, residents, "entrance")
    assert sim.unit.enter_pin(PIN)  # the unit decides alone
    assert _last_log(sim.unit) == (LogEvent.UNLOCKED, record_id, 0)
    sim.unit.set_lock_state(LockState.LOCKED)

    await residents.apply(lambda r: r.remove_credential(credential_id))
    await until(hass, lambda: status_of(entry, door_id).state is SyncState.FAILED)
    assert status_of(entry, door_id).reason is SyncReason.UNREACHABLE
    assert sim.unit.enter_pin(PIN)  # it has not heard of the removal yet
    sim.unit.set_lock_state(LockState.LOCKED)

    await _back_in_reach(hass, site, "entrance", after=6)
    await until_synced(hass, entry, sim, door_id)
    assert not live(sim)
    assert not sim.unit.enter_pin(PIN)
    assert _last_log(sim.unit) == (LogEvent.DENIED, 0, DenyReason.UNKNOWN_CREDENTIAL)


async def test_a_blocked_tag_is_refused_before_a_large_batch_has_synced(
    hass: HomeAssistant, site: Site, residents: Residents, unit_commands_seen: UnitCommands
) -> None:
    entry = residents.entry
    door_id = residents.door_ids["entrance"]
    sim = site.units["entrance"]
    credential_id = await _kari_credential(residents, CredentialKind.TAG, KARI_UID)
    await until_synced(hass, entry, sim, door_id)
    record_id = _record_id(residents, credential_id)
    block: list[asyncio.Task[object]] = []
    at_block: list[tuple[bool, int]] = []
    """(opened, records held) when the unit first held the tag disabled."""

    def watch(unit: DoorUnit, handled: Handled) -> None:
        if unit is not sim.unit or handled.status is not Status.OK:
            return
        if handled.opcode is Opcode.CRED_WRITE and not block:
            # The batch is on its way: the tag is reported lost now.
            block.append(
                hass.async_create_task(
                    residents.apply(
                        lambda r: r.block_credential(credential_id, now=residents.now())
                    )
                )
            )
        held = unit.flash.credentials.live.records
        if handled.opcode is Opcode.CRED_COMMIT and not at_block and not held[record_id].enabled:
            at_block.append((unit.present_tag(KARI_UID), len(held)))

    unit_commands_seen.hooks.append(watch)
    await add_tag_holders(residents.access, vault_of(entry), [door_id], OTHERS, now=residents.now())
    await until_synced(hass, entry, sim, door_id, timeout=60)
    await asyncio.gather(*block)

    assert at_block
    opened, held = at_block[0]
    assert not opened
    assert held < 1 + OTHERS // 2  # most of the batch was still to come
    denied = [r for r in sim.unit.flash.log.records if r.event is LogEvent.DENIED]
    assert (denied[-1].subject, denied[-1].detail) == (record_id, DenyReason.DISABLED)
    assert len(live(sim)) == 1 + OTHERS
    assert not live(sim)[record_id].enabled
    assert not sim.unit.present_tag(KARI_UID)


@pytest.mark.parametrize(
    ("opcode", "nth", "before", "committed"),
    [
        (Opcode.CRED_BEGIN, 1, False, False),
        (Opcode.CRED_WRITE, 2, True, False),
        (Opcode.CRED_WRITE, 2, False, False),
        (Opcode.CRED_COMMIT, 1, True, False),
        (Opcode.CRED_COMMIT, 1, False, True),
    ],
    ids=["begin", "before-write-2", "after-write-2", "before-commit", "answer-of-commit"],
)
async def test_a_sync_cut_at_any_step_leaves_the_old_or_the_new_set_and_converges(
    hass: HomeAssistant,
    site: Site,
    residents: Residents,
    unit_commands_seen: UnitCommands,
    opcode: Opcode,
    nth: int,
    before: bool,
    committed: bool,
) -> None:
    entry = residents.entry
    door_id = residents.door_ids["entrance"]
    sim = site.units["entrance"]
    vault = vault_of(entry)
    await add_tag_holders(residents.access, vault, [door_id], 20, now=residents.now())
    await until_synced(hass, entry, sim, door_id)
    old = live(sim)

    unit_commands_seen.cut(sim.unit, opcode, nth=nth, before=before)
    # 200 records: one transaction of two writes.
    await add_tag_holders(residents.access, vault, [door_id], 200, now=residents.now(), first=21)
    await until(hass, lambda: status_of(entry, door_id).state is SyncState.FAILED, 10)
    assert status_of(entry, door_id).reason is SyncReason.UNREACHABLE
    assert [h.opcode for h in unit_commands_seen.seen if h.cut] == [opcode, opcode]
    cut = live(sim)
    assert sim.unit.flash.credentials.shadow is None  # the transaction ended with its link

    await move_time(hass, dt_util.utcnow() + timedelta(seconds=6))
    await until_synced(hass, entry, sim, door_id)
    new = live(sim)
    assert len(new) == 220
    assert cut == (new if committed else old)


async def test_2500_holders_sync_and_a_later_change_sends_one_record(
    hass: HomeAssistant, site: Site, residents: Residents, unit_commands_seen: UnitCommands
) -> None:
    entry = residents.entry
    door_id = residents.door_ids["entrance"]
    sim = site.units["entrance"]
    holders = await add_tag_holders(
        residents.access, vault_of(entry), [door_id], BATCH, now=residents.now()
    )
    await until_synced(hass, entry, sim, door_id, timeout=60)
    assert len(live(sim)) == BATCH
    full = unit_commands_seen.of(sim.unit)
    assert not [h for h in full if h.opcode is Opcode.CRED_READ_BUCKET]  # it was empty
    assert sum(h.ops for h in full if h.opcode is Opcode.CRED_WRITE) == BATCH
    assert all(h.status is Status.OK for h in full)

    start = len(unit_commands_seen.seen)
    lost = holders.credentials[BATCH // 2]
    await residents.apply(lambda r: r.block_credential(lost, now=residents.now()))
    await until(hass, lambda: not live(sim)[_record_id(residents, lost)].enabled)
    await until_synced(hass, entry, sim, door_id)
    delta = [h for h in unit_commands_seen.since(start) if h.unit == sim.unit.name]
    writes = [h for h in delta if h.opcode is Opcode.CRED_WRITE]
    assert [h.ops for h in writes] == [1]
    assert len(writes[0].args) == 1 + 1 + 32  # count, op, record
    assert not [h for h in delta if h.opcode is Opcode.CRED_READ_BUCKET]  # the cache knew it
    assert [h.opcode for h in delta].count(Opcode.CRED_COMMIT) == 1


async def test_an_unlock_during_a_long_sync_waits_for_one_transaction_at_most(
    hass: HomeAssistant, site: Site, residents: Residents, unit_commands_seen: UnitCommands
) -> None:
    entry = residents.entry
    door_id = residents.door_ids["entrance"]
    sim = site.units["entrance"]
    unlock: list[asyncio.Task[None]] = []

    def press_during_the_sync(unit: DoorUnit, handled: Handled) -> None:
        if unit is sim.unit and handled.opcode is Opcode.CRED_WRITE and not unlock:
            unit_commands_seen.mark("unlock pressed")
            unlock.append(
                hass.async_create_task(residents.call("unlock", "entrance", residents.kari))
            )

    def unlocked() -> None:
        if sim.unit.lock_state is LockState.UNLOCKED and not [
            label for _, label in unit_commands_seen.marks if label == "unlocked"
        ]:
            unit_commands_seen.mark("unlocked")

    unit_commands_seen.hooks.append(press_during_the_sync)
    sim.unit.change_listeners.append(unlocked)
    await add_tag_holders(residents.access, vault_of(entry), [door_id], OTHERS, now=residents.now())
    await until_synced(hass, entry, sim, door_id, timeout=60)
    await asyncio.gather(*unlock)

    marks = {label: index for index, label in unit_commands_seen.marks}
    assert set(marks) == {"unlock pressed", "unlocked"}
    commits = [
        index
        for index, handled in enumerate(unit_commands_seen.seen)
        if handled.unit == sim.unit.name and handled.opcode is Opcode.CRED_COMMIT
    ]
    waited = [i for i in commits if marks["unlock pressed"] <= i < marks["unlocked"]]
    assert len(waited) <= 1
    assert [i for i in commits if i >= marks["unlocked"]]  # the sync was not over yet


async def test_changes_that_leave_a_doors_set_alone_send_nothing(
    hass: HomeAssistant, site: Site, residents: Residents, unit_commands_seen: UnitCommands
) -> None:
    entry = residents.entry
    door_id = residents.door_ids["entrance"]
    sim = site.units["entrance"]
    await _kari_credential(residents, CredentialKind.PIN, PIN)
    await until_synced(hass, entry, sim, door_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    start = len(unit_commands_seen.seen)
    now = residents.now()
    await residents.apply(lambda r: r.update_person(residents.kari_id, now=now, name="Kari N."))
    await residents.apply(  # Ola holds no PIN or tag: the door's records stay the same
        lambda r: r.grant_access([residents.ola_id], now=now, door_ids=[door_id])
    )
    await asyncio.sleep(0.5)  # past the moment a change is looked at
    await hass.async_block_till_done(wait_background_tasks=True)
    assert list(unit_commands_seen.since(start)) == []
    assert synced(entry, sim, door_id)


async def test_each_unit_gets_only_the_credentials_it_reads(
    hass: HomeAssistant, site: Site, unit_commands_seen: UnitCommands
) -> None:
    """A tag reader gets tags, not PINs; a unit with neither gets nothing and is in sync."""
    shed = await site.add_unit("shed", features=Feature.DOOR_CONTACT)
    bikes = await site.add_unit("bikes", features=Feature.TAG_READER)
    entry = await pair_into_entry(site, ["shed", "bikes"])
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    for link in entry.runtime_data.doors.values():
        await link.async_refresh()
    door_ids = {link.identity.name: door_id for door_id, link in entry.runtime_data.doors.items()}
    access = entry.runtime_data.access
    vault = vault_of(entry)
    now = dt_util.utcnow()
    person = await access.async_apply(lambda r: r.add_person("Per", role=Role.OWNER, now=now))
    person_id = person.created[0]
    await access.async_apply(
        lambda r: r.grant_access([person_id], now=now, door_ids=list(door_ids.values()))
    )
    for kind, value in ((CredentialKind.PIN, PIN), (CredentialKind.TAG, tag_uid(7))):
        await access.async_apply(
            lambda r, kind=kind, value=value: r.add_credential(
                kind, value, vault=vault, person_id=person_id, now=now
            )
        )
    await until_synced(hass, entry, bikes, door_ids["Bikes"])
    await until_synced(hass, entry, shed, door_ids["Shed"])
    assert [record.kind.name for record in live(bikes).values()] == ["TAG"]
    assert bikes.unit.present_tag(tag_uid(7))
    assert not live(shed)
    assert status_of(entry, door_ids["Shed"]).pending_changes == 0
    assert not unit_commands_seen.of(shed.unit, Opcode.CRED_WRITE)
    assert hass.states.get("sensor.shed_credential_sync").state == "in_sync"
    sync_of(entry)  # the building's sync exists for doors without keypad or reader too
    await hass.config_entries.async_unload(entry.entry_id)


async def test_an_unreachable_door_is_tried_after_5_s_15_s_1_min_then_every_5_min(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    entry = residents.entry
    door_id = residents.door_ids["entrance"]
    await _out_of_reach(site, residents, "entrance")
    await _kari_credential(residents, CredentialKind.PIN, PIN)
    await until(hass, lambda: status_of(entry, door_id).failures == 1, 10)
    for failures, delay in ((1, 5), (2, 15), (3, 60), (4, 300), (5, 300)):
        await move_time(hass, dt_util.utcnow() + timedelta(seconds=delay - 1))
        assert status_of(entry, door_id).failures == failures  # not yet
        await move_time(hass, dt_util.utcnow() + timedelta(seconds=delay + 1))
        await until(hass, lambda failures=failures: status_of(entry, door_id).failures > failures)
    assert status_of(entry, door_id).reason is SyncReason.UNREACHABLE


async def test_a_unit_busy_with_another_transaction_is_waited_for(
    hass: HomeAssistant, site: Site, residents: Residents, unit_commands_seen: UnitCommands
) -> None:
    entry = residents.entry
    door_id = residents.door_ids["entrance"]
    sim = site.units["entrance"]
    other_admin = object()
    assert sim.unit.flash.credentials.begin(other_admin) is not None
    await _kari_credential(residents, CredentialKind.PIN, PIN)
    await until(hass, lambda: status_of(entry, door_id).reason is SyncReason.BUSY, 10)
    begins = unit_commands_seen.of(sim.unit, Opcode.CRED_BEGIN)
    assert [h.status for h in begins] == [Status.BUSY]
    assert sim.unit.flash.credentials.owns(other_admin)  # left as it was

    sim.unit.flash.credentials.abort()  # the other admin is done
    await move_time(hass, dt_util.utcnow() + timedelta(seconds=6))
    await until_synced(hass, entry, sim, door_id)
    assert sim.unit.enter_pin(PIN)


async def test_another_hubs_commit_meanwhile_is_read_and_planned_over(
    hass: HomeAssistant, site: Site, residents: Residents, unit_commands_seen: UnitCommands
) -> None:
    """The unit answers CONFLICT; the hub reads again and commits what it means."""
    entry = residents.entry
    door_id = residents.door_ids["entrance"]
    sim = site.units["entrance"]
    foreign = CredentialRecord(77 << 6, 77, CredentialType.TAG, bytes(8))

    def another_hub_commits(unit: DoorUnit, handled: Handled) -> None:
        # Between this hub's reading and its transaction (during one, BEGIN is BUSY).
        if unit is sim.unit and handled.opcode is Opcode.CRED_BUCKETS and not foreign_seen:
            creds = unit.flash.credentials
            creds.live.apply(CredentialOp.upsert(foreign))  # as its own commit would
            creds.version += 1
            foreign_seen.append(True)

    foreign_seen: list[bool] = []
    unit_commands_seen.hooks.append(another_hub_commits)
    await _kari_credential(residents, CredentialKind.PIN, PIN)
    await until_synced(hass, entry, sim, door_id)
    commits = [h.status for h in unit_commands_seen.of(sim.unit, Opcode.CRED_COMMIT)]
    # Read again: the other hub's record goes in a transaction of its own, then the PIN.
    assert commits == [Status.CONFLICT, Status.OK, Status.OK]
    assert foreign.cred_id not in live(sim)  # not the building's: taken out
    assert sim.unit.enter_pin(PIN)
    assert status_of(entry, door_id).failures == 0


async def test_a_unit_paired_anew_gets_the_doors_codes_again(
    hass: HomeAssistant, site: Site, residents: Residents, fix_flow: FixFlow
) -> None:
    """A factory reset empties the unit and gives it a new secret: every record is new."""
    entry = residents.entry
    door_id = residents.door_ids["entrance"]
    sim = site.units["entrance"]
    await _kari_credential(residents, CredentialKind.PIN, PIN)
    await until_synced(hass, entry, sim, door_id)
    before = live(sim)

    sim.unit.factory_reset()
    issue_id = unpaired_issue_id(entry.entry_id, door_id)
    issues = ir.async_get(hass)
    await until(hass, lambda: issues.async_get_issue(DOMAIN, issue_id) is not None)
    assert not live(sim)
    await fix_flow.start(issue_id)
    sim.unit.press_pairing_button()
    assert (await fix_flow.submit(SETUP_CODE))["type"] == "create_entry"

    await until_synced(hass, entry, sim, door_id)
    after = live(sim)
    assert after.keys() == before.keys()
    assert [r.secret for r in after.values()] != [r.secret for r in before.values()]
    assert sim.unit.enter_pin(PIN)
