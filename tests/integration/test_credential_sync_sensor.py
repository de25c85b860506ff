"""What a caretaker sees of a door's credential sync: its sensor and its repair issue."""

from __future__ import annotations

from datetime import timedelta

from homeassistant.core import Event, EventStateChangedData, HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.event import async_track_state_change_event
from homeassistant.util import dt as dt_util

from custom_components.digitalkey.const import DOMAIN
from custom_components.digitalkey.repairs import credentials_issue_id

from .conftest import Residents, Site, until
from .credential_sync_support import add_kari_pin, entrance_out_of_reach, move_time, until_synced

ENTITY = "sensor.entrance_credential_sync"
PIN = "583920"


async def _add_kari_pin(residents: Residents) -> None:
    await add_kari_pin(residents, PIN)


def _issue(hass: HomeAssistant, residents: Residents) -> ir.IssueEntry | None:
    issue_id = credentials_issue_id(residents.entry.entry_id, residents.door_ids["entrance"])
    return ir.async_get(hass).async_get_issue(DOMAIN, issue_id)


async def test_the_sensor_shows_a_change_pending_then_in_sync(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    await until(hass, lambda: hass.states.get(ENTITY).state == "in_sync")
    seen: list[tuple[str, int | None]] = []

    @callback
    def noted(event: Event[EventStateChangedData]) -> None:
        state = event.data["new_state"]
        if state is not None:
            seen.append((state.state, state.attributes.get("pending_changes")))

    stop = async_track_state_change_event(hass, [ENTITY], noted)
    await _add_kari_pin(residents)
    await until_synced(
        hass, residents.entry, site.units["entrance"], residents.door_ids["entrance"]
    )
    stop()
    assert seen[0] == ("pending", 1)
    assert seen[-1] == ("in_sync", 0)
    assert {state for state, _ in seen} == {"pending", "in_sync"}
    attributes = hass.states.get(ENTITY).attributes
    assert attributes["reason"] is None
    assert attributes["failed_since"] is None
    assert dt_util.parse_datetime(attributes["last_synced"]) is not None


async def test_a_door_out_of_reach_for_an_hour_fails_with_a_repair_until_it_syncs(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    sim = site.units["entrance"]
    await until(hass, lambda: hass.states.get(ENTITY).state == "in_sync")
    await entrance_out_of_reach(site, residents, 0.05)

    await _add_kari_pin(residents)
    await until(hass, lambda: hass.states.get(ENTITY).state == "failed", 10)
    attributes = hass.states.get(ENTITY).attributes
    assert attributes["reason"] == "unreachable"
    assert attributes["pending_changes"] == 1
    failed_since = dt_util.parse_datetime(attributes["failed_since"])
    assert failed_since is not None
    start = dt_util.utcnow()
    await move_time(hass, start + timedelta(minutes=30))
    assert _issue(hass, residents) is None  # not yet an hour

    await move_time(hass, start + timedelta(hours=1, seconds=1))
    issue = _issue(hass, residents)
    assert issue is not None
    assert issue.translation_key == "credentials_out_of_sync"
    assert issue.translation_placeholders == {"door": "Entrance"}
    assert issue.severity is ir.IssueSeverity.WARNING
    assert not issue.is_fixable
    still = hass.states.get(ENTITY).attributes
    assert still["reason"] == "unreachable"
    assert dt_util.parse_datetime(still["failed_since"]) == failed_since  # since the first

    sim.peripheral.set_reachable(True)
    await site.wait_for_advert(sim)
    await move_time(hass, start + timedelta(hours=1, minutes=10))  # past the back-off
    await until_synced(hass, residents.entry, sim, residents.door_ids["entrance"])
    assert hass.states.get(ENTITY).state == "in_sync"
    assert _issue(hass, residents) is None
    assert sim.unit.enter_pin(PIN)


async def test_a_change_shows_pending_at_once_while_the_unit_is_still_being_reached(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    """Not "in sync" for the many seconds a connect to a door out of reach takes to fail.

    A change that takes access away goes to the unit at once, without the debounce, so
    it is the one that used to show "in sync" until the connect failed.
    """
    sim = site.units["entrance"]
    await _add_kari_pin(residents)
    await until_synced(hass, residents.entry, sim, residents.door_ids["entrance"])
    (credential_id,) = residents.access.registry.credentials
    await entrance_out_of_reach(site, residents, 30.0)  # a connect hangs, as to a door out of reach

    await residents.apply(lambda r: r.block_credential(credential_id, now=residents.now()))
    await until(hass, lambda: hass.states.get(ENTITY).state == "pending", 2)
    assert hass.states.get(ENTITY).attributes["pending_changes"] == 1
    sim.peripheral.set_reachable(True)  # the connect under way completes; the sync ends well
    await until_synced(hass, residents.entry, sim, residents.door_ids["entrance"])
    assert not sim.unit.enter_pin(PIN)
