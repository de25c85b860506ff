"""PIN codes and tags made in the panels work at the reference unit's keypad and reader.

1. A caretaker on a phone adds a person with a key to the entrance, and a PIN code for
   them in the control center: a short code and one someone else holds are refused with a
   translated sentence that names nobody; a good one reaches the door, and typed at the
   unit's keypad it opens, booked to the person. A tag learnt with "present the tag now"
   opens too; blocked from the panel, the unit refuses it and the board finds the try.
2. Where the board lets residents choose their own PIN code, a resident chooses one in My
   keys and it opens at the keypad.

The unit decides by itself (the simulator's `enter_pin` and `present_tag` act at its
keypad and reader, not through the hub), so an open here means the code or tag reached
the unit through the credential sync.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
import re
from typing import Any, Final

from playwright.sync_api import Browser, Page, expect
import pytest

from simulator.digitalkey_simulator.const import DOMAIN as SIMULATOR

from .building import Building, User, create_user
from .ha_api import HaApi, wait_for
from .server import HomeAssistantServer
from .ui import (
    CONTROL_CENTER,
    MY_KEYS,
    Screenshots,
    hook,
    log_in,
    open_panel,
    phone_context,
)

TAG_UID: Final = "04A224B1C35E80"
SYNC_TIMEOUT_S: Final = 20.0
OPEN_TIMEOUT_S: Final = 10.0
PERSON_ID: Final = re.compile(r"[?&]id=([0-9a-f]+)")


@pytest.fixture
def caretaker_page(
    browser: Browser, home_assistant: HomeAssistantServer, building: Building
) -> Iterator[Page]:
    """The administrator on a phone, in the control center."""
    context = phone_context(browser)
    page = context.new_page()
    log_in(page, home_assistant.url, "dev", "dev", path=CONTROL_CENTER)
    yield page
    context.close()


def _sync_sensor(building: Building) -> str:
    return building.doors["entrance"].entity_id.replace("lock.", "sensor.") + "_credential_sync"


def _wait_synced_after(admin: HaApi, building: Building, moment: datetime) -> None:
    """Until the entrance's credential sync has committed after `moment` and is in sync."""
    sensor = _sync_sensor(building)

    def synced() -> bool:
        state = admin.rest("GET", f"/api/states/{sensor}")
        last = state["attributes"].get("last_synced")
        return state["state"] == "in_sync" and bool(last) and datetime.fromisoformat(last) > moment

    wait_for(
        synced, SYNC_TIMEOUT_S, lambda: f"{sensor}: {admin.rest('GET', f'/api/states/{sensor}')}"
    )


def _locked(admin: HaApi, building: Building) -> None:
    entity = building.doors["entrance"].entity_id
    admin.call_service("lock", "lock", {"entity_id": entity})
    admin.wait_for_state(entity, {"locked"}, timeout=OPEN_TIMEOUT_S)


def _events(admin: HaApi, building: Building, kind: str) -> list[dict[str, Any]]:
    answer = admin.call_service(
        "digitalkey",
        "query_events",
        {"door": building.doors["entrance"].entity_id, "kinds": [kind], "limit": 1000},
        return_response=True,
    )
    events: list[dict[str, Any]] = answer["events"]
    return events


def _add_person_with_entrance(page: Page, building: Building, name: str, user: User | None) -> str:
    """Add `name` in the control center with a key to the entrance; their person id."""
    page.locator(hook("add-person")).click()
    page.locator(hook("person-name")).fill(name)
    if user is not None:
        page.locator(hook("person-user")).select_option(user.user_id)
    page.locator(hook("person-save")).click()
    expect(page.locator(hook("credential-add"))).to_be_visible()
    found = PERSON_ID.search(page.url)
    assert found, page.url
    page.locator(hook("grant-add")).click()
    page.locator(hook("grant-doors", id=building.doors["entrance"].door_id)).check()
    page.locator(hook("grant-save")).click()
    expect(page.locator(hook("grant-save"))).to_have_count(0)
    expect(page.locator(hook("error"))).to_have_count(0)
    return found.group(1)


