"""A man in the middle who holds the hub's messages cannot open a door late.

The hub sends no opening command, first try or retry, more than `OPEN_DEADLINE_S` after
the user's action; a message already in flight is bounded by the unit's window (§7.3).
Held messages are simulated on the hub's clock (the building clock the client uses).
"""

from __future__ import annotations

import asyncio
from typing import Any

from homeassistant.const import ATTR_ENTITY_ID
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey.const import CHALLENGE_FRESH_S
from custom_components.digitalkey.door_link import DoorLink
from custom_components.digitalkey.protocol.advertisement import AdvertPayload
from custom_components.digitalkey.protocol.constants import OPEN_DEADLINE_S, LockState
from custom_components.digitalkey.protocol.gatt import MANUFACTURER_ID

from .attacker import Interceptor
from .conftest import FakeClock, SimUnit, Site, door_link, until

ENTITY = "lock.entrance"


def _door(entry: MockConfigEntry) -> DoorLink:
    return door_link(entry, "Entrance")


def _challenge(sim: SimUnit) -> bytes:
    raw = sim.unit.advertisement().manufacturer_data[MANUFACTURER_ID]
    return AdvertPayload.decode(raw).challenge


async def _after_rotation(hass: HomeAssistant, sim: SimUnit, door: DoorLink) -> None:
    """Wait until the unit advertised a new challenge and the hub heard it (5 s of quiet)."""
    old = _challenge(sim)
    await until(hass, lambda: _challenge(sim) != old, 8)
    await until(hass, lambda: door.connection.fresh_challenge() == _challenge(sim))


async def _quiet_entrance(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> tuple[SimUnit, DoorLink, FakeClock]:
    """The entrance with no link open, a new challenge heard, and the hub on a hand clock.

    Holding a message is simulated by moving that clock, so both attacks start from the
    same known point: a challenge the hub just heard, and time only where the test puts it.
    """
    sim = site.units["entrance"]
    door = _door(loaded)
    await door.connection.async_release_if_idle()
    await _after_rotation(hass, sim, door)
    clock = FakeClock()
    loaded.runtime_data.clock = clock
    return sim, door, clock


async def _unlock(hass: HomeAssistant) -> None:
    await hass.services.async_call("lock", "unlock", {ATTR_ENTITY_ID: ENTITY}, blocking=True)


async def test_held_hello_past_the_deadline_means_no_unlock_is_sent(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    sim, door, clock = await _quiet_entrance(hass, site, loaded)
    clock.now += CHALLENGE_FRESH_S + 1  # no usable challenge: handshake, then UNLOCK in DATA
    assert door.connection.fresh_challenge() is None
    mitm = Interceptor(sim)

    async def hold(link: Any, data: bytes, with_response: bool) -> None:
        clock.now += OPEN_DEADLINE_S + 1  # HELLO held just short of the hub's timeout
        await asyncio.sleep(0.05)
        mitm.forward(link, data, with_response)

    mitm.arm(hold)
    with pytest.raises(HomeAssistantError) as caught:
        await _unlock(hass)
    assert mitm.tasks  # the HELLO was held
    assert caught.value.translation_key == "open_too_late"
    assert "Entrance" in str(caught.value)
    await asyncio.sleep(0.3)  # whatever the attacker still holds is released by now
    assert sim.unit.motor_operations == 0
    assert sim.unit.lock_state is LockState.LOCKED


async def test_late_retry_of_an_unlock_is_not_sent(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    sim, _, clock = await _quiet_entrance(hass, site, loaded)
    mitm = Interceptor(sim)

    async def swallow_and_cut(link: Any, data: bytes, with_response: bool) -> None:
        # The HELLO carrying the UNLOCK never reaches the unit; the link drops late, so
        # the hub's retry-once would send the UNLOCK again well after the user pressed.
        clock.now += OPEN_DEADLINE_S + 1
        await link.disconnect()

    mitm.arm(swallow_and_cut)
    with pytest.raises(HomeAssistantError) as caught:
        await _unlock(hass)
    assert mitm.tasks
    # The first try left the hub: whether it arrived is unknown, and the hub says so.
    assert caught.value.translation_key == "not_confirmed"
    await asyncio.sleep(0.3)
    assert sim.unit.motor_operations == 0
    assert sim.unit.lock_state is LockState.LOCKED
