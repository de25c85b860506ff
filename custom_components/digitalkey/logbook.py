"""Describe `digitalkey_access` events in the logbook: the door, what happened, who.

The event carries ids only; the door's current name is looked up when the row is shown,
and the user who acted comes from the event's context (the logbook shows it itself). A
PIN code or tag is named by its holder the same way: the credential id is looked up in
the building's registry when the row is shown ("was opened with Kari Nordmann's PIN
code"), so a credential removed or a person erased since leaves only "a PIN code". A
guest link's open carries its share's id and no user (the guest is nobody in Home
Assistant): the row names the link by its maker the same way ("was opened with a guest
link Kari Nordmann shared"), and a share or maker erased since leaves "a guest link". Any
other command of ours says it came "from the app"; the logbook names its user.
Home Assistant gives custom integrations no translated logbook messages, so these are
English, like core's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final

from homeassistant.components.logbook.const import (
    LOGBOOK_ENTRY_ENTITY_ID,
    LOGBOOK_ENTRY_ICON,
    LOGBOOK_ENTRY_MESSAGE,
    LOGBOOK_ENTRY_NAME,
)
from homeassistant.config_entries import ConfigSubentry
from homeassistant.core import Event, HomeAssistant, callback
from homeassistant.helpers import entity_registry as er

from .access.model import Credential
from .access.registry import Registry
from .const import CONF_UNIT_ID, DOMAIN, EVENT_ACCESS, EVENT_DOOR_REMOVED

_MESSAGES: Final = {
    "unlocked": ("was unlocked", "mdi:lock-open-variant"),
    "opened": ("was opened", "mdi:door-open"),
    "locked": ("was locked", "mdi:lock"),
    "jammed": ("jammed", "mdi:lock-alert"),
    "pin_used": ("was opened with a PIN code", "mdi:dialpad"),
    "tag_used": ("was opened with a tag", "mdi:nfc-variant"),
    "button": ("was opened with the inside button", "mdi:gesture-tap-button"),
    "denied": ("refused access", "mdi:hand-back-left-off"),
    "tamper": ("reported tampering", "mdi:shield-alert"),
    "door_opened": ("door opened", "mdi:door-open"),
    "door_closed": ("door closed", "mdi:door-closed"),
    "rebooted": ("restarted", "mdi:restart"),
    "clock_set": ("clock was set", "mdi:clock-check-outline"),
    "battery_low": ("reported a low battery", "mdi:battery-alert-variant-outline"),
    "paired": ("was paired", "mdi:link-variant"),
    "credentials_updated": ("received new codes and tags", "mdi:key-change"),
}
_BY_SOURCE: Final = {
    ("locked", "hub_relock"): ("was locked again by the hub after an open", "mdi:lock-clock"),
    ("locked", "auto_relock"): ("was locked again by itself", "mdi:lock-clock"),
}
"""Messages that depend on how it happened: the hub's relock after a guest's open, and the
unit's own relock, which would otherwise read like a lock by someone nobody names."""
_DEFAULT_ICON: Final = "mdi:key-chain-variant"
_WHAT: Final = {"pin": "PIN code", "tag": "tag"}
"""What a PIN code or tag is called, by its record's source (the words of its kind too)."""


@callback
def async_describe_events(
    hass: HomeAssistant,
    async_describe_event: Callable[[str, str, Callable[[Event], dict[str, Any]]], None],
) -> None:
    """Describe access events: "Entrance was opened with a PIN code"."""

    @callback
    def describe(event: Event) -> dict[str, Any]:
        data = event.data
        kind = str(data.get("event"))
        message, icon = _BY_SOURCE.get(
            (kind, str(data.get("source"))),
            _MESSAGES.get(kind, (kind.replace("_", " "), _DEFAULT_ICON)),
        )
        if str(data.get("source")) == "app":
            message = _from_the_app(hass, data, kind, message)
        else:
            message = _with_credential(hass, data, kind, message)
        row: dict[str, Any] = {
            LOGBOOK_ENTRY_NAME: _door_name(hass, data),
            LOGBOOK_ENTRY_MESSAGE: message,
            LOGBOOK_ENTRY_ICON: icon,
        }
        if entity_id := _lock_entity_id(hass, data):
            row[LOGBOOK_ENTRY_ENTITY_ID] = entity_id
        return row

    async_describe_event(DOMAIN, EVENT_ACCESS, describe)

    @callback
    def describe_removed(event: Event) -> dict[str, Any]:
        released = bool(event.data.get("released"))
        return {
            LOGBOOK_ENTRY_NAME: f"Door unit {event.data.get('unit', '')}",
            LOGBOOK_ENTRY_MESSAGE: "was reset after its door was deleted; it can be paired again"
            if released
            else "could not be reached after its door was deleted and is still paired "
            "(reset it by hand)",
            LOGBOOK_ENTRY_ICON: "mdi:link-variant-off" if released else "mdi:link-variant",
        }

    async_describe_event(DOMAIN, EVENT_DOOR_REMOVED, describe_removed)


