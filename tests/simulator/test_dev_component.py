"""The development server's `digitalkey_simulator` component inside Home Assistant."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
import json
from pathlib import Path
import sys
from typing import Any

import bleak_retry_connector
from homeassistant.components import bluetooth
from homeassistant.const import EVENT_HOMEASSISTANT_STOP
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.setup import async_setup_component
import homeassistant.util.dt as dt_util
import probatio
import pytest
from pytest_homeassistant_custom_component.common import async_fire_time_changed

import custom_components
from custom_components.digitalkey.protocol.advertisement import AdvertPayload, local_name
from custom_components.digitalkey.protocol.client import pair
from custom_components.digitalkey.protocol.constants import DoorState, LockState, LogEvent, Role
from custom_components.digitalkey.protocol.gatt import MANUFACTURER_ID, SERVICE_UUID
from custom_components.digitalkey.protocol.keys import StaticKey
from simulator import digitalkey_simulator
from simulator.digitalkey_simulator import DATA_BUILDING
from simulator.digitalkey_simulator.building import SimulatedBuilding
from simulator.digitalkey_simulator.const import (
    DOMAIN,
    DOORS,
    PROXY_SOURCE,
    SAVE_DELAY,
    STATE_FILE,
)
from simulator.door_unit import PairedController

from .test_ha_proxy import wait_for_service_info

REPO = Path(__file__).resolve().parents[2]
DOOR = {door.name: door for door in DOORS}


@pytest.fixture
def config_dir(
    hass: HomeAssistant,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    enable_custom_integrations: None,
) -> Path:
    """A config dir whose custom_components hold only the simulator, as scripts/develop links it.

    The package is also registered under its checkout name, so that the loader's module and
    the one the tests import are the same (and coverage sees the checkout's files).
    """
    links = tmp_path / "custom_components"
    links.mkdir()
    component = REPO / "simulator" / "digitalkey_simulator"
    (links / DOMAIN).symlink_to(component, target_is_directory=True)
    monkeypatch.setattr(custom_components, "__path__", [str(links)])
    monkeypatch.setitem(sys.modules, f"custom_components.{DOMAIN}", digitalkey_simulator)
    config = tmp_path / "config"
    config.mkdir()
    monkeypatch.setattr(hass.config, "config_dir", str(config))
    return config


@pytest.fixture
async def building(
    hass: HomeAssistant, enable_bluetooth: None, config_dir: Path
) -> AsyncIterator[SimulatedBuilding]:
    """The building of the set-up component.

    Afterwards, discovery flows the units started (ours and kegtron's, which matches the
    same company id) finish loading before the test's Home Assistant stops.
    """
    assert await async_setup_component(hass, DOMAIN, {DOMAIN: {}})
    await hass.async_block_till_done()
    yield hass.data[DATA_BUILDING]
    await hass.async_block_till_done(wait_background_tasks=True)


def advert(info: bluetooth.BluetoothServiceInfoBleak) -> AdvertPayload:
    return AdvertPayload.decode(info.manufacturer_data[MANUFACTURER_ID])


async def call(hass: HomeAssistant, service: str, **data: Any) -> Any:
    return await hass.services.async_call(
        DOMAIN, service, data, blocking=True, return_response=service in RESPONDING
    )


RESPONDING = {"enter_pin", "present_tag"}


async def test_three_units_appear_behind_the_proxy(
    hass: HomeAssistant, building: SimulatedBuilding
) -> None:
    for door in DOORS:
        await wait_for_service_info(hass, door.address)
    infos = {info.address: info for info in bluetooth.async_discovered_service_info(hass)}

    for door in DOORS:
        info = infos[door.address]
        assert info.name == local_name(door.unit_id)
        assert info.source == PROXY_SOURCE
        assert info.connectable
        assert SERVICE_UUID in info.service_uuids
        assert advert(info).unit_id == door.unit_id
        assert advert(info).pairing_mode is door.pairing_at_start
        assert not advert(info).paired
    assert bluetooth.async_scanner_by_source(hass, PROXY_SOURCE) is building.proxy.scanner
    assert building.proxy.connection_slots == 3


async def test_pairing_button_service_opens_the_pairing_window(
    hass: HomeAssistant, building: SimulatedBuilding
) -> None:
    garage = DOOR["garage"]
    await wait_for_service_info(hass, garage.address)

    await call(hass, "press_pairing_button", door="garage")

    info = await wait_for_service_info(hass, garage.address, lambda i: advert(i).pairing_mode)
    assert advert(info).unit_id == garage.unit_id
    assert building.unit("garage").pairing_mode
    assert not building.unit("laundry").pairing_mode


async def test_pairing_button_of_a_paired_unit_is_refused(
    hass: HomeAssistant, building: SimulatedBuilding
) -> None:
    unit = building.unit("laundry")
    hub = PairedController(StaticKey.generate().public, Role.ADMIN, "Hub")
    unit.flash.controllers[hub.key_id] = hub
    with pytest.raises(ServiceValidationError, match="paired"):
        await call(hass, "press_pairing_button", door="laundry")


async def test_hook_services_change_the_unit(
    hass: HomeAssistant, building: SimulatedBuilding
) -> None:
    entrance = building.unit("entrance")
    counter = entrance.change_counter

    await call(hass, "set_battery", door="entrance", percent=10)
    assert entrance.battery_percent == 10
    assert entrance.flash.log.records[-1].event is LogEvent.BATTERY_LOW
    await call(hass, "open_door", door="entrance")
    assert entrance.door_state is DoorState.OPEN
    await call(hass, "close_door", door="entrance")
    assert entrance.door_state is DoorState.CLOSED
    await call(hass, "jam", door="entrance")
    assert entrance.jammed
    assert entrance.lock_state is LockState.JAMMED
    await call(hass, "clear_jam", door="entrance")
    assert not entrance.jammed
    await call(hass, "press_inside_button", door="entrance")
    assert entrance.lock_state is LockState.UNLOCKED
    assert await call(hass, "enter_pin", door="entrance", pin="1234") == {"opened": False}
    assert await call(hass, "present_tag", door="entrance", uid="04:a2:2b:7c") == {"opened": False}
    assert entrance.flash.log.records[-1].event is LogEvent.DENIED
    assert entrance.change_counter > counter

    boots = building.unit("garage").flash.boot_count
    await call(hass, "reboot", door="garage")
    assert building.unit("garage").flash.boot_count == boots + 1

    key = building.unit("laundry").flash.static
    await call(hass, "factory_reset", door="laundry")
    assert building.unit("laundry").flash.static != key

    await call(hass, "set_reachable", door="garage", reachable=False)
    assert not building.peripherals["garage"].on_air
    await call(hass, "set_reachable", door="garage", reachable=True)
    assert building.peripherals["garage"].on_air


@pytest.mark.parametrize(
    ("service", "data", "error"),
    [
        ("open_door", {"door": "laundry"}, ServiceValidationError),
        ("enter_pin", {"door": "laundry", "pin": "1234"}, ServiceValidationError),
        ("present_tag", {"door": "garage", "uid": "04a22b7c"}, ServiceValidationError),
        ("jam", {"door": "cellar"}, probatio.Invalid),
        ("set_battery", {"door": "garage", "percent": 101}, probatio.Invalid),
        ("enter_pin", {"door": "entrance", "pin": "12ab"}, probatio.Invalid),
        ("present_tag", {"door": "entrance", "uid": "not hex"}, probatio.Invalid),
    ],
)
async def test_services_refuse_what_the_door_cannot_do(
    hass: HomeAssistant,
    building: SimulatedBuilding,
    service: str,
    data: dict[str, Any],
    error: type,
) -> None:
    with pytest.raises(error):
        await call(hass, service, **data)


async def test_state_is_saved_and_restored_across_restarts(
    hass: HomeAssistant, building: SimulatedBuilding, config_dir: Path
) -> None:
    path = config_dir / STATE_FILE
    saved = json.loads(path.read_text())["units"]
    assert set(saved) == {door.name for door in DOORS}
    keys = {name: building.unit(name).flash.static for name in saved}

    await call(hass, "set_battery", door="garage", percent=33)
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=SAVE_DELAY + 1))
    await hass.async_block_till_done()
    assert json.loads(path.read_text())["units"]["garage"]["state"]["battery_percent"] == 33

    await call(hass, "open_door", door="entrance")
    hass.bus.async_fire(EVENT_HOMEASSISTANT_STOP)
    await hass.async_block_till_done()
    assert bluetooth.async_scanner_by_source(hass, PROXY_SOURCE) is None
    assert json.loads(path.read_text())["units"]["entrance"]["state"]["door_state"] == "OPEN"

    again = SimulatedBuilding(hass, path)
    await again.async_start()
    try:
        assert {name: again.unit(name).flash.static for name in saved} == keys
        assert again.unit("garage").battery_percent == 33
        assert again.unit("entrance").door_state is DoorState.OPEN
        assert again.unit("entrance").pairing_mode  # factory state: the window opens again
    finally:
        await again.async_stop()


async def test_corrupt_state_file_is_moved_aside(
    hass: HomeAssistant, enable_bluetooth: None, config_dir: Path
) -> None:
    (config_dir / STATE_FILE).write_text("{")
    assert await async_setup_component(hass, DOMAIN, {DOMAIN: {}})
    await hass.async_block_till_done()
    assert (config_dir / f"{STATE_FILE}.corrupt").read_text() == "{"
    assert set(json.loads((config_dir / STATE_FILE).read_text())["units"]) == set(DOOR)


async def test_a_pairing_through_the_proxy_is_saved(
    hass: HomeAssistant, building: SimulatedBuilding, config_dir: Path
) -> None:
    entrance = DOOR["entrance"]
    await wait_for_service_info(hass, entrance.address)
    device = bluetooth.async_ble_device_from_address(hass, entrance.address, connectable=True)
    assert device is not None
    ble = await bleak_retry_connector.establish_connection(
        bleak_retry_connector.BleakClientWithServiceCache, device, entrance.name
    )
    result = await pair(
        ble, setup_code=entrance.setup_code, hub_key=StaticKey.generate(), label="Test hub"
    )
    await ble.disconnect()
    assert result.unit_id == entrance.unit_id
    await wait_for_service_info(hass, entrance.address, lambda info: advert(info).paired)

    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=SAVE_DELAY + 1))
    await hass.async_block_till_done()

    flash = json.loads((config_dir / STATE_FILE).read_text())["units"]["entrance"]["flash"]
    assert [controller["label"] for controller in flash["controllers"]] == ["Test hub"]
    assert flash["log"]["next_seq"] == building.unit("entrance").flash.log.next_seq
