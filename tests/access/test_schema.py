"""The stored layout: round trips, the migration slot, and data that must not load."""

from __future__ import annotations

from datetime import timedelta
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
import pytest

from custom_components.digitalkey.access.errors import AccessError, ErrorCode
from custom_components.digitalkey.access.model import CredentialKind, Role, ShareKind
from custom_components.digitalkey.access.registry import Registry
from custom_components.digitalkey.access.schedules import WeeklySchedule
from custom_components.digitalkey.access.schema import MIGRATIONS, SCHEMA_VERSION, migrate

from .conftest import NOW, Building
from .strategies import VAULT, Step, build, registry_for, steps


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
    assert dict(again.credentials) == dict(registry.credentials)
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
    assert stored["schema_version"] == SCHEMA_VERSION == registry.schema_version == 3
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
    assert err.value.placeholders == {"version": "4", "supported": "3"}


def _stored(building: Building) -> dict[str, Any]:
    """Grants, an HA user's share, a PIN share, a PIN, a tag and a retired PIN."""
    registry = building.registry
    registry.grant_access(
        [building.kari], door_ids=["front"], may_share=True, share_limit=2, now=NOW
    )
    registry.grant_access([building.ola], bundle_ids=[building.common], now=NOW)
    registry.share_key(building.kari, "front", target="g", now=NOW)
    registry.share_key(
        building.kari, "front", kind=ShareKind.PIN, pin="291847", vault=VAULT, now=NOW
    )
    registry.add_credential(
        CredentialKind.PIN, "583920", vault=VAULT, person_id=building.kari, now=NOW
    )
    registry.add_credential(
        CredentialKind.TAG, "04a23b1c", vault=VAULT, person_id=building.ola, now=NOW
    )
    leaked = registry.add_credential(
        CredentialKind.PIN, "740163", vault=VAULT, person_id=building.ola, now=NOW
    ).created[0]
    registry.block_credential(leaked, now=NOW)
    registry.remove_credential(leaked)
    return registry.to_dict()


def _credential(data: dict[str, Any], kind: str, *, share: bool = False) -> dict[str, Any]:
    return next(
        item
        for item in data["credentials"]
        if item["kind"] == kind and ("share_id" in item) == share
    )


def _credential_of_ghost(data: dict[str, Any]) -> None:
    _credential(data, "tag")["person_id"] = "ghost"


def _credential_of_ghost_share(data: dict[str, Any]) -> None:
    _credential(data, "pin", share=True)["share_id"] = "ghost"


def _credential_of_ha_share(data: dict[str, Any]) -> None:
    ha_share = next(item for item in data["shares"] if item["kind"] == "ha_user")
    _credential(data, "pin", share=True)["share_id"] = ha_share["id"]


def _credential_with_two_holders(data: dict[str, Any]) -> None:
    _credential(data, "pin", share=True)["person_id"] = data["people"][0]["id"]


def _tag_held_by_a_share(data: dict[str, Any]) -> None:
    tag = _credential(data, "tag")
    del tag["person_id"]
    tag["share_id"] = _credential(data, "pin", share=True)["share_id"]


def _number_twice(data: dict[str, Any]) -> None:
    _credential(data, "tag")["number"] = _credential(data, "pin")["number"]


def _number_not_drawn(data: dict[str, Any]) -> None:
    data["next_credential_number"] = 2


def _number_out_of_range(data: dict[str, Any]) -> None:
    _credential(data, "tag")["number"] = 1 << 26


def _pin_twice(data: dict[str, Any]) -> None:
    _credential(data, "pin")["lookup"] = _credential(data, "pin", share=True)["lookup"]


def _retired_pin_in_use(data: dict[str, Any]) -> None:
    data["retired_pins"].append(_credential(data, "pin")["lookup"])


def _share_target_not_its_pin(data: dict[str, Any]) -> None:
    pin_share = next(item for item in data["shares"] if item["kind"] == "pin")
    pin_share["target"] = "cd" * 32


def _counter_not_a_number(data: dict[str, Any]) -> None:
    data["next_credential_number"] = "5"


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


def _organisation_door_gone(data: dict[str, Any]) -> None:
    data["organisations"][0]["door_ids"].append("attic")


def _organisation_bundle_gone(data: dict[str, Any]) -> None:
    data["organisations"][0]["bundle_ids"] = ["ghost"]


def _manager_not_staff(data: dict[str, Any]) -> None:
    manager = data["organisations"][0]["manager_ids"][0]
    person = next(item for item in data["people"] if item["id"] == manager)
    del person["organisation_id"]


def _staff_of_a_ghost_organisation(data: dict[str, Any]) -> None:
    person = next(item for item in data["people"] if "organisation_id" in item)
    person["organisation_id"] = "ghost"


def _staff_key_of_a_ghost_organisation(data: dict[str, Any]) -> None:
    grant = next(item for item in data["grants"] if "organisation_id" in item)
    grant["organisation_id"] = "ghost"


def _staff_key_of_someone_else(data: dict[str, Any]) -> None:
    grant = next(item for item in data["grants"] if "organisation_id" in item)
    outsider = next(item for item in data["people"] if "organisation_id" not in item)
    grant["person_id"] = outsider["id"]


def _organisation_twice(data: dict[str, Any]) -> None:
    data["organisations"].append(dict(data["organisations"][0]))


