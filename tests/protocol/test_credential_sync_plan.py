"""Planning a credential sync (§8.3) without a unit: ops, their order, writes and hashes.

The plans are checked by applying them with the reference unit's own credential set
(`simulator.credential_db.CredentialSet`), so an expected hash that the unit would compute
differently fails here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
import dataclasses

from hypothesis import given, settings, strategies as st
import pytest

from custom_components.digitalkey.protocol.constants import CredentialType
from custom_components.digitalkey.protocol.credential_sync import (
    MAX_OPS_PER_WRITE,
    TRANSACTION_WRITES,
    WRITE_BUDGET,
    SyncPlan,
    plan_sync,
    takes_access_away,
    write_message_len,
)
from custom_components.digitalkey.protocol.records import (
    ALL_WEEKDAYS,
    BUCKETS,
    CredentialOp,
    CredentialRecord,
    bucket_hashes,
    bucket_of,
    database_hash,
)
from custom_components.digitalkey.protocol.schedule import in_window
from simulator.credential_db import CredentialSet
from tests.helpers.records import credential_records

MONDAY = 4 * 86_400
"""1970-01-05 00:00 UTC, a Monday: local minute 0 of the week with UTC offset 0."""
WEEK_MINUTES = 7 * 1440


def _tag(cred_id: int, **fields: object) -> CredentialRecord:
    record = CredentialRecord(cred_id, cred_id, CredentialType.TAG, cred_id.to_bytes(8))
    return dataclasses.replace(record, **fields)  # type: ignore[arg-type]


def _unit(records: Iterable[CredentialRecord]) -> CredentialSet:
    held = CredentialSet()
    for record in records:
        held.apply(CredentialOp.upsert(record))
    return held


def _plan(
    unit: Sequence[CredentialRecord], desired: Sequence[CredentialRecord], **options: int
) -> SyncPlan:
    """Plan as a hub would after `read_unit`: records only of the buckets that differ."""
    unit_buckets = bucket_hashes(unit)
    wanted = bucket_hashes(desired)
    differing = {b: [r for r in unit if r.bucket == b] for b in range(BUCKETS)}
    read = {b: records for b, records in differing.items() if unit_buckets[b] != wanted[b]}
    return plan_sync(desired, unit_buckets, read, **options)


def _ops(plan: SyncPlan) -> list[CredentialOp]:
    return [op for tx in plan.transactions for write in tx.writes for op in write]


# Simple plans ---------------------------------------------------------------------------


def test_a_unit_that_holds_the_desired_set_gets_an_empty_plan() -> None:
    records = [_tag(n) for n in range(1, 50)]
    plan = _plan(records, records)
    assert plan.empty
    assert plan.unit_hash == plan.desired_hash == database_hash(bucket_hashes(records))
    assert (plan.ops, plan.write_bytes, plan.round_trips) == (0, 0, 0)


def test_only_what_differs_is_sent() -> None:
    unit = [_tag(n) for n in range(1, 200)]
    changed = dataclasses.replace(unit[10], valid_until=2_000_000_000)
    desired = [*unit[:10], changed, *unit[11:150], _tag(500)]
    plan = _plan(unit, desired)

    ops = _ops(plan)
    assert {op.cred_id for op in ops if op.record is None} == {r.cred_id for r in unit[150:]}
    assert [op.record for op in ops if op.record is not None] == [changed, _tag(500)]
    assert plan.transactions[-1].expected_hash == plan.desired_hash


def test_buckets_that_agree_need_no_records() -> None:
    unit = [_tag(n) for n in range(1, 100)]
    desired = [*unit, _tag(1000)]
    only = {bucket_of(1000): [r for r in unit if r.bucket == bucket_of(1000)]}
    plan = plan_sync(desired, bucket_hashes(unit), only)
    assert [op.record for op in _ops(plan)] == [_tag(1000)]


def test_a_differing_bucket_without_its_records_is_refused() -> None:
    with pytest.raises(ValueError, match="not read"):
        plan_sync([_tag(1)], bucket_hashes([_tag(1, enabled=False)]), {})


def test_an_empty_bucket_needs_no_records() -> None:
    plan = plan_sync([_tag(1)], bucket_hashes([]), {})
    assert [op.record for op in _ops(plan)] == [_tag(1)]


def test_records_that_do_not_have_the_units_hash_are_refused() -> None:
    unit = [_tag(1), _tag(2)]
    stale = {b: [r for r in unit[:1] if r.bucket == b] for b in range(BUCKETS)}
    with pytest.raises(ValueError, match="hash"):
        plan_sync([], bucket_hashes(unit), stale)


def test_a_record_id_twice_in_the_desired_set_is_refused() -> None:
    with pytest.raises(ValueError, match="twice"):
        plan_sync([_tag(1), _tag(1, enabled=False)], bucket_hashes([]), {})


# Writes and transactions ------------------------------------------------------------------


def test_a_write_carries_as_many_upserts_as_fit_4096_bytes() -> None:
    plan = _plan([], [_tag(n) for n in range(1, 301)])
    writes = [write for tx in plan.transactions for write in tx.writes]
    assert [len(write) for write in writes] == [123, 123, 54]
    assert write_message_len(writes[0]) <= WRITE_BUDGET
    assert write_message_len([*writes[0], writes[1][0]]) > WRITE_BUDGET
    assert len(plan.transactions) == 1
    assert plan.round_trips == 3 + 2


def test_a_write_carries_at_most_255_deletes() -> None:
    unit = [_tag(n) for n in range(1, 601)]
    plan = _plan(unit, [])
    writes = [write for tx in plan.transactions for write in tx.writes]
    assert [len(write) for write in writes] == [MAX_OPS_PER_WRITE, MAX_OPS_PER_WRITE, 90]
    assert all(write_message_len(write) <= WRITE_BUDGET for write in writes)


def test_2500_records_are_21_writes_in_3_transactions() -> None:
    plan = _plan([], [_tag(n << 6) for n in range(1, 2501)])
    assert [len(tx.writes) for tx in plan.transactions] == [TRANSACTION_WRITES] * 2 + [5]
    assert plan.ops == 2500
    assert plan.round_trips == 21 + 3 * 2


def test_revocations_go_first_in_a_transaction_of_their_own() -> None:
    unit = [_tag(n) for n in range(1, 11)]
    blocked = dataclasses.replace(unit[3], enabled=False)
    added = [_tag(n) for n in range(100, 400)]
    desired = [*unit[:3], blocked, *unit[4:9], *added]  # unit[9] is removed
    plan = _plan(unit, desired)

    first, *rest = plan.transactions
    assert first.takes_away
    assert set(first.writes[0]) == {CredentialOp.upsert(blocked), CredentialOp.delete(10)}
    assert first.ops == 2
    assert rest
    assert not any(tx.takes_away for tx in rest)
    assert sum(tx.ops for tx in rest) == len(added)
    assert plan.takes_away


def test_the_rest_goes_in_bucket_order() -> None:
    plan = _plan([], [_tag(n) for n in range(1, 400)])
    buckets = [bucket_of(op.cred_id) for op in _ops(plan)]
    assert buckets == sorted(buckets)


def test_each_expected_hash_is_the_units_hash_after_that_commit() -> None:
    unit = [_tag(n) for n in range(1, 300)]
    desired = [dataclasses.replace(r, enabled=False) for r in unit[:20]] + [
        _tag(n) for n in range(1000, 1500)
    ]
    plan = _plan(unit, desired, transaction_writes=2)
    held = _unit(unit)
    assert len(plan.transactions) > 2
    for tx in plan.transactions:
        for write in tx.writes:
            for op in write:
                held.apply(op)
        assert held.hash() == tx.expected_hash
        for bucket, records in tx.buckets.items():
            assert list(records) == held.in_bucket(bucket)
    assert held.records == {r.cred_id: r for r in desired}


# What takes access away ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (None, _tag(1), False),
        (_tag(1), None, True),
        (_tag(1, enabled=False), None, True),
        (_tag(1), _tag(1, enabled=False), True),
        (_tag(1, enabled=False), _tag(1), False),
        (_tag(1, enabled=False), _tag(1, enabled=False, weekdays=1), False),
        (_tag(1), _tag(1, secret=bytes(8)), True),
        (_tag(1), _tag(1, kind=CredentialType.PIN), True),
        (_tag(1), _tag(1, user_id=77), False),
        (_tag(1), _tag(1, valid_from=1_800_000_000), True),
        (_tag(1, valid_from=1_800_000_000), _tag(1), False),
        (_tag(1), _tag(1, valid_until=1_900_000_000), True),
        (_tag(1, valid_until=1_900_000_000), _tag(1, valid_until=1_900_000_001), False),
        (_tag(1, valid_until=1_900_000_000), _tag(1), False),
        (_tag(1), _tag(1, weekdays=0x1F), True),
        (_tag(1, weekdays=0x1F), _tag(1), False),
        (_tag(1), _tag(1, window_start=420, window_end=1020), True),
        (_tag(1, window_start=420, window_end=1020), _tag(1, window_start=400), False),
        # Sunday 22:00-02:00 runs into Monday morning; Sunday and Monday whole days cover it.
        (_tag(1, weekdays=0x40, window_start=1320, window_end=120), _tag(1, weekdays=0x41), False),
        (_tag(1, weekdays=0x40, window_start=1320, window_end=120), _tag(1, weekdays=0x40), True),
        # Monday 22:00-02:00 spans two whole days of the new mask: still covered.
        (_tag(1, weekdays=0x01, window_start=1320, window_end=120), _tag(1, weekdays=0x03), False),
        (
            _tag(1, weekdays=ALL_WEEKDAYS, window_start=1320, window_end=1320 - 1),
            _tag(1, weekdays=ALL_WEEKDAYS, window_start=1320, window_end=1320 - 2),
            True,
        ),
    ],
)
def test_what_takes_access_away(
    old: CredentialRecord | None, new: CredentialRecord | None, expected: bool
) -> None:
    assert takes_access_away(old, new) is expected


def _open_minutes(record: CredentialRecord) -> set[int]:
    """The minutes of a week the unit's own schedule check opens (validity left open)."""
    return {m for m in range(WEEK_MINUTES) if in_window(record, MONDAY + m * 60)}


