"""Simulated Bluetooth LE radio: door units and hubs on one in-process virtual link.

Every device gets its own Bumble ``Controller`` + ``Host`` + ``Device`` on a shared
``LocalLink`` subclass (the "air"), so connections, ATT MTU exchange, GATT discovery,
writes and notifications run through Bumble's real HCI, L2CAP and ATT code.

Only the air is simulated, and two parts of it are ours rather than Bumble's:

* Advertisements. Bumble's ``LocalLink`` replays the advertising data as scan response,
  reports a fixed RSSI and advertises on a timer, so the advertisement channel is
  implemented here: each advertising peripheral broadcasts its encoded legacy
  advertising data and scan response to every scanning central at once when it
  changes and then every ``advertising_interval`` seconds. Bumble's connectable
  advertising still runs underneath (nobody scans it): it is what lets Bumble's
  controllers establish connections.
* Reachability. A peripheral that is out of range or powered off is cut off at the
  link: nothing it sends is delivered and nothing reaches it, and its live
  connections end with a supervision timeout on both sides.

Connection setup is kept in the millisecond range: the initiator "hears" the target's
next advertising event as soon as it asks to connect instead of waiting for
Bumble's advertising timer.
"""

import asyncio
from collections.abc import Awaitable, Callable
import contextlib
from dataclasses import dataclass, field
import itertools
import logging
from typing import Any, Final, Protocol, Self
import uuid

from bumble import att, gatt_server, hci, ll
from bumble.controller import Connection as ControllerConnection, Controller
from bumble.core import (
    ConnectionError as BumbleConnectionError,
    PhysicalTransport,
    TimeoutError as BumbleTimeoutError,
)
from bumble.device import Connection, Device
from bumble.gatt import (
    Characteristic,
    CharacteristicValue,
    Service,
)
from bumble.gatt_client import Client as GattClient
from bumble.host import Host
from bumble.link import LocalLink
from bumble.transport.common import AsyncPipeSink

from custom_components.digitalkey.protocol.gatt import (
    INFO_CHAR_UUID,
    RX_CHAR_UUID,
    SERVICE_UUID,
    TX_CHAR_UUID,
)

__all__ = [
    "ADVERTISING_INTERVAL",
    "ATT_DEFAULT_MTU",
    "DEFAULT_RSSI",
    "Advertisement",
    "AdvertisementListener",
    "CentralLink",
    "NoFreeSlotError",
    "NotConnectedError",
    "PeripheralHandler",
    "PeripheralLink",
    "RadioCentral",
    "RadioError",
    "RadioPeripheral",
    "VirtualRadio",
]

_LOGGER = logging.getLogger(__name__)

ADVERTISING_INTERVAL: Final = 2.0
"""Seconds between two broadcasts of an unchanged advertisement."""
DEFAULT_RSSI: Final = -60
ATT_DEFAULT_MTU: Final = 23
"""ATT MTU of a connection before the MTU exchange."""
_ATT_HEADER: Final = 3
_MAX_ATTRIBUTE_VALUE: Final = 512
_LEGACY_ADV_DATA_MAX: Final = 31

# AD types (Core Supplement, Part A, 1).
_AD_FLAGS: Final = 0x01
_AD_INCOMPLETE_128: Final = 0x06
_AD_COMPLETE_128: Final = 0x07
_AD_SHORT_NAME: Final = 0x08
_AD_COMPLETE_NAME: Final = 0x09
_AD_TX_POWER: Final = 0x0A
_AD_MANUFACTURER: Final = 0xFF
_FLAGS_LE_GENERAL_NO_BREDR: Final = 0x06
_LINK_TEARDOWN_TIMEOUT: Final = 1.0

# Bumble only uses its own advertising to let initiators find the target, and
# initiators are served at once (see _Air.page), so the timer can be lazy.
_BUMBLE_ADVERTISING_INTERVAL_MS: Final = 10240.0


class RadioError(Exception):
    """Base class of errors raised by the simulated radio."""


