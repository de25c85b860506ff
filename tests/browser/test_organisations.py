"""An organisation and its manager: the board sets it up, the manager keys its staff.

The administrator creates a home care organisation in the control center with the entrance
as its one door, and names its manager (a person linked to a Home Assistant user who is no
administrator) and a staff member. The manager, on a phone, finds "My organisation" in My
keys and gives the staff member a key to the entrance. Only the organisation's door is
offered, and a key to a door it lacks, sent behind the panel's back, is refused. The key
is checked where it lives: in the registry, as the administrator reads it.
"""

from __future__ import annotations

from typing import Any, Final

from playwright.sync_api import Browser, Page, expect

from .building import Building, create_user
from .ha_api import HaApi
from .server import HomeAssistantServer
from .ui import (
    CONTROL_CENTER,
    MY_KEYS,
    Screenshots,
    hook,
    log_in,
    open_panel,
    phone_context,
    send_from_page,
)

ORGANISATION: Final = "Hjemmetjenesten øst"
MANAGER: Final = ("Mona Leder", "mona", "mona-password-1")
STAFF: Final = "Sven Ansatt"
REFUSED: Final = {"service_validation_error", "home_assistant_error"}
"""The codes a translated refusal is sent with (not unknown_command, not invalid_format)."""


def _add_person(admin: HaApi, data: dict[str, Any]) -> str:
    """A person of the building, added as the administrator; their id."""
    answer = admin.call_service("digitalkey", "add_person", data, return_response=True)
    return str(answer["person_id"])


def _pick(page: Page, query: str, person_id: str) -> None:
    """Add a person to the organisation's staff with the person picker."""
    page.locator(hook("org-staff-add")).fill(query)
    page.locator(hook("person-option", id=person_id)).click()
    expect(page.locator(hook("org-staff", id=person_id))).to_have_count(1)


def test_a_manager_gives_staff_a_key_to_the_organisations_door_only(
    admin_page: Page,
    browser: Browser,
    home_assistant: HomeAssistantServer,
    admin_api: HaApi,
    building: Building,
    shots: Screenshots,
) -> None:
    entrance, garage = building.doors["entrance"], building.doors["garage"]
    name, username, password = MANAGER
    user = create_user(admin_api, name, username, password)
    manager = _add_person(
        admin_api, {"name": name, "role": "service_provider", "ha_user_id": user.user_id}
    )
    staff = _add_person(admin_api, {"name": STAFF, "role": "service_provider"})

    page = admin_page
    open_panel(page, home_assistant.url, CONTROL_CENTER)
    page.locator(hook("nav-organisations")).click()
    page.locator(hook("org-add")).click()
    page.locator(hook("org-name")).fill(ORGANISATION)
    page.locator(hook("org-doors", id=entrance.door_id)).check()
    _pick(page, "Mona", manager)
    _pick(page, "Sven", staff)
    page.locator(hook("org-manager", id=manager)).check()
    shots(page, "new organisation with the entrance and a manager")
    page.locator(hook("org-save")).click()
    row = page.locator(hook("org-row")).filter(has_text=ORGANISATION)
    expect(row).to_have_count(1)
    expect(row.locator(hook("org-managers"))).to_have_text(name)
    expect(row.locator(hook("org-staff-count"))).to_have_text("2")
    expect(page.locator(hook("error"))).to_have_count(0)
    organisation_id = row.get_attribute("data-id")
    assert organisation_id
    shots(page, "organisation listed")

    context = phone_context(browser)
    try:
        phone = context.new_page()
        log_in(phone, home_assistant.url, username, password, path=MY_KEYS)
        expect(phone.locator(hook("my-org"))).to_contain_text(ORGANISATION)
        phone.locator(hook("my-org-give")).click()
        phone.locator(hook("my-org-person")).select_option(staff)
        doors = phone.locator(hook("my-org-doors"))
        expect(doors).to_have_count(1)
        offered = doors.evaluate_all("boxes => boxes.map(box => box.dataset.id)")
        assert offered == [entrance.door_id], "only the organisation's door is offered"
        doors.check()
        shots(phone, "manager gives a key on a phone")
        phone.locator(hook("my-org-save")).click()
        key = phone.locator(hook("my-org-staff", id=staff)).locator(hook("my-org-key"))
        expect(key).to_have_count(1)
        expect(key).to_have_attribute("data-door", entrance.door_id)
        expect(phone.locator(hook("error"))).to_have_count(0)
        shots(phone, "staff member holds the key")

        # What the panel does not offer, the server does not give either.
        forged = send_from_page(
            phone,
            {
                "type": "digitalkey/my_organisation/grant",
                "person_ids": [staff],
                "doors": [garage.entity_id],
            },
        )
        assert not forged["success"]
        assert forged["error"]["code"] in REFUSED, forged
    finally:
        context.close()

    exported = admin_api.call_service(
        "digitalkey", "export_person_data", {"person_id": staff}, return_response=True
    )
    grants = exported["json"]["grants"]
    assert [(grant["door_id"], grant.get("organisation_id")) for grant in grants] == [
        (entrance.door_id, organisation_id)
    ]
