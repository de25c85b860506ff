"""A staff key opens only while its organisation holds the door: policy and unit records."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from custom_components.digitalkey.access.door_credentials import (
    door_credentials,
    next_change,
)
from custom_components.digitalkey.access.holds import held_doors, key_terms
from custom_components.digitalkey.access.model import CredentialKind
from custom_components.digitalkey.access.policy import (
    Action,
    KeyKind,
    ReasonCode,
    Resident,
    credential_opens,
    decide,
    explain_access,
    may_open_now,
)
from custom_components.digitalkey.access.schedules import WeeklySchedule

from .conftest import NOW, Building
from .organisation_support import DAY, WEEKDAYS_7_22, HomeCare, home_care
from .strategies import VAULT

HOUR = timedelta(hours=1)
MONDAY_13 = datetime(2026, 3, 23, 12, tzinfo=UTC)
"""13:00 in Oslo, winter time."""
TUESDAY_7 = datetime(2026, 3, 24, 6, tzinfo=UTC)
SATURDAY_NOON = datetime(2026, 3, 28, 11, tzinfo=UTC)
MORNINGS = WeeklySchedule.of(*((day, 7 * 60, 12 * 60) for day in range(5)))


@pytest.fixture
def care(building: Building) -> HomeCare:
    care = home_care(building)
    care.registry.grant_staff_access(care.manager, [care.nurse], door_ids=["front"], now=NOW)
    return care


def _reasons(care: HomeCare, at: datetime, door: str = "front") -> list[ReasonCode]:
    return [reason.code for reason in explain_access(care.registry, care.nurse, door, at)]


def _opens(care: HomeCare, at: datetime, action: Action = Action.UNLOCK) -> bool:
    decision = decide(
        care.registry, Resident("nils-user"), "front", action, at, allow_unattributed=False
    )
    return decision.allowed


def test_a_staff_key_opens_inside_the_organisations_hours(care: HomeCare) -> None:
    reasons = explain_access(care.registry, care.nurse, "front", NOW)
    assert [r.code for r in reasons] == [ReasonCode.IN_WINDOW]
    key = reasons[0].key
    assert key is not None
    assert (key.kind, key.organisation_id) == (KeyKind.GRANT, care.org)
    assert _opens(care, NOW)


def test_outside_the_hours_it_was_given_the_key_says_so(care: HomeCare) -> None:
    assert _reasons(care, SATURDAY_NOON) == [ReasonCode.OUTSIDE_SCHEDULE]


def test_hours_the_board_narrowed_later_apply_at_once(care: HomeCare) -> None:
    care.registry.update_organisation(care.org, schedule=MORNINGS, now=NOW)
    reasons = explain_access(care.registry, care.nurse, "front", MONDAY_13)
    assert [r.code for r in reasons] == [ReasonCode.ORGANISATION_OUTSIDE_SCHEDULE]
    assert reasons[0].opens_next == TUESDAY_7
    assert reasons[0].placeholders == {"opens_next": TUESDAY_7.isoformat()}
    assert not _opens(care, MONDAY_13)
    assert _opens(care, MONDAY_13, Action.LOCK), "locking needs only the window"
    assert _opens(care, TUESDAY_7)


def test_hours_with_nothing_left_in_common_never_open(care: HomeCare) -> None:
    weekend = WeeklySchedule.of((5, 0, 1440), (6, 0, 1440))
    care.registry.update_organisation(care.org, schedule=weekend, now=NOW)
    for at in (NOW, SATURDAY_NOON):
        reasons = explain_access(care.registry, care.nurse, "front", at)
        assert [r.code for r in reasons] == [ReasonCode.ORGANISATION_OUTSIDE_SCHEDULE]
        assert reasons[0].opens_next is None
    assert door_credentials_of(care) == []


def test_the_organisations_end_ends_the_key(care: HomeCare) -> None:
    end = NOW + DAY
    care.registry.update_organisation(care.org, valid_until=end, now=NOW)
    reasons = explain_access(care.registry, care.nurse, "front", end + HOUR)
    assert [r.code for r in reasons] == [ReasonCode.ORGANISATION_EXPIRED]
    assert reasons[0].placeholders == {"until": end.isoformat()}
    assert not _opens(care, end + HOUR, Action.LOCK)
    assert _opens(care, end - HOUR)


def test_a_key_that_ends_with_its_organisation_has_expired(care: HomeCare) -> None:
    """The key was clipped to the organisation's end: the key itself is what ended."""
    assert _reasons(care, care.until + HOUR) == [ReasonCode.EXPIRED]


