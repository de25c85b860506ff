"""Advertisements on the simulated air: what a peripheral advertises and its encoding.

A peripheral's ``Advertisement`` is encoded into legacy advertising PDUs (31 bytes of
advertising data plus 31 of scan response) as real firmware must, and decoded on the
receiving side as a host stack would, so oversized payloads fail in tests as they would
on a real unit.
"""

from dataclasses import dataclass
from typing import Final
import uuid

__all__ = ["Advertisement", "decode_advertisement", "encode_advertisement"]

_LEGACY_ADV_DATA_MAX: Final = 31

# AD types (Core Supplement, Part A, 1).
_AD_FLAGS: Final = 0x01
_AD_INCOMPLETE_128: Final = 0x06
_AD_COMPLETE_128: Final = 0x07
_AD_SHORT_NAME: Final = 0x08
_AD_COMPLETE_NAME: Final = 0x09
_AD_TX_POWER: Final = 0x0A
_AD_MANUFACTURER: Final = 0xFF
_FLAGS_LE_GENERAL_NO_BREDR: Final = 0x06


@dataclass
class Advertisement:
    """What a peripheral advertises (advertising data plus scan response).

    Instances handed to listeners are shared between them and must not be mutated.
    """

    local_name: str
    service_uuids: list[str]
    manufacturer_data: dict[int, bytes]
    tx_power: int | None = None


def _ad_structure(ad_type: int, data: bytes) -> bytes:
    return bytes((len(data) + 1, ad_type)) + data


def _encode_uuid128(value: str) -> bytes:
    return uuid.UUID(value).bytes[::-1]


def encode_advertisement(adv: Advertisement) -> tuple[bytes, bytes]:
    """Encode into (advertising data, scan response) as a real peripheral must.

    The local name is shortened when it does not fit, like firmware does; anything
    else that does not fit raises ValueError so oversized payloads are caught early.
    """
    adv_data = _ad_structure(_AD_FLAGS, bytes((_FLAGS_LE_GENERAL_NO_BREDR,)))
    if adv.service_uuids:
        uuids = b"".join(_encode_uuid128(value) for value in adv.service_uuids)
        adv_data += _ad_structure(_AD_COMPLETE_128, uuids)
    if len(adv_data) > _LEGACY_ADV_DATA_MAX:
        raise ValueError("service UUIDs do not fit in 31 bytes of advertising data")
    if adv.local_name:
        name = adv.local_name.encode()
        room = _LEGACY_ADV_DATA_MAX - len(adv_data) - 2
        if len(name) <= room:
            adv_data += _ad_structure(_AD_COMPLETE_NAME, name)
        elif room > 0:
            short = name[:room].decode(errors="ignore").encode()
            adv_data += _ad_structure(_AD_SHORT_NAME, short)
    scan_response = b""
    for company_id, payload in adv.manufacturer_data.items():
        scan_response += _ad_structure(_AD_MANUFACTURER, company_id.to_bytes(2, "little") + payload)
    if adv.tx_power is not None:
        scan_response += _ad_structure(
            _AD_TX_POWER, adv.tx_power.to_bytes(1, "little", signed=True)
        )
    if len(scan_response) > _LEGACY_ADV_DATA_MAX:
        raise ValueError(
            f"manufacturer data and tx power need {len(scan_response)} bytes "
            f"of scan response, only {_LEGACY_ADV_DATA_MAX} fit"
        )
    return adv_data, scan_response


def _iter_ad(data: bytes) -> list[tuple[int, bytes]]:
    structures: list[tuple[int, bytes]] = []
    offset = 0
    while offset < len(data):
        length = data[offset]
        if length == 0:
            break
        structures.append((data[offset + 1], data[offset + 2 : offset + 1 + length]))
        offset += 1 + length
    return structures


def decode_advertisement(adv_data: bytes, scan_response: bytes) -> Advertisement:
    """Decode what a scanner received, as a host stack would."""
    adv = Advertisement(local_name="", service_uuids=[], manufacturer_data={})
    for ad_type, value in _iter_ad(adv_data) + _iter_ad(scan_response):
        if ad_type in (_AD_COMPLETE_128, _AD_INCOMPLETE_128):
            adv.service_uuids.extend(
                str(uuid.UUID(bytes=value[i : i + 16][::-1])) for i in range(0, len(value), 16)
            )
        elif ad_type in (_AD_COMPLETE_NAME, _AD_SHORT_NAME):
            adv.local_name = value.decode(errors="replace")
        elif ad_type == _AD_MANUFACTURER and len(value) >= 2:
            adv.manufacturer_data[int.from_bytes(value[:2], "little")] = value[2:]
        elif ad_type == _AD_TX_POWER and len(value) == 1:
            adv.tx_power = int.from_bytes(value, "little", signed=True)
    return adv
