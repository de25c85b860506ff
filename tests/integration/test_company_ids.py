"""Company identifiers as installers write them: parsed, refused, shown and read back."""

from __future__ import annotations

from hypothesis import given, strategies as st
import pytest

from custom_components.digitalkey.company_ids import (
    ERROR_EMPTY,
    ERROR_NOT_HEX,
    ERROR_OUT_OF_RANGE,
    CompanyIdsInvalid,
    configured_company_ids,
    format_company_ids,
    parse_company_ids,
)

company_id = st.integers(min_value=0, max_value=0xFFFF)
separator = st.sampled_from([",", " ", ", ", ";", "\t", " ,\n "])


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("0xFFFF", (0xFFFF,)),
        ("0xFFFF, 0x0A1B", (0xFFFF, 0x0A1B)),
        ("FFFF 0a1b", (0xFFFF, 0x0A1B)),
        ("  0X0a1b;ffff  ", (0x0A1B, 0xFFFF)),
        ("0", (0x0000,)),
        ("0x00ffff", (0xFFFF,)),
        ("1234", (0x1234,)),
    ],
)
def test_hex_ids_are_read_in_the_order_written(text: str, ids: tuple[int, ...]) -> None:
    assert parse_company_ids(text) == ids


def test_an_id_written_twice_is_kept_once_where_first_written() -> None:
    assert parse_company_ids("0x0A1B, ffff, 0A1B, 0xffff") == (0x0A1B, 0xFFFF)


@pytest.mark.parametrize(
    ("text", "error", "value"),
    [
        ("0xFFFF, door", ERROR_NOT_HEX, "door"),
        ("0x", ERROR_NOT_HEX, "0x"),
        ("-1", ERROR_NOT_HEX, "-1"),
        ("0xFF.FF", ERROR_NOT_HEX, "0xFF.FF"),
        ("0x1FFFF", ERROR_OUT_OF_RANGE, "0x1FFFF"),
        ("ffff 65536", ERROR_OUT_OF_RANGE, "65536"),
        ("", ERROR_EMPTY, ""),
        (" , ;", ERROR_EMPTY, ""),
    ],
)
def test_what_is_no_list_of_ids_is_refused_naming_the_word(
    text: str, error: str, value: str
) -> None:
    with pytest.raises(CompanyIdsInvalid) as caught:
        parse_company_ids(text)
    assert (caught.value.error, caught.value.value) == (error, value)


@given(st.lists(company_id, min_size=1, max_size=8))
def test_shown_ids_read_back_as_the_same_list(ids: list[int]) -> None:
    assert parse_company_ids(format_company_ids(ids)) == tuple(dict.fromkeys(ids))


@given(st.lists(st.tuples(company_id, st.booleans(), st.booleans()), min_size=1), separator)
def test_any_spelling_of_in_range_ids_is_accepted(
    spelled: list[tuple[int, bool, bool]], sep: str
) -> None:
    words = [
        ("0x" if prefix else "") + (f"{cid:x}" if lower else f"{cid:X}")
        for cid, prefix, lower in spelled
    ]
    assert parse_company_ids(sep.join(words)) == tuple(dict.fromkeys(c for c, _p, _l in spelled))


@given(st.integers(min_value=0x10000, max_value=2**64))
def test_ids_beyond_16_bits_are_refused(value: int) -> None:
    with pytest.raises(CompanyIdsInvalid) as caught:
        parse_company_ids(f"0xFFFF {value:#x}")
    assert caught.value.error == ERROR_OUT_OF_RANGE


def test_the_form_shows_ids_as_four_hex_digits() -> None:
    assert format_company_ids([0xFFFF, 0x0A1B, 0x0006]) == "0xFFFF, 0x0A1B, 0x0006"


def test_stored_ids_are_read_in_order_and_default_to_the_test_id() -> None:
    assert configured_company_ids({}) == (0xFFFF,)
    assert configured_company_ids({"company_ids": []}) == (0xFFFF,)
    assert configured_company_ids({"company_ids": [0x0A1B, 0xFFFF]}) == (0x0A1B, 0xFFFF)