def _organisation_window_backwards(data: dict[str, Any]) -> None:
    data["organisations"][0]["valid_from"] = "2026-12-01T00:00:00+00:00"
    data["organisations"][0]["valid_until"] = "2026-11-01T00:00:00+00:00"


ORGANISATION_DAMAGE = [
    _organisation_door_gone,
    _organisation_bundle_gone,
    _manager_not_staff,
    _staff_of_a_ghost_organisation,
    _staff_key_of_a_ghost_organisation,
    _staff_key_of_someone_else,
    _organisation_twice,
    _organisation_window_backwards,
]


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
        _credential_of_ghost,
        _credential_of_ghost_share,
        _credential_of_ha_share,
        _credential_with_two_holders,
        _tag_held_by_a_share,
        _number_twice,
        _number_not_drawn,
        _number_out_of_range,
        _pin_twice,
        _retired_pin_in_use,
        _share_target_not_its_pin,
        _counter_not_a_number,
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
    assert "583920" not in str(err.value)


def test_version_1_gains_credentials_and_their_counter(building: Building) -> None:
    registry = building.registry
    registry.grant_access(
        [building.kari], door_ids=["front"], may_share=True, share_limit=1, now=NOW
    )
    registry.share_key(building.kari, "front", target="g", now=NOW)
    current = registry.to_dict()
    version_1 = {
        key: value
        for key, value in current.items()
        if key not in {"credentials", "next_credential_number", "retired_pins", "organisations"}
    }
    version_1["schema_version"] = 1
    assert MIGRATIONS[1](dict(version_1)) == {
        **version_1,
        "credentials": [],
        "next_credential_number": 1,
        "retired_pins": [],
    }
    assert "organisations" not in MIGRATIONS[1](dict(version_1)), "that is version 3's"
    migrated = Registry.from_dict(version_1)
    assert migrated.to_dict() == current
    assert migrated.credentials == {}
    assert migrated.next_credential_number == 1
    assert migrated.problems() == []
    added = migrated.add_credential(
        CredentialKind.PIN, "583920", vault=VAULT, person_id=building.kari, now=NOW
    )
    assert migrated.credentials[added.created[0]].number == 1


def test_credentials_round_trip(building: Building) -> None:
    stored = _stored(building)
    again = Registry.from_dict(stored)
    assert again.to_dict() == stored
    assert dict(again.credentials) == dict(building.registry.credentials)
    assert again.problems() == []
    pin_share = next(share for share in again.shares.values() if share.kind is ShareKind.PIN)
    credential = again.credential_of_share(pin_share.id)
    assert credential is not None
    assert VAULT.unseal(credential) == b"291847"


def _with_organisation(building: Building) -> dict[str, Any]:
    """`_stored` plus an organisation with a manager, a nurse and the nurse's key."""
    _stored(building)
    registry = building.registry
    org = registry.create_organisation(
        "Home care",
        door_ids=["front"],
        bundle_ids=[building.common],
        valid_until=NOW + timedelta(days=30),
        schedule=WeeklySchedule.of((0, 420, 1320)),
        may_share=True,
        share_limit=1,
        created_by="admin",
        now=NOW,
    ).created[0]
    nurse = registry.add_person("Nils", role=Role.SERVICE_PROVIDER, now=NOW).created[0]
    manager = registry.add_person("Mona", role=Role.SERVICE_PROVIDER, now=NOW).created[0]
    registry.update_staff(org, add=[nurse], managers=[manager], now=NOW)
    registry.grant_staff_access(manager, [nurse], door_ids=["front"], now=NOW)
    return registry.to_dict()


def test_organisations_round_trip(building: Building) -> None:
    stored = _with_organisation(building)
    again = Registry.from_dict(stored)
    assert again.to_dict() == stored
    assert dict(again.organisations) == dict(building.registry.organisations)
    assert dict(again.people) == dict(building.registry.people)
    assert again.problems() == []
    [organisation] = stored["organisations"]
    assert organisation["door_ids"] == ["front"]
    assert organisation["schedule"] == [[0, 420, 1320]]
    assert organisation["valid_until"] == "2026-04-22T10:00:00+00:00"


def test_version_2_gains_organisations(building: Building) -> None:
    """A building stored before organisations: the same people, keys and codes, none yet."""
    current = _stored(building)
    version_2 = {key: value for key, value in current.items() if key != "organisations"}
    version_2["schema_version"] = 2
    assert MIGRATIONS[2](dict(version_2)) == {**version_2, "organisations": []}
    migrated = Registry.from_dict(version_2)
    assert migrated.to_dict() == current
    assert migrated.organisations == {}
    assert all(person.organisation_id is None for person in migrated.people.values())
    assert all(grant.organisation_id is None for grant in migrated.grants.values())
    assert migrated.problems() == []
    org = migrated.create_organisation("Home care", door_ids=["front"], now=NOW).created[0]
    assert migrated.organisations[org].door_ids == {"front"}


@pytest.mark.parametrize("damage", ORGANISATION_DAMAGE)
def test_damaged_organisations_do_not_load(building: Building, damage: Any) -> None:
    data = _with_organisation(building)
    assert Registry.from_dict(data).problems() == []
    damage(data)
    with pytest.raises(AccessError) as err:
        Registry.from_dict(data)
    assert err.value.code is ErrorCode.INVALID_DATA
    assert "Nils" not in str(err.value)