def _remove_person(admin: HaApi, person_id: str) -> None:
    admin.call_service("digitalkey", "remove_person", {"person_id": person_id})


def test_1_a_caretaker_adds_a_pin_and_a_tag_that_work_at_the_door_and_blocks_the_tag(
    caretaker_page: Page, admin_api: HaApi, building: Building, shots: Screenshots
) -> None:
    page = caretaker_page
    entrance = building.doors["entrance"]
    other = admin_api.call_service(
        "digitalkey", "add_person", {"name": "Per Hansen", "role": "tenant"}, return_response=True
    )["person_id"]
    admin_api.ws("digitalkey/credentials/add_pin", person_id=other, pin="583920")
    person_id = _add_person_with_entrance(page, building, "Ola Vaktmester", None)
    try:
        page.locator(hook("credential-add")).click()
        page.locator(hook("credential-kind") + '[value="pin"]').check()
        for refused, says in (("1234", "at least 6 digits"), ("583920", "already in use")):
            page.locator(hook("credential-pin")).fill(refused)
            page.locator(hook("credential-save")).click()
            error = page.locator(hook("error"))
            expect(error).to_contain_text(says)
            # Whoever holds the code is not named.
            expect(error).not_to_contain_text("Per")
        shots(page, "pin refused")
        changed = datetime.now().astimezone()
        page.locator(hook("credential-pin")).fill("739104")
        page.locator(hook("credential-save")).click()
        expect(page.locator(hook("credential-save"))).to_have_count(0)
        expect(page.locator(hook("credential-row"))).to_have_count(1)
        # The PIN code's row says it; no second line repeats it.
        expect(page.locator(hook("pin-set"))).to_have_count(0)
        expect(page.locator(hook("credential-row"))).to_contain_text("PIN code")
        _wait_synced_after(admin_api, building, changed)

        _locked(admin_api, building)
        admin_api.call_service(SIMULATOR, "enter_pin", {"door": "entrance", "pin": "739104"})
        admin_api.wait_for_state(entrance.entity_id, {"unlocked", "open"}, timeout=OPEN_TIMEOUT_S)
        wait_for(
            lambda: any(
                event["person_id"] == person_id and event["source"] == "pin"
                for event in _events(admin_api, building, "unlocked")
            ),
            OPEN_TIMEOUT_S,
            lambda: f"no PIN open booked to the person: {_events(admin_api, building, 'unlocked')}",
        )

        # "Present the tag now", given up: Cancel stops the listening, and a tag held to
        # the reader afterwards is refused as unknown and not added.
        page.locator(hook("credential-add")).click()
        page.locator(hook("credential-kind") + '[value="learn"]').check()
        page.locator(hook("credential-save")).click()
        expect(page.locator(hook("credential-learning"))).to_be_visible()
        page.locator(hook("dialog-cancel")).click()
        expect(page.locator(hook("credential-dialog"))).to_have_count(0)
        page.wait_for_timeout(2000)  # the Cancel's command on its way to the hub
        denied = len(_events(admin_api, building, "denied"))
        admin_api.call_service(SIMULATOR, "present_tag", {"door": "entrance", "uid": TAG_UID})
        wait_for(
            lambda: len(_events(admin_api, building, "denied")) > denied,
            OPEN_TIMEOUT_S,
            lambda: "the unknown tag's refusal did not reach the event log",
        )
        page.wait_for_timeout(500)
        expect(page.locator(hook("credential-row"))).to_have_count(1)
        assert not admin_api.call_service(
            "digitalkey", "list_credentials", {"person_id": person_id}, return_response=True
        )["credentials"][1:], "the tag presented after Cancel was added"

        # "Present the tag now": the panel listens, the tag is held to the reader.
        page.locator(hook("credential-add")).click()
        page.locator(hook("credential-kind") + '[value="learn"]').check()
        page.locator(hook("credential-label")).fill("blue fob")
        page.locator(hook("credential-save")).click()
        expect(page.locator(hook("credential-learning"))).to_be_visible()
        shots(page, "listening for the tag")
        changed = datetime.now().astimezone()
        admin_api.call_service(SIMULATOR, "present_tag", {"door": "entrance", "uid": TAG_UID})
        expect(page.locator(hook("credential-save"))).to_have_count(0)
        tag_row = page.locator(hook("credential-row")).filter(has_text=TAG_UID[-4:])
        expect(tag_row).to_have_count(1)
        _wait_synced_after(admin_api, building, changed)
        _locked(admin_api, building)
        admin_api.call_service(SIMULATOR, "present_tag", {"door": "entrance", "uid": TAG_UID})
        admin_api.wait_for_state(entrance.entity_id, {"unlocked", "open"}, timeout=OPEN_TIMEOUT_S)

        # The fob is lost: blocked from the panel, the unit refuses it.
        _locked(admin_api, building)
        changed = datetime.now().astimezone()
        tag_row.locator(hook("credential-block")).click()
        page.locator(hook("confirm-yes")).click()
        expect(tag_row.locator(hook("credential-block"))).to_have_count(0)
        shots(page, "tag blocked")
        _wait_synced_after(admin_api, building, changed)
        tried = len(_events(admin_api, building, "blocked_credential_presented"))
        admin_api.call_service(SIMULATOR, "present_tag", {"door": "entrance", "uid": TAG_UID})
        wait_for(
            lambda: len(_events(admin_api, building, "blocked_credential_presented")) > tried,
            OPEN_TIMEOUT_S,
            lambda: "the blocked tag's try did not reach the event log",
        )
        assert admin_api.state(entrance.entity_id) == "locked"
    finally:
        _remove_person(admin_api, person_id)
        _remove_person(admin_api, other)
        _locked(admin_api, building)


