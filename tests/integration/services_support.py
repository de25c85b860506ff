"""A building with doors in its access registry, its users, and calls as a given user."""

from __future__ import annotations

from collections.abc import AsyncIterator
import copy
from dataclasses import dataclass
from typing import Any

from homeassistant.auth.models import User
from homeassistant.core import Context, HomeAssistant, ServiceResponse
from homeassistant.helpers import entity_registry as er
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_mock_service

from custom_components.digitalkey.const import DOMAIN, OPT_NOTIFY_TARGET
from custom_components.digitalkey.registry_store import RegistryStore


@dataclass
class Building:
    """The loaded building, its doors by name (entrance, garage, laundry) and its users."""

    hass: HomeAssistant
    entry: MockConfigEntry
    doors: dict[str, str]
    """Door name → door id (subentry id)."""
    admin: User
    resident: User
    """A non-admin user linked to no one yet."""

    @property
    def registry(self) -> Any:
        return self.entry.runtime_data.access.registry

    def lock(self, name: str) -> str:
        """The lock entity id of a door."""
        return _lock_entity(self.hass, self.doors[name])

    async def call(
        self,
        action: str,
        data: dict[str, Any] | None = None,
        *,
        user: User | None = None,
        response: bool = False,
    ) -> ServiceResponse:
        """Call a Digital Key action as `user` (None: as an automation)."""
        return await self.hass.services.async_call(
            DOMAIN,
            action,
            data or {},
            blocking=True,
            context=Context(user_id=None if user is None else user.id),
            return_response=response,
        )

    def stored(self, hass_storage: dict[str, Any]) -> Any:
        """A copy of the registry's storage file as written."""
        key = RegistryStore(self.hass, self.entry.entry_id).key
        return copy.deepcopy(hass_storage.get(key))


def _lock_entity(hass: HomeAssistant, door_id: str) -> str:
    for entity in er.async_get(hass).entities.values():
        if entity.domain == "lock" and entity.config_subentry_id == door_id:
            return entity.entity_id
    raise AssertionError(f"no lock entity for {door_id}")


async def async_building(
    hass: HomeAssistant, entry: MockConfigEntry, admin: User
) -> AsyncIterator[Building]:
    """Put the entry's doors into its registry and create a non-admin resident user."""
    access = entry.runtime_data.access
    doors: dict[str, str] = {}
    for subentry_id, subentry in entry.subentries.items():
        name = subentry.title.lower()
        doors[name] = subentry_id
        if subentry_id not in access.registry.doors:
            await access.async_apply(
                lambda registry, s=subentry_id, t=subentry.title: registry.add_door(s, t)
            )
    resident = await hass.auth.async_create_user("Resident", group_ids=["system-users"])
    yield Building(hass, entry, doors, admin, resident)


def use_notify_target(building: Building) -> list[Any]:
    """Give the building the notify action `notify.sms` (recorded, not sent); its calls."""
    calls = async_mock_service(building.hass, "notify", "sms")
    building.hass.config_entries.async_update_entry(
        building.entry, options={**building.entry.options, OPT_NOTIFY_TARGET: "notify.sms"}
    )
    return calls
