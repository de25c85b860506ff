"""The hub reads advertisements under every company id of `MANUFACTURER_IDS` (§2.2)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

import pytest

from custom_components.digitalkey import pairing
from custom_components.digitalkey.protocol import gatt
from custom_components.digitalkey.protocol.advertisement import UnpairedAdvert, find_advert
from custom_components.digitalkey.protocol.constants import AdvertFlag
from custom_components.digitalkey.protocol.gatt import (
    MANUFACTURER_ID,
    SERVICE_UUID,
    manufacturer_payloads,
)

OWN_ID = 0x0A0B
UNIT_ID = bytes.fromhex("d1c0ffee0042")
PAYLOAD = UnpairedAdvert(AdvertFlag.PAIRING_MODE, bytes(8), UNIT_ID, 7).encode()
KEGTRON = b"\x00\x01kegtron-payload!!"


@dataclass
class _Info:
    """The two fields of a BluetoothServiceInfoBleak the advertisement readers use."""

    manufacturer_data: dict[int, bytes]
    service_uuids: list[str] = field(default_factory=lambda: [SERVICE_UUID])


def _info(data: dict[int, bytes]) -> Any:
    return cast(Any, _Info(data))


def test_the_default_is_the_sig_test_id_only() -> None:
    assert gatt.MANUFACTURER_IDS == (0xFFFF,)
    assert manufacturer_payloads({0x0A0B: b"x"}) == []


def test_a_foreign_payload_under_0xffff_is_skipped_for_a_later_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(gatt, "MANUFACTURER_IDS", (MANUFACTURER_ID, OWN_ID))
    data = {MANUFACTURER_ID: KEGTRON, OWN_ID: PAYLOAD}
    assert manufacturer_payloads(data) == [KEGTRON, PAYLOAD]
    advert = pairing.parse_advert(_info(data))
    assert isinstance(advert, UnpairedAdvert)
    assert advert.unit_id == UNIT_ID
    decoded = find_advert(data)
    assert isinstance(decoded, UnpairedAdvert)


def test_an_id_not_configured_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    assert pairing.parse_advert(_info({OWN_ID: PAYLOAD})) is None
    assert find_advert({OWN_ID: PAYLOAD}) is None
    monkeypatch.setattr(gatt, "MANUFACTURER_IDS", (OWN_ID,))
    assert pairing.parse_advert(_info({OWN_ID: PAYLOAD})) is not None
    assert pairing.parse_advert(_info({MANUFACTURER_ID: PAYLOAD})) is None


def test_a_newer_protocol_under_a_configured_id_is_recognised(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    newer = PAYLOAD[:2] + bytes([0x30 | (PAYLOAD[2] & 0x0F)]) + PAYLOAD[3:]
    monkeypatch.setattr(gatt, "MANUFACTURER_IDS", (OWN_ID,))
    assert pairing.speaks_newer_protocol(_info({OWN_ID: newer}))
    assert not pairing.speaks_newer_protocol(_info({OWN_ID: PAYLOAD}))
