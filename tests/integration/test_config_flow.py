"""Config, subentry and options flows, paired over HA's Bluetooth stack with reference units.

Every pairing runs the real protocol through the simulated proxy. Assertions are what the
installer sees (steps, errors, aborts, placeholders, entries) and what the unit stores.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
import json
import logging
from pathlib import Path
import re
from typing import Any

from homeassistant.components import bluetooth
from homeassistant.config_entries import (
    SOURCE_BLUETOOTH,
    SOURCE_IGNORE,
    SOURCE_RECONFIGURE,
    SOURCE_USER,
    ConfigEntry,
    ConfigEntryState,
    ConfigFlowResult,
    SubentryFlowResult,
)
from homeassistant.const import ATTR_ENTITY_ID, ATTR_FRIENDLY_NAME, STATE_OFF, STATE_ON
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType, InvalidData
from homeassistant.helpers import device_registry as dr
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_fire_time_changed

from custom_components.digitalkey import config_flow
from custom_components.digitalkey.company_ids import (
    ERROR_EMPTY,
    ERROR_NOT_HEX,
    ERROR_OUT_OF_RANGE,
)
from custom_components.digitalkey.const import DOMAIN, SUBENTRY_DOOR
from custom_components.digitalkey.pairing import (
    async_pair_unit,
    async_rediscover_door,
    parse_advert,
    speaks_newer_protocol,
)
from custom_components.digitalkey.protocol.constants import Role
from custom_components.digitalkey.protocol.gatt import DEFAULT_MANUFACTURER_IDS
from custom_components.digitalkey.protocol.keys import StaticKey
from simulator.radio import Advertisement, PeripheralLink

from .conftest import SETUP_CODE, SimUnit, Site, pair_into_entry, until

TYPED_CODE = f"{SETUP_CODE[:4]} {SETUP_CODE[4:]}"
"""The code as an installer types it from the label."""
PAIR_INPUT = {"setup_code": TYPED_CODE, "name": "Main entrance", "location": "Storgata 1"}

EN: dict[str, Any] = json.loads(
    (Path(config_flow.__file__).parent / "translations" / "en.json").read_text(encoding="utf-8")
)
PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)\}")

type Result = Mapping[str, Any]
"""A flow result of any flow manager, as the assertions read it."""


# Helpers ----------------------------------------------------------------------------------


def _state(hass: HomeAssistant, entity_id: str) -> str | None:
    state = hass.states.get(entity_id)
    return None if state is None else state.state


def _unit_id(sim: SimUnit) -> str:
    return sim.unit.unit_id.hex().upper()


def _advertises_paired(info: bluetooth.BluetoothServiceInfoBleak) -> bool:
    advert = parse_advert(info, DEFAULT_MANUFACTURER_IDS)
    return advert is not None and advert.paired


def _advertises_unpaired(info: bluetooth.BluetoothServiceInfoBleak) -> bool:
    advert = parse_advert(info, DEFAULT_MANUFACTURER_IDS)
    return advert is not None and not advert.paired


def _advertises_pairing_mode(info: bluetooth.BluetoothServiceInfoBleak) -> bool:
    advert = parse_advert(info, DEFAULT_MANUFACTURER_IDS)
    return advert is not None and advert.pairing_mode


def _discovery_flow(hass: HomeAssistant, sim: SimUnit) -> dict[str, Any] | None:
    for flow in hass.config_entries.flow.async_progress_by_handler(DOMAIN):
        if flow["context"].get("unique_id") == _unit_id(sim):
            return dict(flow)
    return None


def _without_building(result: Any) -> dict[str, str]:
    """A step's placeholders without the building it pairs into (checked on its own)."""
    placeholders = dict(result["description_placeholders"] or {})
    placeholders.pop("building", None)
    return placeholders


async def _discovered(hass: HomeAssistant, sim: SimUnit) -> ConfigFlowResult:
    """The flow HA started on hearing the unit, as the frontend shows it."""
    await until(hass, lambda: _discovery_flow(hass, sim) is not None)
    flow = _discovery_flow(hass, sim)
    assert flow is not None
    assert flow["context"]["source"] == SOURCE_BLUETOOTH
    return await hass.config_entries.flow.async_configure(flow["flow_id"])


async def _dismiss_discovery(hass: HomeAssistant, sim: SimUnit) -> None:
    """Close the flow HA started when it first heard the unit."""
    await until(hass, lambda: _discovery_flow(hass, sim) is not None)
    flow = _discovery_flow(hass, sim)
    assert flow is not None
    hass.config_entries.flow.async_abort(flow["flow_id"])


async def _discover_again(
    hass: HomeAssistant, info: bluetooth.BluetoothServiceInfoBleak
) -> ConfigFlowResult:
    """A discovery flow for an advertisement, the way HA's Bluetooth manager starts one."""
    return await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_BLUETOOTH}, data=info
    )


async def _building_step(hass: HomeAssistant, sim: SimUnit) -> ConfigFlowResult:
    """Discovery with no building yet: name it, land on the pair step."""
    result = await _discovered(hass, sim)
    assert result["step_id"] == "building"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"name": "Solbakken borettslag"}
    )
    assert result["step_id"] == "pair"
    return result


async def _create_building(hass: HomeAssistant, name: str) -> ConfigEntry:
    """A building made by hand, as from "Add integration"."""
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {"name": name})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    entry = result["result"]
    assert isinstance(entry, ConfigEntry)
    return entry


def _hub_public(entry: ConfigEntry) -> bytes:
    return StaticKey.from_private(bytes.fromhex(entry.data["hub_key"])).public


def _controller_keys(sim: SimUnit) -> list[bytes]:
    return [controller.public for controller in sim.unit.flash.controllers.values()]


def _selector_options(result: Result, field_name: str) -> list[dict[str, str]]:
    schema = result["data_schema"]
    assert schema is not None
    for key, value in schema.schema.items():
        if str(key) == field_name:
            return list(value.config["options"])
    raise AssertionError(f"{field_name} is not in the form")


def _text_type(result: Result, field_name: str) -> str:
    schema = result["data_schema"]
    assert schema is not None
    for key, value in schema.schema.items():
        if str(key) == field_name:
            return str(value.config["type"])
    raise AssertionError(f"{field_name} is not in the form")


def _placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def _fields(result: Result) -> set[str]:
    schema = result["data_schema"]
    assert schema is not None
    return {str(key) for key in schema.schema}


def _suggested(result: Result) -> dict[str, Any]:
    schema = result["data_schema"]
    assert schema is not None
    return {str(key): (key.description or {}).get("suggested_value") for key in schema.schema}


def _defaults(result: Result) -> dict[str, Any]:
    schema = result["data_schema"]
    assert schema is not None
    return {str(key): key.default() for key in schema.schema if callable(key.default)}


