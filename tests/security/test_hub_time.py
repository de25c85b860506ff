"""Attack 3: a controller moving the unit's clock through the hub time in HELLO.

Moving the clock moves schedules, revives expired PINs and forges log times. Only an ADMIN's
HELLO sets the clock, and only by a plausible step; anything else needs SET_TIME.
"""

from __future__ import annotations

import pytest

from custom_components.digitalkey.protocol.constants import (
    HELLO_TIME_MAX_STEP_S,
    LogEvent,
    Role,
)
from custom_components.digitalkey.protocol.errors import Forbidden
from simulator.door_unit import DoorUnit
from tests.helpers.manual_time import ManualTime

from .conftest import Hub

DAY = 86_400


async def _hello_with_time(hub: Hub, unit: DoorUnit, offset: float) -> bool:
    """A handshake with an accepted challenge whose hub time is `offset` from the truth."""
    ble, client = await hub.connect(clock=lambda: hub.time.time() + offset)
    result, _ = await client.handshake(challenge=unit.challenge)
    assert result.challenge_accepted
    await ble.disconnect()
    return result.time_applied


async def test_a_users_hello_does_not_move_the_clock(owner: Hub, time: ManualTime) -> None:
    unit = owner.unit
    user = await owner.add(Role.USER)
    assert not await _hello_with_time(user, unit, 3600)
    assert unit.now() == int(time.time())


async def test_an_admins_small_correction_is_applied(owner: Hub, time: ManualTime) -> None:
    unit = owner.unit
    unit.drift(-120)
    assert await _hello_with_time(owner, unit, 0)
    assert unit.now() == int(time.time())


async def test_an_admins_hello_two_days_ahead_is_not_applied(owner: Hub, time: ManualTime) -> None:
    unit = owner.unit
    assert not await _hello_with_time(owner, unit, 2 * DAY)
    assert unit.now() == int(time.time())
    assert not await _hello_with_time(owner, unit, HELLO_TIME_MAX_STEP_S + 10)
    assert unit.now() == int(time.time())


async def test_an_admins_hello_behind_the_newest_record_is_not_applied(
    owner: Hub, time: ManualTime
) -> None:
    unit = owner.unit
    time.advance(5)  # the advertised challenge stays fresh
    unit.open_door()  # a record at now
    newest = unit.flash.log.records[-1].time
    assert not await _hello_with_time(owner, unit, -300)
    assert unit.now() == int(time.time()) >= newest


async def test_set_time_by_an_admin_moves_the_clock_and_logs_it(
    owner: Hub, time: ManualTime
) -> None:
    unit = owner.unit
    ble, client = await owner.connect()
    target = int(time.time()) + 2 * DAY
    assert await client.set_time(target) == int(time.time())
    assert unit.now() == target
    record = unit.flash.log.records[-1]
    assert record.event is LogEvent.TIME_SET
    assert record.detail == 0xFFFF  # two days, capped to 16 bits
    await ble.disconnect()


async def test_set_time_by_a_user_is_forbidden(owner: Hub, time: ManualTime) -> None:
    unit = owner.unit
    user = await owner.add(Role.USER)
    ble, client = await user.connect()
    with pytest.raises(Forbidden):
        await client.set_time(int(time.time()) + DAY)
    assert unit.now() == int(time.time())
    await ble.disconnect()
