"""Guest link tokens: long, random, URL-safe, and stored only as their digest."""

from __future__ import annotations

import base64
import hashlib

from hypothesis import given, strategies as st

from custom_components.digitalkey.access.link_tokens import (
    TOKEN_BYTES,
    is_link_token,
    link_token_digest,
    new_link_token,
)


def test_a_token_is_256_random_bits_in_url_safe_base64() -> None:
    tokens = {new_link_token() for _ in range(200)}
    assert len(tokens) == 200
    for token in tokens:
        assert is_link_token(token), token
        assert "=" not in token
        assert len(base64.urlsafe_b64decode(token + "=")) == TOKEN_BYTES == 32


def test_the_digest_is_sha256_hex_of_the_token_and_a_valid_share_target() -> None:
    token = new_link_token()
    digest = link_token_digest(token)
    assert digest == hashlib.sha256(token.encode()).hexdigest()
    assert len(digest) == 64
    assert digest == digest.lower()
    assert token not in digest


@given(st.text(max_size=60))
def test_only_the_token_form_is_taken_for_a_token(text: str) -> None:
    expected = len(text) == 43 and all(ch.isascii() and (ch.isalnum() or ch in "-_") for ch in text)
    assert is_link_token(text) == expected
    link_token_digest(text)  # any text has a digest (a guess is looked up, never trusted)


def test_nearby_guesses_have_unrelated_digests() -> None:
    token = new_link_token()
    flipped = ("A" if token[0] != "A" else "B") + token[1:]
    assert link_token_digest(flipped) != link_token_digest(token)
    assert link_token_digest(token.swapcase()) != link_token_digest(token)
