"""Export returns everything held about a person; erasure leaves a token and nothing else."""

from __future__ import annotations

from collections.abc import AsyncIterator
import csv
from datetime import datetime
import io
from zoneinfo import ZoneInfo

from homeassistant.auth.models import User
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey.event_records import EventKind

from .conftest import Site
from .services_support import Building, async_building


@pytest.fixture
async def building(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, hass_admin_user: User
) -> AsyncIterator[Building]:
    async for value in async_building(hass, loaded, hass_admin_user):
        yield value


async def test_export_holds_profile_keys_shares_and_events(
    hass: HomeAssistant, building: Building
) -> None:
    guest = await hass.auth.async_create_user("Guest", group_ids=["system-users"])
    person = await building.call(
        "add_person",
        {
            "name": "Kari Nordmann",
            "role": "owner",
            "phone": "+47 912 34 567",
            "email": "kari@example.no",
            "ha_user_id": building.resident.id,
        },
        user=building.admin,
        response=True,
    )
    assert person
    person_id = str(person["person_id"])
    await building.call(
        "grant_access",
        {
            "person_ids": [person_id],
            "doors": [building.lock("garage")],
            "may_share": True,
            "share_limit": 1,
        },
        user=building.admin,
    )
    share = await building.call(
        "share_key",
        {"door": building.lock("garage"), "user_id": guest.id},
        user=building.resident,
        response=True,
    )
    assert share
    export = await building.call(
        "export_person_data", {"person_id": person_id}, user=building.admin, response=True
    )
    assert export
    tables = export["json"]
    assert tables["person"][0]["phone"] == "+4791234567"  # type: ignore[index]
    assert [g["door_id"] for g in tables["grants"]] == [building.doors["garage"]]  # type: ignore[index,union-attr]
    assert [s["id"] for s in tables["shares_made"]] == [share["share_id"]]  # type: ignore[index,union-attr]
    kinds = {event["reason"] for event in tables["events"]}  # type: ignore[union-attr]
    assert {"add_person", "grant_access", "share_key"} <= kinds
    people = list(csv.DictReader(io.StringIO(export["csv"]["person"])))  # type: ignore[index,arg-type]
    assert people[0]["name"] == "Kari Nordmann"
    events = list(csv.DictReader(io.StringIO(export["csv"]["events"])))  # type: ignore[index,arg-type]
    assert len(events) == len(tables["events"])  # type: ignore[arg-type]
    assert all(row["kind"] == EventKind.REGISTRY_CHANGED for row in events)


async def test_export_writes_schedules_and_times_for_people(
    hass: HomeAssistant, building: Building
) -> None:
    await hass.config.async_set_time_zone("Europe/Amsterdam")
    person = await building.call(
        "add_person", {"name": "Ola Hansen", "role": "tenant"}, user=building.admin, response=True
    )
    assert person
    await building.call(
        "grant_access",
        {
            "person_ids": [person["person_id"]],
            "doors": [building.doors["laundry"]],
            "schedule": [{"weekdays": ["mon", "sun"], "start": "00:00", "end": "24:00"}],
        },
        user=building.admin,
    )
    export = await building.call(
        "export_person_data", {"person_id": person["person_id"]}, user=building.admin, response=True
    )
    assert export
    (grant,) = export["json"]["grants"]  # type: ignore[index]
    assert grant["schedule"] == [
        {"weekday": "mon", "start": "00:00", "end": "24:00"},
        {"weekday": "sun", "start": "00:00", "end": "24:00"},
    ]
    amsterdam = ZoneInfo("Europe/Amsterdam")
    for event in export["json"]["events"]:  # type: ignore[index]
        time = datetime.fromisoformat(event["time"])
        assert time.utcoffset() == time.astimezone(amsterdam).utcoffset()
    (row,) = csv.DictReader(io.StringIO(export["csv"]["grants"]))  # type: ignore[index,arg-type]
    assert '"weekday": "mon"' in row["schedule"]