class _Thermometer:
    """Some other Bluetooth device in range: not a door unit."""

    def read_info(self) -> bytes:
        return b""

    def on_connect(self, link: PeripheralLink) -> None:
        pass

    def on_write(self, link: PeripheralLink, data: bytes, with_response: bool) -> None:
        pass

    def on_disconnect(self, link: PeripheralLink) -> None:
        pass


async def _add_thermometer(site: Site) -> None:
    peripheral = await site.radio.add_peripheral("C0:FF:EE:00:00:01", _Thermometer())
    peripheral.set_advertisement(
        Advertisement(
            local_name="Thermometer",
            service_uuids=["0000181a-0000-1000-8000-00805f9b34fb"],
            manufacturer_data={},
        )
    )
    await peripheral.start_advertising()
    await until(
        site.hass,
        lambda: bluetooth.async_last_service_info(site.hass, peripheral.address) is not None,
    )


# Pairing faults, shared by the discovery flow and "Add door unit" -----------------------


type Fault = Callable[[HomeAssistant, Site, SimUnit, pytest.MonkeyPatch], Awaitable[None]]


async def _out_of_range(
    hass: HomeAssistant, site: Site, sim: SimUnit, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The unit was heard, then the installer walked off with the tablet."""
    site.radio.max_connect_wait = 0.1
    sim.peripheral.set_reachable(False)


async def _proxy_offline(
    hass: HomeAssistant, site: Site, sim: SimUnit, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The only Bluetooth proxy went offline long enough for HA to forget the unit."""
    await site.proxies[0].async_stop()
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(minutes=6))
    await until(
        hass,
        lambda: (
            bluetooth.async_ble_device_from_address(hass, sim.address, connectable=True) is None
        ),
    )


async def _power_lost_on_request(
    hass: HomeAssistant, site: Site, sim: SimUnit, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The unit browns out when the pairing request arrives: the link drops mid-pairing."""

    def brownout(link: PeripheralLink, data: bytes, with_response: bool) -> None:
        sim.peripheral.set_reachable(False)

    monkeypatch.setattr(sim.unit, "on_write", brownout)


@dataclass(frozen=True, kw_only=True)
class PairingCase:
    """One way a pairing attempt fails, and what the installer is told."""

    errors: dict[str, str]
    placeholders: dict[str, str] = field(default_factory=dict)
    """Placeholders besides the unit's name."""
    diagnostics: bool = False
    """Whether the message carries HA's explanation of why the unit is unreachable."""
    pairing_mode: bool = True
    unit_config: dict[str, Any] = field(default_factory=dict)
    user_input: dict[str, str] = field(default_factory=dict)
    fault: Fault | None = None
    attempts_used: int = 0
    """Wrong-code attempts the unit counted."""


PAIRING_FAILURES = {
    "code_too_short": PairingCase(
        user_input={"setup_code": "3141 592"}, errors={"base": "invalid_code_format"}
    ),
    "code_with_letters": PairingCase(
        user_input={"setup_code": "3141-59ab"}, errors={"base": "invalid_code_format"}
    ),
    "blank_door_name": PairingCase(user_input={"name": "   "}, errors={"name": "name_required"}),
    "wrong_code": PairingCase(
        user_input={"setup_code": "2718 2818"},
        errors={"base": "invalid_code"},
        placeholders={"attempts": "4"},
        attempts_used=1,
    ),
    "button_not_pressed": PairingCase(pairing_mode=False, errors={"base": "not_in_pairing_mode"}),
    # A unit that accepts shorter messages than the pairing request answers MALFORMED.
    "unit_rejects_request": PairingCase(
        unit_config={"max_message": 16}, errors={"base": "pairing_failed"}
    ),
    "out_of_range": PairingCase(
        fault=_out_of_range, errors={"base": "cannot_connect"}, diagnostics=True
    ),
    "proxy_offline": PairingCase(
        fault=_proxy_offline, errors={"base": "cannot_connect"}, diagnostics=True
    ),
    "link_lost_mid_pairing": PairingCase(
        fault=_power_lost_on_request, errors={"base": "cannot_connect"}, diagnostics=True
    ),
}


def _assert_failure(result: Result, case: PairingCase, unit_label: str) -> None:
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "pair"
    assert result["errors"] == case.errors
    placeholders = dict(result["description_placeholders"] or {})
    if case.diagnostics:
        assert placeholders.pop("diagnostics")  # HA's text, e.g. which proxy last heard it
    placeholders.pop("building", None)
    assert placeholders == {"unit": unit_label, **case.placeholders}


# Discovery: the installer's path ---------------------------------------------------------


async def test_discovery_creates_building_with_first_door(hass: HomeAssistant, site: Site) -> None:
    sim = await site.add_unit("entrance", pairing=True)

    result = await _discovered(hass, sim)
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "building"
    assert _without_building(result) == {"unit": "DK-3001"}
    flow = _discovery_flow(hass, sim)
    assert flow is not None
    assert flow["context"]["title_placeholders"] == {"name": "DK-3001"}

    result = await hass.config_entries.flow.async_configure(result["flow_id"], {"name": "  "})
    assert result["step_id"] == "building"
    assert result["errors"] == {"name": "name_required"}

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"name": "  Solbakken   borettslag "}
    )
    assert result["step_id"] == "pair"
    assert _without_building(result) == {"unit": "DK-3001"}
    assert _fields(result) == {"setup_code", "name", "location"}
    assert _text_type(result, "setup_code") == "tel"  # the number pad on a phone

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {"setup_code": "3141-5926", "name": " Main   entrance ", "location": " Storgata  1 "},
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "Solbakken borettslag"
    assert set(result["data"]) == {"building_id", "hub_key"}
    assert len(bytes.fromhex(result["data"]["building_id"])) == 16
    assert len(bytes.fromhex(result["data"]["hub_key"])) == 32
    await hass.async_block_till_done()

    entry = result["result"]
    assert entry.state is ConfigEntryState.LOADED
    assert entry.unique_id == entry.data["building_id"]
    (door,) = entry.subentries.values()
    assert door.subentry_type == SUBENTRY_DOOR
    assert door.title == "Main entrance"
    assert door.unique_id == "D1C0FFEE3001"
    assert dict(door.data) == {
        "unit_id": "D1C0FFEE3001",
        "address": sim.address,
        "unit_public": sim.unit.flash.static.public.hex(),
        "unit_secret": sim.unit.flash.unit_secret.hex(),
        "features": int(sim.unit.config.features),
        "firmware": "1.0",
        "location": "Storgata 1",
    }

    (controller,) = sim.unit.flash.controllers.values()
    assert controller.public == _hub_public(entry)
    assert controller.role is Role.ADMIN
    assert controller.label == "Solbakken borettslag"
    assert not sim.unit.pairing_mode

    await until(hass, lambda: _state(hass, "lock.main_entrance") == "locked")
    assert _discovery_flow(hass, sim) is None


