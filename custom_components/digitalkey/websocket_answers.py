"""How every websocket command of this integration is checked and answers.

A command is written as a coroutine that returns its result or raises, and made a command
with `checked_command(fields, admin=...)`. Home Assistant's websocket layer then checks only the
message's id and type (`message_schema`); the fields are checked inside the command, after
the caller's right to send it, and a message they refuse (`InvalidMessage`) is answered
`invalid_format` with the schema's words and path only. Home Assistant's own check would
repeat the refused value (a name or phone number typed in a panel, say) in its answer and
log it as an error, where an administrator reading the log would find it.

`answered` sends what the command returned, or its refusal as Home Assistant sends an
action's: the English text and the translation key and placeholders
(`service_validation_error` for a refused request, `home_assistant_error` otherwise). A
refusal is not logged, since a resident's refusal is not a fault.

An admin command is `require_admin`, and checks the user again itself (`admin_caller`),
so losing the decorator would not open it to residents.
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
    WebSocketCommandHandler,
)
from homeassistant.components.websocket_api.decorators import (
    async_response,
    require_admin,
    websocket_command,
)
from homeassistant.components.websocket_api.messages import BASE_COMMAND_MESSAGE_SCHEMA
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers.typing import VolDictType
import probatio as vol

from .service_support import Caller, validation_error

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


def checked(schema: Callable[[Message], Message], msg: Message) -> Message:
    """`msg` as `schema` accepts it, or `InvalidMessage` (never the refused value)."""
    try:
        return schema(msg)
    except vol.Invalid as err:
        raise InvalidMessage(err) from None


def message_schema(command_type: str) -> vol.Schema:
    """What Home Assistant's websocket layer checks before a command runs: id and type only."""
    return BASE_COMMAND_MESSAGE_SCHEMA.extend(
        {vol.Required("type"): command_type}, extra=vol.ALLOW_EXTRA
    )


def checked_command(
    fields: VolDictType, *, admin: bool = False
) -> Callable[[Command], WebSocketCommandHandler]:
    """Make a coroutine the command whose message `fields` describe (`type` among them).

    Checked in this order: an administrator (`admin`), then the fields, then the command
    runs; its result or refusal is sent by `answered`. Registered with
    `async_register_command(hass, handler)`, like a command of `websocket_command`.
    """
    command_type: str = fields["type"]
    schema = BASE_COMMAND_MESSAGE_SCHEMA.extend(fields)

    def decorate(run: Command) -> WebSocketCommandHandler:
        @wraps(run)
        async def checked_run(
            hass: HomeAssistant, connection: ActiveConnection, msg: Message
        ) -> dict[str, Any]:
            if admin:
                admin_caller(connection)
            return await run(hass, connection, checked(schema, msg))

        handler = async_response(answered(checked_run))
        if admin:
            handler = require_admin(handler)
        # Given a dict, `websocket_command` would have the layer check every field (and
        # log what it refuses); given a schema, it keeps that schema's `ALLOW_EXTRA`.
        return websocket_command(vol.All(message_schema(command_type)))(handler)

    return decorate


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


def admin_caller(connection: ActiveConnection) -> Caller:
    """The connection's user, who must be an administrator (`unauthorized` otherwise)."""
    caller = connection_caller(connection)
    if not caller.is_admin:
        raise validation_error("unauthorized")
    return caller
