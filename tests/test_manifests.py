"""The repository passes what hassfest and HACS check, before CI runs them.

The hassfest action validates every folder of the repository that holds a `manifest.json`
(the integration and the development server's simulator component); the HACS action
validates `hacs.json`, the integration under `custom_components/`, its brand images and the
license. These tests repeat the checks that a change in this repository can break:

- a manifest's domain is its folder's name; the keys a custom integration needs are there,
  valid, and sorted as hassfest wants (domain, name, then alphabetical);
- every top-level key of a `services.yaml` is a service (no YAML anchor holders), its fields
  and selectors are valid, and `translations/en.json` names and describes every service and
  field, and nothing else;
- `hacs.json` has only keys HACS knows, and its minimum Home Assistant version is the
  release series the tests run against.

The GitHub repository settings HACS also checks (description, topics, issues) are listed in
README.md; they cannot be tested here.
"""

from __future__ import annotations

import json
from pathlib import Path
import re
import subprocess
from typing import Any, cast
from urllib.parse import urlparse

from awesomeversion import AwesomeVersion, AwesomeVersionStrategy
from homeassistant.const import __version__ as ha_version
from homeassistant.helpers import config_validation as cv, selector
from homeassistant.util.yaml import load_yaml_dict
import probatio
import pytest

REPO = Path(__file__).resolve().parents[1]


def _files_named(name: str) -> list[Path]:
    """Every file called `name` in the checkout, tracked or new, except what git ignores."""
    listing = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", f":(glob)**/{name}"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return sorted({REPO / line for line in listing.splitlines() if (REPO / line).is_file()})


def _load_json(path: Path) -> dict[str, Any]:
    return cast(dict[str, Any], json.loads(path.read_text(encoding="utf-8")))


INTEGRATIONS = [manifest.parent for manifest in _files_named("manifest.json")]
WITH_SERVICES = [folder for folder in INTEGRATIONS if (folder / "services.yaml").is_file()]


def _ids(folders: list[Path]) -> list[str]:
    return [folder.relative_to(REPO).as_posix() for folder in folders]


def test_every_integration_is_found() -> None:
    assert set(_ids(INTEGRATIONS)) >= {
        "custom_components/digitalkey",
        "simulator/digitalkey_simulator",
    }


# Manifests --------------------------------------------------------------------------------

REQUIRED_KEYS = {
    "domain",
    "name",
    "codeowners",
    "documentation",
    "iot_class",
    "issue_tracker",
    "version",
}
"""hassfest requires codeowners, documentation, iot_class and (custom) version; HACS also
requires issue_tracker."""

KNOWN_KEYS = REQUIRED_KEYS | {
    "after_dependencies",
    "bluetooth",
    "config_flow",
    "dependencies",
    "dhcp",
    "disabled",
    "homekit",
    "import_executor",
    "integration_type",
    "loggers",
    "mqtt",
    "preview_features",
    "quality_scale",
    "requirements",
    "single_config_entry",
    "ssdp",
    "usb",
    "zeroconf",
}
"""The keys hassfest's custom-integration manifest schema accepts; any other is an error."""

INTEGRATION_TYPES = {"device", "entity", "hardware", "helper", "hub", "service", "system"}
IOT_CLASSES = {
    "assumed_state",
    "calculated",
    "cloud_polling",
    "cloud_push",
    "local_polling",
    "local_push",
}
VERSION_STRATEGIES = [
    AwesomeVersionStrategy.CALVER,
    AwesomeVersionStrategy.SEMVER,
    AwesomeVersionStrategy.SIMPLEVER,
    AwesomeVersionStrategy.BUILDVER,
    AwesomeVersionStrategy.PEP440,
]
"""What Home Assistant's loader and hassfest accept as a custom integration's version."""


def _https(value: Any) -> bool:
    url = urlparse(value) if isinstance(value, str) else None
    return url is not None and url.scheme == "https" and bool(url.netloc)


