"""Fragmentation: round trips at every MTU and a parser that fails only in its own way."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st
import pytest

from custom_components.digitalkey.protocol.errors import FramingError
from custom_components.digitalkey.protocol.framing import (
    FIRST,
    LAST,
    MAX_MESSAGE,
    Reassembler,
    fragment,
)

MTUS = [23, 185, 247]


def _reassemble(pieces: list[bytes]) -> bytes | None:
    reassembler = Reassembler()
    result = None
    for index, piece in enumerate(pieces):
        result = reassembler.feed(piece)
        if index < len(pieces) - 1:
            assert result is None
    return result


@pytest.mark.parametrize("mtu", MTUS)
@given(message=st.binary(min_size=1, max_size=MAX_MESSAGE))
@settings(max_examples=60)
def test_round_trip_at_common_mtus(mtu: int, message: bytes) -> None:
    pieces = list(fragment(message, mtu))
    assert all(len(piece) <= mtu - 3 for piece in pieces)
    assert pieces[0][0] & FIRST
    assert pieces[-1][0] & LAST
    assert _reassemble(pieces) == message


@given(
    mtu=st.integers(min_value=23, max_value=517),
    message=st.binary(min_size=1, max_size=MAX_MESSAGE),
)
def test_round_trip_at_any_mtu(mtu: int, message: bytes) -> None:
    pieces = list(fragment(message, mtu))
    assert all(len(piece) <= mtu - 3 for piece in pieces)
    assert _reassemble(pieces) == message


@given(
    messages=st.lists(st.binary(min_size=1, max_size=600), min_size=1, max_size=5),
    mtu=st.sampled_from(MTUS),
)
def test_back_to_back_messages(messages: list[bytes], mtu: int) -> None:
    reassembler = Reassembler()
    out = []
    for message in messages:
        for piece in fragment(message, mtu):
            whole = reassembler.feed(piece)
            if whole is not None:
                out.append(whole)
    assert out == messages


def test_fragment_counts_at_minimum_mtu() -> None:
    # 17 bytes fit the first fragment, 19 each later one.
    assert len(list(fragment(b"x" * 17, 23))) == 1
    assert len(list(fragment(b"x" * 18, 23))) == 2
    assert len(list(fragment(b"x" * 36, 23))) == 2
    assert len(list(fragment(b"x" * 37, 23))) == 3


@given(data=st.lists(st.binary(max_size=40), max_size=30))
def test_parser_raises_only_its_own_error(data: list[bytes]) -> None:
    reassembler = Reassembler(max_message=512)
    for piece in data:
        try:
            reassembler.feed(piece)
        except FramingError:
            assert not reassembler.in_progress


@given(message=st.binary(min_size=40, max_size=400), drop=st.integers(min_value=0))
def test_a_lost_fragment_is_detected(message: bytes, drop: int) -> None:
    pieces = list(fragment(message, 23))
    index = 1 + drop % (len(pieces) - 2)  # any fragment but the first and the last
    del pieces[index]
    reassembler = Reassembler()
    with pytest.raises(FramingError):
        for piece in pieces:
            reassembler.feed(piece)


def test_a_lost_last_fragment_leaves_the_message_open() -> None:
    pieces = list(fragment(b"y" * 100, 23))
    reassembler = Reassembler()
    for piece in pieces[:-1]:
        assert reassembler.feed(piece) is None
    assert reassembler.in_progress


@pytest.mark.parametrize(
    ("pieces", "reason"),
    [
        ([b""], "empty fragment"),
        ([bytes([0x01]) + b"abc"], "without a first"),
        ([bytes([FIRST | 1, 0, 3]) + b"abc"], "non-zero index"),
        ([bytes([FIRST])], "without a length"),
        ([bytes([FIRST | LAST, 0, 0])], "outside"),
        ([bytes([FIRST | LAST, 0x20, 0x00])], "outside"),
        ([bytes([FIRST | LAST, 0, 2]) + b"abc"], "exceed"),
        ([bytes([FIRST | LAST, 0, 5]) + b"abc"], "before the announced"),
        ([bytes([FIRST, 0, 9]) + b"abc", bytes([FIRST, 0, 3]) + b"abc"], "before the previous"),
        ([bytes([FIRST, 0, 9]) + b"abc", bytes([0x02]) + b"abc"], "expected"),
    ],
)
def test_framing_errors(pieces: list[bytes], reason: str) -> None:
    reassembler = Reassembler()
    with pytest.raises(FramingError, match=reason):
        for piece in pieces:
            reassembler.feed(piece)
    # After an error the reassembler accepts a fresh message.
    assert reassembler.feed(bytes([FIRST | LAST, 0, 1]) + b"z") == b"z"


def test_fragment_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError, match="minimum"):
        list(fragment(b"x", 22))
    with pytest.raises(ValueError, match="empty"):
        list(fragment(b"", 23))
    with pytest.raises(ValueError, match="65535"):
        list(fragment(b"x" * 70000, 247))


def test_index_wraps_after_64_fragments() -> None:
    message = bytes(range(256)) * 8
    pieces = list(fragment(message, 23))
    assert len(pieces) > 64
    assert _reassemble(pieces) == message
