"""Tiny big-endian reader and writer used by every codec in this package.

Decoders read through `Reader`, which raises `ProtocolError` (never `IndexError` or
`struct.error`) on short or trailing input, so malformed bytes always surface as this
package's own error type.
"""

from __future__ import annotations

import struct

from .errors import InvalidField, ProtocolError

LABEL_MAX = 32
"""Longest label in bytes (PAIR_CONFIRM, CONTROLLER_ADD, CONTROLLER_LIST)."""


class Reader:
    """Sequential reader over a byte string."""

    __slots__ = ("_data", "_pos")

    def __init__(self, data: bytes) -> None:
        """Start reading at offset 0."""
        self._data = bytes(data)
        self._pos = 0

    @property
    def remaining(self) -> int:
        """Bytes not read yet."""
        return len(self._data) - self._pos

    def take(self, count: int) -> bytes:
        """Read exactly `count` bytes."""
        if count < 0 or self._pos + count > len(self._data):
            raise ProtocolError(f"message too short: wanted {count} bytes, have {self.remaining}")
        chunk = self._data[self._pos : self._pos + count]
        self._pos += count
        return chunk

    def rest(self) -> bytes:
        """Read everything that is left."""
        return self.take(self.remaining)

    def u8(self) -> int:
        """Read an unsigned byte."""
        return self.take(1)[0]

    def u16(self) -> int:
        """Read a big-endian u16."""
        value: int = struct.unpack(">H", self.take(2))[0]
        return value

    def u32(self) -> int:
        """Read a big-endian u32."""
        value: int = struct.unpack(">I", self.take(4))[0]
        return value

    def i32(self) -> int:
        """Read a big-endian two's-complement i32."""
        value: int = struct.unpack(">i", self.take(4))[0]
        return value

    def end(self) -> None:
        """Fail on trailing bytes: every message has an exact length."""
        if self.remaining:
            raise ProtocolError(f"{self.remaining} unexpected trailing bytes")


def u8(value: int) -> bytes:
    """Encode an unsigned byte."""
    return struct.pack(">B", value)


def u16(value: int) -> bytes:
    """Encode a big-endian u16."""
    return struct.pack(">H", value)


def u32(value: int) -> bytes:
    """Encode a big-endian u32."""
    return struct.pack(">I", value)


def i32(value: int) -> bytes:
    """Encode a big-endian two's-complement i32."""
    return struct.pack(">i", value)


def short_text(text: str, limit: int = LABEL_MAX) -> bytes:
    """Encode a length-prefixed UTF-8 label, truncated at a character boundary."""
    raw = text.encode()[:limit]
    raw = raw.decode(errors="ignore").encode()
    return u8(len(raw)) + raw


def read_short_text(reader: Reader) -> str:
    """Decode a label written by `short_text`."""
    return label_text(reader.take(reader.u8()))


def label_text(raw: bytes) -> str:
    """The label `raw` carries: at most `LABEL_MAX` bytes of valid UTF-8, else `InvalidField`.

    Separate from reading the bytes so a command can check its layout (MALFORMED) before the
    label's value (INVALID_ARGUMENT).
    """
    if len(raw) > LABEL_MAX:
        raise InvalidField(f"label of {len(raw)} bytes, at most {LABEL_MAX}")
    try:
        return raw.decode()
    except UnicodeDecodeError as err:
        raise InvalidField("label is not UTF-8") from err
