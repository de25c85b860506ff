"""Long-term keys of hubs and units and the keys derived from them (docs/protocol.md §5).

Besides each side's X25519 key pair, a unit holds a random **unit secret** that its paired
hubs learn at pairing. Two keys come from it: the credential key (PIN and tag secrets, §8.1)
and the advert key (resolvable advertisements, §2.2). The **hint key** of a controller and
a unit comes from their X25519 static-static secret, so a unit can recognise in HELLO every
controller it holds, including those an admin added with CONTROLLER_ADD, without the
controller naming itself in clear (§7.1).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
import hashlib
import hmac
import os

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .constants import (
    HINT_NONCE_LEN,
    HINT_TAG_LEN,
    KEY_ID_LEN,
    LABEL_PREFIX,
    UNIT_ID_LEN,
    UNIT_SECRET_LEN,
)

CREDENTIAL_LABEL = LABEL_PREFIX + b"credential"
ADVERT_LABEL = LABEL_PREFIX + b"advert"
HINT_LABEL = LABEL_PREFIX + b"hint"
HELLO_LABEL = LABEL_PREFIX + b"hello"


@dataclass(frozen=True, slots=True, repr=False)
class StaticKey:
    """An X25519 key pair; `repr` never shows the private half."""

    private: bytes
    public: bytes

    @classmethod
    def generate(cls) -> StaticKey:
        """Make a new random key pair."""
        return cls.from_private(X25519PrivateKey.generate().private_bytes_raw())

    @classmethod
    def from_private(cls, private: bytes) -> StaticKey:
        """Rebuild a key pair from its 32-byte private half."""
        key = X25519PrivateKey.from_private_bytes(private)
        return cls(private, key.public_key().public_bytes_raw())

    @property
    def key_id(self) -> bytes:
        """Identifier of the key in CONTROLLER_LIST/REMOVE and the event log (never on air)."""
        return key_id(self.public)

    def __repr__(self) -> str:
        """Show only the key id."""
        return f"StaticKey(key_id={self.key_id.hex()})"


def key_id(public: bytes) -> bytes:
    """First 8 bytes of SHA-256 of a public key: names a controller inside a session."""
    return hashlib.sha256(public).digest()[:KEY_ID_LEN]


def _hkdf(secret: bytes, info: bytes, length: int = 32) -> bytes:
    return HKDF(SHA256(), length, salt=None, info=info).derive(secret)


def new_unit_secret() -> bytes:
    """A fresh unit secret (first boot, factory reset)."""
    return os.urandom(UNIT_SECRET_LEN)


def _check_unit_secret(unit_secret: bytes) -> bytes:
    if len(unit_secret) != UNIT_SECRET_LEN:
        raise ValueError("unit secret must be 32 bytes")
    return unit_secret


def credential_key(unit_secret: bytes) -> bytes:
    """HKDF(unit secret, "DKP2 credential"): keys the PIN and tag secrets of one unit."""
    return _hkdf(_check_unit_secret(unit_secret), CREDENTIAL_LABEL)


def advert_key(unit_secret: bytes) -> bytes:
    """HKDF(unit secret, "DKP2 advert"), 16 bytes: the AES-128 key of resolvable adverts.

    AES-128 because every BLE controller has it in hardware (link-layer encryption, RPAs).
    """
    return _hkdf(_check_unit_secret(unit_secret), ADVERT_LABEL, 16)


def hint_key(own: StaticKey, remote_public: bytes) -> bytes | None:
    """HKDF(X25519(own, remote), "DKP2 hint"), the same on both sides; None for a bad key.

    A low-order public key (all-zero shared secret) can never name a controller.
    """
    try:
        shared = X25519PrivateKey.from_private_bytes(own.private).exchange(
            X25519PublicKey.from_public_bytes(remote_public)
        )
    except ValueError:
        return None
    return _hkdf(shared, HINT_LABEL)


def hello_hint(key: bytes, unit_id: bytes, nonce: bytes) -> bytes:
    """`nonce (8) ‖ HMAC(hint key, "DKP2 hello" ‖ nonce ‖ unit id)[:8]`, fresh per HELLO."""
    if len(nonce) != HINT_NONCE_LEN or len(unit_id) != UNIT_ID_LEN:
        raise ValueError("hint nonce is 8 bytes and unit id 6 bytes")
    tag = hmac.digest(key, HELLO_LABEL + nonce + unit_id, "sha256")[:HINT_TAG_LEN]
    return nonce + tag


def new_hello_hint(key: bytes, unit_id: bytes) -> bytes:
    """A hint with a fresh random nonce."""
    return hello_hint(key, unit_id, os.urandom(HINT_NONCE_LEN))


def match_hint[K](hint: bytes, unit_id: bytes, candidates: Iterable[tuple[K, bytes]]) -> K | None:
    """The first candidate (name, hint key) whose key made `hint`, else None.

    Every candidate is tried (no early exit), so the time does not tell which one matched.
    """
    nonce, tag = hint[:HINT_NONCE_LEN], hint[HINT_NONCE_LEN:]
    if len(nonce) != HINT_NONCE_LEN or len(tag) != HINT_TAG_LEN:
        return None
    found: K | None = None
    for name, key in candidates:
        expected = hello_hint(key, unit_id, nonce)[HINT_NONCE_LEN:]
        if hmac.compare_digest(expected, tag) and found is None:
            found = name
    return found
