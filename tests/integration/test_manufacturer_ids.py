"""The hub reads advertisements under the company ids a building lists (§2.2).

The readers take the list as an argument; the building's option feeds it to its doors, to
discovery (every building's ids) and to "Add door unit". The units here are reference
units advertising under a manufacturer's own id, heard through HA's Bluetooth stack.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

from homeassistant.components import bluetooth
from homeassistant.config_entries import SOURCE_BLUETOOTH, SOURCE_USER, ConfigEntry
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey import pairing
from custom_components.digitalkey.const import DOMAIN, SUBENTRY_DOOR
from custom_components.digitalkey.protocol.advertisement import UnpairedAdvert, find_advert
from custom_components.digitalkey.protocol.constants import AdvertFlag
from custom_components.digitalkey.protocol.gatt import (
    DEFAULT_MANUFACTURER_IDS,
    MANUFACTURER_ID,
    SERVICE_UUID,
    manufacturer_payloads,
)

from .conftest import SETUP_CODE, SimUnit, Site, door_link, pair_into_entry, until

OWN_ID = 0x0A0B
"""A manufacturer's own SIG-assigned company id (made up)."""
UNIT_ID = bytes.fromhex("d1c0ffee0042")
PAYLOAD = UnpairedAdvert(AdvertFlag.PAIRING_MODE, bytes(8), UNIT_ID, 7).encode()
KEGTRON = b"\x00\x01kegtron-payload!!"
PAIR_INPUT = {"setup_code": SETUP_CODE, "name": "Main entrance", "location": ""}


@dataclass
class _Info:
    """The two fields of a BluetoothServiceInfoBleak the advertisement readers use."""

    manufacturer_data: dict[int, bytes]
    service_uuids: list[str] = field(default_factory=lambda: [SERVICE_UUID])


def _info(data: dict[int, bytes]) -> Any:
    return cast(Any, _Info(data))


def _flow_of(hass: HomeAssistant, sim: SimUnit) -> dict[str, Any] | None:
    unit_id = sim.unit.unit_id.hex().upper()
    for flow in hass.config_entries.flow.async_progress_by_handler(DOMAIN):
        if flow["context"].get("unique_id") == unit_id:
            return dict(flow)
    return None


async def _discover(hass: HomeAssistant, info: bluetooth.BluetoothServiceInfoBleak) -> Any:
    return await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_BLUETOOTH}, data=info
    )


async def _create_building(hass: HomeAssistant, name: str) -> ConfigEntry:
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {"name": name})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    entry = result["result"]
    assert isinstance(entry, ConfigEntry)
    return entry


async def _set_company_ids(hass: HomeAssistant, entry: ConfigEntry, text: str) -> None:
    """Submit the building's options form the way the installer does."""
    result = await hass.config_entries.options.async_init(entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"battery_threshold": 15, "company_ids": text}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()


# The readers ------------------------------------------------------------------------------


def test_the_default_is_the_sig_test_id_only() -> None:
    assert DEFAULT_MANUFACTURER_IDS == (0xFFFF,)
    assert manufacturer_payloads({OWN_ID: b"x"}) == []
    assert manufacturer_payloads({OWN_ID: b"x", MANUFACTURER_ID: b"y"}) == [b"y"]


def test_a_foreign_payload_under_0xffff_is_skipped_for_a_later_one() -> None:
    ids = (MANUFACTURER_ID, OWN_ID)
    data = {MANUFACTURER_ID: KEGTRON, OWN_ID: PAYLOAD}
    assert manufacturer_payloads(data, ids) == [KEGTRON, PAYLOAD]
    advert = pairing.parse_advert(_info(data), ids)
    assert isinstance(advert, UnpairedAdvert)
    assert advert.unit_id == UNIT_ID
    assert isinstance(find_advert(data, ids), UnpairedAdvert)


def test_an_id_not_listed_is_not_read() -> None:
    assert pairing.parse_advert(_info({OWN_ID: PAYLOAD}), DEFAULT_MANUFACTURER_IDS) is None
    assert find_advert({OWN_ID: PAYLOAD}) is None
    assert pairing.parse_advert(_info({OWN_ID: PAYLOAD}), (OWN_ID,)) is not None
    assert pairing.parse_advert(_info({MANUFACTURER_ID: PAYLOAD}), (OWN_ID,)) is None


def test_a_newer_protocol_under_a_listed_id_is_recognised() -> None:
    newer = PAYLOAD[:2] + bytes([0x30 | (PAYLOAD[2] & 0x0F)]) + PAYLOAD[3:]
    assert pairing.speaks_newer_protocol(_info({OWN_ID: newer}), (OWN_ID,))
    assert not pairing.speaks_newer_protocol(_info({OWN_ID: newer}), DEFAULT_MANUFACTURER_IDS)
    assert not pairing.speaks_newer_protocol(_info({OWN_ID: PAYLOAD}), (OWN_ID,))


