"""The access registry's doors follow the building's door subentries.

A door exists for the policy once it is a `Door` in the registry: grants and bundles name
it, refusals name it. The subentries are the truth (pairing adds one, reconfigure renames
or moves it, deleting removes it), so after setup and after every change of the entry the
registry is brought in line with them through `AccessRuntime.async_apply`, each change
saved like any other. Removing a door removes its grants and shares (see
`Registry.remove_door`), so nobody keeps a key to a door that is gone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
import logging

from homeassistant.config_entries import ConfigSubentry
from homeassistant.exceptions import HomeAssistantError

from .access.errors import AccessError
from .access.plan import Change
from .access.registry import Registry
from .const import CONF_LOCATION
from .registry_store import AccessRuntime

_LOGGER = logging.getLogger(__name__)


def _wanted(subentry: ConfigSubentry) -> tuple[str, str | None]:
    """The registry's name and address of a door: its title and its location."""
    location = str(subentry.data.get(CONF_LOCATION, "")).strip()
    return subentry.title, location or None


def _operations(
    registry: Registry, subentries: Mapping[str, ConfigSubentry]
) -> list[Callable[[Registry], Change]]:
    operations: list[Callable[[Registry], Change]] = [
        partial(Registry.remove_door, door_id=door_id)
        for door_id in sorted(set(registry.doors) - set(subentries))
    ]
    for door_id, subentry in subentries.items():
        name, address = _wanted(subentry)
        door = registry.doors.get(door_id)
        if door is None:
            operations.append(
                partial(Registry.add_door, door_id=door_id, name=name, address=address)
            )
        elif (door.name, door.address) != (name, address):
            operations.append(
                partial(Registry.update_door, door_id=door_id, name=name, address=address)
            )
    return operations


async def async_follow_doors(
    access: AccessRuntime, subentries: Mapping[str, ConfigSubentry]
) -> None:
    """Add, rename, move and remove registry doors so they match `subentries`.

    A change that cannot be saved is logged and tried again at the next entry change or
    setup: until then admins and automations still open the door, residents are told
    there are no keys to it yet.
    """
    for operation in _operations(access.registry, subentries):
        try:
            await access.async_apply(operation)
        except (AccessError, HomeAssistantError) as err:
            _LOGGER.warning("The access registry could not follow a door change: %s", err)