async def test_discovery_adds_door_to_the_only_building(hass: HomeAssistant, site: Site) -> None:
    building = await _create_building(hass, "Solbakken borettslag")
    sim = await site.add_unit("entrance", pairing=True)

    result = await _discovered(hass, sim)
    assert result["step_id"] == "pair"
    assert "building" not in _fields(result)
    assert result["description_placeholders"]["building"] == "Solbakken borettslag"

    result = await hass.config_entries.flow.async_configure(result["flow_id"], PAIR_INPUT)
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "door_added_at"
    assert result["description_placeholders"] == {
        "door": "Main entrance",
        "building": "Solbakken borettslag",
        "location": "Storgata 1",
    }
    await hass.async_block_till_done()

    assert hass.config_entries.async_entries(DOMAIN) == [building]
    (door,) = building.subentries.values()
    assert (door.title, door.unique_id) == ("Main entrance", "D1C0FFEE3001")
    assert door.data["location"] == "Storgata 1"
    assert _controller_keys(sim) == [_hub_public(building)]
    # The building reloaded with its new door.
    await until(hass, lambda: _state(hass, "lock.main_entrance") == "locked")
    assert building.state is ConfigEntryState.LOADED


async def test_discovery_asks_which_building(hass: HomeAssistant, site: Site) -> None:
    solbakken = await _create_building(hass, "Solbakken borettslag")
    fjordglott = await _create_building(hass, "Fjordgløtt sameie")
    sim = await site.add_unit("entrance", pairing=True)

    result = await _discovered(hass, sim)
    assert result["step_id"] == "pair_choose"
    assert _selector_options(result, "building") == [
        {"value": solbakken.entry_id, "label": "Solbakken borettslag"},
        {"value": fjordglott.entry_id, "label": "Fjordgløtt sameie"},
    ]

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {**PAIR_INPUT, "building": fjordglott.entry_id}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "door_added_at"
    assert result["description_placeholders"] == {
        "door": "Main entrance",
        "building": "Fjordgløtt sameie",
        "location": "Storgata 1",
    }
    await hass.async_block_till_done()

    assert not solbakken.subentries
    assert [door.unique_id for door in fjordglott.subentries.values()] == ["D1C0FFEE3001"]
    assert _controller_keys(sim) == [_hub_public(fjordglott)]


@pytest.mark.parametrize("moved", [False, True], ids=["same_address", "new_address"])
async def test_discovery_of_configured_unit(hass: HomeAssistant, site: Site, moved: bool) -> None:
    sim = await site.add_unit("entrance")
    await _dismiss_discovery(hass, sim)
    entry = await pair_into_entry(site, ["entrance"])
    door = next(iter(entry.subentries.values()))
    if moved:
        hass.config_entries.async_update_subentry(
            entry, door, data={**door.data, "address": "D0:0E:C4:00:03:99"}
        )
    expected = {**door.data, "address": sim.address}

    info = await site.wait_for_advert(sim, _advertises_paired)
    result = await _discover_again(hass, info)

    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"
    assert dict(entry.subentries[door.subentry_id].data) == expected
    assert len(sim.unit.flash.controllers) == 1


async def test_discovery_of_unit_paired_elsewhere(hass: HomeAssistant, site: Site) -> None:
    sim = await site.add_unit("entrance", pairing=True)
    await _dismiss_discovery(hass, sim)
    other_hub = StaticKey.generate()
    await async_pair_unit(hass, sim.address, SETUP_CODE, other_hub, "Caretaker's hub")

    info = await site.wait_for_advert(sim, _advertises_paired)
    result = await _discover_again(hass, info)

    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_paired"
    assert _controller_keys(sim) == [other_hub.public]
    assert not hass.config_entries.async_entries(DOMAIN)


async def test_discovery_of_unit_paired_elsewhere_next_to_our_doors(
    hass: HomeAssistant, site: Site
) -> None:
    """The paired advertisement is tried against every door we hold, and none claims it."""
    await site.add_unit("entrance")
    sim = await site.add_unit("garage", pairing=True)
    await pair_into_entry(site, ["entrance"])
    await _dismiss_discovery(hass, sim)
    other_hub = StaticKey.generate()
    await async_pair_unit(hass, sim.address, SETUP_CODE, other_hub, "Caretaker's hub")

    result = await _discover_again(hass, await site.wait_for_advert(sim, _advertises_paired))

    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_paired"
    (building,) = hass.config_entries.async_entries(DOMAIN)
    assert len(building.subentries) == 1
    assert _controller_keys(sim) == [other_hub.public]


def _rebuilt(info: bluetooth.BluetoothServiceInfoBleak, **changes: Any) -> Any:
    fields = {
        "name": info.name,
        "address": info.address,
        "rssi": info.rssi,
        "manufacturer_data": info.manufacturer_data,
        "service_data": info.service_data,
        "service_uuids": info.service_uuids,
        "source": info.source,
        "device": info.device,
        "advertisement": None,
        "connectable": info.connectable,
        "time": info.time,
        "tx_power": info.tx_power,
    }
    return bluetooth.BluetoothServiceInfoBleak(**(fields | changes))


@pytest.mark.parametrize(
    "changes",
    [
        {"manufacturer_data": {}},
        {"manufacturer_data": {0xFFFF: b"\x01\x02kegtron"}},
        {"service_uuids": []},
    ],
    ids=["no_payload", "foreign_payload", "other_service"],
)
async def test_discovery_of_foreign_device(
    hass: HomeAssistant, site: Site, changes: dict[str, Any]
) -> None:
    sim = await site.add_unit("entrance", pairing=True)
    info = await site.wait_for_advert(sim)

    result = await _discover_again(hass, _rebuilt(info, **changes))

    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "not_supported"


async def test_discovery_of_newer_unit(hass: HomeAssistant, site: Site) -> None:
    sim = await site.add_unit("entrance", pairing=True)
    info = await site.wait_for_advert(sim)
    payload = bytearray(info.manufacturer_data[0xFFFF])
    payload[2] = (3 << 4) | (payload[2] & 0x0F)  # protocol version 3 in the high nibble

    result = await _discover_again(hass, _rebuilt(info, manufacturer_data={0xFFFF: bytes(payload)}))

    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "unsupported_version"


