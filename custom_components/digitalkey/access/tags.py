"""Tag UIDs as people type them: hex, with or without separators.

A tag is named by the UID its reader reports: 4, 7 or 10 bytes (ISO/IEC 14443-3 single,
double and triple size), UID0 first. Readers, labels and apps print it in hex with `:`, `-`
or spaces between bytes, or none, in either case; all of those spellings are one tag. An
all-zero or all-FF UID is what a faulty read looks like, never a real tag.
"""

from __future__ import annotations

import re
from typing import Final

from .errors import AccessError, ErrorCode

TAG_UID_LENGTHS: Final = frozenset({4, 7, 10})
_SEPARATORS: Final = re.compile(r"[\s:-]")
_HEX: Final = re.compile(r"(?:[0-9a-fA-F]{2})+")


def check_tag_uid(uid: bytes) -> bytes:
    """`uid` if it can be a tag's UID, else `AccessError(invalid_tag)`."""
    raw = bytes(uid)
    if len(raw) not in TAG_UID_LENGTHS or raw in (bytes(len(raw)), b"\xff" * len(raw)):
        raise AccessError(ErrorCode.INVALID_TAG)
    return raw


def parse_tag_uid(text: str) -> bytes:
    """The UID bytes of `04:A2:3B:1C`, `04-a2-3b-1c`, `04 A2 3B 1C` or `04a23b1c`."""
    compact = _SEPARATORS.sub("", text) if isinstance(text, str) else ""
    if not _HEX.fullmatch(compact):
        raise AccessError(ErrorCode.INVALID_TAG)
    return check_tag_uid(bytes.fromhex(compact))


def tag_hint(uid: bytes) -> str:
    """The last four hex digits of the UID, upper case: how a list tells tags apart."""
    return uid[-2:].hex().upper()
