"""Advertisement payload and INFO characteristic (docs/protocol.md §2).

The advertisement tells the hub, without connecting, who the unit is, whether something
changed (change counter) and which one-time challenge it currently accepts in msg1.
"""

from __future__ import annotations

from dataclasses import dataclass

from .constants import CHALLENGE_LEN, MAGIC, PROTOCOL_VERSION, UNIT_ID_LEN, AdvertFlag, Feature
from .errors import ProtocolError, UnsupportedVersion
from .wire import Reader, u8, u16

ADVERT_LEN = 19
INFO_LEN = 15


def format_unit_id(unit_id: bytes) -> str:
    """Unit id as 12 upper-case hex digits, the form used in unique ids."""
    return unit_id.hex().upper()


def parse_unit_id(text: str) -> bytes:
    """Inverse of `format_unit_id`."""
    try:
        raw = bytes.fromhex(text)
    except ValueError as err:
        raise ValueError(f"unit id {text!r} is not hex") from err
    if len(raw) != UNIT_ID_LEN:
        raise ValueError("unit id must be 6 bytes")
    return raw


def local_name(unit_id: bytes) -> str:
    """Advertised name: "DK-" and the last four hex digits of the unit id."""
    return "DK-" + format_unit_id(unit_id)[-4:]


@dataclass(frozen=True, slots=True)
class AdvertPayload:
    """Manufacturer-specific data (company 0xFFFF) of a unit's advertisement, 19 bytes."""

    unit_id: bytes
    flags: AdvertFlag
    change_counter: int
    challenge: bytes

    @property
    def pairing_mode(self) -> bool:
        """Whether the unit accepts pairing now."""
        return bool(self.flags & AdvertFlag.PAIRING_MODE)

    @property
    def paired(self) -> bool:
        """Whether the unit belongs to a hub."""
        return bool(self.flags & AdvertFlag.PAIRED)

    def encode(self) -> bytes:
        """Encode: magic, version<<4 | flags, unit id, change counter, challenge."""
        if len(self.unit_id) != UNIT_ID_LEN or len(self.challenge) != CHALLENGE_LEN:
            raise ValueError("unit id is 6 bytes and challenge 8 bytes")
        return (
            MAGIC
            + u8((PROTOCOL_VERSION << 4) | int(self.flags))
            + self.unit_id
            + u16(self.change_counter)
            + self.challenge
        )

    @classmethod
    def decode(cls, data: bytes) -> AdvertPayload:
        """Decode, raising `ProtocolError` for foreign payloads under company 0xFFFF."""
        reader = Reader(data)
        if reader.take(2) != MAGIC:
            raise ProtocolError("not a Digital Key advertisement")
        head = reader.u8()
        if head >> 4 != PROTOCOL_VERSION:
            raise UnsupportedVersion(f"advertised protocol version {head >> 4}")
        unit_id = reader.take(UNIT_ID_LEN)
        counter = reader.u16()
        challenge = reader.take(CHALLENGE_LEN)
        reader.end()
        return cls(unit_id, AdvertFlag(head & 0x0F), counter, challenge)


@dataclass(frozen=True, slots=True)
class UnitInfo:
    """Plaintext INFO characteristic (15 bytes), readable without a session."""

    unit_id: bytes
    flags: AdvertFlag
    features: Feature
    max_message: int
    firmware: tuple[int, int]
    version: int = PROTOCOL_VERSION

    def encode(self) -> bytes:
        """Encode the INFO value."""
        return (
            MAGIC
            + u8(self.version)
            + self.unit_id
            + u8(self.flags)
            + u8(self.features)
            + u16(self.max_message)
            + u8(self.firmware[0])
            + u8(self.firmware[1])
        )

    @classmethod
    def decode(cls, data: bytes) -> UnitInfo:
        """Decode the INFO value; a newer version is reported, not guessed at."""
        reader = Reader(data)
        if reader.take(2) != MAGIC:
            raise ProtocolError("INFO is not from a Digital Key unit")
        version = reader.u8()
        if version != PROTOCOL_VERSION:
            raise UnsupportedVersion(f"unit speaks protocol version {version}")
        unit_id = reader.take(UNIT_ID_LEN)
        flags, features = AdvertFlag(reader.u8()), Feature(reader.u8())
        max_message = reader.u16()
        firmware = (reader.u8(), reader.u8())
        reader.end()
        return cls(unit_id, flags, features, max_message, firmware, version)
