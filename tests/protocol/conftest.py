"""Fixtures for protocol tests: a reference unit, a hub key and a loopback link."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest

from custom_components.digitalkey.protocol.channel import MessageChannel
from custom_components.digitalkey.protocol.client import DoorUnitClient, PairingResult, pair
from custom_components.digitalkey.protocol.keys import StaticKey
from simulator.door_unit import DoorUnit, UnitConfig

from .loopback import LoopbackClient

UNIT_ID = bytes.fromhex("D1C0FFEE0001")
SETUP_CODE = "31415926"
UNIT_SECRET = bytes.fromhex("5e" * 32)
"""The fixture unit's secret, fixed so module-level helpers can make its PIN records."""


class FakeClock:
    """Wall clock and monotonic clock a test can move."""

    def __init__(self, start: float = 1_790_000_000.0) -> None:
        self.wall = start
        self.mono = 1000.0

    def time(self) -> float:
        return self.wall

    def monotonic(self) -> float:
        return self.mono

    def advance(self, seconds: float) -> None:
        self.wall += seconds
        self.mono += seconds


@dataclass
class Paired:
    """A unit paired with a hub key."""

    unit: DoorUnit
    hub_key: StaticKey
    result: PairingResult
    clock: FakeClock

    def client(self, ble: LoopbackClient, **kwargs: object) -> DoorUnitClient:
        return DoorUnitClient(
            ble,
            unit_id=self.unit.unit_id,
            hub_key=self.hub_key,
            unit_public=self.result.unit_public,
            clock=self.clock.time,
            **kwargs,  # type: ignore[arg-type]
        )

    async def connect(self, mtu: int = 247) -> tuple[LoopbackClient, DoorUnitClient]:
        ble = LoopbackClient(self.unit, mtu=mtu)
        client = self.client(ble)
        ble.disconnected_callback = lambda _ble: client.connection_lost()
        await ble.connect()
        await client.start()
        return ble, client


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def unit(clock: FakeClock) -> AsyncIterator[DoorUnit]:
    door = DoorUnit(
        UnitConfig(unit_id=UNIT_ID, setup_code=SETUP_CODE),
        clock=clock.time,
        monotonic=clock.monotonic,
    )
    door.flash.unit_secret = UNIT_SECRET
    yield door
    door.detach()
    for connection in list(door.connections.values()):
        connection.close()


@pytest.fixture
async def paired(unit: DoorUnit, clock: FakeClock) -> Paired:
    hub_key = StaticKey.generate()
    assert unit.press_pairing_button()
    ble = LoopbackClient(unit)
    await ble.connect()
    result = await pair(ble, setup_code=SETUP_CODE, hub_key=hub_key, label="Hub", clock=clock.time)
    await ble.disconnect()
    return Paired(unit, hub_key, result, clock)


@pytest.fixture
async def raw(unit: DoorUnit) -> AsyncIterator[MessageChannel]:
    """Whole messages to and from the unit, without a hub client in between."""
    ble = LoopbackClient(unit)
    await ble.connect()
    channel = MessageChannel(ble, timeout=1.0)
    await channel.start()
    yield channel
    await ble.disconnect()
