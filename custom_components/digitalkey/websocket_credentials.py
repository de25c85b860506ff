"""Websocket commands that take a chosen PIN code or a typed tag UID, for the panels.

Home Assistant fires a `call_service` event with the data of every action it runs, which
the recorder keeps in its database, so no action takes a chosen PIN code or a tag's UID
(`service_schemas.no_chosen_pin`, `no_typed_tag_uid`). A websocket command's message
reaches its handler and nothing else: no event, no recorder. Each command runs the
function its action runs, with the same checks and the same limit on codes found in use
(`pin_tries`):

- `digitalkey/credentials/add_pin` (administrators): a person's PIN code, as
  `add_credential` → `{credential_id, kind, hint}`.
- `digitalkey/credentials/add_tag` (administrators): a person's tag by its typed UID, as
  `add_credential` with `learn_at_door` → the same answer.
- `digitalkey/my_pin/add` (a user linked to a person, where the board allows it): the
  caller's own PIN code, as `add_my_pin` → the same answer.
- `digitalkey/shares/add_pin` (a user linked to a person): a PIN share of the caller's key,
  as `share_key` with `kind: pin` → the share as `my_shares` shows it.

No answer repeats the code or the UID (a tag shows as its `hint`). `entry_id` names the
building and may be left out while only one is loaded. A refusal is sent as Home
Assistant sends an action's, and is not logged; a malformed message (a UID given as a
number, say, which would have lost its leading zeros) is refused with the schema's words
only, never the value (`websocket_answers`), and the code and UID are `Secret` as well.
Home Assistant's own debug logging of `homeassistant.components.websocket_api` prints every
message it receives, as it does for logins; nothing of this integration logs one.
"""

from __future__ import annotations

from typing import Any, Final

from homeassistant.components.websocket_api import async_register_command
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.typing import VolDictType
import probatio as vol

from .service_schemas import OPTIONAL_TEXT
from .service_support import building_of
from .services_credentials import async_add_pin, async_add_tag
from .services_my_credentials import async_add_own_pin
from .services_resident import SHARE_TERMS, async_share_pin
from .websocket_answers import ENTRY_ID, Message, checked_command, connection_caller

CHOSEN_PIN: Final[VolDictType] = {vol.Required(vol.Secret("pin")): str}
"""A chosen PIN code, as text; a refusal of the schema shows it as `<redacted>`."""
TYPED_TAG_UID: Final[VolDictType] = {vol.Required(vol.Secret("tag_uid")): str}
"""A tag's UID as typed, in hex (`access.tags.parse_tag_uid`); redacted like a PIN code."""


@checked_command(
    {
        vol.Required("type"): "digitalkey/credentials/add_pin",
        vol.Optional(ENTRY_ID): str,
        vol.Required("person_id"): str,
        **CHOSEN_PIN,
        vol.Optional("label"): OPTIONAL_TEXT,
    },
    admin=True,
)
async def ws_add_pin(
    hass: HomeAssistant, connection: ActiveConnection, msg: Message
) -> dict[str, Any]:
    """An administrator gives a person the PIN code they chose."""
    entry = building_of(hass, msg.get(ENTRY_ID))
    return await async_add_pin(
        hass,
        entry,
        connection_caller(connection),
        person_id=msg["person_id"],
        pin=msg["pin"],
        label=msg.get("label"),
    )


@checked_command(
    {
        vol.Required("type"): "digitalkey/credentials/add_tag",
        vol.Optional(ENTRY_ID): str,
        vol.Required("person_id"): str,
        **TYPED_TAG_UID,
        vol.Optional("label"): OPTIONAL_TEXT,
    },
    admin=True,
)
async def ws_add_tag(
    hass: HomeAssistant, connection: ActiveConnection, msg: Message
) -> dict[str, Any]:
    """An administrator gives a person a tag by the UID printed on it or read elsewhere."""
    entry = building_of(hass, msg.get(ENTRY_ID))
    return await async_add_tag(
        hass,
        entry,
        connection_caller(connection),
        person_id=msg["person_id"],
        uid=msg["tag_uid"],
        label=msg.get("label"),
    )


@checked_command(
    {
        vol.Required("type"): "digitalkey/my_pin/add",
        vol.Optional(ENTRY_ID): str,
        **CHOSEN_PIN,
        vol.Optional("label"): OPTIONAL_TEXT,
    }
)
async def ws_add_my_pin(
    hass: HomeAssistant, connection: ActiveConnection, msg: Message
) -> dict[str, Any]:
    """A resident gives themselves the PIN code they chose, where the board allows it."""
    entry = building_of(hass, msg.get(ENTRY_ID))
    return await async_add_own_pin(
        hass, entry, connection_caller(connection), pin=msg["pin"], label=msg.get("label")
    )


@checked_command(
    {
        vol.Required("type"): "digitalkey/shares/add_pin",
        vol.Optional(ENTRY_ID): str,
        **SHARE_TERMS,
        **CHOSEN_PIN,
    }
)
async def ws_share_pin(
    hass: HomeAssistant, connection: ActiveConnection, msg: Message
) -> dict[str, Any]:
    """A resident shares their key to a door as the PIN code they chose for the guest."""
    entry = building_of(hass, msg.get(ENTRY_ID))
    return await async_share_pin(hass, entry, connection_caller(connection), msg, pin=msg["pin"])


@callback
def async_setup_websocket(hass: HomeAssistant) -> None:
    """Register the commands (once, in `async_setup`, like the actions)."""
    for command in (ws_add_pin, ws_add_tag, ws_add_my_pin, ws_share_pin):
        async_register_command(hass, command)
