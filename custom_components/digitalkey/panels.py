"""The two panels in Home Assistant's sidebar: the control center and My keys.

Both are custom elements of one shipped bundle (`frontend/digitalkey-panel.js`), served
from `/digitalkey_frontend` with cache headers. The bundle's URL carries
`?v=<manifest version>-<first 8 hex digits of the bundle's SHA-256>`, computed once off
the event loop, so a browser fetches the bundle again exactly when it changed, even
between two builds of one version.

- "Digital Key" (`/digitalkey`, `digitalkey-control-center`): administrators only
  (`require_admin`; its commands are admin-only on the server too).
- "My keys" (`/digitalkey-keys`, `digitalkey-my-keys`): every user; its commands act for
  the caller's own person.

Home Assistant shows a custom panel's sidebar title as it is given, the same to every
user (it translates only its own panels' titles). "My keys" is therefore given in the
building's language, Home Assistant's configured one (`sidebar` in the translation files:
"Mine nøkler" in a Norwegian home), and given again when that language is changed. A user
who reads Home Assistant in another language sees the sidebar in the building's; the panel
itself follows each user's language. "Digital Key" is a name and is not translated.

Each panel's configuration names the building (`entry_id`) its commands go to. The panels
are registered when the first building is set up and removed when the last one unloads;
a building that unloads while another stays hands the panels over to that one. The static
path stays: Home Assistant's web server cannot take a route away, and it serves only the
bundle.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
import hashlib
from pathlib import Path
from typing import Final

from homeassistant.components import frontend, panel_custom
from homeassistant.components.http.server import StaticPathConfig
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import EVENT_CORE_CONFIG_UPDATE
from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback
from homeassistant.helpers import translation
from homeassistant.loader import async_get_integration
from homeassistant.util.hass_dict import HassKey

from .const import DOMAIN
from .notifications import building_language
from .runtime import DigitalKeyConfigEntry

STATIC_URL: Final = "/digitalkey_frontend"
FRONTEND_DIR: Final = Path(__file__).parent / "frontend"
BUNDLE: Final = "digitalkey-panel.js"
CONTROL_CENTER: Final = "digitalkey"
MY_KEYS: Final = "digitalkey-keys"
SIDEBAR: Final = "sidebar"
"""The translation files' section of the sidebar titles (by `PanelSpec.title_key`)."""


@dataclass(frozen=True, slots=True)
class PanelSpec:
    """One sidebar panel of the bundle."""

    url_path: str
    element: str
    title: str
    """The title when the building's language has none (and of a panel with no key)."""
    icon: str
    require_admin: bool
    title_key: str | None = None
    """The title's key under `sidebar`; None: a name, the same in every language."""


PANELS: Final = (
    PanelSpec(CONTROL_CENTER, "digitalkey-control-center", "Digital Key", "mdi:key-chain", True),
    PanelSpec(MY_KEYS, "digitalkey-my-keys", "My keys", "mdi:key", False, "my_keys"),
)


@dataclass(slots=True)
class PanelState:
    """What this Home Assistant has registered of the panels."""

    module_url: str | None = None
    """The bundle's URL with its cache-buster, once the static path is registered."""
    entry_id: str | None = None
    """The building the registered panels name; None while they are not registered."""
    language: str | None = None
    """The language of the registered titles."""
    unsub_language: CALLBACK_TYPE | None = None
    """Stops following Home Assistant's language (while the panels are registered)."""
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    """Held while the panels are registered or removed: Home Assistant sets up a domain's
    buildings side by side, and a second building must not register them again while the
    first one waits for the bundle's hash (Home Assistant refuses to overwrite a panel)."""


PANEL_STATE: Final[HassKey[PanelState]] = HassKey(f"{DOMAIN}_panels")


def bundle_tag(bundle: Path) -> str:
    """The first 8 hex digits of the bundle's SHA-256 (reads the file: not on the loop)."""
    return hashlib.sha256(bundle.read_bytes()).hexdigest()[:8]


