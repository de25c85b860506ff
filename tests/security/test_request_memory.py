"""Attack 4: answers from the request-id memory, and controller management.

The memory must answer only the question it remembers, only to a controller still allowed
to ask it, and only while an opening command would still be run.
"""

from __future__ import annotations

import asyncio

import pytest

from custom_components.digitalkey.protocol.constants import (
    MAX_CONTROLLERS,
    UNLOCK_WINDOW_S,
    ConfigKey,
    LockState,
    Opcode,
    Role,
    Status,
)
from custom_components.digitalkey.protocol.errors import Conflict, Forbidden, InvalidArgument
from custom_components.digitalkey.protocol.keys import StaticKey
from custom_components.digitalkey.protocol.messages import Request
from custom_components.digitalkey.protocol.wire import u8, u32
from tests.helpers.manual_time import ManualTime

from .conftest import Hub


async def _settle() -> None:
    for _ in range(20):
        await asyncio.sleep(0)


async def test_a_repeated_id_with_another_opcode_is_a_new_request(owner: Hub) -> None:
    ble, client = await owner.connect()
    assert await client.unlock(request_id=7) is LockState.UNLOCKED
    assert await client.lock(request_id=7) is LockState.LOCKED  # not UNLOCK's answer
    assert owner.unit.lock_state is LockState.LOCKED
    assert owner.unit.motor_operations == 2
    await ble.disconnect()


async def test_a_repeated_id_with_other_arguments_is_a_new_request(owner: Hub) -> None:
    ble, client = await owner.connect()
    set_relock = Opcode.CONFIG_SET
    await client.request(set_relock, u8(ConfigKey.AUTO_RELOCK_S) + u32(30), request_id=8)
    await client.request(set_relock, u8(ConfigKey.AUTO_RELOCK_S) + u32(60), request_id=8)
    assert owner.unit.flash.setting(ConfigKey.AUTO_RELOCK_S) == 60
    await ble.disconnect()


async def test_a_true_retry_is_still_answered_from_memory(owner: Hub) -> None:
    ble, client = await owner.connect()
    assert await client.unlock(request_id=9) is LockState.UNLOCKED
    owner.unit.press_inside_button()
    assert await client.unlock(request_id=9) is LockState.UNLOCKED
    assert owner.unit.motor_operations == 1
    await ble.disconnect()


async def test_a_remembered_unlock_is_expired_outside_the_window(
    owner: Hub, time: ManualTime
) -> None:
    ble, client = await owner.connect()
    assert await client.unlock(request_id=10) is LockState.UNLOCKED
    time.advance(UNLOCK_WINDOW_S / 2)
    await client.status()  # keeps the link (and the session) alive
    time.advance(UNLOCK_WINDOW_S / 2 + 1)
    await client._send_data(Request(10, Opcode.UNLOCK).encode())  # same session, too late
    response = await client._receive_response(10)
    assert response.status is Status.EXPIRED
    await ble.disconnect()


async def test_a_demoted_admin_gets_no_admin_answer_from_memory(owner: Hub) -> None:
    other = await owner.add(Role.ADMIN, "Second hub")
    set_hold = (Opcode.CONFIG_SET, u8(ConfigKey.UNLATCH_HOLD_S) + u32(3))
    ble, client = await other.connect()
    await client.request(*set_hold, request_id=5)

    admin_ble, admin = await owner.connect()
    await admin.controller_add(other.key.public, Role.USER, "Second hub")
    await _settle()
    assert not ble.is_connected  # its session ended with its role

    ble, client = await other.connect()
    with pytest.raises(Forbidden):
        await client.request(*set_hold, request_id=5)
    await ble.disconnect()
    await admin_ble.disconnect()


async def test_the_last_admin_cannot_be_demoted(owner: Hub) -> None:
    ble, client = await owner.connect()
    with pytest.raises(InvalidArgument):
        await client.controller_add(owner.key.public, Role.USER, "Owner")
    assert owner.unit.flash.controllers[owner.key.key_id].role is Role.ADMIN
    await ble.disconnect()


async def test_an_admin_may_step_down_when_another_admin_remains(owner: Hub) -> None:
    await owner.add(Role.ADMIN, "Second hub")
    ble, client = await owner.connect()
    await client.controller_add(owner.key.public, Role.USER, "Owner")
    assert owner.unit.flash.controllers[owner.key.key_id].role is Role.USER
    with pytest.raises(Forbidden):  # the new role holds in this very session
        await client.controller_list()
    await ble.disconnect()


async def test_the_number_of_controllers_is_capped(owner: Hub) -> None:
    ble, client = await owner.connect()
    for n in range(MAX_CONTROLLERS - 1):
        await client.controller_add(StaticKey.generate().public, Role.USER, f"User {n}")
    with pytest.raises(Conflict):
        await client.controller_add(StaticKey.generate().public, Role.USER, "One too many")
    assert len(owner.unit.flash.controllers) == MAX_CONTROLLERS
    await client.controller_add(owner.key.public, Role.ADMIN, "Renamed")  # not a new one
    await ble.disconnect()


async def test_a_removed_controllers_session_ends_at_once(owner: Hub) -> None:
    user = await owner.add(Role.USER)
    user_ble, user_client = await user.connect()
    await user_client.status()

    ble, client = await owner.connect()
    await client.controller_remove(user.key.key_id)
    await _settle()
    assert not user_ble.is_connected
    assert ble.is_connected
    await ble.disconnect()