class NotConnectedError(RadioError, ConnectionError):
    """The link is gone (or went away while waiting for the peer)."""


class NoFreeSlotError(RadioError):
    """The central already uses all its connection slots."""


# ---------------------------------------------------------------------------
# Public data types
# ---------------------------------------------------------------------------


@dataclass
class Advertisement:
    """What a peripheral advertises (advertising data plus scan response).

    Instances handed to listeners are shared between them and must not be mutated.
    """

    local_name: str
    service_uuids: list[str]
    manufacturer_data: dict[int, bytes]
    tx_power: int | None = None


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


type AdvertisementListener = Callable[[str, int, Advertisement], None]
"""Called with (peripheral address, rssi, advertisement) for each received event."""


# ---------------------------------------------------------------------------
# Advertising data encoding (legacy PDUs: 31 bytes each)
# ---------------------------------------------------------------------------


def _ad_structure(ad_type: int, data: bytes) -> bytes:
    return bytes((len(data) + 1, ad_type)) + data


def _encode_uuid128(value: str) -> bytes:
    return uuid.UUID(value).bytes[::-1]


def _encode_advertisement(adv: Advertisement) -> tuple[bytes, bytes]:
    """Encode into (advertising data, scan response) as a real peripheral must.

    The local name is shortened when it does not fit, like firmware does; anything
    else that does not fit raises ValueError so oversized payloads are caught early.
    """
    adv_data = _ad_structure(_AD_FLAGS, bytes((_FLAGS_LE_GENERAL_NO_BREDR,)))
    if adv.service_uuids:
        uuids = b"".join(_encode_uuid128(value) for value in adv.service_uuids)
        adv_data += _ad_structure(_AD_COMPLETE_128, uuids)
    if len(adv_data) > _LEGACY_ADV_DATA_MAX:
        raise ValueError("service UUIDs do not fit in 31 bytes of advertising data")
    if adv.local_name:
        name = adv.local_name.encode()
        room = _LEGACY_ADV_DATA_MAX - len(adv_data) - 2
        if len(name) <= room:
            adv_data += _ad_structure(_AD_COMPLETE_NAME, name)
        elif room > 0:
            short = name[:room].decode(errors="ignore").encode()
            adv_data += _ad_structure(_AD_SHORT_NAME, short)
    scan_response = b""
    for company_id, payload in adv.manufacturer_data.items():
        scan_response += _ad_structure(_AD_MANUFACTURER, company_id.to_bytes(2, "little") + payload)
    if adv.tx_power is not None:
        scan_response += _ad_structure(
            _AD_TX_POWER, adv.tx_power.to_bytes(1, "little", signed=True)
        )
    if len(scan_response) > _LEGACY_ADV_DATA_MAX:
        raise ValueError(
            f"manufacturer data and tx power need {len(scan_response)} bytes "
            f"of scan response, only {_LEGACY_ADV_DATA_MAX} fit"
        )
    return adv_data, scan_response


def _iter_ad(data: bytes) -> list[tuple[int, bytes]]:
    structures: list[tuple[int, bytes]] = []
    offset = 0
    while offset < len(data):
        length = data[offset]
        if length == 0:
            break
        structures.append((data[offset + 1], data[offset + 2 : offset + 1 + length]))
        offset += 1 + length
    return structures


def _decode_advertisement(adv_data: bytes, scan_response: bytes) -> Advertisement:
    """Decode what a scanner received, as a host stack would."""
    adv = Advertisement(local_name="", service_uuids=[], manufacturer_data={})
    for ad_type, value in _iter_ad(adv_data) + _iter_ad(scan_response):
        if ad_type in (_AD_COMPLETE_128, _AD_INCOMPLETE_128):
            adv.service_uuids.extend(
                str(uuid.UUID(bytes=value[i : i + 16][::-1])) for i in range(0, len(value), 16)
            )
        elif ad_type in (_AD_COMPLETE_NAME, _AD_SHORT_NAME):
            adv.local_name = value.decode(errors="replace")
        elif ad_type == _AD_MANUFACTURER and len(value) >= 2:
            adv.manufacturer_data[int.from_bytes(value[:2], "little")] = value[2:]
        elif ad_type == _AD_TX_POWER and len(value) == 1:
            adv.tx_power = int.from_bytes(value, "little", signed=True)
    return adv


