"""Guest link tokens: drawn once, handed out once, kept only as a hash.

A link share (`ShareKind.LINK`) opens a door for whoever holds its URL, so the token in
the URL is the credential. It is 32 random bytes (256 bits) written in URL-safe base64
without padding (43 characters), far beyond any guessing, and the registry keeps only its
SHA-256 digest (lower-case hex) as the share's `target`: the registry file, a backup of it
or an export then reveals no link that opens a door. A plain hash is enough because the
token is random, not chosen by a person: there is no dictionary to try against it.

Finding the share of a link is a lookup of the digest in the registry's target index, so
no comparison of secrets takes time that depends on how much of a guess was right.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from typing import Final

TOKEN_BYTES: Final = 32
TOKEN_PATTERN: Final = re.compile(r"[A-Za-z0-9_-]{43}")
"""What `new_link_token` draws: 32 bytes in URL-safe base64 without its `=` padding."""


def new_link_token() -> str:
    """A fresh token for a link share (shown to its maker once, never stored)."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def link_token_digest(token: str) -> str:
    """The share's `target` for `token`: SHA-256 of its text, lower-case hex."""
    return hashlib.sha256(token.encode("ascii", errors="replace")).hexdigest()


def is_link_token(text: str) -> bool:
    """Whether `text` has the form of a token (a guess can still be wrong, of course)."""
    return TOKEN_PATTERN.fullmatch(text) is not None
