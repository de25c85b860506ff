"""Noise_KK sessions between a paired hub and unit (docs/protocol.md §7).

One round trip gives mutual authentication and forward secrecy: msg1 (HELLO) carries the
hub's ephemeral key and its time, msg2 (WELCOME) the unit's ephemeral key and a status
snapshot. After that both sides hold a pair of transport ciphers with implicit counters, so
a message replayed, reordered or altered within a session fails to decrypt, and nothing
from one session decrypts in another.
"""

from __future__ import annotations

import warnings

from noise.connection import Keypair, NoiseConnection

from .constants import NOISE_PROTOCOL_NAME, PROLOGUE_TAG, UNIT_ID_LEN
from .errors import AuthenticationError
from .keys import StaticKey


def prologue(unit_id: bytes) -> bytes:
    """Bound into the handshake hash: a session is valid for exactly one unit."""
    if len(unit_id) != UNIT_ID_LEN:
        raise ValueError("unit id must be 6 bytes")
    return PROLOGUE_TAG + unit_id


class NoiseSession:
    """One side of a Noise_KK handshake and, once finished, its transport ciphers."""

    def __init__(
        self,
        *,
        initiator: bool,
        static: StaticKey,
        remote_public: bytes,
        unit_id: bytes,
        ephemeral: bytes | None = None,
    ) -> None:
        """Set up the handshake; `ephemeral` is only for reproducible test vectors."""
        self._noise = NoiseConnection.from_name(NOISE_PROTOCOL_NAME)
        if initiator:
            self._noise.set_as_initiator()
        else:
            self._noise.set_as_responder()
        self._noise.set_prologue(prologue(unit_id))
        self._noise.set_keypair_from_private_bytes(Keypair.STATIC, static.private)
        self._noise.set_keypair_from_public_bytes(Keypair.REMOTE_STATIC, remote_public)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if ephemeral is not None:
                self._noise.set_keypair_from_private_bytes(Keypair.EPHEMERAL, ephemeral)
            self._noise.start_handshake()

    @property
    def established(self) -> bool:
        """Whether the handshake finished and transport messages may flow."""
        return bool(self._noise.handshake_finished)

    def write_handshake(self, payload: bytes) -> bytes:
        """Produce the next handshake message carrying `payload`."""
        return bytes(self._noise.write_message(payload))

    def read_handshake(self, message: bytes) -> bytes:
        """Consume a handshake message; any failure is an authentication failure."""
        try:
            return bytes(self._noise.read_message(bytes(message)))
        except Exception as err:  # noise raises untyped errors (InvalidTag, ValueError, ...)
            raise AuthenticationError("handshake message failed authentication") from err

    def encrypt(self, plaintext: bytes) -> bytes:
        """Encrypt one transport message."""
        return bytes(self._noise.encrypt(bytes(plaintext)))

    def decrypt(self, ciphertext: bytes) -> bytes:
        """Decrypt one transport message; a replayed or altered one fails."""
        try:
            return bytes(self._noise.decrypt(bytes(ciphertext)))
        except Exception as err:  # noise raises NoiseInvalidMessage / InvalidTag
            raise AuthenticationError("transport message failed authentication") from err

    @property
    def handshake_hash(self) -> bytes:
        """Hash of the whole handshake (for test vectors)."""
        return bytes(self._noise.get_handshake_hash())