# ---------------------------------------------------------------------------
# The air: LocalLink and Controller with reachability and prompt paging
# ---------------------------------------------------------------------------


class _AirController(Controller):
    """A Bumble controller living on the simulated air."""

    # Legacy advertising only: Bumble's host then reports peripheral connections
    # immediately instead of waiting for an advertising set termination event.
    le_features = Controller.le_features & ~(
        hci.LeFeatureMask.LE_EXTENDED_ADVERTISING | hci.LeFeatureMask.LE_PERIODIC_ADVERTISING
    )
    # Data length extension: a whole ATT PDU (up to MTU 247) is one ACL packet.
    le_acl_data_packet_length = 251
    supported_max_tx_octets = 251
    supported_max_rx_octets = 251
    suggested_max_tx_octets = 251

    def __init__(self, name: str, air: _Air) -> None:
        self.on_air = True
        self.air = air
        super().__init__(name, link=air)

    def on_hci_le_create_connection_command(
        self, command: hci.HCI_LE_Create_Connection_Command
    ) -> None:
        """Start initiating and let the target's next advertising event come now."""
        super().on_hci_le_create_connection_command(command)
        if self.pending_le_connection is command:
            self.air.page(command.peer_address)

    def on_hci_le_create_connection_cancel_command(
        self, command: hci.HCI_LE_Create_Connection_Cancel_Command
    ) -> hci.HCI_StatusReturnParameters:
        """Cancel initiating and report it, which Bumble's controller omits."""
        result = super().on_hci_le_create_connection_cancel_command(command)
        if self.pending_le_connection is not None:
            # After the command complete event, as a real controller orders them.
            asyncio.get_running_loop().call_soon(self.abort_pending_connection)
        return result

    def abort_pending_connection(self) -> None:
        """Drop a pending initiation, telling the host the attempt failed."""
        pending = self.pending_le_connection
        if pending is None:
            return
        self.pending_le_connection = None
        self.send_hci_packet(
            hci.HCI_LE_Connection_Complete_Event(
                status=hci.HCI_UNKNOWN_CONNECTION_IDENTIFIER_ERROR,
                connection_handle=0,
                role=hci.Role.CENTRAL,
                peer_address_type=pending.peer_address.address_type,
                peer_address=pending.peer_address,
                connection_interval=0,
                peripheral_latency=0,
                supervision_timeout=0,
                central_clock_accuracy=0,
            )
        )

    def create_le_connection(self, peer_address: hci.Address) -> None:
        """Connect only if the target accepts; otherwise this event was missed."""
        if self.air.accepts_connection(peer_address):
            super().create_le_connection(peer_address)

    def advertising_target(self, address: hci.Address) -> bool:
        """Whether this controller runs connectable advertising as ``address``."""
        advertiser = self.le_legacy_advertiser
        return self.on_air and advertiser.enabled and advertiser.address == address


