"""A bleak client backend that talks GATT through a simulated Bumble central.

``BumbleBleakClient`` is a real ``BaseBleakClient``: bleak's ``BleakClient``, Home
Assistant's ``HaBleakClientWrapper`` and ``bleak_retry_connector.establish_connection``
drive it unchanged, while the bytes travel over the virtual air of ``simulator.radio``.

The client finds its radio either from an explicit ``central=`` argument or, as Home
Assistant builds backends, from ``{"source": ...}`` in the ``BLEDevice`` details and
the registry filled by ``register_central``.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Final
import uuid

from bleak.args import SizedBuffer
from bleak.assigned_numbers import gatt_char_props_to_strs
from bleak.backends.characteristic import BleakGATTCharacteristic
from bleak.backends.client import BaseBleakClient, NotifyCallback
from bleak.backends.descriptor import BleakGATTDescriptor
from bleak.backends.device import BLEDevice
from bleak.backends.service import BleakGATTService, BleakGATTServiceCollection
from bleak.exc import BleakError, BleakGATTProtocolError
from bleak.uuids import normalize_uuid_str
from bumble import att, core, hci
from bumble.gatt_client import CharacteristicProxy

from simulator.radio import (
    ATT_DEFAULT_MTU,
    CentralLink,
    NotConnectedError,
    RadioCentral,
    RadioError,
)

__all__ = [
    "BumbleBleakClient",
    "LinkStats",
    "central_for_source",
    "register_central",
]

DEFAULT_TIMEOUT: Final = 10.0
_CCCD_UUID: Final = "00002902-0000-1000-8000-00805f9b34fb"
_CCCD_NOTIFY: Final = b"\x01\x00"
_CCCD_INDICATE: Final = b"\x02\x00"
_ATT_HEADER: Final = 3
_ATT_RESPONSE_HEADER: Final = 1

_CENTRALS: dict[str, RadioCentral] = {}


def register_central(source: str, central: RadioCentral) -> Callable[[], None]:
    """Make ``central`` the radio of BLEDevices whose details name ``source``.

    Returns a function that removes the registration (if still this one).
    """
    key = source.upper()
    _CENTRALS[key] = central

    def unregister() -> None:
        if _CENTRALS.get(key) is central:
            del _CENTRALS[key]

    return unregister


def central_for_source(source: str) -> RadioCentral | None:
    """Return the central registered for ``source``, if any."""
    return _CENTRALS.get(source.upper())


@dataclass
class LinkStats:
    """Traffic of one connection, for measuring protocol cost.

    Counts the application data path: characteristic and descriptor reads and
    writes, and received notifications. ``att_bytes`` adds the ATT PDU bytes both
    ways: 3-byte header + value per write and notification, 3-byte request +
    1-byte response header + value per read. Connection setup (MTU exchange,
    discovery, the CCCD writes of start/stop_notify) is not counted.
    """

    writes: int = 0
    notifications: int = 0
    reads: int = 0
    att_bytes: int = 0


def _uuid_str(value: core.UUID) -> str:
    """Bumble UUID (any size) to bleak's lower-case 128-bit form."""
    return normalize_uuid_str(str(uuid.UUID(bytes=bytes(value.to_bytes(force_128=True))[::-1])))


