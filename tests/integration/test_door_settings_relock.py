"""Door units with auto-relock lock again after the building's relock time, which the hub sets.

Over the simulated radio: what a unit holds is read from its flash, every CONFIG_SET it
handles is noted (`config_sets`, as in the offset tests), and its relock runs on its own
real timers, with a relock time of a second.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey.const import OPT_RELOCK_AFTER_S
from custom_components.digitalkey.event_records import EventKind, EventSource
from custom_components.digitalkey.protocol.constants import (
    ConfigKey,
    DoorState,
    Feature,
    LockState,
)

from .config_set_support import ConfigSet, note_config_sets
from .conftest import (
    DOOR_MECHANICS_OPTIONS,
    FakeClock,
    Residents,
    Site,
    door_link,
    pair_into_entry,
    until,
)
from .guest_link_support import GuestLinks

RELOCKING = (
    Feature.DOOR_CONTACT | Feature.KEYPAD | Feature.TAG_READER | Feature.UNLATCH
) | Feature.AUTO_RELOCK
"""A simulated unit's default features, and auto-relock."""
UNIT_RELOCK_S = 3
"""The relock time of the tests that open a door: long enough that a loaded machine answers
the guest's press and opens the door before the unit relocks, short enough to wait out."""

LOCK_WAIT_S = 20.0
"""How long a test waits for a relock that is due: the relock time and a loaded machine."""


@pytest.fixture
def config_sets(monkeypatch: pytest.MonkeyPatch) -> list[ConfigSet]:
    """Every CONFIG_SET the simulated units handle from now on, in order."""
    return note_config_sets(monkeypatch)


def unit_relock(site: Site, name: str) -> int:
    """The auto-relock seconds a simulated unit holds (its flash; 0 when never set)."""
    return site.units[name].unit.flash.setting(ConfigKey.AUTO_RELOCK_S)


def stored_relock(entry: MockConfigEntry, name: str) -> int | None:
    door = door_link(entry, name.capitalize())
    return entry.runtime_data.data["doors"][door.identity.subentry_id].get("auto_relock")


def relock_sets(config_sets: list[ConfigSet], site: Site, name: str) -> int:
    """How many CONFIG_SETs the unit answered, less those of its UTC offset (one)."""
    return [c.unit for c in config_sets].count(site.units[name].unit.name) - 1


async def _settled(hass: HomeAssistant) -> None:
    await hass.async_block_till_done(wait_background_tasks=True)


@pytest.fixture
async def mixed(site: Site) -> AsyncIterator[MockConfigEntry]:
    """An entrance that relocks by itself and a garage that cannot, read once."""
    await site.add_unit("entrance", features=RELOCKING)
    await site.add_unit("garage")
    entry = await pair_into_entry(site, ["entrance", "garage"])
    assert await site.hass.config_entries.async_setup(entry.entry_id)
    await site.hass.async_block_till_done()
    for door in entry.runtime_data.doors.values():
        await door.async_refresh()
    yield entry
    await site.hass.config_entries.async_unload(entry.entry_id)
    await site.hass.async_block_till_done()


async def test_the_relock_time_reaches_units_with_the_feature_once(
    hass: HomeAssistant, site: Site, config_sets: list[ConfigSet], mixed: MockConfigEntry
) -> None:
    await until(hass, lambda: unit_relock(site, "entrance") == 30)  # the default
    await until(hass, lambda: stored_relock(mixed, "entrance") == 30)
    await _settled(hass)
    assert relock_sets(config_sets, site, "entrance") == 1
    # A unit without the feature is left alone: it would keep the key and ignore it.
    assert ConfigKey.AUTO_RELOCK_S not in site.units["garage"].unit.flash.config
    assert stored_relock(mixed, "garage") is None
    # Later jobs find the unit holding it: nothing is written again.
    for door in mixed.runtime_data.doors.values():
        await door.async_refresh()
    await _settled(hass)
    assert relock_sets(config_sets, site, "entrance") == 1
    assert relock_sets(config_sets, site, "garage") == 0


