"""Diagnostics show door health and never a key, code or personal detail."""

from __future__ import annotations

import json

from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey.diagnostics import async_get_config_entry_diagnostics
from custom_components.digitalkey.event_log_schema import SCHEMA_VERSION

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


async def test_diagnostics_count_the_event_log_without_showing_it(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    unit = site.units["garage"].unit
    unit.press_inside_button()
    door = next(d for d in loaded.runtime_data.doors.values() if d.identity.name == "Garage")
    await door.async_refresh()
    page = await loaded.runtime_data.event_log.async_query()
    (record,) = page.records
    diagnostics = await async_get_config_entry_diagnostics(hass, loaded)
    assert diagnostics["event_log"] == {"records": 1, "schema_version": SCHEMA_VERSION}
    assert record.kind not in json.dumps(diagnostics["event_log"])


async def test_diagnostics_sum_up_each_battery_history(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    """Its size, newest reading, change and estimate: the readings themselves stay out."""
    unit = site.units["garage"].unit
    unit.set_battery(42, 2617)
    door = next(d for d in loaded.runtime_data.doors.values() if d.identity.name == "Garage")
    await door.async_refresh()
    diagnostics = await async_get_config_entry_diagnostics(hass, loaded)
    (garage,) = [d for d in diagnostics["doors"] if d["subentry_id"] == door.identity.subentry_id]
    battery = garage["battery"]
    assert battery["readings"] == 2  # 90 % at setup, then 42 %
    assert battery["newest"]["percent"] == 42
    assert battery["newest"]["millivolts"] == 2617
    assert battery["changed_at"] is None
    assert battery["days_left"] is None  # two readings seconds apart: no estimate
    assert set(battery) == {
        "readings",
        "newest",
        "changed_at",
        "change_source",
        "last_contact",
        "days_left",
    }
