"""A credential sync against the reference unit, with the real client (§8.3).

Large syncs, a change after one, links lost at every step of every transaction, another
hub committing meanwhile, a transaction ended under the hub, and another admin's open
transaction: in every case the unit holds a set the hub meant it to hold, and running the
sync again reaches the desired set.
"""

from __future__ import annotations

from collections.abc import Sequence
import dataclasses

import pytest

from custom_components.digitalkey.protocol.client import DoorUnitClient
from custom_components.digitalkey.protocol.constants import (
    HELLO_BUDGET_S,
    IDLE_CLOSE_S,
    CredentialType,
    DenyReason,
    LogEvent,
    Status,
)
from custom_components.digitalkey.protocol.credential_sync import (
    BucketCache,
    SyncPlan,
    plan_sync,
    read_unit,
    run_transaction,
    sync_unit,
)
from custom_components.digitalkey.protocol.errors import Conflict, ConnectionLost, UnitBusy
from custom_components.digitalkey.protocol.messages import TransactionStart
from custom_components.digitalkey.protocol.records import (
    BUCKETS,
    CredentialOp,
    CredentialRecord,
    bucket_hashes,
    credential_secret,
    database_hash,
)
from simulator.credential_db import CredentialSet
from simulator.door_unit import DoorUnit

from .conftest import UNIT_SECRET, Paired
from .loopback import LoopbackClient

TRANSACTION_STEPS = frozenset({"cred_begin", "cred_write", "cred_commit"})


def _uid(number: int) -> bytes:
    return (0x04000000 + number).to_bytes(4)


def _tag(number: int, **fields: object) -> CredentialRecord:
    """Credential `number`'s first record (id number << 6, slot 0), a tag the unit matches."""
    secret = credential_secret(UNIT_SECRET, CredentialType.TAG, _uid(number))
    record = CredentialRecord(number << 6, number, CredentialType.TAG, secret)
    return dataclasses.replace(record, **fields)  # type: ignore[arg-type]


def _live(unit: DoorUnit) -> dict[int, CredentialRecord]:
    return dict(unit.flash.credentials.live.records)


def _by_id(records: Sequence[CredentialRecord]) -> dict[int, CredentialRecord]:
    return {record.cred_id: record for record in records}


def _install(unit: DoorUnit, records: Sequence[CredentialRecord]) -> None:
    """Give the unit `records` as its live set (a test's starting point, not a sync)."""
    live = CredentialSet()
    for record in records:
        live.apply(CredentialOp.upsert(record))
    unit.flash.credentials.live = live


def _known(records: Sequence[CredentialRecord]) -> BucketCache:
    """A cache that knows every bucket of a unit holding `records` (the hub synced them)."""
    cache = BucketCache()
    for bucket in range(BUCKETS):
        cache.store(bucket, [record for record in records if record.bucket == bucket])
    return cache


class Recorder:
    """The client's credential commands, noted one by one; one of them may lose the link.

    `cut_at` names a call by its index: with `lose_answer` the unit does the work and the
    link drops before its answer (the unit's `drop_link_before_reply` hook), otherwise the
    link drops before the request is sent.
    """

    def __init__(self, client: DoorUnitClient, ble: LoopbackClient, unit: DoorUnit) -> None:
        self.client = client
        self.ble = ble
        self.unit = unit
        self.calls: list[str] = []
        self.cut_at: int | None = None
        self.lose_answer = False

    async def _step(self, name: str) -> None:
        index = len(self.calls)
        self.calls.append(name)
        if index != self.cut_at:
            return
        if self.lose_answer:
            self.unit.drop_link_before_reply = True
        else:
            await self.ble.disconnect()

    async def cred_buckets(self) -> tuple[int, list[bytes]]:
        await self._step("cred_buckets")
        return await self.client.cred_buckets()

    async def cred_read_bucket(self, bucket: int) -> list[CredentialRecord]:
        await self._step("cred_read_bucket")
        return await self.client.cred_read_bucket(bucket)

    async def cred_begin(self) -> TransactionStart:
        await self._step("cred_begin")
        return await self.client.cred_begin()

    async def cred_write(self, ops: list[CredentialOp]) -> int:
        await self._step("cred_write")
        return await self.client.cred_write(ops)

    async def cred_commit(self, expected_hash: bytes) -> tuple[int, bytes]:
        await self._step("cred_commit")
        return await self.client.cred_commit(expected_hash)

    async def cred_abort(self) -> None:
        await self._step("cred_abort")
        await self.client.cred_abort()


