"""Binary sensors of a door unit: battery critical, and the door contact where fitted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from homeassistant.components.binary_sensor import (
    BinarySensorEntity,
    BinarySensorEntityDescription,
)
from homeassistant.components.binary_sensor.const import BinarySensorDeviceClass
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .building_options import battery_level
from .door_link import DoorLink
from .entity import DoorEntity, add_door_entities
from .protocol.constants import DoorState as WireDoorState, Feature
from .runtime import DigitalKeyConfigEntry

PARALLEL_UPDATES = 0


@dataclass(frozen=True, kw_only=True)
class DoorBinarySensorDescription(BinarySensorEntityDescription):
    """How to read one binary sensor, and which units have it."""

    value_fn: Callable[[DoorLink, int], bool | None]
    exists_fn: Callable[[DoorLink], bool] = lambda _link: True


def _battery_critical(link: DoorLink, threshold: int) -> bool | None:
    snapshot = link.state.snapshot
    return None if snapshot is None else snapshot.battery_percent <= threshold


def _door_open(link: DoorLink, _threshold: int) -> bool | None:
    snapshot = link.state.snapshot
    if snapshot is None or snapshot.door_state is WireDoorState.UNKNOWN:
        return None
    return snapshot.door_state is WireDoorState.OPEN


BINARY_SENSORS: tuple[DoorBinarySensorDescription, ...] = (
    DoorBinarySensorDescription(
        key="battery_critical",
        translation_key="battery_critical",
        device_class=BinarySensorDeviceClass.PROBLEM,
        value_fn=_battery_critical,
    ),
    DoorBinarySensorDescription(
        key="door",
        device_class=BinarySensorDeviceClass.DOOR,
        value_fn=_door_open,
        exists_fn=lambda link: bool(link.identity.features & Feature.DOOR_CONTACT),
    ),
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: DigitalKeyConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Binary sensors for every door unit."""
    add_door_entities(
        entry,
        async_add_entities,
        lambda link: [
            DoorBinarySensor(link, description, lambda: battery_level(entry.options))
            for description in BINARY_SENSORS
            if description.exists_fn(link)
        ],
    )


class DoorBinarySensor(DoorEntity, BinarySensorEntity):
    """One on/off fact about a door unit."""

    entity_description: DoorBinarySensorDescription

    def __init__(
        self,
        link: DoorLink,
        description: DoorBinarySensorDescription,
        threshold: Callable[[], int],
    ) -> None:
        """`threshold` reads the building's battery level setting (it may change)."""
        super().__init__(link, description)
        self._threshold = threshold

    @property
    def is_on(self) -> bool | None:
        """Current value."""
        return self.entity_description.value_fn(self.link, self._threshold())
