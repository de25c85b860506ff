"""Admin actions: refused to non-admins with nothing changed, applied and logged for admins."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from homeassistant.auth.models import User
from homeassistant.core import Event, HomeAssistant
from homeassistant.exceptions import ServiceValidationError
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey.event_records import EventKind
from custom_components.digitalkey.service_support import EVENT_REGISTRY_CHANGED
from custom_components.digitalkey.services import ADMIN_ACTIONS

from .conftest import Site
from .services_support import Building, async_building, use_notify_target

WORKDAYS = [{"weekdays": ["mon", "tue", "wed", "thu", "fri"], "start": "07:00", "end": "17:00"}]


@pytest.fixture
async def building(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, hass_admin_user: User
) -> AsyncIterator[Building]:
    async for value in async_building(hass, loaded, hass_admin_user):
        yield value


@pytest.fixture
async def known(building: Building) -> dict[str, str]:
    """A person with a key to a bundle and a shareable key to the garage, and a share."""
    admin = building.admin
    person = await building.call(
        "add_person",
        {"name": "Kari Nordmann", "role": "owner", "phone": "912 34 567", "dwelling": "H0101"},
        user=admin,
        response=True,
    )
    other = await building.call(
        "add_person", {"name": "Ola Hansen", "role": "tenant"}, user=admin, response=True
    )
    bundle = await building.call(
        "create_bundle",
        {"name": "Entrance + laundry", "doors": [building.doors["entrance"]]},
        user=admin,
        response=True,
    )
    assert person
    assert other
    assert bundle
    granted = await building.call(
        "grant_access",
        {
            "person_ids": [person["person_id"]],
            "doors": [building.lock("garage")],
            "may_share": True,
            "share_limit": 2,
        },
        user=admin,
        response=True,
    )
    assert granted
    await building.call(
        "grant_access",
        {"person_ids": [person["person_id"]], "bundle_ids": [bundle["bundle_id"]]},
        user=admin,
    )
    tag = await building.call(
        "add_credential",
        {"person_id": person["person_id"], "new_pin": True},
        user=admin,
        response=True,
    )
    assert tag
    organisation = await building.call(
        "create_organisation",
        {"name": "Home care", "doors": [building.lock("garage")]},
        user=admin,
        response=True,
    )
    assert organisation
    return {
        "person_id": str(person["person_id"]),
        "other_id": str(other["person_id"]),
        "bundle_id": str(bundle["bundle_id"]),
        "grant_id": str(granted["created"][0]),  # type: ignore[index]
        "credential_id": str(tag["credential_id"]),
        "organisation_id": str(organisation["organisation_id"]),
    }


VALID: dict[str, Callable[[Building, dict[str, str]], dict[str, Any]]] = {
    "add_person": lambda b, k: {"name": "Per Olsen", "role": "owner"},
    "update_person": lambda b, k: {"person_id": k["person_id"], "name": "Kari Olsen"},
    "remove_person": lambda b, k: {"person_id": k["other_id"]},
    "create_bundle": lambda b, k: {"name": "Garage", "doors": [b.doors["garage"]]},
    "update_bundle": lambda b, k: {"bundle_id": k["bundle_id"], "doors": [b.doors["laundry"]]},
    "delete_bundle": lambda b, k: {"bundle_id": k["bundle_id"], "revoke_grants": True},
    "grant_access": lambda b, k: {
        "person_ids": [k["person_id"], k["other_id"]],
        "doors": [b.lock("laundry")],
        "schedule": WORKDAYS,
    },
    "revoke_access": lambda b, k: {"grant_ids": [k["grant_id"]]},
    "set_sharing": lambda b, k: {"grant_ids": [k["grant_id"]], "may_share": False},
    "issue_emergency_key": lambda b, k: {
        "person_id": k["other_id"],
        "reason": "Locked out",
        "doors": [b.doors["garage"]],
    },
    "add_credential": lambda b, k: {"person_id": k["other_id"], "new_pin": True},
    "remove_credential": lambda b, k: {"credential_id": k["credential_id"]},
    "block_credential": lambda b, k: {"credential_id": k["credential_id"]},
    "list_credentials": lambda b, k: {},
    "get_access": lambda b, k: {"door": b.lock("garage")},
    "query_events": lambda b, k: {"person_id": k["person_id"]},
    "export_person_data": lambda b, k: {"person_id": k["person_id"]},
    "erase_person": lambda b, k: {"person_id": k["person_id"]},
    "import_residents": lambda b, k: {
        "csv": "Leilighet;Navn;Telefon\nH0102;Per Olsen;91234568\n",
        "entrances": {"*": b.doors["entrance"]},
        "dry_run": False,
    },
    "send_keys": lambda b, k: {},
    "create_organisation": lambda b, k: {
        "name": "Newspaper",
        "doors": [b.lock("entrance")],
        "schedule": WORKDAYS,
    },
    "update_organisation": lambda b, k: {
        "organisation_id": k["organisation_id"],
        "doors": [b.doors["laundry"]],
        "valid_until": None,
    },
    "delete_organisation": lambda b, k: {"organisation_id": k["organisation_id"]},
    "battery_report": lambda b, k: {"all_doors": True},
    "record_battery_change": lambda b, k: {"door": b.lock("garage")},
    "cancel_tag_learning": lambda b, k: {"door": b.lock("entrance")},
    "set_organisation_staff": lambda b, k: {
        "organisation_id": k["organisation_id"],
        "managers": [k["other_id"]],
    },
}
RESPONSE_ONLY = {
    "get_access",
    "query_events",
    "export_person_data",
    "list_credentials",
    "battery_report",
}


def test_every_admin_action_has_valid_data() -> None:
    assert set(VALID) == set(ADMIN_ACTIONS)


@pytest.mark.parametrize("action", sorted(VALID))
async def test_admin_action_refused_to_a_non_admin(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    building: Building,
    known: dict[str, str],
    action: str,
) -> None:
    """With data that works for an admin, a non-admin changes nothing and learns nothing."""
    registry_before = building.registry.to_dict()
    stored_before = building.stored(hass_storage)
    records_before = await building.entry.runtime_data.event_log.async_count()
    with pytest.raises(ServiceValidationError) as refused:
        await building.call(
            action,
            VALID[action](building, known),
            user=building.resident,
            response=action in RESPONSE_ONLY,
        )
    assert refused.value.translation_key == "unauthorized"
    await hass.async_block_till_done()
    assert building.registry.to_dict() == registry_before
    assert building.stored(hass_storage) == stored_before
    assert await building.entry.runtime_data.event_log.async_count() == records_before


@pytest.mark.parametrize("action", sorted(VALID))
async def test_admin_action_works_for_an_admin(
    building: Building, known: dict[str, str], action: str
) -> None:
    """The same data is accepted from an admin: the refusal above is about the caller.

    The response is asked for, as Home Assistant's action page does: every admin action
    answers with a mapping (the ids it touched at least), never with nothing.
    """
    if action == "send_keys":
        use_notify_target(building)
    result = await building.call(
        action, VALID[action](building, known), user=building.admin, response=True
    )
    assert isinstance(result, dict)


async def test_an_automation_may_change_the_registry(
    building: Building, known: dict[str, str]
) -> None:
    result = await building.call(
        "add_person", {"name": "Per Olsen", "role": "caretaker"}, response=True
    )
    assert result
    page = await building.entry.runtime_data.event_log.async_query(person=str(result["person_id"]))
    (record,) = page.records
    assert record.kind is EventKind.REGISTRY_CHANGED
    assert record.reason == "add_person"
    assert record.user_id is None
    assert record.detail["by"] == "automation"


async def test_refused_input_changes_nothing(
    hass_storage: dict[str, Any], building: Building, known: dict[str, str]
) -> None:
    """One unknown person among known ones refuses the whole grant, in memory and on disk."""
    before = building.registry.to_dict()
    stored = building.stored(hass_storage)
    with pytest.raises(ServiceValidationError) as refused:
        await building.call(
            "grant_access",
            {"person_ids": [known["other_id"], "nobody"], "doors": [building.doors["laundry"]]},
            user=building.admin,
        )
    assert refused.value.translation_key == "access_unknown_person"
    assert refused.value.translation_placeholders == {"person_id": "nobody"}
    assert building.registry.to_dict() == before
    assert building.stored(hass_storage) == stored


async def test_a_malformed_schedule_is_refused_by_name(
    building: Building, known: dict[str, str]
) -> None:
    before = building.registry.to_dict()
    with pytest.raises(ServiceValidationError) as refused:
        await building.call(
            "grant_access",
            {
                "person_ids": [known["other_id"]],
                "doors": [building.doors["laundry"]],
                "schedule": [{"weekdays": ["mon"], "start": "7", "end": "17:00"}],
            },
            user=building.admin,
        )
    assert refused.value.translation_key == "schedule_bad_start"
    assert refused.value.translation_placeholders == {"number": "1", "days": "Monday", "value": "7"}
    assert building.registry.to_dict() == before


async def test_grant_to_a_bundle_gives_every_door_and_is_explained(
    hass: HomeAssistant, building: Building, known: dict[str, str]
) -> None:
    events: list[Event] = []
    hass.bus.async_listen(EVENT_REGISTRY_CHANGED, events.append)
    await building.call(
        "update_bundle",
        {
            "bundle_id": known["bundle_id"],
            "doors": [building.lock("entrance"), building.doors["laundry"]],
        },
        user=building.admin,
    )
    await hass.async_block_till_done()
    (event,) = events
    assert event.data["operation"] == "update_bundle"
    assert known["person_id"] in event.data["people"]
    assert "Kari" not in str(event.data)
    access = await building.call(
        "get_access", {"person_id": known["person_id"]}, user=building.admin, response=True
    )
    assert access
    opens = {door["door_id"]: door["opens_now"] for door in access["doors"]}  # type: ignore[union-attr]
    assert opens == dict.fromkeys(building.doors.values(), True)
    laundry = await building.call(
        "get_access", {"door": building.doors["laundry"]}, user=building.admin, response=True
    )
    assert laundry
    (holder,) = laundry["people"]  # type: ignore[misc]
    assert holder["person_id"] == known["person_id"]
    assert holder["reasons"][0]["key"]["kind"] == "bundle"


async def test_schedule_and_sharing_terms_are_kept(
    building: Building, known: dict[str, str]
) -> None:
    result = await building.call(
        "grant_access",
        {
            "person_ids": [known["other_id"]],
            "doors": [building.doors["laundry"]],
            "schedule": WORKDAYS,
            "valid_until": "2099-01-01T00:00:00+00:00",
        },
        user=building.admin,
        response=True,
    )
    assert result
    grant = building.registry.grants[result["created"][0]]  # type: ignore[index]
    assert grant.schedule is not None
    assert len(grant.schedule.windows) == 5
    assert result["schedule"][0] == "Monday 07:00–17:00"  # type: ignore[index]
    assert grant.valid_until.year == 2099
    await building.call(
        "set_sharing",
        {"grant_ids": [grant.id], "may_share": True, "share_limit": 3},
        user=building.admin,
    )
    assert building.registry.grants[grant.id].share_limit == 3


async def test_emergency_key_lasts_a_day_and_needs_a_reason(
    building: Building, known: dict[str, str]
) -> None:
    with pytest.raises(Exception):  # noqa: B017 - the schema refuses an empty reason
        await building.call(
            "issue_emergency_key",
            {"person_id": known["other_id"], "reason": "", "doors": [building.doors["garage"]]},
            user=building.admin,
        )
    result = await building.call(
        "issue_emergency_key",
        {
            "person_id": known["other_id"],
            "reason": "Locked out",
            "doors": [building.doors["garage"]],
        },
        user=building.admin,
        response=True,
    )
    assert result
    grant = building.registry.grants[result["grant_ids"][0]]  # type: ignore[index]
    assert grant.valid_from is not None
    assert grant.valid_until is not None
    assert (grant.valid_until - grant.valid_from).total_seconds() == 24 * 3600
    assert grant.created_by == building.admin.id


async def test_revoke_by_people_and_doors(building: Building, known: dict[str, str]) -> None:
    result = await building.call(
        "revoke_access",
        {"person_ids": [known["person_id"]], "doors": [building.lock("garage")]},
        user=building.admin,
        response=True,
    )
    assert result == {"grant_ids": [known["grant_id"]]}
    assert known["grant_id"] not in building.registry.grants


async def test_query_events_pages_with_the_cursor(
    building: Building, known: dict[str, str]
) -> None:
    first = await building.call(
        "query_events",
        {"person_id": known["person_id"], "kinds": ["registry_changed"], "limit": 2},
        user=building.admin,
        response=True,
    )
    assert first
    assert len(first["events"]) == 2  # type: ignore[arg-type]
    assert first["cursor"]
    second = await building.call(
        "query_events",
        {"person_id": known["person_id"], "limit": 2, "cursor": first["cursor"]},
        user=building.admin,
        response=True,
    )
    assert second
    seen = {e["id"] for e in first["events"]} & {e["id"] for e in second["events"]}  # type: ignore[union-attr]
    assert not seen
    with pytest.raises(ServiceValidationError) as refused:
        await building.call(
            "query_events", {"cursor": "not-a-cursor"}, user=building.admin, response=True
        )
    assert refused.value.translation_key == "invalid_cursor"


async def test_query_events_gives_times_in_the_building_time_zone(
    hass: HomeAssistant, building: Building, known: dict[str, str]
) -> None:
    await hass.config.async_set_time_zone("Europe/Oslo")
    page = await building.call(
        "query_events", {"person_id": known["person_id"]}, user=building.admin, response=True
    )
    assert page
    oslo = ZoneInfo("Europe/Oslo")
    for event in page["events"]:  # type: ignore[union-attr]
        time = datetime.fromisoformat(event["time"])
        assert time.utcoffset() == time.astimezone(oslo).utcoffset()
        assert abs(time - datetime.now(UTC)) < timedelta(minutes=5)


async def test_get_access_writes_each_reason_as_a_sentence(
    hass: HomeAssistant, building: Building, known: dict[str, str]
) -> None:
    await building.call(
        "grant_access",
        {
            "person_ids": [known["other_id"]],
            "doors": [building.doors["laundry"]],
            "schedule": WORKDAYS,
        },
        user=building.admin,
    )
    tz = building.registry.settings.tz
    monday_noon = datetime(2026, 3, 2, 12, tzinfo=tz).isoformat()
    saturday = datetime(2026, 3, 7, 12, tzinfo=tz).isoformat()
    next_monday = datetime(2026, 3, 9, 7, tzinfo=tz).isoformat()
    opened = await building.call(
        "get_access",
        {"person_id": known["other_id"], "at": monday_noon},
        user=building.admin,
        response=True,
    )
    closed = await building.call(
        "get_access",
        {"person_id": known["other_id"], "at": saturday},
        user=building.admin,
        response=True,
    )
    (reason,) = opened["doors"][0]["reasons"]  # type: ignore[index]
    assert reason["code"] == "in_window"
    assert reason["message"] == "Valid Monday–Friday 07:00–17:00, open now."
    (refused,) = closed["doors"][0]["reasons"]  # type: ignore[index]
    assert refused["code"] == "outside_schedule"
    assert refused["message"] == (
        "Outside its hours (Monday–Friday 07:00–17:00); opens next Monday 9 March, 07:00."
    )
    assert refused["placeholders"]["opens_next"] == next_monday
    assert closed["doors"][0]["opens_next"] == next_monday  # type: ignore[index]
    hass.config.language = "nb"
    again = await building.call(
        "get_access",
        {"person_id": known["other_id"], "at": saturday},
        user=building.admin,
        response=True,
    )
    assert again["doors"][0]["reasons"][0]["message"] == (  # type: ignore[index]
        "Utenfor tidene (mandag–fredag 07.00–17.00); åpner neste gang mandag 9. mars kl. 07.00."
    )


@pytest.mark.parametrize(
    ("ha_language", "country", "expected"),
    [("en", "NO", "en"), ("nb", "NO", "nb"), ("nl", "NO", "nl"), ("de", "DK", "da")],
)
async def test_a_new_persons_language_is_home_assistants_when_not_given(
    hass: HomeAssistant, building: Building, ha_language: str, country: str, expected: str
) -> None:
    """The language the building's screens speak; the country's when HA speaks none of ours."""
    hass.config.language = ha_language
    await hass.config.async_update(country=country)
    await hass.async_block_till_done()
    result = await building.call(
        "add_person", {"name": "Per Olsen", "role": "tenant"}, user=building.admin, response=True
    )
    assert result
    person = building.entry.runtime_data.access.registry.people[str(result["person_id"])]
    assert person.language.value == expected
    chosen = await building.call(
        "add_person",
        {"name": "Siri Dahl", "role": "tenant", "language": "da"},
        user=building.admin,
        response=True,
    )
    assert chosen
    assert (
        building.entry.runtime_data.access.registry.people[str(chosen["person_id"])].language.value
        == "da"
    )