def _resident_pins(admin: HaApi, building: Building, allowed: bool) -> None:
    """Set the building option through its options flow, as the board would."""
    flows = "/api/config/config_entries/options/flow"
    flow = admin.rest("POST", flows, {"handler": building.entry_id})
    defaults = {
        field["name"]: field.get("default")
        for field in flow["data_schema"]
        if field.get("default") is not None
    }
    end = admin.rest(
        "POST",
        f"{flows}/{flow['flow_id']}",
        {**defaults, "allow_resident_pins": allowed},
    )
    assert end["type"] == "create_entry", end


def test_2_a_resident_chooses_their_own_pin_in_my_keys_and_it_opens(
    browser: Browser,
    home_assistant: HomeAssistantServer,
    caretaker_page: Page,
    admin_api: HaApi,
    building: Building,
    shots: Screenshots,
) -> None:
    resident = create_user(admin_api, "Siri Beboer", "siri", "siri-password-1")
    person_id = _add_person_with_entrance(caretaker_page, building, resident.name, resident)
    _resident_pins(admin_api, building, True)
    context = phone_context(browser)
    try:
        page = context.new_page()
        log_in(page, home_assistant.url, resident.username, resident.password, path=MY_KEYS)
        section = page.locator(hook("my-pin"))
        expect(section.locator(hook("my-pin-input"))).to_be_visible()
        shots(page, "my pin offered")
        changed = datetime.now().astimezone()
        section.locator(hook("my-pin-input")).fill("264805")
        section.locator(hook("my-pin-save")).click()
        expect(section.locator(hook("my-credential"), has_text="PIN")).to_have_count(1)
        expect(section.locator(hook("my-pin-input"))).to_have_count(0)
        expect(page.locator(hook("error"))).to_have_count(0)
        shots(page, "my pin set")
        _wait_synced_after(admin_api, building, changed)
        _locked(admin_api, building)
        admin_api.call_service(SIMULATOR, "enter_pin", {"door": "entrance", "pin": "264805"})
        admin_api.wait_for_state(
            building.doors["entrance"].entity_id, {"unlocked", "open"}, timeout=OPEN_TIMEOUT_S
        )
        # Reloaded, the page shows that a code is set, never the code.
        open_panel(page, home_assistant.url, MY_KEYS)
        expect(section.locator(hook("my-credential"))).to_have_count(1)
        assert "264805" not in page.content()
    finally:
        context.close()
        _resident_pins(admin_api, building, False)
        _remove_person(admin_api, person_id)
        _locked(admin_api, building)
