"""The peripheral side of the simulated radio: a door unit's GATT service on the air.

A ``RadioPeripheral`` serves the door-unit GATT service (RX, TX, INFO) from a Bumble
device, advertises, and can be powered off or moved out of range; a ``PeripheralLink``
is one connection as the peripheral sees it. The simulated device behind it is a
``PeripheralHandler``.
"""

import asyncio
from collections.abc import Callable
import contextlib
import logging
from typing import TYPE_CHECKING, Final, Protocol

from bumble import att, gatt_server, hci
from bumble.device import Connection, Device
from bumble.gatt import (
    Characteristic,
    CharacteristicValue,
    Service,
)

from custom_components.digitalkey.protocol.gatt import (
    INFO_CHAR_UUID,
    RX_CHAR_UUID,
    SERVICE_UUID,
    TX_CHAR_UUID,
)

from .advertising import Advertisement, decode_advertisement, encode_advertisement
from .air import BUMBLE_ADVERTISING_INTERVAL_MS, new_device, wait_links_closed
from .errors import NotConnectedError

if TYPE_CHECKING:
    from .virtual_radio import VirtualRadio

__all__ = [
    "ATT_DEFAULT_MTU",
    "DEFAULT_RSSI",
    "PeripheralHandler",
    "PeripheralLink",
    "RadioPeripheral",
]

_LOGGER = logging.getLogger(__name__)

DEFAULT_RSSI: Final = -60
"""RSSI reported with a peripheral's advertisements until it is set."""
ATT_DEFAULT_MTU: Final = 23
"""ATT MTU of a connection before the MTU exchange."""
_ATT_HEADER: Final = 3
_MAX_ATTRIBUTE_VALUE: Final = 512


class PeripheralHandler(Protocol):
    """What a simulated device plugs into a RadioPeripheral."""

    def read_info(self) -> bytes:
        """Return the INFO characteristic value; called on every read."""
        ...

    def on_connect(self, link: PeripheralLink) -> None:
        """A central connected."""
        ...

    def on_write(self, link: PeripheralLink, data: bytes, with_response: bool) -> None:
        """The central wrote RX (with_response: ATT write request, else command)."""
        ...

    def on_disconnect(self, link: PeripheralLink) -> None:
        """The connection ended, whichever side ended it."""
        ...


class PeripheralLink:
    """One connection as the peripheral sees it."""

    def __init__(
        self, peripheral: RadioPeripheral, connection: Connection, connection_id: int
    ) -> None:
        self.connection_id = connection_id
        """Unique on the radio for its whole life (Bumble handles get reused)."""
        self.peer_address: str = str(connection.peer_address)
        self._peripheral = peripheral
        self._connection = connection
        self._connected = True

    def __repr__(self) -> str:
        return f"PeripheralLink({self.connection_id}, {self.peer_address}, mtu={self.mtu})"

    @property
    def mtu(self) -> int:
        """Current ATT MTU (23 until the central exchanges MTU)."""
        return int(self._connection.att_mtu)

    @property
    def connected(self) -> bool:
        """Whether the connection is still up."""
        return self._connected

    @property
    def subscribed(self) -> bool:
        """Whether the central enabled notifications on TX."""
        cccds = self._peripheral.gatt_server.subscribers.get(self._connection) or {}
        cccd = cccds.get(self._peripheral.tx_handle, b"")
        return len(cccd) == 2 and bool(cccd[0] & 0x01)

    async def notify(self, data: bytes) -> None:
        """Send a TX notification; dropped like on a real stack if not subscribed.

        Raises ValueError when ``data`` exceeds ``mtu - 3`` (nothing is truncated)
        and NotConnectedError when the link is gone.
        """
        if len(data) > self.mtu - _ATT_HEADER:
            raise ValueError(f"notification of {len(data)} bytes exceeds MTU {self.mtu} - 3")
        if not self._connected:
            raise NotConnectedError(f"connection {self.connection_id} is closed")
        await self._peripheral.device.notify_subscriber(
            self._connection, self._peripheral.tx_characteristic, bytes(data)
        )

    async def disconnect(self) -> None:
        """Terminate the connection from the peripheral side; idempotent."""
        if self._connected:
            await self._connection.disconnect(hci.HCI_REMOTE_USER_TERMINATED_CONNECTION_ERROR)

    def mark_closed(self) -> None:
        """Record that the connection ended (called by its peripheral on disconnection)."""
        self._connected = False


