"""Snapshots of every platform's entities and of the diagnostics download."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from http import HTTPStatus
import json
from unittest.mock import patch

from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, snapshot_platform
from pytest_homeassistant_custom_component.syrupy import HomeAssistantSnapshotExtension
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator
from syrupy.assertion import SnapshotAssertion
from syrupy.filters import props

from .conftest import SETUP_CODE, Site

SYNCED_AT = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


@pytest.fixture
def snapshot(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    """HA's serializer (ids and timestamps as <ANY>) and `snapshots/` directory.

    Syrupy's own `snapshot` fixture shadows the one of pytest-homeassistant-custom-component
    here, so the extension is applied explicitly.
    """
    return snapshot.use_extension(HomeAssistantSnapshotExtension)


@pytest.fixture
def only_platform(request: pytest.FixtureRequest) -> Iterator[Platform]:
    """Forward only the platform under test (behaviour is not patched)."""
    platform: Platform = request.param
    with patch("custom_components.digitalkey.PLATFORMS", [platform]):
        yield platform


@pytest.fixture
async def building(
    hass: HomeAssistant,
    only_platform: Platform,
    loaded: MockConfigEntry,
    entity_registry: er.EntityRegistry,
) -> MockConfigEntry:
    """The `loaded` building with one platform, every entity of it enabled and read."""
    disabled = [
        entity.entity_id
        for entity in er.async_entries_for_config_entry(entity_registry, loaded.entry_id)
        if entity.disabled_by is not None
    ]
    if disabled:
        for entity_id in disabled:
            entity_registry.async_update_entity(entity_id, disabled_by=None)
        assert await hass.config_entries.async_reload(loaded.entry_id)
        await hass.async_block_till_done()
        for door in loaded.runtime_data.doors.values():
            await door.async_refresh()
        await hass.async_block_till_done()
    return loaded


@pytest.mark.parametrize(
    "only_platform",
    [Platform.BINARY_SENSOR, Platform.EVENT, Platform.LOCK, Platform.SENSOR],
    indirect=True,
)
async def test_platform_snapshot(
    hass: HomeAssistant,
    building: MockConfigEntry,
    entity_registry: er.EntityRegistry,
    snapshot: SnapshotAssertion,
) -> None:
    """Registry entries and states of every entity of the three doors."""
    # The clock drift is whole seconds between two clocks read a moment apart: 0, or 1
    # when a second ticks over in between. Fix it so the snapshot does not flake.
    # Each door's credential sync ends in sync at a moment of the test run: fix that too.
    await hass.async_block_till_done(wait_background_tasks=True)
    sync = building.runtime_data.credential_sync
    assert sync is not None
    for door in building.runtime_data.doors.values():
        assert door.state.clock_drift is not None
        assert abs(door.state.clock_drift) <= 1
        door.state.clock_drift = 0
        status = sync.status(door.identity.subentry_id)
        assert status.last_synced is not None
        status.last_synced = SYNCED_AT
        door.notify()
    await hass.async_block_till_done()
    await snapshot_platform(hass, entity_registry, snapshot, building.entry_id)


async def test_sensor_platform_has_disabled_entities(
    hass: HomeAssistant, loaded: MockConfigEntry, entity_registry: er.EntityRegistry
) -> None:
    """Diagnostic sensors start disabled (the snapshot above enables them)."""
    disabled = {
        entity.entity_id
        for entity in er.async_entries_for_config_entry(entity_registry, loaded.entry_id)
        if entity.disabled_by is er.RegistryEntryDisabler.INTEGRATION
    }
    assert disabled
    assert all(entity_id.startswith("sensor.") for entity_id in disabled)


# Values that depend on timing or on randomly generated ids. `connected` depends on whether
# the connection a credential sync or offset write used was already let go.
VOLATILE = props(
    "subentry_id",
    "silent_for_s",
    "clock_drift_s",
    "bluetooth",
    "rssi",
    "last_synced",
    "connected",
    "at",  # a battery reading's time, on the wall clock
    "last_contact",
)


async def test_diagnostics_endpoint(
    hass: HomeAssistant,
    hass_client: ClientSessionGenerator,
    site: Site,
    loaded: MockConfigEntry,
    snapshot: SnapshotAssertion,
) -> None:
    """The download through HTTP matches the snapshot and holds no secret at all."""
    await hass.async_block_till_done(wait_background_tasks=True)  # credential syncs done
    assert await async_setup_component(hass, "diagnostics", {})
    client = await hass_client()
    response = await client.get(f"/api/diagnostics/config_entry/{loaded.entry_id}")
    assert response.status == HTTPStatus.OK
    text = await response.text()

    secrets = [
        loaded.data["hub_key"],
        SETUP_CODE,
        loaded.title,
        *(sub.data["unit_public"] for sub in loaded.subentries.values()),
        *(sub.data["location"] for sub in loaded.subentries.values()),
        *(sub.title for sub in loaded.subentries.values()),
    ]
    assert len(secrets) == 3 + 3 * 3
    for secret in secrets:
        assert secret.lower() not in text.lower(), secret
    assert text.lower().count("**redacted**") >= 1 + 2 * 3

    data = json.loads(text)["data"]
    assert data == snapshot(exclude=VOLATILE)
