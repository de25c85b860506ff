"""BumbleBleakClient through bleak's public API against the echo door unit."""

import asyncio
from collections.abc import AsyncIterator, Callable

from bleak import BleakClient
from bleak.backends.characteristic import BleakGATTCharacteristic
from bleak.backends.device import BLEDevice
from bleak.exc import BleakError
import pytest

from custom_components.digitalkey.protocol.gatt import (
    INFO_CHAR_UUID,
    RX_CHAR_UUID,
    SERVICE_UUID,
    TX_CHAR_UUID,
)
from simulator.bleak_backend import BumbleBleakClient, LinkStats, register_central
from simulator.radio import RadioCentral, RadioPeripheral, VirtualRadio

from .conftest import CENTRAL_ADDRESS, ECHO_ADDRESS, ECHO_INFO, EchoHandler

CCCD_UUID = "00002902-0000-1000-8000-00805f9b34fb"


@pytest.fixture
async def registered_central(central: RadioCentral) -> AsyncIterator[RadioCentral]:
    unregister = register_central(CENTRAL_ADDRESS, central)
    yield central
    unregister()


def echo_device(source: str = CENTRAL_ADDRESS) -> BLEDevice:
    return BLEDevice(ECHO_ADDRESS, "DK-ECH0", {"source": source})


class Notifications:
    def __init__(self) -> None:
        self.queue: asyncio.Queue[bytes] = asyncio.Queue()

    def __call__(self, _characteristic: BleakGATTCharacteristic, data: bytearray) -> None:
        self.queue.put_nowait(bytes(data))

    async def next(self) -> bytes:
        async with asyncio.timeout(1):
            return await self.queue.get()


def backend_of(client: BleakClient) -> BumbleBleakClient:
    backend = client._backend
    assert isinstance(backend, BumbleBleakClient)
    return backend


def disconnect_waiter() -> tuple[asyncio.Future[BleakClient], Callable[[BleakClient], None]]:
    future: asyncio.Future[BleakClient] = asyncio.get_running_loop().create_future()

    def callback(client: BleakClient) -> None:
        if not future.done():
            future.set_result(client)

    return future, callback


async def test_echo_round_trip_through_bleak_client(
    registered_central: RadioCentral,
    echo_peripheral: RadioPeripheral,
    echo_handler: EchoHandler,
) -> None:
    client = BleakClient(echo_device(), backend=BumbleBleakClient, timeout=1)
    await client.connect()
    assert client.is_connected
    assert client.mtu_size == 247
    assert client.name == "DK-ECH0"

    assert await client.read_gatt_char(INFO_CHAR_UUID) == ECHO_INFO
    notifications = Notifications()
    await client.start_notify(TX_CHAR_UUID, notifications)
    await client.write_gatt_char(RX_CHAR_UUID, b"with response", response=True)
    assert await notifications.next() == b"with response"
    await client.write_gatt_char(RX_CHAR_UUID, b"without", response=False)
    assert await notifications.next() == b"without"

    assert echo_handler.writes == [(b"with response", True), (b"without", False)]
    assert backend_of(client).stats == LinkStats(
        writes=2,
        notifications=2,
        reads=1,
        att_bytes=(3 + 1 + len(ECHO_INFO)) + 2 * (3 + 13) + 2 * (3 + 7),
    )
    await client.disconnect()
    assert not client.is_connected


async def test_services_are_a_real_bleak_collection(
    registered_central: RadioCentral, echo_peripheral: RadioPeripheral
) -> None:
    async with BleakClient(echo_device(), backend=BumbleBleakClient, timeout=1) as client:
        service = client.services.get_service(SERVICE_UUID)
        assert service is not None
        rx = client.services.get_characteristic(RX_CHAR_UUID)
        tx = client.services.get_characteristic(TX_CHAR_UUID)
        info = client.services.get_characteristic(INFO_CHAR_UUID)
        assert rx is not None
        assert tx is not None
        assert info is not None
        assert rx.service_uuid == SERVICE_UUID
        assert sorted(rx.properties) == ["write", "write-without-response"]
        assert tx.properties == ["notify"]
        assert info.properties == ["read"]
        cccd = tx.get_descriptor(CCCD_UUID)
        assert cccd is not None
        assert rx.max_write_without_response_size == 244
        assert await client.read_gatt_descriptor(cccd.handle) == b"\x00\x00"


async def test_service_filter_limits_discovery(
    registered_central: RadioCentral, echo_peripheral: RadioPeripheral
) -> None:
    client = BleakClient(
        echo_device(), services=[SERVICE_UUID], backend=BumbleBleakClient, timeout=1
    )
    async with client:
        assert [service.uuid for service in client.services] == [SERVICE_UUID]


async def test_explicit_central_without_registry(
    central: RadioCentral, echo_peripheral: RadioPeripheral
) -> None:
    backend = BumbleBleakClient(ECHO_ADDRESS.lower(), central=central, timeout=1)
    await backend.connect(pair=False)
    assert backend.is_connected
    assert backend.services is not None
    rx = backend.services.get_characteristic(RX_CHAR_UUID)
    assert rx is not None
    await backend.write_gatt_char(rx, b"direct", response=True)
    await backend.disconnect()
    assert not backend.is_connected


