"""The credential vault: sealed values open only for the credential they were sealed for."""

from __future__ import annotations

import base64
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from custom_components.digitalkey.access.credential_vault import CredentialVault
from custom_components.digitalkey.access.errors import AccessError, ErrorCode
from custom_components.digitalkey.access.model import Credential, CredentialKind
from custom_components.digitalkey.access.registry import Registry

from .conftest import NOW, Building

HUB_KEY = bytes(range(32))
VAULT = CredentialVault.from_hub_key(HUB_KEY)
PIN = b"583920"
UID = bytes.fromhex("04a23b1c")


def _credential(
    vault: CredentialVault, kind: CredentialKind, value: bytes, number: int
) -> Credential:
    credential_id = f"c{number}"
    return Credential(
        id=credential_id,
        number=number,
        kind=kind,
        person_id="p",
        share_id=None,
        sealed=vault.seal(kind, value, number=number, credential_id=credential_id),
        lookup=vault.lookup(kind, value),
        created_at=datetime(2026, 3, 23, tzinfo=UTC),
    )


@pytest.mark.parametrize(("kind", "value"), [(CredentialKind.PIN, PIN), (CredentialKind.TAG, UID)])
def test_a_sealed_value_unseals_for_its_credential(kind: CredentialKind, value: bytes) -> None:
    credential = _credential(VAULT, kind, value, 7)
    assert VAULT.unseal(credential) == value
    assert PIN.decode() not in credential.sealed
    assert credential.sealed.startswith("1:")


def test_sealing_twice_gives_different_text() -> None:
    first = VAULT.seal(CredentialKind.PIN, PIN, number=1, credential_id="c1")
    assert first != VAULT.seal(CredentialKind.PIN, PIN, number=1, credential_id="c1")


@pytest.mark.parametrize(
    "move",
    [
        {"number": 8},
        {"id": "c8"},
        {"kind": CredentialKind.TAG},
    ],
)
def test_a_seal_moved_to_another_credential_does_not_open(move: dict[str, object]) -> None:
    credential = _credential(VAULT, CredentialKind.PIN, PIN, 7)
    with pytest.raises(AccessError) as err:
        VAULT.unseal(replace(credential, **move))  # type: ignore[arg-type]
    assert err.value.code is ErrorCode.INVALID_DATA
    assert PIN.decode() not in str(err.value)


@pytest.mark.parametrize(
    "sealed",
    ["", "1:", "2:AAAA", "1:not base64!", "1:" + "A" * 40],
)
def test_damaged_seals_do_not_open(sealed: str) -> None:
    credential = replace(_credential(VAULT, CredentialKind.PIN, PIN, 7), sealed=sealed)
    with pytest.raises(AccessError) as err:
        VAULT.unseal(credential)
    assert err.value.code is ErrorCode.INVALID_DATA


@pytest.mark.parametrize("position", [0, 11, 12, 17, 33])
def test_a_flipped_bit_does_not_open(position: int) -> None:
    """Nonce (0-11), ciphertext (12-17) or tag (18-33): any change is noticed."""
    credential = _credential(VAULT, CredentialKind.PIN, PIN, 7)
    body = credential.sealed.removeprefix("1:")
    raw = bytearray(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    raw[position] ^= 0x01
    flipped = "1:" + base64.urlsafe_b64encode(bytes(raw)).rstrip(b"=").decode()
    with pytest.raises(AccessError):
        VAULT.unseal(replace(credential, sealed=flipped))


def test_another_buildings_vault_opens_nothing_and_hashes_differently() -> None:
    other = CredentialVault.from_hub_key(bytes(32))
    credential = _credential(VAULT, CredentialKind.PIN, PIN, 7)
    with pytest.raises(AccessError):
        other.unseal(credential)
    assert other.lookup(CredentialKind.PIN, PIN) != VAULT.lookup(CredentialKind.PIN, PIN)


def test_lookups_are_stable_per_building_and_kind() -> None:
    again = CredentialVault.from_hub_key(HUB_KEY)
    lookup = VAULT.lookup(CredentialKind.PIN, PIN)
    assert again.lookup(CredentialKind.PIN, PIN) == lookup
    assert len(lookup) == 64
    assert int(lookup, 16) >= 0
    assert VAULT.lookup(CredentialKind.TAG, PIN) != lookup
    assert VAULT.lookup(CredentialKind.PIN, b"583921") != lookup


def test_keys_are_checked_and_never_shown() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        CredentialVault(bytes(16))
    with pytest.raises(ValueError, match="hub key"):
        CredentialVault.from_hub_key(b"")
    assert repr(VAULT) == "CredentialVault()"


def test_sealed_values_swapped_in_the_stored_file_do_not_open(building: Building) -> None:
    """An attacker who can edit the registry file swaps two people's sealed PINs."""
    registry = building.registry
    kari_pin = registry.add_credential(
        CredentialKind.PIN, "583920", vault=VAULT, person_id=building.kari, now=NOW
    ).created[0]
    ola_pin = registry.add_credential(
        CredentialKind.PIN, "740163", vault=VAULT, person_id=building.ola, now=NOW
    ).created[0]
    stored = registry.to_dict()
    first, second = stored["credentials"]
    first["sealed"], second["sealed"] = second["sealed"], first["sealed"]
    swapped = Registry.from_dict(stored)
    for credential_id in (kari_pin, ola_pin):
        with pytest.raises(AccessError) as err:
            VAULT.unseal(swapped.credentials[credential_id])
        assert err.value.code is ErrorCode.INVALID_DATA
    assert VAULT.unseal(registry.credentials[kari_pin]) == b"583920"
