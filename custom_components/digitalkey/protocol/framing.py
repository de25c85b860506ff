"""Fragmentation of protocol messages into GATT writes and notifications (docs/protocol.md §3).

Each write to RX or notification on TX carries one fragment:

    header u8   bit 7 FIRST, bit 6 LAST, bits 0-5 fragment index modulo 64
    length u16  total message length, only in the FIRST fragment
    payload     the next bytes of the message

An ATT write or notification carries at most MTU - 3 bytes, so at the minimum MTU of 23 a
fragment holds 17 message bytes in the first fragment and 19 in each later one.
"""

from __future__ import annotations

from collections.abc import Iterator

from .errors import FramingError
from .wire import u16

FIRST = 0x80
LAST = 0x40
INDEX_MASK = 0x3F
ATT_HEADER = 3
MIN_MTU = 23
MAX_MESSAGE = 4096
"""Largest message a v2 unit must accept; units state their own limit in INFO."""


def fragment(message: bytes, mtu: int) -> Iterator[bytes]:
    """Split one message into fragments that fit an ATT MTU of `mtu`."""
    if mtu < MIN_MTU:
        raise ValueError(f"ATT MTU {mtu} is below the minimum of {MIN_MTU}")
    if not message:
        raise ValueError("empty message")
    if len(message) > 0xFFFF:
        raise ValueError("message longer than 65535 bytes")
    room = mtu - ATT_HEADER - 1
    first_room = room - 2
    pieces = [message[:first_room]]
    pieces.extend(message[pos : pos + room] for pos in range(first_room, len(message), room))
    last = len(pieces) - 1
    for index, piece in enumerate(pieces):
        header = index & INDEX_MASK
        if index == 0:
            header |= FIRST
        if index == last:
            header |= LAST
        yield bytes([header]) + (u16(len(message)) if index == 0 else b"") + piece


class Reassembler:
    """Rebuild messages from fragments, rejecting anything out of order.

    After any error the partial message is dropped; the next fragment must be a FIRST one.
    """

    def __init__(self, max_message: int = MAX_MESSAGE) -> None:
        """Accept messages up to `max_message` bytes."""
        self._max = max_message
        self._buffer = bytearray()
        self._expected_length = 0
        self._next_index = 0
        self._active = False

    @property
    def in_progress(self) -> bool:
        """Whether a message has started but not finished."""
        return self._active

    def reset(self) -> None:
        """Forget any partial message (on disconnect)."""
        self._buffer.clear()
        self._active = False
        self._next_index = 0
        self._expected_length = 0

    def feed(self, data: bytes) -> bytes | None:
        """Take one fragment; return the whole message when it is complete."""
        try:
            return self._feed(bytes(data))
        except FramingError:
            self.reset()
            raise

    def _feed(self, data: bytes) -> bytes | None:
        if not data:
            raise FramingError("empty fragment")
        header, body = data[0], data[1:]
        index = header & INDEX_MASK
        if header & FIRST:
            if self._active:
                raise FramingError("new message before the previous one ended")
            if index != 0:
                raise FramingError("first fragment with a non-zero index")
            if len(body) < 2:
                raise FramingError("first fragment without a length")
            length = int.from_bytes(body[:2])
            if length == 0 or length > self._max:
                raise FramingError(f"message length {length} outside 1..{self._max}")
            self._active = True
            self._expected_length = length
            self._next_index = 0
            body = body[2:]
        elif not self._active:
            raise FramingError("continuation fragment without a first fragment")
        if index != self._next_index:
            raise FramingError(f"fragment {index} where {self._next_index} was expected")
        self._next_index = (self._next_index + 1) & INDEX_MASK
        self._buffer += body
        if len(self._buffer) > self._expected_length:
            raise FramingError("fragments exceed the announced length")
        if header & LAST:
            if len(self._buffer) != self._expected_length:
                raise FramingError("last fragment before the announced length")
            message = bytes(self._buffer)
            self.reset()
            return message
        return None
