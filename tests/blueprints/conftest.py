"""The simulated building of the integration tests, and the blueprints in its config folder."""

from __future__ import annotations

from collections.abc import AsyncIterator

from homeassistant.const import ENTITY_MATCH_ALL
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
import pytest

from tests.integration.conftest import (  # noqa: F401 - fixtures
    auto_enable_custom_integrations,
    fast_slot_backoff,
    loaded,
    site,
)

from .blueprint_support import install_blueprints


@pytest.fixture(autouse=True)
async def blueprints_installed(
    hass: HomeAssistant, enable_custom_integrations: None
) -> AsyncIterator[None]:
    """The repository's blueprints where a user's import puts them, and notifications on.

    After custom integrations are enabled: setting up a component first would have Home
    Assistant remember that there are none.
    """
    await hass.async_add_executor_job(install_blueprints, hass)
    assert await async_setup_component(hass, "persistent_notification", {})
    yield
    if hass.services.has_service("automation", "turn_off"):  # their time triggers end
        await hass.services.async_call(
            "automation", "turn_off", {"entity_id": ENTITY_MATCH_ALL}, blocking=True
        )
