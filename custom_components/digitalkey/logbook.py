"""Describe `digitalkey_access` events in the logbook."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from homeassistant.components.logbook.const import LOGBOOK_ENTRY_MESSAGE, LOGBOOK_ENTRY_NAME
from homeassistant.core import Event, HomeAssistant, callback

from .const import DOMAIN, EVENT_ACCESS

_MESSAGES = {
    "unlocked": "was unlocked",
    "opened": "was opened",
    "locked": "was locked",
    "jammed": "jammed",
    "pin_used": "was opened with a PIN code",
    "tag_used": "was opened with a tag",
    "button": "was opened with the inside button",
    "denied": "refused access",
    "tamper": "reported tampering",
    "door_opened": "door opened",
    "door_closed": "door closed",
    "rebooted": "restarted",
    "clock_set": "clock was set",
    "battery_low": "reported a low battery",
    "paired": "was paired",
    "credentials_updated": "received new codes and tags",
}


@callback
def async_describe_events(
    hass: HomeAssistant,
    async_describe_event: Callable[[str, str, Callable[[Event], dict[str, Any]]], None],
) -> None:
    """Describe access events: "Entrance was opened with a PIN code"."""

    @callback
    def describe(event: Event) -> dict[str, Any]:
        data = event.data
        message = _MESSAGES.get(str(data.get("event")), str(data.get("event")))
        if data.get("event") == "denied" and data.get("reason"):
            message = f"{message} ({str(data['reason']).replace('_', ' ')})"
        return {LOGBOOK_ENTRY_NAME: str(data.get("door", "")), LOGBOOK_ENTRY_MESSAGE: message}

    async_describe_event(DOMAIN, EVENT_ACCESS, describe)
