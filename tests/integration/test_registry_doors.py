"""The access registry's doors follow the building's door subentries, saved as they change."""

from __future__ import annotations

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
import pytest

from custom_components.digitalkey.registry_store import AccessRuntime

from .conftest import Residents, Site


async def _stored_doors(hass: HomeAssistant, residents: Residents) -> dict[str, str]:
    stored = await AccessRuntime.async_load(hass, residents.entry.entry_id)
    return {door.id: door.name for door in stored.registry.doors.values()}


async def test_every_door_is_in_the_registry_at_setup(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    expected = {door_id: name.capitalize() for name, door_id in residents.door_ids.items()}
    assert await _stored_doors(hass, residents) == expected
    garage = residents.access.registry.door(residents.door_ids["garage"])
    assert garage.address == "garage entrance"  # the subentry's location


async def test_a_renamed_door_is_renamed_in_the_registry_and_in_refusals(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    entry = residents.entry
    subentry = entry.subentries[residents.door_ids["garage"]]
    hass.config_entries.async_update_subentry(
        entry, subentry, title="Car park", data={**subentry.data, "location": "Basement"}
    )
    await hass.async_block_till_done()

    door = residents.access.registry.door(subentry.subentry_id)
    assert (door.name, door.address) == ("Car park", "Basement")
    assert (await _stored_doors(hass, residents))[subentry.subentry_id] == "Car park"
    with pytest.raises(ServiceValidationError) as err:
        await residents.call("unlock", "garage", residents.kari)
    assert str(err.value) == "You have no key to Car park"


async def test_a_deleted_door_leaves_the_registry_with_its_keys(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    laundry = residents.door_ids["laundry"]
    await residents.apply(
        lambda r: r.grant_access([residents.ola_id], now=residents.now(), door_ids=[laundry])
    )
    assert hass.config_entries.async_remove_subentry(residents.entry, laundry)
    await hass.async_block_till_done(wait_background_tasks=True)  # the unit is reset too

    registry = residents.access.registry
    assert not registry.grants_of(residents.ola_id)
    assert laundry not in registry.bundle(residents.bundle_id).door_ids
    assert laundry not in await _stored_doors(hass, residents)
