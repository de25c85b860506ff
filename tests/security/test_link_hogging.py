"""Attack 2: holding the unit's only link with junk, floods or a replayed HELLO.

Only authenticated progress keeps a link alive; a link that makes none within PREAUTH_S is
dropped, every link ends at LINK_MAX_S, the inbox is bounded and handshakes are budgeted.
"""

from __future__ import annotations

import asyncio

from bleak import BleakClient
import pytest

from custom_components.digitalkey.protocol.constants import (
    HELLO_BUDGET,
    HELLO_BUDGET_S,
    HELLO_MAX_PER_LINK,
    INBOX_MAX,
    LINK_MAX_S,
    PREAUTH_S,
    LockState,
)
from custom_components.digitalkey.protocol.errors import ConnectionLost, UnitBusy
from custom_components.digitalkey.protocol.gatt import RX_CHAR_UUID, TX_CHAR_UUID
from simulator.door_unit import DoorUnit, UnitConfig
from simulator.testbed import Testbed
from tests.helpers.manual_time import ManualTime
from tests.protocol.loopback import LoopbackClient

from .conftest import SETUP_CODE, UNIT_ID, Hub


async def _settle() -> None:
    for _ in range(20):
        await asyncio.sleep(0)


async def test_a_junk_byte_every_second_does_not_hold_the_link() -> None:
    time = ManualTime()
    async with Testbed() as bed:
        address, unit = await bed.add_unit(
            UnitConfig(unit_id=UNIT_ID, setup_code=SETUP_CODE),
            clock=time.time,
            monotonic=time.monotonic,
            call_later=time.call_later,
        )
        result = await bed.pair(address, SETUP_CODE)
        dropped = asyncio.Event()
        attacker: BleakClient = await bed.connect(address, dropped.set)
        for _ in range(3):
            await attacker.write_gatt_char(RX_CHAR_UUID, b"\x00", response=True)
            time.advance(PREAUTH_S * 0.3)
        assert not dropped.is_set()  # 0.9 x PREAUTH_S: not yet
        await attacker.write_gatt_char(RX_CHAR_UUID, b"\x00", response=True)
        time.advance(PREAUTH_S * 0.2)

        async with asyncio.timeout(2):
            await dropped.wait()
        assert not unit.connections

        ble, client = await bed.client(address, result)  # the hub gets in
        assert await client.unlock(challenge=unit.challenge) is LockState.UNLOCKED
        await ble.disconnect()


async def test_a_failed_handshake_is_no_progress(owner: Hub, time: ManualTime) -> None:
    ble = LoopbackClient(owner.unit)
    await ble.connect()
    hello = b"\x10" + owner.key.key_id + bytes(48)  # known key id, garbage Noise message
    for _ in range(5):
        await ble.write_gatt_char(RX_CHAR_UUID, b"\xc0" + len(hello).to_bytes(2) + hello, True)
        time.advance(PREAUTH_S / 5)
    time.advance(0.1)
    await _settle()
    assert not ble.is_connected


def _flood(unit: DoorUnit, ble: LoopbackClient, fragment: bytes, count: int) -> None:
    link = ble._link
    assert link is not None
    connection = unit.connections[link.connection_id]
    for _ in range(count):  # faster than the unit can answer: no await in between
        unit.on_write(link, fragment, False)
        assert connection._inbox.qsize() <= INBOX_MAX


@pytest.mark.parametrize(
    "fragment",
    [b"\x80\x00\x10" + bytes(8), b"\xc0\x00\x01\x7f"],
    ids=["first-fragments", "whole-junk-messages"],
)
async def test_a_flood_does_not_grow_the_inbox(unit: DoorUnit, fragment: bytes) -> None:
    ble = LoopbackClient(unit)
    notified: list[bytes] = []
    await ble.connect()
    await ble.start_notify(TX_CHAR_UUID, lambda _c, data: notified.append(bytes(data)))

    _flood(unit, ble, fragment, 1000)
    await _settle()

    assert not ble.is_connected  # overflowing the inbox drops the link
    assert len(notified) <= INBOX_MAX
    assert not unit.connections


async def test_a_message_longer_than_the_buffer_drops_the_link(unit: DoorUnit) -> None:
    ble = LoopbackClient(unit)
    await ble.connect()
    too_long = unit.config.max_message + 1
    await ble.write_gatt_char(RX_CHAR_UUID, b"\x80" + too_long.to_bytes(2) + bytes(16), True)
    await _settle()
    assert not ble.is_connected


async def test_a_link_ends_at_link_max_s_even_with_valid_traffic(
    owner: Hub, time: ManualTime
) -> None:
    ble, client = await owner.connect()
    elapsed = 0.0
    while elapsed + 5 < LINK_MAX_S:
        await client.status()
        time.advance(5)
        elapsed += 5
        await _settle()
        assert ble.is_connected
    time.advance(LINK_MAX_S - elapsed)
    await _settle()
    assert not ble.is_connected
    with pytest.raises(ConnectionLost):
        await client.status()


async def test_a_replayed_hello_holds_a_link_only_so_often(owner: Hub, time: ManualTime) -> None:
    ble, client = await owner.connect()
    for _ in range(HELLO_MAX_PER_LINK):  # fewer than the unit's budget
        await client.handshake()
    with pytest.raises((UnitBusy, ConnectionLost)):
        await client.handshake()
    await _settle()
    assert not ble.is_connected


async def test_the_unit_budgets_handshakes(owner: Hub, time: ManualTime) -> None:
    for _ in range(HELLO_BUDGET):
        ble, client = await owner.connect()
        await client.handshake()
        await ble.disconnect()
    ble, client = await owner.connect()
    with pytest.raises(UnitBusy):
        await client.handshake()
    await ble.disconnect()

    time.advance(HELLO_BUDGET_S)
    ble, client = await owner.connect()
    await client.handshake()
    await ble.disconnect()


async def test_the_budget_window_slides_and_refusals_use_none(owner: Hub, time: ManualTime) -> None:
    time.advance(HELLO_BUDGET_S - 1)  # late in what a fixed window would be
    for _ in range(HELLO_BUDGET):
        ble, client = await owner.connect()
        await client.handshake()
        await ble.disconnect()
    time.advance(2)  # a fixed window would have started again
    for _ in range(3):  # refused: these count against nothing
        ble, client = await owner.connect()
        with pytest.raises(UnitBusy):
            await client.handshake()
        await ble.disconnect()

    time.advance(HELLO_BUDGET_S - 2)  # the first ten have just left the window
    ble, client = await owner.connect()
    await client.handshake()
    await ble.disconnect()