@pytest.fixture(params=INTEGRATIONS, ids=_ids(INTEGRATIONS))
def integration(request: pytest.FixtureRequest) -> Path:
    return cast(Path, request.param)


def test_domain_is_the_folder_name(integration: Path) -> None:
    manifest = _load_json(integration / "manifest.json")
    assert manifest.get("domain") == integration.name, (
        f"{integration.relative_to(REPO)}: hassfest wants the folder named like the domain"
    )


def test_manifest_has_the_keys_of_a_custom_integration(integration: Path) -> None:
    manifest = _load_json(integration / "manifest.json")
    assert not REQUIRED_KEYS - set(manifest), f"missing {sorted(REQUIRED_KEYS - set(manifest))}"
    assert not set(manifest) - KNOWN_KEYS, f"unknown {sorted(set(manifest) - KNOWN_KEYS)}"


def test_manifest_keys_are_sorted_as_hassfest_wants(integration: Path) -> None:
    keys = list(_load_json(integration / "manifest.json"))
    expected = ["domain", "name", *sorted(set(keys) - {"domain", "name"})]
    assert keys == expected, "manifest keys: domain, name, then alphabetical order"


def test_manifest_values_are_valid(integration: Path) -> None:
    manifest = _load_json(integration / "manifest.json")
    assert isinstance(manifest["name"], str)
    assert manifest["name"]
    version = AwesomeVersion(manifest["version"])
    assert version.strategy in VERSION_STRATEGIES, f"{version} is not a valid version"
    assert _https(manifest["documentation"])
    assert not manifest["documentation"].startswith("https://www.home-assistant.io/integrations")
    assert _https(manifest["issue_tracker"])
    owners = manifest["codeowners"]
    assert isinstance(owners, list)
    assert all(isinstance(owner, str) and owner.startswith("@") for owner in owners)
    assert manifest["iot_class"] in IOT_CLASSES
    assert manifest.get("integration_type", "hub") in INTEGRATION_TYPES
    for key in ("dependencies", "after_dependencies", "requirements", "loggers"):
        values = manifest.get(key, [])
        assert isinstance(values, list)
        assert all(isinstance(value, str) for value in values), key


def test_registered_services_are_described(integration: Path) -> None:
    """hassfest: an integration that registers services needs a services.yaml."""
    registers = re.compile(r"hass\.services\.(async_)?register|async_register_\w*service")
    sources = [path.read_text(encoding="utf-8") for path in integration.rglob("*.py")]
    if any(registers.search(source) for source in sources):
        assert (integration / "services.yaml").is_file()


# services.yaml ----------------------------------------------------------------------------

SERVICE_KEYS = {"name", "description", "fields", "target"}
FIELD_KEYS = {"name", "description", "example", "default", "required", "advanced", "selector"}
SECTION_KEYS = {"name", "description", "collapsed", "fields"}


def _services(folder: Path) -> dict[str, Any]:
    return load_yaml_dict(str(folder / "services.yaml"))


