"""Reserved bits (§4.1): senders write zero; receivers ignore or refuse, field by field.

Capability bits (advertisement and INFO flags, features in INFO, PAIR_COMPLETE and the
snapshot) are ignored by a hub; layout bits (HELLO and WELCOME flags) are refused; the
credential record's flags and reserved byte are refused by a unit (test_cred_write_values).
"""

from __future__ import annotations

import pytest

from custom_components.digitalkey.protocol.advertisement import (
    AdvertPayload,
    PairedAdvert,
    UnitInfo,
    UnpairedAdvert,
    resolve,
)
from custom_components.digitalkey.protocol.constants import (
    AdvertFlag,
    CredentialType,
    DoorState,
    Feature,
    LockState,
)
from custom_components.digitalkey.protocol.errors import InvalidField, ProtocolError
from custom_components.digitalkey.protocol.messages import Snapshot, WelcomePayload
from custom_components.digitalkey.protocol.pairing import UnitIdentity
from custom_components.digitalkey.protocol.records import EMPTY_DATABASE_HASH, CredentialRecord

from .conftest import Paired

ADVERT_KEY = bytes(range(16))
RESERVED_FLAG = 0x08
RESERVED_FEATURES = 0xE0


def _snapshot(features: int) -> Snapshot:
    return Snapshot(
        LockState.LOCKED, DoorState.CLOSED, 90, 3100, 1, 1, 0, 0, EMPTY_DATABASE_HASH,
        Feature(features), 0,
    )  # fmt: skip


async def test_the_reference_unit_sets_no_reserved_bit(paired: Paired) -> None:
    unit = paired.unit
    info = UnitInfo.decode(unit.read_info())
    assert not info.flags & ~0x07
    assert not info.features & ~0x1F
    assert not unit.snapshot().features & ~0x1F
    for advert in unit.advertisement().manufacturer_data.values():
        assert not advert[2] & RESERVED_FLAG


def test_a_hub_resolves_an_advertisement_with_a_reserved_flag_set() -> None:
    flags = AdvertFlag(AdvertFlag.PAIRED | RESERVED_FLAG)
    payload = PairedAdvert.build(
        ADVERT_KEY,
        flags=flags,
        change_counter=0x1234,
        challenge=bytes(8),
        prand=b"\x01\x02\x03\x04",
    )

    decoded = AdvertPayload.decode(payload.encode())

    assert decoded.paired
    assert resolve(decoded, ADVERT_KEY) == 0x1234  # the tag covers the byte as received


def test_an_unpaired_advertisement_with_a_reserved_flag_set_decodes() -> None:
    flags = AdvertFlag(AdvertFlag.PAIRING_MODE | RESERVED_FLAG)
    payload = UnpairedAdvert(flags, bytes(8), bytes(6), 7).encode()
    decoded = AdvertPayload.decode(payload)
    assert isinstance(decoded, UnpairedAdvert)
    assert decoded.pairing_mode


def test_info_with_reserved_flags_and_features_decodes_for_the_known_ones() -> None:
    raw = UnitInfo(bytes(6), AdvertFlag(0x0A), Feature(0x81), 4096, (1, 0)).encode()
    info = UnitInfo.decode(raw)
    assert info.flags & AdvertFlag.PAIRED
    assert info.features & Feature.DOOR_CONTACT
    assert not info.features & Feature.UNLATCH


def test_a_snapshot_with_reserved_feature_bits_decodes() -> None:
    snapshot = Snapshot.decode(_snapshot(Feature.KEYPAD | RESERVED_FEATURES).encode())
    assert snapshot.features & Feature.KEYPAD


def test_pair_complete_features_with_reserved_bits_decode() -> None:
    identity = UnitIdentity(bytes(32), bytes(6), bytes(32), Feature(0x82), 1)
    assert UnitIdentity.decode(identity.encode()).features & Feature.KEYPAD


@pytest.mark.parametrize("bit", [0x08, 0x10, 0x80])
def test_welcome_flags_beyond_the_three_known_are_refused(bit: int) -> None:
    raw = bytearray(WelcomePayload(_snapshot(0)).encode())
    raw[0] |= bit
    with pytest.raises(ProtocolError, match="WELCOME flags"):
        WelcomePayload.decode(bytes(raw))


@pytest.mark.parametrize(("offset", "value"), [(9, 0x02), (10, 0x80), (11, 0x01)])
def test_a_hub_refuses_a_record_with_reserved_bits_it_reads(offset: int, value: int) -> None:
    raw = bytearray(CredentialRecord(1, 1, CredentialType.PIN, bytes(8)).encode())
    raw[offset] |= value
    with pytest.raises(InvalidField):
        CredentialRecord.decode(bytes(raw))
    assert issubclass(InvalidField, ProtocolError)
