"""Access event entity of a door unit: who opened, locked or was denied, and how."""

from __future__ import annotations

from homeassistant.components.event import EventEntity, EventEntityDescription
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .building import Building, DigitalKeyConfigEntry
from .door_link import DoorLink
from .entity import DoorEntity, add_door_entities
from .events import EVENT_TYPES, AccessEvent

PARALLEL_UPDATES = 0

ACCESS = EventEntityDescription(
    key="access", translation_key="access", event_types=list(EVENT_TYPES)
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: DigitalKeyConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """One access event entity per door unit."""
    building = entry.runtime_data
    add_door_entities(entry, async_add_entities, lambda link: [AccessEventEntity(link, building)])


class AccessEventEntity(DoorEntity, EventEntity):
    """Fires for every access record read from the unit's log."""

    def __init__(self, link: DoorLink, building: Building) -> None:
        """Subscribe to the building's events for this door once added."""
        super().__init__(link, ACCESS)
        self._building = building

    async def async_added_to_hass(self) -> None:
        """Listen for this door's access events."""
        await super().async_added_to_hass()
        self.async_on_remove(
            self._building.async_subscribe_events(self.link.identity.subentry_id, self._on_event)
        )

    @callback
    def _on_event(self, event: AccessEvent) -> None:
        if not event.on_entity:
            return
        self._trigger_event(event.event_type, event.entity_data())
        self.async_write_ha_state()
