"""My keys' Open and Lock buttons: `digitalkey/my_keys/operate` {door, action} (any user).

The command calls Home Assistant's `lock.unlock`, `lock.lock` or `lock.open` on the door's
lock entity with the caller's context, blocking: exactly what the companion app's lock
tile does, so the access gate (`access_gate.async_authorize`) decides on the caller's
keys, logs a refusal and answers it in the caller's words. The command decides nothing
itself and answers `{}` once the unit did it.

It names the door by its lock entity, device or door id of this building; a door of
another building, or one that does not exist, is refused as unknown before anything is
called. A lock the building does not hear now is refused as out of range: Home Assistant
would otherwise skip an unavailable entity without a word, and the panel would say the
door opened.
"""

from __future__ import annotations

from typing import Any, Final

from homeassistant.components.lock.const import DOMAIN as LOCK_DOMAIN
from homeassistant.components.websocket_api import async_register_command
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.const import ATTR_ENTITY_ID, STATE_UNAVAILABLE
from homeassistant.core import Context, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
import probatio as vol

from .access.errors import AccessError, ErrorCode
from .const import DOMAIN
from .panel_doors import lock_entity
from .service_support import access_error, building_of, door_id
from .websocket_answers import ENTRY_ID, Message, checked_command

LOCK_ACTIONS: Final = ("unlock", "lock", "open")
"""The panel's actions, named as the `lock` actions they call."""


@checked_command(
    {
        vol.Required("type"): "digitalkey/my_keys/operate",
        vol.Optional(ENTRY_ID): str,
        vol.Required("door"): str,
        vol.Required("action"): vol.In(LOCK_ACTIONS),
    }
)
async def ws_operate(
    hass: HomeAssistant, connection: ActiveConnection, msg: Message
) -> dict[str, Any]:
    """Unlock, lock or open one door as the caller, through the door's lock entity."""
    entry = building_of(hass, msg.get(ENTRY_ID))
    door = door_id(hass, entry, msg["door"])
    entity_id = lock_entity(hass, entry, door)
    if entity_id is None:
        raise access_error(AccessError(ErrorCode.UNKNOWN_DOOR, door_id=msg["door"]))
    state = hass.states.get(entity_id)
    if state is None or state.state == STATE_UNAVAILABLE:
        link = entry.runtime_data.doors[door]
        raise HomeAssistantError(
            translation_domain=DOMAIN,
            translation_key="door_out_of_range",
            translation_placeholders={"door": link.identity.name},
        )
    await hass.services.async_call(
        LOCK_DOMAIN,
        msg["action"],
        {ATTR_ENTITY_ID: entity_id},
        blocking=True,
        context=Context(user_id=connection.user.id),
    )
    return {}


@callback
def async_setup_panel_operate(hass: HomeAssistant) -> None:
    """Register the command (once, in `async_setup`)."""
    async_register_command(hass, ws_operate)