@pytest.mark.parametrize("mtu", [23, 185])
async def test_mtu_size_follows_central_limit(
    radio: VirtualRadio, echo_peripheral: RadioPeripheral, mtu: int
) -> None:
    central = await radio.add_central(CENTRAL_ADDRESS, max_mtu=mtu)
    async with BleakClient(
        ECHO_ADDRESS, backend=BumbleBleakClient, central=central, timeout=1
    ) as client:
        assert client.mtu_size == mtu
        rx = client.services.get_characteristic(RX_CHAR_UUID)
        assert rx is not None
        assert rx.max_write_without_response_size == mtu - 3
        with pytest.raises(BleakError, match="exceeds MTU"):
            await client.write_gatt_char(rx, bytes(mtu - 2), response=False)
        # A write request longer than MTU - 3 becomes a long (prepared) write.
        await client.write_gatt_char(rx, bytes(mtu), response=True)


async def test_disconnected_callback_when_peripheral_drops_link(
    registered_central: RadioCentral,
    echo_peripheral: RadioPeripheral,
    echo_handler: EchoHandler,
) -> None:
    dropped, on_disconnect = disconnect_waiter()
    client = BleakClient(echo_device(), on_disconnect, backend=BumbleBleakClient, timeout=1)
    await client.connect()
    await echo_handler.wait_for("connect")

    await echo_handler.links[0].disconnect()

    assert await asyncio.wait_for(dropped, 1) is client
    assert not client.is_connected
    with pytest.raises(BleakError, match="Not connected"):
        await client.write_gatt_char(RX_CHAR_UUID, b"late", response=True)


async def test_disconnected_callback_when_peripheral_goes_out_of_range(
    registered_central: RadioCentral, echo_peripheral: RadioPeripheral
) -> None:
    dropped, on_disconnect = disconnect_waiter()
    client = BleakClient(echo_device(), on_disconnect, backend=BumbleBleakClient, timeout=0.1)
    await client.connect()

    echo_peripheral.set_reachable(False)

    assert await asyncio.wait_for(dropped, 1) is client
    with pytest.raises(TimeoutError):
        await client.connect()


async def test_disconnected_callback_on_own_disconnect(
    registered_central: RadioCentral, echo_peripheral: RadioPeripheral
) -> None:
    dropped, on_disconnect = disconnect_waiter()
    client = BleakClient(echo_device(), on_disconnect, backend=BumbleBleakClient, timeout=1)
    await client.connect()
    await client.disconnect()
    assert dropped.done()


async def test_stats_reset_on_each_connect(
    registered_central: RadioCentral, echo_peripheral: RadioPeripheral
) -> None:
    client = BleakClient(echo_device(), backend=BumbleBleakClient, timeout=1)
    await client.connect()
    await client.write_gatt_char(RX_CHAR_UUID, b"one", response=True)
    assert backend_of(client).stats.writes == 1
    await client.disconnect()
    await client.connect()
    assert backend_of(client).stats == LinkStats()
    await client.disconnect()


async def test_stop_notify_unsubscribes(
    registered_central: RadioCentral,
    echo_peripheral: RadioPeripheral,
    echo_handler: EchoHandler,
) -> None:
    async with BleakClient(echo_device(), backend=BumbleBleakClient, timeout=1) as client:
        notifications = Notifications()
        await client.start_notify(TX_CHAR_UUID, notifications)
        assert [link.subscribed for link in echo_handler.links] == [True]
        await client.stop_notify(TX_CHAR_UUID)
        assert [link.subscribed for link in echo_handler.links] == [False]
        await client.write_gatt_char(RX_CHAR_UUID, b"unheard", response=True)
        await echo_handler.drain()
        assert notifications.queue.empty()


async def test_connect_times_out_when_peripheral_is_not_advertising(
    registered_central: RadioCentral, echo_peripheral: RadioPeripheral
) -> None:
    await echo_peripheral.stop_advertising()
    client = BleakClient(echo_device(), backend=BumbleBleakClient, timeout=0.05)
    with pytest.raises(TimeoutError):
        await client.connect()


async def test_no_free_slot_is_a_bleak_error(
    registered_central: RadioCentral, echo_peripheral: RadioPeripheral
) -> None:
    registered_central.max_connections = 0
    client = BleakClient(echo_device(), backend=BumbleBleakClient, timeout=1)
    with pytest.raises(BleakError, match="connection slot"):
        await client.connect()


async def test_unknown_source_is_a_bleak_error(echo_peripheral: RadioPeripheral) -> None:
    client = BleakClient(echo_device("11:22:33:44:55:66"), backend=BumbleBleakClient, timeout=1)
    with pytest.raises(BleakError, match="no simulated central"):
        await client.connect()


async def test_pair_encrypts_and_unpair_disconnects(
    registered_central: RadioCentral, echo_peripheral: RadioPeripheral
) -> None:
    client = BleakClient(echo_device(), backend=BumbleBleakClient, timeout=1, pair=True)
    await client.connect()
    link = backend_of(client)._link
    assert link is not None
    assert link.connection.is_encrypted
    await client.unpair()
    assert not client.is_connected
