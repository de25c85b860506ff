"""The primitives the text names, each as small as the standard says.

HKDF (RFC 5869) is written out here; X25519, AES-128 and ChaCha20-Poly1305 come from
`cryptography` as bare primitives, with nothing of the protocol in them.
"""

from __future__ import annotations

import hashlib
import hmac

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def hmac_sha256(key: bytes, data: bytes) -> bytes:
    return hmac.digest(key, data, "sha256")


def hkdf(ikm: bytes, info: bytes, length: int, salt: bytes = b"") -> bytes:
    """HKDF-SHA256; "no salt" is the empty salt, which HMAC pads to 32 zero bytes."""
    prk = hmac_sha256(salt, ikm)
    out, block, counter = b"", b"", 1
    while len(out) < length:
        block = hmac_sha256(prk, block + info + bytes([counter]))
        out += block
        counter += 1
    return out[:length]


def x25519_public(private: bytes) -> bytes:
    """RFC 7748: the clamped private scalar times the base point u = 9."""
    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()


def x25519(private: bytes, public: bytes) -> bytes:
    """The RFC 7748 shared secret."""
    own = X25519PrivateKey.from_private_bytes(private)
    return own.exchange(X25519PublicKey.from_public_bytes(public))


def aes128_block(key: bytes, block: bytes) -> bytes:
    """AES-128 of one 16-byte block: the E(x) of the resolvable advertisement (§2.2)."""
    assert len(key) == 16
    assert len(block) == 16
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()  # a single block
    return encryptor.update(block) + encryptor.finalize()


def chacha_seal(key: bytes, nonce: bytes, plaintext: bytes, ad: bytes) -> bytes:
    """ChaCha20-Poly1305 (RFC 8439): ciphertext followed by the 16-byte tag."""
    return ChaCha20Poly1305(key).encrypt(nonce, plaintext, ad)


def chacha_open(key: bytes, nonce: bytes, ciphertext: bytes, ad: bytes) -> bytes:
    """The inverse of `chacha_seal`; raises `cryptography.exceptions.InvalidTag`."""
    return ChaCha20Poly1305(key).decrypt(nonce, ciphertext, ad)
