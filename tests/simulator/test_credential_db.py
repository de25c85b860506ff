"""The unit's credential database: incremental hashes, lookups and atomic commits."""

from hypothesis import given, settings, strategies as st

from custom_components.digitalkey.protocol.constants import CredentialType
from custom_components.digitalkey.protocol.records import (
    CredentialOp,
    CredentialRecord,
    bucket_hashes,
    database_hash,
)
from simulator.credential_db import CredentialDatabase, CredentialSet
from tests.helpers.records import credential_records

# Few ids and few secrets, so updates, deletes and shared secrets (two people, one PIN)
# happen often.
cred_ids = st.integers(min_value=0, max_value=40)
secrets = st.sampled_from([bytes([n]) * 8 for n in range(6)])


def records() -> st.SearchStrategy[CredentialRecord]:
    return credential_records(cred_ids, secrets)


ops = st.one_of(records().map(CredentialOp.upsert), cred_ids.map(CredentialOp.delete))


def applied(op_list: list[CredentialOp]) -> dict[int, CredentialRecord]:
    """What the records must be after `op_list`, computed the obvious way."""
    expected: dict[int, CredentialRecord] = {}
    for op in op_list:
        expected.pop(op.cred_id, None)
        if op.record is not None:
            expected[op.cred_id] = op.record
    return expected


@given(st.lists(ops, max_size=60))
def test_incremental_bucket_hashes_match_the_records(op_list: list[CredentialOp]) -> None:
    live = CredentialSet()
    for op in op_list:
        live.apply(op)

    assert live.records == applied(op_list)
    assert live.bucket_hashes() == bucket_hashes(live.records.values())
    assert live.hash() == database_hash(bucket_hashes(live.records.values()))


@given(st.lists(ops, max_size=60))
def test_every_live_record_is_found_by_its_secret(op_list: list[CredentialOp]) -> None:
    live = CredentialSet()
    for op in op_list:
        live.apply(op)

    for record in live.records.values():
        found = live.find(record.kind, record.secret)
        assert found is not None, f"credential {record.cred_id} can no longer be presented"
        assert (found.kind, found.secret) == (record.kind, record.secret)
        assert live.records[found.cred_id] == found
    for kind in CredentialType:
        assert live.find(kind, b"\xff" * 8) is None


@given(st.lists(ops, max_size=30), st.lists(ops, max_size=30))
def test_a_shadow_copy_never_changes_the_live_set(
    before: list[CredentialOp], during: list[CredentialOp]
) -> None:
    live = CredentialSet()
    for op in before:
        live.apply(op)
    snapshot = (dict(live.records), live.bucket_hashes())

    shadow = live.copy()
    for op in during:
        shadow.apply(op)

    assert (live.records, live.bucket_hashes()) == snapshot
    for record in live.records.values():
        assert live.find(record.kind, record.secret) is not None


@settings(max_examples=50)
@given(st.lists(ops, max_size=20), st.lists(ops, max_size=20), st.binary(min_size=16, max_size=16))
def test_commit_succeeds_exactly_with_the_shadow_hash(
    before: list[CredentialOp], writes: list[CredentialOp], other_hash: bytes
) -> None:
    database = CredentialDatabase()
    for op in before:
        database.live.apply(op)
    live_before = dict(database.live.records)
    expected = database_hash(bucket_hashes(applied(before + writes).values()))

    # Any other hash: CONFLICT, the live set and version stay, the transaction ends.
    if other_hash != expected:
        assert database.begin() == 0
        assert database.write(writes)
        assert not database.commit(other_hash)
        assert database.live.records == live_before
        assert database.version == 0
        assert database.shadow is None

    # The right hash: the shadow becomes the live set and the version moves on.
    database.begin()
    assert database.write(writes)
    assert database.commit(expected)
    assert database.live.records == applied(before + writes)
    assert database.live.hash() == expected
    assert database.version == 1
    assert database.shadow is None


def test_writes_over_capacity_end_the_transaction() -> None:
    database = CredentialDatabase(capacity=2)
    database.begin()
    assert database.write(
        [CredentialOp.upsert(CredentialRecord(n, n, CredentialType.PIN, bytes(8))) for n in (1, 2)]
    )
    assert not database.write(
        [CredentialOp.upsert(CredentialRecord(3, 3, CredentialType.TAG, bytes(8)))]
    )
    assert database.shadow is None
    assert not database.write([CredentialOp.delete(1)])
    assert not database.commit(database.live.hash())
    assert database.live.records == {}
