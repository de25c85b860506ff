"""Long-term X25519 keys of hubs and units."""

from __future__ import annotations

from dataclasses import dataclass
import hashlib

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from .constants import KEY_ID_LEN


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
        """Identifier a unit looks the controller up by."""
        return key_id(self.public)

    def __repr__(self) -> str:
        """Show only the key id."""
        return f"StaticKey(key_id={self.key_id.hex()})"


def key_id(public: bytes) -> bytes:
    """First 8 bytes of SHA-256 of a public key: names a controller in HELLO."""
    return hashlib.sha256(public).digest()[:KEY_ID_LEN]
