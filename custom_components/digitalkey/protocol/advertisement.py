"""Advertisement payload and INFO characteristic (docs/protocol.md §2).

The advertisement tells the hub, without connecting, whether something changed (change
counter) and which one-time challenge the unit currently accepts in msg1. An unpaired unit
names itself by its unit id, so a hub can discover it. A paired unit must not be a beacon:
it advertises a **resolvable identifier** instead (a fresh random `prand` and a tag over
the payload under the advert key its hubs hold, in the spirit of BLE resolvable private
addresses) and its change counter blinded with a keystream of the same key and `prand`.
Only a hub holding the unit's advert key recognises it (`resolve`, `AdvertResolver`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
import hmac

from cryptography.hazmat.primitives.ciphers import Cipher, CipherContext, algorithms, modes

from .constants import (
    ADVERT_TAG_LEN,
    CHALLENGE_LEN,
    MAGIC,
    PRAND_LEN,
    PROTOCOL_VERSION,
    UNIT_ID_LEN,
    AdvertFlag,
    Feature,
)
from .errors import ProtocolError, UnsupportedVersion
from .gatt import DEFAULT_MANUFACTURER_IDS, manufacturer_payloads
from .wire import Reader, u8, u16

UNPAIRED_ADVERT_LEN = 19
PAIRED_ADVERT_LEN = 21
ADVERT_KEY_LEN = 16
TAG_DOMAIN = b"\x01"
COUNTER_DOMAIN = b"\x02"
NO_UNIT_ID = bytes(UNIT_ID_LEN)
"""Unit id a paired unit reports in INFO: it names itself only to its hubs."""
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


def paired_local_name() -> str:
    """Advertised name of a paired unit: no digits of its unit id."""
    return "DK"


@dataclass(frozen=True, slots=True)
class AdvertPayload:
    """Manufacturer-specific data of a unit's advertisement (under 0xFFFF or its maker's id).

    `decode` returns an `UnpairedAdvert` (19 bytes, names the unit) or a `PairedAdvert`
    (21 bytes, resolvable only with the unit's advert key); the PAIRED flag tells which.
    """

    flags: AdvertFlag
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
        """Encode (implemented by the two layouts)."""
        raise NotImplementedError

    @staticmethod
    def decode(data: bytes) -> UnpairedAdvert | PairedAdvert:
        """Decode, raising `ProtocolError` for a foreign payload under a shared company id."""
        reader = Reader(data)
        if reader.take(2) != MAGIC:
            raise ProtocolError("not a Digital Key advertisement")
        head = reader.u8()
        if head >> 4 != PROTOCOL_VERSION:
            raise UnsupportedVersion(f"advertised protocol version {head >> 4}")
        flags = AdvertFlag(head & 0x0F)
        advert: UnpairedAdvert | PairedAdvert
        if flags & AdvertFlag.PAIRED:
            prand, tag = reader.take(PRAND_LEN), reader.take(ADVERT_TAG_LEN)
            blinded = reader.u16()
            advert = PairedAdvert(flags, reader.take(CHALLENGE_LEN), prand, tag, blinded)
        else:
            unit_id, counter = reader.take(UNIT_ID_LEN), reader.u16()
            advert = UnpairedAdvert(flags, reader.take(CHALLENGE_LEN), unit_id, counter)
        reader.end()
        return advert


def _head(flags: AdvertFlag) -> bytes:
    return u8((PROTOCOL_VERSION << 4) | int(flags))


@dataclass(frozen=True, slots=True)
class UnpairedAdvert(AdvertPayload):
    """A unit without controllers: magic ‖ head ‖ unit id ‖ change counter ‖ challenge."""

    unit_id: bytes
    change_counter: int

    def __post_init__(self) -> None:
        """The PAIRED flag selects the other layout."""
        if self.flags & AdvertFlag.PAIRED:
            raise ValueError("a paired unit advertises a PairedAdvert")

    def encode(self) -> bytes:
        """Encode the 19-byte layout."""
        if len(self.unit_id) != UNIT_ID_LEN or len(self.challenge) != CHALLENGE_LEN:
            raise ValueError("unit id is 6 bytes and challenge 8 bytes")
        return MAGIC + _head(self.flags) + self.unit_id + u16(self.change_counter) + self.challenge


@dataclass(frozen=True, slots=True)
class PairedAdvert(AdvertPayload):
    """A paired unit: magic ‖ head ‖ prand ‖ tag ‖ blinded change counter ‖ challenge."""

    prand: bytes
    tag: bytes
    blinded_counter: int

    def __post_init__(self) -> None:
        """Check sizes and that the PAIRED flag is set."""
        if not self.flags & AdvertFlag.PAIRED:
            raise ValueError("an unpaired unit advertises an UnpairedAdvert")
        if len(self.prand) != PRAND_LEN or len(self.tag) != ADVERT_TAG_LEN:
            raise ValueError("prand and tag are 4 bytes each")
        if len(self.challenge) != CHALLENGE_LEN:
            raise ValueError("challenge is 8 bytes")

    @classmethod
    def build(
        cls, advert_key: bytes, *, flags: AdvertFlag, change_counter: int, challenge: bytes,
        prand: bytes,
    ) -> PairedAdvert:  # fmt: skip
        """The advertisement a unit sends; `prand` MUST be new whenever anything changes."""
        flags |= AdvertFlag.PAIRED
        prf = _prf(advert_key)
        blinded = (change_counter & 0xFFFF) ^ _keystream(prf, prand)
        block = _tag_block(flags, prand, blinded, challenge)
        return cls(flags, challenge, prand, prf.update(block)[:ADVERT_TAG_LEN], blinded)

    def encode(self) -> bytes:
        """Encode the 21-byte layout."""
        return (
            MAGIC
            + _head(self.flags)
            + self.prand
            + self.tag
            + u16(self.blinded_counter)
            + self.challenge
        )


type _Prf = CipherContext


def _prf(advert_key: bytes) -> _Prf:
    """AES-128 on single blocks: the PRF of the tag and the keystream (as BLE's `ah`)."""
    if len(advert_key) != ADVERT_KEY_LEN:
        raise ValueError("advert key must be 16 bytes")
    return Cipher(algorithms.AES(advert_key), modes.ECB()).encryptor()  # noqa: S305 - one block


def _tag_block(flags: AdvertFlag, prand: bytes, blinded: int, challenge: bytes) -> bytes:
    """`01 ‖ head ‖ prand ‖ blinded counter ‖ challenge`: exactly one AES block."""
    return TAG_DOMAIN + _head(flags) + prand + u16(blinded) + challenge


def _keystream(prf: _Prf, prand: bytes) -> int:
    """First two bytes of AES(advert key, `02 ‖ prand ‖ 00*11`)."""
    return int.from_bytes(prf.update(COUNTER_DOMAIN + prand + bytes(11))[:2])


def _resolve_one(payload: PairedAdvert, prf: _Prf) -> int | None:
    block = _tag_block(payload.flags, payload.prand, payload.blinded_counter, payload.challenge)
    if not hmac.compare_digest(prf.update(block)[:ADVERT_TAG_LEN], payload.tag):
        return None
    return payload.blinded_counter ^ _keystream(prf, payload.prand)


def find_advert(
    manufacturer_data: Mapping[int, bytes],
    company_ids: Sequence[int] = DEFAULT_MANUFACTURER_IDS,
) -> UnpairedAdvert | PairedAdvert | None:
    """The first payload under one of `company_ids` that is one of ours, if any.

    Company ids are shared (0xFFFF is the SIG's test id), so a payload that does not decode
    is someone else's and the next one is tried.
    """
    for raw in manufacturer_payloads(manufacturer_data, company_ids):
        try:
            return AdvertPayload.decode(raw)
        except ProtocolError:
            continue
    return None


def resolve(payload: AdvertPayload, advert_key: bytes) -> int | None:
    """The change counter when `payload` is the paired unit of `advert_key`, else None.

    An unpaired payload never resolves: it names its unit id in clear.
    """
    if not isinstance(payload, PairedAdvert):
        return None
    return _resolve_one(payload, _prf(advert_key))


class AdvertResolver[K]:
    """The advert keys of a building's paired units, to recognise one advertisement.

    Keyed HMAC states are prepared once per unit, so resolving costs one HMAC finalisation
    per unit held plus one for the counter of the unit that matched.
    """

    def __init__(self, keys: Mapping[K, bytes] | None = None) -> None:
        """Hold `keys` (name -> advert key)."""
        self._units: dict[K, _Prf] = {}
        for name, key in (keys or {}).items():
            self.add(name, key)

    def add(self, name: K, advert_key: bytes) -> None:
        """Hold (or replace) the key of one unit."""
        self._units[name] = _prf(advert_key)

    def remove(self, name: K) -> None:
        """Forget a unit (no error when absent)."""
        self._units.pop(name, None)

    def __len__(self) -> int:
        """Number of units held."""
        return len(self._units)

    def __iter__(self) -> Iterator[K]:
        """Names of the units held."""
        return iter(self._units)

    def resolve(self, payload: AdvertPayload) -> tuple[K, int] | None:
        """(name, change counter) of the unit that sent `payload`, or None when none did."""
        if not isinstance(payload, PairedAdvert):
            return None
        block = _tag_block(payload.flags, payload.prand, payload.blinded_counter, payload.challenge)
        tag = payload.tag
        for name, prf in self._units.items():
            if hmac.compare_digest(prf.update(block)[:ADVERT_TAG_LEN], tag):
                return name, payload.blinded_counter ^ _keystream(prf, payload.prand)
        return None


@dataclass(frozen=True, slots=True)
class UnitInfo:
    """Plaintext INFO characteristic (15 bytes), readable without a session.

    A paired unit reports `NO_UNIT_ID`: INFO is readable by anyone in range.
    """

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
