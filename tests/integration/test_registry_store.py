"""The access registry is saved before anyone hears of a change, and only a whole change."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from unittest.mock import patch

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
import pytest

from custom_components.digitalkey.access.errors import AccessError
from custom_components.digitalkey.access.model import Role
from custom_components.digitalkey.access.plan import Change
from custom_components.digitalkey.registry_store import AccessRuntime, building_settings

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
KEY = "digitalkey.building-1.registry"


def _add(name: str, phone: str | None = None) -> Any:
    return lambda registry: registry.add_person(name, role=Role.OWNER, now=NOW, phone=phone)


async def test_a_change_is_saved_and_read_back(
    hass: HomeAssistant, hass_storage: dict[str, Any]
) -> None:
    access = await AccessRuntime.async_load(hass, "building-1")
    heard: list[Change] = []
    stop = access.async_listen(heard.append)
    change = await access.async_apply(_add("Kari Nordmann", "912 34 567"))
    person_id = change.created[0]
    assert heard == [change]
    assert hass_storage[KEY]["data"]["people"][0]["phone"] == "+4791234567"
    stop()
    again = await AccessRuntime.async_load(hass, "building-1")
    assert again.registry.person(person_id).name == "Kari Nordmann"


async def test_a_refused_change_saves_nothing_and_tells_nobody(
    hass: HomeAssistant, hass_storage: dict[str, Any]
) -> None:
    access = await AccessRuntime.async_load(hass, "building-1")
    heard: list[Change] = []
    access.async_listen(heard.append)
    with pytest.raises(AccessError):
        await access.async_apply(_add("Kari", "not a phone"))
    assert KEY not in hass_storage
    assert heard == []
    assert not access.registry.people


async def test_a_failed_save_puts_the_registry_back(
    hass: HomeAssistant, hass_storage: dict[str, Any]
) -> None:
    access = await AccessRuntime.async_load(hass, "building-1")
    await access.async_apply(_add("Kari"))
    with (
        patch.object(access.store, "async_save", side_effect=OSError("disk full")),
        pytest.raises(HomeAssistantError) as raised,
    ):
        await access.async_apply(_add("Ola"))
    assert raised.value.translation_key == "registry_not_saved"
    assert [p.name for p in access.registry.people.values()] == ["Kari"]


async def test_the_building_settings_follow_home_assistant(hass: HomeAssistant) -> None:
    await hass.config.async_update(country="DK", time_zone="Europe/Copenhagen")
    settings = building_settings(hass)
    assert (settings.country, settings.time_zone) == ("DK", "Europe/Copenhagen")
    await hass.config.async_update(country="SE")
    assert building_settings(hass).country == "NO"