def _fields(service: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    """The fields of a service, those inside sections included."""
    fields: dict[str, dict[str, Any]] = {}
    for name, field in ((service or {}).get("fields") or {}).items():
        if "fields" in field:
            fields.update(field["fields"])
        else:
            fields[name] = field
    return fields


@pytest.fixture(params=WITH_SERVICES, ids=_ids(WITH_SERVICES))
def with_services(request: pytest.FixtureRequest) -> Path:
    return cast(Path, request.param)


def test_services_yaml_has_only_services(with_services: Path) -> None:
    for name, described in _services(with_services).items():
        try:
            cv.slug(name)
        except probatio.Invalid:
            pytest.fail(f"top-level key {name!r} is not a service name (hassfest refuses it)")
        assert described is None or isinstance(described, dict), name
        service: dict[str, Any] = described or {}
        assert not set(service) - SERVICE_KEYS, f"{name}: {set(service) - SERVICE_KEYS}"
        for field_name, field in (service.get("fields") or {}).items():
            allowed = SECTION_KEYS if "fields" in field else FIELD_KEYS | {"filter"}
            assert not set(field) - allowed, f"{name}.{field_name}: {set(field) - allowed}"
        for field_name, field in _fields(service).items():
            assert "default" not in field or field["default"] is not None, field_name
            if "selector" in field:
                selector.validate_selector(field["selector"])


def test_services_are_translated(with_services: Path) -> None:
    """Every service and field has a name and a description in en.json, and nothing more."""
    services = _services(with_services)
    en = _load_json(with_services / "translations" / "en.json")
    translated: dict[str, Any] = en.get("services", {})
    assert set(translated) == set(services)
    for name, service in services.items():
        strings = translated[name]
        for key in ("name", "description"):
            text = strings.get(key)
            assert isinstance(text, str), f"services.{name}.{key} is missing"
            assert text, f"services.{name}.{key} is missing"
            assert text == text.strip(), f"services.{name}.{key}"
        fields = _fields(service)
        assert set(strings.get("fields", {})) == set(fields), f"services.{name}.fields"
        for field_name, field_strings in strings.get("fields", {}).items():
            for key in ("name", "description"):
                text = field_strings.get(key)
                assert isinstance(text, str), f"services.{name}.fields.{field_name}.{key}"
                assert text, f"services.{name}.fields.{field_name}.{key}"
                assert text == text.strip(), f"services.{name}.fields.{field_name}.{key}"


# HACS ------------------------------------------------------------------------------------

HACS_KEYS = {
    "name",
    "content_in_root",
    "country",
    "filename",
    "hacs",
    "hide_default_branch",
    "homeassistant",
    "persistent_directory",
    "render_readme",
    "zip_release",
}
"""The keys HACS's hacs.json schema accepts; any other fails the hacsjson check."""

HACS = _load_json(REPO / "hacs.json")


def test_hacs_json_is_valid() -> None:
    assert not set(HACS) - HACS_KEYS, f"unknown {sorted(set(HACS) - HACS_KEYS)}"
    assert isinstance(HACS["name"], str)
    assert HACS["name"]
    for key in ("content_in_root", "hide_default_branch", "render_readme", "zip_release"):
        assert isinstance(HACS.get(key, False), bool), key
    assert not HACS.get("zip_release") or HACS.get("filename")
    if HACS.get("render_readme"):
        assert (REPO / "README.md").is_file()


def test_hacs_minimum_home_assistant_is_the_tested_release() -> None:
    """Not older than what the tests run against, and not newer either."""
    minimum = AwesomeVersion(HACS["homeassistant"])
    tested = AwesomeVersion(ha_version)
    assert minimum.strategy == AwesomeVersionStrategy.CALVER
    assert (minimum.major, minimum.minor) == (tested.major, tested.minor), (
        f"hacs.json says {minimum}, the tests run against {tested}"
    )
    assert minimum <= tested


def test_hacs_finds_the_integration_and_its_brand() -> None:
    """HACS installs the first folder under custom_components/ and looks for brand/icon.png."""
    folders = [path for path in (REPO / "custom_components").iterdir() if path.is_dir()]
    folders = [path for path in folders if path.name != "__pycache__"]
    assert [path.name for path in folders] == ["digitalkey"]
    icon = folders[0] / "brand" / "icon.png"
    assert icon.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert folders[0] / "manifest.json" in [path / "manifest.json" for path in INTEGRATIONS]


def test_license_is_the_one_pyproject_names() -> None:
    """HACS checks that GitHub detects an OSI license; pyproject.toml names Apache-2.0."""
    license_text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert license_text.lstrip().startswith("Apache License\n")
    assert "Version 2.0, January 2004" in license_text
    assert "Copyright 2026 Digital Key contributors" in license_text
    assert re.search(r'^license = "Apache-2.0"$', (REPO / "pyproject.toml").read_text(), re.M)