async def test_discovery_reads_under_every_buildings_ids(hass: HomeAssistant) -> None:
    assert pairing.discovery_company_ids(hass) == DEFAULT_MANUFACTURER_IDS  # no building yet
    MockConfigEntry(domain=DOMAIN, title="A", options={"company_ids": [OWN_ID]}).add_to_hass(hass)
    assert pairing.discovery_company_ids(hass) == (OWN_ID,)
    MockConfigEntry(domain=DOMAIN, title="B").add_to_hass(hass)  # the default
    MockConfigEntry(
        domain=DOMAIN, title="C", options={"company_ids": [0x0C0C, OWN_ID]}
    ).add_to_hass(hass)
    assert pairing.discovery_company_ids(hass) == (OWN_ID, MANUFACTURER_ID, 0x0C0C)


# Doors ------------------------------------------------------------------------------------


async def test_a_door_under_its_makers_id_is_heard_once_the_building_lists_it(
    hass: HomeAssistant, site: Site
) -> None:
    sim = await site.add_unit("entrance", company_id=OWN_ID)
    entry = await pair_into_entry(site, ["entrance"])
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    door = door_link(entry, "Entrance")
    runtime = entry.runtime_data

    # HA holds the paired unit's current, resolvable advertisement: the door ignored it.
    await site.wait_for_counter(sim)
    await hass.async_block_till_done()
    assert not door.state.available
    assert hass.states.get("lock.entrance").state == "unavailable"

    await _set_company_ids(hass, entry, "0xFFFF, 0x0A0B")

    await until(hass, lambda: hass.states.get("lock.entrance").state == "locked")
    assert door.state.available
    assert entry.runtime_data is runtime  # applied in place, no reload
    assert runtime.company_ids == (MANUFACTURER_ID, OWN_ID)


async def test_a_door_under_the_test_id_is_unheard_once_the_building_drops_it(
    hass: HomeAssistant, site: Site
) -> None:
    sim = await site.add_unit("entrance")
    entry = await pair_into_entry(site, ["entrance"])
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    door = door_link(entry, "Entrance")
    await until(hass, lambda: door.state.advertised_counter == sim.unit.change_counter)
    await _set_company_ids(hass, entry, "0a0b")
    heard = door.state.advertised_counter

    sim.unit.set_battery(40)  # a new change counter, advertised under 0xFFFF
    await site.wait_for_counter(sim)
    await hass.async_block_till_done()

    assert sim.unit.change_counter != heard
    assert door.state.advertised_counter == heard


# Discovery --------------------------------------------------------------------------------


async def test_a_unit_under_its_makers_id_is_discovered_once_a_building_lists_it(
    hass: HomeAssistant, site: Site
) -> None:
    sim = await site.add_unit("entrance", pairing=True, company_id=OWN_ID)
    info = await site.wait_for_advert(sim)
    # The first unit, before any building: only the default id is read.
    result = await _discover(hass, info)
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "not_supported"
    building = await _create_building(hass, "Solbakken borettslag")
    assert _flow_of(hass, sim) is None

    await _set_company_ids(hass, building, "FFFF 0A0B")

    # Offered again by itself: Home Assistant had turned it away once.
    await until(hass, lambda: _flow_of(hass, sim) is not None)
    flow = _flow_of(hass, sim)
    assert flow is not None
    result = await hass.config_entries.flow.async_configure(flow["flow_id"])
    assert result["step_id"] == "pair"
    result = await hass.config_entries.flow.async_configure(result["flow_id"], PAIR_INPUT)
    assert result["reason"] == "door_added"
    await hass.async_block_till_done()
    (door,) = building.runtime_data.doors.values()
    await until(hass, lambda: door.state.available)


async def test_discovery_accepts_a_unit_under_any_buildings_ids(
    hass: HomeAssistant, site: Site
) -> None:
    test_unit = await site.add_unit("entrance", pairing=True)
    own_unit = await site.add_unit("garage", pairing=True, company_id=OWN_ID)
    other_unit = await site.add_unit("laundry", pairing=True, company_id=0x0C0C)
    await _create_building(hass, "Solbakken borettslag")  # 0xFFFF
    own = await _create_building(hass, "Storgata 5")
    await _set_company_ids(hass, own, "0x0A0B")

    for sim in (test_unit, own_unit):
        if (earlier := _flow_of(hass, sim)) is not None:  # started before there were buildings
            hass.config_entries.flow.async_abort(earlier["flow_id"])
        result = await _discover(hass, await site.wait_for_advert(sim))
        assert result["type"] is FlowResultType.FORM, sim.name
        assert result["step_id"] == "pair_choose"
        hass.config_entries.flow.async_abort(result["flow_id"])
    result = await _discover(hass, await site.wait_for_advert(other_unit))
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "not_supported"


async def test_add_door_unit_lists_the_units_under_its_buildings_ids(
    hass: HomeAssistant, site: Site
) -> None:
    await site.add_unit("entrance", pairing=True, company_id=OWN_ID)
    building = await _create_building(hass, "Solbakken borettslag")

    async def offered() -> Any:
        return await hass.config_entries.subentries.async_init(
            (building.entry_id, SUBENTRY_DOOR), context={"source": SOURCE_USER}
        )

    result = await offered()
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "no_units_found"
    await _set_company_ids(hass, building, "0x0A0B")
    result = await offered()
    assert result["step_id"] == "user"
    (device,) = result["data_schema"].schema.values()
    assert [option["value"] for option in device.config["options"]] == [
        site.units["entrance"].address
    ]
