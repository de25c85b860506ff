"""The integration tests' simulated building, for attacks over the air."""

from __future__ import annotations

from homeassistant.core import HomeAssistant

from custom_components.digitalkey.door_link import DoorLink
from tests.integration.conftest import (
    FakeClock,
    RefreshCounter,
    Residents,
    SimUnit,
    Site,
    auto_enable_custom_integrations,
    door_link,
    fast_slot_backoff,
    loaded,
    residents,
    site,
    until,
)
from tests.integration.resident_sockets import admin, kari, ola

__all__ = [
    "FakeClock",
    "RefreshCounter",
    "Residents",
    "SimUnit",
    "Site",
    "admin",
    "auto_enable_custom_integrations",
    "door_link",
    "fast_slot_backoff",
    "kari",
    "loaded",
    "ola",
    "residents",
    "site",
    "unaccepted_challenge",
    "until",
]


async def unaccepted_challenge(hass: HomeAssistant, door: DoorLink) -> None:
    """Release the link, then wait until the hub holds a challenge the unit has not accepted.

    A HELLO carrying such a challenge is the one that carries a command (and the hub's
    time) in the handshake, which is what the attacks and clock checks here need to meet.
    """
    await door.connection.async_release_if_idle()
    used = door.connection.fresh_challenge()
    await until(hass, lambda: door.connection.fresh_challenge() not in (None, used), 8)
