"""Scenario 6: a user who is no administrator has no control center, in the UI or behind it.

Their sidebar has My keys but no Digital Key, `/digitalkey` does not render the control
center for them, and every administrator's websocket command of the panels' contract
answers `unauthorized` on their own connection. Each command is sent with a well-formed
message, so that the answer is about who asks, not about what was sent.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

from playwright.sync_api import Browser, Page, expect
import pytest

from .building import Building, User
from .server import HomeAssistantServer
from .ui import (
    CONTROL_CENTER,
    MY_KEYS,
    Screenshots,
    desktop_context,
    log_in,
    open_panel,
    send_from_page,
)

SOMEONE: Final = "01J0000000000000000000000"
"""An id of nothing: an administrator's command would answer "not found", not "unauthorized"."""


def admin_commands(building: Building) -> dict[str, dict[str, Any]]:
    """Every administrator's command of the panels with a well-formed message."""
    entrance = building.doors["entrance"]
    door = entrance.entity_id
    return {
        "digitalkey/people/add": {"name": "Mallory", "role": "owner"},
        "digitalkey/people/update": {"person_id": SOMEONE, "name": "Mallory"},
        "digitalkey/people/remove": {"person_id": SOMEONE},
        "digitalkey/people/export": {"person_id": SOMEONE},
        "digitalkey/people/erase": {"person_id": SOMEONE},
        "digitalkey/bundles/create": {"name": "All doors", "doors": [door]},
        "digitalkey/bundles/update": {"bundle_id": SOMEONE, "name": "All doors"},
        "digitalkey/bundles/delete": {"bundle_id": SOMEONE},
        "digitalkey/grants/add": {"person_ids": [SOMEONE], "doors": [door]},
        "digitalkey/grants/remove": {"grant_ids": [SOMEONE]},
        "digitalkey/grants/sharing": {"grant_ids": [SOMEONE], "may_share": True},
        "digitalkey/emergency_keys/issue": {
            "person_id": SOMEONE,
            "reason": "Locked out",
            "doors": [door],
        },
        "digitalkey/credentials/add": {"person_id": SOMEONE, "new_pin": True},
        "digitalkey/credentials/remove": {"credential_id": SOMEONE},
        "digitalkey/credentials/block": {"credential_id": SOMEONE},
        "digitalkey/credentials/list": {},
        "digitalkey/credentials/add_pin": {"person_id": SOMEONE, "pin": "482915"},
        "digitalkey/credentials/add_tag": {"person_id": SOMEONE, "tag_uid": "04:A2:2B:7C"},
        "digitalkey/access/explain": {"door": door},
        "digitalkey/events/query": {},
        "digitalkey/residents/import": {"csv": "Navn;Leilighet\nMallory;H0101\n", "entrances": {}},
        "digitalkey/keys/send": {"dry_run": True},
        "digitalkey/overview/get": {},
        "digitalkey/person/get": {"person_id": SOMEONE},
        "digitalkey/door/get": {"door": door},
        "digitalkey/organisations/list": {},
        "digitalkey/organisations/create": {"name": "Mallory's cleaners", "doors": [door]},
        "digitalkey/organisations/update": {"organisation_id": SOMEONE, "name": "Mallory"},
        "digitalkey/organisations/delete": {"organisation_id": SOMEONE},
        "digitalkey/organisations/staff": {"organisation_id": SOMEONE, "add": [SOMEONE]},
        "digitalkey/battery/report": {"all_doors": True},
        "digitalkey/battery/record_change": {"door": door},
    }


@pytest.fixture(scope="module")
def neighbour_page(
    browser: Browser, home_assistant: HomeAssistantServer, building: Building, neighbour: User
) -> Iterator[Page]:
    """The neighbour, logged in once the building (and with it the panels) is set up."""
    context = desktop_context(browser)
    page = context.new_page()
    log_in(page, home_assistant.url, neighbour.username, neighbour.password)
    yield page
    context.close()


def test_6_a_non_admin_has_no_control_center_and_no_admin_command(
    neighbour_page: Page,
    home_assistant: HomeAssistantServer,
    building: Building,
    shots: Screenshots,
) -> None:
    page = neighbour_page
    sidebar = page.locator("ha-sidebar")
    expect(sidebar.locator(f'a[href="{MY_KEYS}"]')).to_have_count(1)
    expect(sidebar.locator(f'a[href="{CONTROL_CENTER}"]')).to_have_count(0)
    expect(sidebar).not_to_contain_text("Digital Key")
    shots(page, "sidebar without the control center")

    open_panel(page, home_assistant.url, CONTROL_CENTER)
    page.wait_for_load_state("networkidle")
    expect(page.locator("digitalkey-control-center")).to_have_count(0)
    shots(page, "control center url as a non-admin")

    answers = {
        command: send_from_page(page, {"type": command, "entry_id": building.entry_id, **fields})
        for command, fields in admin_commands(building).items()
    }
    allowed = {
        command: answer.get("error") or "success"
        for command, answer in answers.items()
        if answer.get("error", {}).get("code") != "unauthorized"
    }
    assert allowed == {}, f"answered other than unauthorized: {allowed}"
