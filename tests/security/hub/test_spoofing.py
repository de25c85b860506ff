"""Unauthenticated radio input (advertisements, plaintext ERRORs) only ever hints.

An attacker in radio range can broadcast advertisements with a unit's address and inject
plaintext notifications; none of it may make a lock unavailable, raise a repair, report a
command as something it was not, or drive the unit's battery down with reads.
"""

from __future__ import annotations

import asyncio
import math
from typing import Any

from homeassistant.const import ATTR_ENTITY_ID, STATE_UNAVAILABLE
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import issue_registry as ir
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey.const import (
    ADVERT_READ_BURST,
    ADVERT_READ_INTERVAL_S,
    DOMAIN,
    UNREACHABLE_AFTER_S,
)
from custom_components.digitalkey.door_link import DoorLink
from custom_components.digitalkey.protocol.constants import ErrorCode, LockState
from custom_components.digitalkey.repairs import unpaired_issue_id

from .attacker import Interceptor, spoof_advert
from .conftest import FakeClock, RefreshCounter, Site, door_link, unaccepted_challenge

ENTITY = "lock.entrance"


def _door(entry: MockConfigEntry) -> DoorLink:
    return door_link(entry, "Entrance")


def _unpaired_issue(hass: HomeAssistant, entry: MockConfigEntry) -> ir.IssueEntry | None:
    issue_id = unpaired_issue_id(entry.entry_id, _door(entry).identity.subentry_id)
    return ir.async_get(hass).async_get_issue(DOMAIN, issue_id)


async def _call(hass: HomeAssistant, service: str) -> None:
    await hass.services.async_call("lock", service, {ATTR_ENTITY_ID: ENTITY}, blocking=True)


async def test_one_spoofed_unpaired_advertisement_changes_nothing(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    sim = site.units["entrance"]
    spoof_advert(site, sim, paired=False)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert hass.states.get(ENTITY).state != STATE_UNAVAILABLE
    assert not _door(loaded).state.not_paired
    assert _unpaired_issue(hass, loaded) is None
    await _call(hass, "unlock")  # and the next command really runs
    assert sim.unit.lock_state is LockState.UNLOCKED
    assert sim.unit.motor_operations == 1


async def test_spoofed_unpaired_flood_never_makes_the_lock_unavailable(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    sim = site.units["entrance"]
    unavailable = 0
    samples = 60  # 20 advertisements a second for 3 s
    for _ in range(samples):
        spoof_advert(site, sim, paired=False)
        await asyncio.sleep(0.05)
        unavailable += hass.states.get(ENTITY).state == STATE_UNAVAILABLE
    await hass.async_block_till_done(wait_background_tasks=True)
    assert unavailable == 0
    assert _unpaired_issue(hass, loaded) is None
    assert not _door(loaded).state.not_paired


async def test_spoofed_change_counters_are_read_at_a_bounded_rate(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    sim = site.units["entrance"]
    door = _door(loaded)
    reads = RefreshCounter(door)
    seconds = 5.0
    loop = asyncio.get_running_loop()
    start = loop.time()
    counter = 1000
    while loop.time() - start < seconds:  # 20 forged counters a second
        counter += 1
        spoof_advert(site, sim, counter=counter)
        await asyncio.sleep(0.05)
    elapsed = loop.time() - start
    door.async_stop_listening()
    await hass.async_block_till_done(wait_background_tasks=True)
    assert counter > 1000 + 80
    assert reads.count <= ADVERT_READ_BURST + math.ceil(elapsed / ADVERT_READ_INTERVAL_S)


@pytest.mark.parametrize("code", [ErrorCode.UNKNOWN_CONTROLLER, ErrorCode.BUSY])
async def test_injected_refusal_during_an_unlock_that_opened_is_not_believed(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, code: ErrorCode
) -> None:
    sim = site.units["entrance"]
    door = _door(loaded)
    await unaccepted_challenge(hass, door)  # so the UNLOCK rides in HELLO
    mitm = Interceptor(sim)

    async def refuse_then_forward(link: Any, data: bytes, with_response: bool) -> None:
        # The forged refusal is queued before the real HELLO reaches the unit, which opens
        # the door (the challenge is fresh) and answers WELCOME after it.
        injected = asyncio.ensure_future(mitm.inject_error(link, code))
        mitm.forward(link, data, with_response)
        await injected

    mitm.arm(refuse_then_forward)
    with pytest.raises(HomeAssistantError) as caught:
        await _call(hass, "unlock")
    await asyncio.gather(*mitm.tasks)
    assert caught.value.translation_key == "not_confirmed"  # not "not paired", not success
    assert sim.unit.motor_operations == 1  # the door did open
    assert _unpaired_issue(hass, loaded) is None
    assert not door.state.not_paired
    assert hass.states.get(ENTITY).state != STATE_UNAVAILABLE
    # Nothing stale is left to break the next exchange: the next read is right.
    await door.async_refresh()
    assert door.state.snapshot is not None
    assert door.state.snapshot.lock_state is LockState.UNLOCKED


async def test_plaintext_error_inside_a_session_is_ignored(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    sim = site.units["entrance"]
    door = _door(loaded)
    await _call(hass, "unlock")  # opens a session the next command uses
    await hass.async_block_till_done(wait_background_tasks=True)  # and reads after it
    assert door.connection.connected
    mitm = Interceptor(sim)

    async def refuse_then_forward(link: Any, data: bytes, with_response: bool) -> None:
        await mitm.inject_error(link, ErrorCode.UNKNOWN_CONTROLLER)
        mitm.forward(link, data, with_response)

    mitm.arm(refuse_then_forward)
    await _call(hass, "lock")
    assert mitm.tasks  # the LOCK went through the interceptor
    assert sim.unit.lock_state is LockState.LOCKED
    assert hass.states.get(ENTITY).state == "locked"
    assert _unpaired_issue(hass, loaded) is None


async def test_forged_advertisements_do_not_make_a_silent_door_look_available(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    """The unit is gone (dead battery); an attacker keeps "advertising" it in plain form."""
    sim = site.units["entrance"]
    door = _door(loaded)
    await door.connection.async_release_if_idle()
    sim.peripheral.set_reachable(False)
    clock = FakeClock()
    loaded.runtime_data.clock = clock
    clock.now += UNREACHABLE_AFTER_S + 1
    door.async_check_silence()
    await hass.async_block_till_done()
    assert hass.states.get(ENTITY).state == STATE_UNAVAILABLE
    for _ in range(5):
        spoof_advert(site, sim, paired=False)
        await hass.async_block_till_done(wait_background_tasks=True)
    assert hass.states.get(ENTITY).state == STATE_UNAVAILABLE
    assert _unpaired_issue(hass, loaded) is None
