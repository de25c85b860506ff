"""The air under the simulated radio: Bumble's link and controllers, adapted.

Every device gets its own Bumble ``Controller`` + ``Host`` + ``Device`` on one shared
``LocalLink`` subclass, so connections, ATT MTU exchange, GATT discovery, writes and
notifications run through Bumble's real HCI, L2CAP and ATT code. What is changed here:

* Reachability. A controller that is off the air (its device out of range or powered
  off) is cut off at the link: nothing it sends is delivered and nothing reaches it,
  and ``Air.drop_connections`` ends its live connections on both sides at once.
* Connection setup in the millisecond range. The initiator "hears" the target's next
  advertising event as soon as it asks to connect instead of waiting for Bumble's
  advertising timer, and a CONNECT_IND is delivered synchronously so only one of
  several competing centrals wins an advertising event.
* Cancelling an initiation is reported to the host, as a real controller does.
"""

import asyncio
import logging
from typing import Final

from bumble import hci, ll
from bumble.controller import Connection as ControllerConnection, Controller
from bumble.core import PhysicalTransport
from bumble.device import Device
from bumble.host import Host
from bumble.link import LocalLink
from bumble.transport.common import AsyncPipeSink

__all__ = [
    "BUMBLE_ADVERTISING_INTERVAL_MS",
    "Air",
    "AirController",
    "new_device",
    "wait_links_closed",
]

_LOGGER = logging.getLogger(__name__)

_LINK_TEARDOWN_TIMEOUT: Final = 1.0

# Bumble only uses its own advertising to let initiators find the target, and
# initiators are served at once (see Air.page), so the timer can be lazy.
BUMBLE_ADVERTISING_INTERVAL_MS: Final = 10240.0


class AirController(Controller):
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

    def __init__(self, name: str, air: Air) -> None:
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


class Air(LocalLink):
    """Bumble's LocalLink plus reachability and immediate paging."""

    controllers: set[AirController]  # type: ignore[assignment]

    def _find(self, address: hci.Address) -> AirController | None:
        found = self.find_le_controller(address)
        return found if isinstance(found, AirController) else None

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

    def drop_connections(self, controller: AirController, reason: int) -> None:
        """End every connection of ``controller`` on both sides at once."""
        for connection in list(controller.le_connections.values()):
            peer = self._find(connection.peer_address)
            peer_connection: ControllerConnection | None = None
            if peer is not None:
                peer_connection = peer.le_connections.get(connection.self_address)
            if peer is not None and peer_connection is not None:
                peer.on_le_disconnected(peer_connection, reason)
            controller.on_le_disconnected(connection, reason)


async def wait_links_closed(closed: asyncio.Event, address: str) -> None:
    """Wait for the hosts to report dropped links, which takes a few loop turns."""
    try:
        async with asyncio.timeout(_LINK_TEARDOWN_TIMEOUT):
            await closed.wait()
    except TimeoutError:
        _LOGGER.warning("%s: links not reported closed; continuing", address)


def _on_air(controller: Controller) -> bool:
    return isinstance(controller, AirController) and controller.on_air


class AirDevice(Device):
    """A Bumble device that takes a connection completing after its `connect()` unwound.

    Bumble forgets the own address type of a connection attempt when `connect()` returns
    or is cancelled; a controller's connection complete that crosses the cancellation then
    trips an assertion inside the host. Here such a connection is set up with the random
    address type every simulated radio uses, and the central drops it as unclaimed.
    """

    _own_address_type: hci.OwnAddressType | None = None

    @property
    def connect_own_address_type(self) -> hci.OwnAddressType:
        """The own address type of the connection attempt, or the radio's random one."""
        if self._own_address_type is None:
            return hci.OwnAddressType.RANDOM
        return self._own_address_type

    @connect_own_address_type.setter
    def connect_own_address_type(self, value: hci.OwnAddressType | None) -> None:
        self._own_address_type = value


def new_device(air: Air, name: str, address: str) -> tuple[AirController, Device]:
    controller = AirController(name, air)
    host = Host(controller, AsyncPipeSink(controller))
    device = AirDevice(name=name, address=hci.Address(address), host=host)
    return controller, device
