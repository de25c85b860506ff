"""The building's credential vault: PINs and tag UIDs kept sealed, and their lookup hashes.

Why sealed and not hashed: a door unit stores, per credential, an 8-byte secret keyed by its
own unit secret (protocol §8.1). The hub must compute that secret for every door a holder may
open, also for doors and grants added later, so it needs the value itself. It keeps it
encrypted (AES-256-GCM) under a key derived from the building's hub private key, which lives
in the config entry next to the unit secrets; the registry file alone reveals no PIN. (Anyone
holding a unit secret and a record's secret could try all 10^8 PINs anyway, so storing
per-door secrets instead would not be stronger, and it would not work for later doors.)

- The seal is bound (associated data) to the credential's kind, number and id: a sealed value
  copied onto another credential does not open, so editing the stored file cannot give one
  holder another's PIN.
- `lookup` is a second, independent keyed hash (HMAC-SHA256) of kind and value, so "is this
  PIN already taken in the building?" is a set lookup without unsealing anything, and the
  stored lookups cannot be tested against candidate PINs without the hub key either.

Keys: `vault key = HKDF-SHA256(hub private key, info "digitalkey credential vault")`, then
from it the sealing key (`"... seal"`) and the lookup key (`"... lookup"`), 32 bytes each.
Sealed form: `"1:"` + URL-safe base64 (no padding) of `nonce (12) ‖ ciphertext ‖ tag (16)`;
the leading version leaves room for a later key rotation.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from typing import Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .errors import AccessError, ErrorCode
from .model import Credential, CredentialKind

KEY_LEN: Final = 32
_NONCE_LEN: Final = 12
_VERSION: Final = "1"
_VAULT_INFO: Final = b"digitalkey credential vault"
_SEAL_INFO: Final = b"digitalkey credential seal"
_LOOKUP_INFO: Final = b"digitalkey credential lookup"
_AAD_LABEL: Final = b"digitalkey credential\x00"


def _hkdf(key: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=SHA256(), length=KEY_LEN, salt=None, info=info).derive(key)


def _associated_data(kind: CredentialKind, number: int, credential_id: str) -> bytes:
    return (
        _AAD_LABEL
        + kind.value.encode()
        + b"\x00"
        + number.to_bytes(4, "big")
        + credential_id.encode()
    )


class CredentialVault:
    """Seals, unseals and hashes credential values for one building."""

    __slots__ = ("_aead", "_lookup_key")

    def __init__(self, key: bytes) -> None:
        """A vault under a 32-byte vault key (see `from_hub_key`)."""
        if len(key) != KEY_LEN:
            raise ValueError("a credential vault key is 32 bytes")
        self._aead = AESGCM(_hkdf(key, _SEAL_INFO))
        self._lookup_key = _hkdf(key, _LOOKUP_INFO)

    @classmethod
    def from_hub_key(cls, hub_private: bytes) -> CredentialVault:
        """The vault of the building whose hub private key (config entry data) this is."""
        if not hub_private:
            raise ValueError("no hub key")
        return cls(_hkdf(hub_private, _VAULT_INFO))

    def __repr__(self) -> str:
        """Never show key material."""
        return "CredentialVault()"

    def seal(self, kind: CredentialKind, value: bytes, *, number: int, credential_id: str) -> str:
        """`value` encrypted for the credential with this kind, number and id.

        The number and id must be known before sealing (they are bound to the seal); the
        registry draws both first.
        """
        nonce = secrets.token_bytes(_NONCE_LEN)
        sealed = self._aead.encrypt(nonce, value, _associated_data(kind, number, credential_id))
        return f"{_VERSION}:{base64.urlsafe_b64encode(nonce + sealed).rstrip(b'=').decode()}"

    def unseal(self, credential: Credential) -> bytes:
        """The credential's PIN (ASCII digits) or tag UID.

        `AccessError(invalid_data)` when the sealed value was not made for this credential
        (moved from another one, edited, or sealed under another building's key).
        """
        version, _, body = credential.sealed.partition(":")
        if version == _VERSION:
            try:
                raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
                return self._aead.decrypt(
                    raw[:_NONCE_LEN],
                    raw[_NONCE_LEN:],
                    _associated_data(credential.kind, credential.number, credential.id),
                )
            except InvalidTag, ValueError, binascii.Error:
                pass
        # Made only when refused: a door's 2,500 credentials are unsealed at each derivation.
        raise AccessError(ErrorCode.INVALID_DATA, detail=f"credential {credential.id}")

    def lookup(self, kind: CredentialKind, value: bytes) -> str:
        """The keyed hash (64 hex digits) that finds a credential by its value."""
        message = kind.value.encode() + b"\x00" + value
        return hmac.new(self._lookup_key, message, hashlib.sha256).hexdigest()
