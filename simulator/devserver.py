"""Prepare the development server's config directory; run by scripts/develop before `hass`.

    python -m simulator.devserver CONFIG_DIR [--port PORT]

Idempotent: configuration.yaml is only written when missing, the integration links are
(re)pointed at this checkout, and an owner account `dev`/`dev` plus finished onboarding are
only created while the directory has no owner yet, so one can log in at once. The HTTP
server is bound to 127.0.0.1 on first preparation, because that account's password is no
secret; `--port` (default 8123) is the port it is bound to then, so that tests can run
a server of their own next to one a developer has open. Ends by printing how to log in and
what is simulated.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Sequence
import os
from pathlib import Path
import sys
from typing import Final, cast

from homeassistant import runner
from homeassistant.auth import auth_manager_from_config
from homeassistant.auth.const import GROUP_ID_ADMIN
from homeassistant.auth.providers import homeassistant as hass_auth
from homeassistant.components.onboarding import (
    STORAGE_KEY as ONBOARDING_KEY,
    STORAGE_VERSION as ONBOARDING_VERSION,
)
from homeassistant.components.onboarding.const import STEPS as ONBOARDING_STEPS
from homeassistant.config_entries import ConfigEntries
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr, entity_registry as er
from homeassistant.helpers.storage import Store

from simulator.digitalkey_simulator.const import DOMAIN, DOORS, PROXY_SLOTS, STATE_FILE

REPO: Final = Path(__file__).resolve().parents[1]
USERNAME: Final = "dev"
PASSWORD: Final = "dev"  # noqa: S105 - a development login, printed at every start
HOST: Final = "127.0.0.1"
PORT: Final = 8123
"""The default port. A prepared directory keeps the port it was first bound to."""
INTEGRATIONS: Final = {
    "digitalkey": REPO / "custom_components" / "digitalkey",
    DOMAIN: REPO / "simulator" / "digitalkey_simulator",
}
BLUEPRINTS: Final = REPO / "blueprints" / "automation" / "digitalkey"
"""The checkout's automation blueprints, linked where an imported copy would be."""

CONFIGURATION: Final = f"""\
# Home Assistant for developing the Digital Key integration. Written by scripts/develop
# when missing; edit freely. Deliberately lean instead of default_config: what the UI
# needs to add integrations and look at devices, entities, history and logs.
# scripts/setup installs the requirements of exactly these integrations.
frontend:
config:
bluetooth:
history:
logbook:
system_health:
# The automation editor, to try the blueprints (linked from the checkout's blueprints/).
automation: !include automations.yaml
logger:
  default: info
  logs:
    custom_components.digitalkey: debug
    custom_components.{DOMAIN}: debug
    bumble: warning
    # Media integrations every instance loads complain about the missing ffmpeg and
    # libturbojpeg binaries; nothing here needs them.
    haffmpeg: critical
    homeassistant.components.camera.img_util: critical

# Three simulated door units behind a simulated Bluetooth proxy (docs/development.md).
{DOMAIN}:
"""


def write_configuration(config_dir: Path) -> bool:
    """Write configuration.yaml unless there is one; returns whether it was written.

    An empty automations.yaml is written next to it when missing: the configuration
    includes it, and the automation editor saves there.
    """
    automations = config_dir / "automations.yaml"
    if not automations.exists():
        automations.write_text("[]\n", encoding="utf-8")
    path = config_dir / "configuration.yaml"
    if path.exists():
        return False
    path.write_text(CONFIGURATION, encoding="utf-8")
    return True


def link_integrations(config_dir: Path) -> None:
    """Point config/custom_components/<domain> at this checkout with relative symlinks.

    The folder gets an `__init__.py` so that it, not the checkout's own `custom_components`
    package (also importable, the checkout being on PYTHONPATH), is what Home Assistant
    scans for custom integrations.
    """
    folder = config_dir / "custom_components"
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / "__init__.py"
    if not marker.exists():
        marker.write_text('"""Custom integrations of the development server."""\n')
    for name, target in INTEGRATIONS.items():
        _link(folder / name, target)


def link_blueprints(config_dir: Path) -> None:
    """Link each of the checkout's blueprints into config/blueprints/automation/digitalkey.

    Home Assistant lists them under Blueprints as if imported, and an edit in the checkout
    shows in the next automation made from one. The files are linked one by one: Home
    Assistant finds blueprints with a recursive glob, which does not enter a linked folder.
    """
    folder = config_dir / "blueprints" / "automation" / BLUEPRINTS.name
    if folder.is_symlink():
        folder.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    for blueprint in sorted(BLUEPRINTS.glob("*.yaml")):
        _link(folder / blueprint.name, blueprint)


def _link(link: Path, target: Path) -> None:
    """Make `link` a relative symlink to `target`, replacing a stale link or file."""
    relative = Path(os.path.relpath(target, link.parent))
    if link.is_symlink() and link.readlink() == relative:
        return
    if link.is_symlink() or link.is_file():
        link.unlink()
    elif link.exists():
        raise SystemExit(f"{link} is a directory; move it away so it can be linked")
    link.symlink_to(relative, target_is_directory=target.is_dir())


