"""`digitalkey/subscribe` (any user): the notices that keep an open panel current.

A subscriber gets `{"changed": "registry"}` after each `digitalkey_registry_changed` of
the building, and `{"changed": "doors"}` when an entity the panels show of one of its
doors (lock, battery, battery critical, credential sync, access events) changes state,
a door's entities come or go, a door's battery history changes (a contact, a battery
change recorded by hand) or its battery repair does (a unit out of reach for an hour is
"probably dead" with no entity changing: it is unavailable already). A notice
says nothing else: no id, name or state, so a resident's panel learns nothing about other
people's keys from it and re-reads what it is allowed to read. Each kind is sent at most
once per `THROTTLE_S`; a change within that time is told once at its end, so the last
change is never missed. Everything is released when the subscription is closed or the
connection goes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, Final

from homeassistant.components.websocket_api import async_register_command
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.messages import event_message
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback
from homeassistant.helpers import entity_registry as er, issue_registry as ir
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.event import async_call_later, async_track_state_change_event
import probatio as vol

from .battery_store import battery_signal
from .const import DOMAIN
from .panel_doors import BATTERY, BATTERY_CRITICAL, LOCK, door_entities
from .repairs import ISSUE_BATTERY
from .runtime import DigitalKeyConfigEntry
from .service_support import ATTR_CONFIG_ENTRY_ID, EVENT_REGISTRY_CHANGED, building_of
from .websocket_answers import ENTRY_ID, Message, checked_command

THROTTLE_S: Final = 0.5
REGISTRY: Final = "registry"
DOORS: Final = "doors"
SHOWN: Final = frozenset({LOCK, BATTERY, BATTERY_CRITICAL, "credential_sync", "access"})
"""Description keys of the door entities the panels show (not signal strength, say, which
changes with every advertisement)."""


class Throttled:
    """Calls `send` at most once per `THROTTLE_S`; a call in between is made at its end."""

    def __init__(self, hass: HomeAssistant, send: Callable[[], None]) -> None:
        """Nothing sent yet."""
        self._hass = hass
        self._send = send
        self._last: float | None = None
        self._due: CALLBACK_TYPE | None = None

    @callback
    def __call__(self) -> None:
        """Something changed."""
        if self._due is not None:
            return  # told at the end of the interval already
        now = self._hass.loop.time()
        if self._last is None or now - self._last >= THROTTLE_S:
            self._fire()
            return
        self._due = async_call_later(self._hass, self._last + THROTTLE_S - now, self._later)

    @callback
    def _later(self, _now: datetime) -> None:
        self._due = None
        self._fire()

    def _fire(self) -> None:
        self._last = self._hass.loop.time()
        self._send()

    @callback
    def cancel(self) -> None:
        """Send nothing more."""
        if self._due is not None:
            self._due()
            self._due = None


class DoorWatch:
    """Follows the states of the building's shown door entities, as they come and go.

    A subscription outlives a reload of its building (an options change, an
    administrator's reload): while the building is not loaded it has no doors to read, so
    the watch keeps following the entities it had and looks again once the building is
    loaded.
    """

    def __init__(
        self, hass: HomeAssistant, entry: DigitalKeyConfigEntry, changed: Callable[[], None]
    ) -> None:
        """Start following."""
        self._hass = hass
        self._entry = entry
        self._changed = changed
        self._entities = self._shown()
        self._untrack = self._track()
        self._unlisten = hass.bus.async_listen(
            er.EVENT_ENTITY_REGISTRY_UPDATED, self._registry_updated, event_filter=self._may_show
        )
        self._unwatch_entry = entry.async_on_state_change(self._look_again)

    def _shown(self) -> frozenset[str]:
        return frozenset(
            entity_id
            for entities in door_entities(self._hass, self._entry).values()
            for key, entity_id in entities.items()
            if key in SHOWN
        )

    def _track(self) -> CALLBACK_TYPE:
        return async_track_state_change_event(
            self._hass, sorted(self._entities), self._state_changed
        )

    @callback
    def _state_changed(self, _event: Event[Any]) -> None:
        self._changed()

    @callback
    def _may_show(self, data: Mapping[str, Any]) -> bool:
        """Whether an entity registry change may be of a door entity the panels show.

        One the watch follows (changed, renamed or removed), or one of the building (made or
        changed). Every change of every entity in Home Assistant is asked, for each open
        subscription, so this reads one entry, not the building's entities.
        """
        if data["entity_id"] in self._entities or data.get("old_entity_id") in self._entities:
            return True
        entity = er.async_get(self._hass).async_get(data["entity_id"])
        return entity is not None and entity.config_entry_id == self._entry.entry_id

    @callback
    def _registry_updated(self, _event: Event[Any]) -> None:
        self._look_again()

    @callback
    def _look_again(self) -> None:
        if self._entry.state is not ConfigEntryState.LOADED:
            return
        entities = self._shown()
        if entities == self._entities:
            return
        self._untrack()
        self._entities = entities
        self._untrack = self._track()
        self._changed()

    @callback
    def stop(self) -> None:
        """Follow nothing more."""
        self._untrack()
        self._unlisten()
        self._unwatch_entry()


@checked_command({vol.Required("type"): "digitalkey/subscribe", vol.Optional(ENTRY_ID): str})
async def ws_subscribe(
    hass: HomeAssistant, connection: ActiveConnection, msg: Message
) -> dict[str, Any]:
    """Send change notices of the building until the subscription is closed."""
    entry = building_of(hass, msg.get(ENTRY_ID))
    msg_id: int = msg["id"]

    def notice(kind: str) -> Callable[[], None]:
        return lambda: connection.send_message(event_message(msg_id, {"changed": kind}))

    registry_notice = Throttled(hass, notice(REGISTRY))
    doors_notice = Throttled(hass, notice(DOORS))

    @callback
    def of_building(data: Mapping[str, Any]) -> bool:
        return bool(data.get(ATTR_CONFIG_ENTRY_ID) == entry.entry_id)

    @callback
    def registry_changed(_event: Event[Any]) -> None:
        registry_notice()

    battery_issues = f"{ISSUE_BATTERY}_{entry.entry_id}_"

    @callback
    def battery_issue(data: Mapping[str, Any]) -> bool:
        return bool(data.get("domain") == DOMAIN) and str(data.get("issue_id")).startswith(
            battery_issues
        )

    @callback
    def issue_changed(_event: Event[Any]) -> None:
        doors_notice()

    unlisten = hass.bus.async_listen(
        EVENT_REGISTRY_CHANGED, registry_changed, event_filter=of_building
    )
    unlisten_issues = hass.bus.async_listen(
        ir.EVENT_REPAIRS_ISSUE_REGISTRY_UPDATED, issue_changed, event_filter=battery_issue
    )

    @callback
    def history_changed() -> None:
        doors_notice()

    unlisten_batteries = async_dispatcher_connect(
        hass, battery_signal(entry.entry_id), history_changed
    )
    watch = DoorWatch(hass, entry, doors_notice)

    @callback
    def unsubscribe() -> None:
        unlisten()
        unlisten_issues()
        unlisten_batteries()
        watch.stop()
        registry_notice.cancel()
        doors_notice.cancel()

    connection.subscriptions[msg_id] = unsubscribe
    return {}


@callback
def async_setup_panel_subscribe(hass: HomeAssistant) -> None:
    """Register the command (once, in `async_setup`)."""
    async_register_command(hass, ws_subscribe)
