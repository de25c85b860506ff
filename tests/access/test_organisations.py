"""The board's organisation operations: terms, staff, managers, and what goes with them."""

from __future__ import annotations

from datetime import timedelta

import pytest

from custom_components.digitalkey.access.errors import ErrorCode
from custom_components.digitalkey.access.model import Organisation, Role

from .conftest import NOW, Building, raises_unchanged
from .organisation_support import DAY, WEEKDAYS_7_22, HomeCare, home_care


@pytest.fixture
def care(building: Building) -> HomeCare:
    return home_care(building)


def _staff_key(care: HomeCare, door: str = "front", **terms: object) -> str:
    return care.registry.grant_staff_access(
        care.manager,
        [care.nurse],
        door_ids=[door],
        now=NOW,
        **terms,  # type: ignore[arg-type]
    ).created[0]


# Creating and reading -----------------------------------------------------------------------


def test_an_organisation_keeps_its_terms(care: HomeCare) -> None:
    organisation = care.registry.organisations[care.org]
    assert organisation == Organisation(
        id=care.org,
        name="Home care",
        created_at=NOW,
        door_ids=frozenset({"front", "garage"}),
        valid_until=care.until,
        schedule=WEEKDAYS_7_22,
        manager_ids=frozenset({care.manager}),
        may_share=True,
        share_limit=1,
        created_by="admin",
    )
    assert [p.id for p in care.registry.staff_of(care.org)] == [care.manager, care.nurse]
    assert care.registry.organisation_managed_by(care.manager) == organisation
    assert care.registry.organisation_managed_by(care.nurse) is None
    assert care.registry.problems() == []


@pytest.mark.parametrize(
    ("terms", "code"),
    [
        ({"door_ids": ["attic"]}, ErrorCode.UNKNOWN_DOOR),
        ({"bundle_ids": ["ghost"]}, ErrorCode.UNKNOWN_BUNDLE),
        ({"valid_from": NOW, "valid_until": NOW - DAY}, ErrorCode.INVALID_WINDOW),
        ({"valid_until": NOW}, ErrorCode.INVALID_WINDOW),
        ({"share_limit": -1}, ErrorCode.INVALID_FIELD),
        ({"valid_until": NOW.replace(tzinfo=None)}, ErrorCode.INVALID_TIME),
    ],
)
def test_an_organisation_that_could_not_be_held_is_refused(
    building: Building, terms: dict[str, object], code: ErrorCode
) -> None:
    raises_unchanged(
        code,
        building.registry,
        lambda: building.registry.create_organisation("X", now=NOW, **terms),  # type: ignore[arg-type]
    )


def test_an_unknown_organisation_is_named(building: Building) -> None:
    err = raises_unchanged(
        ErrorCode.UNKNOWN_ORGANISATION,
        building.registry,
        lambda: building.registry.update_organisation("ghost", name="X", now=NOW),
    )
    assert err.placeholders == {"organisation_id": "ghost"}


# Staff and managers ---------------------------------------------------------------------------


def test_a_manager_is_made_staff(building: Building) -> None:
    registry = building.registry
    org = registry.create_organisation("Caretakers", now=NOW).created[0]
    change = registry.set_managers(org, [building.ola], now=NOW + DAY)
    assert change.operation == "set_managers"
    assert change.people == {building.ola}
    assert change.organisations == {org}
    assert registry.people[building.ola].organisation_id == org
    assert registry.people[building.ola].updated_at == NOW + DAY
    assert registry.organisations[org].manager_ids == {building.ola}


def test_a_person_works_for_one_organisation(care: HomeCare) -> None:
    err = raises_unchanged(
        ErrorCode.IN_OTHER_ORGANISATION,
        care.registry,
        lambda: care.registry.add_staff(care.other, [care.nurse], now=NOW),
    )
    assert err.placeholders == {"person_id": care.nurse}
    raises_unchanged(
        ErrorCode.IN_OTHER_ORGANISATION,
        care.registry,
        lambda: care.registry.set_managers(care.other, [care.manager], now=NOW),
    )


