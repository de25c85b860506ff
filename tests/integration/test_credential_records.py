"""The wire records a door unit gets: secrets the unit matches, kinds it reads, one unseal each.

`credential_records` is pure; the reference unit's own database (`simulator.credential_db`)
is the judge of whether a derived secret opens.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from hypothesis import given, settings, strategies as st
import pytest

from custom_components.digitalkey.access.credential_vault import CredentialVault
from custom_components.digitalkey.access.errors import AccessError, ErrorCode
from custom_components.digitalkey.access.model import Credential, CredentialKind, Role
from custom_components.digitalkey.access.registry import Registry
from custom_components.digitalkey.credential_records import (
    EMPTY,
    DesiredSet,
    MissingUnitSecret,
    RecordCache,
    derive_desired,
    door_kinds,
)
from custom_components.digitalkey.protocol.constants import CredentialType, Feature
from custom_components.digitalkey.protocol.records import (
    EMPTY_DATABASE_HASH,
    CredentialOp,
    CredentialRecord,
    bucket_hashes,
    credential_secret,
    database_hash,
)
from simulator.credential_db import CredentialSet

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
UNIT_SECRET = bytes(range(32, 64))
VAULT = CredentialVault.from_hub_key(bytes(range(32)))
PIN = "583920"
UID = bytes.fromhex("04A23B1C")
BOTH = door_kinds(Feature.KEYPAD | Feature.TAG_READER)


class CountingVault(CredentialVault):
    """The building's vault, counting how often a value is unsealed."""

    def __init__(self) -> None:
        super().__init__(bytes(32))
        self.unsealed = 0

    def unseal(self, credential: Credential) -> bytes:
        self.unsealed += 1
        return super().unseal(credential)


def _building(vault: CredentialVault = VAULT) -> tuple[Registry, str, dict[str, str]]:
    """A door and a person with a key to it holding a PIN and a tag: (registry, door, ids)."""
    registry = Registry()
    registry.add_door("door", "Entrance")
    person = registry.add_person("Kari", role=Role.OWNER, now=NOW).created[0]
    registry.grant_access([person], now=NOW, door_ids=["door"])
    pin = registry.add_credential(
        CredentialKind.PIN, PIN, vault=vault, person_id=person, now=NOW
    ).created[0]
    tag = registry.add_credential(
        CredentialKind.TAG, UID, vault=vault, person_id=person, now=NOW
    ).created[0]
    return registry, "door", {"person": person, "pin": pin, "tag": tag}


def _unit_with(records: tuple[CredentialRecord, ...]) -> CredentialSet:
    unit = CredentialSet()
    for record in records:
        unit.apply(CredentialOp.upsert(record))
    return unit


def test_the_unit_matches_the_derived_secrets_of_the_pin_and_the_tag() -> None:
    registry, door, _ = _building()
    desired = derive_desired(
        registry, door, NOW, kinds=BOTH, vault=VAULT, cache=RecordCache(UNIT_SECRET)
    )
    unit = _unit_with(desired.records)
    pin = unit.find(CredentialType.PIN, credential_secret(UNIT_SECRET, CredentialType.PIN, PIN))
    tag = unit.find(CredentialType.TAG, credential_secret(UNIT_SECRET, CredentialType.TAG, UID))
    assert pin is not None
    assert tag is not None
    assert pin.user_id == pin.cred_id >> 6  # the credential's number, nothing personal
    assert unit.hash() == desired.database_hash
    other = credential_secret(bytes(32), CredentialType.PIN, PIN)
    assert unit.find(CredentialType.PIN, other) is None  # keyed by this unit's secret


@pytest.mark.parametrize(
    ("features", "kinds"),
    [
        (Feature.KEYPAD, {CredentialType.PIN}),
        (Feature.TAG_READER, {CredentialType.TAG}),
        (Feature.KEYPAD | Feature.TAG_READER | Feature.UNLATCH, set(CredentialType)),
        (Feature.DOOR_CONTACT, set()),
    ],
)
def test_a_unit_gets_only_the_kinds_it_reads(features: Feature, kinds: set[CredentialType]) -> None:
    registry, door, _ = _building()
    desired = derive_desired(
        registry,
        door,
        NOW,
        kinds=door_kinds(features),
        vault=VAULT,
        cache=RecordCache(UNIT_SECRET),
    )
    assert {record.kind for record in desired.records} == kinds
    if not kinds:
        assert desired is EMPTY
        assert desired.database_hash == EMPTY_DATABASE_HASH


