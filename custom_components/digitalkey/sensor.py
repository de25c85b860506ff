"""Sensors of a door unit: battery level, and diagnostics for voltage, signal, clock and sync.

"Credential sync" exists for every door, keypad and tag reader or not (a door without
either holds an empty set and shows in sync with nothing pending): features can come
with a new unit paired to the same door, and a sensor that appears and disappears with
them would lose its history.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

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

from .credential_sync_state import DoorSyncStatus, SyncState
from .door_link import DoorLink
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


CREDENTIAL_SYNC = SensorEntityDescription(
    key="credential_sync",
    translation_key="credential_sync",
    device_class=SensorDeviceClass.ENUM,
    options=[state.value for state in SyncState],
    entity_category=EntityCategory.DIAGNOSTIC,
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
        lambda link: [
            *(DoorSensor(link, description) for description in SENSORS),
            CredentialSyncSensor(link, CREDENTIAL_SYNC, entry),
        ],
    )


class DoorSensor(DoorEntity, SensorEntity):
    """One measured value of a door unit."""

    entity_description: DoorSensorDescription

    @property
    def native_value(self) -> float | int | None:
        """Current value."""
        return self.entity_description.value_fn(self.link.state)


class CredentialSyncSensor(DoorEntity, SensorEntity):
    """Whether the unit holds the PIN codes and tags the registry gives the door."""

    def __init__(
        self, link: DoorLink, description: SensorEntityDescription, entry: DigitalKeyConfigEntry
    ) -> None:
        """Read the door's status from the building's credential sync."""
        super().__init__(link, description)
        self._entry = entry

    @property
    def available(self) -> bool:
        """Always: a door out of reach is exactly what this sensor shows (failed, why)."""
        return True

    @property
    def native_value(self) -> str:
        """In sync, pending or failed."""
        return self._status().state.value

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        """Pending changes, failed since, reason, last synced: no names, no PIN."""
        return self._status().attributes()

    async def async_added_to_hass(self) -> None:
        """Follow the door's sync as well as its link."""
        await super().async_added_to_hass()
        sync = self._entry.runtime_data.credential_sync
        if sync is not None:
            self.async_on_remove(
                sync.async_add_listener(self.link.identity.subentry_id, self.async_write_ha_state)
            )

    def _status(self) -> DoorSyncStatus:
        sync = self._entry.runtime_data.credential_sync
        subentry_id = self.link.identity.subentry_id
        return DoorSyncStatus() if sync is None else sync.status(subentry_id)
