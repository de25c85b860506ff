"""Battery histories written over simulated weeks: the hub's wall clock moved by hand.

The readings come the way they do in a building: the reference unit's battery is set
(`DoorUnit.set_battery`) and the door is read over HA's Bluetooth stack, so each reading
is an authenticated snapshot the hub received.
"""

from __future__ import annotations

import time
from typing import Any

from homeassistant.auth.models import User
from homeassistant.core import Context, HomeAssistant, ServiceResponse
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey.const import DOMAIN

from .conftest import Site, door_link

DAY = 86400


class WallClock:
    """The hub's wall clock, moved by tests (`runtime.wall_clock = WallClock()`).

    It starts at the real time: the units' clocks were set from it at pairing, and a hub
    clock behind the units' is taken for wrong.
    """

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


def use_wall_clock(entry: MockConfigEntry) -> WallClock:
    """Give the loaded building a wall clock the test moves."""
    clock = WallClock()
    entry.runtime_data.wall_clock = clock
    return clock


async def read_battery(
    hass: HomeAssistant,
    site: Site,
    entry: MockConfigEntry,
    name: str,
    percent: int,
    *,
    millivolts: int | None = None,
) -> None:
    """The unit of door `name` now has `percent`; the hub reads it (one authenticated read)."""
    site.units[name].unit.set_battery(percent, millivolts)
    await door_link(entry, name.capitalize()).async_refresh()
    await hass.async_block_till_done(wait_background_tasks=True)


async def falling(
    hass: HomeAssistant,
    site: Site,
    entry: MockConfigEntry,
    clock: WallClock,
    name: str,
    levels: list[int],
    *,
    every_s: int = DAY,
) -> None:
    """One reading of each level, `every_s` apart on the wall clock (the first one now)."""
    for index, percent in enumerate(levels):
        if index:
            clock.now += every_s
        await read_battery(hass, site, entry, name, percent)


async def call(
    hass: HomeAssistant,
    action: str,
    data: dict[str, Any] | None = None,
    *,
    user: User | None = None,
    response: bool = True,
) -> ServiceResponse:
    """A Digital Key action as `user` (None: as an automation)."""
    return await hass.services.async_call(
        DOMAIN,
        action,
        data or {},
        blocking=True,
        context=Context(user_id=None if user is None else user.id),
        return_response=response,
    )