async def _async_module_url(hass: HomeAssistant, state: PanelState) -> str:
    """The bundle's URL; the static path is registered the first time."""
    if state.module_url is None:
        integration = await async_get_integration(hass, DOMAIN)
        tag = await hass.async_add_executor_job(bundle_tag, FRONTEND_DIR / BUNDLE)
        await hass.http.async_register_static_paths(
            [StaticPathConfig(STATIC_URL, str(FRONTEND_DIR), cache_headers=True)]
        )
        state.module_url = f"{STATIC_URL}/{BUNDLE}?v={integration.version}-{tag}"
    return state.module_url


async def _async_titles(hass: HomeAssistant, language: str) -> dict[str, str]:
    """Each panel's sidebar title in `language`, English where it has none."""
    tables = [
        await translation.async_get_translations(hass, code, SIDEBAR, [DOMAIN])
        for code in dict.fromkeys((language, "en"))
    ]
    titles = {}
    for panel in PANELS:
        key = f"component.{DOMAIN}.{SIDEBAR}.{panel.title_key}"
        found = (table.get(key) for table in tables if panel.title_key is not None)
        titles[panel.url_path] = next((title for title in found if title), panel.title)
    return titles


async def _async_register(hass: HomeAssistant, state: PanelState, entry_id: str) -> None:
    module_url = await _async_module_url(hass, state)
    language = building_language(hass).value
    titles = await _async_titles(hass, language)
    for panel in PANELS:
        await panel_custom.async_register_panel(
            hass,
            frontend_url_path=panel.url_path,
            webcomponent_name=panel.element,
            sidebar_title=titles[panel.url_path],
            sidebar_icon=panel.icon,
            module_url=module_url,
            embed_iframe=False,
            trust_external=False,
            config={"entry_id": entry_id},
            require_admin=panel.require_admin,
        )
    state.entry_id, state.language = entry_id, language
    if state.unsub_language is None:
        state.unsub_language = hass.bus.async_listen(
            EVENT_CORE_CONFIG_UPDATE, _language_follower(hass, state)
        )


def _language_follower(hass: HomeAssistant, state: PanelState) -> Callable[[Event], None]:
    """Registers the panels again when Home Assistant's language changes their titles."""

    async def follow() -> None:
        async with state.lock:
            entry_id = state.entry_id
            if entry_id is None or building_language(hass).value == state.language:
                return
            _remove(hass, state)
            await _async_register(hass, state, entry_id)

    @callback
    def changed(event: Event) -> None:
        hass.async_create_task(follow(), "digitalkey sidebar titles", eager_start=True)

    return changed


def _remove(hass: HomeAssistant, state: PanelState) -> None:
    for panel in PANELS:
        frontend.async_remove_panel(hass, panel.url_path, warn_if_unknown=False)
    state.entry_id = state.language = None
    if state.unsub_language is not None:
        state.unsub_language()
        state.unsub_language = None


async def async_register_panels(hass: HomeAssistant, entry: DigitalKeyConfigEntry) -> None:
    """Register the panels for this building, unless another building has them."""
    state = hass.data.setdefault(PANEL_STATE, PanelState())
    async with state.lock:
        if state.entry_id is None:
            await _async_register(hass, state, entry.entry_id)


async def async_release_panels(hass: HomeAssistant, entry: DigitalKeyConfigEntry) -> None:
    """The building unloaded: remove the panels, or hand them to a building still loaded."""
    state = hass.data.get(PANEL_STATE)
    if state is None:
        return
    async with state.lock:
        if state.entry_id != entry.entry_id:
            return
        _remove(hass, state)
        for other in hass.config_entries.async_entries(DOMAIN):
            if other.entry_id != entry.entry_id and other.state is ConfigEntryState.LOADED:
                await _async_register(hass, state, other.entry_id)
                return
