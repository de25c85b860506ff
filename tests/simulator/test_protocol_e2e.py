"""Protocol v1 end to end over the simulated radio: Bumble GATT, real ATT MTU, bleak client."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from bleak import BleakClient
import pytest

from custom_components.digitalkey.protocol.client import DoorUnitClient, pair
from custom_components.digitalkey.protocol.constants import LockState, LogEvent, Role
from custom_components.digitalkey.protocol.errors import (
    ConnectionLost,
    Forbidden,
    NotInPairingMode,
    WrongSetupCode,
)
from custom_components.digitalkey.protocol.gatt import RX_CHAR_UUID
from custom_components.digitalkey.protocol.keys import StaticKey
from simulator.door_unit import UnitConfig
from simulator.testbed import Testbed

CODE = "27182818"


def _config(n: int = 1, **kwargs: object) -> UnitConfig:
    return UnitConfig(unit_id=bytes.fromhex(f"D1C0FFEE00{n:02X}"), setup_code=CODE, **kwargs)  # type: ignore[arg-type]


@pytest.fixture(params=[23, 185, 247], ids=lambda mtu: f"mtu{mtu}")
async def bed(request: pytest.FixtureRequest) -> AsyncIterator[Testbed]:
    async with Testbed(mtu=request.param) as testbed:
        yield testbed


class Recorder:
    """Records every RX write of a bleak client (what an eavesdropper would capture)."""

    def __init__(self, ble: BleakClient) -> None:
        self.writes: list[tuple[bytes, bool]] = []
        real = ble.write_gatt_char

        async def write(char: str, data: bytes, response: bool = False) -> None:
            self.writes.append((bytes(data), response))
            await real(char, data, response=response)

        ble.write_gatt_char = write  # type: ignore[method-assign, assignment]


async def test_pair_status_unlock_lock_and_log(bed: Testbed) -> None:
    address, unit = await bed.add_unit(_config())
    result = await bed.pair(address, CODE)
    assert result.unit_id == unit.unit_id
    ble, client = await bed.client(address, result)
    assert ble.mtu_size == bed.mtu
    snapshot = await client.status(challenge=unit.challenge)
    assert snapshot.lock_state is LockState.LOCKED
    assert await client.unlock() is LockState.UNLOCKED
    assert unit.lock_state is LockState.UNLOCKED
    assert await client.lock() is LockState.LOCKED
    assert unit.lock_state is LockState.LOCKED
    _, records = await client.read_log(1)
    assert [r.event for r in records] == [LogEvent.PAIRED, LogEvent.UNLOCKED, LogEvent.LOCKED]
    await client.close()
    await ble.disconnect()


async def test_cold_unlock_round_trips(bed: Testbed) -> None:
    address, unit = await bed.add_unit(_config())
    result = await bed.pair(address, CODE)
    ble, client = await bed.client(address, result)
    assert await client.unlock(challenge=unit.challenge) is LockState.UNLOCKED
    assert client.stats.round_trips == 1
    await ble.disconnect()
    ble, client = await bed.client(address, result)
    assert await client.lock() is LockState.LOCKED
    assert client.stats.round_trips == 2
    await ble.disconnect()


async def test_wrong_code_and_closed_window(bed: Testbed) -> None:
    address, unit = await bed.add_unit(_config())
    ble = await bed.connect(address)
    with pytest.raises(NotInPairingMode):
        await pair(ble, setup_code=CODE, hub_key=bed.hub_key, label="x")
    unit.press_pairing_button()
    with pytest.raises(WrongSetupCode) as err:
        await pair(ble, setup_code="00000000", hub_key=bed.hub_key, label="x")
    assert err.value.attempts_left == 4  # the attempt outside the window did not count
    await ble.disconnect()
    assert not unit.flash.controllers


async def test_disconnect_mid_command_is_typed_and_retry_is_idempotent(bed: Testbed) -> None:
    address, unit = await bed.add_unit(_config())
    result = await bed.pair(address, CODE)
    ble, client = await bed.client(address, result)
    unit.drop_link_before_reply = True
    with pytest.raises(ConnectionLost):
        await client.unlock(challenge=unit.challenge, request_id=0x5EED)
    assert unit.motor_operations == 1
    assert not ble.is_connected
    ble, client = await bed.client(address, result)
    assert await client.unlock(challenge=unit.challenge, request_id=0x5EED) is LockState.UNLOCKED
    assert unit.motor_operations == 1
    await ble.disconnect()


async def test_captured_hello_replayed_never_operates_the_lock(bed: Testbed) -> None:
    address, unit = await bed.add_unit(_config())
    result = await bed.pair(address, CODE)
    ble, client = await bed.client(address, result)
    recorder = Recorder(ble)
    assert await client.unlock(challenge=unit.challenge) is LockState.UNLOCKED
    hello = list(recorder.writes)  # the HELLO fragments carrying challenge + UNLOCK
    assert await client.lock() is LockState.LOCKED
    assert unit.motor_operations == 2
    # Same connection: replay the HELLO fragments.
    for data, response in hello:
        await ble.write_gatt_char(RX_CHAR_UUID, data, response=response)
    await asyncio.sleep(0.05)
    assert unit.motor_operations == 2
    await ble.disconnect()
    # Later connections, at once and after the challenge expired.
    for _ in range(2):
        attacker = await bed.connect(address)
        for data, response in hello:
            await attacker.write_gatt_char(RX_CHAR_UUID, data, response=response)
        await asyncio.sleep(0.05)
        await attacker.disconnect()
        assert unit.motor_operations == 2
        assert unit.lock_state is LockState.LOCKED


async def test_user_controller_cannot_administer(bed: Testbed) -> None:
    address, _unit = await bed.add_unit(_config())
    result = await bed.pair(address, CODE)
    ble, admin = await bed.client(address, result)
    user_key = StaticKey.generate()
    await admin.controller_add(user_key.public, Role.USER, "phone")
    await ble.disconnect()
    ble = await bed.connect(address)
    user = DoorUnitClient(
        ble, unit_id=result.unit_id, hub_key=user_key, unit_public=result.unit_public
    )
    await user.start()
    assert await user.unlock() is LockState.UNLOCKED
    with pytest.raises(Forbidden):
        await user.cred_begin()
    await ble.disconnect()


async def test_slow_motor_over_the_air(bed: Testbed) -> None:
    address, unit = await bed.add_unit(_config(motor_time=0.05))
    result = await bed.pair(address, CODE)
    ble, client = await bed.client(address, result)
    assert await client.unlock(challenge=unit.challenge) is LockState.UNLOCKED
    assert client.stats.round_trips == 1
    await ble.disconnect()