@pytest.mark.parametrize(
    ("call", "code"),
    [
        ("remove_not_staff", ErrorCode.NOT_STAFF),
        ("add_and_remove", ErrorCode.INVALID_FIELD),
        ("lead_and_remove", ErrorCode.INVALID_FIELD),
        ("unknown_person", ErrorCode.UNKNOWN_PERSON),
    ],
)
def test_contradictory_staff_changes_are_refused(
    care: HomeCare, call: str, code: ErrorCode
) -> None:
    registry = care.registry
    kari = care.building.kari
    calls = {
        "remove_not_staff": lambda: registry.remove_staff(care.org, [kari], now=NOW),
        "add_and_remove": lambda: registry.update_staff(
            care.org, add=[care.nurse], remove=[care.nurse], now=NOW
        ),
        "lead_and_remove": lambda: registry.update_staff(
            care.org, managers=[care.nurse], remove=[care.nurse], now=NOW
        ),
        "unknown_person": lambda: registry.add_staff(care.org, ["ghost"], now=NOW),
    }
    raises_unchanged(code, registry, calls[call])


def test_letting_staff_go_takes_the_organisations_keys_but_not_the_boards(care: HomeCare) -> None:
    registry = care.registry
    staff_key = _staff_key(care)
    board_key = registry.grant_access([care.nurse], door_ids=["laundry"], now=NOW).created[0]
    change = registry.remove_staff(care.org, [care.nurse], now=NOW)
    assert change.grants == {staff_key}
    assert change.doors == {"front"}
    assert registry.people[care.nurse].organisation_id is None
    assert set(registry.grants) == {board_key}
    assert registry.problems() == []


def test_a_manager_let_go_is_no_manager(care: HomeCare) -> None:
    registry = care.registry
    registry.remove_staff(care.org, [care.manager], now=NOW)
    assert registry.organisations[care.org].manager_ids == frozenset()
    assert registry.organisation_managed_by(care.manager) is None


def test_managers_are_set_as_a_whole(care: HomeCare) -> None:
    registry = care.registry
    change = registry.set_managers(care.org, [care.nurse], now=NOW)
    assert registry.organisations[care.org].manager_ids == {care.nurse}
    assert change.people == {care.nurse, care.manager}
    assert registry.people[care.manager].organisation_id == care.org, "still staff"


# Changing the organisation's terms ------------------------------------------------------------


def test_a_door_taken_from_the_organisation_takes_its_staff_keys(care: HomeCare) -> None:
    registry = care.registry
    front = _staff_key(care, "front")
    garage = _staff_key(care, "garage")
    change = registry.update_organisation(care.org, door_ids=["front"], now=NOW)
    assert change.grants == {garage}
    assert "garage" in change.doors
    assert set(registry.grants_of_organisation(care.org)) == {registry.grants[front]}
    assert registry.problems() == []


def test_a_door_kept_through_a_bundle_keeps_its_keys(care: HomeCare) -> None:
    registry = care.registry
    front = _staff_key(care, "front")
    registry.update_organisation(
        care.org, door_ids=["garage"], bundle_ids=[care.building.common], now=NOW
    )
    assert front in registry.grants


def test_turning_sharing_off_revokes_the_staff_shares(care: HomeCare) -> None:
    registry = care.registry
    key = _staff_key(care, may_share=True, share_limit=1)
    share = registry.share_key(care.nurse, "front", target="guest", now=NOW).created[0]
    later = NOW + timedelta(hours=1)
    change = registry.update_organisation(care.org, may_share=False, now=later)
    assert registry.grants[key].may_share is False
    assert registry.shares[share].revoked_at == later
    assert change.shares == {share}
    assert change.doors == {"front"}, "the share's door; the organisation's terms did not change"


def test_a_lower_share_limit_lowers_the_staff_keys(care: HomeCare) -> None:
    registry = care.registry
    registry.update_organisation(care.org, share_limit=3, now=NOW)
    key = _staff_key(care, may_share=True, share_limit=3)
    registry.update_organisation(care.org, share_limit=2, now=NOW)
    assert registry.grants[key].share_limit == 2
    assert registry.grants[key].may_share is True


def test_a_rename_changes_no_door(care: HomeCare) -> None:
    _staff_key(care)
    change = care.registry.update_organisation(care.org, name="Home care east", now=NOW)
    assert change.doors == frozenset()
    assert change.organisations == {care.org}


def test_a_narrower_window_names_every_door_its_staff_hold(care: HomeCare) -> None:
    _staff_key(care, "front")
    change = care.registry.update_organisation(care.org, valid_until=NOW + DAY, now=NOW)
    assert change.doors == {"front", "garage"}


def test_clearing_the_window_and_hours(care: HomeCare) -> None:
    registry = care.registry
    registry.update_organisation(care.org, valid_until=None, schedule=None, now=NOW)
    organisation = registry.organisations[care.org]
    assert organisation.valid_until is None
    assert organisation.schedule is None