async def _prepare_storage(config_dir: Path, port: int = PORT) -> tuple[list[str], int]:
    """Create the owner account, finish onboarding and bind HTTP to localhost if new.

    Returns what was done and the port Home Assistant will listen on.
    """
    notes: list[str] = []
    hass = HomeAssistant(str(config_dir))
    hass.config_entries = ConfigEntries(hass, {})
    await hass.config_entries.async_initialize()
    dr.async_setup(hass)
    await asyncio.gather(dr.async_load(hass), er.async_load(hass))
    hass.auth = await auth_manager_from_config(hass, [{"type": "homeassistant"}], [])
    provider = hass.auth.auth_providers[0]
    assert isinstance(provider, hass_auth.HassAuthProvider)
    await provider.async_initialize()
    assert provider.data is not None

    if not any(user.is_owner for user in await hass.auth.async_get_users()):
        if any(entry["username"] == USERNAME for entry in provider.data.users):
            await provider.async_change_password(USERNAME, PASSWORD)
        else:
            await provider.async_add_auth(USERNAME, PASSWORD)
        user = await hass.auth.async_create_user("Developer", group_ids=[GROUP_ID_ADMIN])
        credentials = await provider.async_get_or_create_credentials({"username": USERNAME})
        await hass.auth.async_link_user(user, credentials)
        notes.append(f"created owner account {USERNAME!r}")
    elif not any(entry["username"] == USERNAME for entry in provider.data.users):
        notes.append(f"this config has another owner than {USERNAME!r}; log in as that user")

    onboarding: Store[dict[str, list[str]]] = Store(
        hass, ONBOARDING_VERSION, ONBOARDING_KEY, private=True
    )
    done = (await onboarding.async_load() or {"done": []})["done"]
    if set(done) != set(ONBOARDING_STEPS):
        await onboarding.async_save({"done": list(ONBOARDING_STEPS)})
        notes.append("marked onboarding done")

    bound, port = await _bind_http_to_localhost(hass, port)
    notes.extend(bound)
    # Never started, so only a forced stop runs the final write that flushes the auth
    # store (its saves are delayed).
    await hass.async_stop(force=True)
    return notes, port


async def _bind_http_to_localhost(hass: HomeAssistant, port: int) -> tuple[list[str], int]:
    """Store an HTTP config that listens on HOST:port only (HTTP config lives in storage now).

    A directory bound before keeps its settings: the port returned is the one it has.
    """
    try:
        from homeassistant.components.http.config import (  # noqa: PLC0415
            HTTP_STORAGE_SCHEMA,
            ConfData,
            async_get_and_load_store,
        )

        store = await async_get_and_load_store(hass)
        if store.yaml_migration_done:
            return [], int(store.stable.get("server_port") or PORT)
        config = cast(ConfData, HTTP_STORAGE_SCHEMA({"server_host": [HOST], "server_port": port}))
        await store.async_set_pending(config)
        await store.async_promote_pending()
        await store.async_mark_yaml_migration_done()
    except Exception as err:  # a newer Home Assistant may store it differently
        return [f"could not bind HTTP to {HOST} ({err!r}); it listens on all interfaces"], port
    return [f"bound HTTP to {HOST}:{port}"], port


def banner(notes: Sequence[str], port: int = PORT) -> str:
    """What to tell the developer before Home Assistant's log starts scrolling."""
    doors = "\n".join(
        f"    {door.name:<9} {door.address}  setup code {door.setup_code}"
        + ("  (pairing mode at start)" if door.pairing_at_start else "")
        for door in DOORS
    )
    done = "".join(f"  ({note})\n" for note in notes)
    return f"""\
{done}
  Home Assistant: http://{HOST}:{port}   username: {USERNAME}   password: {PASSWORD}
  Simulated: one Bluetooth proxy ({PROXY_SLOTS} connection slots) and three door units:
{doors}
  The others enter pairing mode with the action {DOMAIN}.press_pairing_button,
  data "door: garage" (or laundry), at http://{HOST}:{port}/config/tools/action.
  Unit state (pairings, credentials, logs) is kept in {STATE_FILE}. Stop with Ctrl-C.
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Prepare CONFIG_DIR and print the banner."""
    parser = argparse.ArgumentParser(description="Prepare the development server config.")
    parser.add_argument("config_dir", type=Path)
    parser.add_argument(
        "--port", type=int, default=PORT, help=f"HTTP port of a new directory (default {PORT})"
    )
    args = parser.parse_args(argv)
    config_dir: Path = args.config_dir.resolve()
    config_dir.mkdir(parents=True, exist_ok=True)
    notes = ["wrote configuration.yaml"] if write_configuration(config_dir) else []
    link_integrations(config_dir)
    link_blueprints(config_dir)
    done, port = asyncio.run(
        _prepare_storage(config_dir, args.port), loop_factory=runner.create_event_loop
    )
    sys.stdout.write(banner(notes + done, port))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
