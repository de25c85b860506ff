"""How every websocket command of this integration answers: a result, or a translated refusal.

A command is written as a coroutine that returns its result or raises; `answered` sends
what it returned, or its refusal as Home Assistant sends an action's: the English text
and the translation key and placeholders (`service_validation_error` for a refused
request, `home_assistant_error` otherwise). A refusal is not logged, since a resident's
refusal is not a fault.

A message the command's own schema refuses (`InvalidMessage`) is answered
`invalid_format` with the schema's words and path only: Home Assistant's own handling
would repeat the refused value (a phone number typed in a panel, say) in the answer and
in its error log.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from functools import wraps
from typing import Any, Final

from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.const import (
    ERR_HOME_ASSISTANT_ERROR,
    ERR_INVALID_FORMAT,
    ERR_SERVICE_VALIDATION_ERROR,
)
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
import probatio as vol

from .service_support import Caller

ENTRY_ID: Final = "entry_id"
"""The building a command is for (may be left out while only one is loaded)."""

type Message = dict[str, Any]
type Answer = Callable[[HomeAssistant, ActiveConnection, Message], Coroutine[Any, Any, None]]
type Command = Callable[
    [HomeAssistant, ActiveConnection, Message], Coroutine[Any, Any, dict[str, Any]]
]


class InvalidMessage(Exception):
    """A command's message failed the schema it is checked against inside the command."""

    def __init__(self, error: vol.Invalid) -> None:
        """Keep the schema's words and where; never the refused value."""
        super().__init__(str(error))


def answered(command: Command) -> Answer:
    """Send what `command` returns as the result, or its refusal as a translated error."""

    @wraps(command)
    async def answer(hass: HomeAssistant, connection: ActiveConnection, msg: Message) -> None:
        try:
            result = await command(hass, connection, msg)
        except InvalidMessage as err:
            connection.send_error(msg["id"], ERR_INVALID_FORMAT, str(err))
            return
        except HomeAssistantError as err:
            code = (
                ERR_SERVICE_VALIDATION_ERROR
                if isinstance(err, ServiceValidationError)
                else ERR_HOME_ASSISTANT_ERROR
            )
            connection.send_error(
                msg["id"],
                code,
                str(err),
                translation_domain=err.translation_domain,
                translation_key=err.translation_key,
                translation_placeholders=err.translation_placeholders,
            )
            return
        connection.send_result(msg["id"], result)

    return answer


def connection_caller(connection: ActiveConnection) -> Caller:
    """The connection's logged-in user (a command, unlike an action, always has one)."""
    user = connection.user
    return Caller(user.id, is_admin=user.is_admin)