async def test_second_discovery_of_same_unit(hass: HomeAssistant, site: Site) -> None:
    sim = await site.add_unit("entrance", pairing=True)
    await _discovered(hass, sim)

    result = await _discover_again(hass, await site.wait_for_advert(sim))

    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_in_progress"
    assert len(hass.config_entries.flow.async_progress_by_handler(DOMAIN)) == 1


# Pairing failures in the discovery flow ---------------------------------------------------


@pytest.mark.parametrize("case", PAIRING_FAILURES.values(), ids=PAIRING_FAILURES.keys())
async def test_discovery_pairing_failure_leaves_nothing_behind(
    hass: HomeAssistant, site: Site, monkeypatch: pytest.MonkeyPatch, case: PairingCase
) -> None:
    sim = await site.add_unit("entrance", pairing=case.pairing_mode, **case.unit_config)
    result = await _building_step(hass, sim)
    if case.fault is not None:
        await case.fault(hass, site, sim, monkeypatch)

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {**PAIR_INPUT, **case.user_input}
    )

    _assert_failure(result, case, "DK-3001")
    assert not hass.config_entries.async_entries(DOMAIN)
    assert not sim.unit.flash.controllers
    assert sim.unit.flash.pairing_failures == case.attempts_used
    assert _discovery_flow(hass, sim) is not None  # the installer can correct and retry


async def test_wrong_codes_count_down_to_lockout(hass: HomeAssistant, site: Site) -> None:
    sim = await site.add_unit("entrance", pairing=True)
    result = await _building_step(hass, sim)

    for left in ("4", "3", "2", "1"):
        result = await hass.config_entries.flow.async_configure(
            result["flow_id"], {**PAIR_INPUT, "setup_code": "2718 2818"}
        )
        assert result["errors"] == {"base": "invalid_code"}
        assert _without_building(result) == {"unit": "DK-3001", "attempts": left}

    # The fifth wrong code starts the lockout, and the installer is told so at once.
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {**PAIR_INPUT, "setup_code": "2718 2818"}
    )
    assert result["errors"] == {"base": "locked_out"}
    assert _without_building(result) == {"unit": "DK-3001", "minutes": "5"}

    result = await hass.config_entries.flow.async_configure(result["flow_id"], PAIR_INPUT)
    assert result["step_id"] == "pair"
    assert result["errors"] == {"base": "locked_out"}
    assert _without_building(result) == {"unit": "DK-3001", "minutes": "5"}
    assert sim.unit.locked_out
    assert not sim.unit.flash.controllers
    assert not hass.config_entries.async_entries(DOMAIN)


async def test_retry_after_pressing_the_pairing_button(hass: HomeAssistant, site: Site) -> None:
    sim = await site.add_unit("entrance")
    result = await _building_step(hass, sim)
    result = await hass.config_entries.flow.async_configure(result["flow_id"], PAIR_INPUT)
    assert result["errors"] == {"base": "not_in_pairing_mode"}

    sim.unit.press_pairing_button()
    result = await hass.config_entries.flow.async_configure(result["flow_id"], PAIR_INPUT)

    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert [door.title for door in result["result"].subentries.values()] == ["Main entrance"]
    assert _controller_keys(sim) == [_hub_public(result["result"])]


async def test_unit_paired_by_another_hub_before_submit(hass: HomeAssistant, site: Site) -> None:
    sim = await site.add_unit("entrance", pairing=True)
    result = await _building_step(hass, sim)
    other_hub = StaticKey.generate()
    await async_pair_unit(hass, sim.address, SETUP_CODE, other_hub, "Caretaker's hub")

    result = await hass.config_entries.flow.async_configure(result["flow_id"], PAIR_INPUT)

    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_paired"
    assert not hass.config_entries.async_entries(DOMAIN)
    assert _controller_keys(sim) == [other_hub.public]


async def test_adding_a_door_closes_its_discovery_card(hass: HomeAssistant, site: Site) -> None:
    building = await _create_building(hass, "Solbakken borettslag")
    sim = await site.add_unit("entrance", pairing=True)
    discovery = await _discovered(hass, sim)
    assert discovery["step_id"] == "pair"

    # Meanwhile someone else adds the same unit through "Add door unit".
    added = await hass.config_entries.subentries.async_init(
        (building.entry_id, SUBENTRY_DOOR), context={"source": SOURCE_USER}
    )
    added = await hass.config_entries.subentries.async_configure(
        added["flow_id"], {"device": sim.address}
    )
    added = await hass.config_entries.subentries.async_configure(
        added["flow_id"], {**PAIR_INPUT, "name": "Front door"}
    )
    assert added["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()

    # The card is gone instead of asking for a code only to say the door exists.
    assert _discovery_flow(hass, sim) is None
    assert not hass.config_entries.flow.async_progress_by_handler(DOMAIN)
    assert [door.title for door in building.subentries.values()] == ["Front door"]
    assert _controller_keys(sim) == [_hub_public(building)]


# Several discovery cards, one building ------------------------------------------------------


async def test_second_discovered_unit_joins_the_building_the_first_created(
    hass: HomeAssistant, site: Site
) -> None:
    entrance = await site.add_unit("entrance", pairing=True)
    garage = await site.add_unit("garage", pairing=True)
    await until(hass, lambda: _discovery_flow(hass, garage) is not None)  # both cards listed

    result = await _building_step(hass, entrance)
    result = await hass.config_entries.flow.async_configure(result["flow_id"], PAIR_INPUT)
    assert result["type"] is FlowResultType.CREATE_ENTRY
    building = result["result"]
    await hass.async_block_till_done()

    # The garage's card was listed before the building existed; opened now, it pairs into it.
    result = await _discovered(hass, garage)
    assert result["step_id"] == "pair"
    assert "building" not in _fields(result)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {**PAIR_INPUT, "name": "Garage"}
    )

    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "door_added_at"
    assert hass.config_entries.async_entries(DOMAIN) == [building]
    assert sorted(door.title for door in building.subentries.values()) == [
        "Garage",
        "Main entrance",
    ]
    assert _controller_keys(garage) == [_hub_public(building)]


