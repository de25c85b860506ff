"""The reference unit advertises under the company id it is built with (docs/protocol.md §2.2)."""

from __future__ import annotations

from custom_components.digitalkey.protocol.advertisement import UnpairedAdvert, find_advert
from custom_components.digitalkey.protocol.gatt import MANUFACTURER_ID
from simulator.door_unit import DoorUnit, UnitConfig

UNIT_ID = bytes.fromhex("D1C0FFEE0C1D")
OWN_ID = 0x0A0B


def test_a_unit_advertises_under_the_sig_test_id_unless_built_otherwise() -> None:
    unit = DoorUnit(UnitConfig(unit_id=UNIT_ID, setup_code="16180339"))
    assert list(unit.advertisement().manufacturer_data) == [MANUFACTURER_ID]


def test_a_unit_built_with_its_makers_id_advertises_only_under_it() -> None:
    unit = DoorUnit(UnitConfig(unit_id=UNIT_ID, setup_code="16180339", company_id=OWN_ID))
    data = unit.advertisement().manufacturer_data

    assert list(data) == [OWN_ID]
    advert = find_advert(data, (OWN_ID,))
    assert isinstance(advert, UnpairedAdvert)
    assert advert.unit_id == UNIT_ID
    assert find_advert(data) is None  # not under the default list
