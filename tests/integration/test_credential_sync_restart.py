"""A door's credential sync over restarts: the hour before its repair counts across them.

A restart is what it is to the building: the entry unloaded and set up again, with what it
stored. The hub's wall clock is the test's (`WallClock`) before and after the restart, so
the 40 minutes before it and the 25 after it add up as they would on a hub.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey import building, building_saver
from custom_components.digitalkey.building_store import BuildingStore
from custom_components.digitalkey.const import DOMAIN
from custom_components.digitalkey.credential_sync_store import KeptSync, kept_from_stored
from custom_components.digitalkey.repairs import credentials_issue_id
from custom_components.digitalkey.runtime import DigitalKeyRuntime

from .battery_support import WallClock
from .conftest import Residents, Site, until
from .credential_sync_support import add_kari_pin, entrance_out_of_reach, move_time, until_synced

ENTITY = "sensor.entrance_credential_sync"
PIN = "583920"


@pytest.fixture
def clock(residents: Residents, monkeypatch: pytest.MonkeyPatch) -> WallClock:
    """The hub's wall clock, also for the building set up again after a restart."""
    clock = WallClock()
    residents.entry.runtime_data.wall_clock = clock
    monkeypatch.setattr(building, "DigitalKeyRuntime", partial(DigitalKeyRuntime, wall_clock=clock))
    return clock


