"""A manager's keys for their staff: only their staff, only held doors, inside the terms."""

from __future__ import annotations

from datetime import timedelta

import pytest

from custom_components.digitalkey.access.errors import ErrorCode
from custom_components.digitalkey.access.model import GrantKind
from custom_components.digitalkey.access.schedules import WeeklySchedule

from .conftest import NOW, Building, raises_unchanged
from .organisation_support import DAY, WEEKDAYS_7_22, HomeCare, home_care


@pytest.fixture
def care(building: Building) -> HomeCare:
    return home_care(building)


def test_a_manager_gives_a_nurse_a_key_the_organisation_holds(care: HomeCare) -> None:
    registry = care.registry
    change = registry.grant_staff_access(
        care.manager,
        [care.nurse],
        door_ids=["front"],
        valid_until=NOW + 7 * DAY,
        created_by="mona-user",
        now=NOW,
    )
    assert change.operation == "grant_staff_access"
    assert change.people == {care.nurse}
    assert change.doors == {"front"}
    grant = registry.grants[change.created[0]]
    assert grant.organisation_id == care.org
    assert grant.created_by == "mona-user"
    assert grant.kind is GrantKind.NORMAL
    assert (grant.valid_from, grant.valid_until) == (None, NOW + 7 * DAY)
    assert grant.schedule == WEEKDAYS_7_22, "the organisation's hours, as none were asked"
    assert grant.may_share is False
    assert registry.problems() == []


def test_a_key_without_an_end_ends_with_the_organisation(care: HomeCare) -> None:
    change = care.registry.grant_staff_access(
        care.manager, [care.nurse], door_ids=["front"], now=NOW
    )
    assert care.registry.grants[change.created[0]].valid_until == care.until


def test_a_key_longer_than_the_organisation_is_clipped(care: HomeCare) -> None:
    change = care.registry.grant_staff_access(
        care.manager,
        [care.nurse],
        door_ids=["front"],
        valid_until=care.until + 60 * DAY,
        now=NOW,
    )
    assert care.registry.grants[change.created[0]].valid_until == care.until


def test_hours_are_what_the_key_and_the_organisation_have_in_common(care: HomeCare) -> None:
    evenings_all_week = WeeklySchedule.of(*((day, 18 * 60, 23 * 60) for day in range(7)))
    change = care.registry.grant_staff_access(
        care.manager, [care.nurse], door_ids=["garage"], schedule=evenings_all_week, now=NOW
    )
    schedule = care.registry.grants[change.created[0]].schedule
    assert schedule == WeeklySchedule.of(*((day, 18 * 60, 22 * 60) for day in range(5)))


def test_a_manager_may_give_themselves_a_key(care: HomeCare) -> None:
    change = care.registry.grant_staff_access(
        care.manager, [care.manager], door_ids=["garage"], now=NOW
    )
    assert care.registry.grants[change.created[0]].person_id == care.manager


def test_giving_again_replaces_the_organisations_key(care: HomeCare) -> None:
    registry = care.registry
    first = registry.grant_staff_access(
        care.manager, [care.nurse], door_ids=["front"], may_share=True, share_limit=1, now=NOW
    ).created[0]
    share = registry.share_key(care.nurse, "front", target="guest", now=NOW).created[0]
    again = registry.grant_staff_access(
        care.manager, [care.nurse], door_ids=["front"], valid_until=NOW + DAY, now=NOW
    )
    assert again.created == ()
    assert again.grants == {first}
    grant = registry.grants[first]
    assert grant.valid_until == NOW + DAY
    assert grant.may_share is True, "sharing kept when not given"
    assert registry.shares[share].valid_until == NOW + DAY, "the share is clipped"