def test_each_credential_is_unsealed_once_while_its_seal_stays() -> None:
    vault = CountingVault()
    registry, door, ids = _building(vault)
    vault.unsealed = 0
    cache = RecordCache(UNIT_SECRET)
    first = derive_desired(registry, door, NOW, kinds=BOTH, vault=vault, cache=cache)
    assert vault.unsealed == 2
    again = derive_desired(registry, door, NOW, kinds=BOTH, vault=vault, cache=cache)
    assert vault.unsealed == 2
    assert again == first
    registry.remove_credential(ids["pin"])
    registry.add_credential(
        CredentialKind.PIN, "740163", vault=vault, person_id=ids["person"], now=NOW
    )
    derive_desired(registry, door, NOW, kinds=BOTH, vault=vault, cache=cache)
    assert vault.unsealed == 3  # only the new PIN
    assert "740163" not in repr(cache)
    assert UNIT_SECRET.hex() not in repr(cache)


def test_a_door_paired_before_unit_secrets_cannot_be_given_records() -> None:
    registry, door, _ = _building()
    with pytest.raises(MissingUnitSecret):
        derive_desired(registry, door, NOW, kinds=BOTH, vault=VAULT, cache=RecordCache(b""))
    registry.add_door("shed", "Shed")  # nobody holds a key to it: nothing to key
    assert derive_desired(registry, "shed", NOW, kinds=BOTH, vault=VAULT, cache=RecordCache(b""))


def test_a_seal_from_another_building_is_left_out_not_keyed() -> None:
    registry, door, ids = _building(CredentialVault.from_hub_key(bytes(32)))
    desired = derive_desired(
        registry, door, NOW, kinds=BOTH, vault=VAULT, cache=RecordCache(UNIT_SECRET)
    )
    assert desired.records == ()
    assert desired.database_hash == EMPTY_DATABASE_HASH
    assert desired.unreadable == {ids["pin"], ids["tag"]}
    with pytest.raises(AccessError) as unknown:
        derive_desired(
            registry, "gone", NOW, kinds=BOTH, vault=VAULT, cache=RecordCache(UNIT_SECRET)
        )
    assert unknown.value.code is ErrorCode.UNKNOWN_DOOR


def test_one_damaged_seal_leaves_out_that_credential_only() -> None:
    """The rest of the door is keyed as before; the damaged one is named by id, once."""
    registry, door, ids = _building()
    cache = RecordCache(UNIT_SECRET)
    whole = derive_desired(registry, door, NOW, kinds=BOTH, vault=VAULT, cache=cache)
    assert len(whole.records) == 2
    assert whole.unreadable == frozenset()
    pin = registry.credentials[ids["pin"]]
    # As an edited registry file loads: the file's own checks never unseal.
    registry._t.credentials[pin.id] = replace(pin, sealed=registry.credentials[ids["tag"]].sealed)
    damaged = derive_desired(registry, door, NOW, kinds=BOTH, vault=VAULT, cache=cache)
    assert damaged.unreadable == {ids["pin"]}
    (record,) = damaged.records
    assert record in whole.records
    assert record.kind is CredentialType.TAG
    assert repr(cache) == "RecordCache(1 credentials)"  # the PIN's old secret is forgotten
    fresh = derive_desired(
        registry, door, NOW, kinds=BOTH, vault=VAULT, cache=RecordCache(UNIT_SECRET)
    )
    assert fresh == damaged


records = st.builds(
    CredentialRecord,
    cred_id=st.integers(1, 2**32 - 1),
    user_id=st.integers(0, 2**32 - 1),
    kind=st.sampled_from(CredentialType),
    secret=st.binary(min_size=8, max_size=8),
    enabled=st.booleans(),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(records, max_size=40, unique_by=lambda record: record.cred_id), st.booleans())
def test_the_desired_hashes_are_the_protocols(drawn: list[CredentialRecord], cached: bool) -> None:
    """With or without the cache, by bucket and whole, as the unit computes them (§8.2)."""
    cache = RecordCache(UNIT_SECRET) if cached else None
    desired = DesiredSet.of(tuple(drawn), cache=cache)
    again = DesiredSet.of(tuple(drawn), cache=cache)
    assert list(desired.bucket_hashes) == bucket_hashes(drawn)
    assert (
        desired.database_hash
        == database_hash(bucket_hashes(drawn))
        == _unit_with(tuple(drawn)).hash()
    )
    assert again == desired
    assert sorted(r.cred_id for b in desired.by_bucket.values() for r in b.values()) == sorted(
        r.cred_id for r in drawn
    )