async def test_building_name_taken_while_naming_it(hass: HomeAssistant, site: Site) -> None:
    entrance = await site.add_unit("entrance", pairing=True)
    garage = await site.add_unit("garage", pairing=True)
    first = await _building_step(hass, entrance)
    second = await _discovered(hass, garage)
    assert second["step_id"] == "building"  # opened while there was no building
    first = await hass.config_entries.flow.async_configure(first["flow_id"], PAIR_INPUT)
    assert first["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()

    second = await hass.config_entries.flow.async_configure(
        second["flow_id"], {"name": " SOLBAKKEN  borettslag "}
    )

    assert second["type"] is FlowResultType.FORM
    assert second["step_id"] == "building"
    assert second["errors"] == {"name": "building_exists"}
    assert len(hass.config_entries.async_entries(DOMAIN)) == 1


async def test_same_building_named_in_two_cards(hass: HomeAssistant, site: Site) -> None:
    entrance = await site.add_unit("entrance", pairing=True)
    garage = await site.add_unit("garage", pairing=True)
    first = await _building_step(hass, entrance)
    second = await _building_step(hass, garage)  # both named it before either paired

    first = await hass.config_entries.flow.async_configure(first["flow_id"], PAIR_INPUT)
    assert first["type"] is FlowResultType.CREATE_ENTRY
    building = first["result"]
    await hass.async_block_till_done()
    second = await hass.config_entries.flow.async_configure(
        second["flow_id"], {**PAIR_INPUT, "name": "Garage"}
    )

    assert second["type"] is FlowResultType.ABORT
    assert second["reason"] == "door_added_at"
    assert hass.config_entries.async_entries(DOMAIN) == [building]
    assert len(building.subentries) == 2
    assert _controller_keys(garage) == [_hub_public(building)]


async def test_only_building_removed_while_pairing(hass: HomeAssistant, site: Site) -> None:
    building = await _create_building(hass, "Solbakken borettslag")
    sim = await site.add_unit("entrance", pairing=True)
    result = await _discovered(hass, sim)
    assert result["step_id"] == "pair"
    assert await hass.config_entries.async_remove(building.entry_id)
    await hass.async_block_till_done()

    result = await hass.config_entries.flow.async_configure(result["flow_id"], PAIR_INPUT)

    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "building"
    assert result["errors"] == {}
    assert not sim.unit.flash.controllers


async def test_chosen_building_removed_while_pairing(hass: HomeAssistant, site: Site) -> None:
    solbakken = await _create_building(hass, "Solbakken borettslag")
    fjordglott = await _create_building(hass, "Fjordgløtt sameie")
    sim = await site.add_unit("entrance", pairing=True)
    result = await _discovered(hass, sim)
    assert "building" in _fields(result)
    assert await hass.config_entries.async_remove(solbakken.entry_id)
    await hass.async_block_till_done()

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {**PAIR_INPUT, "building": solbakken.entry_id}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "pair"
    assert result["errors"] == {"base": "building_removed"}
    assert "building" not in _fields(result)  # one building is left
    assert not sim.unit.flash.controllers

    result = await hass.config_entries.flow.async_configure(result["flow_id"], PAIR_INPUT)
    assert result["reason"] == "door_added_at"
    assert result["description_placeholders"]["building"] == "Fjordgløtt sameie"
    assert len(fjordglott.subentries) == 1


async def test_ignored_unit_stays_ignored(hass: HomeAssistant, site: Site) -> None:
    sim = await site.add_unit("entrance", pairing=True)
    await until(hass, lambda: _discovery_flow(hass, sim) is not None)
    ignored = await hass.config_entries.flow.async_init(
        DOMAIN,
        context={"source": SOURCE_IGNORE},
        data={"unique_id": _unit_id(sim), "title": "Door unit DK-3001"},
    )
    assert ignored["type"] is FlowResultType.CREATE_ENTRY
    assert _discovery_flow(hass, sim) is None

    result = await _discover_again(hass, await site.wait_for_advert(sim))

    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"
    # An ignored unit is no building: the next building is still named first.
    other = await site.add_unit("garage", pairing=True)
    assert (await _discovered(hass, other))["step_id"] == "building"


async def test_removed_door_is_discovered_again(hass: HomeAssistant, site: Site) -> None:
    sim = await site.add_unit("entrance", pairing=True)
    await _dismiss_discovery(hass, sim)
    entry = await pair_into_entry(site, ["entrance"])
    door = next(iter(entry.subentries.values()))

    assert hass.config_entries.async_remove_subentry(entry, door.subentry_id)
    sim.unit.factory_reset()  # the installer frees the unit to pair it elsewhere
    sim.unit.press_pairing_button()
    await site.wait_for_advert(sim, _advertises_pairing_mode)
    await hass.async_block_till_done()
    assert _discovery_flow(hass, sim) is None  # Bluetooth discovery fires once per device

    async_rediscover_door(hass, sim.address)

    result = await _discovered(hass, sim)
    assert result["step_id"] == "pair"
    result = await hass.config_entries.flow.async_configure(result["flow_id"], PAIR_INPUT)
    assert result["reason"] == "door_added_at"
    assert [d.unique_id for d in entry.subentries.values()] == [_unit_id(sim)]


async def test_pairing_logs_without_secrets(
    hass: HomeAssistant, site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="custom_components.digitalkey")
    sim = await site.add_unit("entrance", pairing=True)
    result = await _building_step(hass, sim)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {**PAIR_INPUT, "setup_code": "2718-2818"}
    )
    assert result["errors"] == {"base": "invalid_code"}
    result = await hass.config_entries.flow.async_configure(result["flow_id"], PAIR_INPUT)
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()

    ours = [
        r
        for r in caplog.records
        if r.name.startswith("custom_components.digitalkey.")
        and r.name.rsplit(".", 1)[1] in {"pairing", "config_flow"}
    ]
    messages = [r.getMessage() for r in ours if r.levelno == logging.DEBUG]
    assert any("Discovered unit D1C0FFEE3001" in m for m in messages)
    assert any(sim.address in m and "connecting" in m for m in messages)
    assert any(sim.address in m and "invalid_code" in m for m in messages)
    assert any("Paired unit D1C0FFEE3001" in m for m in messages)
    hub_key = result["result"].data["hub_key"]
    for secret in (SETUP_CODE, TYPED_CODE, "27182818", "2718-2818", hub_key):
        assert secret not in caplog.text


# A building by hand ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "title"),
    [("  Solbakken   borettslag ", "Solbakken borettslag"), ("Å" * 80, "Å" * 60)],
    ids=["spaces", "long"],
)
async def test_user_creates_building(
    hass: HomeAssistant, site: Site, typed: str, title: str
) -> None:
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "user"

    result = await hass.config_entries.flow.async_configure(result["flow_id"], {"name": " \t "})
    assert result["step_id"] == "user"
    assert result["errors"] == {"name": "name_required"}

    result = await hass.config_entries.flow.async_configure(result["flow_id"], {"name": typed})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == title
    assert set(result["data"]) == {"building_id", "hub_key"}
    await hass.async_block_till_done()
    entry = result["result"]
    assert entry.state is ConfigEntryState.LOADED
    assert not entry.subentries


async def test_user_building_name_taken(hass: HomeAssistant, site: Site) -> None:
    await _create_building(hass, "Solbakken borettslag")
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"name": " solbakken  BORETTSLAG"}
    )

    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "user"
    assert result["errors"] == {"name": "building_exists"}
    assert len(hass.config_entries.async_entries(DOMAIN)) == 1

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"name": "Solbakken borettslag B"}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert len(hass.config_entries.async_entries(DOMAIN)) == 2