def test_a_window_ending_before_it_starts_is_refused(care: HomeCare) -> None:
    raises_unchanged(
        ErrorCode.INVALID_WINDOW,
        care.registry,
        lambda: care.registry.update_organisation(care.org, valid_from=care.until + DAY, now=NOW),
    )


# Deleting ---------------------------------------------------------------------------------


def test_deleting_an_organisation_takes_its_keys_and_lets_its_staff_go(care: HomeCare) -> None:
    registry = care.registry
    key = _staff_key(care, may_share=True, share_limit=1)
    share = registry.share_key(care.nurse, "front", target="guest", now=NOW).created[0]
    board_key = registry.grant_access([care.nurse], door_ids=["laundry"], now=NOW).created[0]
    change = registry.delete_organisation(care.org, now=NOW + DAY)
    assert change.operation == "delete_organisation"
    assert change.organisations == {care.org}
    assert change.grants == {key}
    assert change.shares == {share}
    assert change.people == {care.manager, care.nurse}
    assert "front" in change.doors
    assert care.org not in registry.organisations
    assert registry.people[care.nurse].organisation_id is None
    assert registry.people[care.manager].updated_at == NOW + DAY
    assert set(registry.grants) == {board_key}
    assert registry.problems() == []


# Cascades from people, doors and bundles -------------------------------------------------------


def test_a_removed_manager_leaves_the_managers(care: HomeCare) -> None:
    registry = care.registry
    change = registry.remove_person(care.manager)
    assert change.organisations == {care.org}
    assert registry.organisations[care.org].manager_ids == frozenset()
    assert registry.problems() == []


def test_an_erased_nurse_leaves_no_trace_in_the_organisation(care: HomeCare) -> None:
    registry = care.registry
    _staff_key(care)
    registry.erase_person(care.nurse)
    assert registry.grants_of_organisation(care.org) == []
    assert [p.id for p in registry.staff_of(care.org)] == [care.manager]
    assert care.nurse not in repr(registry.to_dict())


def test_a_removed_door_leaves_the_organisation(care: HomeCare) -> None:
    registry = care.registry
    key = _staff_key(care, "garage")
    change = registry.remove_door("garage")
    assert change.organisations == {care.org}
    assert registry.organisations[care.org].door_ids == {"front"}
    assert key not in registry.grants
    assert registry.problems() == []


def test_a_bundle_an_organisation_holds_is_in_use(care: HomeCare) -> None:
    registry = care.registry
    common = care.building.common
    registry.update_organisation(care.org, bundle_ids=[common], now=NOW)
    key = registry.grant_staff_access(
        care.manager, [care.nurse], bundle_ids=[common], now=NOW
    ).created[0]
    err = raises_unchanged(
        ErrorCode.BUNDLE_IN_USE, registry, lambda: registry.delete_bundle(common)
    )
    assert err.placeholders == {"grants": "2"}
    change = registry.delete_bundle(common, revoke_grants=True)
    assert change.organisations == {care.org}
    assert key not in registry.grants
    assert registry.organisations[care.org].bundle_ids == frozenset()
    assert registry.problems() == []


def test_an_organisation_alone_holding_a_bundle_keeps_it_in_use(care: HomeCare) -> None:
    registry = care.registry
    common = care.building.common
    registry.update_organisation(care.org, bundle_ids=[common], now=NOW)
    err = raises_unchanged(
        ErrorCode.BUNDLE_IN_USE, registry, lambda: registry.delete_bundle(common)
    )
    assert err.placeholders == {"grants": "1"}


def test_a_board_key_is_not_replaced_by_the_organisations(care: HomeCare) -> None:
    """An admin's `grant_access` and a manager's key to the same door are two keys."""
    registry = care.registry
    staff_key = _staff_key(care, valid_until=NOW + DAY)
    board_key = registry.grant_access([care.nurse], door_ids=["front"], now=NOW).created[0]
    assert board_key != staff_key
    assert registry.grants[staff_key].valid_until == NOW + DAY
    again = registry.grant_access([care.nurse], door_ids=["front"], now=NOW)
    assert again.grants == {board_key}


def test_people_of_any_role_may_be_staff(building: Building) -> None:
    registry = building.registry
    org = registry.create_organisation("Caretakers", now=NOW).created[0]
    registry.add_staff(org, [building.kari], now=NOW)
    assert registry.people[building.kari].role is Role.OWNER
    assert registry.people[building.kari].organisation_id == org
