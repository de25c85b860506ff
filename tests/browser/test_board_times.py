"""Every time the panels show is on the building's clock, whatever zone the browser is in.

Home Assistant here runs in UTC and the browsers in Oslo (`ui.TIME_ZONE`): a key's window
on the person page and a share's "valid until" in My keys must read as the building's
clock reads them, as the event log and a door's "opens today, 07:00" already do.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Final
from zoneinfo import ZoneInfo

from playwright.sync_api import Browser, Page, expect

from .building import Building, create_user
from .ha_api import HaApi
from .server import HomeAssistantServer
from .ui import (
    CONTROL_CENTER,
    MY_KEYS,
    TIME_ZONE,
    Screenshots,
    hook,
    log_in,
    open_panel,
    phone_context,
)

KEY_UNTIL: Final = datetime(2031, 1, 15, 21, 59, tzinfo=UTC)
"""Winter: Oslo is an hour ahead of UTC."""
SHARE_UNTIL: Final = datetime(2030, 6, 1, 21, 59, tzinfo=UTC)
"""Summer: Oslo is two hours ahead of UTC."""


def _clock(moment: datetime, zone: str) -> str:
    """`moment`'s time of day as English writes it on the clock of `zone` ("9:59 PM")."""
    local = moment.astimezone(ZoneInfo(zone))
    return f"{local.hour % 12 or 12}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'}"


def test_a_keys_window_and_a_shares_end_are_on_the_buildings_clock(
    browser: Browser,
    admin_page: Page,
    home_assistant: HomeAssistantServer,
    admin_api: HaApi,
    building: Building,
    shots: Screenshots,
) -> None:
    zone = str(admin_api.rest("GET", "/api/config")["time_zone"])
    assert _clock(KEY_UNTIL, zone) != _clock(KEY_UNTIL, TIME_ZONE), "the zones must differ"
    laundry = building.doors["laundry"]
    user = create_user(admin_api, "Tove Tid", "tove", "tove-password-1")
    person_id = str(
        admin_api.call_service(
            "digitalkey",
            "add_person",
            {"name": "Tove Tid", "role": "owner", "ha_user_id": user.user_id},
            return_response=True,
        )["person_id"]
    )
    admin_api.call_service(
        "digitalkey",
        "grant_access",
        {
            "person_ids": [person_id],
            "doors": [laundry.entity_id],
            "valid_until": KEY_UNTIL.isoformat(),
            "may_share": True,
            "share_limit": 1,
        },
    )
    tove = HaApi.log_in(home_assistant.url, user.username, user.password)
    try:
        share = tove.call_service(
            "digitalkey",
            "share_key",
            {
                "door": laundry.entity_id,
                "kind": "link",
                "valid_until": SHARE_UNTIL.isoformat(),
            },
            return_response=True,
        )
    finally:
        tove.close()

    page = admin_page
    open_panel(page, home_assistant.url, CONTROL_CENTER)
    page.locator(hook("person-row", id=person_id)).click()
    grant = page.locator(hook("grant-row"))
    expect(grant).to_have_count(1)
    expect(grant).to_contain_text(_clock(KEY_UNTIL, zone))
    shared = page.locator(hook("person-share-row", id=share["share_id"]))
    expect(shared).to_contain_text(_clock(SHARE_UNTIL, zone))
    shots(page, "the key's window and the share's end on the person page")
    assert _clock(KEY_UNTIL, TIME_ZONE) not in grant.inner_text()
    assert _clock(SHARE_UNTIL, TIME_ZONE) not in shared.inner_text()

    context = phone_context(browser)
    try:
        phone = context.new_page()
        log_in(phone, home_assistant.url, user.username, user.password, path=MY_KEYS)
        row = phone.locator(hook("share-row", id=share["share_id"]))
        expect(row).to_contain_text(_clock(SHARE_UNTIL, zone))
        shots(phone, "the share's end in My keys")
        assert _clock(SHARE_UNTIL, TIME_ZONE) not in row.inner_text()
    finally:
        context.close()
