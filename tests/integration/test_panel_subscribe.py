"""Change notices keep open panels current: what is told, how often, and until when."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er, issue_registry as ir
import pytest
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.digitalkey import panel_subscribe
from custom_components.digitalkey.access.model import Role
from custom_components.digitalkey.const import DOMAIN
from custom_components.digitalkey.panel_subscribe import THROTTLE_S
from custom_components.digitalkey.protocol.constants import LockState
from custom_components.digitalkey.service_support import EVENT_REGISTRY_CHANGED

from .conftest import Residents, Site
from .websocket_support import Socket, async_socket

SUBSCRIBE = "digitalkey/subscribe"


async def _subscribe(socket: Socket, **data: Any) -> int:
    await socket.client.send_json_auto_id({"type": SUBSCRIBE, **data})
    answer = await socket.answer()
    assert answer["success"] is True, answer
    return int(answer["id"])


async def _notices(socket: Socket, wait: float) -> list[dict[str, Any]]:
    """Every message that arrives within `wait` seconds."""
    found: list[dict[str, Any]] = []
    try:
        async with asyncio.timeout(wait):
            while True:
                found.append(await socket.client.receive_json())
    except TimeoutError:
        return found


def _registry_notices(messages: list[dict[str, Any]]) -> int:
    return sum(1 for message in messages if message["event"] == {"changed": "registry"})


async def _add_person(residents: Residents, name: str) -> None:
    now = residents.now()
    await residents.apply(lambda r: r.add_person(name, role=Role.TENANT, now=now))


async def test_a_registry_change_and_a_door_state_change_are_told_without_content(
    hass: HomeAssistant,
    site: Site,
    residents: Residents,
    kari: Socket,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """A non-admin subscriber gets the same content-free notices as an administrator."""
    admin = await async_socket(hass, hass_ws_client, residents.admin)
    subscription = await _subscribe(kari, entry_id=residents.entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    await _notices(kari, THROTTLE_S + 0.3)  # what the doors were still doing
    await admin.result("digitalkey/people/add", name="Per Olsen", role="tenant", phone="913 45 678")
    notices = await _notices(kari, THROTTLE_S + 0.3)
    assert {"id": subscription, "type": "event", "event": {"changed": "registry"}} in notices
    await admin.result("digitalkey/my_keys/operate", door="lock.entrance", action="unlock")
    assert site.units["entrance"].unit.lock_state is LockState.UNLOCKED
    notices += await _notices(kari, THROTTLE_S + 0.5)
    assert {"id": subscription, "type": "event", "event": {"changed": "doors"}} in notices
    assert {message["type"] for message in notices} == {"event"}
    assert {json.dumps(message["event"]) for message in notices} <= {
        '{"changed": "doors"}',
        '{"changed": "registry"}',
    }


async def test_notices_are_throttled_and_the_last_change_is_told(
    hass: HomeAssistant, residents: Residents, kari: Socket
) -> None:
    await _subscribe(kari)
    for name in ("A", "B", "C", "D"):
        await _add_person(residents, name)
        hass.bus.async_fire(EVENT_REGISTRY_CHANGED, {"config_entry_id": residents.entry.entry_id})
    first = await _notices(kari, 0.2)
    assert _registry_notices(first) == 1
    later = await _notices(kari, THROTTLE_S + 0.3)
    assert _registry_notices(later) == 1, "the changes after the first, told once at the end"
    assert _registry_notices(await _notices(kari, THROTTLE_S + 0.3)) == 0


async def test_another_buildings_changes_are_not_told(
    hass: HomeAssistant, residents: Residents, kari: Socket
) -> None:
    await _subscribe(kari)
    hass.bus.async_fire(EVENT_REGISTRY_CHANGED, {"config_entry_id": "another"})
    assert _registry_notices(await _notices(kari, THROTTLE_S)) == 0


def _doors_notices(messages: list[dict[str, Any]]) -> int:
    return sum(1 for message in messages if message["event"] == {"changed": "doors"})


async def test_a_battery_repair_of_the_building_is_told_and_another_buildings_is_not(
    hass: HomeAssistant, residents: Residents, kari: Socket
) -> None:
    """A unit silent for an hour turns "probably dead" while no entity of it changes."""
    await _subscribe(kari)
    await hass.async_block_till_done(wait_background_tasks=True)
    await _notices(kari, THROTTLE_S + 0.3)  # what the doors were still doing
    door = residents.door_ids["entrance"]
    for entry_id in ("another", residents.entry.entry_id):
        ir.async_create_issue(
            hass,
            DOMAIN,
            f"battery_{entry_id}_{door}",
            is_fixable=False,
            severity=ir.IssueSeverity.ERROR,
            translation_key="battery_dead",
        )
        told = _doors_notices(await _notices(kari, THROTTLE_S + 0.3))
        assert told == (1 if entry_id == residents.entry.entry_id else 0)
    ir.async_create_issue(
        hass,
        "another_domain",
        f"battery_{residents.entry.entry_id}_{door}",
        is_fixable=False,
        severity=ir.IssueSeverity.ERROR,
        translation_key="battery_dead",
    )
    assert _doors_notices(await _notices(kari, THROTTLE_S + 0.3)) == 0


async def test_a_battery_change_recorded_by_hand_is_told(
    hass: HomeAssistant, residents: Residents, kari: Socket, hass_ws_client: WebSocketGenerator
) -> None:
    """No entity changes when a change is recorded: the door's history does."""
    admin = await async_socket(hass, hass_ws_client, residents.admin)
    await _subscribe(kari)
    await hass.async_block_till_done(wait_background_tasks=True)
    await _notices(kari, THROTTLE_S + 0.3)  # what the doors were still doing
    await admin.result("digitalkey/battery/record_change", door="lock.garage")
    assert _doors_notices(await _notices(kari, THROTTLE_S + 0.3)) >= 1


