"""Running the repository's blueprints as a user's automations do, and watching what they send."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
import shutil
from typing import Any

from freezegun.api import FrozenDateTimeFactory, TickingDateTimeFactory
from homeassistant.components import persistent_notification
from homeassistant.const import STATE_UNAVAILABLE
from homeassistant.core import HomeAssistant, ServiceCall, callback
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util, yaml as yaml_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
    async_mock_service,
)

from custom_components.digitalkey.const import (
    IDLE_DISCONNECT_S,
    SILENCE_CHECK_S,
    UNREACHABLE_AFTER_S,
)
from custom_components.digitalkey.door_link import REFRESH_RETRY_S
from tests.integration.conftest import FakeClock, Site, until

BLUEPRINT_SOURCE = Path(__file__).parents[2] / "blueprints" / "automation" / "digitalkey"
"""The blueprints as published (the README's import buttons point at these files)."""

BLUEPRINT_FILES = ("low_battery.yaml", "weekly_battery_report.yaml", "door_jammed.yaml")
LANGUAGES = ("en", "nb", "da", "nl")

TIME_TRAVEL = pytest.mark.freeze_time(tick=True)
"""Time that tests can move forward (`freezer`, see `async_travel`); it ticks, so the simulated
radio and its timers keep running."""

type Freezer = FrozenDateTimeFactory | TickingDateTimeFactory
"""The `freezer` fixture (a ticking one under `TIME_TRAVEL`)."""


def install_blueprints(hass: HomeAssistant) -> None:
    """Copy the blueprints into the config folder, where an imported blueprint lands."""
    target = Path(hass.config.path("blueprints", "automation", "digitalkey"))
    target.mkdir(parents=True, exist_ok=True)
    for name in BLUEPRINT_FILES:
        shutil.copy(BLUEPRINT_SOURCE / name, target / name)


def blueprint_texts(name: str) -> dict[str, dict[str, str]]:
    """A blueprint's own table of texts (`variables.texts`), by language."""
    data = yaml_util.load_yaml_dict(BLUEPRINT_SOURCE / name)
    texts: dict[str, dict[str, str]] = data["variables"]["texts"]
    return texts


async def async_use_blueprint(hass: HomeAssistant, name: str, *automations: dict[str, Any]) -> None:
    """Set up automations from blueprint `name`, one per dict of inputs."""
    config = [
        {
            "id": f"{Path(name).stem}_{index}",
            "alias": f"{Path(name).stem} {index}",
            "use_blueprint": {"path": f"digitalkey/{name}", "input": inputs},
        }
        for index, inputs in enumerate(automations)
    ]
    assert await async_setup_component(hass, "automation", {"automation": config})
    await hass.async_block_till_done()
    for index in range(len(automations)):
        state = hass.states.get(f"automation.{Path(name).stem}_{index}")
        assert state is not None
        assert state.state == "on", f"{name} did not set up: {state.attributes}"


@dataclass
class Notices:
    """The notifications sent: to a mocked notify action and to Home Assistant's own."""

    calls: list[ServiceCall]
    persistent: list[persistent_notification.Notification] = field(default_factory=list)

    @property
    def messages(self) -> list[str]:
        return [call.data["message"] for call in self.calls]


def watch_notices(hass: HomeAssistant, action: str = "test") -> Notices:
    """Mock `notify.<action>` and record every persistent notification created or updated."""
    notices = Notices(async_mock_service(hass, "notify", action))

    @callback
    def updated(
        kind: persistent_notification.UpdateType,
        changed: dict[str, persistent_notification.Notification],
    ) -> None:
        if kind in (
            persistent_notification.UpdateType.ADDED,
            persistent_notification.UpdateType.UPDATED,
        ):
            notices.persistent.extend(changed.values())

    persistent_notification.async_register_callback(hass, updated)
    return notices


def follow_frozen_time(entry: MockConfigEntry) -> None:
    """Let the building's wall clock be Home Assistant's, so time travel moves both."""
    entry.runtime_data.wall_clock = lambda: dt_util.utcnow().timestamp()


async def async_settle(hass: HomeAssistant, site: Site) -> None:
    """Let the building finish what it does on the air and release its connections.

    Time travel runs every timer due by then at once, the radio's command timeouts
    included: a jump while a connection is opened or closed would time that out.
    """
    await hass.async_block_till_done(wait_background_tasks=True)
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=IDLE_DISCONNECT_S + 1))
    await until(hass, lambda: all(p.central.connections_in_use == 0 for p in site.proxies))
    await asyncio.sleep(0.1)  # the units advertise as connectable again
    await hass.async_block_till_done(wait_background_tasks=True)


async def async_travel(hass: HomeAssistant, site: Site, freezer: Freezer, to: datetime) -> None:
    """Move Home Assistant's clock to `to` and run the timers due by then."""
    await async_settle(hass, site)
    freezer.move_to(to)
    async_fire_time_changed(hass, to)
    await async_settle(hass, site)


async def async_battery_report(hass: HomeAssistant, **data: Any) -> dict[str, Any]:
    """The building's battery report, as the blueprints ask for it."""
    response = await hass.services.async_call(
        "digitalkey", "battery_report", data, blocking=True, return_response=True
    )
    assert isinstance(response, dict)
    return response


async def async_out_of_reach(
    hass: HomeAssistant, site: Site, entry: MockConfigEntry, door: str
) -> FakeClock:
    """Take `door`'s unit out of reach until its entities are unavailable.

    On a monotonic clock of the building's that the test moves on (returned), as a silent
    door is found out.
    """
    clock = FakeClock()
    clock.now = entry.runtime_data.clock()
    entry.runtime_data.clock = clock
    site.units[door].peripheral.set_reachable(False)
    clock.now += UNREACHABLE_AFTER_S + 1
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=SILENCE_CHECK_S))
    await until(hass, lambda: hass.states.get(f"lock.{door}").state == STATE_UNAVAILABLE)
    return clock


async def async_out_of_reach_and_back(
    hass: HomeAssistant,
    site: Site,
    entry: MockConfigEntry,
    door: str,
    while_away: Callable[[], None] = lambda: None,
) -> None:
    """Take `door`'s unit out of reach, then back; it is read again when it is back.

    A change while it is away (`while_away`) shows then.
    """
    clock = await async_out_of_reach(hass, site, entry, door)
    while_away()
    site.units[door].peripheral.set_reachable(True)
    await until(hass, lambda: hass.states.get(f"lock.{door}").state != STATE_UNAVAILABLE, 10)
    clock.now += REFRESH_RETRY_S + 1
    await hass.async_block_till_done(wait_background_tasks=True)
