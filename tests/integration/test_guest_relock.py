"""The hub locks a door a guest's link opened when its unit cannot lock by itself.

The `residents` building's units have no auto-relock. Over real HTTP, the simulated radio
and the reference unit, with a relock time of a second on the hub's and the unit's real
timers (moving time on would also fire the radio's timeouts of the reads in between).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import async_capture_events
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.digitalkey.attribution import HUB_RELOCK
from custom_components.digitalkey.const import EVENT_ACCESS, OPT_RELOCK_AFTER_S
from custom_components.digitalkey.event_records import EventKind, EventSource
from custom_components.digitalkey.guest_relock import GuestRelock
from custom_components.digitalkey.protocol.constants import ConfigKey, DoorState, LockState

from .conftest import FakeClock, Residents, Site, door_link, until
from .guest_link_support import GuestLinks

RELOCK_S = 2
"""The building's relock time in these tests: short, so the hub's and the unit's timers run,
but longer than a loaded machine takes to answer a guest's press."""

LOCK_WAIT_S = 20.0
"""How long a test waits for a relock that is due: the relock time and a loaded machine."""


@pytest.fixture
async def links(
    hass: HomeAssistant,
    site: Site,
    residents: Residents,
    hass_client_no_auth: ClientSessionGenerator,
) -> GuestLinks:
    """Guest links of the `residents` building, which locks again after `RELOCK_S`."""
    hass.config_entries.async_update_entry(residents.entry, options={OPT_RELOCK_AFTER_S: RELOCK_S})
    site.units["entrance"].unit.flash.config[ConfigKey.UNLATCH_HOLD_S] = 0  # springs back at once
    await hass.async_block_till_done()
    return GuestLinks(residents, hass_client_no_auth, FakeClock())


def _relock(residents: Residents) -> GuestRelock:
    relock = residents.entry.runtime_data.guest_relock
    assert relock is not None
    return relock


async def _settled(hass: HomeAssistant) -> None:
    await hass.async_block_till_done(wait_background_tasks=True)


async def _opened_by_guest(site: Site, links: GuestLinks, path: str | None = None) -> float:
    """The guest's Open on the entrance (the bolt stays out); the loop time it was pressed."""
    unit = site.units["entrance"].unit
    at = links.hass.loop.time()
    page = await links.press(path or GuestLinks.path(await links.make()))
    assert page.status == 200
    await until(links.hass, lambda: unit.lock_state is LockState.UNLOCKED)
    return at


async def _locks(residents: Residents) -> list[Any]:
    await residents.hass.async_block_till_done(wait_background_tasks=True)
    page = await residents.entry.runtime_data.event_log.async_query(kinds=[EventKind.LOCKED])
    return page.records


async def _still_unlocked_for(hass: HomeAssistant, site: Site, seconds: float) -> None:
    await asyncio.sleep(seconds)
    await _settled(hass)
    assert site.units["entrance"].unit.lock_state is LockState.UNLOCKED


