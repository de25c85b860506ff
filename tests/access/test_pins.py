"""PIN checks: what is accepted, what is refused and why, and random PINs for guests."""

from __future__ import annotations

from hypothesis import given, strategies as st
import pytest

from custom_components.digitalkey.access.errors import AccessError, ErrorCode
from custom_components.digitalkey.access.pins import (
    COMMON_PINS,
    PIN_LENGTHS,
    check_min_length,
    check_pin,
    is_trivial,
    random_pin,
)


def _refusal(pin: str, min_length: int = 4) -> AccessError:
    with pytest.raises(AccessError) as err:
        check_pin(pin, min_length)
    return err.value


@pytest.mark.parametrize("pin", ["583920", "7401", "29184736", " 583920 ", "1899", "2100"])
def test_good_pins_are_accepted_as_digits(pin: str) -> None:
    assert check_pin(pin, 4) == pin.strip()


@pytest.mark.parametrize(
    "pin",
    ["", "12a456", "123456789", "58 3920", "١٢٣٤٥٦", "583920\n1", "+58392", "5839.2"],
)
def test_anything_but_four_to_eight_ascii_digits_is_invalid(pin: str) -> None:
    error = _refusal(pin)
    assert error.code is ErrorCode.INVALID_PIN
    assert error.placeholders == {}


def test_a_pin_shorter_than_the_building_minimum_says_the_minimum() -> None:
    error = _refusal("5839", 6)
    assert error.code is ErrorCode.PIN_TOO_SHORT
    assert error.placeholders == {"min_length": "6"}
    assert _refusal("583", 4).code is ErrorCode.PIN_TOO_SHORT
    assert check_pin("58392", 5) == "58392"


@pytest.mark.parametrize(
    "pin",
    [
        "0000",
        "99999999",
        "1234",
        "3456789",
        "7890",
        "8901",
        "0987",
        "6543",
        "1212",
        "454545",
        "12121",
        "1987",
        "2024",
        "1900",
        "2099",
        "123123",
        "112233",
        "1004",
        "6969",
    ],
)
def test_trivial_pins_are_refused(pin: str) -> None:
    error = _refusal(pin)
    assert error.code is ErrorCode.TRIVIAL_PIN
    assert error.placeholders == {}


def test_every_common_pin_is_trivial() -> None:
    assert all(is_trivial(pin) for pin in COMMON_PINS)
    assert all(len(pin) in PIN_LENGTHS for pin in COMMON_PINS)


@pytest.mark.parametrize("pin", ["1235", "1243", "12131", "0102", "7788", "1899", "20990"])
def test_near_misses_of_the_rules_are_not_trivial(pin: str) -> None:
    assert not is_trivial(pin)


@given(st.text("0123456789", min_size=4, max_size=10), st.integers(4, 8))
def test_a_refusal_never_carries_the_pin(pin: str, min_length: int) -> None:
    refusals: list[AccessError] = []
    try:
        assert check_pin(pin, min_length) == pin
    except AccessError as err:
        refusals.append(err)
    for refusal in refusals:
        assert pin not in str(refusal) + repr(refusal) + "".join(refusal.placeholders.values())


@pytest.mark.parametrize("value", [3, 9, 0, True])
def test_the_building_minimum_is_four_to_eight(value: int) -> None:
    with pytest.raises(AccessError) as err:
        check_min_length(value)
    assert err.value.code is ErrorCode.INVALID_FIELD
    assert err.value.placeholders["field"] == "pin_min_length"


@pytest.mark.parametrize("length", [4, 6, 8])
def test_random_pins_pass_the_checks_and_skip_taken_ones(length: int) -> None:
    seen: list[str] = []

    def taken(pin: str) -> bool:
        seen.append(pin)
        return len(seen) <= 3  # the first three draws are "in use"

    pin = random_pin(length, taken)
    assert check_pin(pin, length) == pin
    assert pin == seen[-1]
    assert len(seen) == 4


def test_random_pins_are_spread_out() -> None:
    pins = {random_pin(6, lambda _: False) for _ in range(200)}
    assert len(pins) >= 195


def test_no_free_pin_is_pin_in_use() -> None:
    with pytest.raises(AccessError) as err:
        random_pin(4, lambda _: True)
    assert err.value.code is ErrorCode.PIN_IN_USE
