"""The door-jammed blueprint: one message naming the door and its address."""

from __future__ import annotations

from homeassistant.components.lock import LockState
from homeassistant.components.persistent_notification import _async_get_or_create_notifications
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_mock_service

from tests.integration.conftest import Site, until

from .blueprint_support import async_use_blueprint, blueprint_texts, watch_notices

LOCKS = ["lock.entrance", "lock.garage", "lock.laundry"]


async def test_a_jammed_door_is_told_once_and_its_notice_goes_when_it_moves(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    notices = watch_notices(hass)
    await async_use_blueprint(
        hass, "door_jammed.yaml", {"locks": LOCKS, "notify_actions": ["notify.test"]}
    )
    unit = site.units["garage"].unit
    unit.jam()
    await until(hass, lambda: hass.states.get("lock.garage").state == LockState.JAMMED)
    await until(hass, lambda: len(notices.calls) == 1)
    await hass.async_block_till_done(wait_background_tasks=True)
    words = blueprint_texts("door_jammed.yaml")["en"]
    assert notices.calls[0].data == {
        "title": words["title"].replace("{door}", "Garage"),
        "message": words["message"]
        .replace("{door}", "Garage")
        .replace("{address}", "garage entrance"),
    }
    assert [n["notification_id"] for n in notices.persistent] == ["digitalkey_jammed_lock_garage"]

    unit.set_battery(80)  # something else changes while it stays jammed
    await until(hass, lambda: hass.states.get("sensor.garage_battery").state == "80")
    await hass.async_block_till_done(wait_background_tasks=True)
    assert len(notices.calls) == 1

    unit.jam(False)
    await hass.services.async_call("lock", "lock", {"entity_id": "lock.garage"}, blocking=True)
    await until(hass, lambda: hass.states.get("lock.garage").state == LockState.LOCKED)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert "digitalkey_jammed_lock_garage" not in persistent_ids(hass)
    assert len(notices.calls) == 1


async def test_notify_entities_get_the_message_through_send_message(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    sent = async_mock_service(hass, "notify", "send_message")
    await async_use_blueprint(
        hass,
        "door_jammed.yaml",
        {"locks": LOCKS, "notify_entities": ["notify.caretaker_email"], "persistent": False},
    )
    site.units["laundry"].unit.jam()
    await until(hass, lambda: len(sent) == 1)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert len(sent) == 1
    assert sent[0].data["entity_id"] == ["notify.caretaker_email"]
    assert "laundry entrance" in sent[0].data["message"]
    assert not persistent_ids(hass)


async def test_the_jam_message_is_in_the_buildings_language(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    hass.config.language = "da"
    notices = watch_notices(hass)
    await async_use_blueprint(
        hass, "door_jammed.yaml", {"locks": LOCKS, "notify_actions": ["notify.test"]}
    )
    site.units["entrance"].unit.jam()
    await until(hass, lambda: len(notices.calls) == 1)
    words = blueprint_texts("door_jammed.yaml")["da"]
    assert notices.calls[0].data["title"] == words["title"].replace("{door}", "Entrance")
    assert "entrance entrance" in notices.calls[0].data["message"]


def persistent_ids(hass: HomeAssistant) -> set[str]:
    """The notifications Home Assistant shows now."""
    return set(_async_get_or_create_notifications(hass))
