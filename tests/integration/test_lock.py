"""Lock entities operate the reference units over the simulated radio."""

from __future__ import annotations

from homeassistant.components.lock import LockState as HaLockState
from homeassistant.const import ATTR_ENTITY_ID
from homeassistant.core import Event, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey.protocol.constants import ConfigKey, LockState

from .conftest import Site, until


async def test_unlock_lock_open(hass: HomeAssistant, site: Site, loaded: MockConfigEntry) -> None:
    unit = site.units["entrance"].unit
    assert hass.states.get("lock.entrance").state == HaLockState.LOCKED
    await hass.services.async_call(
        "lock", "unlock", {ATTR_ENTITY_ID: "lock.entrance"}, blocking=True
    )
    assert unit.lock_state is LockState.UNLOCKED
    assert hass.states.get("lock.entrance").state == HaLockState.UNLOCKED
    await hass.services.async_call("lock", "lock", {ATTR_ENTITY_ID: "lock.entrance"}, blocking=True)
    assert unit.lock_state is LockState.LOCKED
    assert hass.states.get("lock.entrance").state == HaLockState.LOCKED
    await hass.services.async_call("lock", "open", {ATTR_ENTITY_ID: "lock.entrance"}, blocking=True)
    assert unit.lock_state is LockState.UNLATCHED
    assert hass.states.get("lock.entrance").state == HaLockState.OPEN


async def test_open_door_shows_unlocked_once_the_latch_springs_back(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    """After "Open" the unit lets go of the latch after its hold time; the hub shows it."""
    unit = site.units["entrance"].unit
    unit.flash.config[ConfigKey.UNLATCH_HOLD_S] = 1
    await hass.services.async_call("lock", "open", {ATTR_ENTITY_ID: "lock.entrance"}, blocking=True)
    assert hass.states.get("lock.entrance").state == HaLockState.OPEN
    await until(hass, lambda: unit.lock_state is LockState.UNLOCKED)
    await until(hass, lambda: hass.states.get("lock.entrance").state == HaLockState.UNLOCKED)


async def test_jammed_unit_shows_jammed(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    site.units["garage"].unit.jam()
    with pytest.raises(HomeAssistantError) as err:
        await hass.services.async_call(
            "lock", "unlock", {ATTR_ENTITY_ID: "lock.garage"}, blocking=True
        )
    assert err.value.translation_key == "jammed"
    assert hass.states.get("lock.garage").state == HaLockState.JAMMED


@pytest.mark.parametrize(
    ("service", "start", "moving", "end"),
    [
        ("unlock", "lock", HaLockState.UNLOCKING, HaLockState.UNLOCKED),
        ("lock", "unlock", HaLockState.LOCKING, HaLockState.LOCKED),
        ("open", "lock", HaLockState.OPENING, HaLockState.OPEN),
    ],
)
async def test_a_command_shows_only_moving_then_done(
    hass: HomeAssistant,
    site: Site,
    loaded: MockConfigEntry,
    service: str,
    start: str,
    moving: HaLockState,
    end: HaLockState,
) -> None:
    """Never the old state in between: an automation on `to: locked` must not fire falsely."""
    await hass.services.async_call("lock", start, {ATTR_ENTITY_ID: "lock.entrance"}, blocking=True)
    await hass.async_block_till_done(wait_background_tasks=True)
    seen: list[str] = []

    @callback
    def record(event: Event) -> None:
        if event.data["entity_id"] == "lock.entrance" and event.data["new_state"] is not None:
            seen.append(event.data["new_state"].state)

    remove = hass.bus.async_listen("state_changed", record)
    await hass.services.async_call(
        "lock", service, {ATTR_ENTITY_ID: "lock.entrance"}, blocking=True
    )
    await hass.async_block_till_done(wait_background_tasks=True)
    remove()
    assert seen == [moving, end]
