"""Websocket commands of the organisation pages: the board's and a manager's.

The panels call these instead of the actions, so that what a caretaker types (names) never
reaches Home Assistant's `call_service` event and the recorder. Each bridged command
validates its message (without `id` and `type`; `entry_id` becomes `config_entry_id`) with
the action's own schema, builds a `ServiceCall` for the connection's user with a response
asked for, and awaits the action's own handler, which makes every check the action makes
(an admin command is `require_admin` and the handler checks the caller again; a manager's
acts for the caller's own linked person). The answer is the action's response (`{}` when it
has none); a refusal is sent as `websocket_credentials.answered` sends one (translated),
a message the schema refuses as `invalid_format`.

| command                             | action                 | who     |
|-------------------------------------|------------------------|---------|
| `digitalkey/organisations/create`   | create_organisation    | admin   |
| `digitalkey/organisations/update`   | update_organisation    | admin   |
| `digitalkey/organisations/delete`   | delete_organisation    | admin   |
| `digitalkey/organisations/staff`    | set_organisation_staff | admin   |
| `digitalkey/my_organisation/get`    | organisation_staff     | manager |
| `digitalkey/my_organisation/grant`  | grant_staff_access     | manager |
| `digitalkey/my_organisation/revoke` | revoke_staff_access    | manager |

`digitalkey/organisations/list` (admin) is a read of its own: every organisation of the
building with its doors, period, hours, managers, and counts of its staff and keys.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from homeassistant.components.websocket_api import async_register_command
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.const import ERR_INVALID_FORMAT
from homeassistant.components.websocket_api.decorators import (
    async_response,
    require_admin,
    websocket_command,
)
from homeassistant.core import Context, HomeAssistant, ServiceCall, callback
import probatio as vol

from .const import DOMAIN
from .service_support import ATTR_CONFIG_ENTRY_ID, Caller, building_of, caller_language
from .services_admin import Handler
from .services_organisations import HANDLERS as ORGANISATION_CHANGES, organisation_list
from .services_staff import (
    GRANT_STAFF_ACCESS_SCHEMA,
    ORGANISATION_STAFF_SCHEMA,
    REVOKE_STAFF_ACCESS_SCHEMA,
    async_grant_staff_access,
    async_organisation_staff,
    async_revoke_staff_access,
)
from .websocket_credentials import ENTRY_ID, Message, answered

type WebsocketHandler = Callable[[HomeAssistant, ActiveConnection, Message], None]


@dataclass(frozen=True, slots=True)
class Bridge:
    """A websocket command that runs an action's handler."""

    command: str
    action: str
    schema: vol.Schema
    handler: Handler
    admin: bool


def _admin(command: str, action: str) -> Bridge:
    schema, handler = ORGANISATION_CHANGES[action]
    return Bridge(command, action, schema, handler, admin=True)


BRIDGES: Final = (
    _admin("digitalkey/organisations/create", "create_organisation"),
    _admin("digitalkey/organisations/update", "update_organisation"),
    _admin("digitalkey/organisations/delete", "delete_organisation"),
    _admin("digitalkey/organisations/staff", "set_organisation_staff"),
    Bridge(
        "digitalkey/my_organisation/get",
        "organisation_staff",
        ORGANISATION_STAFF_SCHEMA,
        async_organisation_staff,
        admin=False,
    ),
    Bridge(
        "digitalkey/my_organisation/grant",
        "grant_staff_access",
        GRANT_STAFF_ACCESS_SCHEMA,
        async_grant_staff_access,
        admin=False,
    ),
    Bridge(
        "digitalkey/my_organisation/revoke",
        "revoke_staff_access",
        REVOKE_STAFF_ACCESS_SCHEMA,
        async_revoke_staff_access,
        admin=False,
    ),
)


def action_data(msg: Message) -> dict[str, Any]:
    """The message as the action's data: no `id` or `type`; `entry_id` is the building."""
    data = {key: value for key, value in msg.items() if key not in ("id", "type", ENTRY_ID)}
    if ENTRY_ID in msg:
        data[ATTR_CONFIG_ENTRY_ID] = msg[ENTRY_ID]
    return data


def bridged(bridge: Bridge) -> WebsocketHandler:
    """The websocket command of `bridge`, ready to register."""

    async def run(
        hass: HomeAssistant, connection: ActiveConnection, msg: Message
    ) -> dict[str, Any]:
        call = ServiceCall(
            hass,
            DOMAIN,
            bridge.action,
            msg["data"],
            Context(user_id=connection.user.id),
            return_response=True,
        )
        return dict(await bridge.handler(call) or {})

    answer = answered(run)

    async def handle(hass: HomeAssistant, connection: ActiveConnection, msg: Message) -> None:
        try:
            data = bridge.schema(action_data(msg))
        except vol.Invalid as err:
            connection.send_error(msg["id"], ERR_INVALID_FORMAT, str(err))
            return
        await answer(hass, connection, {"id": msg["id"], "data": data})

    # Any other field passes here: the action's own schema checks the message in `handle`.
    message = vol.All(vol.Schema({vol.Required("type"): bridge.command}, extra=vol.ALLOW_EXTRA))
    command: WebsocketHandler = websocket_command(message)(async_response(handle))
    return require_admin(command) if bridge.admin else command


@require_admin
@websocket_command(
    {vol.Required("type"): "digitalkey/organisations/list", vol.Optional(ENTRY_ID): str}
)
@async_response
@answered
async def ws_list_organisations(
    hass: HomeAssistant, connection: ActiveConnection, msg: Message
) -> dict[str, Any]:
    """Every organisation of the building, as the board's page lists them."""
    entry = building_of(hass, msg.get(ENTRY_ID))
    registry = entry.runtime_data.access.registry
    caller = Caller(connection.user.id, is_admin=connection.user.is_admin)
    return {"organisations": organisation_list(registry, caller_language(hass, registry, caller))}


@callback
def async_setup_organisation_commands(hass: HomeAssistant) -> None:
    """Register the commands (once, in `async_setup`, like the actions)."""
    async_register_command(hass, ws_list_organisations)
    for bridge in BRIDGES:
        async_register_command(hass, bridged(bridge))
