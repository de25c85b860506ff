"""The websockets of `residents`' administrator, Kari and Ola, as the panels' tests use them.

One definition for every test of the panels' commands, reads and subscriptions, so that
each speaks as the same users; the conftests of the integration and hub attack tests
offer them as fixtures.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from .websocket_support import Socket, async_socket

if TYPE_CHECKING:
    from .conftest import Residents  # the conftest offers these fixtures, so no import at run time


@pytest.fixture
async def admin(
    hass: HomeAssistant, residents: Residents, hass_ws_client: WebSocketGenerator
) -> Socket:
    """The building's administrator."""
    return await async_socket(hass, hass_ws_client, residents.admin)


@pytest.fixture
async def kari(
    hass: HomeAssistant, residents: Residents, hass_ws_client: WebSocketGenerator
) -> Socket:
    """Kari, who holds the bundle "Entrance + laundry"."""
    return await async_socket(hass, hass_ws_client, residents.kari)


@pytest.fixture
async def ola(
    hass: HomeAssistant, residents: Residents, hass_ws_client: WebSocketGenerator
) -> Socket:
    """Ola, who holds no key of her own."""
    return await async_socket(hass, hass_ws_client, residents.ola)