async def test_nothing_is_told_after_unsubscribing(
    hass: HomeAssistant, residents: Residents, kari: Socket
) -> None:
    subscription = await _subscribe(kari)
    await kari.result("unsubscribe_events", subscription=subscription)
    hass.bus.async_fire(EVENT_REGISTRY_CHANGED, {"config_entry_id": residents.entry.entry_id})
    await kari.result("digitalkey/my_keys/operate", door="lock.entrance", action="unlock")
    assert await _notices(kari, THROTTLE_S + 0.3) == []


async def test_an_unknown_building_is_refused(residents: Residents, kari: Socket) -> None:
    error = await kari.refusal(SUBSCRIBE, entry_id="nope")
    assert error["translation_key"] == "service_config_entry_not_found"


async def test_closing_the_connection_releases_the_subscription(
    hass: HomeAssistant, residents: Residents, kari: Socket
) -> None:
    def listeners() -> int:
        return hass.bus.async_listeners().get(EVENT_REGISTRY_CHANGED, 0)

    before = listeners()
    await _subscribe(kari)
    assert listeners() == before + 1
    await kari.client.close()
    await hass.async_block_till_done()
    assert listeners() == before


async def test_a_subscription_outlives_its_building_unloading_without_a_fault(
    hass: HomeAssistant, residents: Residents, kari: Socket, caplog: pytest.LogCaptureFixture
) -> None:
    """An open panel keeps its subscription while an administrator reloads the building:
    what changes in Home Assistant's entity registry meanwhile (any entity) is no fault."""
    await _subscribe(kari)
    assert await hass.config_entries.async_unload(residents.entry.entry_id)
    await hass.async_block_till_done()
    er.async_get(hass).async_get_or_create("sensor", "elsewhere", "thermometer")
    await hass.async_block_till_done()
    assert [record.getMessage() for record in caplog.records if record.exc_info] == []


async def test_many_subscriptions_cost_nothing_when_other_entities_change(
    hass: HomeAssistant,
    residents: Residents,
    kari: Socket,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A resident may hold many subscriptions open: an entity registry change elsewhere in
    Home Assistant makes none of them read the building's entities again; a change of one
    of the building's entities does."""
    reads: list[str] = []
    real = panel_subscribe.door_entities

    def counted(hass: HomeAssistant, entry: Any) -> Any:
        reads.append(entry.entry_id)
        return real(hass, entry)

    monkeypatch.setattr(panel_subscribe, "door_entities", counted)
    for _ in range(20):
        await _subscribe(kari)
    reads.clear()
    registry = er.async_get(hass)
    for number in range(5):
        registry.async_get_or_create("sensor", "elsewhere", f"thermometer_{number}")
    await hass.async_block_till_done()
    assert reads == []
    lock = registry.async_get("lock.entrance")
    assert lock is not None
    registry.async_update_entity(lock.entity_id, name="Front door")
    await hass.async_block_till_done()
    assert len(reads) == 20
    registry.async_get_or_create("sensor", DOMAIN, "new_sensor", config_entry=residents.entry)
    await hass.async_block_till_done()
    assert len(reads) == 40
