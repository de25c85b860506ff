"""Tag UIDs: the spellings people type are one tag; what no real tag can be is refused."""

from __future__ import annotations

import pytest

from custom_components.digitalkey.access.errors import AccessError, ErrorCode
from custom_components.digitalkey.access.tags import check_tag_uid, parse_tag_uid, tag_hint

UID = bytes.fromhex("04a23b1c")


@pytest.mark.parametrize(
    "text", ["04:A2:3B:1C", "04-a2-3b-1c", "04 A2 3B 1C", "04a23b1c", " 04A2:3b-1C "]
)
def test_every_common_spelling_is_the_same_tag(text: str) -> None:
    assert parse_tag_uid(text) == UID


def test_seven_and_ten_byte_uids() -> None:
    assert parse_tag_uid("04:11:22:33:44:55:66") == bytes.fromhex("04112233445566")
    assert len(parse_tag_uid("0411223344556677 8899")) == 10


@pytest.mark.parametrize(
    "text",
    [
        "",
        "04a23b",
        "04a23b1c5d",
        "04a23b1",
        "04a23b1g",
        "00:00:00:00",
        "FF:FF:FF:FF",
        "ffffffffffffff",
        "0x04a23b1c",
    ],
)
def test_what_no_tag_can_be_is_refused(text: str) -> None:
    with pytest.raises(AccessError) as err:
        parse_tag_uid(text)
    assert err.value.code is ErrorCode.INVALID_TAG
    assert err.value.placeholders == {}


def test_uid_bytes_are_checked_alike() -> None:
    assert check_tag_uid(UID) == UID
    with pytest.raises(AccessError):
        check_tag_uid(bytes(7))
    with pytest.raises(AccessError):
        check_tag_uid(b"\x01\x02\x03")


def test_the_hint_is_the_last_four_hex_digits() -> None:
    assert tag_hint(UID) == "3B1C"