# "Add door unit" ---------------------------------------------------------------------------


async def _add_door(hass: HomeAssistant, building: ConfigEntry) -> SubentryFlowResult:
    return await hass.config_entries.subentries.async_init(
        (building.entry_id, SUBENTRY_DOOR), context={"source": SOURCE_USER}
    )


async def test_add_door_lists_unpaired_units_and_pairs_one(hass: HomeAssistant, site: Site) -> None:
    for name in ("entrance", "reset", "garage", "laundry"):
        await site.add_unit(name)
    building = await pair_into_entry(site, ["entrance", "reset"])
    assert await hass.config_entries.async_setup(building.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)  # first read done
    reset = site.units["reset"]
    reset.unit.factory_reset()  # configured here, but no longer paired: a repair, not a new door
    garage, laundry = site.units["garage"], site.units["laundry"]
    garage.unit.press_pairing_button()
    await site.wait_for_advert(garage, _advertises_pairing_mode)
    await site.wait_for_advert(reset, _advertises_unpaired)
    await _add_thermometer(site)

    result = await _add_door(hass, building)
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "user"
    assert sorted(_selector_options(result, "device"), key=lambda o: o["value"]) == [
        {"value": garage.address, "label": f"DK-3003 ({garage.address}) ✓"},
        {"value": laundry.address, "label": f"DK-3004 ({laundry.address})"},
    ]

    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"device": garage.address}
    )
    assert result["step_id"] == "pair"
    assert _without_building(result) == {"unit": "DK-3003"}
    assert _text_type(result, "setup_code") == "tel"
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"setup_code": TYPED_CODE, "name": "Garage", "location": ""}
    )

    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "Garage"
    assert result["unique_id"] == "D1C0FFEE3003"
    assert result["data"] == {
        "unit_id": "D1C0FFEE3003",
        "address": garage.address,
        "unit_public": garage.unit.flash.static.public.hex(),
        "unit_secret": garage.unit.flash.unit_secret.hex(),
        "features": int(garage.unit.config.features),
        "firmware": "1.0",
        "location": "",
    }
    await hass.async_block_till_done()
    door = next(d for d in building.subentries.values() if d.unique_id == "D1C0FFEE3003")
    assert door.title == "Garage"
    assert _controller_keys(garage) == [_hub_public(building)]
    assert not laundry.unit.flash.controllers
    await until(hass, lambda: _state(hass, "lock.garage") == "locked")


async def test_add_door_while_a_door_holds_the_only_slot(hass: HomeAssistant, site: Site) -> None:
    """The door just opened keeps its connection warm; adding the next door still pairs."""
    await site.proxies[0].async_stop()
    site.proxies.clear()
    proxy = await site.add_proxy(slots=1)
    await site.add_unit("entrance")
    garage = await site.add_unit("garage", pairing=True)
    building = await pair_into_entry(site, ["entrance"])
    assert await hass.config_entries.async_setup(building.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    await hass.services.async_call(
        "lock", "unlock", {ATTR_ENTITY_ID: "lock.entrance"}, blocking=True
    )
    assert proxy.central.connections_in_use == 1

    result = await _add_door(hass, building)
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"device": garage.address}
    )
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"setup_code": TYPED_CODE, "name": "Garage", "location": ""}
    )

    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert _controller_keys(garage) == [_hub_public(building)]
    await until(hass, lambda: _state(hass, "lock.garage") == "locked")


async def test_add_door_without_units_in_range(hass: HomeAssistant, site: Site) -> None:
    building = await _create_building(hass, "Solbakken borettslag")
    await _add_thermometer(site)

    result = await _add_door(hass, building)

    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "no_units_found"


@pytest.mark.parametrize("case", PAIRING_FAILURES.values(), ids=PAIRING_FAILURES.keys())
async def test_add_door_pairing_failure_leaves_nothing_behind(
    hass: HomeAssistant, site: Site, monkeypatch: pytest.MonkeyPatch, case: PairingCase
) -> None:
    building = await _create_building(hass, "Solbakken borettslag")
    sim = await site.add_unit("entrance", pairing=case.pairing_mode, **case.unit_config)
    result = await _add_door(hass, building)
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"device": sim.address}
    )
    if case.fault is not None:
        await case.fault(hass, site, sim, monkeypatch)

    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {**PAIR_INPUT, **case.user_input}
    )

    _assert_failure(result, case, "DK-3001")
    assert not building.subentries
    assert not sim.unit.flash.controllers
    assert sim.unit.flash.pairing_failures == case.attempts_used


async def test_add_door_unit_paired_by_another_hub(hass: HomeAssistant, site: Site) -> None:
    building = await _create_building(hass, "Solbakken borettslag")
    sim = await site.add_unit("entrance", pairing=True)
    result = await _add_door(hass, building)
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"device": sim.address}
    )
    other_hub = StaticKey.generate()
    await async_pair_unit(hass, sim.address, SETUP_CODE, other_hub, "Caretaker's hub")

    result = await hass.config_entries.subentries.async_configure(result["flow_id"], PAIR_INPUT)

    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_paired"
    assert not building.subentries
    assert _controller_keys(sim) == [other_hub.public]


async def test_add_door_unit_added_elsewhere_meanwhile(hass: HomeAssistant, site: Site) -> None:
    solbakken = await _create_building(hass, "Solbakken borettslag")
    fjordglott = await _create_building(hass, "Fjordgløtt sameie")
    sim = await site.add_unit("entrance", pairing=True)
    result = await _add_door(hass, solbakken)
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"device": sim.address}
    )

    # Meanwhile the unit is discovered and added to the other building, then reset and put
    # in pairing mode again (the installer changed their mind).
    discovery = await _discovered(hass, sim)
    discovery = await hass.config_entries.flow.async_configure(
        discovery["flow_id"], {**PAIR_INPUT, "building": fjordglott.entry_id}
    )
    assert discovery["reason"] == "door_added_at"
    await hass.async_block_till_done()
    sim.unit.factory_reset()
    sim.unit.press_pairing_button()

    result = await hass.config_entries.subentries.async_configure(result["flow_id"], PAIR_INPUT)

    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"
    assert not solbakken.subentries
    assert len(fjordglott.subentries) == 1
    assert not sim.unit.flash.controllers  # no key of a building that does not have the door


# Rename or move a door ---------------------------------------------------------------------