class _Air(LocalLink):
    """Bumble's LocalLink plus reachability and immediate paging."""

    controllers: set[_AirController]  # type: ignore[assignment]

    def _find(self, address: hci.Address) -> _AirController | None:
        found = self.find_le_controller(address)
        return found if isinstance(found, _AirController) else None

    def send_acl_data(
        self,
        sender_controller: Controller,
        destination_address: hci.Address,
        transport: PhysicalTransport,
        data: bytes,
    ) -> None:
        """Deliver ACL data only between devices that can hear each other."""
        destination = self._find(destination_address)
        if not _on_air(sender_controller) or destination is None or not destination.on_air:
            return
        super().send_acl_data(sender_controller, destination_address, transport, data)

    def send_advertising_pdu(
        self, sender_controller: Controller, packet: ll.AdvertisingPdu
    ) -> None:
        """Broadcast to devices in range; a CONNECT_IND is handled synchronously.

        Delivering CONNECT_IND at once means the target has stopped advertising
        before any other initiator can act on the same advertising event, so only
        one of several competing centrals wins, as on real air.
        """
        if not _on_air(sender_controller):
            return
        if isinstance(packet, ll.ConnectInd):
            target = self._find(packet.advertiser_address)
            if target is not None and target.on_air:
                target.on_ll_advertising_pdu(packet)
            return
        loop = asyncio.get_running_loop()
        for controller in self.controllers:
            if controller is not sender_controller and controller.on_air:
                loop.call_soon(controller.on_ll_advertising_pdu, packet)

    def send_ll_control_pdu(
        self, sender_address: hci.Address, receiver_address: hci.Address, packet: ll.ControlPdu
    ) -> None:
        """Deliver link-layer control PDUs only between devices in range."""
        sender = self._find(sender_address)
        receiver = self._find(receiver_address)
        if sender is None or receiver is None or not (sender.on_air and receiver.on_air):
            return
        super().send_ll_control_pdu(sender_address, receiver_address, packet)

    def accepts_connection(self, address: hci.Address) -> bool:
        """Whether a CONNECT_IND sent to ``address`` now would be accepted."""
        return any(controller.advertising_target(address) for controller in self.controllers)

    def page(self, address: hci.Address) -> None:
        """Make the target of a new initiation send its next advertising event now."""
        for controller in self.controllers:
            if controller.advertising_target(address):
                controller.le_legacy_advertiser.send_advertising_data()
                return

    def drop_connections(self, controller: _AirController, reason: int) -> None:
        """End every connection of ``controller`` on both sides at once."""
        for connection in list(controller.le_connections.values()):
            peer = self._find(connection.peer_address)
            peer_connection: ControllerConnection | None = None
            if peer is not None:
                peer_connection = peer.le_connections.get(connection.self_address)
            if peer is not None and peer_connection is not None:
                peer.on_le_disconnected(peer_connection, reason)
            controller.on_le_disconnected(connection, reason)


async def _wait_links_closed(closed: asyncio.Event, address: str) -> None:
    """Wait for the hosts to report dropped links, which takes a few loop turns."""
    try:
        async with asyncio.timeout(_LINK_TEARDOWN_TIMEOUT):
            await closed.wait()
    except TimeoutError:
        _LOGGER.warning("%s: links not reported closed; continuing", address)


def _on_air(controller: Controller) -> bool:
    return isinstance(controller, _AirController) and controller.on_air


def _new_device(air: _Air, name: str, address: str) -> tuple[_AirController, Device]:
    controller = _AirController(name, air)
    host = Host(controller, AsyncPipeSink(controller))
    device = Device(name=name, address=hci.Address(address), host=host)
    return controller, device