# What a manager may not do -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "code", "placeholders"),
    [
        ("carrier", ErrorCode.NOT_STAFF, "carrier"),
        ("kari", ErrorCode.NOT_STAFF, "kari"),
        ("ghost", ErrorCode.NOT_STAFF, "ghost"),
    ],
)
def test_a_manager_gives_keys_to_their_own_staff_only(
    care: HomeCare, who: str, code: ErrorCode, placeholders: str
) -> None:
    ids = {"carrier": care.carrier, "kari": care.building.kari, "ghost": "ghost"}
    err = raises_unchanged(
        code,
        care.registry,
        lambda: care.registry.grant_staff_access(
            care.manager, [care.nurse, ids[who]], door_ids=["front"], now=NOW
        ),
    )
    assert err.placeholders == {"person_id": ids[placeholders]}


def test_only_a_manager_gives_staff_keys(care: HomeCare) -> None:
    for person in (care.nurse, care.building.kari):
        raises_unchanged(
            ErrorCode.NOT_A_MANAGER,
            care.registry,
            lambda person=person: care.registry.grant_staff_access(
                person, [care.nurse], door_ids=["front"], now=NOW
            ),
        )
    raises_unchanged(
        ErrorCode.UNKNOWN_PERSON,
        care.registry,
        lambda: care.registry.grant_staff_access(
            "ghost", [care.nurse], door_ids=["front"], now=NOW
        ),
    )


def test_a_door_the_organisation_lacks_is_refused(care: HomeCare) -> None:
    err = raises_unchanged(
        ErrorCode.DOOR_NOT_HELD,
        care.registry,
        lambda: care.registry.grant_staff_access(
            care.manager, [care.nurse], door_ids=["front", "laundry"], now=NOW
        ),
    )
    assert err.placeholders == {"door_id": "laundry"}


def test_a_bundle_the_organisation_lacks_is_refused(care: HomeCare) -> None:
    """Even one whose doors it holds each: the board gave doors, not that bundle."""
    registry = care.registry
    pair = registry.create_bundle("Front and garage", ["front", "garage"]).created[0]
    err = raises_unchanged(
        ErrorCode.BUNDLE_NOT_HELD,
        registry,
        lambda: registry.grant_staff_access(care.manager, [care.nurse], bundle_ids=[pair], now=NOW),
    )
    assert err.placeholders == {"bundle_id": pair}


def test_a_key_with_no_time_inside_the_organisations_window_is_refused(care: HomeCare) -> None:
    raises_unchanged(
        ErrorCode.OUTSIDE_ORGANISATION_WINDOW,
        care.registry,
        lambda: care.registry.grant_staff_access(
            care.manager,
            [care.nurse],
            door_ids=["front"],
            valid_from=care.until + DAY,
            valid_until=care.until + 2 * DAY,
            now=NOW,
        ),
    )


def test_no_key_once_the_organisations_window_has_ended(care: HomeCare) -> None:
    registry = care.registry
    raises_unchanged(
        ErrorCode.OUTSIDE_ORGANISATION_WINDOW,
        registry,
        lambda: registry.grant_staff_access(
            care.manager, [care.nurse], door_ids=["front"], now=care.until + DAY
        ),
    )


def test_hours_with_nothing_in_common_are_refused(care: HomeCare) -> None:
    weekend = WeeklySchedule.of((5, 0, 1440), (6, 0, 1440))
    raises_unchanged(
        ErrorCode.OUTSIDE_ORGANISATION_HOURS,
        care.registry,
        lambda: care.registry.grant_staff_access(
            care.manager, [care.nurse], door_ids=["front"], schedule=weekend, now=NOW
        ),
    )


def test_sharing_goes_no_further_than_the_board_allowed(care: HomeCare) -> None:
    registry = care.registry
    err = raises_unchanged(
        ErrorCode.STAFF_SHARE_LIMIT,
        registry,
        lambda: registry.grant_staff_access(
            care.manager, [care.nurse], door_ids=["front"], may_share=True, share_limit=2, now=NOW
        ),
    )
    assert err.placeholders == {"limit": "1"}
    raises_unchanged(
        ErrorCode.STAFF_SHARING_NOT_ALLOWED,
        registry,
        lambda: registry.grant_staff_access(
            care.other_manager, [care.carrier], door_ids=["laundry"], may_share=True, now=NOW
        ),
    )


