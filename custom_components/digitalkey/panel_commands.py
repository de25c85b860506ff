"""The panels' commands that are actions: `digitalkey/<noun>/<verb>` runs the action's handler.

One table (`BRIDGED`) names the action each command runs and who may send it. A command's
message, less `id` and `type` and with `entry_id` as `config_entry_id`, is checked by the
action's own schema, then the action's own handler is awaited with a `ServiceCall` made
for the connection's user (`Context(user_id=...)`, `return_response=True`), so a command
does exactly what the action does, with the same checks, answer and refusals. The
command answers the action's response, `{}` when it has none.

Not through the service bus: Home Assistant fires a `call_service` event with the data of
every action it runs and the recorder keeps it, and names and phone numbers typed in a
panel have no business there. The registry change itself is announced as always
(`digitalkey_registry_changed`, ids only).

Admin commands are `require_admin`, and the handler's own `async_admin` check runs as
well; resident commands are sent by any user and act for the person linked to that user
(their schemas take no person id).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from homeassistant.components.websocket_api import async_register_command
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.const import WebSocketCommandHandler
from homeassistant.components.websocket_api.decorators import async_response, require_admin
from homeassistant.core import Context, HomeAssistant, ServiceCall, callback
import probatio as vol

from .const import DOMAIN
from .service_support import ATTR_CONFIG_ENTRY_ID
from .services import ACTIONS
from .websocket_answers import (
    ENTRY_ID,
    InvalidMessage,
    Message,
    answered,
    checked,
    message_schema,
)

PREFIX: Final = "digitalkey/"


@dataclass(frozen=True, slots=True)
class Bridged:
    """The action a command runs, and whether only administrators may send it."""

    action: str
    admin: bool


BRIDGED: Final[dict[str, Bridged]] = {
    f"{PREFIX}{command}": Bridged(action, admin)
    for command, action, admin in (
        ("people/add", "add_person", True),
        ("people/update", "update_person", True),
        ("people/remove", "remove_person", True),
        ("people/export", "export_person_data", True),
        ("people/erase", "erase_person", True),
        ("bundles/create", "create_bundle", True),
        ("bundles/update", "update_bundle", True),
        ("bundles/delete", "delete_bundle", True),
        ("grants/add", "grant_access", True),
        ("grants/remove", "revoke_access", True),
        ("grants/sharing", "set_sharing", True),
        ("emergency_keys/issue", "issue_emergency_key", True),
        ("credentials/add", "add_credential", True),
        ("credentials/remove", "remove_credential", True),
        ("credentials/block", "block_credential", True),
        ("credentials/cancel_learning", "cancel_tag_learning", True),
        ("credentials/list", "list_credentials", True),
        ("access/explain", "get_access", True),
        ("events/query", "query_events", True),
        ("residents/import", "import_residents", True),
        ("keys/send", "send_keys", True),
        ("my_keys/list", "my_keys", False),
        ("shares/add", "share_key", False),
        ("shares/revoke", "revoke_share", False),
        ("shares/list", "my_shares", False),
        ("my_credentials/remove", "remove_my_credential", False),
        ("organisations/create", "create_organisation", True),
        ("organisations/update", "update_organisation", True),
        ("organisations/delete", "delete_organisation", True),
        ("organisations/staff", "set_organisation_staff", True),
        ("my_organisation/get", "organisation_staff", False),
        ("my_organisation/grant", "grant_staff_access", False),
        ("my_organisation/revoke", "revoke_staff_access", False),
        ("battery/report", "battery_report", True),
        ("battery/record_change", "record_battery_change", True),
    )
}
"""Command type → the action it runs and who may send it (the panels' contract)."""


def action_data(msg: Message) -> dict[str, Any]:
    """A command's message as the action's data: no `id` or `type`; `entry_id` renamed.

    The action's own name for the building is refused, so one message cannot name two
    buildings and the panels' contract keeps one name.
    """
    if ATTR_CONFIG_ENTRY_ID in msg:
        raise InvalidMessage(vol.Invalid("not a valid option", path=[ATTR_CONFIG_ENTRY_ID]))
    data = {key: value for key, value in msg.items() if key not in ("id", "type", ENTRY_ID)}
    if ENTRY_ID in msg:
        data[ATTR_CONFIG_ENTRY_ID] = msg[ENTRY_ID]
    return data


def _bridge(bridged: Bridged) -> WebSocketCommandHandler:
    """The websocket handler of one command of the table."""
    spec = ACTIONS[bridged.action]

    async def run(
        hass: HomeAssistant, connection: ActiveConnection, msg: Message
    ) -> dict[str, Any]:
        data = checked(spec.schema, action_data(msg))
        call = ServiceCall(
            hass,
            DOMAIN,
            bridged.action,
            data,
            Context(user_id=connection.user.id),
            return_response=True,
        )
        response = await spec.handler(call)
        return {} if response is None else dict(response)

    run.__name__ = run.__qualname__ = f"ws_{bridged.action}"
    handler: WebSocketCommandHandler = async_response(answered(run))
    return require_admin(handler) if bridged.admin else handler


@callback
def async_setup_panel_commands(hass: HomeAssistant) -> None:
    """Register every bridged command (once, in `async_setup`, like the actions).

    The websocket layer checks the id and type only: the rest is the action's data,
    checked by the action's own schema in the handler.
    """
    for command, bridged in BRIDGED.items():
        async_register_command(hass, command, _bridge(bridged), message_schema(command))
