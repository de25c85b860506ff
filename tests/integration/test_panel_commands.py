"""The panels' commands that run the actions: who may send them, and that they do the same.

The building is `residents`' (entrance, garage, laundry; Kari holds the bundle "Entrance +
laundry" and may share it twice, Ola holds no key). Each command is sent over a real
websocket connection as the panels send it.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from homeassistant.components.websocket_api import DOMAIN as WEBSOCKET_API
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.const import EVENT_CALL_SERVICE
from homeassistant.core import Event, HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import CLIENT_ID, async_mock_service

from custom_components.digitalkey.access.registry import Registry
from custom_components.digitalkey.const import DOMAIN, OPT_NOTIFY_TARGET
from custom_components.digitalkey.event_records import EventKind
from custom_components.digitalkey.panel_commands import BRIDGED
from custom_components.digitalkey.service_support import EVENT_REGISTRY_CHANGED

from .conftest import Residents
from .websocket_support import Socket

CONTRACT: dict[str, tuple[str, bool]] = {
    "digitalkey/people/add": ("add_person", True),
    "digitalkey/people/update": ("update_person", True),
    "digitalkey/people/remove": ("remove_person", True),
    "digitalkey/people/export": ("export_person_data", True),
    "digitalkey/people/erase": ("erase_person", True),
    "digitalkey/bundles/create": ("create_bundle", True),
    "digitalkey/bundles/update": ("update_bundle", True),
    "digitalkey/bundles/delete": ("delete_bundle", True),
    "digitalkey/grants/add": ("grant_access", True),
    "digitalkey/grants/remove": ("revoke_access", True),
    "digitalkey/grants/sharing": ("set_sharing", True),
    "digitalkey/emergency_keys/issue": ("issue_emergency_key", True),
    "digitalkey/credentials/add": ("add_credential", True),
    "digitalkey/credentials/remove": ("remove_credential", True),
    "digitalkey/credentials/block": ("block_credential", True),
    "digitalkey/credentials/cancel_learning": ("cancel_tag_learning", True),
    "digitalkey/credentials/list": ("list_credentials", True),
    "digitalkey/access/explain": ("get_access", True),
    "digitalkey/events/query": ("query_events", True),
    "digitalkey/residents/import": ("import_residents", True),
    "digitalkey/keys/send": ("send_keys", True),
    "digitalkey/my_keys/list": ("my_keys", False),
    "digitalkey/shares/add": ("share_key", False),
    "digitalkey/shares/revoke": ("revoke_share", False),
    "digitalkey/shares/list": ("my_shares", False),
    "digitalkey/my_credentials/remove": ("remove_my_credential", False),
    "digitalkey/organisations/create": ("create_organisation", True),
    "digitalkey/organisations/update": ("update_organisation", True),
    "digitalkey/organisations/delete": ("delete_organisation", True),
    "digitalkey/organisations/staff": ("set_organisation_staff", True),
    "digitalkey/my_organisation/get": ("organisation_staff", False),
    "digitalkey/my_organisation/grant": ("grant_staff_access", False),
    "digitalkey/my_organisation/revoke": ("revoke_staff_access", False),
    "digitalkey/battery/report": ("battery_report", True),
    "digitalkey/battery/record_change": ("record_battery_change", True),
}
"""The panels' contract, written out here so that a change of the table shows as a failure."""
ADMIN_COMMANDS = sorted(
    [command for command, (_action, admin) in CONTRACT.items() if admin]
    + [
        "digitalkey/overview/get",
        "digitalkey/person/get",
        "digitalkey/door/get",
        "digitalkey/credentials/add_pin",
        "digitalkey/credentials/add_tag",
        "digitalkey/organisations/list",
    ]
)
"""Every command only an administrator may send (the reads and the older commands too)."""


def test_the_table_is_the_contract() -> None:
    assert {command: (b.action, b.admin) for command, b in BRIDGED.items()} == CONTRACT


WELL_FORMED: dict[str, dict[str, Any]] = {
    "digitalkey/people/add": {"name": "Per Olsen", "role": "tenant"},
    "digitalkey/people/update": {"person_id": "any", "name": "Per Olsen"},
    "digitalkey/people/remove": {"person_id": "any"},
    "digitalkey/people/export": {"person_id": "any"},
    "digitalkey/people/erase": {"person_id": "any"},
    "digitalkey/bundles/create": {"name": "Garage"},
    "digitalkey/bundles/update": {"bundle_id": "any", "name": "Garage"},
    "digitalkey/bundles/delete": {"bundle_id": "any"},
    "digitalkey/grants/add": {"person_ids": ["any"], "doors": ["lock.garage"]},
    "digitalkey/grants/remove": {"grant_ids": ["any"]},
    "digitalkey/grants/sharing": {"grant_ids": ["any"], "may_share": False},
    "digitalkey/emergency_keys/issue": {"person_id": "any", "reason": "Fire drill"},
    "digitalkey/credentials/add": {"person_id": "any", "new_pin": True},
    "digitalkey/credentials/remove": {"credential_id": "any"},
    "digitalkey/credentials/block": {"credential_id": "any"},
    "digitalkey/credentials/cancel_learning": {"door": "lock.entrance"},
    "digitalkey/access/explain": {"person_id": "any"},
    "digitalkey/residents/import": {"csv": "name;phone\nPer Olsen;91345678\n", "entrances": {}},
    "digitalkey/keys/send": {"dry_run": True},
    "digitalkey/person/get": {"person_id": "any"},
    "digitalkey/door/get": {"door": "lock.entrance"},
    "digitalkey/credentials/add_pin": {"person_id": "any", "pin": "583920"},
    "digitalkey/credentials/add_tag": {"person_id": "any", "tag_uid": "04A23B1C"},
    "digitalkey/organisations/create": {"name": "Home care"},
    "digitalkey/organisations/update": {"organisation_id": "any", "name": "Home care"},
    "digitalkey/organisations/delete": {"organisation_id": "any"},
    "digitalkey/organisations/staff": {"organisation_id": "any", "add": []},
    "digitalkey/battery/report": {"all_doors": True},
    "digitalkey/battery/record_change": {"door": "lock.garage"},
}
"""A message each admin command's schema accepts (the other admin commands need no field)."""


