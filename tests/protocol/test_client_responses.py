"""How the hub client matches answers: late ones, foreign messages, slow motors, sessions."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

from custom_components.digitalkey.protocol import client as client_module
from custom_components.digitalkey.protocol.advertisement import NO_UNIT_ID
from custom_components.digitalkey.protocol.client import read_info
from custom_components.digitalkey.protocol.constants import (
    AdvertFlag,
    ErrorCode,
    LockState,
    MessageType,
)
from custom_components.digitalkey.protocol.errors import (
    ConnectionLost,
    DoorUnitTimeout,
    ProtocolError,
)
from custom_components.digitalkey.protocol.framing import fragment
from custom_components.digitalkey.protocol.messages import Envelope, ErrorMessage
from simulator.door_unit import DoorUnit

from .conftest import UNIT_ID, Paired
from .loopback import LoopbackClient


async def _until(condition: Callable[[], bool], timeout: float = 1.0) -> None:
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0.001)


async def test_info_is_read_in_plaintext(unit: DoorUnit) -> None:
    ble = LoopbackClient(unit)
    await ble.connect()
    info = await read_info(ble)
    assert info.unit_id == UNIT_ID


async def test_info_of_a_paired_unit_does_not_name_it(paired: Paired) -> None:
    ble = LoopbackClient(paired.unit)
    await ble.connect()
    info = await read_info(ble)
    assert info.unit_id == NO_UNIT_ID
    assert info.flags & AdvertFlag.PAIRED


async def test_a_session_lasts_as_long_as_the_client(paired: Paired) -> None:
    ble = LoopbackClient(paired.unit)
    await ble.connect()
    async with paired.client(ble) as client:
        assert not client.has_session
        await client.status()
        assert client.has_session
    assert not client.has_session


async def test_an_answer_nobody_waits_for_any_more_is_skipped(paired: Paired) -> None:
    unit = paired.unit
    unit.config.motor_time = 0.03
    _, client = await paired.connect()
    await client.status()
    unlock = asyncio.create_task(client.unlock())
    await _until(lambda: unit.motor_busy)
    unlock.cancel()  # the hub gives up while the bolt moves; the answers still come
    with pytest.raises(asyncio.CancelledError):
        await unlock
    await _until(lambda: not unit.motor_busy)

    assert await client.lock() is LockState.LOCKED
    assert unit.motor_operations == 2


async def test_a_motor_that_never_finishes_times_out(
    paired: Paired, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(client_module, "MOTOR_TIMEOUT_S", 0.01)
    unit = paired.unit
    unit.config.motor_time = 0.05
    _, client = await paired.connect()

    with pytest.raises(DoorUnitTimeout, match="did not finish"):
        await client.unlock()
    await _until(lambda: not unit.motor_busy)


async def test_unauthenticated_messages_inside_a_session_are_ignored(
    paired: Paired,
) -> None:
    ble, client = await paired.connect()
    await client.status()
    status = asyncio.create_task(client.status())
    await asyncio.sleep(0)
    # Something else arrives on TX before the answer: anyone could have sent it (§10).
    for stray in (
        Envelope(MessageType.PAIR_CHALLENGE, b"?").encode(),
        ErrorMessage(ErrorCode.UNKNOWN_CONTROLLER).encode(),
    ):
        for piece in fragment(stray, ble.mtu_size):
            ble.deliver(piece)
    snapshot = await status
    assert snapshot.lock_state is paired.unit.lock_state


async def test_no_session_is_a_protocol_error_until_the_link_is_lost(paired: Paired) -> None:
    ble = LoopbackClient(paired.unit)
    await ble.connect()
    client = paired.client(ble)
    await client.start()
    with pytest.raises(ProtocolError, match="no session"):
        await client._send_data(b"")
    client.connection_lost()
    with pytest.raises(ConnectionLost):
        await client._send_data(b"")