async def _recorder(paired: Paired) -> Recorder:
    ble, client = await paired.connect()
    return Recorder(client, ble, paired.unit)


# A large sync and a change after it -------------------------------------------------------


async def test_2500_records_then_one_change_sends_one_record_of_one_bucket(
    paired: Paired,
) -> None:
    desired = [_tag(n) for n in range(1, 2501)]
    cache = BucketCache()
    hub = await _recorder(paired)

    full = await sync_unit(hub, desired, cache)

    assert _live(paired.unit) == _by_id(desired)
    assert "cred_read_bucket" not in hub.calls  # an empty unit's buckets are all zero
    assert hub.calls.count("cred_begin") == len(full.transactions) == 3
    assert hub.calls.count("cred_write") == 21
    assert hub.client.stats.round_trips == 1 + 1 + full.round_trips  # handshake, buckets
    full_bytes = hub.client.stats.att_bytes

    changed = dataclasses.replace(desired[1234], valid_until=2_000_000_000)
    desired[1234] = changed
    stats = hub.client.stats
    before = (stats.round_trips, stats.att_bytes, len(hub.calls))
    delta = await sync_unit(hub, desired, cache)

    (tx,) = delta.transactions
    assert tx.writes == ((CredentialOp.upsert(changed),),)
    assert set(tx.buckets) == {changed.bucket}
    assert hub.calls[before[2] :] == ["cred_buckets", "cred_begin", "cred_write", "cred_commit"]
    assert stats.round_trips - before[0] == 4
    assert stats.att_bytes - before[1] < full_bytes * 0.05
    assert _live(paired.unit)[changed.cred_id] == changed


async def test_after_a_restart_the_changed_bucket_alone_is_read(paired: Paired) -> None:
    desired = [_tag(n) for n in range(1, 600)]
    _install(paired.unit, desired)
    desired[42] = dataclasses.replace(desired[42], enabled=False)
    hub = await _recorder(paired)

    plan = await sync_unit(hub, desired, BucketCache())  # a new cache knows nothing

    assert hub.calls == [
        *("cred_buckets", "cred_read_bucket"),
        *("cred_begin", "cred_write", "cred_commit"),
    ]
    assert plan.ops == 1
    assert _live(paired.unit) == _by_id(desired)


async def test_a_block_is_in_force_before_the_other_changes_are_sent(paired: Paired) -> None:
    unit = paired.unit
    lost = _tag(7)
    _install(unit, [lost])
    desired = [dataclasses.replace(lost, enabled=False)] + [_tag(n) for n in range(8, 2507)]
    _, client = await paired.connect()
    unit_buckets, unit_records = await read_unit(client, bucket_hashes(desired), BucketCache())
    plan = plan_sync(desired, unit_buckets, unit_records)
    first, *rest = plan.transactions

    await run_transaction(client, first)

    assert first.takes_away
    assert first.ops == 1
    assert not unit.present_tag(_uid(7))
    denied = unit.flash.log.records[-1]
    assert (denied.event, denied.subject, denied.detail) == (
        LogEvent.DENIED,
        lost.cred_id,
        DenyReason.DISABLED,
    )
    assert len(_live(unit)) == 1  # nothing of the other 2,499 yet
    for tx in rest:
        await run_transaction(client, tx)
    assert _live(unit) == _by_id(desired)


# A link lost at every step ----------------------------------------------------------------

OLD = [_tag(n) for n in range(1, 201)]
DESIRED = (
    [dataclasses.replace(record, enabled=False) for record in OLD[:5]]  # blocked
    + OLD[5:180]  # OLD[180:] removed
    + [_tag(n) for n in range(1000, 1400)]
)


def _states(plan: SyncPlan) -> list[dict[int, CredentialRecord]]:
    """The unit's set before the plan and after each of its commits."""
    held = _by_id(OLD)
    states = [dict(held)]
    for tx in plan.transactions:
        for write in tx.writes:
            for op in write:
                if op.record is None:
                    held.pop(op.cred_id, None)
                else:
                    held[op.cred_id] = op.record
        states.append(dict(held))
    return states


