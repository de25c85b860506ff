"""Diagnostics show door health and never a key, code or personal detail."""

from __future__ import annotations

import json

from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey.diagnostics import async_get_config_entry_diagnostics

from .conftest import SETUP_CODE, Site


async def test_diagnostics_redact_secrets(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    diagnostics = await async_get_config_entry_diagnostics(hass, loaded)
    text = json.dumps(diagnostics)
    secrets = [
        loaded.data["hub_key"],
        loaded.title,
        SETUP_CODE,
        *(sub.data["unit_public"] for sub in loaded.subentries.values()),
        *(sub.data["location"] for sub in loaded.subentries.values()),
        *(sub.title for sub in loaded.subentries.values()),
    ]
    for secret in secrets:
        assert secret not in text, secret
    assert len(diagnostics["doors"]) == 3
    door = diagnostics["doors"][0]
    assert door["available"] is True
    assert door["status"]["battery_percent"] == 90
    assert door["data"]["unit_public"] == "**REDACTED**"
    assert diagnostics["entry"]["data"]["hub_key"] == "**REDACTED**"