# ---------------------------------------------------------------------------
# Peripheral side
# ---------------------------------------------------------------------------


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

    def _closed(self) -> None:
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
            error = self._peripheral._deliver_write(bearer, value, with_response=True)
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
            self._peripheral._deliver_write(bearer, value, with_response=False)


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
        self.controller, self.device = _new_device(radio.air, address, address)
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

    # -- advertising -------------------------------------------------------
    def set_advertisement(self, adv: Advertisement) -> None:
        """Replace the advertisement; it goes out at once if advertising.

        Raises ValueError if it does not fit legacy advertising PDUs.
        """
        self._payload = _encode_advertisement(adv)
        self._advertisement = _decode_advertisement(*self._payload)
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

    def _broadcast(self) -> None:
        self._timer = None
        if not (self._advertising and self.on_air and self._payload is not None):
            return
        self._radio._broadcast(self.address, self._rssi, *self._payload)
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
                    advertising_interval_min=_BUMBLE_ADVERTISING_INTERVAL_MS,
                    advertising_interval_max=_BUMBLE_ADVERTISING_INTERVAL_MS,
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
        await _wait_links_closed(self._links_closed, self.address)
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
        self._radio._detach(self)

    # -- connections -------------------------------------------------------
    def _on_connection(self, connection: Connection) -> None:
        if connection.role != hci.Role.PERIPHERAL:
            return
        link = PeripheralLink(self, connection, next(self._radio._connection_ids))
        self._links[connection.handle] = link
        self._links_closed.clear()

        def on_disconnection(_reason: int) -> None:
            self._links.pop(connection.handle, None)
            if not self._links:
                self._links_closed.set()
            link._closed()
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

    def _deliver_write(self, bearer: att.Bearer, data: bytes, *, with_response: bool) -> int | None:
        """Hand an RX write to the handler; return an ATT error code if it failed."""
        link = self._links.get(bearer.handle) if isinstance(bearer, Connection) else None
        if link is None:
            return att.ATT_UNLIKELY_ERROR_ERROR
        ok = self._call_handler(
            "on_write", lambda: self._handler.on_write(link, data, with_response)
        )
        return None if ok else att.ATT_UNLIKELY_ERROR_ERROR

    def _on_long_write(self, connection: Connection, value: bytes) -> None:
        if self._deliver_write(connection, bytes(value), with_response=True) is not None:
            raise att.ATT_Error(att.ATT_UNLIKELY_ERROR_ERROR)


# ---------------------------------------------------------------------------
# Central side
# ---------------------------------------------------------------------------


def _drop_late_responses(client: GattClient) -> None:
    """Ignore an ATT response whose request was cancelled a moment before it arrived.

    Bumble's client sets the result of the pending future without checking it is still
    pending; a request cancelled (a hub giving up on a read) while its response is in
    flight would otherwise raise InvalidStateError inside the host stack.
    """
    deliver = client.on_gatt_pdu

    def on_gatt_pdu(att_pdu: att.ATT_PDU) -> None:
        pending = client.pending_response
        if pending is not None and pending.done() and att_pdu.op_code in att.ATT_RESPONSES:
            return
        deliver(att_pdu)

    client.on_gatt_pdu = on_gatt_pdu  # type: ignore[method-assign]


class CentralLink:
    """One connection as the central sees it (a thin view of a Bumble connection)."""

    def __init__(self, central: RadioCentral, connection: Connection) -> None:
        self.central = central
        self.connection = connection
        """The Bumble connection, for GATT access through ``gatt_client``."""
        self.address: str = str(connection.peer_address)
        self.disconnect_reason: int | None = None
        self._listeners: list[Callable[[int], None]] = []
        self._requests: set[asyncio.Future[Any]] = set()
        connection.on(Connection.EVENT_DISCONNECTION, self._on_disconnection)
        _drop_late_responses(connection.gatt_client)

    def __repr__(self) -> str:
        return f"CentralLink({self.central.address} -> {self.address}, mtu={self.mtu})"

    @property
    def is_connected(self) -> bool:
        """Whether the connection is still up."""
        return self.disconnect_reason is None

    @property
    def mtu(self) -> int:
        """Negotiated ATT MTU."""
        return int(self.connection.att_mtu)

    @property
    def gatt_client(self) -> GattClient:
        """Bumble's GATT client of this connection."""
        client: GattClient = self.connection.gatt_client
        return client

    def add_disconnect_listener(self, callback: Callable[[int], None]) -> Callable[[], None]:
        """Call ``callback(hci_reason)`` once when the link drops; returns a remover."""
        self._listeners.append(callback)

        def remove() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(callback)

        return remove

    async def request[T](self, awaitable: Awaitable[T]) -> T:
        """Await a GATT operation; a dropped link raises NotConnectedError.

        Bumble's GATT client only fails the one request in flight when the link
        drops (with a CancelledError nobody asked for) and lets queued ones wait
        for its 30 s timeout, so every operation is tracked and failed here.
        """
        if not self.is_connected:
            if asyncio.iscoroutine(awaitable):
                awaitable.close()
            raise NotConnectedError(f"{self.address} is not connected")
        operation = asyncio.ensure_future(awaitable)
        self._requests.add(operation)
        try:
            return await operation
        except asyncio.CancelledError:
            task = asyncio.current_task()
            if task is not None and task.cancelling():
                raise
            raise NotConnectedError(f"{self.address}: link lost") from None
        finally:
            self._requests.discard(operation)

    async def disconnect(self) -> None:
        """Terminate the connection from the central side; idempotent."""
        if self.is_connected:
            await self.connection.disconnect(hci.HCI_REMOTE_USER_TERMINATED_CONNECTION_ERROR)

    def _on_disconnection(self, reason: int) -> None:
        self.disconnect_reason = reason
        self.central._forget(self)
        for operation in list(self._requests):
            operation.cancel()
        for callback in list(self._listeners):
            try:
                callback(reason)
            except Exception:
                _LOGGER.exception("%s: disconnect listener failed", self.address)
        self._listeners.clear()


