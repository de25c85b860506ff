"""The sidebar panels: registered with the first building, gone with the last, one bundle."""

from __future__ import annotations

import hashlib

from homeassistant.components.frontend import DATA_PANELS
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.digitalkey.const import CONF_BUILDING_ID, CONF_HUB_KEY, DOMAIN
from custom_components.digitalkey.panels import BUNDLE, FRONTEND_DIR, PANEL_STATE
from custom_components.digitalkey.protocol.keys import StaticKey

from .conftest import Site


def _panels(hass: HomeAssistant) -> dict[str, object]:
    return {
        url: panel
        for url, panel in hass.data.get(DATA_PANELS, {}).items()
        if url in ("digitalkey", "digitalkey-keys")
    }


async def _empty_building(hass: HomeAssistant, number: int) -> MockConfigEntry:
    """A building with no doors yet, set up."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        title=f"Building {number}",
        unique_id=f"building-{number}",
        data={
            CONF_BUILDING_ID: f"building-{number}",
            CONF_HUB_KEY: StaticKey.generate().private.hex(),
        },
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry


async def test_both_panels_come_with_the_first_building(
    hass: HomeAssistant, site: Site, hass_client: ClientSessionGenerator
) -> None:
    assert not _panels(hass)
    entry = await _empty_building(hass, 1)
    panels = _panels(hass)
    assert set(panels) == {"digitalkey", "digitalkey-keys"}
    digest = hashlib.sha256((FRONTEND_DIR / BUNDLE).read_bytes()).hexdigest()[:8]
    module_url = f"/digitalkey_frontend/digitalkey-panel.js?v=0.1.0-{digest}"
    control_center = panels["digitalkey"].to_response()  # type: ignore[attr-defined]
    my_keys = panels["digitalkey-keys"].to_response()  # type: ignore[attr-defined]
    assert control_center == {
        "component_name": "custom",
        "icon": "mdi:key-chain",
        "title": "Digital Key",
        "default_visible": True,
        "config": {
            "entry_id": entry.entry_id,
            "_panel_custom": {
                "name": "digitalkey-control-center",
                "embed_iframe": False,
                "trust_external": False,
                "handle_safe_area": control_center["config"]["_panel_custom"]["handle_safe_area"],
                "module_url": module_url,
            },
        },
        "url_path": "digitalkey",
        "require_admin": True,
        "config_panel_domain": None,
        "show_in_sidebar": True,
    }
    assert my_keys["require_admin"] is False
    assert (my_keys["title"], my_keys["icon"]) == ("My keys", "mdi:key")
    assert my_keys["config"]["_panel_custom"]["name"] == "digitalkey-my-keys"
    assert my_keys["config"]["_panel_custom"]["module_url"] == module_url
    client = await hass_client()
    served = await client.get(module_url)
    assert served.status == 200
    assert await served.read() == (FRONTEND_DIR / BUNDLE).read_bytes()
    assert "max-age" in served.headers.get("Cache-Control", "")


async def test_the_panels_stay_while_a_building_is_loaded_and_go_with_the_last(
    hass: HomeAssistant, site: Site
) -> None:
    first = await _empty_building(hass, 1)
    second = await _empty_building(hass, 2)
    assert hass.data[PANEL_STATE].entry_id == first.entry_id
    assert await hass.config_entries.async_unload(first.entry_id)
    panels = _panels(hass)
    assert set(panels) == {"digitalkey", "digitalkey-keys"}
    for panel in panels.values():
        assert panel.config["entry_id"] == second.entry_id  # type: ignore[attr-defined]
    assert await hass.config_entries.async_unload(second.entry_id)
    assert not _panels(hass)
    assert await hass.config_entries.async_setup(second.entry_id)
    await hass.async_block_till_done()
    assert set(_panels(hass)) == {"digitalkey", "digitalkey-keys"}