@pytest.mark.parametrize("command", ADMIN_COMMANDS)
async def test_every_admin_command_answers_unauthorized_to_a_non_admin(
    residents: Residents, kari: Socket, command: str
) -> None:
    """`require_admin` answers before anything is read: the handler's own check would
    answer `service_validation_error` instead, so this fails if a command loses it."""
    before = residents.access.registry.to_dict()
    error = await kari.refusal(command, **WELL_FORMED.get(command, {}))
    assert error["code"] == "unauthorized"
    assert residents.access.registry.to_dict() == before


@pytest.mark.parametrize("command", ADMIN_COMMANDS)
async def test_every_admin_command_checks_the_user_again_behind_require_admin(
    hass: HomeAssistant, residents: Residents, command: str
) -> None:
    """The command's own check refuses a non-admin should `require_admin` ever be lost:
    the handler `require_admin` guards is run as Kari, with Kari's own person and a PIN
    code that would be hers."""
    handler, schema = hass.data[WEBSOCKET_API][command]
    guarded = handler.__wrapped__  # what `require_admin` lets through
    sent: list[dict[str, Any]] = []
    refresh = await hass.auth.async_create_refresh_token(residents.kari, CLIENT_ID)
    connection = ActiveConnection(
        logging.getLogger(__name__),  # type: ignore[arg-type]
        hass,
        lambda message: sent.append(json.loads(message)),  # type: ignore[arg-type]
        residents.kari,
        refresh,
        None,
    )
    fields = {**WELL_FORMED.get(command, {})}
    if "person_id" in fields:
        fields["person_id"] = residents.kari_id
    before = residents.access.registry.to_dict()
    guarded(hass, connection, schema({"id": 1, "type": command, **fields}))
    await hass.async_block_till_done(wait_background_tasks=True)
    (answer,) = sent
    assert answer["success"] is False
    assert answer["error"]["translation_key"] == "unauthorized", answer
    assert residents.access.registry.to_dict() == before


async def test_an_admin_command_runs_the_action_with_its_answer(
    hass: HomeAssistant, residents: Residents, admin: Socket
) -> None:
    calls: list[Event] = []
    changes: list[Event] = []
    hass.bus.async_listen(EVENT_CALL_SERVICE, calls.append)
    hass.bus.async_listen(EVENT_REGISTRY_CHANGED, changes.append)
    added = await admin.result(
        "digitalkey/people/add",
        entry_id=residents.entry.entry_id,
        name="Per Olsen",
        role="tenant",
        phone="913 45 678",
    )
    person = residents.access.registry.people[added["person_id"]]
    assert (person.name, person.phone) == ("Per Olsen", "+4791345678")
    granted = await admin.result(
        "digitalkey/grants/add",
        person_ids=[person.id],
        doors=["lock.garage"],
        schedule=[{"weekdays": ["mon", "tue"], "start": "07:00", "end": "17:00"}],
    )
    assert granted == {
        "grant_ids": granted["grant_ids"],
        "created": granted["grant_ids"],
        "schedule": ["Monday 07:00–17:00", "Tuesday 07:00–17:00"],
    }
    (grant_id,) = granted["grant_ids"]
    assert residents.access.registry.grants[grant_id].door_id == residents.door_ids["garage"]
    await hass.async_block_till_done()
    assert [event.data["operation"] for event in changes] == ["add_person", "grant_access"]
    # Not through the service bus: nothing typed in the panel reaches the recorder.
    assert not [call for call in calls if call.data.get("domain") == DOMAIN]
    page = await residents.entry.runtime_data.event_log.async_query(person=person.id)
    assert {record.user_id for record in page.records} == {residents.admin.id}


async def test_an_action_without_a_response_answers_an_empty_mapping(
    residents: Residents, kari: Socket
) -> None:
    share = await kari.result(
        "digitalkey/shares/add", door="lock.entrance", kind="user", user_id=residents.ola.id
    )
    assert await kari.result("digitalkey/shares/revoke", share_id=share["share_id"]) == {}
    assert residents.access.registry.shares[share["share_id"]].revoked_at is not None


