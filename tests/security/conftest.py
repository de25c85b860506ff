"""A reference unit on manual time, hubs that pair with it, and raw links for attackers.

Nothing here sleeps: the unit's clocks and its `call_later` move only when a test calls
`ManualTime.advance` (see `tests.helpers.manual_time`), so timeouts of seconds run in microseconds.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

import pytest

from custom_components.digitalkey.protocol.channel import MessageChannel
from custom_components.digitalkey.protocol.client import DoorUnitClient, PairingResult, pair
from custom_components.digitalkey.protocol.constants import Role
from custom_components.digitalkey.protocol.keys import StaticKey
from simulator.door_unit import DoorUnit, UnitConfig
from tests.helpers.manual_time import ManualTime
from tests.protocol.loopback import LoopbackClient

UNIT_ID = bytes.fromhex("D1C0FFEE5EC0")
SETUP_CODE = "31415926"


@dataclass
class Hub:
    """A controller the unit knows, with its key and what pairing told it."""

    unit: DoorUnit
    key: StaticKey
    result: PairingResult
    time: ManualTime

    async def connect(
        self, clock: Callable[[], float] | None = None
    ) -> tuple[LoopbackClient, DoorUnitClient]:
        """A new link and a client on it (the session opens with the first command)."""
        ble = LoopbackClient(self.unit)
        client = DoorUnitClient(
            ble,
            unit_id=self.unit.unit_id,
            hub_key=self.key,
            unit_public=self.result.unit_public,
            clock=clock or self.time.time,
            monotonic=self.time.monotonic,
        )
        ble.disconnected_callback = lambda _ble: client.connection_lost()
        await ble.connect()
        await client.start()
        return ble, client

    async def add(self, role: Role, label: str = "Other") -> Hub:
        """Add another controller with `role` through CONTROLLER_ADD from this one."""
        key = StaticKey.generate()
        ble, client = await self.connect()
        await client.controller_add(key.public, role, label)
        await ble.disconnect()
        return Hub(self.unit, key, self.result, self.time)


@pytest.fixture
def time() -> ManualTime:
    return ManualTime()


@pytest.fixture
async def unit(time: ManualTime) -> AsyncIterator[DoorUnit]:
    door = DoorUnit(
        UnitConfig(unit_id=UNIT_ID, setup_code=SETUP_CODE),
        clock=time.time,
        monotonic=time.monotonic,
        call_later=time.call_later,
    )
    yield door
    door.detach()
    for connection in list(door.connections.values()):
        connection.close()


async def pair_owner(unit: DoorUnit, time: ManualTime) -> Hub:
    """Pair the owner's hub (the button must already be pressed)."""
    key = StaticKey.generate()
    ble = LoopbackClient(unit)
    await ble.connect()
    result = await pair(ble, setup_code=SETUP_CODE, hub_key=key, label="Owner", clock=time.time)
    await ble.disconnect()
    return Hub(unit, key, result, time)


@pytest.fixture
async def owner(unit: DoorUnit, time: ManualTime) -> Hub:
    """The unit paired with its owner's hub (an ADMIN)."""
    assert unit.press_pairing_button()
    return await pair_owner(unit, time)


async def raw_link(unit: DoorUnit) -> tuple[LoopbackClient, MessageChannel]:
    """A link an attacker holds: whole messages in and out, no client logic."""
    ble = LoopbackClient(unit)
    await ble.connect()
    channel = MessageChannel(ble, timeout=1.0)
    await channel.start()
    return ble, channel
