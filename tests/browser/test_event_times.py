"""One event, one time: a door's newest events show the time the event log shows.

The browsers here are in Oslo and Home Assistant in UTC, as a caretaker abroad would read a
building at home: the board pages write the building's wall clock whatever the browser's
zone (`wall-clock.ts`), so the door page's table and the event log must agree.
"""

from __future__ import annotations

from playwright.sync_api import Page, expect

from .building import Building
from .ha_api import HaApi, wait_for
from .server import HomeAssistantServer
from .ui import CONTROL_CENTER, Screenshots, hook, open_panel


def _newest_event_id(admin: HaApi, entity_id: str) -> str:
    answer = admin.call_service(
        "digitalkey", "query_events", {"door": entity_id, "limit": 1}, return_response=True
    )
    events = answer["events"]
    return str(events[0]["id"]) if events else ""


def test_the_door_page_and_the_event_log_show_an_event_at_one_time(
    admin_page: Page,
    home_assistant: HomeAssistantServer,
    admin_api: HaApi,
    building: Building,
    shots: Screenshots,
) -> None:
    laundry = building.doors["laundry"]
    before = _newest_event_id(admin_api, laundry.entity_id)
    admin_api.call_service("lock", "unlock", {"entity_id": laundry.entity_id})
    admin_api.wait_for_state(laundry.entity_id, {"unlocked"})
    event_id = wait_for(
        lambda: (newest := _newest_event_id(admin_api, laundry.entity_id)) != before and newest,
        20,
        lambda: "the laundry's unlock did not reach the event log",
    )
    admin_api.call_service("lock", "lock", {"entity_id": laundry.entity_id})

    page = admin_page
    open_panel(page, home_assistant.url, CONTROL_CENTER)
    page.locator(hook("door-row", id=laundry.door_id)).click()
    on_door_page = page.locator(hook("recent-events")).locator(hook("event-row", id=event_id))
    expect(on_door_page).to_have_count(1)
    shots(page, "the laundry's newest events")
    door_page_time = on_door_page.locator("td").first.inner_text().strip()

    page.locator(hook("nav-events")).click()
    in_the_log = page.locator(hook("events-table")).locator(hook("event-row", id=event_id))
    expect(in_the_log).to_have_count(1)
    shots(page, "the event log")
    log_time = in_the_log.locator("td.time").inner_text().strip()

    assert door_page_time
    assert door_page_time == log_time, (
        f"the door page shows the unlock at {door_page_time!r}, the event log at {log_time!r}"
    )
