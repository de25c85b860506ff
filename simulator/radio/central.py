"""The central side of the simulated radio: a hub's adapter or a proxy's radio.

A ``RadioCentral`` scans for advertisements and connects to peripherals within its
connection slots; a ``CentralLink`` is one connection as the central sees it, a thin
view of a Bumble connection whose GATT client does the reads, writes and
subscriptions.
"""

import asyncio
from collections.abc import Awaitable, Callable
import contextlib
import logging
from typing import TYPE_CHECKING, Any

from bumble import att, hci
from bumble.core import (
    ConnectionError as BumbleConnectionError,
    PhysicalTransport,
    TimeoutError as BumbleTimeoutError,
)
from bumble.device import Connection, Device
from bumble.gatt_client import Client as GattClient
from bumble.host import Host

from .advertising import Advertisement, decode_advertisement
from .air import new_device, wait_links_closed
from .errors import NoFreeSlotError, NotConnectedError, RadioError

if TYPE_CHECKING:
    from .virtual_radio import VirtualRadio

__all__ = ["AdvertisementListener", "CentralLink", "RadioCentral"]

_LOGGER = logging.getLogger(__name__)

type AdvertisementListener = Callable[[str, int, Advertisement], None]
"""Called with (peripheral address, rssi, advertisement) for each received event."""


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


def _drop_late_command_results(host: Host) -> None:
    """Ignore a command's status or result whose wait was cancelled a moment before it came.

    The controller answers a command on the loop's next turn; a connect cancelled in
    between (a hub giving up, or Home Assistant stopping) leaves the host's pending future
    cancelled but not yet cleared, and Bumble would set its result and raise
    InvalidStateError inside the host stack. The cancelled wait cleans up after itself.
    """
    deliver = host.on_command_processed

    def on_command_processed(
        event: hci.HCI_Command_Complete_Event[Any] | hci.HCI_Command_Status_Event,
    ) -> None:
        pending = host.pending_response
        if pending is not None and pending.done():
            return
        deliver(event)

    host.on_command_processed = on_command_processed  # type: ignore[method-assign]


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
        self.central.release_slot(self)
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
        self.controller, self.device = new_device(radio.air, address, address)
        self.device.on(Device.EVENT_CONNECTION, self._on_connection)
        _drop_late_command_results(self.device.host)

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
            self._radio.announce_to(self)

    async def stop_scanning(self) -> None:
        """Stop receiving advertisements."""
        self._scanning = False

    def receive_advertisement(
        self, address: str, rssi: int, adv_data: bytes, scan_response: bytes
    ) -> None:
        """Deliver one advertising event to the listeners (called by the radio).

        Ignored while not scanning; a passive scan does not get the scan response.
        """
        if not self._scanning:
            return
        adv = decode_advertisement(adv_data, scan_response if self._active else b"")
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
            # Bumble's connect has to unwind (and drop its listeners) before the
            # controller reports the aborted initiation: the report would otherwise
            # reach a future the cancellation already cancelled, inside the host.
            attempt.cancel()
            try:
                await asyncio.wait({attempt})
            finally:
                self.controller.abort_pending_connection()
            if not attempt.cancelled() and attempt.exception() is None:
                self._drop_unclaimed(attempt.result())  # it completed meanwhile
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
        self._drop_unclaimed(connection)

    def _drop_unclaimed(self, connection: Connection) -> None:
        _LOGGER.debug(
            "%s: dropping unclaimed connection to %s", self.address, connection.peer_address
        )
        task = asyncio.get_running_loop().create_task(
            connection.disconnect(hci.HCI_REMOTE_USER_TERMINATED_CONNECTION_ERROR)
        )
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def release_slot(self, link: CentralLink) -> None:
        """Release the connection slot of ``link``, which dropped (called by the link)."""
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
        await wait_links_closed(self._links_closed, self.address)
        for task in list(self._tasks):
            with contextlib.suppress(Exception):
                await task
        await self.device.power_off()
        self._radio.detach(self)