schedules = st.builds(
    lambda record: dataclasses.replace(
        record, enabled=True, valid_from=0, valid_until=0, kind=CredentialType.TAG
    ),
    credential_records(secrets=st.just(bytes(8))),
)


@given(old=schedules, new=schedules)
@settings(max_examples=100, deadline=None)
def test_a_schedule_change_takes_away_exactly_when_a_minute_is_lost(
    old: CredentialRecord, new: CredentialRecord
) -> None:
    new = dataclasses.replace(new, cred_id=old.cred_id, user_id=old.user_id)
    lost = _open_minutes(old) - _open_minutes(new)
    assert takes_access_away(old, new) is bool(lost)


# Any unit set, any desired set ----------------------------------------------------------

IDS = st.integers(1, 400)


def _widened(record: CredentialRecord, data: st.DataObject) -> CredentialRecord:
    """`record` with access only added: enabled, open ends, more days, the whole day."""
    wider = {
        "enabled": True,
        "valid_from": 0,
        "valid_until": 0,
        "weekdays": ALL_WEEKDAYS,
        "window_start": 0,
        "window_end": 1440,
        "user_id": record.user_id ^ 1,
    }
    keys = data.draw(st.sets(st.sampled_from(sorted(wider)), min_size=1))
    changes = {key: wider[key] for key in keys}
    if {"window_start", "window_end"} & keys:
        changes.update(window_start=0, window_end=1440)
    return dataclasses.replace(record, **changes)  # type: ignore[arg-type]


