"""What the hub knows a unit holds stays true through a reading and every planned commit.

`UnitModel` counts the sensor's pending changes and decides whether a difference takes
access away. Property: built from a reading of any unit set, it agrees with the plan
(`protocol.credential_sync.plan_sync`) on how many records differ and whether any of them
takes access away, and after applying the plan's transactions it is the desired set.
"""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from custom_components.digitalkey.credential_records import DesiredSet
from custom_components.digitalkey.credential_unit_model import UnitModel
from custom_components.digitalkey.protocol.constants import CredentialType
from custom_components.digitalkey.protocol.credential_sync import (
    BucketCache,
    plan_sync,
    takes_access_away,
)
from custom_components.digitalkey.protocol.records import (
    BUCKETS,
    CredentialOp,
    CredentialRecord,
    bucket_hashes,
)
from simulator.credential_db import CredentialSet

SECRETS = [bytes([n]) * 8 for n in range(1, 4)]


def _record(cred_id: int, secret: int, enabled: bool, until: int) -> CredentialRecord:
    return CredentialRecord(
        cred_id, cred_id >> 6, CredentialType.PIN, SECRETS[secret], enabled, 0, until
    )


records = st.builds(
    _record,
    st.integers(1, 40).map(lambda n: n << 6),
    st.integers(0, len(SECRETS) - 1),
    st.booleans(),
    st.sampled_from([0, 1_900_000_000, 2_000_000_000]),
)
record_sets = st.lists(records, max_size=25, unique_by=lambda record: record.cred_id)


def _reading(
    unit: list[CredentialRecord], desired: DesiredSet
) -> tuple[list[bytes], dict[int, list[CredentialRecord]]]:
    """What `read_unit` returns for a unit holding `unit` (every differing bucket read)."""
    hashes = bucket_hashes(unit)
    held = CredentialSet()
    for record in unit:
        held.apply(CredentialOp.upsert(record))
    read = {
        bucket: held.in_bucket(bucket)
        for bucket in range(BUCKETS)
        if hashes[bucket] != desired.bucket_hashes[bucket]
    }
    return hashes, read


@settings(max_examples=150, deadline=None)
@given(record_sets, record_sets)
def test_the_model_follows_a_reading_and_the_plan_to_the_desired_set(
    unit: list[CredentialRecord], wanted: list[CredentialRecord]
) -> None:
    desired = DesiredSet.of(tuple(wanted))
    hashes, read = _reading(unit, desired)
    model = UnitModel.of_reading(desired, hashes, read)
    plan = plan_sync(desired.records, hashes, read)
    differences = list(model.differences(desired))
    assert len(differences) == plan.ops
    assert any(takes_access_away(old, new) for old, new in differences) == plan.takes_away
    cache = BucketCache()
    for tx in plan.transactions:
        model.apply(tx)
        cache.store_transaction(tx)
    assert model.hashes == list(desired.bucket_hashes)
    assert model.database_hash == desired.database_hash
    assert not list(model.differences(desired))
    assert UnitModel.of_desired(desired).database_hash == desired.database_hash