class RadioCentral:
    """A hub-side radio: scans for advertisements and connects to peripherals."""

    def __init__(self, radio: VirtualRadio, address: str, *, max_mtu: int) -> None:
        self.address = address
        self.max_mtu = max_mtu
        self.max_connections: int | None = None
        """Connection slots; connecting beyond them raises NoFreeSlotError."""
        self._radio = radio
        self._scanning = False
        self._active = True
        self._closed = False
        self._listeners: list[AdvertisementListener] = []
        self._links: dict[str, CentralLink] = {}
        self._connect_lock = asyncio.Lock()
        self._connecting_to: hci.Address | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._links_closed = asyncio.Event()
        self._links_closed.set()
        self.controller, self.device = _new_device(radio.air, address, address)
        self.device.on(Device.EVENT_CONNECTION, self._on_connection)

    def __repr__(self) -> str:
        return f"RadioCentral({self.address})"

    @property
    def scanning(self) -> bool:
        """Whether advertisements are being received."""
        return self._scanning

    @property
    def links(self) -> list[CentralLink]:
        """Connections that are up."""
        return list(self._links.values())

    @property
    def connections_in_use(self) -> int:
        """Number of connection slots in use."""
        return len(self._links)

    # -- scanning ----------------------------------------------------------
    def add_advertisement_listener(self, callback: AdvertisementListener) -> Callable[[], None]:
        """Register ``callback(address, rssi, advertisement)``; returns a remover."""
        self._listeners.append(callback)

        def remove() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(callback)

        return remove

    async def start_scanning(self, *, active: bool = True) -> None:
        """Start receiving advertisements; passive scans get no scan response.

        Peripherals already advertising are heard at once rather than on their
        next periodic event.
        """
        if self._closed:
            raise RadioError(f"{self.address} is closed")
        self._active = active
        if not self._scanning:
            self._scanning = True
            self._radio._announce_to(self)

    async def stop_scanning(self) -> None:
        """Stop receiving advertisements."""
        self._scanning = False

    def _receive(self, address: str, rssi: int, adv_data: bytes, scan_response: bytes) -> None:
        """Deliver one advertising event to the listeners (called by the radio)."""
        if not self._scanning:
            return
        adv = _decode_advertisement(adv_data, scan_response if self._active else b"")
        for callback in list(self._listeners):
            try:
                callback(address, rssi, adv)
            except Exception:
                _LOGGER.exception("%s: advertisement listener failed", self.address)

    # -- connections -------------------------------------------------------
    async def connect(self, address: str, *, timeout: float) -> CentralLink:
        """Connect to ``address`` and exchange the ATT MTU (requesting ``max_mtu``).

        Raises TimeoutError if the peripheral is not connectable within
        ``timeout`` (out of range, powered off, not advertising or busy),
        NoFreeSlotError when all ``max_connections`` are in use and
        NotConnectedError if the link drops during the MTU exchange.
        """
        if self._closed:
            raise RadioError(f"{self.address} is closed")
        loop = asyncio.get_running_loop()
        if self._radio.max_connect_wait is not None:
            timeout = min(timeout, self._radio.max_connect_wait)
        deadline = loop.time() + timeout
        target = hci.Address(address.upper())
        async with asyncio.timeout_at(deadline):
            await self._connect_lock.acquire()
        try:
            if self.max_connections is not None and len(self._links) >= self.max_connections:
                raise NoFreeSlotError(
                    f"{self.address}: no free connection slot "
                    f"({len(self._links)} of {self.max_connections} in use)"
                )
            if str(target) in self._links:
                raise RadioError(f"{self.address} is already connected to {target}")
            connection = await self._establish(target, max(deadline - loop.time(), 0.0))
            link = CentralLink(self, connection)
            self._links[link.address] = link
            self._links_closed.clear()
        finally:
            self._connect_lock.release()
        try:
            await link.request(connection.gatt_client.request_mtu(self.max_mtu))
        except BaseException:
            await self._abandon(link)
            raise
        return link

    async def _establish(self, target: hci.Address, timeout: float) -> Connection:
        """Initiate a connection, cancelling the initiation like a host does on timeout.

        Bumble's own connect timeout leaves an unretrieved exception in a shielded
        future, so the deadline is kept here and the cancel sent explicitly.
        """
        self._connecting_to = target
        attempt = asyncio.ensure_future(
            self.device.connect(target, transport=PhysicalTransport.LE, timeout=None)
        )
        try:
            done, _ = await asyncio.wait({attempt}, timeout=timeout)
            if not done:
                # The controller answers with a failed connection complete event,
                # unless the connection completed in the meantime.
                await self.device.cancel_connection()  # type: ignore[no-untyped-call]
            connection: Connection = await attempt
        except (BumbleTimeoutError, BumbleConnectionError) as exc:
            raise TimeoutError(f"{self.address}: connecting to {target} timed out") from exc
        except asyncio.CancelledError:
            self.controller.abort_pending_connection()
            attempt.cancel()
            raise
        finally:
            self._connecting_to = None
        return connection

    async def _abandon(self, link: CentralLink) -> None:
        with contextlib.suppress(Exception):
            await asyncio.shield(link.disconnect())

    def _on_connection(self, connection: Connection) -> None:
        """Disconnect connections completed after their connect() was cancelled."""
        if connection.role != hci.Role.CENTRAL or connection.peer_address == self._connecting_to:
            return
        _LOGGER.debug(
            "%s: dropping unclaimed connection to %s", self.address, connection.peer_address
        )
        task = asyncio.get_running_loop().create_task(
            connection.disconnect(hci.HCI_REMOTE_USER_TERMINATED_CONNECTION_ERROR)
        )
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _forget(self, link: CentralLink) -> None:
        """Release the slot of a link that dropped (called by the link)."""
        if self._links.get(link.address) is link:
            del self._links[link.address]
        if not self._links:
            self._links_closed.set()

    async def close(self) -> None:
        """Drop all connections and leave the air; idempotent."""
        if self._closed:
            return
        self._closed = True
        self._scanning = False
        self._listeners.clear()
        self._radio.air.drop_connections(self.controller, hci.HCI_CONNECTION_TIMEOUT_ERROR)
        self.controller.abort_pending_connection()
        self.controller.on_air = False
        await _wait_links_closed(self._links_closed, self.address)
        for task in list(self._tasks):
            with contextlib.suppress(Exception):
                await task
        await self.device.power_off()
        self._radio._detach(self)


