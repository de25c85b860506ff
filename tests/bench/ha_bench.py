"""Figures of the Home Assistant layer (`scripts/bench ha`).

Runs as a pytest module so Home Assistant's test harness provides `hass`; it prints
`name value unit` lines and asserts nothing about time.
"""

from __future__ import annotations

import asyncio
import statistics
import time

from homeassistant.auth.models import User
from homeassistant.const import ATTR_ENTITY_ID
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import entity_registry as er

from custom_components.digitalkey.protocol.constants import LockState
from tests.integration.conftest import Residents, Site

RUNS = 50


async def _unlock_ms(hass: HomeAssistant, site: Site, door: str, user: User) -> float:
    """From the lock.unlock call (by a resident with a key) to the unit reporting unlocked."""
    unit = site.units[door].unit
    reached = asyncio.Event()

    def changed() -> None:
        if unit.lock_state is LockState.UNLOCKED:
            reached.set()

    unit.change_listeners.append(changed)
    start = time.perf_counter()
    try:
        await hass.services.async_call(
            "lock",
            "unlock",
            {ATTR_ENTITY_ID: f"lock.{door}"},
            blocking=False,
            context=Context(user_id=user.id),
        )
        await reached.wait()
        return (time.perf_counter() - start) * 1000
    finally:
        unit.change_listeners.remove(changed)
        await hass.async_block_till_done(wait_background_tasks=True)


async def _lock(hass: HomeAssistant, door: str, user: User) -> None:
    await hass.services.async_call(
        "lock",
        "lock",
        {ATTR_ENTITY_ID: f"lock.{door}"},
        blocking=True,
        context=Context(user_id=user.id),
    )
    await hass.async_block_till_done(wait_background_tasks=True)


async def test_ha_figures(hass: HomeAssistant, site: Site, residents: Residents) -> None:
    """Unlocks by a resident, so every figure includes the access gate's decision."""
    loaded = residents.entry
    kari = residents.kari
    door = next(d for d in loaded.runtime_data.doors.values() if d.identity.name == "Entrance")
    cold: list[float] = []
    warm: list[float] = []
    for _ in range(RUNS):
        await _lock(hass, "entrance", kari)
        await door.connection.async_release_if_idle()
        await site.wait_for_counter(site.units["entrance"])
        await asyncio.sleep(0.01)  # let the fresh challenge reach HA
        # Fifty sessions in seconds are more than the unit's handshake budget allows (§7.1).
        site.units["entrance"].unit.reset_hello_budget()
        cold.append(await _unlock_ms(hass, site, "entrance", kari))
        await _lock(hass, "entrance", kari)
        warm.append(await _unlock_ms(hass, site, "entrance", kari))
    registry = er.async_get(hass)
    entities = er.async_entries_for_config_entry(registry, loaded.entry_id)
    print()
    print(f"unlock_service_to_unit_median_ms_cold {statistics.median(cold):.3f} ms")
    print(f"unlock_service_to_unit_median_ms_warm {statistics.median(warm):.3f} ms")
    print(f"entities_per_door {len(entities) / len(loaded.runtime_data.doors):.1f} entities")
    enabled = [e for e in entities if e.disabled_by is None]
    print(f"enabled_entities_per_door {len(enabled) / len(loaded.runtime_data.doors):.1f} entities")
