"""Access event entity of a door unit: who opened, locked or was denied, and how."""

from __future__ import annotations

from homeassistant.components.event import EventEntity, EventEntityDescription
from homeassistant.core import Context, HomeAssistant, callback
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .access_events import EVENT_TYPES, AccessEvent
from .door_link import DoorLink
from .entity import DoorEntity, add_door_entities
from .runtime import AccessEventHub, DigitalKeyConfigEntry

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
    hub = entry.runtime_data.events
    add_door_entities(entry, async_add_entities, lambda link: [AccessEventEntity(link, hub)])


class AccessEventEntity(DoorEntity, EventEntity):
    """Fires for every access record read from the unit's log."""

    def __init__(self, link: DoorLink, hub: AccessEventHub) -> None:
        """Subscribe to the building's events for this door once added."""
        super().__init__(link, ACCESS)
        self._hub = hub

    async def async_added_to_hass(self) -> None:
        """Listen for this door's access events."""
        await super().async_added_to_hass()
        self.async_on_remove(
            self._hub.async_subscribe(self.link.identity.subentry_id, self._on_event)
        )

    @property
    def available(self) -> bool:
        """Always: it shows the last event, which stays true while the unit is out of reach.

        Following the unit's reachability would make every restart or short silence
        write the last event again, which the logbook shows as if it had just happened.
        """
        return True

    @callback
    def _on_event(self, event: AccessEvent, context: Context) -> None:
        if not event.on_entity:
            return
        # The logbook row names who caused it; an event of nobody known comes with a context
        # of its own, not the one of a call this entity was given a few seconds before.
        self.async_set_context(context)
        self._trigger_event(event.event_type, event.entity_data())
        self.async_write_ha_state()