_BY_APP: Final = frozenset({"unlocked", "opened", "locked"})
"""The event types a command of ours leaves, which the row says came from the app."""


def _from_the_app(hass: HomeAssistant, data: Mapping[str, Any], kind: str, message: str) -> str:
    """The message of a command of ours: by a guest link and its maker, else "from the app".

    A guest link's open is told by its share id with no user; an HA user's share names
    its user in the event's context, and reads like any other command from the app.
    """
    reason = str(data.get("reason") or "").replace("_", " ")
    if data.get("share_id") and not data.get("user_id"):
        link = f"a guest link {maker} shared" if (maker := _maker(hass, data)) else "a guest link"
        if kind == "denied":
            return f"refused {link} ({reason})" if reason else f"refused {link}"
        return f"{message} with {link}" if kind in _BY_APP else message
    if kind == "denied":
        return f"{message} ({reason})" if reason else message
    return f"{message} from the app" if kind in _BY_APP else message


def _maker(hass: HomeAssistant, data: Mapping[str, Any]) -> str:
    """The name of whoever made the event's share, as known now ("" when not known now)."""
    registry = _registry(hass, data)
    return "" if registry is None else _share_maker(registry, str(data["share_id"]))


def _share_maker(registry: Registry, share_id: str) -> str:
    """The name of whoever made share `share_id` ("" for a share or maker erased since)."""
    share = registry.shares.get(share_id)
    maker = None if share is None else registry.people.get(share.from_person_id)
    return "" if maker is None else maker.name


def _registry(hass: HomeAssistant, data: Mapping[str, Any]) -> Registry | None:
    """The building's registry of the event (None when the building is not loaded)."""
    entry = hass.config_entries.async_get_entry(str(data.get("config_entry_id")))
    runtime = None if entry is None else getattr(entry, "runtime_data", None)
    if runtime is None:
        return None
    registry: Registry = runtime.access.registry
    return registry


def _with_credential(hass: HomeAssistant, data: Mapping[str, Any], kind: str, message: str) -> str:
    """The message, naming the PIN code or tag and its holder as they are known now."""
    what = _WHAT.get(str(data.get("source")))
    reason = str(data.get("reason") or "")
    if what is None:
        return f"{message} ({reason.replace('_', ' ')})" if kind == "denied" and reason else message
    credential, whose = _credential(hass, data)
    if kind in ("pin_used", "tag_used"):
        return f"was opened with {whose}" if whose else message
    if kind != "denied":
        return message
    if reason == "unknown_credential" and "credential" not in data:
        return f"refused an unknown {what}"
    if reason == "disabled" and credential is not None and credential.blocked:
        reason = "blocked"
    subject = whose or f"a {what}"
    return f"refused {subject} ({reason.replace('_', ' ')})" if reason else f"refused {subject}"


def _credential(hass: HomeAssistant, data: Mapping[str, Any]) -> tuple[Credential | None, str]:
    """The event's credential, and whose it is in words ("" when either is not known now)."""
    registry = _registry(hass, data)
    if registry is None or not data.get("credential_id"):
        return None, ""
    credential = registry.credentials.get(str(data["credential_id"]))
    if credential is None:
        return None, ""
    what = _WHAT[credential.kind.value]
    if credential.share_id is not None:
        maker = _share_maker(registry, credential.share_id)
        return credential, f"a {what} {maker} shared" if maker else f"a shared {what}"
    person = registry.people.get(credential.person_id or "")
    return credential, f"{person.name}'s {what}" if person else ""


def _subentry(hass: HomeAssistant, data: Mapping[str, Any]) -> ConfigSubentry | None:
    entry = hass.config_entries.async_get_entry(str(data.get("config_entry_id")))
    return None if entry is None else entry.subentries.get(str(data.get("door_id")))


def _door_name(hass: HomeAssistant, data: Mapping[str, Any]) -> str:
    """The door's name now (a door deleted since is named as such)."""
    subentry = _subentry(hass, data)
    return "Deleted door" if subentry is None else str(subentry.title)


def _lock_entity_id(hass: HomeAssistant, data: Mapping[str, Any]) -> str | None:
    subentry = _subentry(hass, data)
    if subentry is None:
        return None
    return er.async_get(hass).async_get_entity_id(
        "lock", DOMAIN, f"{subentry.data[CONF_UNIT_ID]}_lock"
    )
