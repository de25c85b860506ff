"""Base entity of a door unit: device info, availability and state from its link."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from homeassistant.helpers.device_registry import CONNECTION_BLUETOOTH, DeviceInfo
from homeassistant.helpers.entity import Entity, EntityDescription
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .const import DOMAIN, MANUFACTURER, MODEL
from .door_link import DoorLink
from .protocol.advertisement import format_unit_id
from .runtime import DigitalKeyConfigEntry


class DoorEntity(Entity):
    """An entity of one door unit; pushes state when its link changes."""

    _attr_has_entity_name = True
    _attr_should_poll = False

    def __init__(self, link: DoorLink, description: EntityDescription) -> None:
        """Describe the entity and its device."""
        self.link = link
        self.entity_description = description
        unit_id = format_unit_id(link.identity.unit_id)
        self._attr_unique_id = f"{unit_id}_{description.key}"
        self._attr_device_info = DeviceInfo(
            identifiers={(DOMAIN, unit_id)},
            connections={(CONNECTION_BLUETOOTH, link.address)},
            name=link.identity.name,
            manufacturer=MANUFACTURER,
            model=MODEL,
            serial_number=unit_id,
            sw_version=link.identity.firmware or None,
        )

    @property
    def available(self) -> bool:
        """Available while the unit is heard and still paired with this building.

        A door just added shows "unknown" for the second until its first read: while it is
        heard it can be operated, and an unavailable entity would refuse the command.
        """
        return self.link.state.available and not self.link.state.not_paired

    async def async_added_to_hass(self) -> None:
        """Follow the link."""
        await super().async_added_to_hass()
        self.async_on_remove(self.link.async_add_listener(self.async_write_ha_state))


def add_door_entities(
    entry: DigitalKeyConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
    build: Callable[[DoorLink], Iterable[Entity]],
) -> None:
    """Add each door's entities under its own subentry (so its device belongs to it).

    Also registers how to add them for a door added later, without reloading the building.
    """

    def add(link: DoorLink) -> None:
        async_add_entities(list(build(link)), config_subentry_id=link.identity.subentry_id)

    entry.runtime_data.entity_adders.append(add)
    for link in entry.runtime_data.doors.values():
        add(link)
