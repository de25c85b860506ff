"""A leaked credential database does not give away PINs without the unit secret."""

from __future__ import annotations

import hashlib
import hmac
import os

from custom_components.digitalkey.protocol.constants import CredentialType
from custom_components.digitalkey.protocol.keys import credential_key
from custom_components.digitalkey.protocol.records import (
    SECRET_LEN,
    CredentialOp,
    CredentialRecord,
    credential_secret,
)
from simulator.door_unit import DoorUnit, UnitConfig
from tests.protocol.conftest import Paired

from .test_privacy import FakeClock


def _v1_secret(unit_id: bytes, pin: str) -> bytes:
    """What protocol v1 stored: an HMAC keyed by the public unit id."""
    key = b"DKP1 credential" + unit_id
    return hmac.new(key, bytes([CredentialType.PIN]) + pin.encode(), hashlib.sha256).digest()[:8]


def _public_guess(unit_id: bytes, secret: bytes, digits: int) -> str | None:
    """The attack v1 allowed: try every PIN under keys an observer can compute."""
    for value in range(10**digits):
        pin = f"{value:0{digits}d}"
        if _v1_secret(unit_id, pin) == secret:
            return pin
        if credential_secret(unit_id * 5 + bytes(2), CredentialType.PIN, pin) == secret:
            return pin  # the unit id padded into a "unit secret": still public input
    return None


def _unit(unit_id: bytes) -> DoorUnit:
    clock = FakeClock()
    return DoorUnit(
        UnitConfig(unit_id=unit_id, setup_code="31415926"),
        clock=clock.time,
        monotonic=clock.monotonic,
    )


def test_the_secret_is_not_the_public_id_keyed_hmac() -> None:
    unit = _unit(bytes.fromhex("D1C0FFEE0042"))
    secret = credential_secret(unit.flash.unit_secret, CredentialType.PIN, "1234")
    assert secret != _v1_secret(unit.unit_id, "1234")
    assert len(secret) == SECRET_LEN


def test_a_leaked_record_cannot_be_searched_with_public_inputs() -> None:
    unit = _unit(bytes.fromhex("D1C0FFEE0043"))
    record = CredentialRecord(
        7, 1001, CredentialType.PIN,
        credential_secret(unit.flash.unit_secret, CredentialType.PIN, "4711"),
    )  # fmt: skip
    leaked = CredentialRecord.decode(record.encode())  # e.g. a CRED_READ_BUCKET answer
    # Every 4-digit PIN tried under everything public about the unit: none matches.
    assert _public_guess(unit.unit_id, leaked.secret, 4) is None


def test_two_units_with_the_same_pin_have_different_records() -> None:
    a, b = _unit(bytes.fromhex("D1C0FFEE0044")), _unit(bytes.fromhex("D1C0FFEE0044"))
    assert a.flash.unit_secret != b.flash.unit_secret  # even the same unit id (a replaced unit)
    secret_a = credential_secret(a.flash.unit_secret, CredentialType.PIN, "0000")
    secret_b = credential_secret(b.flash.unit_secret, CredentialType.PIN, "0000")
    assert secret_a != secret_b


def test_the_credential_key_is_derived_not_the_secret_itself() -> None:
    unit_secret = os.urandom(32)
    key = credential_key(unit_secret)
    assert key != unit_secret
    expected = hmac.digest(key, bytes([CredentialType.TAG]) + b"\x04\xa2\x2b\x7c", "sha256")[:8]
    assert credential_secret(unit_secret, CredentialType.TAG, b"\x04\xa2\x2b\x7c") == expected


def test_a_factory_reset_voids_every_old_record() -> None:
    unit = _unit(bytes.fromhex("D1C0FFEE0045"))
    old = credential_secret(unit.flash.unit_secret, CredentialType.PIN, "2468")
    unit.factory_reset()
    assert credential_secret(unit.flash.unit_secret, CredentialType.PIN, "2468") != old


async def test_the_hub_makes_the_unit_s_secrets_from_what_pairing_returned(
    paired: Paired,
) -> None:
    unit = paired.unit
    assert paired.result.unit_secret == unit.flash.unit_secret
    assert "unit_secret" not in repr(paired.result)
    assert paired.result.unit_secret.hex() not in repr(paired.result.identity)
    secret = credential_secret(paired.result.unit_secret, CredentialType.PIN, "8642")
    _, client = await paired.connect()
    await client.cred_begin()
    await client.cred_write(
        [CredentialOp.upsert(CredentialRecord(9, 1, CredentialType.PIN, secret))]
    )
    await client.cred_commit(unit.flash.credentials.shadow.hash())  # type: ignore[union-attr]
    assert unit.enter_pin("8642")
    assert not unit.enter_pin("8643")
