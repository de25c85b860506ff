"""The simulated proxy inside Home Assistant's real Bluetooth stack.

Home Assistant does not count ``connection_slots`` of remote scanners itself: it only
registers them with the (BlueZ-only) slot manager and asks the scanner's
``connector.can_connect()`` before routing a connection through it. Like an ESPHome
proxy, the simulated one answers with whether it has a free slot, so with all slots
in use Home Assistant skips it and raises a BleakError ("No backend with an available
connection slot ..."). bleak-retry-connector counts that as a transient out-of-slots
error: it backs off BLEAK_OUT_OF_SLOTS_BACKOFF_TIME (4 s) and retries, up to
MAX_TRANSIENT_ERRORS (9) times whatever max_attempts says, then raises
BleakOutOfConnectionSlotsError. Nothing is queued. The proxy's central still refuses
a connection beyond its slots (a BleakError naming "connection slot"), for two
connections that both found a slot free.
"""

import asyncio
from collections.abc import Callable
import time

from bleak import BleakClient
from bleak.backends.characteristic import BleakGATTCharacteristic
from bleak.backends.client import BaseBleakClient
import bleak_retry_connector
from bleak_retry_connector import BleakOutOfConnectionSlotsError
from habluetooth import HaBleakClientWrapper
from homeassistant.components import bluetooth
from homeassistant.core import HomeAssistant
import pytest

from custom_components.digitalkey.protocol.gatt import (
    INFO_CHAR_UUID,
    MANUFACTURER_ID,
    RX_CHAR_UUID,
    SERVICE_UUID,
    TX_CHAR_UUID,
)
from simulator.bleak_backend import BumbleBleakClient, central_for_source
from simulator.ha_proxy import SimulatedProxy
from simulator.radio import RadioPeripheral, VirtualRadio

from .conftest import (
    ECHO_ADDRESS,
    ECHO_ADDRESS_2,
    ECHO_INFO,
    PROXY_SOURCE,
    EchoHandler,
    echo_advertisement as make_advertisement,
)


async def wait_for_service_info(
    hass: HomeAssistant,
    address: str,
    predicate: Callable[[bluetooth.BluetoothServiceInfoBleak], bool] = lambda _info: True,
    timeout: float = 1.0,
) -> bluetooth.BluetoothServiceInfoBleak:
    """Wait until HA's manager dispatches a matching advertisement of ``address``."""
    future: asyncio.Future[bluetooth.BluetoothServiceInfoBleak] = (
        asyncio.get_running_loop().create_future()
    )

    def on_advertisement(
        info: bluetooth.BluetoothServiceInfoBleak, _change: bluetooth.BluetoothChange
    ) -> None:
        if predicate(info) and not future.done():
            future.set_result(info)

    cancel = bluetooth.async_register_callback(
        hass,
        on_advertisement,
        bluetooth.BluetoothCallbackMatcher(address=address),
        bluetooth.BluetoothScanningMode.PASSIVE,
    )
    try:
        return await asyncio.wait_for(future, timeout)
    finally:
        cancel()


async def connect_through_ha(
    hass: HomeAssistant,
    address: str,
    disconnected_callback: Callable[[BleakClient], None] | None = None,
    max_attempts: int = 4,
) -> BleakClient:
    device = bluetooth.async_ble_device_from_address(hass, address, connectable=True)
    assert device is not None
    # Read at call time: HA swaps in its wrapper classes when bluetooth is set up.
    client: BleakClient = await bleak_retry_connector.establish_connection(
        bleak_retry_connector.BleakClientWithServiceCache,
        device,
        "echo",
        disconnected_callback=disconnected_callback,
        max_attempts=max_attempts,
    )
    return client


def backend_of(client: BleakClient) -> BaseBleakClient | None:
    return client._backend


class Notifications:
    def __init__(self) -> None:
        self.queue: asyncio.Queue[bytes] = asyncio.Queue()

    def __call__(self, _characteristic: BleakGATTCharacteristic, data: bytearray) -> None:
        self.queue.put_nowait(bytes(data))

    async def next(self) -> bytes:
        async with asyncio.timeout(1):
            return await self.queue.get()


async def test_peripheral_appears_in_discovered_service_info(
    hass: HomeAssistant, simulated_proxy: SimulatedProxy, echo_peripheral: RadioPeripheral
) -> None:
    info = await wait_for_service_info(hass, ECHO_ADDRESS)

    assert info.source == PROXY_SOURCE
    assert info.connectable
    assert info.name == "DK-ECH0"
    assert SERVICE_UUID in info.service_uuids
    assert info.manufacturer_data == {MANUFACTURER_ID: bytes(19)}
    assert info.rssi == -60
    discovered = {
        service_info.address: service_info
        for service_info in bluetooth.async_discovered_service_info(hass)
    }
    assert discovered[ECHO_ADDRESS].manufacturer_data == {MANUFACTURER_ID: bytes(19)}
    assert bluetooth.async_scanner_by_source(hass, PROXY_SOURCE) is simulated_proxy.scanner


async def test_rotating_manufacturer_data_reaches_home_assistant(
    hass: HomeAssistant, simulated_proxy: SimulatedProxy, echo_peripheral: RadioPeripheral
) -> None:
    await wait_for_service_info(hass, ECHO_ADDRESS)
    for round_ in range(1, 4):
        payload = bytes([round_]) * 19

        def carries_payload(
            info: bluetooth.BluetoothServiceInfoBleak, payload: bytes = payload
        ) -> bool:
            return info.manufacturer_data[MANUFACTURER_ID] == payload

        started = time.perf_counter()
        echo_peripheral.set_advertisement(make_advertisement(payload=payload))
        info = await wait_for_service_info(hass, ECHO_ADDRESS, carries_payload)
        assert time.perf_counter() - started < 0.1
        assert info.manufacturer_data == {MANUFACTURER_ID: payload}