async def test_a_new_relock_time_is_written_once_to_each_unit_that_relocks(
    hass: HomeAssistant, site: Site, config_sets: list[ConfigSet], mixed: MockConfigEntry
) -> None:
    await until(hass, lambda: stored_relock(mixed, "entrance") == 30)
    await _settled(hass)
    options: dict[str, Any] = {**DOOR_MECHANICS_OPTIONS, OPT_RELOCK_AFTER_S: 120}
    hass.config_entries.async_update_entry(mixed, options=options)
    await until(hass, lambda: unit_relock(site, "entrance") == 120)
    await until(hass, lambda: stored_relock(mixed, "entrance") == 120)
    await _settled(hass)
    assert relock_sets(config_sets, site, "entrance") == 2
    assert relock_sets(config_sets, site, "garage") == 0
    hass.config_entries.async_update_entry(mixed, options={**options, OPT_RELOCK_AFTER_S: 0})
    await until(hass, lambda: unit_relock(site, "entrance") == 0)  # off: the bolt stays
    await door_link(mixed, "Entrance").async_refresh()
    await _settled(hass)
    assert relock_sets(config_sets, site, "entrance") == 3


async def test_a_restart_sets_nothing_the_unit_already_holds(
    hass: HomeAssistant, site: Site, config_sets: list[ConfigSet], mixed: MockConfigEntry
) -> None:
    await until(hass, lambda: stored_relock(mixed, "entrance") == 30)
    await _settled(hass)
    assert await hass.config_entries.async_reload(mixed.entry_id)
    await _settled(hass)
    await door_link(mixed, "Entrance").async_refresh()
    await _settled(hass)
    assert relock_sets(config_sets, site, "entrance") == 1
    assert stored_relock(mixed, "entrance") == 30


# A guest's open on a unit that relocks by itself ---------------------------------------


@pytest.fixture
def relocking_units(monkeypatch: pytest.MonkeyPatch) -> None:
    """Units added from now on relock by themselves (the `residents` building's too)."""
    add = Site.add_unit

    async def adding(self: Site, name: str, *, pairing: bool = False, **config: Any) -> Any:
        config.setdefault("features", RELOCKING)
        return await add(self, name, pairing=pairing, **config)

    monkeypatch.setattr(Site, "add_unit", adding)


@pytest.fixture
async def relocking(relocking_units: None, residents: Residents) -> Residents:
    """The `residents` building on units that relock by themselves after `UNIT_RELOCK_S`."""
    hass, entry = residents.hass, residents.entry
    hass.config_entries.async_update_entry(entry, options={OPT_RELOCK_AFTER_S: UNIT_RELOCK_S})
    await until(hass, lambda: stored_relock(entry, "entrance") == UNIT_RELOCK_S)
    await _settled(hass)
    return residents


@pytest.fixture
async def guests(site: Site, relocking: Residents, hass_client_no_auth: Any) -> GuestLinks:
    site.units["entrance"].unit.flash.config[ConfigKey.UNLATCH_HOLD_S] = 0  # springs back at once
    return GuestLinks(relocking, hass_client_no_auth, FakeClock())


async def test_a_guests_open_is_followed_by_the_unit_locking_itself(
    hass: HomeAssistant, site: Site, relocking: Residents, guests: GuestLinks
) -> None:
    unit = site.units["entrance"].unit
    assert unit_relock(site, "entrance") == UNIT_RELOCK_S
    relock = relocking.entry.runtime_data.guest_relock
    assert relock is not None
    opened = hass.loop.time()
    page = await guests.press(GuestLinks.path(await guests.make()))
    assert page.status == 200
    assert not relock.pending(relocking.door_ids["entrance"])  # the unit's own business
    await until(hass, lambda: unit.lock_state is LockState.LOCKED, timeout=LOCK_WAIT_S)
    assert hass.loop.time() - opened >= UNIT_RELOCK_S
    await until(hass, lambda: hass.states.get("lock.entrance").state == "locked")  # type: ignore[union-attr]
    await _settled(hass)
    locks = await relocking.entry.runtime_data.event_log.async_query(kinds=[EventKind.LOCKED])
    assert [r.source for r in locks.records] == [EventSource.AUTO_RELOCK]


async def test_the_unit_never_relocks_while_the_guest_holds_the_door_open(
    hass: HomeAssistant, site: Site, relocking: Residents, guests: GuestLinks
) -> None:
    unit = site.units["entrance"].unit
    await guests.press(GuestLinks.path(await guests.make()))
    unit.open_door()
    await until(hass, lambda: unit.lock_state is LockState.UNLOCKED)
    await asyncio.sleep(UNIT_RELOCK_S * 2.5)
    assert unit.lock_state is LockState.UNLOCKED
    assert unit.door_state is DoorState.OPEN
    unit.close_door()
    closed = hass.loop.time()
    await until(hass, lambda: unit.lock_state is LockState.LOCKED, timeout=LOCK_WAIT_S)
    assert hass.loop.time() - closed >= UNIT_RELOCK_S  # counted from the close
