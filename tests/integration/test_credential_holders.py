"""Whose credential a keypad or reader record names: only answers the registry stands behind."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, strategies as st

from custom_components.digitalkey.access.credential_vault import CredentialVault
from custom_components.digitalkey.access.model import CredentialKind, Role, ShareKind
from custom_components.digitalkey.access.registry import Registry
from custom_components.digitalkey.credential_holders import CredentialHolder, credential_holder
from custom_components.digitalkey.protocol.constants import DenyReason, LogEvent, LogSource
from custom_components.digitalkey.protocol.records import LogRecord

NOW = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)
VAULT = CredentialVault.from_hub_key(bytes(range(32)))


def _building() -> tuple[Registry, dict[str, str]]:
    """Kari holds the front door and a tag; Ola the garage and a PIN; Kari shares the front."""
    registry = Registry()
    for door in ("front", "garage"):
        registry.add_door(door, door.capitalize())
    ids: dict[str, str] = {}
    for name, door in (("kari", "front"), ("ola", "garage")):
        ids[name] = registry.add_person(name.capitalize(), role=Role.OWNER, now=NOW).created[0]
        registry.grant_access([ids[name]], door_ids=[door], now=NOW, may_share=True, share_limit=2)
    add = registry.add_credential
    ids["tag"] = add(
        CredentialKind.TAG, "04:A2:3B:1C", vault=VAULT, now=NOW, person_id=ids["kari"]
    ).created[0]
    ids["pin"] = add(
        CredentialKind.PIN, "731902", vault=VAULT, now=NOW, person_id=ids["ola"]
    ).created[0]
    share = registry.share_key(
        ids["kari"], "front", now=NOW, kind=ShareKind.PIN, pin="480264", vault=VAULT
    )
    ids["share"], ids["share_pin"] = share.created[0], share.created[1]
    return registry, ids


def _record(registry: Registry, credential_id: str, source: LogSource, slot: int = 0) -> LogRecord:
    number = registry.credentials[credential_id].number
    return LogRecord(1, 1_800_000_000, LogEvent.UNLOCKED, source, number << 6 | slot)


def test_a_persons_tag_names_the_person() -> None:
    registry, ids = _building()
    holder = credential_holder(registry, "front", _record(registry, ids["tag"], LogSource.TAG, 3))
    assert holder == CredentialHolder(
        credential_id=ids["tag"],
        kind=CredentialKind.TAG,
        person_id=ids["kari"],
        share_id=None,
        grant_id=None,
        blocked=False,
        hint="3B1C",
    )


def test_a_pin_share_names_the_share_and_its_maker() -> None:
    registry, ids = _building()
    holder = credential_holder(
        registry, "front", _record(registry, ids["share_pin"], LogSource.PIN)
    )
    assert holder is not None
    share = registry.shares[ids["share"]]
    assert (holder.share_id, holder.person_id, holder.grant_id) == (
        share.id,
        ids["kari"],
        share.grant_id,
    )
    # Still named once revoked or used up: the record really was that PIN.
    registry.revoke_share(share.id, now=NOW + timedelta(minutes=1))
    assert credential_holder(registry, "front", _record(registry, ids["share_pin"], LogSource.PIN))


def test_a_blocked_credential_is_named_and_marked_blocked() -> None:
    registry, ids = _building()
    registry.block_credential(ids["pin"], now=NOW)
    holder = credential_holder(registry, "garage", _record(registry, ids["pin"], LogSource.PIN))
    assert holder is not None
    assert (holder.blocked, holder.hint) == (True, None)


def test_no_answer_for_what_the_registry_cannot_stand_behind() -> None:
    registry, ids = _building()
    tag = _record(registry, ids["tag"], LogSource.TAG)
    assert credential_holder(registry, "garage", tag) is None  # Kari has no key there
    share_pin = _record(registry, ids["share_pin"], LogSource.PIN)
    assert credential_holder(registry, "garage", share_pin) is None  # a share of the front
    assert (
        credential_holder(registry, "front", _record(registry, ids["tag"], LogSource.PIN)) is None
    )
    assert (
        credential_holder(registry, "front", _record(registry, ids["tag"], LogSource.BLE)) is None
    )
    unknown = LogRecord(1, 0, LogEvent.DENIED, LogSource.PIN, 0, DenyReason.UNKNOWN_CREDENTIAL)
    assert credential_holder(registry, "front", unknown) is None
    registry.remove_credential(ids["tag"])
    assert credential_holder(registry, "front", tag) is None  # gone since


@given(subject=st.integers(0, 0xFFFFFFFF), source=st.sampled_from(LogSource))
def test_any_subject_names_a_holder_of_that_door_or_nobody(subject: int, source: LogSource) -> None:
    registry, _ = _building()
    for door in ("front", "garage"):
        record = LogRecord(1, 0, LogEvent.UNLOCKED, source, subject)
        holder = credential_holder(registry, door, record)
        if holder is None:
            continue
        credential = registry.credentials[holder.credential_id]
        assert credential.number == subject >> 6
        assert source.name.lower() == credential.kind.value
        assert door in registry.credential_doors(credential)