class _UnitGattServer(gatt_server.Server):
    """Bumble GATT server that hands RX writes straight to the handler.

    Overriding the write handlers tells the handler whether the central asked for
    a response, and skips Bumble's per-request task.
    """

    def __init__(self, device: Device, peripheral: RadioPeripheral) -> None:
        super().__init__(device)
        self._peripheral = peripheral
        self.rx_handle = -1

    def on_att_write_request(self, bearer: att.Bearer, request: att.ATT_Write_Request) -> None:
        """Serve RX write requests synchronously, others the Bumble way."""
        if request.attribute_handle != self.rx_handle:
            super().on_att_write_request(bearer, request)
            return
        value = bytes(request.attribute_value)
        if len(value) > _MAX_ATTRIBUTE_VALUE:
            error: int | None = att.ATT_INVALID_ATTRIBUTE_LENGTH_ERROR
        else:
            error = self._peripheral.deliver_write(bearer, value, with_response=True)
        if error is None:
            self.send_response(bearer, att.ATT_Write_Response())
        else:
            self.send_response(
                bearer,
                att.ATT_Error_Response(
                    request_opcode_in_error=request.op_code,
                    attribute_handle_in_error=request.attribute_handle,
                    error_code=error,
                ),
            )

    def on_att_write_command(self, bearer: att.Bearer, request: att.ATT_Write_Command) -> None:
        """Serve RX write commands synchronously, others the Bumble way."""
        if request.attribute_handle != self.rx_handle:
            super().on_att_write_command(bearer, request)
            return
        value = bytes(request.attribute_value)
        if len(value) <= _MAX_ATTRIBUTE_VALUE:
            self._peripheral.deliver_write(bearer, value, with_response=False)


