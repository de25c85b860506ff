"""Fixtures for the simulated radio: the virtual air, an echo door unit, a proxy."""

import asyncio
from collections.abc import AsyncIterator, Callable

from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
import pytest

from custom_components.digitalkey.protocol.gatt import (
    INFO_CHAR_UUID,
    MANUFACTURER_ID,
    RX_CHAR_UUID,
    SERVICE_UUID,
    TX_CHAR_UUID,
)
from simulator.ha_proxy import SimulatedProxy
from simulator.radio import (
    Advertisement,
    CentralLink,
    PeripheralLink,
    RadioCentral,
    RadioPeripheral,
    VirtualRadio,
)

ECHO_ADDRESS = "D0:0E:C4:00:00:01"
ECHO_ADDRESS_2 = "D0:0E:C4:00:00:02"
CENTRAL_ADDRESS = "AA:BB:CC:00:00:10"
PROXY_SOURCE = "AA:BB:CC:00:00:01"
ECHO_INFO = b"echo unit, protocol v1"


def echo_advertisement(name: str = "DK-ECH0", payload: bytes = bytes(19)) -> Advertisement:
    """An advertisement shaped like a door unit's."""
    return Advertisement(
        local_name=name,
        service_uuids=[SERVICE_UUID],
        manufacturer_data={MANUFACTURER_ID: payload},
    )


class EchoHandler:
    """Door-unit stand-in: notifies every RX write straight back."""

    def __init__(self) -> None:
        self.links: list[PeripheralLink] = []
        self.writes: list[tuple[bytes, bool]] = []
        self.disconnected: list[PeripheralLink] = []
        self.errors: list[BaseException] = []
        self.info = ECHO_INFO
        self._tasks: set[asyncio.Task[None]] = set()
        self._events: asyncio.Queue[str] = asyncio.Queue()

    def read_info(self) -> bytes:
        return self.info

    def on_connect(self, link: PeripheralLink) -> None:
        self.links.append(link)
        self._events.put_nowait("connect")

    def on_write(self, link: PeripheralLink, data: bytes, with_response: bool) -> None:
        self.writes.append((data, with_response))
        # Long (prepared) writes can exceed one notification: echo what fits.
        task = asyncio.get_running_loop().create_task(link.notify(data[: link.mtu - 3]))
        self._tasks.add(task)
        task.add_done_callback(self._notified)

    def _notified(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and (error := task.exception()) is not None:
            self.errors.append(error)

    def on_disconnect(self, link: PeripheralLink) -> None:
        self.disconnected.append(link)
        self._events.put_nowait("disconnect")

    async def wait_for(self, event: str, timeout: float = 1.0) -> None:
        """Wait for the next "connect" or "disconnect" (others are skipped)."""
        async with asyncio.timeout(timeout):
            while await self._events.get() != event:
                pass

    async def drain(self) -> None:
        """Let pending echo notifications finish (or fail once a link is gone)."""
        await asyncio.gather(*self._tasks, return_exceptions=True)


class AdvertisementLog:
    """Collects what a central hears and waits for matching advertisements."""

    def __init__(self, central: RadioCentral) -> None:
        self.events: list[tuple[str, int, Advertisement]] = []
        self._changed = asyncio.Event()
        self.remove = central.add_advertisement_listener(self._on_advertisement)

    def _on_advertisement(self, address: str, rssi: int, adv: Advertisement) -> None:
        self.events.append((address, rssi, adv))
        self._changed.set()

    def latest(self, address: str) -> tuple[int, Advertisement] | None:
        """Last (rssi, advertisement) heard from ``address``."""
        for event_address, rssi, adv in reversed(self.events):
            if event_address == address:
                return rssi, adv
        return None

    def count(self, address: str) -> int:
        """Number of advertising events heard from ``address``."""
        return sum(1 for event in self.events if event[0] == address)

    async def wait_for_count(self, address: str, count: int, timeout: float = 1.0) -> None:
        """Wait until ``count`` advertising events of ``address`` were heard."""
        async with asyncio.timeout(timeout):
            while self.count(address) < count:
                self._changed.clear()
                await self._changed.wait()

    async def wait_for(
        self,
        address: str,
        predicate: Callable[[Advertisement], bool] = lambda _adv: True,
        timeout: float = 1.0,
    ) -> tuple[int, Advertisement]:
        """Wait until an advertisement of ``address`` satisfies ``predicate``."""
        async with asyncio.timeout(timeout):
            start = 0
            while True:
                for event_address, rssi, adv in self.events[start:]:
                    if event_address == address and predicate(adv):
                        return rssi, adv
                start = len(self.events)
                self._changed.clear()
                await self._changed.wait()


class GattHandles:
    """The door-unit characteristics as seen through Bumble's GATT client."""

    def __init__(self, link: CentralLink) -> None:
        self.link = link
        self.notifications: asyncio.Queue[bytes] = asyncio.Queue()
        self.rx = self.tx = self.info = -1

    async def discover(self) -> GattHandles:
        link = self.link
        (service,) = await link.request(link.gatt_client.discover_service(SERVICE_UUID))
        characteristics = await link.request(service.discover_characteristics())
        for characteristic in characteristics:
            value = str(characteristic.uuid).lower()
            if value == RX_CHAR_UUID:
                self.rx = characteristic.handle
            elif value == TX_CHAR_UUID:
                await link.request(characteristic.discover_descriptors())
                await link.request(characteristic.subscribe(self.notifications.put_nowait))
                self.tx = characteristic.handle
            elif value == INFO_CHAR_UUID:
                self.info = characteristic.handle
        return self

    async def write(self, data: bytes, *, with_response: bool) -> None:
        await self.link.request(
            self.link.gatt_client.write_value(self.rx, data, with_response=with_response)
        )

    async def read_info(self) -> bytes:
        return bytes(await self.link.request(self.link.gatt_client.read_value(self.info)))

    async def next_notification(self, timeout: float = 1.0) -> bytes:
        async with asyncio.timeout(timeout):
            return await self.notifications.get()


@pytest.fixture
def echo_handler() -> EchoHandler:
    """The handler behind ``echo_peripheral``."""
    return EchoHandler()


@pytest.fixture
async def echo_peripheral(
    radio: VirtualRadio, echo_handler: EchoHandler
) -> AsyncIterator[RadioPeripheral]:
    """An advertising peripheral at ECHO_ADDRESS that echoes RX writes on TX."""
    peripheral = await radio.add_peripheral(ECHO_ADDRESS, echo_handler)
    peripheral.set_advertisement(echo_advertisement())
    await peripheral.start_advertising()
    yield peripheral
    await echo_handler.drain()


@pytest.fixture
async def central(radio: VirtualRadio) -> RadioCentral:
    """A scanning central at CENTRAL_ADDRESS."""
    hub = await radio.add_central(CENTRAL_ADDRESS)
    await hub.start_scanning()
    return hub


@pytest.fixture
async def simulated_proxy(
    hass: HomeAssistant, enable_bluetooth: None, radio: VirtualRadio
) -> AsyncIterator[SimulatedProxy]:
    """A started simulated Bluetooth proxy (source PROXY_SOURCE) registered with HA."""
    assert await async_setup_component(hass, "bluetooth", {})
    proxy = SimulatedProxy(hass, radio, PROXY_SOURCE)
    await proxy.async_start()
    yield proxy
    await proxy.async_stop()
