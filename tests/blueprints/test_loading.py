"""The blueprints load with Home Assistant's own blueprint loader and say what they need."""

from __future__ import annotations

import re

from homeassistant.components.automation.helpers import async_get_blueprints
from homeassistant.components.blueprint import errors
from homeassistant.core import HomeAssistant
import pytest

from .blueprint_support import BLUEPRINT_FILES, LANGUAGES, blueprint_texts

SOURCE = "https://github.com/digitalkey-hub/digitalkey/blob/main/blueprints/automation/digitalkey/"

REQUIRED_INPUTS = {
    "low_battery.yaml": {"critical_sensors"},
    "weekly_battery_report.yaml": {"building"},
    "door_jammed.yaml": {"locks"},
}
NOTIFY_INPUTS = {"notify_entities", "notify_actions", "persistent"}


@pytest.mark.parametrize("name", BLUEPRINT_FILES)
async def test_blueprint_loads_and_names_its_source(hass: HomeAssistant, name: str) -> None:
    blueprint = await async_get_blueprints(hass).async_get_blueprint(f"digitalkey/{name}")
    assert blueprint.domain == "automation"
    assert blueprint.validate() is None  # this Home Assistant is recent enough
    assert blueprint.metadata["source_url"] == SOURCE + name
    assert blueprint.metadata["homeassistant"]["min_version"]
    assert len(blueprint.metadata["description"]) > 200
    required = {key for key, spec in blueprint.inputs.items() if "default" not in spec}
    assert required == REQUIRED_INPUTS[name]
    assert set(blueprint.inputs) >= NOTIFY_INPUTS


@pytest.mark.parametrize("name", BLUEPRINT_FILES)
async def test_blueprint_refuses_a_use_without_its_required_inputs(
    hass: HomeAssistant, name: str
) -> None:
    blueprints = async_get_blueprints(hass)
    with pytest.raises(errors.MissingInput) as missing:
        await blueprints.async_inputs_from_config(
            {"use_blueprint": {"path": f"digitalkey/{name}", "input": {}}}
        )
    assert str(missing.value).endswith("Missing input " + ", ".join(sorted(REQUIRED_INPUTS[name])))


async def test_the_defaults_are_the_documented_ones(hass: HomeAssistant) -> None:
    blueprints = async_get_blueprints(hass)
    low = await blueprints.async_get_blueprint("digitalkey/low_battery.yaml")
    weekly = await blueprints.async_get_blueprint("digitalkey/weekly_battery_report.yaml")
    defaults = {key: spec["default"] for key, spec in low.inputs.items() if "default" in spec}
    assert defaults == {
        "notify_entities": [],
        "notify_actions": [],
        "persistent": True,
        "repeat_days": 0,
        "repeat_time": "09:00:00",
    }
    assert {key: spec.get("default") for key, spec in weekly.inputs.items()} == {
        "building": None,
        "weekdays": ["mon"],
        "time": "08:00:00",
        "threshold": 0,
        "notify_entities": [],
        "notify_actions": [],
        "persistent": True,
        "send_when_empty": False,
    }


@pytest.mark.parametrize("name", ["low_battery.yaml", "door_jammed.yaml"])
def test_every_language_has_the_same_texts(name: str) -> None:
    texts = blueprint_texts(name)
    assert sorted(texts) == sorted(LANGUAGES)
    keys = set(texts["en"])
    for language in LANGUAGES:
        assert set(texts[language]) == keys, language
        for key in keys:
            text = texts[language][key]
            assert text.strip(), (language, key)
            placeholders = set(re.findall(r"\{\w+\}", text))
            assert placeholders == set(re.findall(r"\{\w+\}", texts["en"][key])), (language, key)
    assert (
        len(
            {
                texts[language]["title" if name == "door_jammed.yaml" else "title_low"]
                for language in LANGUAGES
            }
        )
        >= 3
    )  # translated, not copied
