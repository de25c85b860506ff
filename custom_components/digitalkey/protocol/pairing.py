"""Pairing with the 8-digit setup code (docs/protocol.md §6).

SPAKE2 turns the short code into a strong shared key without exposing the code to offline
guessing: an eavesdropper learns nothing, and an active attacker gets one guess per attempt,
which the unit counts towards its lockout. Both sides then prove they hold the same key
(confirmation tags) and exchange their long-term X25519 keys sealed under it.

Both roles live here because they share the key schedule; when a unit may pair (pairing
mode, lockout) is the unit's policy, not this module's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from spake2 import SPAKE2_A, SPAKE2_B

from .constants import (
    SETUP_CODE_DIGITS,
    UNIT_ID_LEN,
    UNIT_SECRET_LEN,
    Feature,
    MessageType,
    Role,
)
from .errors import AuthenticationError, ProtocolError, WrongSetupCode
from .messages import Envelope
from .wire import Reader, read_short_text, short_text, u8, u32

SPAKE_MSG_LEN = 33
CONFIRM_LEN = 16
HUB_IDENTITY = b"DKP2 hub"
UNIT_IDENTITY = b"DKP2 unit"
SEAL_AAD = b"DKP2 pair"
ZERO_NONCE = bytes(12)
FIELD_PRIME = 2**255 - 19
IDENTITY_ENCODING = bytes([1]) + bytes(31)
GRANT_MIN_LEN = 32 + 1 + 4 + 1
GRANT_MAX_LEN = GRANT_MIN_LEN + 32
SEAL_TAG_LEN = 16
CONFIRM_BODY_LENGTHS = range(
    CONFIRM_LEN + GRANT_MIN_LEN + SEAL_TAG_LEN, CONFIRM_LEN + GRANT_MAX_LEN + SEAL_TAG_LEN + 1
)
"""PAIR_CONFIRM bodies of another length are MALFORMED (§6 step 4): 70 to 102 bytes."""

type Entropy = Callable[[int], bytes]


def validate_setup_code(code: str) -> str:
    """Return the code if it is exactly 8 ASCII digits, else raise ValueError."""
    if len(code) != SETUP_CODE_DIGITS or not code.isascii() or not code.isdigit():
        raise ValueError("setup code must be 8 digits")
    return code


def normalize_setup_code(text: str) -> str:
    """Accept what people type ("1234 5678", "1234-5678") and return the 8 digits."""
    return validate_setup_code("".join(ch for ch in text if ch not in " -\t"))


@dataclass(frozen=True, slots=True, repr=False)
class PairingKeys:
    """Keys derived from the SPAKE2 result, one per purpose and direction."""

    unit_confirm: bytes
    hub_confirm: bytes
    hub_seal: bytes
    unit_seal: bytes

    @classmethod
    def derive(cls, shared: bytes) -> PairingKeys:
        """HKDF-SHA256 of the SPAKE2 key, one label per key."""

        def expand(label: bytes) -> bytes:
            return HKDF(SHA256(), 32, salt=None, info=b"DKP2 pair " + label).derive(shared)

        return cls(
            expand(b"unit confirm"), expand(b"hub confirm"), expand(b"hub seal"),
            expand(b"unit seal"),
        )  # fmt: skip


def confirm_tag(key: bytes, msg_a: bytes, msg_b: bytes) -> bytes:
    """Key-confirmation tag over both SPAKE2 messages."""
    return hmac.new(key, msg_a + msg_b, hashlib.sha256).digest()[:CONFIRM_LEN]


def seal(key: bytes, plaintext: bytes) -> bytes:
    """Encrypt once under a single-use key (so the zero nonce is safe)."""
    return ChaCha20Poly1305(key).encrypt(ZERO_NONCE, plaintext, SEAL_AAD)


def unseal(key: bytes, sealed: bytes) -> bytes:
    """Decrypt what `seal` made, raising `AuthenticationError` when it was altered."""
    try:
        return ChaCha20Poly1305(key).decrypt(ZERO_NONCE, sealed, SEAL_AAD)
    except InvalidTag as err:
        raise AuthenticationError("sealed pairing data failed authentication") from err


@dataclass(frozen=True, slots=True)
class HubGrant:
    """What the hub hands the unit inside PAIR_CONFIRM."""

    hub_public: bytes
    role: Role
    time: int
    label: str

    def encode(self) -> bytes:
        """Encode the plaintext before sealing."""
        return self.hub_public + u8(self.role) + u32(self.time) + short_text(self.label)

    @classmethod
    def decode(cls, data: bytes) -> HubGrant:
        """Decode after unsealing."""
        reader = Reader(data)
        public = reader.take(32)
        role_raw = reader.u8()
        try:
            role = Role(role_raw)
        except ValueError as err:
            raise ProtocolError(f"unknown role {role_raw}") from err
        grant = cls(public, role, reader.u32(), read_short_text(reader))
        reader.end()
        return grant


@dataclass(frozen=True, slots=True, repr=False)
class UnitIdentity:
    """What the unit hands back inside PAIR_COMPLETE.

    `unit_secret` keys the unit's credential secrets and its resolvable advertisements
    (docs/protocol.md §2.2, §8.1); the hub must keep it as secret as its own key.
    """

    unit_public: bytes
    unit_id: bytes
    unit_secret: bytes
    features: Feature
    boot_count: int

    def __repr__(self) -> str:
        """Never show the unit secret."""
        return (
            f"UnitIdentity(unit_id={self.unit_id.hex()}, features={self.features!r}, "
            f"boot_count={self.boot_count})"
        )

    def encode(self) -> bytes:
        """Encode the plaintext before sealing."""
        if len(self.unit_secret) != UNIT_SECRET_LEN:
            raise ValueError("unit secret must be 32 bytes")
        return (
            self.unit_public
            + self.unit_id
            + self.unit_secret
            + u8(self.features)
            + u32(self.boot_count)
        )

    @classmethod
    def decode(cls, data: bytes) -> UnitIdentity:
        """Decode after unsealing."""
        reader = Reader(data)
        identity = cls(
            reader.take(32),
            reader.take(UNIT_ID_LEN),
            reader.take(UNIT_SECRET_LEN),
            Feature(reader.u8()),
            reader.u32(),
        )
        reader.end()
        return identity


def _unit_identity_bytes(unit_id: bytes) -> bytes:
    return UNIT_IDENTITY + unit_id


def check_element_encoding(element: bytes) -> None:
    """Refuse what python-spake2 0.9 would let through (docs/protocol.md §6.1, "On receipt").

    The library decodes y modulo p and ignores the sign bit of x = 0, so it accepts three
    non-canonical spellings of the identity. Only canonical encodings pass here: y < p, and
    the sign bit clear when x = 0 (y = 1 or y = p - 1). The canonical identity is refused
    too. The library itself then refuses points outside the prime-order subgroup and a
    reflected message.
    """
    if len(element) != SPAKE_MSG_LEN - 1:
        raise ProtocolError("SPAKE2 element has the wrong length")
    value = int.from_bytes(element, "little")
    y, sign = value & ((1 << 255) - 1), value >> 255
    if y >= FIELD_PRIME or (sign and y in (1, FIELD_PRIME - 1)):
        raise ProtocolError("SPAKE2 element is not canonically encoded")
    if element == IDENTITY_ENCODING:
        raise ProtocolError("SPAKE2 element is the identity")


def _shared_element_is_identity(spake: SPAKE2_A | SPAKE2_B, message: bytes) -> bool:
    """Whether Z = own scalar · (peer element − w·peer blinding) is the identity (§6.1).

    Only a side that knows the code gets there, by a zero scalar (its element is w·M or
    w·N exactly); libsodium refuses to compute such a Z, so every side counts it as a
    wrong code instead of finishing on it.
    """
    unblinded = spake.my_unblinding().scalarmult(spake.pw_scalar)
    own_scalar_zero = spake.xy_scalar % spake.params.group.order() == 0
    return bool(own_scalar_zero or bytes(unblinded.to_bytes()) == message[1:])


def _finish(spake: SPAKE2_A | SPAKE2_B, message: bytes) -> bytes:
    """Check the peer's message and run the library's finish (subgroup and reflection)."""
    check_element_encoding(message[1:])
    try:
        return bytes(spake.finish(message))
    except Exception as err:  # spake2 raises bare ValueError/SPAKEError subclasses
        raise ProtocolError("invalid SPAKE2 message") from err


class HubPairing:
    """Hub side: PAIR_REQUEST -> PAIR_CHALLENGE -> PAIR_CONFIRM -> PAIR_COMPLETE."""

    def __init__(self, setup_code: str, unit_id: bytes, entropy: Entropy = os.urandom) -> None:
        """Prepare SPAKE2 side A for this unit and code."""
        self._spake = SPAKE2_A(
            validate_setup_code(setup_code).encode(),
            idA=HUB_IDENTITY,
            idB=_unit_identity_bytes(unit_id),
            entropy_f=entropy,
        )
        self._unit_id = unit_id
        self._msg_a = b""
        self._msg_b = b""
        self._keys: PairingKeys | None = None

    def request(self) -> bytes:
        """PAIR_REQUEST envelope."""
        self._msg_a = bytes(self._spake.start())
        return Envelope(MessageType.PAIR_REQUEST, self._msg_a).encode()

    def on_challenge(self, body: bytes) -> int:
        """Check the unit's confirmation; return attempts left. Raises `WrongSetupCode`."""
        reader = Reader(body)
        msg_b, tag, attempts_left = (
            reader.take(SPAKE_MSG_LEN),
            reader.take(CONFIRM_LEN),
            reader.u8(),
        )
        reader.end()
        shared = _finish(self._spake, msg_b)
        if _shared_element_is_identity(self._spake, msg_b):
            raise WrongSetupCode(attempts_left)
        keys = PairingKeys.derive(shared)
        if not hmac.compare_digest(tag, confirm_tag(keys.unit_confirm, self._msg_a, msg_b)):
            raise WrongSetupCode(attempts_left)
        self._msg_b, self._keys = msg_b, keys
        return attempts_left

    def confirm(self, grant: HubGrant) -> bytes:
        """PAIR_CONFIRM envelope: our tag and the sealed grant."""
        keys = self._require_keys()
        body = confirm_tag(keys.hub_confirm, self._msg_a, self._msg_b) + seal(
            keys.hub_seal, grant.encode()
        )
        return Envelope(MessageType.PAIR_CONFIRM, body).encode()

    def on_complete(self, body: bytes) -> UnitIdentity:
        """Open PAIR_COMPLETE and check it names the unit we meant to pair."""
        identity = UnitIdentity.decode(unseal(self._require_keys().unit_seal, body))
        if identity.unit_id != self._unit_id:
            raise AuthenticationError("unit id in PAIR_COMPLETE does not match")
        return identity

    def _require_keys(self) -> PairingKeys:
        if self._keys is None:
            raise ProtocolError("pairing steps out of order")
        return self._keys