async def test_the_hub_locks_after_the_relock_time(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    unit = site.units["entrance"].unit
    assert unit.flash.setting(ConfigKey.AUTO_RELOCK_S) == 0  # nothing set on such a unit
    opened = await _opened_by_guest(site, links)
    assert _relock(residents).pending(residents.door_ids["entrance"])
    await until(hass, lambda: unit.lock_state is LockState.LOCKED, timeout=LOCK_WAIT_S)
    assert hass.loop.time() - opened >= RELOCK_S
    await until(hass, lambda: hass.states.get("lock.entrance").state == "locked")  # type: ignore[union-attr]
    (record,) = await _locks(residents)
    assert record.source is EventSource.HUB_RELOCK  # the hub's LOCK, not a relock of the unit's
    assert not _relock(residents).pending(residents.door_ids["entrance"])


async def test_the_relock_is_logged_and_announced_as_the_hubs(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    """Not as a lock "from Home Assistant or the app": the log, the bus and the entity say so."""
    unit = site.units["entrance"].unit
    announced = async_capture_events(hass, EVENT_ACCESS)
    await _opened_by_guest(site, links)
    await until(hass, lambda: unit.lock_state is LockState.LOCKED, timeout=LOCK_WAIT_S)
    (record,) = await _locks(residents)
    assert (record.source, record.detail.get("key")) == (EventSource.HUB_RELOCK, HUB_RELOCK)
    assert (record.person_id, record.user_id, record.share_id) == (None, None, None)
    await until(hass, lambda: any(e.data["event"] == "locked" for e in announced))
    (locked,) = [e for e in announced if e.data["event"] == "locked"]
    assert locked.data["source"] == "hub_relock"
    assert set(locked.data) <= {"config_entry_id", "door_id", "event", "source", "time", "seq"}
    entity = hass.states.get("event.entrance_access")
    assert entity is not None
    assert (entity.attributes["event_type"], entity.attributes["source"]) == (
        "locked",
        "hub_relock",
    )


async def test_an_ordinary_lock_from_home_assistant_is_no_relock(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    unit = site.units["entrance"].unit
    announced = async_capture_events(hass, EVENT_ACCESS)
    await residents.call("unlock", "entrance", residents.kari)
    await residents.call("lock", "entrance", residents.kari)
    await until(hass, lambda: unit.lock_state is LockState.LOCKED)
    await until(hass, lambda: any(e.data["event"] == "locked" for e in announced))
    (record,) = await _locks(residents)
    assert record.source is EventSource.BLE
    assert record.detail.get("key") != HUB_RELOCK
    (locked,) = [e for e in announced if e.data["event"] == "locked"]
    assert (locked.data["source"], locked.data["user_id"]) == ("app", residents.kari.id)


async def test_the_time_counts_from_when_the_latch_lets_go(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    """As the unit's own auto-relock counts (§7.4): a latch held 1 s, then the full 2 s."""
    unit = site.units["entrance"].unit
    unit.flash.config[ConfigKey.UNLATCH_HOLD_S] = 1
    await _opened_by_guest(site, links)  # returns once the latch has let go
    released = hass.loop.time()  # a little after the unit's own moment: no earlier
    await until(hass, lambda: unit.lock_state is not LockState.UNLOCKED, timeout=LOCK_WAIT_S)
    assert hass.loop.time() - released >= RELOCK_S - 0.6  # counted from the press: 1 s
    await until(hass, lambda: unit.lock_state is LockState.LOCKED, timeout=LOCK_WAIT_S)


async def test_the_hub_waits_for_the_door_to_close(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    unit = site.units["entrance"].unit
    door = door_link(residents.entry, "Entrance")
    await _opened_by_guest(site, links)
    unit.open_door()
    await until(hass, lambda: door.state.snapshot is not None
                and door.state.snapshot.door_state is DoorState.OPEN)  # fmt: skip
    await _still_unlocked_for(hass, site, RELOCK_S * 2.5)
    unit.close_door()
    closed = hass.loop.time()
    await until(hass, lambda: unit.lock_state is LockState.LOCKED, timeout=LOCK_WAIT_S)
    assert hass.loop.time() - closed >= RELOCK_S  # counted again from the close


async def test_a_door_found_open_when_the_time_is_over_waits_too(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    """The hub did not hear the door open (no record): the read before LOCK shows it."""
    unit = site.units["entrance"].unit
    door = door_link(residents.entry, "Entrance")
    await _opened_by_guest(site, links)
    unit.door_state = DoorState.OPEN  # the contact, with no record the hub would read
    await until(hass, lambda: door.state.snapshot is not None
                and door.state.snapshot.door_state is DoorState.OPEN)  # fmt: skip
    await _still_unlocked_for(hass, site, RELOCK_S * 1.5)
    assert _relock(residents).pending(residents.door_ids["entrance"])
    unit.close_door()
    await until(hass, lambda: unit.lock_state is LockState.LOCKED, timeout=LOCK_WAIT_S)


async def test_an_unlock_by_someone_else_cancels_the_relock(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    await _opened_by_guest(site, links)
    await residents.call("unlock", "entrance", residents.kari)
    await until(hass, lambda: not _relock(residents).pending(residents.door_ids["entrance"]))
    await _still_unlocked_for(hass, site, RELOCK_S * 2)  # Kari's to lock now
    assert await _locks(residents) == []


async def test_another_press_of_the_link_counts_again_and_does_not_cancel(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    unit = site.units["entrance"].unit
    # Long enough that the second press comes before the first press's relock is due.
    hass.config_entries.async_update_entry(residents.entry, options={OPT_RELOCK_AFTER_S: 6})
    await _settled(hass)
    path = GuestLinks.path(await links.make(use_limit=5))
    await _opened_by_guest(site, links, path)
    links.later()
    second = await _opened_by_guest(site, links, path)  # its record is the guest's own
    await _settled(hass)
    assert _relock(residents).pending(residents.door_ids["entrance"])
    await until(hass, lambda: unit.lock_state is LockState.LOCKED, timeout=LOCK_WAIT_S)
    assert hass.loop.time() - second >= 6
    assert len(await _locks(residents)) == 1


async def test_nothing_is_locked_when_the_building_relocks_never(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    hass.config_entries.async_update_entry(residents.entry, options={OPT_RELOCK_AFTER_S: 0})
    await _settled(hass)
    await _opened_by_guest(site, links)
    assert not _relock(residents).pending(residents.door_ids["entrance"])
    await _still_unlocked_for(hass, site, 2.0)
    assert await _locks(residents) == []


async def test_a_unit_out_of_reach_is_given_up_quietly(
    hass: HomeAssistant,
    site: Site,
    residents: Residents,
    links: GuestLinks,
    caplog: pytest.LogCaptureFixture,
) -> None:
    hass.config_entries.async_update_entry(residents.entry, options={OPT_RELOCK_AFTER_S: 3})
    unit = site.units["entrance"].unit
    await _opened_by_guest(site, links)
    await _settled(hass)
    site.radio.max_connect_wait = 0.05
    await door_link(residents.entry, "Entrance").connection.async_release_if_idle()
    site.units["entrance"].peripheral.set_reachable(False)
    caplog.set_level(logging.DEBUG, logger="custom_components.digitalkey")
    caplog.clear()
    await until(
        hass, lambda: not _relock(residents).pending(residents.door_ids["entrance"]), timeout=10
    )
    await _settled(hass)
    assert unit.lock_state is LockState.UNLOCKED
    ours = [r for r in caplog.records if r.name.startswith("custom_components.digitalkey")]
    assert not [r for r in ours if r.levelno >= logging.WARNING]
    assert any("not locked after the guest's open" in r.getMessage() for r in ours)