async def test_advertisements_are_reforwarded_only_while_reachable(
    hass: HomeAssistant,
    radio: VirtualRadio,
    simulated_proxy: SimulatedProxy,
    echo_peripheral: RadioPeripheral,
) -> None:
    scanner = simulated_proxy.scanner
    await wait_for_service_info(hass, ECHO_ADDRESS)
    first_seen = scanner.discovered_device_timestamps[ECHO_ADDRESS]
    heard: asyncio.Queue[str] = asyncio.Queue()
    # Registered after the proxy's listener, so the proxy has forwarded each event.
    simulated_proxy.central.add_advertisement_listener(
        lambda address, _rssi, _adv: heard.put_nowait(address)
    )
    radio.advertising_interval = 0.01
    for _ in range(3):
        assert await asyncio.wait_for(heard.get(), 1) == ECHO_ADDRESS
    assert scanner.discovered_device_timestamps[ECHO_ADDRESS] > first_seen

    echo_peripheral.set_reachable(False)
    await asyncio.sleep(0)
    while not heard.empty():
        heard.get_nowait()
    last_seen = scanner.discovered_device_timestamps[ECHO_ADDRESS]
    await asyncio.sleep(0.1)
    assert heard.empty()
    assert scanner.discovered_device_timestamps[ECHO_ADDRESS] == last_seen


async def test_establish_connection_echo_round_trip(
    hass: HomeAssistant,
    simulated_proxy: SimulatedProxy,
    echo_peripheral: RadioPeripheral,
    echo_handler: EchoHandler,
) -> None:
    await wait_for_service_info(hass, ECHO_ADDRESS)
    dropped: asyncio.Future[BleakClient] = asyncio.get_running_loop().create_future()

    client = await connect_through_ha(hass, ECHO_ADDRESS, dropped.set_result)

    assert isinstance(client, HaBleakClientWrapper)
    assert isinstance(backend_of(client), BumbleBleakClient)
    assert client.is_connected
    assert client.mtu_size == 247
    assert await client.read_gatt_char(INFO_CHAR_UUID) == ECHO_INFO
    notifications = Notifications()
    await client.start_notify(TX_CHAR_UUID, notifications)
    await client.write_gatt_char(RX_CHAR_UUID, b"unlock?", response=True)
    assert await notifications.next() == b"unlock?"
    await client.write_gatt_char(RX_CHAR_UUID, b"quick", response=False)
    assert await notifications.next() == b"quick"
    assert echo_handler.writes == [(b"unlock?", True), (b"quick", False)]

    await echo_handler.links[0].disconnect()
    assert await asyncio.wait_for(dropped, 1) is client
    assert not client.is_connected


async def test_a_full_proxy_is_not_offered_until_a_slot_frees(
    hass: HomeAssistant,
    radio: VirtualRadio,
    enable_bluetooth: None,
    echo_peripheral: RadioPeripheral,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(bleak_retry_connector, "BLEAK_OUT_OF_SLOTS_BACKOFF_TIME", 0.0)
    second = await radio.add_peripheral(ECHO_ADDRESS_2, EchoHandler())
    second.set_advertisement(make_advertisement(name="DK-ECH2"))
    await second.start_advertising()
    proxy = SimulatedProxy(hass, radio, PROXY_SOURCE, connection_slots=1)
    await proxy.async_start()
    try:
        await wait_for_service_info(hass, ECHO_ADDRESS)
        await wait_for_service_info(hass, ECHO_ADDRESS_2)
        first = await connect_through_ha(hass, ECHO_ADDRESS)
        assert not proxy.scanner.connector.can_connect()

        # Home Assistant itself refuses to route through the full proxy.
        with pytest.raises(BleakOutOfConnectionSlotsError, match="No backend with an available"):
            await connect_through_ha(hass, ECHO_ADDRESS_2, max_attempts=2)
        assert proxy.central.connections_in_use == 1

        await first.disconnect()
        assert proxy.scanner.connector.can_connect()
        other = await connect_through_ha(hass, ECHO_ADDRESS_2)
        assert other.is_connected
        await other.disconnect()
    finally:
        await proxy.async_stop()


async def test_async_stop_disconnects_and_unregisters(
    hass: HomeAssistant,
    simulated_proxy: SimulatedProxy,
    echo_peripheral: RadioPeripheral,
    echo_handler: EchoHandler,
) -> None:
    await wait_for_service_info(hass, ECHO_ADDRESS)
    dropped: asyncio.Future[BleakClient] = asyncio.get_running_loop().create_future()
    client = await connect_through_ha(hass, ECHO_ADDRESS, dropped.set_result)
    scanners = bluetooth.async_scanner_count(hass, connectable=True)

    await simulated_proxy.async_stop()
    await simulated_proxy.async_stop()
    await hass.async_block_till_done()

    assert await asyncio.wait_for(dropped, 1) is client
    assert not client.is_connected
    await echo_handler.wait_for("disconnect")
    assert bluetooth.async_scanner_by_source(hass, PROXY_SOURCE) is None
    assert bluetooth.async_scanner_count(hass, connectable=True) == scanners - 1
    assert central_for_source(PROXY_SOURCE) is None
    assert not simulated_proxy.started
    assert bluetooth.async_scanner_devices_by_address(hass, ECHO_ADDRESS) == []
