"""From the bytes of a residents file to its text, and from its header line to its delimiter.

Encodings, in the order tried (the first that fits wins, so the same bytes always give the
same text):

1. A byte-order mark says it: UTF-8 (`EF BB BF`, Excel's "CSV UTF-8") or UTF-16 (`FF FE` /
   `FE FF`, Excel's "Unicode text", which is tab-separated).
2. Strict UTF-8. Text in a Western single-byte code page is practically never valid UTF-8:
   `æ` is `E6`, a lead byte that must be followed by continuation bytes, and names do not
   follow `æ` with `€`, `‚` or the symbols at `80`-`BF`.
3. `charset-normalizer`, but only among the Western code pages that spreadsheet programs in
   Norway, Denmark and the Netherlands write: Windows-1252, ISO-8859-1 and ISO-8859-15.
   Unrestricted, it calls a short Norwegian list Windows-1250 or Baltic: the letters the four
   languages use are too few to tell code pages apart. These three agree on every letter
   `æøåÆØÅéëüö`, so a tie (or no verdict, as on a file with few letters) goes to
   Windows-1252, the one Excel writes.

Text that still holds control characters other than tab and line ends (a spreadsheet's own
binary format, a PDF) is not a residents file; `decode` returns None for it.

The delimiter is tab, semicolon or comma, read from the header line alone: the one of the
three that occurs most often there outside quotes, a tie going to tab, then semicolon (a
header has no reason to hold either). Data rows are not consulted: names, addresses and
numbers such as `1,5` would make them vote wrongly. A header with none of them has one
column, so comma.
"""

from __future__ import annotations

import codecs
from typing import Final
import unicodedata

from charset_normalizer import from_bytes

WESTERN_CODE_PAGES: Final = ("cp1252", "latin_1", "iso8859_15")
DELIMITERS: Final = ("\t", ";", ",")
"""Candidates in the order a tie is settled."""

_UTF16_BOMS: Final = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_ALLOWED_CONTROLS: Final = frozenset("\t\r\n")


def decode(data: bytes) -> tuple[str, str] | None:
    """(text, encoding name) of a file's bytes, or None when it is not text we can read."""
    decoded = _decode(data)
    if decoded is None or _has_stray_controls(decoded[0]):
        return None
    return decoded


def _decode(data: bytes) -> tuple[str, str] | None:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8-sig")
    if data.startswith(_UTF16_BOMS):
        return _strict(data, "utf-16")
    as_utf8 = _strict(data, "utf-8")
    if as_utf8 is not None:
        return as_utf8
    best = from_bytes(data, cp_isolation=list(WESTERN_CODE_PAGES)).best()
    if best is None or "cp1252" in best.could_be_from_charset:
        return _strict(data, "cp1252")
    return _strict(data, best.encoding)


def _strict(data: bytes, encoding: str) -> tuple[str, str] | None:
    try:
        text = data.decode("utf-16" if encoding == "utf-16" else encoding)
    except UnicodeDecodeError:
        return None
    # A DOS end-of-file mark (Ctrl-Z) is not part of the table.
    return text.removeprefix("\ufeff").removesuffix("\x1a"), encoding


def _has_stray_controls(text: str) -> bool:
    return any(
        unicodedata.category(char) == "Cc" and char not in _ALLOWED_CONTROLS for char in set(text)
    )


def header_line(text: str) -> str:
    """The text's first physical line that is neither blank, a `#` comment nor a title.

    A title is a line without any delimiter above the header, such as the "Beboerliste
    2026" a spreadsheet export puts in its first row: a header has at least two columns
    (a dwelling and a name), so a line of one cell cannot be it. When no line has a
    delimiter, the first one is the header (and the file is refused for its columns).
    A quoted header cell could hold a line break; the line then runs to the first line end
    outside quotes.
    """
    start = 0
    first = ""
    while start < len(text):
        end = _line_end(text, start)
        line = text[start:end]
        # As the reader sees it: a first cell starting with `#`, quoted or not, is a comment.
        if line.strip() and not line.lstrip().lstrip('"').startswith("#"):
            if _has_delimiter(line):
                return line
            first = first or line
        start = end + 1
        if text.startswith("\r\n", end):
            start += 1
    return first


def _has_delimiter(line: str) -> bool:
    """Whether the line holds a delimiter outside quotes."""
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char in DELIMITERS and not quoted:
            return True
    return False


def _line_end(text: str, start: int) -> int:
    quoted = False
    for index in range(start, len(text)):
        char = text[index]
        if char == '"':
            quoted = not quoted
        elif char in "\r\n" and not quoted:
            return index
    return len(text)


def sniff_delimiter(header: str) -> str:
    """The delimiter of a file whose header line is `header` (see the module docstring)."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in header:
        if char == '"':
            quoted = not quoted
        elif char in counts and not quoted:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda delimiter: counts[delimiter])  # first of a tie wins
    return best if counts[best] else ","