class UnitPairing:
    """Unit side of one pairing attempt (policy such as lockout is the caller's)."""

    def __init__(self, setup_code: str, unit_id: bytes, entropy: Entropy = os.urandom) -> None:
        """Prepare SPAKE2 side B with the unit's printed code."""
        self._spake = SPAKE2_B(
            validate_setup_code(setup_code).encode(),
            idA=HUB_IDENTITY,
            idB=_unit_identity_bytes(unit_id),
            entropy_f=entropy,
        )
        self._msg_a = b""
        self._msg_b = b""
        self._keys: PairingKeys | None = None
        self._degenerate = False
        """Z was the identity: no confirmation can succeed (§6.1)."""

    def on_request(self, body: bytes, attempts_left: int) -> bytes:
        """Answer PAIR_REQUEST with PAIR_CHALLENGE."""
        if len(body) != SPAKE_MSG_LEN:
            raise ProtocolError("PAIR_REQUEST has the wrong length")
        self._msg_a = bytes(body)
        self._msg_b = bytes(self._spake.start())
        shared = _finish(self._spake, self._msg_a)
        self._degenerate = _shared_element_is_identity(self._spake, self._msg_a)
        self._keys = PairingKeys.derive(shared)
        tag = confirm_tag(self._keys.unit_confirm, self._msg_a, self._msg_b)
        return Envelope(MessageType.PAIR_CHALLENGE, self._msg_b + tag + u8(attempts_left)).encode()

    def on_confirm(self, body: bytes) -> HubGrant:
        """Check PAIR_CONFIRM and open its grant (§6 step 4).

        A body of a length no PAIR_CONFIRM has raises `ProtocolError` (MALFORMED); a wrong
        tag, a seal that does not open, a grant that does not decode and a Z that was the
        identity raise `AuthenticationError` (WRONG_CODE).
        """
        keys = self._keys
        if keys is None:
            raise ProtocolError("PAIR_CONFIRM before PAIR_REQUEST")
        if len(body) not in CONFIRM_BODY_LENGTHS:
            raise ProtocolError("PAIR_CONFIRM has the wrong length")
        tag, sealed = body[:CONFIRM_LEN], body[CONFIRM_LEN:]
        if not hmac.compare_digest(tag, confirm_tag(keys.hub_confirm, self._msg_a, self._msg_b)):
            raise AuthenticationError("hub confirmation does not match (wrong setup code)")
        if self._degenerate:
            raise AuthenticationError("the shared element is the identity")
        try:
            return HubGrant.decode(unseal(keys.hub_seal, sealed))
        except ProtocolError as err:
            raise AuthenticationError("the sealed grant does not decode") from err

    def complete(self, identity: UnitIdentity) -> bytes:
        """PAIR_COMPLETE envelope with the unit's sealed identity."""
        if self._keys is None:
            raise ProtocolError("pairing steps out of order")
        return Envelope(
            MessageType.PAIR_COMPLETE, seal(self._keys.unit_seal, identity.encode())
        ).encode()
