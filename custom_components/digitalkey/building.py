"""Runtime of one building (config entry): its hub key, door links and persisted state."""

from __future__ import annotations

from collections.abc import Callable
import logging
from typing import Any, TypedDict

from homeassistant.components import bluetooth
from homeassistant.config_entries import ConfigEntry, ConfigSubentry
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.exceptions import ConfigEntryNotReady
from homeassistant.helpers.storage import Store

from .const import (
    CONF_ADDRESS,
    CONF_FEATURES,
    CONF_FIRMWARE,
    CONF_HUB_KEY,
    CONF_UNIT_ID,
    CONF_UNIT_PUBLIC,
    DEFAULT_BATTERY_THRESHOLD,
    DOMAIN,
    EVENT_ACCESS,
    OPT_BATTERY_THRESHOLD,
    SUBENTRY_DOOR,
)
from .door_link import DoorLink, DoorLinkHooks
from .door_state import DoorIdentity
from .events import AccessEvent
from .protocol.constants import Feature
from .protocol.keys import StaticKey
from .repairs import async_delete_stale_issues, async_manage_unpaired

_LOGGER = logging.getLogger(__name__)

STORAGE_VERSION = 1
SAVE_DELAY_S = 10

type DigitalKeyConfigEntry = ConfigEntry[Building]


class DoorRecord(TypedDict):
    """What the hub remembers per door between restarts."""

    log_seq: int


def door_identity(subentry: ConfigSubentry) -> DoorIdentity:
    """Identity of a paired door from its subentry."""
    return DoorIdentity(
        subentry_id=subentry.subentry_id,
        name=subentry.title,
        unit_id=bytes.fromhex(subentry.data[CONF_UNIT_ID]),
        address=subentry.data[CONF_ADDRESS],
        unit_public=bytes.fromhex(subentry.data[CONF_UNIT_PUBLIC]),
        features=Feature(int(subentry.data.get(CONF_FEATURES, 0))),
        firmware=str(subentry.data.get(CONF_FIRMWARE, "")),
    )


class Building:
    """Everything a loaded building holds."""

    def __init__(self, hass: HomeAssistant, entry: DigitalKeyConfigEntry) -> None:
        """Prepare the runtime; `async_setup` loads it."""
        self.hass = hass
        self.entry = entry
        self.hub_key = StaticKey.from_private(bytes.fromhex(entry.data[CONF_HUB_KEY]))
        self.doors: dict[str, DoorLink] = {}
        self._store = self._make_store(hass, entry.entry_id)
        self._records: dict[str, DoorRecord] = {}
        self._event_listeners: dict[str, list[Callable[[AccessEvent], None]]] = {}

    @staticmethod
    def _make_store(hass: HomeAssistant, entry_id: str) -> Store[dict[str, DoorRecord]]:
        return Store(
            hass, STORAGE_VERSION, f"{DOMAIN}.{entry_id}", private=True, atomic_writes=True
        )

    @classmethod
    async def async_remove_store(cls, hass: HomeAssistant, entry: ConfigEntry) -> None:
        """Delete the building's stored state (the building was removed)."""
        await cls._make_store(hass, entry.entry_id).async_remove()

    @property
    def battery_threshold(self) -> int:
        """Per cent at or below which a battery is critical."""
        return int(self.entry.options.get(OPT_BATTERY_THRESHOLD, DEFAULT_BATTERY_THRESHOLD))

    async def async_setup(self) -> None:
        """Load persisted state and create a link per door; raise when none is reachable."""
        self._records = await self._store.async_load() or {}
        hooks = DoorLinkHooks(
            save_log_seq=self._save_log_seq,
            not_paired=self._on_not_paired,
            access_events=[self._on_access_event],
        )
        for subentry in self.entry.subentries.values():
            if subentry.subentry_type != SUBENTRY_DOOR:
                continue
            record = self._records.get(subentry.subentry_id)
            self.doors[subentry.subentry_id] = DoorLink(
                self.hass,
                door_identity(subentry),
                self.hub_key,
                hooks,
                log_seq=record["log_seq"] if record else None,
            )
        async_delete_stale_issues(self.hass, self.entry.entry_id, set(self.doors))
        if self.doors and not any(
            bluetooth.async_address_present(self.hass, door.address, connectable=True)
            for door in self.doors.values()
        ):
            first = next(iter(self.doors.values()))
            raise ConfigEntryNotReady(
                translation_domain=DOMAIN,
                translation_key="no_door_reachable",
                translation_placeholders={
                    "count": str(len(self.doors)),
                    "diagnostics": first.reachability(),
                },
            )

    @callback
    def async_start(self) -> None:
        """Start listening to every door (after the entities exist)."""
        for door in self.doors.values():
            door.async_start()

    async def async_stop(self) -> None:
        """Release every connection and callback; save what must survive."""
        for door in self.doors.values():
            await door.async_stop()
        await self._store.async_save(self._records)

    # Persistence ------------------------------------------------------------------------

    def _save_log_seq(self, subentry_id: str, log_seq: int) -> None:
        self._records[subentry_id] = {"log_seq": log_seq}
        self._store.async_delay_save(lambda: self._records, SAVE_DELAY_S)

    # Events -----------------------------------------------------------------------------

    @callback
    def async_subscribe_events(
        self, subentry_id: str, listener: Callable[[AccessEvent], None]
    ) -> CALLBACK_TYPE:
        """Deliver a door's access events to `listener` (the event entity)."""
        listeners = self._event_listeners.setdefault(subentry_id, [])
        listeners.append(listener)

        @callback
        def remove() -> None:
            listeners.remove(listener)

        return remove

    def _on_access_event(self, event: AccessEvent) -> None:
        data: dict[str, Any] = {"config_entry_id": self.entry.entry_id, **event.bus_data()}
        self.hass.bus.async_fire(EVENT_ACCESS, data)
        for listener in self._event_listeners.get(event.subentry_id, []):
            listener(event)

    def _on_not_paired(self, door: DoorLink, not_paired: bool) -> None:
        async_manage_unpaired(self.hass, self.entry, door.identity, active=not_paired)