async def test_the_actions_schema_checks_the_message_and_its_refusal_repeats_no_value(
    residents: Residents, admin: Socket, caplog: pytest.LogCaptureFixture
) -> None:
    before = residents.access.registry.to_dict()
    error = await admin.refusal("digitalkey/people/add", name="Per Olsen", role="91345678")
    assert error["code"] == "invalid_format"
    assert "role" in error["message"]
    assert "91345678" not in error["message"]
    assert "91345678" not in caplog.text
    error = await admin.refusal("digitalkey/people/add", name="Per", role="owner", pin="583920")
    assert error["code"] == "invalid_format"
    assert "583920" not in error["message"]
    assert residents.access.registry.to_dict() == before


async def test_a_refusal_is_the_actions_translated_refusal(
    residents: Residents, admin: Socket
) -> None:
    error = await admin.refusal("digitalkey/people/remove", person_id="nobody")
    assert error["code"] == "service_validation_error"
    assert (error["translation_domain"], error["translation_key"]) == (
        "digitalkey",
        "access_unknown_person",
    )
    assert error["translation_placeholders"] == {"person_id": "nobody"}
    error = await admin.refusal("digitalkey/people/remove", entry_id="nope", person_id="x")
    assert error["translation_key"] == "service_config_entry_not_found"


def _expected(before: dict[str, Any], operation: str, person_id: str) -> dict[str, Any]:
    """The registry after the registry operation the action runs, applied to a copy."""
    registry = Registry.from_dict(before)
    getattr(registry, operation)(person_id)
    return registry.to_dict()


@pytest.mark.parametrize(
    ("command", "operation"),
    [("digitalkey/people/remove", "remove_person"), ("digitalkey/people/erase", "erase_person")],
)
async def test_remove_and_erase_change_the_registry_exactly_as_the_action_does(
    hass: HomeAssistant,
    residents: Residents,
    admin: Socket,
    kari: Socket,
    command: str,
    operation: str,
) -> None:
    await kari.result("digitalkey/shares/add", door="lock.laundry", user_id=residents.ola.id)
    await admin.result("digitalkey/credentials/add", person_id=residents.kari_id, new_pin=True)
    before = residents.access.registry.to_dict()
    answer = await admin.result(command, person_id=residents.kari_id)
    assert residents.access.registry.to_dict() == _expected(before, operation, residents.kari_id)
    log = residents.entry.runtime_data.event_log
    if operation == "erase_person":
        assert set(answer) == {"token"}
        assert not (await log.async_query(person=residents.kari_id)).records
        (erasure,) = (await log.async_query(kinds=[EventKind.ERASURE])).records
        assert erasure.person_id == answer["token"]
    else:
        assert residents.kari_id in answer["people"]
        assert answer["grants"] == [residents.bundle_grant_id]
        (removal, *_) = (await log.async_query(person=residents.kari_id)).records
        assert removal.reason == "remove_person"


async def test_resident_commands_act_for_the_callers_person_only(
    residents: Residents, kari: Socket, ola: Socket
) -> None:
    keys = await kari.result("digitalkey/my_keys/list")
    assert [door["door_name"] for door in keys["doors"]] == ["Entrance", "Laundry"]
    assert (await ola.result("digitalkey/my_keys/list"))["doors"] == []
    share = await kari.result("digitalkey/shares/add", door="lock.entrance", kind="link")
    assert share["url"].startswith("http")
    assert [s["share_id"] for s in (await kari.result("digitalkey/shares/list"))["shares"]] == [
        share["share_id"]
    ]
    assert (await ola.result("digitalkey/shares/list"))["shares"] == []
    error = await ola.refusal("digitalkey/shares/revoke", share_id=share["share_id"])
    assert error["translation_key"] == "access_unknown_share"
    pin = await kari.result("digitalkey/shares/add", door="lock.entrance", kind="pin")
    error = await ola.refusal(
        "digitalkey/my_credentials/remove", credential_id=pin["credential_id"]
    )
    assert error["translation_key"] == "access_unknown_credential"
    assert (
        await kari.result("digitalkey/my_credentials/remove", credential_id=pin["credential_id"])
        == {}
    )
    assert pin["credential_id"] not in residents.access.registry.credentials


async def test_send_keys_previews_with_dry_run_and_sends_without(
    hass: HomeAssistant, residents: Residents, admin: Socket
) -> None:
    calls = async_mock_service(hass, "notify", "sms")
    hass.config_entries.async_update_entry(
        residents.entry, options={**residents.entry.options, OPT_NOTIFY_TARGET: "notify.sms"}
    )
    preview = await admin.result("digitalkey/keys/send", dry_run=True)
    assert preview == {
        "notified": [residents.kari_id],
        "not_notified": [{"person_id": residents.ola_id, "reason": "no_key"}],
        "notify_target": "notify.sms",
    }
    assert calls == []
    assert await admin.result("digitalkey/keys/send") == preview
    (call,) = calls
    assert call.data["target"] == ["+4791234567"]
