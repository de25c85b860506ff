"""The sidebar panels: registered with the first building, gone with the last, one bundle."""

from __future__ import annotations

import asyncio
import hashlib

from homeassistant.auth.models import User
from homeassistant.components.frontend import DATA_PANELS
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import EVENT_CORE_CONFIG_UPDATE
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator, WebSocketGenerator

from custom_components.digitalkey.const import CONF_BUILDING_ID, CONF_HUB_KEY, DOMAIN
from custom_components.digitalkey.panels import BUNDLE, FRONTEND_DIR, PANEL_STATE
from custom_components.digitalkey.protocol.keys import StaticKey

from .conftest import Site
from .websocket_support import async_socket


def _panels(hass: HomeAssistant) -> dict[str, object]:
    return {
        url: panel
        for url, panel in hass.data.get(DATA_PANELS, {}).items()
        if url in ("digitalkey", "digitalkey-keys")
    }


def _add_building(hass: HomeAssistant, number: int) -> MockConfigEntry:
    """A building with no doors yet, not set up."""
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
    return entry


async def _empty_building(hass: HomeAssistant, number: int) -> MockConfigEntry:
    """A building with no doors yet, set up."""
    entry = _add_building(hass, number)
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


async def test_buildings_set_up_at_once_all_load_and_one_holds_the_panels(
    hass: HomeAssistant, site: Site
) -> None:
    """Home Assistant sets up an integration's entries side by side when it starts: the
    second building must not find the first one's panels half registered."""
    entries = [_add_building(hass, number) for number in (1, 2)]
    assert await async_setup_component(hass, DOMAIN, {})
    await hass.async_block_till_done()
    assert [entry.state for entry in entries] == [ConfigEntryState.LOADED] * 2
    holder = hass.data[PANEL_STATE].entry_id
    assert holder in {entry.entry_id for entry in entries}
    for panel in _panels(hass).values():
        assert panel.config["entry_id"] == holder  # type: ignore[attr-defined]


async def _raw_get(host: str, port: int, path: str) -> bytes:
    """The whole answer to a GET of `path` exactly as written (a client library would
    resolve `..` and decode `%2e` before sending)."""
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
    await writer.drain()
    answer = await reader.read()
    writer.close()
    await writer.wait_closed()
    return answer


async def test_the_static_path_serves_the_bundle_folder_and_nothing_above_it(
    hass: HomeAssistant, site: Site, hass_client_no_auth: ClientSessionGenerator
) -> None:
    """The bundle is served to anyone (a browser loads it before it logs in), so nothing
    else may be: no listing of the folder, no way up to the integration's own files."""
    await _empty_building(hass, 1)
    client = await hass_client_no_auth()
    host, port = client.host, client.port
    assert (await _raw_get(host, port, f"/digitalkey_frontend/{BUNDLE}")).startswith(
        b"HTTP/1.1 200"
    )
    own = (FRONTEND_DIR.parent / "manifest.json").read_bytes()
    assert b'"domain": "digitalkey"' in own
    for path in (
        "/digitalkey_frontend/",
        "/digitalkey_frontend/../manifest.json",
        "/digitalkey_frontend/%2e%2e/manifest.json",
        "/digitalkey_frontend/..%2fmanifest.json",
        "/digitalkey_frontend/%2e%2e%2fmanifest.json",
        "/digitalkey_frontend/..%5cmanifest.json",
        "/digitalkey_frontend//etc/passwd",
    ):
        answer = await _raw_get(host, port, path)
        assert b'"domain": "digitalkey"' not in answer, path
        assert b"root:" not in answer, path
        assert b"digitalkey-panel.js" not in answer, path  # no listing


async def test_my_keys_is_titled_in_the_buildings_language_and_follows_it(
    hass: HomeAssistant, site: Site
) -> None:
    """Home Assistant shows a custom panel's title as given: it is given in the building's."""
    hass.config.language = "nb"
    await _empty_building(hass, 1)

    def titles() -> tuple[str, str]:
        panels = _panels(hass)
        return (
            panels["digitalkey"].to_response()["title"],  # type: ignore[attr-defined]
            panels["digitalkey-keys"].to_response()["title"],  # type: ignore[attr-defined]
        )

    assert titles() == ("Digital Key", "Mine nøkler")  # a name stays a name
    await hass.config.async_update(language="nl")
    await hass.async_block_till_done()
    assert titles() == ("Digital Key", "Mijn sleutels")
    await hass.config.async_update(language="de")  # none of ours: English
    await hass.async_block_till_done()
    assert titles() == ("Digital Key", "My keys")


async def test_a_new_title_keeps_who_may_open_each_panel_and_its_building(
    hass: HomeAssistant, site: Site
) -> None:
    """Registered again in a new language, the control center is still for admins only."""
    entry = await _empty_building(hass, 1)

    def seen() -> dict[str, tuple[bool, object, str]]:
        answers = {url: panel.to_response() for url, panel in _panels(hass).items()}  # type: ignore[attr-defined]
        return {
            url: (
                answer["require_admin"],
                answer["config"]["entry_id"],
                answer["config"]["_panel_custom"]["name"],
            )
            for url, answer in answers.items()
        }

    before = seen()
    assert before == {
        "digitalkey": (True, entry.entry_id, "digitalkey-control-center"),
        "digitalkey-keys": (False, entry.entry_id, "digitalkey-my-keys"),
    }
    await hass.config.async_update(language="da")
    await hass.async_block_till_done()
    assert _panels(hass)["digitalkey-keys"].to_response()["title"] == "Mine nøgler"  # type: ignore[attr-defined]
    assert seen() == before


async def test_a_config_event_that_changes_no_language_registers_nothing_again(
    hass: HomeAssistant, site: Site
) -> None:
    """Anyone able to fire the event (an admin's tool) cannot make the panels flicker."""
    await _empty_building(hass, 1)
    before = _panels(hass)
    hass.bus.async_fire(EVENT_CORE_CONFIG_UPDATE, {"language": "nb"})
    await hass.config.async_update(location_name="Somewhere else")
    await hass.async_block_till_done()
    after = _panels(hass)
    assert all(after[url] is before[url] for url in before)
    assert after["digitalkey-keys"].to_response()["title"] == "My keys"  # type: ignore[attr-defined]


async def test_a_non_admin_cannot_fire_the_config_event(
    hass: HomeAssistant, site: Site, hass_ws_client: WebSocketGenerator, hass_admin_user: User
) -> None:
    await _empty_building(hass, 1)
    user = await hass.auth.async_create_user("Kari", group_ids=["system-users"])
    socket = await async_socket(hass, hass_ws_client, user)
    error = await socket.refusal("fire_event", event_type=EVENT_CORE_CONFIG_UPDATE)
    assert error["code"] == "unauthorized"


async def test_a_language_change_as_the_last_building_unloads_registers_nothing(
    hass: HomeAssistant, site: Site
) -> None:
    """The panels go with the last building, and a late re-registration brings none back."""
    entry = await _empty_building(hass, 1)
    await hass.config.async_update(language="nl")
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    await hass.config.async_update(language="nb")
    await hass.async_block_till_done()
    assert not _panels(hass)
    assert PANEL_STATE not in hass.data or hass.data[PANEL_STATE].unsub_language is None