async def test_reconfigure_door(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, device_registry: dr.DeviceRegistry
) -> None:
    door = next(d for d in loaded.subentries.values() if d.title == "Entrance")
    before = dict(door.data)

    result = await hass.config_entries.subentries.async_init(
        (loaded.entry_id, SUBENTRY_DOOR),
        context={"source": SOURCE_RECONFIGURE, "subentry_id": door.subentry_id},
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "reconfigure"
    assert _without_building(result) == {
        "unit": "DK-3001",
    }
    assert _suggested(result) == {"name": "Entrance", "location": "entrance entrance"}

    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"name": " ", "location": "Storgata 1"}
    )
    assert result["step_id"] == "reconfigure"
    assert result["errors"] == {"name": "name_required"}
    assert _suggested(result) == {"name": " ", "location": "Storgata 1"}

    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"name": " Front   door ", "location": " Storgata  1 B "}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "door_updated"
    assert result["description_placeholders"] == {"door": "Front door"}
    await hass.async_block_till_done()

    door = loaded.subentries[door.subentry_id]
    assert door.title == "Front door"
    assert dict(door.data) == {**before, "location": "Storgata 1 B"}
    assert loaded.state is ConfigEntryState.LOADED
    device = device_registry.async_get_device_by_identifier(
        (DOMAIN, "D1C0FFEE3001"), loaded.entry_id
    )
    assert device is not None
    assert device.name == "Front door"
    await until(
        hass,
        lambda: hass.states.get("lock.entrance").attributes.get(ATTR_FRIENDLY_NAME) == "Front door",
    )


# Building options --------------------------------------------------------------------------

SETTINGS = {
    "battery_threshold",
    "company_ids",
    "allow_unattributed",
    "notify_target",
    "event_retention_days",
    "pin_min_length",
    "allow_resident_pins",
    "relock_after_s",
}
DEFAULTS = {
    "battery_threshold": 15,
    "company_ids": "0xFFFF",
    "allow_unattributed": False,
    "event_retention_days": 90,
    "pin_min_length": 6,
    "allow_resident_pins": False,
    "relock_after_s": 30,
}
"""What a new building's form offers (the notify target has no default: empty is none)."""
STORED = {
    "battery_threshold": 15,
    "company_ids": [0xFFFF],
    "allow_unattributed": False,
    "event_retention_days": 90,
    "pin_min_length": 6,
    "allow_resident_pins": False,
    "relock_after_s": 30,
}


async def test_options_change_battery_threshold(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    unit = site.units["entrance"].unit
    unit.set_battery(40)
    await until(hass, lambda: _state(hass, "sensor.entrance_battery") == "40")
    assert _state(hass, "binary_sensor.entrance_battery_critical") == STATE_OFF
    building = loaded.runtime_data

    result = await hass.config_entries.options.async_init(loaded.entry_id)
    assert result["step_id"] == "init"
    assert _fields(result) == SETTINGS  # nothing that does nothing
    assert _defaults(result) == {**DEFAULTS, "allow_unattributed": True}  # the test building's
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"battery_threshold": 45.0, "company_ids": "0xFFFF"}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert loaded.options == {**STORED, "battery_threshold": 45, "allow_unattributed": True}
    await hass.async_block_till_done()

    assert loaded.state is ConfigEntryState.LOADED
    assert loaded.runtime_data is building  # applied in place: no reload, no logbook noise
    result = await hass.config_entries.options.async_init(loaded.entry_id)
    assert _defaults(result) == {**DEFAULTS, "battery_threshold": 45, "allow_unattributed": True}
    hass.config_entries.options.async_abort(result["flow_id"])
    # The new level applies at once, without waiting for the unit to report again.
    assert _state(hass, "binary_sensor.entrance_battery_critical") == STATE_ON


async def test_options_keep_settings_of_earlier_versions(hass: HomeAssistant, site: Site) -> None:
    building = await _create_building(hass, "Solbakken borettslag")
    earlier = {"battery_threshold": 20, "log_retention_days": 365, "licence_vendor": "v1"}
    hass.config_entries.async_update_entry(building, options=earlier)
    await hass.async_block_till_done()

    result = await hass.config_entries.options.async_init(building.entry_id)
    assert _fields(result) == SETTINGS
    # The retention set under its earlier name is what the form offers.
    assert _defaults(result) == {**DEFAULTS, "battery_threshold": 20, "event_retention_days": 365}
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"battery_threshold": 25, "company_ids": "ffff"}
    )

    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert building.options == {
        **STORED,
        "licence_vendor": "v1",
        "battery_threshold": 25,
        "event_retention_days": 365,
    }
    await hass.async_block_till_done()
    assert building.state is ConfigEntryState.LOADED


async def test_options_store_company_ids_in_the_order_written_each_once(
    hass: HomeAssistant, site: Site
) -> None:
    building = await _create_building(hass, "Solbakken borettslag")

    result = await hass.config_entries.options.async_init(building.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"battery_threshold": 15, "company_ids": " 0a1b, FFFF;0x0A1B "}
    )

    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert building.options == {**STORED, "company_ids": [0x0A1B, 0xFFFF]}
    await hass.async_block_till_done()
    assert building.runtime_data.company_ids == (0x0A1B, 0xFFFF)
    result = await hass.config_entries.options.async_init(building.entry_id)
    assert _defaults(result)["company_ids"] == "0x0A1B, 0xFFFF"
    hass.config_entries.options.async_abort(result["flow_id"])


@pytest.mark.parametrize(
    ("text", "error", "value"),
    [
        ("0xFFFF, door", "company_id_not_hex", "door"),
        ("0x1FFFF", "company_id_out_of_range", "0x1FFFF"),
        (" , ", "company_ids_empty", ""),
    ],
    ids=["not_hex", "out_of_range", "empty"],
)
async def test_options_refuse_what_is_no_list_of_company_ids(
    hass: HomeAssistant, site: Site, text: str, error: str, value: str
) -> None:
    building = await _create_building(hass, "Solbakken borettslag")
    before = dict(building.options)
    typed = {"battery_threshold": 30, "company_ids": text}

    result = await hass.config_entries.options.async_init(building.entry_id)
    result = await hass.config_entries.options.async_configure(result["flow_id"], typed)

    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "init"
    assert result["errors"] == {"company_ids": error}
    message = EN["options"]["error"][error]
    placeholders = dict(result["description_placeholders"] or {})
    assert _placeholders(message) <= set(placeholders)
    if "{value}" in message:
        assert placeholders["value"] == value
    # What was typed stays, to be corrected (the settings not typed at their defaults).
    assert _suggested(result) == {**DEFAULTS, **typed, "notify_target": None}
    assert dict(building.options) == before  # nothing stored

    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {**typed, "company_ids": "0xFFFF"}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert building.options == {**STORED, "battery_threshold": 30}


