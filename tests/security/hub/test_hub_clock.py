"""A hub whose own clock is wrong does not push it to the door units.

Schedules and log times depend on the units' clocks, which the hub sets (in HELLO with an
accepted challenge, or with SET_TIME). A hub clock behind what the units last reported, or
before this integration was built, is taken for wrong: a repair says so and no time is
sent until it is right again.
"""

from __future__ import annotations

import time

from homeassistant.const import ATTR_ENTITY_ID
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey.const import DOMAIN, HUB_CLOCK_NOT_BEFORE
from custom_components.digitalkey.door_link import DoorLink
from custom_components.digitalkey.protocol.constants import LockState, LogEvent
from custom_components.digitalkey.repairs import hub_clock_issue_id

from .conftest import Site, door_link, unaccepted_challenge

TWO_DAYS = 2 * 86400


def _door(entry: MockConfigEntry) -> DoorLink:
    return door_link(entry, "Entrance")


def _issue(hass: HomeAssistant, entry: MockConfigEntry) -> ir.IssueEntry | None:
    return ir.async_get(hass).async_get_issue(DOMAIN, hub_clock_issue_id(entry.entry_id))


@pytest.mark.parametrize(
    "hub_clock",
    [lambda: time.time() - TWO_DAYS, lambda: float(HUB_CLOCK_NOT_BEFORE - TWO_DAYS)],
    ids=["two_days_behind", "before_build"],
)
async def test_wrong_hub_clock_is_not_sent_and_raises_a_repair(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, hub_clock: object
) -> None:
    sim = site.units["entrance"]
    door = _door(loaded)
    await unaccepted_challenge(hass, door)  # a HELLO carrying it would set the clock
    last_seq = sim.unit.flash.log.last_seq
    loaded.runtime_data.wall_clock = hub_clock
    await hass.services.async_call(
        "lock", "unlock", {ATTR_ENTITY_ID: "lock.entrance"}, blocking=True
    )
    assert sim.unit.lock_state is LockState.UNLOCKED  # the command itself still runs
    assert abs(sim.unit.now() - time.time()) < 5  # neither HELLO nor SET_TIME moved it
    issue = _issue(hass, loaded)
    assert issue is not None
    assert issue.translation_key == "hub_clock"
    assert issue.translation_placeholders == {"building": loaded.title}
    records = sim.unit.flash.log.read(last_seq + 1, 200)
    assert LogEvent.TIME_SET not in [record.event for record in records]

    await door.async_refresh()  # still wrong: one issue, not a second
    assert len([i for i in ir.async_get(hass).issues if i[0] == DOMAIN]) == 1

    loaded.runtime_data.wall_clock = time.time  # corrected: the next contact clears it
    await door.async_refresh()
    assert _issue(hass, loaded) is None