@st.composite
def unit_and_desired(
    draw: st.DrawFn,
) -> tuple[list[CredentialRecord], list[CredentialRecord]]:
    unit = draw(st.lists(credential_records(cred_ids=IDS), unique_by=lambda r: r.cred_id))
    data = draw(st.data())
    desired: dict[int, CredentialRecord] = {}
    for record in unit:
        fate = data.draw(st.sampled_from(["keep", "delete", "widen", "replace"]))
        if fate == "keep":
            desired[record.cred_id] = record
        elif fate == "widen":
            desired[record.cred_id] = _widened(record, data)
        elif fate == "replace":
            desired[record.cred_id] = data.draw(
                credential_records(cred_ids=st.just(record.cred_id))
            )
    for record in draw(st.lists(credential_records(cred_ids=IDS), max_size=40)):
        desired.setdefault(record.cred_id, record)
    return unit, list(desired.values())


@given(
    sets=unit_and_desired(),
    transaction_writes=st.integers(1, 3),
    write_budget=st.sampled_from([23 + 33, 23 + 33 * 4, WRITE_BUDGET]),
)
@settings(max_examples=150, deadline=None)
def test_every_plan_reaches_the_desired_set_through_valid_databases(
    sets: tuple[list[CredentialRecord], list[CredentialRecord]],
    transaction_writes: int,
    write_budget: int,
) -> None:
    unit, desired = sets
    plan = _plan(unit, desired, transaction_writes=transaction_writes, write_budget=write_budget)
    old = {r.cred_id: r for r in unit}
    new = {r.cred_id: r for r in desired}
    taking = {i for i in old | new if takes_access_away(old.get(i), new.get(i))}

    # Take-away transactions first, holding exactly the take-away ops; one when they fit.
    leading = [tx for tx in plan.transactions if tx.takes_away]
    assert plan.transactions[: len(leading)] == leading
    assert [op.cred_id for tx in leading for w in tx.writes for op in w] == sorted(
        taking, key=lambda cred_id: (bucket_of(cred_id), cred_id)
    )
    if taking and len(taking) <= transaction_writes:
        assert len(leading) == 1

    held = _unit(unit)
    largest = max(len(old), len(new))
    for index, tx in enumerate(plan.transactions):
        assert 1 <= len(tx.writes) <= transaction_writes
        for write in tx.writes:
            assert 1 <= len(write) <= MAX_OPS_PER_WRITE
            assert write_message_len(write) <= write_budget
            for op in write:
                held.apply(op)
        # A valid database: its hash is the commit's, every record is the old or the new one
        # of its id, and it never needs more room than the larger of the two sets.
        assert held.hash() == tx.expected_hash
        assert len(held.records) <= largest
        for cred_id, record in held.records.items():
            assert record in (old.get(cred_id), new.get(cred_id))
        if index >= len(leading) - 1:  # every revocation is in force from here on
            assert not any(
                takes_access_away(record, new.get(cred_id))
                for cred_id, record in held.records.items()
            )
    assert held.records == new
    assert plan.desired_hash == held.hash()
    assert plan.empty is (old == new)