async def _restart(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()


@dataclass(frozen=True)
class _Moment:
    """A moment on Home Assistant's timers and on the hub's wall clock."""

    timers: datetime
    wall: float


def _moment(clock: WallClock) -> _Moment:
    return _Moment(dt_util.utcnow(), clock.now)


async def _pass(hass: HomeAssistant, clock: WallClock, since: _Moment, minutes: int) -> None:
    """`minutes` after `since`: the wall clock and every timer move on."""
    clock.now = since.wall + minutes * 60
    await move_time(hass, since.timers + timedelta(minutes=minutes))


def _issue(hass: HomeAssistant, residents: Residents) -> ir.IssueEntry | None:
    issue_id = credentials_issue_id(residents.entry.entry_id, residents.door_ids["entrance"])
    return ir.async_get(hass).async_get_issue(DOMAIN, issue_id)


def _stored(hass_storage: dict[str, Any], entry_id: str) -> dict[str, Any]:
    """The building store's credential sync section, as last written."""
    data: dict[str, Any] = hass_storage[f"{DOMAIN}.{entry_id}"]["data"]
    return data.get("credential_sync", {})


async def test_a_restart_keeps_counting_the_hour_before_the_repair(
    hass: HomeAssistant,
    site: Site,
    residents: Residents,
    clock: WallClock,
    hass_storage: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The store's delayed save runs on the loop's real time, which the test does not move.
    monkeypatch.setattr(building_saver, "SAVE_DELAY_S", 0)
    sim = site.units["entrance"]
    door_id = residents.door_ids["entrance"]
    await until(hass, lambda: hass.states.get(ENTITY).state == "in_sync")
    await entrance_out_of_reach(site, residents, 0.05)
    await add_kari_pin(residents, PIN)
    await until(hass, lambda: hass.states.get(ENTITY).state == "failed", 10)
    failed_since = hass.states.get(ENTITY).attributes["failed_since"]
    await _pass(hass, clock, _moment(clock), 40)
    assert _issue(hass, residents) is None

    await _restart(hass, residents.entry)
    stored = _stored(hass_storage, residents.entry.entry_id)[door_id]
    assert stored["failed_since"] == failed_since
    assert stored["reason"] == "unreachable"
    attributes = hass.states.get(ENTITY).attributes
    assert hass.states.get(ENTITY).state == "failed"
    assert attributes["failed_since"] == failed_since  # not the restart's time
    assert attributes["reason"] == "unreachable"

    restarted = _moment(clock)
    await _pass(hass, clock, restarted, 15)  # 55 minutes out of sync
    assert _issue(hass, residents) is None
    await _pass(hass, clock, restarted, 25)  # 65 minutes
    issue = _issue(hass, residents)
    assert issue is not None
    assert issue.translation_key == "credentials_out_of_sync"
    assert hass.states.get(ENTITY).attributes["failed_since"] == failed_since

    sim.peripheral.set_reachable(True)
    await site.wait_for_advert(sim)
    await _pass(hass, clock, restarted, 35)  # past any back-off
    await until_synced(hass, residents.entry, sim, door_id)
    assert hass.states.get(ENTITY).state == "in_sync"
    assert _issue(hass, residents) is None
    assert sim.unit.enter_pin(PIN)
    assert door_id not in residents.entry.runtime_data.saver.data()["credential_sync"]
    await hass.async_block_till_done()  # the store's delayed save, without its delay
    assert door_id not in _stored(hass_storage, residents.entry.entry_id)


async def test_a_door_out_of_sync_an_hour_before_the_restart_gets_its_repair_at_once(
    hass: HomeAssistant, site: Site, residents: Residents, clock: WallClock
) -> None:
    await until(hass, lambda: hass.states.get(ENTITY).state == "in_sync")
    await entrance_out_of_reach(site, residents, 0.05)
    await add_kari_pin(residents, PIN)
    await until(hass, lambda: hass.states.get(ENTITY).state == "failed", 10)
    assert await hass.config_entries.async_unload(residents.entry.entry_id)
    clock.now += 2 * 3600  # the hub was down two hours
    assert await hass.config_entries.async_setup(residents.entry.entry_id)
    await until(hass, lambda: _issue(hass, residents) is not None, 10)


async def test_stored_garbage_is_ignored_and_a_door_in_sync_clears_its_time(
    hass: HomeAssistant,
    site: Site,
    residents: Residents,
    clock: WallClock,
    hass_storage: dict[str, Any],
) -> None:
    entry = residents.entry
    ids = residents.door_ids
    await until(hass, lambda: hass.states.get(ENTITY).state == "in_sync")
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    now = datetime.fromtimestamp(clock.now, UTC)
    hass_storage[BuildingStore(hass, entry.entry_id).key]["data"]["credential_sync"] = {
        # In sync at the restart: the unit still reports the set, so the time is cleared.
        ids["entrance"]: {
            "out_of_sync_since": (now - timedelta(minutes=59)).isoformat(),
            "failed_since": (now - timedelta(minutes=59)).isoformat(),
            "reason": "unreachable",
        },
        ids["garage"]: {"out_of_sync_since": "2026-11-30T10:00:00"},  # naive
        ids["laundry"]: {"out_of_sync_since": (now + timedelta(days=1)).isoformat()},
        "no-such-door": {"out_of_sync_since": (now - timedelta(hours=2)).isoformat()},
    }
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    sync = entry.runtime_data.credential_sync
    assert sync is not None
    assert sync.status(ids["garage"]).out_of_sync_since is None
    assert sync.status(ids["laundry"]).out_of_sync_since is None
    for name in ("entrance", "garage", "laundry"):
        await until_synced(hass, entry, site.units[name], ids[name])
    assert sync.status(ids["entrance"]).failed_since is None
    assert entry.runtime_data.saver.data()["credential_sync"] == {}
    await move_time(hass, dt_util.utcnow() + timedelta(hours=1, minutes=1))
    assert _issue(hass, residents) is None


@pytest.mark.parametrize(
    "raw",
    [
        None,
        "2026-12-01T10:00:00+00:00",
        {"out_of_sync_since": 1795300000},
        {"out_of_sync_since": "yesterday"},
        {"out_of_sync_since": "2026-12-01T10:00:00"},
        {"out_of_sync_since": "2099-01-01T00:00:00+00:00"},
        {"out_of_sync_since": "2001-01-01T00:00:00+00:00"},
        {"failed_since": "2026-12-01T10:00:00+00:00", "reason": "unreachable"},
    ],
)
def test_an_unusable_entry_is_none(raw: object) -> None:
    assert kept_from_stored(raw, datetime(2026, 12, 2, tzinfo=UTC)) is None


def test_a_failure_without_a_known_reason_keeps_only_the_time_out_of_sync() -> None:
    since = "2026-12-01T10:00:00+01:00"
    raw = {"out_of_sync_since": since, "failed_since": since, "reason": "gremlins"}
    kept = kept_from_stored(raw, datetime(2026, 12, 2, tzinfo=UTC))
    assert kept == KeptSync(datetime(2026, 12, 1, 9, tzinfo=UTC))
    assert kept is not None
    assert kept_from_stored(kept.to_stored(), datetime(2026, 12, 2, tzinfo=UTC)) == kept