def test_options_form_errors_are_translated() -> None:
    keys = {
        ERROR_NOT_HEX,
        ERROR_OUT_OF_RANGE,
        ERROR_EMPTY,
        "notify_target_unknown",
        "pin_min_length_range",
        "relock_after_range",
    }
    assert keys == set(EN["options"]["error"])
    assert _placeholders(EN["options"]["error"]["relock_after_range"]) == {"seconds"}
    assert _placeholders(EN["options"]["error"]["pin_min_length_range"]) == {"length"}
    for key in (ERROR_NOT_HEX, ERROR_OUT_OF_RANGE):
        assert _placeholders(EN["options"]["error"][key]) == {"value"}
    assert _placeholders(EN["options"]["error"][ERROR_EMPTY]) == set()


async def test_doors_keep_their_state_when_options_change(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    assert _state(hass, "lock.entrance") == "locked"

    hass.config_entries.async_update_entry(loaded, options={"battery_threshold": 20})
    await hass.async_block_till_done()

    await until(hass, lambda: _state(hass, "lock.entrance") == "locked")


async def test_door_added_without_an_address_says_no_more(hass: HomeAssistant, site: Site) -> None:
    building = await _create_building(hass, "Solbakken borettslag")
    sim = await site.add_unit("entrance", pairing=True)
    result = await _discovered(hass, sim)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {**PAIR_INPUT, "location": ""}
    )
    assert result["reason"] == "door_added"
    assert result["description_placeholders"] == {
        "door": "Main entrance",
        "building": "Solbakken borettslag",
    }
    (door,) = building.subentries.values()
    assert door.data["location"] == ""


async def test_current_units_do_not_speak_a_newer_protocol(hass: HomeAssistant, site: Site) -> None:
    sim = await site.add_unit("entrance", pairing=True)
    info = await site.wait_for_advert(sim)
    assert not speaks_newer_protocol(info, DEFAULT_MANUFACTURER_IDS)


async def test_options_take_an_existing_notify_action_for_the_board(
    hass: HomeAssistant, site: Site
) -> None:
    building = await _create_building(hass, "Solbakken borettslag")

    async def board(call: object) -> None:
        """A notify action of the board."""

    hass.services.async_register("notify", "board", board)
    typed = {"battery_threshold": 15, "company_ids": "0xFFFF", "notify_target": "notify.nobody"}

    result = await hass.config_entries.options.async_init(building.entry_id)
    result = await hass.config_entries.options.async_configure(result["flow_id"], typed)
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"notify_target": "notify_target_unknown"}
    assert result["description_placeholders"] == {"value": "notify.nobody"}

    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {**typed, "notify_target": " board "}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert building.options == {**STORED, "notify_target": "notify.board"}

    result = await hass.config_entries.options.async_init(building.entry_id)
    assert _suggested(result)["notify_target"] == "notify.board"
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"battery_threshold": 15, "company_ids": "0xFFFF"}
    )
    assert building.options == STORED  # cleared: no target


async def test_options_set_the_pin_codes_of_the_building(hass: HomeAssistant, site: Site) -> None:
    building = await _create_building(hass, "Solbakken borettslag")
    result = await hass.config_entries.options.async_init(building.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {
            "battery_threshold": 15,
            "company_ids": "0xFFFF",
            "pin_min_length": 8.0,
            "allow_resident_pins": True,
        },
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert building.options == {**STORED, "pin_min_length": 8, "allow_resident_pins": True}
    result = await hass.config_entries.options.async_init(building.entry_id)
    assert _defaults(result) == {**DEFAULTS, "pin_min_length": 8, "allow_resident_pins": True}
    for length, shown in ((3.0, "3"), (9, "9"), (4.5, "4.5")):
        result = await hass.config_entries.options.async_configure(
            result["flow_id"],
            {"battery_threshold": 15, "company_ids": "0xFFFF", "pin_min_length": length},
        )
        # Told in words the translations hold, not the selector's "Value 3.0 is too small".
        assert result["type"] is FlowResultType.FORM
        assert result["errors"] == {"pin_min_length": "pin_min_length_range"}
        assert result["description_placeholders"] == {"length": shown}
    with pytest.raises(InvalidData):  # not a number at all
        await hass.config_entries.options.async_configure(
            result["flow_id"],
            {"battery_threshold": 15, "company_ids": "0xFFFF", "pin_min_length": "four"},
        )
    (field,) = [f for f in result["data_schema"].schema if f == "pin_min_length"]
    number = result["data_schema"].schema[field].serialize()["selector"]["number"]
    assert (number["min"], number["max"], number["step"], number["mode"]) == (4, 8, 1, "box")
    hass.config_entries.options.async_abort(result["flow_id"])
    assert building.options["pin_min_length"] == 8


async def test_options_set_the_time_doors_lock_again_after(hass: HomeAssistant, site: Site) -> None:
    building = await _create_building(hass, "Solbakken borettslag")
    typed = {"battery_threshold": 15, "company_ids": "0xFFFF"}
    result = await hass.config_entries.options.async_init(building.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {**typed, "relock_after_s": 0.0}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert building.options == {**STORED, "relock_after_s": 0}  # 0: never
    result = await hass.config_entries.options.async_init(building.entry_id)
    assert _defaults(result) == {**DEFAULTS, "relock_after_s": 0}
    for seconds, shown in ((-1, "-1"), (3601, "3601"), (2.5, "2.5")):
        result = await hass.config_entries.options.async_configure(
            result["flow_id"], {**typed, "relock_after_s": seconds}
        )
        assert result["type"] is FlowResultType.FORM
        assert result["errors"] == {"relock_after_s": "relock_after_range"}
        assert result["description_placeholders"] == {"seconds": shown}
        message = EN["options"]["error"]["relock_after_range"].format(seconds=shown)
        assert "0 to 3600" in message
        assert shown in message
    (field,) = [f for f in result["data_schema"].schema if f == "relock_after_s"]
    number = result["data_schema"].schema[field].serialize()["selector"]["number"]
    assert (number["min"], number["max"], number["step"]) == (0, 3600, 1)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {**typed, "relock_after_s": 3600}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert building.options["relock_after_s"] == 3600


@pytest.mark.parametrize("days", [0, 3651])
async def test_options_keep_the_event_log_between_a_day_and_ten_years(
    hass: HomeAssistant, site: Site, days: int
) -> None:
    building = await _create_building(hass, "Solbakken borettslag")
    result = await hass.config_entries.options.async_init(building.entry_id)
    with pytest.raises(InvalidData):
        await hass.config_entries.options.async_configure(
            result["flow_id"],
            {"battery_threshold": 15, "company_ids": "0xFFFF", "event_retention_days": days},
        )
    hass.config_entries.options.async_abort(result["flow_id"])
