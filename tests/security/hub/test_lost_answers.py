"""An attacker lets the hub's opening command through but keeps the unit's answer from it.

The unit acts; the hub hears no answer, first try or retry. Whether the door opened is
unknown, so the share's use must be spent all the same: else jamming every answer would
open a single-use share again and again.
"""

from __future__ import annotations

import asyncio
from http import HTTPStatus
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
import pytest
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.digitalkey.protocol.constants import LockState
from tests.integration.guest_link_support import GuestLinks

from .attacker import Interceptor
from .conftest import FakeClock, Residents, Site, door_link, unaccepted_challenge, until


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


def _jamming(mitm: Interceptor) -> Any:
    """The next message reaches the unit; its answers, and those of the retry, do not."""

    async def jam_the_answer(link: Any, data: bytes, with_response: bool) -> None:
        async def lost(_data: bytes) -> None:
            return None

        link.notify = lost  # the unit's answers never reach the hub
        mitm.forward(link, data, with_response)
        await asyncio.sleep(0.2)  # the unit acts on what it received
        mitm.arm(jam_the_answer)  # the hub's retry, on a new link, meets the same
        await link.disconnect()

    return jam_the_answer


async def test_an_open_whose_answers_are_jammed_spends_the_use(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    share_id = await _share(residents, use_limit=1)
    sim = site.units["laundry"]
    door = door_link(residents.entry, "Laundry")
    mitm = Interceptor(sim)
    jam_the_answer = _jamming(mitm)
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


async def test_a_guest_link_whose_answers_are_jammed_is_spent(
    hass: HomeAssistant,
    site: Site,
    residents: Residents,
    hass_client_no_auth: ClientSessionGenerator,
) -> None:
    """The guest page says it was not confirmed, the use is spent, and the next press ends."""
    links = GuestLinks(residents, hass_client_no_auth, FakeClock())
    answer = await links.make(use_limit=1)
    path = links.path(answer)
    sim = site.units["entrance"]
    mitm = Interceptor(sim)
    statuses = []
    for _ in range(3):
        await unaccepted_challenge(hass, door_link(residents.entry, "Entrance"))
        mitm.arm(_jamming(mitm))
        statuses.append((await links.press(path)).status)
        mitm.disarm()
        await asyncio.gather(*mitm.tasks)
        await hass.async_block_till_done(wait_background_tasks=True)
        links.later()
    mitm.restore()
    assert sim.unit.motor_operations == 1
    assert statuses == [HTTPStatus.SERVICE_UNAVAILABLE, HTTPStatus.GONE, HTTPStatus.GONE]
    assert residents.access.registry.shares[answer["share_id"]].uses == 1
