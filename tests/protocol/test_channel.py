"""The message channel over a bleak-like client: failures, errors and lost links."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from custom_components.digitalkey.protocol.channel import (
    MessageChannel,
    error_from_message,
    error_from_status,
)
from custom_components.digitalkey.protocol.constants import ErrorCode, MessageType, Status
from custom_components.digitalkey.protocol.errors import (
    CommandError,
    Conflict,
    ConnectionLost,
    DoorUnitError,
    DoorUnitTimeout,
    FramingError,
    InvalidArgument,
    NotFound,
    ProtocolError,
    Unsupported,
)
from custom_components.digitalkey.protocol.framing import fragment
from custom_components.digitalkey.protocol.messages import Envelope, ErrorMessage


class FakeBle:
    """A bleak-like client whose operations can be made to fail."""

    def __init__(self) -> None:
        self.mtu_size = 247
        self.is_connected = True
        self.failure: BaseException | None = None
        self.written: list[tuple[bytes, bool]] = []
        self.stop_calls = 0
        self._callback: Callable[[Any, bytearray], None] | None = None

    def _check(self) -> None:
        if self.failure is not None:
            raise self.failure

    async def read_gatt_char(self, char_specifier: str, **kwargs: Any) -> bytearray:
        self._check()
        return bytearray(b"info")

    async def write_gatt_char(self, char_specifier: str, data: bytes, response: bool) -> None:
        self._check()
        self.written.append((bytes(data), response))

    async def start_notify(
        self, char_specifier: str, callback: Callable[[Any, bytearray], None], **kwargs: Any
    ) -> None:
        self._callback = callback

    async def stop_notify(self, char_specifier: str) -> None:
        self.stop_calls += 1
        self._check()

    def notify(self, data: bytes) -> None:
        assert self._callback is not None
        self._callback(None, bytearray(data))

    def send_message(self, message: bytes) -> None:
        for piece in fragment(message, self.mtu_size):
            self.notify(piece)


@pytest.fixture
async def ble() -> FakeBle:
    return FakeBle()


@pytest.fixture
async def channel(ble: FakeBle) -> MessageChannel:
    channel = MessageChannel(ble, timeout=0.5)
    await channel.start()
    return channel


@pytest.mark.parametrize("code", list(ErrorCode))
def test_every_error_code_maps_to_a_door_unit_error(code: ErrorCode) -> None:
    error = error_from_message(ErrorMessage(code, 3))
    assert isinstance(error, DoorUnitError)
    if code in (ErrorCode.MALFORMED, ErrorCode.UNEXPECTED):
        assert type(error) is ProtocolError
        assert code.name in str(error)


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (Status.INVALID_ARGUMENT, InvalidArgument),
        (Status.NOT_FOUND, NotFound),
        (Status.UNKNOWN_OPCODE, Unsupported),
        (Status.NO_TRANSACTION, Conflict),
        (Status.MALFORMED, CommandError),
    ],
)
def test_failure_statuses_map_to_typed_command_errors(
    status: Status, kind: type[CommandError]
) -> None:
    error = error_from_status(status)
    assert type(error) is kind
    assert error.status == status


def test_every_failure_status_keeps_its_code() -> None:
    for status in set(Status) - {Status.OK, Status.ACCEPTED}:
        assert error_from_status(status).status == status


async def test_a_broken_fragment_reaches_the_waiter_as_a_framing_error(
    ble: FakeBle, channel: MessageChannel
) -> None:
    ble.notify(b"\x01continuation without a first fragment")
    with pytest.raises(FramingError):
        await channel.receive()
    # The next whole message is received normally.
    ble.send_message(Envelope(MessageType.DATA, b"ok").encode())
    assert await channel.receive() == Envelope(MessageType.DATA, b"ok")


async def test_a_reply_of_the_wrong_type_is_a_protocol_error(
    ble: FakeBle, channel: MessageChannel
) -> None:
    ble.send_message(Envelope(MessageType.DATA, b"early").encode())
    with pytest.raises(ProtocolError, match="expected WELCOME, got DATA"):
        await channel.exchange(Envelope(MessageType.HELLO, b"x").encode(), MessageType.WELCOME)


async def test_a_failing_gatt_operation_loses_the_link(
    ble: FakeBle, channel: MessageChannel
) -> None:
    ble.failure = OSError("adapter went away")
    with pytest.raises(ConnectionLost, match="adapter went away"):
        await channel.send(b"\x20hello")
    assert channel.lost

    ble.failure = None
    with pytest.raises(ConnectionLost):
        await channel.send(b"\x20again")
    assert ble.written == []
    await channel.stop()
    assert ble.stop_calls == 0  # nothing to unsubscribe on a lost link


async def test_door_unit_errors_of_the_backend_pass_through(
    ble: FakeBle, channel: MessageChannel
) -> None:
    ble.failure = DoorUnitTimeout("backend timed out")
    with pytest.raises(DoorUnitTimeout):
        await channel.read("info")
    assert not channel.lost


async def test_a_lost_link_fails_every_later_waiter(channel: MessageChannel) -> None:
    channel.connection_lost()
    for _ in range(2):
        with pytest.raises(ConnectionLost):
            await channel.receive()


async def test_stop_tolerates_a_link_dropping_meanwhile(
    ble: FakeBle, channel: MessageChannel
) -> None:
    ble.failure = OSError("gone")
    await channel.stop()
    assert ble.stop_calls == 1
    ble.is_connected = False
    await channel.stop()
    assert ble.stop_calls == 1
