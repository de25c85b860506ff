"""The building's options as the integration reads them: defaults, bounds, stray values."""

from __future__ import annotations

from typing import Any

import pytest

from custom_components.digitalkey.building_options import (
    allow_resident_pins,
    pin_min_length,
    relock_after_s,
)
from custom_components.digitalkey.const import (
    OPT_ALLOW_RESIDENT_PINS,
    OPT_PIN_MIN_LENGTH,
    OPT_RELOCK_AFTER_S,
)


@pytest.mark.parametrize(
    ("stored", "length"),
    [(None, 6), (4, 4), (8.0, 8), ("7", 7), (2, 4), (12, 8), ("six", 6), ([6], 6)],
)
def test_the_shortest_pin_is_between_four_and_eight_digits(stored: Any, length: int) -> None:
    """A file edited by hand (or an old form) cannot make PIN codes shorter than four digits."""
    options = {} if stored is None else {OPT_PIN_MIN_LENGTH: stored}
    assert pin_min_length(options) == length


def test_residents_choose_no_pin_unless_the_board_allows() -> None:
    assert allow_resident_pins({}) is False
    assert allow_resident_pins({OPT_ALLOW_RESIDENT_PINS: False}) is False
    assert allow_resident_pins({OPT_ALLOW_RESIDENT_PINS: True}) is True


@pytest.mark.parametrize(
    ("stored", "seconds"),
    [(None, 30), (0, 0), (45.0, 45), ("90", 90), (-5, 0), (7200, 3600), ("soon", 30), ([1], 30)],
)
def test_doors_lock_again_within_what_a_unit_takes(stored: Any, seconds: int) -> None:
    """Half a minute unless the board chose otherwise; never beyond the protocol's hour."""
    options = {} if stored is None else {OPT_RELOCK_AFTER_S: stored}
    assert relock_after_s(options) == seconds