async def test_a_link_lost_at_any_step_leaves_the_old_or_the_new_set_and_a_rerun_converges(
    paired: Paired,
) -> None:
    unit = paired.unit
    _install(unit, OLD)
    dry = await _recorder(paired)
    plan = await sync_unit(dry, DESIRED, _known(OLD), transaction_writes=2)
    assert len(plan.transactions) == 3
    assert plan.transactions[0].takes_away
    states = _states(plan)
    steps = [(i, name) for i, name in enumerate(dry.calls) if name in TRANSACTION_STEPS]
    assert [name for _, name in steps].count("cred_write") == 5

    cases = 0
    for index, name in steps:
        tx = dry.calls[: index + 1].count("cred_begin") - 1  # the transaction under way
        for lose_answer in (False, True):
            paired.clock.advance(HELLO_BUDGET_S)  # a handshake per link, within the budget
            _install(unit, OLD)
            cache = _known(OLD)
            hub = await _recorder(paired)
            hub.cut_at, hub.lose_answer = index, lose_answer

            with pytest.raises(ConnectionLost):
                await sync_unit(hub, DESIRED, cache, transaction_writes=2)

            committed = lose_answer and name == "cred_commit"
            assert _live(unit) == states[tx + 1 if committed else tx], (index, lose_answer)
            assert unit.flash.credentials.shadow is None  # the transaction ended with the link

            again = await _recorder(paired)
            rerun = await sync_unit(again, DESIRED, cache, transaction_writes=2)
            assert _live(unit) == _by_id(DESIRED)
            assert rerun.ops <= plan.ops
            cases += 1
    assert cases == 2 * len(steps)


# Someone else, or the session, in the way ----------------------------------------------------


async def test_a_commit_by_another_hub_meanwhile_is_a_conflict_and_a_rerun_converges(
    paired: Paired,
) -> None:
    unit = paired.unit
    _install(unit, OLD)
    cache = BucketCache()
    _, client = await paired.connect()
    _, other = await paired.connect()
    unit_buckets, unit_records = await read_unit(client, bucket_hashes(DESIRED), cache)
    plan = plan_sync(DESIRED, unit_buckets, unit_records)
    # Another hub adds a record after the reading: the plan's hashes no longer match.
    intruder = _tag(5000)
    await other.cred_begin()
    await other.cred_write([CredentialOp.upsert(intruder)])
    await other.cred_commit(database_hash(bucket_hashes([*OLD, intruder])))

    with pytest.raises(Conflict) as err:
        await run_transaction(client, plan.transactions[0], cache)

    assert err.value.status == Status.CONFLICT
    assert _live(unit) == _by_id([*OLD, intruder])
    await sync_unit(client, DESIRED, cache)
    assert _live(unit) == _by_id(DESIRED)


async def test_a_transaction_ended_under_the_hub_is_no_transaction_and_a_rerun_converges(
    paired: Paired,
) -> None:
    """The hub waited too long between two writes: its next request opens a new session,
    whose HELLO ends the transaction on the unit (§8.3)."""
    unit = paired.unit
    clock = paired.clock
    _install(unit, OLD)
    ble = LoopbackClient(unit)
    client = paired.client(ble, monotonic=clock.monotonic)
    ble.disconnected_callback = lambda _ble: client.connection_lost()
    await ble.connect()
    await client.start()
    cache = BucketCache()
    unit_buckets, unit_records = await read_unit(client, bucket_hashes(DESIRED), cache)
    plan = plan_sync(DESIRED, unit_buckets, unit_records, transaction_writes=2)
    tx = plan.transactions[1]
    assert len(tx.writes) == 2
    real_write = client.cred_write

    async def slow_write(ops: list[CredentialOp]) -> int:
        applied = await real_write(ops)
        clock.advance(IDLE_CLOSE_S)
        return applied

    await run_transaction(client, plan.transactions[0], cache)
    client.cred_write = slow_write  # type: ignore[method-assign]
    with pytest.raises(Conflict) as err:
        await run_transaction(client, tx, cache)

    assert err.value.status == Status.NO_TRANSACTION
    assert _live(unit) == _states(plan)[1]
    client.cred_write = real_write  # type: ignore[method-assign]
    await sync_unit(client, DESIRED, cache)
    assert _live(unit) == _by_id(DESIRED)


async def test_another_admins_open_transaction_is_busy_for_the_caller_to_wait_out(
    paired: Paired,
) -> None:
    unit = paired.unit
    _install(unit, OLD)
    other_ble, other = await paired.connect()
    await other.cred_begin()
    _, client = await paired.connect()
    cache = BucketCache()

    with pytest.raises(UnitBusy) as err:
        await sync_unit(client, DESIRED, cache)

    assert err.value.status == Status.BUSY
    assert _live(unit) == _by_id(OLD)
    await other_ble.disconnect()  # its session, and with it its transaction, ends
    await sync_unit(client, DESIRED, cache)
    assert _live(unit) == _by_id(DESIRED)
