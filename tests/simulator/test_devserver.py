"""Preparing the development server's config directory (scripts/develop)."""

from __future__ import annotations

import json
from pathlib import Path

from homeassistant.auth.providers.homeassistant import Data
from homeassistant.components.onboarding.const import STEPS
from homeassistant.core import HomeAssistant
import pytest

from simulator import devserver


def storage(config: Path, key: str) -> dict[str, object]:
    data: dict[str, object] = json.loads((config / ".storage" / key).read_text())["data"]
    return data


def test_configuration_is_written_once(tmp_path: Path) -> None:
    assert devserver.write_configuration(tmp_path)
    text = (tmp_path / "configuration.yaml").read_text()
    assert "digitalkey_simulator:" in text
    assert "default_config" not in text.replace("instead of default_config", "")
    (tmp_path / "configuration.yaml").write_text("# mine\n")
    assert not devserver.write_configuration(tmp_path)
    assert (tmp_path / "configuration.yaml").read_text() == "# mine\n"


def test_the_automation_editor_has_its_file_and_it_is_kept(tmp_path: Path) -> None:
    devserver.write_configuration(tmp_path)
    assert "automation: !include automations.yaml" in (tmp_path / "configuration.yaml").read_text()
    automations = tmp_path / "automations.yaml"
    assert automations.read_text() == "[]\n"
    automations.write_text("- id: mine\n")
    devserver.write_configuration(tmp_path)
    assert automations.read_text() == "- id: mine\n"


def test_each_blueprint_is_linked_where_an_import_would_put_it(tmp_path: Path) -> None:
    folder = tmp_path / "blueprints" / "automation" / "digitalkey"
    folder.mkdir(parents=True)
    (folder / "low_battery.yaml").symlink_to(tmp_path)  # a stale link from another checkout
    devserver.link_blueprints(tmp_path)
    devserver.link_blueprints(tmp_path)

    wanted = sorted(path.name for path in devserver.BLUEPRINTS.glob("*.yaml"))
    assert "low_battery.yaml" in wanted
    # Home Assistant's own search for blueprints finds every one of them.
    found = sorted(path.name for path in (tmp_path / "blueprints").glob("**/*.yaml"))
    assert found == wanted
    for name in wanted:
        link = folder / name
        assert not link.readlink().is_absolute()
        assert link.resolve() == devserver.BLUEPRINTS / name


def test_a_real_directory_is_not_replaced(tmp_path: Path) -> None:
    (tmp_path / "custom_components" / "digitalkey").mkdir(parents=True)
    with pytest.raises(SystemExit, match="is a directory"):
        devserver.link_integrations(tmp_path)


async def test_owner_onboarding_and_http_are_prepared_once(tmp_path: Path) -> None:
    notes, port = await devserver._prepare_storage(tmp_path)
    assert port == 8123
    assert notes == [
        "created owner account 'dev'",
        "marked onboarding done",
        "bound HTTP to 127.0.0.1:8123",
    ]
    users = storage(tmp_path, "auth")["users"]
    assert isinstance(users, list)
    (owner,) = users
    assert owner["is_owner"]
    assert owner["group_ids"] == ["system-admin"]
    assert set(storage(tmp_path, "onboarding")["done"]) == set(STEPS)  # type: ignore[arg-type]
    http = storage(tmp_path, "http")
    assert http["stable"]["server_host"] == ["127.0.0.1"]  # type: ignore[index]
    assert http["yaml_migration_done"]

    hass = HomeAssistant(str(tmp_path))
    data = Data(hass)
    await data.async_load()
    data.validate_login("dev", "dev")
    await hass.async_stop(force=True)

    assert await devserver._prepare_storage(tmp_path, 8124) == ([], 8123)
    assert storage(tmp_path, "auth")["users"] == users


def test_banner_says_how_to_log_in() -> None:
    text = devserver.banner(["created owner account 'dev'"])
    assert "http://127.0.0.1:8123" in text
    assert "username: dev   password: dev" in text
    assert "digitalkey_simulator.press_pairing_button" in text
    assert "31415926" in text


def test_main_prepares_a_new_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "develop" / "config"
    assert devserver.main([str(config)]) == 0
    out = capsys.readouterr().out
    assert "(wrote configuration.yaml)" in out
    assert "username: dev" in out
    assert (config / "custom_components" / "digitalkey_simulator" / "manifest.json").is_file()
    assert (config / ".storage" / "onboarding").is_file()


def test_a_new_directory_is_bound_to_the_port_asked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config"
    assert devserver.main([str(config), "--port", "18123"]) == 0
    assert "http://127.0.0.1:18123" in capsys.readouterr().out
    assert storage(config, "http")["stable"]["server_port"] == 18123  # type: ignore[index]

    assert devserver.main([str(config), "--port", "18124"]) == 0  # prepared: it stays
    assert "http://127.0.0.1:18123" in capsys.readouterr().out
    assert storage(config, "http")["stable"]["server_port"] == 18123  # type: ignore[index]
