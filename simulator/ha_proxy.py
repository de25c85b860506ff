"""A simulated ESPHome-like Bluetooth proxy for Home Assistant.

The proxy is a ``RadioCentral`` on the virtual air plus a Home Assistant remote
scanner, registered the way ESPHome proxies are: every advertisement the central
hears is forwarded to HA's Bluetooth manager, and HA connects through the proxy with
``BumbleBleakClient`` (found through ``register_central`` by the scanner's source).
The rest of the stack (manager, ``HaBleakClientWrapper``, bleak-retry-connector) is
Home Assistant's own.

Peripherals re-advertise every ``VirtualRadio.advertising_interval`` (2 s by
default) while they are in range, so devices stay fresh in HA like real periodic
advertising, and go stale when they become unreachable.
"""

from collections.abc import Callable
import contextlib

from bluetooth_data_tools import monotonic_time_coarse
from habluetooth import BaseHaRemoteScanner, BluetoothScanningMode, HaBluetoothConnector
from homeassistant.components import bluetooth
from homeassistant.core import HomeAssistant, callback

from simulator.bleak_backend import BumbleBleakClient, register_central
from simulator.radio import Advertisement, RadioCentral, VirtualRadio

__all__ = ["SimulatedProxy", "SimulatedProxyScanner"]


class SimulatedProxyScanner(BaseHaRemoteScanner):
    """Remote scanner whose advertisements come from a simulated central."""


class SimulatedProxy:
    """A Bluetooth proxy on the virtual air, registered with Home Assistant."""

    def __init__(
        self,
        hass: HomeAssistant,
        radio: VirtualRadio,
        source: str = "AA:BB:CC:00:00:01",
        *,
        name: str = "Simulated proxy",
        connection_slots: int = 3,
        mtu: int = 247,
    ) -> None:
        """Describe the proxy; nothing is created before ``async_start``.

        ``source`` is the proxy's Bluetooth address and HA scanner source;
        ``connection_slots`` limits concurrent connections like an ESPHome proxy.
        """
        self.hass = hass
        self.radio = radio
        self.source = source.upper()
        self.name = name
        self.connection_slots = connection_slots
        self.mtu = mtu
        self._central: RadioCentral | None = None
        self._scanner: SimulatedProxyScanner | None = None
        self._details = {"source": self.source}
        self._cleanups: list[Callable[[], None]] = []

    @property
    def central(self) -> RadioCentral:
        """The proxy's radio (only while started)."""
        if self._central is None:
            raise RuntimeError(f"{self.name} is not started")
        return self._central

    @property
    def scanner(self) -> SimulatedProxyScanner:
        """The scanner registered with Home Assistant (only while started)."""
        if self._scanner is None:
            raise RuntimeError(f"{self.name} is not started")
        return self._scanner

    @property
    def started(self) -> bool:
        """Whether the proxy is running."""
        return self._central is not None

    async def async_start(self) -> None:
        """Join the air, register the scanner with HA and start scanning."""
        if self._central is not None:
            return
        central = await self.radio.add_central(self.source, max_mtu=self.mtu)
        central.max_connections = self.connection_slots
        self._central = central
        self._cleanups.append(register_central(self.source, central))
        connector = HaBluetoothConnector(
            client=BumbleBleakClient, source=self.source, can_connect=self._has_free_slot
        )
        scanner = SimulatedProxyScanner(
            self.source,
            self.name,
            connector,
            True,
            BluetoothScanningMode.ACTIVE,
            BluetoothScanningMode.ACTIVE,
        )
        self._scanner = scanner
        self._cleanups.append(scanner.async_setup())
        self._cleanups.append(
            bluetooth.async_register_scanner(
                self.hass, scanner, connection_slots=self.connection_slots
            )
        )
        self._cleanups.append(central.add_advertisement_listener(self._async_on_advertisement))
        await central.start_scanning()

    def _has_free_slot(self) -> bool:
        """Like an ESPHome proxy: HA routes a connection to a proxy with a free slot."""
        central = self._central
        return central is not None and central.connections_in_use < self.connection_slots

    @callback
    def _async_on_advertisement(self, address: str, rssi: int, adv: Advertisement) -> None:
        if self._scanner is None:
            return
        self._scanner._async_on_advertisement(
            address,
            rssi,
            adv.local_name or None,
            list(adv.service_uuids),
            {},
            dict(adv.manufacturer_data),
            adv.tx_power,
            self._details,
            monotonic_time_coarse(),
        )

    async def async_stop(self) -> None:
        """Drop the proxy's connections and unregister everything; idempotent.

        Connections end as if the proxy lost power, so HA sees its clients
        disconnect before the scanner goes away.
        """
        central, self._central = self._central, None
        if central is None:
            return
        await central.stop_scanning()
        await central.close()
        while self._cleanups:
            cleanup = self._cleanups.pop()
            with contextlib.suppress(Exception):
                cleanup()
        self._scanner = None
