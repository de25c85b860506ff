"""Noise_KK_25519_ChaChaPoly_SHA256 from the Noise specification, revision 34 (§5, §7).

Only what the KK pattern needs: a CipherState, the SymmetricState (MixHash, MixKey, the
Noise HKDF, Split) and the handshake tokens of

    KK:  -> s
         <- s
         ...
         -> e, es, ss
         <- e, ee, se

with the ephemeral keys given, so that a run is reproducible. Both static keys are
pre-messages: each side hashes the initiator's static public key, then the responder's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .primitives import chacha_open, chacha_seal, hmac_sha256, sha256, x25519, x25519_public

PROTOCOL_NAME = b"Noise_KK_25519_ChaChaPoly_SHA256"
HASHLEN = 32
DHLEN = 32
MESSAGE_PATTERNS = (("e", "es", "ss"), ("e", "ee", "se"))


def noise_hkdf(chaining_key: bytes, ikm: bytes) -> tuple[bytes, bytes]:
    """HKDF(chaining_key, input_key_material, 2) of Noise §4.3."""
    temp_key = hmac_sha256(chaining_key, ikm)
    output1 = hmac_sha256(temp_key, b"\x01")
    output2 = hmac_sha256(temp_key, output1 + b"\x02")
    return output1, output2


@dataclass
class CipherState:
    """A key (or none yet) and its 64-bit nonce counter."""

    key: bytes | None = None
    nonce: int = 0

    def _nonce(self) -> bytes:
        # ChaChaPoly: 32 bits of zeros, then the counter as 64-bit little-endian.
        return bytes(4) + self.nonce.to_bytes(8, "little")

    def encrypt_with_ad(self, ad: bytes, plaintext: bytes) -> bytes:
        if self.key is None:
            return plaintext
        ciphertext = chacha_seal(self.key, self._nonce(), plaintext, ad)
        self.nonce += 1
        return ciphertext

    def decrypt_with_ad(self, ad: bytes, ciphertext: bytes) -> bytes:
        if self.key is None:
            return ciphertext
        plaintext = chacha_open(self.key, self._nonce(), ciphertext, ad)
        self.nonce += 1
        return plaintext


@dataclass
class SymmetricState:
    """Chaining key, handshake hash and the CipherState of the handshake."""

    h: bytes = field(init=False)
    ck: bytes = field(init=False)
    cipher: CipherState = field(default_factory=CipherState)

    def __post_init__(self) -> None:
        name = PROTOCOL_NAME
        self.h = name.ljust(HASHLEN, b"\x00") if len(name) <= HASHLEN else sha256(name)
        self.ck = self.h

    def mix_hash(self, data: bytes) -> None:
        self.h = sha256(self.h + data)

    def mix_key(self, ikm: bytes) -> None:
        self.ck, temp_k = noise_hkdf(self.ck, ikm)
        self.cipher = CipherState(temp_k)  # SHA-256: HASHLEN = 32, nothing to truncate

    def encrypt_and_hash(self, plaintext: bytes) -> bytes:
        ciphertext = self.cipher.encrypt_with_ad(self.h, plaintext)
        self.mix_hash(ciphertext)
        return ciphertext

    def decrypt_and_hash(self, ciphertext: bytes) -> bytes:
        plaintext = self.cipher.decrypt_with_ad(self.h, ciphertext)
        self.mix_hash(ciphertext)
        return plaintext

    def split(self) -> tuple[CipherState, CipherState]:
        key1, key2 = noise_hkdf(self.ck, b"")
        return CipherState(key1), CipherState(key2)


class KKHandshake:
    """One side of a KK handshake; after the second message, its two transport ciphers."""

    def __init__(
        self, *, initiator: bool, static: bytes, remote_static: bytes, ephemeral: bytes,
        prologue: bytes,
    ) -> None:  # fmt: skip
        self.initiator = initiator
        self._s, self._e = static, ephemeral
        self._rs = remote_static
        self._re = b""
        self._symmetric = SymmetricState()
        self._symmetric.mix_hash(prologue)
        own = x25519_public(static)
        first, second = (own, remote_static) if initiator else (remote_static, own)
        self._symmetric.mix_hash(first)  # -> s
        self._symmetric.mix_hash(second)  # <- s
        self._patterns = list(MESSAGE_PATTERNS)
        self.send: CipherState | None = None
        self.receive: CipherState | None = None

    @property
    def handshake_hash(self) -> bytes:
        return self._symmetric.h

    def _dh(self, token: str) -> None:
        # In "es" the first letter is the initiator's key, the second the responder's.
        mine, theirs = (token[0], token[1]) if self.initiator else (token[1], token[0])
        own = self._e if mine == "e" else self._s
        remote = self._re if theirs == "e" else self._rs
        self._symmetric.mix_key(x25519(own, remote))

    def write_message(self, payload: bytes) -> bytes:
        message = b""
        for token in self._patterns.pop(0):
            if token == "e":
                public = x25519_public(self._e)
                message += public
                self._symmetric.mix_hash(public)
            else:
                self._dh(token)
        message += self._symmetric.encrypt_and_hash(payload)
        self._finish()
        return message

    def read_message(self, message: bytes) -> bytes:
        for token in self._patterns.pop(0):
            if token == "e":
                self._re, message = message[:DHLEN], message[DHLEN:]
                self._symmetric.mix_hash(self._re)
            else:
                self._dh(token)
        payload = self._symmetric.decrypt_and_hash(message)
        self._finish()
        return payload

    def _finish(self) -> None:
        if self._patterns:
            return
        to_responder, to_initiator = self._symmetric.split()
        if self.initiator:
            self.send, self.receive = to_responder, to_initiator
        else:
            self.send, self.receive = to_initiator, to_responder
