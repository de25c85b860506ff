"""Websocket commands sent as a given Home Assistant user, the way the panels send them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from homeassistant.auth.models import User
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import CLIENT_ID
from pytest_homeassistant_custom_component.typing import (
    MockHAClientWebSocket,
    WebSocketGenerator,
)


@dataclass
class Socket:
    """One user's websocket connection."""

    client: MockHAClientWebSocket

    async def send(self, command: str, **data: Any) -> None:
        """Send a command without waiting for its answer."""
        await self.client.send_json_auto_id({"type": command, **data})

    async def answer(self) -> dict[str, Any]:
        """The next answer: `success`, and `result` or `error`."""
        message: dict[str, Any] = await self.client.receive_json()
        assert message["type"] == "result", message
        return message

    async def ask(self, command: str, **data: Any) -> dict[str, Any]:
        """Send a command and wait for its answer."""
        await self.send(command, **data)
        return await self.answer()

    async def result(self, command: str, **data: Any) -> Any:
        """The result of a command that must succeed."""
        answer = await self.ask(command, **data)
        assert answer["success"] is True, answer
        return answer["result"]

    async def refusal(self, command: str, **data: Any) -> dict[str, Any]:
        """The error of a command that must fail: `code`, `message`, translation fields."""
        answer = await self.ask(command, **data)
        assert answer["success"] is False, answer
        error: dict[str, Any] = answer["error"]
        return error


async def async_socket(hass: HomeAssistant, ws_client: WebSocketGenerator, user: User) -> Socket:
    """A websocket connection logged in as `user`."""
    refresh = await hass.auth.async_create_refresh_token(user, CLIENT_ID)
    return Socket(await ws_client(hass, hass.auth.async_create_access_token(refresh)))