def test_a_manager_cannot_shorten_another_key_of_their_staff(care: HomeCare) -> None:
    """A key the board gave the nurse is not the organisation's: giving again adds one."""
    registry = care.registry
    board_key = registry.grant_access([care.nurse], door_ids=["front"], now=NOW).created[0]
    change = registry.grant_staff_access(
        care.manager, [care.nurse], door_ids=["front"], valid_until=NOW + DAY, now=NOW
    )
    assert board_key not in change.grants
    assert registry.grants[board_key].valid_until is None


# Revoking --------------------------------------------------------------------------------------


def test_a_manager_revokes_the_organisations_keys(care: HomeCare) -> None:
    registry = care.registry
    key = registry.grant_staff_access(
        care.manager, [care.nurse], door_ids=["front"], may_share=True, share_limit=1, now=NOW
    ).created[0]
    share = registry.share_key(care.nurse, "front", target="guest", now=NOW).created[0]
    change = registry.revoke_staff_access(care.manager, [key])
    assert change.operation == "revoke_staff_access"
    assert change.grants == {key}
    assert change.shares == {share}
    assert registry.grants_of_organisation(care.org) == []


@pytest.mark.parametrize("whose", ["board", "other_organisation", "emergency", "missing"])
def test_a_manager_revokes_no_other_key(care: HomeCare, whose: str) -> None:
    registry = care.registry
    keys = {
        "board": lambda: registry.grant_access([care.nurse], door_ids=["front"], now=NOW),
        "other_organisation": lambda: registry.grant_staff_access(
            care.other_manager, [care.carrier], door_ids=["laundry"], now=NOW
        ),
        "emergency": lambda: registry.issue_emergency_key(
            care.nurse, reason="Locked out", admin_user_id="admin", door_ids=["front"], now=NOW
        ),
    }
    key = "ghost" if whose == "missing" else keys[whose]().created[0]
    err = raises_unchanged(
        ErrorCode.UNKNOWN_GRANT,
        registry,
        lambda: registry.revoke_staff_access(care.manager, [key]),
    )
    assert err.placeholders == {"grant_id": key}


def test_a_nurse_cannot_revoke(care: HomeCare) -> None:
    registry = care.registry
    key = registry.grant_staff_access(
        care.manager, [care.nurse], door_ids=["front"], now=NOW
    ).created[0]
    raises_unchanged(
        ErrorCode.NOT_A_MANAGER, registry, lambda: registry.revoke_staff_access(care.nurse, [key])
    )


def test_the_managers_list(care: HomeCare) -> None:
    registry = care.registry
    key = registry.grant_staff_access(
        care.manager, [care.nurse], door_ids=["front"], now=NOW + timedelta(hours=1)
    ).created[0]
    registry.grant_staff_access(care.other_manager, [care.carrier], door_ids=["laundry"], now=NOW)
    organisation, grants = registry.staff_grants(care.manager)
    assert organisation.id == care.org
    assert [grant.id for grant in grants] == [key]


def test_a_manager_revokes_by_staff_and_door(care: HomeCare) -> None:
    registry = care.registry
    front, garage = (
        registry.grant_staff_access(care.manager, [care.nurse], door_ids=[door], now=NOW).created[0]
        for door in ("front", "garage")
    )
    board_key = registry.grant_access([care.nurse], door_ids=["front"], now=NOW).created[0]
    change = registry.revoke_staff_access(care.manager, person_ids=[care.nurse], door_ids=["front"])
    assert change.grants == {front}
    assert set(registry.grants) == {garage, board_key}
    err = raises_unchanged(
        ErrorCode.NOT_STAFF,
        registry,
        lambda: registry.revoke_staff_access(
            care.manager, person_ids=[care.building.kari], door_ids=["front"]
        ),
    )
    assert err.placeholders == {"person_id": care.building.kari}
