"""The organisation pages' own read: `digitalkey/organisations/list` (administrators).

Every organisation of the building with its doors, period, hours, managers, and counts of
its staff and keys. The organisation actions themselves are commands of the one bridge
table (`panel_commands.BRIDGED`): `digitalkey/organisations/create|update|delete|staff`
for the board and `digitalkey/my_organisation/get|grant|revoke` for a manager.
"""

from __future__ import annotations

from typing import Any

from homeassistant.components.websocket_api import async_register_command
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.core import HomeAssistant, callback
import probatio as vol

from .service_support import Caller, building_of, caller_language
from .services_organisations import organisation_list
from .websocket_answers import ENTRY_ID, Message, checked_command


@checked_command(
    {vol.Required("type"): "digitalkey/organisations/list", vol.Optional(ENTRY_ID): str},
    admin=True,
)
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
    """Register the command (once, in `async_setup`, like the actions)."""
    async_register_command(hass, ws_list_organisations)