def test_an_organisation_starting_later_holds_nothing_yet(care: HomeCare) -> None:
    start = NOW + 2 * DAY
    care.registry.update_organisation(care.org, valid_from=start, now=NOW)
    reasons = explain_access(care.registry, care.nurse, "front", NOW)
    assert [r.code for r in reasons] == [ReasonCode.ORGANISATION_NOT_YET_VALID]
    assert reasons[0].placeholders == {"from": start.isoformat()}
    assert reasons[0].opens_next == start, "Wednesday 11:00, inside the weekday hours"
    [door] = may_open_now(care.registry, care.nurse, NOW)
    assert door.opens_next == start


def test_a_door_its_bundle_no_longer_holds_is_refused(care: HomeCare) -> None:
    registry = care.registry
    common = care.building.common
    registry.update_organisation(care.org, door_ids=[], bundle_ids=[common], now=NOW)
    assert "front" in held_doors(registry, registry.organisations[care.org])
    assert _opens(care, NOW)
    registry.update_bundle(common, door_ids=["laundry"])
    assert _reasons(care, NOW) == [ReasonCode.ORGANISATION_LACKS_DOOR]
    assert not _opens(care, NOW, Action.LOCK)


def test_the_boards_own_key_to_a_staff_member_is_not_bounded(care: HomeCare) -> None:
    registry = care.registry
    registry.grant_access([care.nurse], door_ids=["front"], now=NOW)
    assert set(_reasons(care, SATURDAY_NOON)) == {ReasonCode.OUTSIDE_SCHEDULE, ReasonCode.ALWAYS}
    assert _opens(care, SATURDAY_NOON)


def test_a_share_of_a_staff_key_is_bounded_too(care: HomeCare) -> None:
    registry = care.registry
    registry.grant_staff_access(
        care.manager, [care.nurse], door_ids=["front"], may_share=True, share_limit=1, now=NOW
    )
    share = registry.share_key(care.nurse, "front", target="helper-user", now=NOW).created[0]
    registry.update_organisation(care.org, valid_until=NOW + DAY, now=NOW)
    helper = decide(
        registry, Resident("helper-user"), "front", Action.UNLOCK, NOW, allow_unattributed=False
    )
    assert helper.allowed
    later = NOW + 2 * DAY
    reasons = explain_access(registry, None, "front", later, ha_user_id="helper-user")
    assert [r.code for r in reasons] == [ReasonCode.ORGANISATION_EXPIRED]
    assert reasons[0].key is not None
    assert (reasons[0].key.id, reasons[0].key.organisation_id) == (share, care.org)


def test_key_terms_of_a_door_not_held_are_none(care: HomeCare) -> None:
    registry = care.registry
    [grant] = registry.grants_of_organisation(care.org)
    assert key_terms(registry, grant, "laundry", None, None) is None
    terms = key_terms(registry, grant, "front", None, None)
    assert terms is not None
    assert (terms.valid_until, terms.schedule) == (care.until, WEEKDAYS_7_22)


# What the door unit gets ----------------------------------------------------------------------


def door_credentials_of(care: HomeCare, door: str = "front") -> list[tuple[int, int, int]]:
    """(valid until, weekday mask, window start) of the door's records of the nurse's PIN."""
    return [
        (record.valid_until, record.weekdays, record.window_start)
        for record in door_credentials(care.registry, door, NOW)
        if care.registry.credentials[record.credential_id].person_id == care.nurse
    ]


@pytest.fixture
def pin(care: HomeCare) -> str:
    return care.registry.add_credential(
        CredentialKind.PIN, "583920", vault=VAULT, person_id=care.nurse, now=NOW
    ).created[0]


def test_a_staff_pin_holds_the_organisations_terms(care: HomeCare, pin: str) -> None:
    registry = care.registry
    registry.update_organisation(care.org, valid_until=NOW + DAY, schedule=MORNINGS, now=NOW)
    records = door_credentials(registry, "front", NOW)
    assert [(r.valid_until, r.weekdays, r.window_start, r.window_end) for r in records] == [
        (int((NOW + DAY).timestamp()), 0b0011111, 7 * 60, 12 * 60)
    ]
    assert next_change(registry, "front", NOW) == NOW + DAY
    assert credential_opens(registry, pin, "front", TUESDAY_7 - HOUR) is False
    assert credential_opens(registry, pin, "front", NOW)


def test_no_record_where_the_organisation_lacks_the_door(care: HomeCare, pin: str) -> None:
    registry = care.registry
    common = care.building.common
    registry.update_organisation(care.org, door_ids=[], bundle_ids=[common], now=NOW)
    assert door_credentials_of(care) != []
    registry.update_bundle(common, door_ids=["laundry"])
    assert door_credentials_of(care) == []
    assert not credential_opens(registry, pin, "front", NOW)


def test_no_record_once_the_organisations_window_has_ended(care: HomeCare, pin: str) -> None:
    registry = care.registry
    registry.update_organisation(care.org, valid_until=NOW + HOUR, now=NOW)
    assert door_credentials(registry, "front", NOW + 2 * HOUR) == []