# ---------------------------------------------------------------------------
# The radio
# ---------------------------------------------------------------------------


@dataclass
class _Nodes:
    peripherals: dict[str, RadioPeripheral] = field(default_factory=dict)
    centrals: dict[str, RadioCentral] = field(default_factory=dict)


class VirtualRadio:
    """The simulated air shared by door units and hub radios."""

    def __init__(
        self,
        *,
        advertising_interval: float = ADVERTISING_INTERVAL,
        max_connect_wait: float | None = None,
    ) -> None:
        """Create an empty air.

        ``advertising_interval`` is how often unchanged advertisements repeat;
        ``max_connect_wait`` caps how long any connection attempt waits for an
        unreachable peer (None: the caller's timeout), to keep tests of offline
        door units fast.
        """
        self.air = _Air()  # type: ignore[no-untyped-call]
        self._advertising_interval = advertising_interval
        self.max_connect_wait = max_connect_wait
        self._nodes = _Nodes()
        self._connection_ids = itertools.count(1)
        self._closed = False

    @property
    def advertising_interval(self) -> float:
        """Seconds between repeats of an unchanged advertisement."""
        return self._advertising_interval

    @advertising_interval.setter
    def advertising_interval(self, value: float) -> None:
        self._advertising_interval = value
        for peripheral in self._nodes.peripherals.values():
            if peripheral._timer is not None:
                peripheral._restart_broadcast()

    @property
    def peripherals(self) -> dict[str, RadioPeripheral]:
        """Peripherals on the air, by address."""
        return dict(self._nodes.peripherals)

    @property
    def centrals(self) -> dict[str, RadioCentral]:
        """Centrals on the air, by address."""
        return dict(self._nodes.centrals)

    def _claim(self, address: str) -> str:
        if self._closed:
            raise RadioError("radio is closed")
        address = str(hci.Address(address.upper()))
        if address in self._nodes.peripherals or address in self._nodes.centrals:
            raise ValueError(f"address {address} is already on the air")
        return address

    async def add_peripheral(
        self, address: str, handler: PeripheralHandler, *, max_mtu: int = 247
    ) -> RadioPeripheral:
        """Add a powered-on peripheral serving the door-unit GATT service.

        It does not advertise until ``set_advertisement`` and ``start_advertising``.
        """
        address = self._claim(address)
        peripheral = RadioPeripheral(self, address, handler, max_mtu=max_mtu)
        self._nodes.peripherals[address] = peripheral
        await peripheral.power_on()
        return peripheral

    async def add_central(self, address: str, *, max_mtu: int = 247) -> RadioCentral:
        """Add a central (a hub adapter or proxy radio), not yet scanning."""
        address = self._claim(address)
        central = RadioCentral(self, address, max_mtu=max_mtu)
        self._nodes.centrals[address] = central
        await central.device.power_on()
        return central

    def _broadcast(self, address: str, rssi: int, adv_data: bytes, scan_response: bytes) -> None:
        """Deliver one advertising event to every scanning central."""
        loop = asyncio.get_running_loop()
        for central in self._nodes.centrals.values():
            if central.scanning:
                loop.call_soon(central._receive, address, rssi, adv_data, scan_response)

    def _announce_to(self, central: RadioCentral) -> None:
        """Let a central that starts scanning hear current advertisements now."""
        loop = asyncio.get_running_loop()
        for peripheral in self._nodes.peripherals.values():
            payload = peripheral._payload
            if peripheral.advertising and peripheral.on_air and payload is not None:
                loop.call_soon(central._receive, peripheral.address, peripheral.rssi, *payload)

    def _detach(self, node: RadioPeripheral | RadioCentral) -> None:
        """Forget a closed node and take its controller off the air."""
        if isinstance(node, RadioPeripheral):
            self._nodes.peripherals.pop(node.address, None)
        else:
            self._nodes.centrals.pop(node.address, None)
        self.air.controllers.discard(node.controller)

    async def close(self) -> None:
        """Power everything off and cancel all timers; idempotent."""
        self._closed = True
        for central in list(self._nodes.centrals.values()):
            await central.close()
        for peripheral in list(self._nodes.peripherals.values()):
            await peripheral.close()

    async def __aenter__(self) -> Self:
        """Use as ``async with VirtualRadio() as radio``."""
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        """Close on exit."""
        await self.close()
