"""Sensors of a door unit: battery level, and diagnostics for voltage, signal and clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.const import (
    PERCENTAGE,
    SIGNAL_STRENGTH_DECIBELS_MILLIWATT,
    EntityCategory,
    UnitOfElectricPotential,
    UnitOfTime,
)
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .door_state import LinkState
from .entity import DoorEntity, add_door_entities
from .runtime import DigitalKeyConfigEntry

PARALLEL_UPDATES = 0


@dataclass(frozen=True, kw_only=True)
class DoorSensorDescription(SensorEntityDescription):
    """How to read one sensor from the door's state."""

    value_fn: Callable[[LinkState], float | int | None]


def _snapshot[T](read: Callable[..., T]) -> Callable[[LinkState], T | None]:
    return lambda state: None if state.snapshot is None else read(state.snapshot)


SENSORS: tuple[DoorSensorDescription, ...] = (
    DoorSensorDescription(
        key="battery",
        device_class=SensorDeviceClass.BATTERY,
        native_unit_of_measurement=PERCENTAGE,
        state_class=SensorStateClass.MEASUREMENT,
        value_fn=_snapshot(lambda s: s.battery_percent),
    ),
    DoorSensorDescription(
        key="battery_voltage",
        translation_key="battery_voltage",
        device_class=SensorDeviceClass.VOLTAGE,
        native_unit_of_measurement=UnitOfElectricPotential.MILLIVOLT,
        suggested_unit_of_measurement=UnitOfElectricPotential.VOLT,
        suggested_display_precision=2,
        state_class=SensorStateClass.MEASUREMENT,
        entity_category=EntityCategory.DIAGNOSTIC,
        entity_registry_enabled_default=False,
        value_fn=_snapshot(lambda s: s.battery_mv),
    ),
    DoorSensorDescription(
        key="signal_strength",
        device_class=SensorDeviceClass.SIGNAL_STRENGTH,
        native_unit_of_measurement=SIGNAL_STRENGTH_DECIBELS_MILLIWATT,
        state_class=SensorStateClass.MEASUREMENT,
        entity_category=EntityCategory.DIAGNOSTIC,
        entity_registry_enabled_default=False,
        value_fn=lambda state: state.rssi,
    ),
    DoorSensorDescription(
        key="clock_drift",
        translation_key="clock_drift",
        device_class=SensorDeviceClass.DURATION,
        native_unit_of_measurement=UnitOfTime.SECONDS,
        state_class=SensorStateClass.MEASUREMENT,
        entity_category=EntityCategory.DIAGNOSTIC,
        entity_registry_enabled_default=False,
        value_fn=lambda state: state.clock_drift,
    ),
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: DigitalKeyConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Sensors for every door unit."""
    add_door_entities(
        entry,
        async_add_entities,
        lambda link: [DoorSensor(link, description) for description in SENSORS],
    )


class DoorSensor(DoorEntity, SensorEntity):
    """One measured value of a door unit."""

    entity_description: DoorSensorDescription

    @property
    def native_value(self) -> float | int | None:
        """Current value."""
        return self.entity_description.value_fn(self.link.state)
