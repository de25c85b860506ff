"""Message channel over a bleak-compatible GATT client (docs/protocol.md §3).

Turns the unit's RX/TX characteristics into "send a message, await the reply": fragments
outgoing messages to the link's ATT MTU, reassembles notifications, maps plaintext ERROR
messages to typed exceptions, and counts round trips and ATT bytes for measurements.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
import logging
from typing import Any, Protocol

from .constants import ErrorCode, MessageType, Status
from .errors import (
    AlreadyPaired,
    AuthenticationError,
    CommandError,
    Conflict,
    ConnectionLost,
    DoorUnitError,
    DoorUnitTimeout,
    Expired,
    Forbidden,
    InvalidArgument,
    Jammed,
    NotFound,
    NotInPairingMode,
    NotPairedError,
    PairingLockedOut,
    ProtocolError,
    UnitBusy,
    Unsupported,
    UnsupportedVersion,
    WrongSetupCode,
)
from .framing import ATT_HEADER, MAX_MESSAGE, MIN_MTU, Reassembler, fragment
from .gatt import RX_CHAR_UUID, TX_CHAR_UUID
from .messages import Envelope, ErrorMessage

_LOGGER = logging.getLogger(__name__)


class BleakClientLike(Protocol):
    """The part of `bleak.BleakClient` the protocol needs (HA hands us its wrapper)."""

    @property
    def mtu_size(self) -> int:
        """Negotiated ATT MTU."""
        ...

    @property
    def is_connected(self) -> bool:
        """Whether the link is up."""
        ...

    async def read_gatt_char(self, char_specifier: str, **kwargs: Any) -> bytearray:
        """Read a characteristic."""
        ...

    async def write_gatt_char(self, char_specifier: str, data: bytes, response: bool) -> None:
        """Write a characteristic."""
        ...

    async def start_notify(
        self, char_specifier: str, callback: Callable[[Any, bytearray], None], **kwargs: Any
    ) -> None:
        """Subscribe to notifications."""
        ...

    async def stop_notify(self, char_specifier: str) -> None:
        """Unsubscribe."""
        ...


@dataclass(slots=True)
class ChannelStats:
    """What one channel sent and received: the figures `scripts/bench` prints."""

    round_trips: int = 0
    att_bytes: int = 0
    writes: int = 0
    notifications: int = 0


_ERROR_CODES: dict[ErrorCode, Callable[[int], DoorUnitError]] = {
    ErrorCode.NOT_IN_PAIRING_MODE: lambda _: NotInPairingMode("unit is not in pairing mode"),
    ErrorCode.LOCKED_OUT: PairingLockedOut,
    ErrorCode.ALREADY_PAIRED: lambda _: AlreadyPaired("unit is paired to another hub"),
    ErrorCode.WRONG_CODE: WrongSetupCode,
    ErrorCode.UNKNOWN_CONTROLLER: lambda _: NotPairedError("unit does not know this hub"),
    ErrorCode.BUSY: lambda _: UnitBusy(Status.BUSY, "unit is busy"),
    ErrorCode.HANDSHAKE_FAILED: lambda _: AuthenticationError("unit rejected the handshake"),
    ErrorCode.UNSUPPORTED_VERSION: lambda _: UnsupportedVersion("unit rejected our version"),
}

_STATUS_ERRORS: dict[Status, type[CommandError]] = {
    Status.FORBIDDEN: Forbidden,
    Status.BUSY: UnitBusy,
    Status.JAMMED: Jammed,
    Status.EXPIRED: Expired,
    Status.UNSUPPORTED: Unsupported,
    Status.UNKNOWN_OPCODE: Unsupported,
    Status.CONFLICT: Conflict,
    Status.NO_TRANSACTION: Conflict,
    Status.INVALID_ARGUMENT: InvalidArgument,
    Status.NOT_FOUND: NotFound,
}


def error_from_message(message: ErrorMessage) -> DoorUnitError:
    """Typed exception for a plaintext ERROR."""
    factory = _ERROR_CODES.get(message.code)
    if factory is None:
        return ProtocolError(f"unit reported {message.code.name}")
    return factory(message.arg)


def error_from_status(status: Status) -> CommandError:
    """Typed exception for a failed response status."""
    return _STATUS_ERRORS.get(status, CommandError)(status, f"unit answered {status.name}")


class MessageChannel:
    """Whole messages over RX writes and TX notifications of one connection."""

    def __init__(self, ble: BleakClientLike, *, timeout: float = 10.0) -> None:
        """Wrap a connected client; call `start` before use."""
        self._ble = ble
        self._timeout = timeout
        self._reassembler = Reassembler(MAX_MESSAGE)
        self._inbox: asyncio.Queue[bytes | DoorUnitError] = asyncio.Queue()
        self._lost = False
        self.stats = ChannelStats()
        self.last_refusal: DoorUnitError | None = None
        """The last plaintext ERROR raised: unauthenticated, so anyone may have sent it."""

    @property
    def lost(self) -> bool:
        """Whether the link dropped (nothing more will arrive)."""
        return self._lost

    @property
    def mtu(self) -> int:
        """ATT MTU of the link (never below the BLE minimum)."""
        return max(MIN_MTU, int(self._ble.mtu_size))

    async def start(self) -> None:
        """Subscribe to TX notifications."""
        await self._ble.start_notify(TX_CHAR_UUID, self._on_notify)

    async def stop(self) -> None:
        """Unsubscribe when the link is still up."""
        if self._ble.is_connected and not self._lost:
            try:
                await self._ble.stop_notify(TX_CHAR_UUID)
            except Exception as err:  # the link may drop between the check and the call
                _LOGGER.debug("stop_notify failed: %s", err)

    async def read(self, uuid: str) -> bytes:
        """Read a plaintext characteristic (INFO)."""
        data = bytes(await self._guard(self._ble.read_gatt_char(uuid)))
        self.stats.att_bytes += ATT_HEADER + len(data)
        return data

    def connection_lost(self) -> None:
        """Fail whatever waits on this channel: the link is gone."""
        self._lost = True
        self._reassembler.reset()
        self._inbox.put_nowait(ConnectionLost("link to the door unit dropped"))

    def _on_notify(self, _char: Any, data: bytearray) -> None:
        self.stats.notifications += 1
        self.stats.att_bytes += ATT_HEADER + len(data)
        try:
            message = self._reassembler.feed(bytes(data))
        except ProtocolError as err:
            self._inbox.put_nowait(err)
            return
        if message is not None:
            self._inbox.put_nowait(message)

    async def send(self, message: bytes) -> None:
        """Write one message: fragments without response, the last one with response.

        The final write-with-response acknowledges the whole window end to end, which
        write-without-response alone cannot do through a Bluetooth proxy.
        """
        if self._lost:
            raise ConnectionLost("link to the door unit dropped")
        pieces = list(fragment(message, self.mtu))
        for index, piece in enumerate(pieces):
            last = index == len(pieces) - 1
            await self._guard(self._ble.write_gatt_char(RX_CHAR_UUID, piece, response=last))
            self.stats.writes += 1
            self.stats.att_bytes += ATT_HEADER + len(piece)

    async def receive(
        self, timeout: float | None = None, *, plaintext_errors: bool = True
    ) -> Envelope:
        """Next whole message from the unit; plaintext ERRORs are raised as exceptions.

        With `plaintext_errors=False` (a session is up) an ERROR is returned like any other
        message, for the caller to ignore: it is unauthenticated and may be anyone's. A
        fragment that does not reassemble is then skipped for the same reason.
        """
        try:
            async with asyncio.timeout(self._timeout if timeout is None else timeout):
                item = await self._inbox.get()
        except TimeoutError as err:
            raise DoorUnitTimeout("door unit did not answer in time") from err
        if isinstance(item, DoorUnitError):
            if isinstance(item, ConnectionLost):
                self._inbox.put_nowait(item)  # stays lost for every later waiter
            elif not plaintext_errors:
                return Envelope(MessageType.ERROR, b"")
            raise item
        try:
            envelope = Envelope.decode(item)
        except ProtocolError:
            if plaintext_errors:
                raise
            return Envelope(MessageType.ERROR, b"")
        if envelope.type is MessageType.ERROR and plaintext_errors:
            self.last_refusal = error_from_message(ErrorMessage.decode(envelope.body))
            raise self.last_refusal
        return envelope

    async def exchange(self, message: bytes, expect: MessageType) -> bytes:
        """Send a message and return the body of the reply, which must be `expect`."""
        self.stats.round_trips += 1
        await self.send(message)
        reply = await self.receive()
        if reply.type is not expect:
            raise ProtocolError(f"expected {expect.name}, got {reply.type.name}")
        return reply.body

    async def _guard[T](self, awaitable: Awaitable[T]) -> T:
        """Run a GATT operation, turning link failures into `ConnectionLost`."""
        try:
            return await awaitable
        except DoorUnitError:
            raise
        except Exception as err:  # bleak backends raise BleakError, EOFError, OSError...
            self._lost = True
            raise ConnectionLost(f"GATT operation failed: {err}") from err
