"""An attacker lets the hub's opening command through but keeps the unit's answer from it.

The unit acts; the hub hears no answer, first try or retry. Whether the door opened is
unknown, so the share's use must be spent all the same: else jamming every answer would
open a single-use share again and again.
"""

from __future__ import annotations

import asyncio
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
import pytest

from custom_components.digitalkey.protocol.constants import LockState

from .attacker import Interceptor
from .conftest import Residents, Site, door_link, unaccepted_challenge, until


async def _share(residents: Residents, use_limit: int) -> str:
    change = await residents.apply(
        lambda r: r.share_key(
            residents.kari_id,
            residents.door_ids["laundry"],
            target=residents.guest.id,
            now=residents.now(),
            use_limit=use_limit,
        )
    )
    return change.created[0]


async def test_an_open_whose_answers_are_jammed_spends_the_use(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    share_id = await _share(residents, use_limit=1)
    sim = site.units["laundry"]
    door = door_link(residents.entry, "Laundry")
    mitm = Interceptor(sim)

    async def jam_the_answer(link: Any, data: bytes, with_response: bool) -> None:
        async def lost(_data: bytes) -> None:
            return None

        link.notify = lost  # the unit's answers never reach the hub
        mitm.forward(link, data, with_response)
        await asyncio.sleep(0.2)  # the unit acts on what it received
        mitm.arm(jam_the_answer)  # the hub's retry, on a new link, meets the same
        await link.disconnect()

    await unaccepted_challenge(hass, door)
    mitm.arm(jam_the_answer)
    with pytest.raises(HomeAssistantError) as caught:
        await residents.call("unlock", "laundry", residents.guest)
    mitm.disarm()
    await asyncio.gather(*mitm.tasks)
    mitm.restore()
    await hass.async_block_till_done(wait_background_tasks=True)
    assert sim.unit.lock_state is LockState.UNLOCKED  # it did open
    assert residents.access.registry.shares[share_id].uses == 1
    assert caught.value.translation_key == "not_confirmed"
    await residents.call("lock", "laundry", residents.kari)
    await until(hass, lambda: sim.unit.lock_state is LockState.LOCKED)
    with pytest.raises(HomeAssistantError) as refused:
        await residents.call("unlock", "laundry", residents.guest)
    assert refused.value.translation_key == "denied_use_limit_reached"
