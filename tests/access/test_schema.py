"""The stored layout: round trips, the migration slot, and data that must not load."""

from __future__ import annotations

from datetime import timedelta
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
import pytest

from custom_components.digitalkey.access.errors import AccessError, ErrorCode
from custom_components.digitalkey.access.registry import Registry
from custom_components.digitalkey.access.schedules import WeeklySchedule
from custom_components.digitalkey.access.schema import SCHEMA_VERSION, migrate

from .conftest import NOW, Building
from .strategies import Step, build, registry_for, steps


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps)
def test_stored_form_round_trips(drawn: list[Step]) -> None:
    registry = build(registry_for(), drawn)
    stored = registry.to_dict()
    again = Registry.from_dict(stored, registry.settings)
    assert again.to_dict() == stored
    assert dict(again.grants) == dict(registry.grants)
    assert dict(again.shares) == dict(registry.shares)
    assert dict(again.people) == dict(registry.people)
    assert again.problems() == []


def test_stored_form_is_plain_json(building: Building) -> None:
    registry = building.registry
    registry.grant_access(
        [building.kari],
        door_ids=["front"],
        schedule=WeeklySchedule.of((0, 420, 1020)),
        valid_until=NOW + timedelta(days=3),
        may_share=True,
        share_limit=1,
        now=NOW,
    )
    registry.share_key(building.kari, "front", target="g", use_limit=2, now=NOW)
    stored = registry.to_dict()
    assert json.loads(json.dumps(stored)) == stored
    assert stored["schema_version"] == SCHEMA_VERSION == registry.schema_version == 2
    grant = stored["grants"][0]
    assert grant["schedule"] == [[0, 420, 1020]]
    assert grant["valid_until"] == "2026-03-26T10:00:00+00:00"


def test_a_migration_step_runs_for_each_older_version() -> None:
    def v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
        return {**data, "people": [{**p, "nickname": None} for p in data["people"]]}

    def v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
        return {**data, "licences": []}

    old = {"schema_version": 1, "people": [{"id": "p"}]}
    new = migrate(old, migrations={1: v1_to_v2, 2: v2_to_v3}, target=3)
    assert new == {
        "schema_version": 3,
        "people": [{"id": "p", "nickname": None}],
        "licences": [],
    }
    assert old == {"schema_version": 1, "people": [{"id": "p"}]}, "input left alone"
    assert migrate(new, migrations={}, target=3) == new
    with pytest.raises(AccessError) as err:
        migrate({"schema_version": 1}, migrations={2: v2_to_v3}, target=3)
    assert err.value.code is ErrorCode.INVALID_DATA


def test_a_newer_layout_is_refused_not_misread() -> None:
    with pytest.raises(AccessError) as err:
        Registry.from_dict({"schema_version": SCHEMA_VERSION + 1})
    assert err.value.code is ErrorCode.SCHEMA_TOO_NEW
    assert err.value.placeholders == {"version": "3", "supported": "2"}


def _stored(building: Building) -> dict[str, Any]:
    building.registry.grant_access(
        [building.kari], door_ids=["front"], may_share=True, share_limit=1, now=NOW
    )
    building.registry.grant_access([building.ola], bundle_ids=[building.common], now=NOW)
    building.registry.share_key(building.kari, "front", target="g", now=NOW)
    return building.registry.to_dict()


def _break_grant_person(data: dict[str, Any]) -> None:
    data["grants"][0]["person_id"] = "ghost"


def _break_bundle_door(data: dict[str, Any]) -> None:
    data["bundles"][0]["door_ids"].append("attic")


def _break_share_grant(data: dict[str, Any]) -> None:
    data["shares"][0]["grant_id"] = "ghost"


def _break_share_window(data: dict[str, Any]) -> None:
    data["grants"][0]["valid_until"] = "2026-03-24T00:00:00+00:00"


def _break_share_door(data: dict[str, Any]) -> None:
    data["shares"][0]["door_id"] = "garage"


def _duplicate_user(data: dict[str, Any]) -> None:
    data["people"][1]["ha_user_id"] = data["people"][0]["ha_user_id"]


def _duplicate_id(data: dict[str, Any]) -> None:
    data["doors"].append(dict(data["doors"][0]))


def _bad_role(data: dict[str, Any]) -> None:
    data["people"][0]["role"] = "landlord"


def _missing_field(data: dict[str, Any]) -> None:
    del data["grants"][0]["created_at"]


def _bad_schedule(data: dict[str, Any]) -> None:
    data["grants"][0]["schedule"] = [[9, 0, 60]]


def _no_version(data: dict[str, Any]) -> None:
    del data["schema_version"]


@pytest.mark.parametrize(
    "damage",
    [
        _break_grant_person,
        _break_bundle_door,
        _break_share_grant,
        _break_share_window,
        _break_share_door,
        _duplicate_user,
        _duplicate_id,
        _bad_role,
        _missing_field,
        _bad_schedule,
        _no_version,
    ],
)
def test_damaged_data_does_not_load(building: Building, damage: Any) -> None:
    data = _stored(building)
    assert Registry.from_dict(data).problems() == []
    damage(data)
    with pytest.raises(AccessError) as err:
        Registry.from_dict(data)
    assert err.value.code is ErrorCode.INVALID_DATA
    assert "Kari" not in str(err.value)
