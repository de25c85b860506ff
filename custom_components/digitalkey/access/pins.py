"""PIN codes: what the building accepts, and random ones for guests.

A PIN is 4 to 8 ASCII digits (protocol §8.1). The building sets a minimum length
(`pin_min_length`, 4-8, default 6): with 2,500 people on a door, a 4-digit PIN gives a thief
one chance in four per guess that it opens for someone. Trivial PINs are refused because
they are the ones tried first: one digit repeated (`0000`), runs up or down, wrapping from
9 to 0 (`1234`, `7890`, `0987`), a pair repeated (`1212`, `454545`), the most common PINs of
published PIN studies, and, for 4 digits, any year 1900-2099 (birth years).

No function here puts a PIN into an error's placeholders or a message.
"""

from __future__ import annotations

from collections.abc import Callable
import itertools
import re
import secrets
from typing import Final

from .errors import AccessError, ErrorCode

PIN_LENGTHS: Final = range(4, 9)
"""A PIN has 4 to 8 digits (protocol §8.1)."""
DEFAULT_MIN_PIN_LENGTH: Final = 6
RANDOM_PIN_LENGTH: Final = 6
"""Length of a PIN the hub picks, unless the building's minimum is longer."""
_RANDOM_TRIES: Final = 1000
_DIGITS: Final = re.compile(r"[0-9]+")
COMMON_PINS: Final = frozenset(
    {
        "1234", "0000", "1111", "1212", "7777", "1004", "2000", "4444", "2222", "6969",
        "9999", "3333", "5555", "6666", "1122", "1313", "8888", "4321", "2001", "1010",
        "123123", "112233", "121212", "654321", "123456", "111111", "000000", "12345678",
    }
)  # fmt: skip
"""The most common PINs that the other rules do not already catch, and some they do."""


def check_min_length(min_length: int) -> int:
    """The building's minimum PIN length, or `AccessError(invalid_field)` outside 4-8."""
    if isinstance(min_length, bool) or min_length not in PIN_LENGTHS:
        raise AccessError(ErrorCode.INVALID_FIELD, field="pin_min_length", value=min_length)
    return min_length


def _steps_by_one(pin: str) -> bool:
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    return steps in ({1}, {9})


def is_trivial(pin: str) -> bool:
    """Whether a PIN of digits is one a thief tries first (see the module docstring)."""
    repeats_pair = all(digit == pin[i % 2] for i, digit in enumerate(pin))
    is_year = len(pin) == 4 and 1900 <= int(pin) <= 2099
    return repeats_pair or _steps_by_one(pin) or is_year or pin in COMMON_PINS


def check_pin(pin: str, min_length: int) -> str:
    """`pin` without surrounding spaces, if the building accepts it.

    `invalid_pin` unless 4-8 ASCII digits (a longer one is invalid, not "too long": the
    units take no more), `pin_too_short` below `min_length`, `trivial_pin` for an easy one.
    """
    min_length = check_min_length(min_length)
    text = pin.strip() if isinstance(pin, str) else ""
    if not _DIGITS.fullmatch(text) or len(text) > PIN_LENGTHS[-1]:
        raise AccessError(ErrorCode.INVALID_PIN)
    if len(text) < min_length:
        raise AccessError(ErrorCode.PIN_TOO_SHORT, min_length=min_length)
    if is_trivial(text):
        raise AccessError(ErrorCode.TRIVIAL_PIN)
    return text


def random_pin(length: int, taken: Callable[[str], bool]) -> str:
    """A random, non-trivial PIN of `length` digits for which `taken` says no.

    `secrets` draws it. With 6 digits and a building's few thousand PINs almost every draw is
    free; `pin_in_use` only if a thousand draws in a row were taken.
    """
    length = check_min_length(length)
    for _ in range(_RANDOM_TRIES):
        pin = "".join(secrets.choice("0123456789") for _ in range(length))
        if not is_trivial(pin) and not taken(pin):
            return pin
    raise AccessError(ErrorCode.PIN_IN_USE)