class BumbleBleakClient(BaseBleakClient):
    """Bleak backend whose GATT operations run on a simulated Bumble central."""

    def __init__(
        self,
        address_or_ble_device: BLEDevice | str,
        *,
        central: RadioCentral | None = None,
        **kwargs: Any,
    ) -> None:
        """Build the backend the way bleak and Home Assistant do.

        ``central`` overrides the registry lookup of ``details["source"]``.
        """
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        super().__init__(address_or_ble_device, **kwargs)
        self.address = self.address.upper()
        self._central = central
        self._source: str | None = None
        self._device_name: str | None = None
        if isinstance(address_or_ble_device, BLEDevice):
            self._device_name = address_or_ble_device.name
            details = address_or_ble_device.details
            if isinstance(details, dict) and isinstance(details.get("source"), str):
                self._source = details["source"]
        services = kwargs.get("services")
        self._service_filter: list[str] | None = (
            sorted(normalize_uuid_str(value) for value in services) if services else None
        )
        self._link: CentralLink | None = None
        self._remove_link_listener: Callable[[], None] | None = None
        self._subscribers: dict[int, Callable[[bytes], None]] = {}
        self._last_mtu = ATT_DEFAULT_MTU
        self.stats = LinkStats()

    def __repr__(self) -> str:
        return f"BumbleBleakClient({self.address}, connected={self.is_connected})"

    # -- properties --------------------------------------------------------
    @property
    def name(self) -> str:
        """Name from the advertisement, else the address."""
        return self._device_name or self.address

    @property
    def mtu_size(self) -> int:
        """Negotiated ATT MTU (the last one once disconnected)."""
        if self._link is not None:
            self._last_mtu = self._link.mtu
        return self._last_mtu

    @property
    def is_connected(self) -> bool:
        """Whether the link is up."""
        return self._link is not None and self._link.is_connected

    @property
    def central(self) -> RadioCentral:
        """The central this client connects through."""
        if self._central is not None:
            return self._central
        if self._source is not None and (found := central_for_source(self._source)):
            return found
        raise BleakError(
            f"{self.address}: no simulated central for source {self._source!r}; "
            "pass central= or register_central() it"
        )

    # -- connection --------------------------------------------------------
    async def connect(self, pair: bool, **kwargs: Any) -> None:
        """Connect, exchange MTU and discover services (optionally pair first).

        Raises TimeoutError if the peripheral cannot be reached in time and
        BleakError when the central has no free connection slot.
        """
        if self.is_connected:
            return
        central = self.central
        timeout = float(kwargs.get("timeout") or self._timeout)
        try:
            link = await central.connect(self.address, timeout=timeout)
        except NotConnectedError as exc:
            raise BleakError(f"{self.address}: disconnected while connecting") from exc
        except RadioError as exc:
            raise BleakError(str(exc)) from exc
        self._link = link
        self._last_mtu = link.mtu
        self.stats = LinkStats()
        self._subscribers.clear()
        self._remove_link_listener = link.add_disconnect_listener(self._on_link_lost)
        try:
            if pair:
                await self._pair(link)
            self.services = await self._discover(link)
        except BaseException as exc:
            self._forget_link()
            await link.disconnect()
            if isinstance(exc, NotConnectedError):
                raise BleakError(f"{self.address}: disconnected during discovery") from exc
            raise

    async def disconnect(self) -> None:
        """Disconnect; like BlueZ, the disconnected callback fires for this too."""
        if (link := self._link) is not None:
            await link.disconnect()

    def _forget_link(self) -> None:
        if self._remove_link_listener is not None:
            self._remove_link_listener()
            self._remove_link_listener = None
        if self._link is not None:
            self._last_mtu = self._link.mtu
        self._link = None
        self._subscribers.clear()

    def _on_link_lost(self, _reason: int) -> None:
        self._forget_link()
        if self._disconnected_callback is not None:
            self._disconnected_callback()

    def _require_link(self) -> CentralLink:
        if (link := self._link) is None or not link.is_connected:
            raise BleakError("Not connected")
        return link

    async def _call[T](self, awaitable: Awaitable[T]) -> T:
        """Run a GATT operation, mapping radio and ATT errors to bleak's."""
        try:
            return await self._require_link().request(awaitable)
        except NotConnectedError as exc:
            raise BleakError("Not connected") from exc
        except att.ATT_Error as exc:
            raise BleakGATTProtocolError(exc.error_code) from exc
        except core.TimeoutError as exc:
            raise TimeoutError(str(exc)) from exc

    async def _discover(self, link: CentralLink) -> BleakGATTServiceCollection:
        client = link.gatt_client
        wanted = [core.UUID(value) for value in self._service_filter or ()]
        collection = BleakGATTServiceCollection()
        for service in await link.request(client.discover_services(wanted)):
            bleak_service = BleakGATTService(service, service.handle, _uuid_str(service.uuid))
            collection.add_service(bleak_service)
            for char in await link.request(service.discover_characteristics()):
                descriptors = await link.request(char.discover_descriptors())
                properties = sorted(gatt_char_props_to_strs(int(char.properties)))
                bleak_char = BleakGATTCharacteristic(
                    char,
                    char.handle,
                    _uuid_str(char.uuid),
                    properties,
                    self._max_write_without_response_size,
                    bleak_service,
                )
                collection.add_characteristic(bleak_char)
                for descriptor in descriptors:
                    collection.add_descriptor(
                        BleakGATTDescriptor(
                            descriptor, descriptor.handle, _uuid_str(descriptor.type), bleak_char
                        )
                    )
        return collection

    def _max_write_without_response_size(self) -> int:
        return self.mtu_size - _ATT_HEADER

    # -- pairing -----------------------------------------------------------
    async def pair(self, *args: Any, **kwargs: Any) -> None:
        """Pair (LE Secure Connections, Just Works) with the peripheral."""
        del args, kwargs  # no pairing options on the virtual link
        await self._pair(self._require_link())

    async def _pair(self, link: CentralLink) -> None:
        try:
            await link.request(link.connection.pair())
        except NotConnectedError as exc:
            raise BleakError("Not connected") from exc
        except core.BaseBumbleError as exc:
            raise BleakError(f"{self.address}: pairing failed: {exc}") from exc

    async def unpair(self) -> None:
        """Forget the bond (on the central) and disconnect."""
        keystore = self.central.device.keystore
        if keystore is not None:
            address = str(hci.Address(self.address))
            if address in dict(await keystore.get_all()):
                await keystore.delete(address)
        await self.disconnect()

    # -- I/O ---------------------------------------------------------------
    async def read_gatt_char(
        self,
        characteristic: BleakGATTCharacteristic,
        *,
        use_cached: bool = False,
        **kwargs: Any,
    ) -> bytearray:
        """Read a characteristic value (never from cache)."""
        del use_cached, kwargs  # reads always go over the air
        return await self._read(characteristic.handle)

    async def read_gatt_descriptor(
        self,
        descriptor: BleakGATTDescriptor,
        *,
        use_cached: bool = False,
        **kwargs: Any,
    ) -> bytearray:
        """Read a descriptor value (never from cache)."""
        del use_cached, kwargs  # reads always go over the air
        return await self._read(descriptor.handle)

    async def _read(self, handle: int) -> bytearray:
        link = self._require_link()
        value = bytes(await self._call(link.gatt_client.read_value(handle)))
        self.stats.reads += 1
        self.stats.att_bytes += _ATT_HEADER + _ATT_RESPONSE_HEADER + len(value)
        return bytearray(value)

    async def write_gatt_char(
        self, characteristic: BleakGATTCharacteristic, data: SizedBuffer, response: bool
    ) -> None:
        """Write request (``response``) awaiting the ATT response, else write command."""
        await self._write(characteristic.handle, bytes(data), response)

    async def write_gatt_descriptor(
        self, descriptor: BleakGATTDescriptor, data: SizedBuffer
    ) -> None:
        """Write a descriptor with an ATT write request."""
        await self._write(descriptor.handle, bytes(data), True)

    async def _write(self, handle: int, value: bytes, response: bool) -> None:
        link = self._require_link()
        if not response and len(value) > link.mtu - _ATT_HEADER:
            raise BleakError(
                f"write without response of {len(value)} bytes exceeds MTU {link.mtu} - 3"
            )
        await self._call(link.gatt_client.write_value(handle, value, with_response=response))
        self.stats.writes += 1
        self.stats.att_bytes += _ATT_HEADER + len(value)

    async def start_notify(
        self,
        characteristic: BleakGATTCharacteristic,
        callback: NotifyCallback,
        **kwargs: Any,
    ) -> None:
        """Subscribe by writing the CCCD (notifications preferred over indications)."""
        del kwargs  # platform-specific options
        proxy = characteristic.obj
        if not isinstance(proxy, CharacteristicProxy):
            raise BleakError(f"{characteristic.uuid} was not discovered by this client")
        if characteristic.get_descriptor(_CCCD_UUID) is None:
            raise BleakError(f"{characteristic.uuid} has no client configuration descriptor")
        if not {"notify", "indicate"} & set(characteristic.properties):
            raise BleakError(f"{characteristic.uuid} does not support notify or indicate")

        def subscriber(value: bytes) -> None:
            self.stats.notifications += 1
            self.stats.att_bytes += _ATT_HEADER + len(value)
            callback(bytearray(value))

        if (previous := self._subscribers.pop(characteristic.handle, None)) is not None:
            await self._call(proxy.unsubscribe(previous))
        self._subscribers[characteristic.handle] = subscriber
        try:
            await self._call(proxy.subscribe(subscriber, prefer_notify=True))
        except BaseException:
            self._subscribers.pop(characteristic.handle, None)
            raise

    async def stop_notify(self, characteristic: BleakGATTCharacteristic) -> None:
        """Unsubscribe, clearing the CCCD."""
        subscriber = self._subscribers.pop(characteristic.handle, None)
        proxy = characteristic.obj
        if subscriber is not None and isinstance(proxy, CharacteristicProxy):
            await self._call(proxy.unsubscribe(subscriber))

    # -- Home Assistant extras ----------------------------------------------
    async def clear_cache(self) -> bool:
        """Nothing is cached: services are discovered on every connection."""
        return True

    async def set_connection_params(
        self, min_interval: int, max_interval: int, latency: int, timeout: int
    ) -> None:
        """Accept and ignore: the virtual link has no connection interval."""
