"""A reference door unit reached through Home Assistant's real Bluetooth manager."""

from __future__ import annotations

import bleak_retry_connector
from homeassistant.components import bluetooth
from homeassistant.core import HomeAssistant

from custom_components.digitalkey.protocol.advertisement import AdvertPayload
from custom_components.digitalkey.protocol.client import DoorUnitClient, pair
from custom_components.digitalkey.protocol.constants import LockState
from custom_components.digitalkey.protocol.gatt import MANUFACTURER_ID, SERVICE_UUID
from custom_components.digitalkey.protocol.keys import StaticKey
from simulator.door_unit import DoorUnit, UnitConfig
from simulator.ha_proxy import SimulatedProxy
from simulator.radio import VirtualRadio

from .test_ha_proxy import wait_for_service_info

ADDRESS = "D0:0E:C4:00:02:01"


async def test_status_exchange_through_ha_bluetooth(
    hass: HomeAssistant, radio: VirtualRadio, simulated_proxy: SimulatedProxy
) -> None:
    unit = DoorUnit(UnitConfig(unit_id=bytes.fromhex("D1C0FFEE0A0B"), setup_code="16180339"))
    peripheral = await radio.add_peripheral(ADDRESS, unit)
    unit.attach(peripheral)
    await peripheral.start_advertising()
    unit.press_pairing_button()
    try:
        await wait_for_service_info(
            hass,
            ADDRESS,
            lambda info: AdvertPayload.decode(info.manufacturer_data[MANUFACTURER_ID]).pairing_mode,
        )
        infos = {info.address: info for info in bluetooth.async_discovered_service_info(hass)}
        info = infos[ADDRESS]
        assert SERVICE_UUID in info.service_uuids
        assert info.name == "DK-0A0B"
        advert = AdvertPayload.decode(info.manufacturer_data[MANUFACTURER_ID])
        assert advert.unit_id == unit.unit_id
        assert advert.pairing_mode

        device = bluetooth.async_ble_device_from_address(hass, ADDRESS, connectable=True)
        assert device is not None
        hub_key = StaticKey.generate()
        ble = await bleak_retry_connector.establish_connection(
            bleak_retry_connector.BleakClientWithServiceCache, device, "DK-0A0B"
        )
        result = await pair(ble, setup_code="16180339", hub_key=hub_key, label="HA")
        client = DoorUnitClient(
            ble, unit_id=result.unit_id, hub_key=hub_key, unit_public=result.unit_public
        )
        await client.start()
        snapshot = await client.status()
        assert snapshot.lock_state is LockState.LOCKED
        assert snapshot.battery_percent == unit.battery_percent
        assert await client.unlock(challenge=unit.challenge) is LockState.UNLOCKED
        await client.close()
        await ble.disconnect()
    finally:
        unit.detach()