class RadioPeripheral:
    """A door unit's radio: the GATT service, advertising, power and range."""

    def __init__(
        self, radio: VirtualRadio, address: str, handler: PeripheralHandler, *, max_mtu: int
    ) -> None:
        self.address = address
        self.max_mtu = max_mtu
        self._radio = radio
        self._handler = handler
        self._rssi = DEFAULT_RSSI
        self._advertisement: Advertisement | None = None
        self._payload: tuple[bytes, bytes] | None = None
        self._advertising = False
        self._reachable = True
        self._powered = False
        self._closed = False
        self._timer: asyncio.TimerHandle | None = None
        self._links: dict[int, PeripheralLink] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._connectable_lock = asyncio.Lock()

        self._links_closed = asyncio.Event()
        self._links_closed.set()
        self.controller, self.device = new_device(radio.air, address, address)
        self.controller.on_air = False
        self.gatt_server = _UnitGattServer(self.device, self)
        self.gatt_server.max_mtu = max_mtu
        self.device.gatt_server = self.gatt_server
        self.device.add_default_services()
        self.tx_characteristic: Characteristic[bytes] = Characteristic(
            TX_CHAR_UUID, Characteristic.Properties.NOTIFY, Characteristic.Permissions(0), b""
        )
        rx: Characteristic[bytes] = Characteristic(
            RX_CHAR_UUID,
            Characteristic.Properties.WRITE | Characteristic.Properties.WRITE_WITHOUT_RESPONSE,
            Characteristic.Permissions.WRITEABLE,
            # Only reached by prepared (long) writes; plain writes are served above.
            CharacteristicValue(write=self._on_long_write),
        )
        info: Characteristic[bytes] = Characteristic(
            INFO_CHAR_UUID,
            Characteristic.Properties.READ,
            Characteristic.Permissions.READABLE,
            CharacteristicValue(read=lambda _connection: bytes(self._handler.read_info())),
        )
        self.device.add_service(Service(SERVICE_UUID, [rx, self.tx_characteristic, info]))
        self.gatt_server.rx_handle = rx.handle
        self.tx_handle: int = self.tx_characteristic.handle
        self.device.on(Device.EVENT_CONNECTION, self._on_connection)

    def __repr__(self) -> str:
        return f"RadioPeripheral({self.address})"

    # -- state -------------------------------------------------------------
    @property
    def rssi(self) -> int:
        """RSSI reported with this peripheral's advertisements."""
        return self._rssi

    @rssi.setter
    def rssi(self, value: int) -> None:
        self._rssi = value

    @property
    def on_air(self) -> bool:
        """Whether the device is powered and in range."""
        return self._powered and self._reachable and not self._closed

    @property
    def advertising(self) -> bool:
        """Whether advertising was started (it is only heard while on air)."""
        return self._advertising

    @property
    def advertisement(self) -> Advertisement | None:
        """The advertisement currently set."""
        return self._advertisement

    @property
    def links(self) -> list[PeripheralLink]:
        """Connections that are up."""
        return list(self._links.values())

    @property
    def broadcast_payload(self) -> tuple[bytes, bytes] | None:
        """What a scanner hears now: (advertising data, scan response), or None.

        None unless advertising was started, the device is on the air and an
        advertisement is set.
        """
        if self._advertising and self.on_air and self._payload is not None:
            return self._payload
        return None

    # -- advertising -------------------------------------------------------
    def set_advertisement(self, adv: Advertisement) -> None:
        """Replace the advertisement; it goes out at once if advertising.

        Raises ValueError if it does not fit legacy advertising PDUs.
        """
        self._payload = encode_advertisement(adv)
        self._advertisement = decode_advertisement(*self._payload)
        self._restart_broadcast()

    async def start_advertising(self) -> None:
        """Start advertising (connectable); heard at once by scanners in range."""
        self._advertising = True
        self._restart_broadcast()
        await self._update_connectable()

    async def stop_advertising(self) -> None:
        """Stop advertising; the peripheral can no longer be connected to."""
        self._advertising = False
        self._cancel_timer()
        await self._update_connectable()

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _restart_broadcast(self) -> None:
        self._cancel_timer()
        self._broadcast()

    def advertising_interval_changed(self) -> None:
        """Repeat the advertisement on the radio's new interval (called by the radio)."""
        if self._timer is not None:
            self._restart_broadcast()

    def _broadcast(self) -> None:
        self._timer = None
        if not (self._advertising and self.on_air and self._payload is not None):
            return
        self._radio.broadcast(self.address, self._rssi, *self._payload)
        self._timer = asyncio.get_running_loop().call_later(
            self._radio.advertising_interval, self._broadcast
        )

    async def _update_connectable(self) -> None:
        """Run Bumble's connectable advertising exactly when a central may connect."""
        async with self._connectable_lock:
            wanted = self._advertising and self._powered and not self._closed and not self._links
            running = self.device.legacy_advertiser is not None
            if wanted and not running:
                await self.device.start_advertising(
                    advertising_interval_min=BUMBLE_ADVERTISING_INTERVAL_MS,
                    advertising_interval_max=BUMBLE_ADVERTISING_INTERVAL_MS,
                )
            elif running and not wanted:
                await self.device.stop_advertising()

    def _spawn_update_connectable(self) -> None:
        if self._closed:
            return
        task = asyncio.get_running_loop().create_task(self._update_connectable())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- range and power ---------------------------------------------------
    def set_reachable(self, reachable: bool) -> None:
        """Move the device into or out of range of every central.

        Out of range, advertisements stop, connections end (supervision timeout on
        both sides) and connection attempts time out.
        """
        if reachable == self._reachable:
            return
        self._reachable = reachable
        self._apply_on_air()

    def _apply_on_air(self) -> None:
        self.controller.on_air = self.on_air
        if self.on_air:
            self._restart_broadcast()
            # Initiators waiting for this device hear it on its next event.
            self._radio.air.page(self.controller.le_legacy_advertiser.address)
        else:
            self._cancel_timer()
            self._radio.air.drop_connections(self.controller, hci.HCI_CONNECTION_TIMEOUT_ERROR)

    async def power_on(self) -> None:
        """Boot the radio; advertising resumes if it was started before power off."""
        if self._powered or self._closed:
            return
        self._powered = True
        if not self.device.powered_on:
            await self.device.power_on()
        self._apply_on_air()
        await self._update_connectable()

    async def power_off(self) -> None:
        """Cut power: connections end as if by supervision timeout on the peer.

        Returns once the handler has seen the disconnections.
        """
        if not self._powered:
            return
        self._powered = False
        self._apply_on_air()
        await wait_links_closed(self._links_closed, self.address)
        await self._update_connectable()

    async def close(self) -> None:
        """Power off for good and leave the air; idempotent."""
        if self._closed:
            return
        await self.power_off()
        self._closed = True
        self.controller.on_air = False
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError):
                await task
        async with self._connectable_lock:
            if self.device.legacy_advertiser is not None:
                await self.device.stop_advertising()
        await self.device.power_off()
        self._radio.detach(self)

    # -- connections -------------------------------------------------------
    def _on_connection(self, connection: Connection) -> None:
        if connection.role != hci.Role.PERIPHERAL:
            return
        link = PeripheralLink(self, connection, self._radio.new_connection_id())
        self._links[connection.handle] = link
        self._links_closed.clear()

        def on_disconnection(_reason: int) -> None:
            self._links.pop(connection.handle, None)
            if not self._links:
                self._links_closed.set()
            link.mark_closed()
            self._call_handler("on_disconnect", lambda: self._handler.on_disconnect(link))
            self._spawn_update_connectable()

        connection.on(Connection.EVENT_DISCONNECTION, on_disconnection)
        self._call_handler("on_connect", lambda: self._handler.on_connect(link))
        self._spawn_update_connectable()

    def _call_handler(self, what: str, call: Callable[[], None]) -> bool:
        try:
            call()
        except Exception:
            _LOGGER.exception("%s: handler %s failed", self.address, what)
            return False
        return True

    def deliver_write(self, bearer: att.Bearer, data: bytes, *, with_response: bool) -> int | None:
        """Hand an RX write to the handler (called by the GATT server).

        Returns None when the handler took it, else the ATT error code to answer with.
        """
        link = self._links.get(bearer.handle) if isinstance(bearer, Connection) else None
        if link is None:
            return att.ATT_UNLIKELY_ERROR_ERROR
        ok = self._call_handler(
            "on_write", lambda: self._handler.on_write(link, data, with_response)
        )
        return None if ok else att.ATT_UNLIKELY_ERROR_ERROR

    def _on_long_write(self, connection: Connection, value: bytes) -> None:
        if self.deliver_write(connection, bytes(value), with_response=True) is not None:
            raise att.ATT_Error(att.ATT_UNLIKELY_ERROR_ERROR)
