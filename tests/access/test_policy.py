"""Decisions: who is allowed, on which key, and what they are told."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from custom_components.digitalkey.access.contact import Country
from custom_components.digitalkey.access.model import ShareKind
from custom_components.digitalkey.access.policy import (
    Action,
    AdminUser,
    Automation,
    Decision,
    KeyKind,
    KeyRef,
    ReasonCode,
    Resident,
    Unattributed,
    decide,
    decide_share,
    emergency_key_alone,
    explain_access,
    may_manage_share,
    may_open_now,
    may_share,
)
from custom_components.digitalkey.access.registry import BuildingSettings
from custom_components.digitalkey.access.schedules import Weekday, WeeklySchedule

from .conftest import NOW, Building

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
WORKDAYS = WeeklySchedule.of(*((day, 7 * 60, 17 * 60) for day in range(5)))
SATURDAY_NOON = datetime(2026, 3, 28, 11, tzinfo=UTC)
MONDAY_7 = datetime(2026, 3, 30, 5, tzinfo=UTC)
"""07:00 in Oslo, summer time."""


def _decide(
    building: Building, user: str, door: str, at: datetime, action: Action = Action.UNLOCK
) -> Decision:
    return decide(building.registry, Resident(user), door, action, at, allow_unattributed=False)


@pytest.mark.parametrize("action", list(Action))
def test_admins_and_automations_are_allowed_without_keys(
    building: Building, action: Action
) -> None:
    for actor in (AdminUser("admin"), Automation("ctx")):
        decision = decide(building.registry, actor, "garage", action, NOW, allow_unattributed=False)
        assert decision.allowed
        assert decision.key is None
    unknown = decide(
        building.registry, AdminUser("a"), "new-door", action, NOW, allow_unattributed=False
    )
    assert unknown.allowed, "an admin opens a door the registry does not know yet"


def test_unattributed_calls_follow_the_building_option(building: Building) -> None:
    refused = decide(
        building.registry, Unattributed(), "front", Action.UNLOCK, NOW, allow_unattributed=False
    )
    assert not refused.allowed
    assert [r.code for r in refused.reasons] == [ReasonCode.UNATTRIBUTED_REFUSED]
    allowed = decide(
        building.registry, Unattributed(), "front", Action.UNLOCK, NOW, allow_unattributed=True
    )
    assert allowed.allowed
    assert [r.code for r in allowed.reasons] == [ReasonCode.UNATTRIBUTED_ALLOWED]


def test_a_resident_without_keys_is_told_so(building: Building) -> None:
    decision = _decide(building, "kari-user", "front", NOW)
    assert not decision.allowed
    assert decision.person_id == building.kari
    assert [r.code for r in decision.reasons] == [ReasonCode.NO_KEY]
    stranger = _decide(building, "nobody", "front", NOW)
    assert stranger.person_id is None
    assert [r.code for r in stranger.reasons] == [ReasonCode.NO_KEY]
    unknown = _decide(building, "kari-user", "attic", NOW)
    assert [r.code for r in unknown.reasons] == [ReasonCode.UNKNOWN_DOOR]


def test_a_scheduled_key_opens_inside_its_window_and_says_when_it_opens_next(
    building: Building,
) -> None:
    grant = building.registry.grant_access(
        [building.kari], door_ids=["front"], schedule=WORKDAYS, now=NOW
    ).created[0]
    inside = _decide(building, "kari-user", "front", NOW)
    assert inside.allowed
    assert inside.key == KeyRef(KeyKind.GRANT, grant)
    assert inside.reasons[0].code is ReasonCode.IN_WINDOW
    assert dict(inside.reasons[0].placeholders) == {
        "weekday": "0",
        "start": "07:00",
        "end": "17:00",
    }
    outside = _decide(building, "kari-user", "front", SATURDAY_NOON)
    assert not outside.allowed
    reason = outside.reasons[0]
    assert reason.code is ReasonCode.OUTSIDE_SCHEDULE
    assert reason.opens_next == MONDAY_7
    assert reason.placeholders["opens_next"] == MONDAY_7.isoformat()


def test_locking_is_allowed_outside_the_window_but_not_outside_validity(building: Building) -> None:
    building.registry.grant_access(
        [building.kari],
        door_ids=["front"],
        schedule=WORKDAYS,
        valid_until=SATURDAY_NOON + DAY,
        now=NOW,
    )
    assert not _decide(building, "kari-user", "front", SATURDAY_NOON).allowed
    assert _decide(building, "kari-user", "front", SATURDAY_NOON, Action.LOCK).allowed
    expired = _decide(building, "kari-user", "front", SATURDAY_NOON + 2 * DAY, Action.LOCK)
    assert not expired.allowed
    assert expired.reasons[0].code is ReasonCode.EXPIRED


def test_a_key_that_starts_later_says_when(building: Building) -> None:
    start = NOW + 3 * DAY
    building.registry.grant_access([building.kari], door_ids=["front"], valid_from=start, now=NOW)
    decision = _decide(building, "kari-user", "front", NOW)
    assert decision.reasons[0].code is ReasonCode.NOT_YET_VALID
    assert decision.reasons[0].opens_next == start
    assert _decide(building, "kari-user", "front", start).allowed


def test_a_bundle_key_opens_every_door_in_the_bundle(building: Building) -> None:
    grant = building.registry.grant_access(
        [building.ola], bundle_ids=[building.common], now=NOW
    ).created[0]
    laundry = _decide(building, "ola-user", "laundry", NOW)
    assert laundry.key == KeyRef(KeyKind.BUNDLE, grant, building.common)
    assert not _decide(building, "ola-user", "garage", NOW).allowed
    building.registry.update_bundle(building.common, door_ids=["garage"])
    assert _decide(building, "ola-user", "garage", NOW).allowed
    assert not _decide(building, "ola-user", "laundry", NOW).allowed


def test_an_emergency_key_ignores_schedules_and_comes_first(building: Building) -> None:
    registry = building.registry
    registry.grant_access([building.ola], door_ids=["garage"], schedule=WORKDAYS, now=NOW)
    emergency = registry.issue_emergency_key(
        building.ola, door_ids=["garage"], reason="Leak", admin_user_id="admin", now=NOW
    ).created[0]
    at = NOW + 13 * HOUR  # 00:00 on Tuesday, outside the workday window
    decision = _decide(building, "ola-user", "garage", at)
    assert decision.allowed
    assert decision.key == KeyRef(KeyKind.EMERGENCY, emergency)
    assert [r.code for r in decision.reasons] == [ReasonCode.EMERGENCY, ReasonCode.OUTSIDE_SCHEDULE]
    later = _decide(building, "ola-user", "garage", NOW + 2 * DAY)
    assert later.reasons[0].code is ReasonCode.EXPIRED


def test_an_emergency_key_alone_is_one_no_ordinary_key_opens_beside(building: Building) -> None:
    """What a PIN or tag at the unit opened on: the emergency key only outside the schedule."""
    registry = building.registry
    registry.grant_access([building.ola], door_ids=["garage"], schedule=WORKDAYS, now=NOW)
    emergency = registry.issue_emergency_key(
        building.ola, door_ids=["garage"], reason="Leak", admin_user_id="admin", now=NOW
    ).created[0]
    assert emergency_key_alone(registry, building.ola, "garage", NOW + 13 * HOUR) == emergency
    assert emergency_key_alone(registry, building.ola, "garage", NOW) is None  # workday hours
    assert emergency_key_alone(registry, building.ola, "garage", NOW + 2 * DAY) is None
    assert emergency_key_alone(registry, building.ola, "front", NOW) is None  # no key there


def test_a_share_opens_within_the_grants_schedule_and_its_own_limits(building: Building) -> None:
    registry = building.registry
    registry.grant_access(
        [building.kari],
        door_ids=["front"],
        schedule=WORKDAYS,
        may_share=True,
        share_limit=1,
        now=NOW,
    )
    share = registry.share_key(
        building.kari, "front", target="cleaner", use_limit=1, valid_until=NOW + 7 * DAY, now=NOW
    ).created[0]
    decision = _decide(building, "cleaner", "front", NOW)
    assert decision.allowed
    assert decision.key == KeyRef(KeyKind.SHARE, share)
    assert decision.person_id is None
    assert not _decide(building, "cleaner", "front", SATURDAY_NOON).allowed, "grant's schedule"
    registry.record_share_use(share, now=NOW)
    spent = _decide(building, "cleaner", "front", NOW)
    assert not spent.allowed
    assert spent.reasons[0].code is ReasonCode.USE_LIMIT_REACHED
    assert dict(spent.reasons[0].placeholders) == {"uses": "1", "limit": "1"}
    assert _decide(building, "cleaner", "front", NOW, Action.LOCK).allowed
    registry.revoke_share(share, now=NOW)
    revoked = _decide(building, "cleaner", "front", NOW, Action.LOCK)
    assert not revoked.allowed
    assert revoked.reasons[0].code is ReasonCode.SHARE_REVOKED


def test_a_person_with_a_grant_and_a_share_is_told_about_both(building: Building) -> None:
    registry = building.registry
    registry.grant_access([building.ola], door_ids=["front"], valid_until=NOW + HOUR, now=NOW)
    registry.grant_access(
        [building.kari], door_ids=["front"], may_share=True, share_limit=1, now=NOW
    )
    share = registry.share_key(building.kari, "front", target="ola-user", now=NOW).created[0]
    reasons = explain_access(registry, building.ola, "front", NOW + 2 * HOUR)
    assert [r.code for r in reasons] == [ReasonCode.EXPIRED, ReasonCode.ALWAYS]
    decision = _decide(building, "ola-user", "front", NOW + 2 * HOUR)
    assert decision.key == KeyRef(KeyKind.SHARE, share)
    assert decision.reasons == tuple(reasons)


def test_my_keys_lists_each_door_once_with_when_it_opens(building: Building) -> None:
    registry = building.registry
    registry.grant_access([building.kari], bundle_ids=[building.common], schedule=WORKDAYS, now=NOW)
    registry.grant_access(
        [building.kari], door_ids=["garage", "front"], valid_from=NOW + DAY, now=NOW
    )
    keys = may_open_now(registry, building.kari, SATURDAY_NOON)
    assert [k.door_id for k in keys] == ["front", "garage", "laundry"]  # by door name
    front, garage, laundry = keys
    assert front.opens_now
    assert garage.opens_now
    assert not laundry.opens_now
    assert laundry.opens_next == MONDAY_7
    early = may_open_now(registry, building.kari, NOW)
    assert [(k.door_id, k.opens_now) for k in early] == [
        ("front", True),
        ("garage", False),
        ("laundry", True),
    ]
    assert early[1].opens_next == NOW + DAY


def test_may_share_reports_the_remaining_shares(building: Building) -> None:
    registry = building.registry
    registry.grant_access(
        [building.kari], door_ids=["front"], may_share=True, share_limit=2, now=NOW
    )
    registry.share_key(building.kari, "front", target="g", now=NOW)
    allowance = may_share(registry, building.kari, "front", NOW)
    assert allowance.allowed
    assert (allowance.limit, allowance.active, allowance.remaining) == (2, 1, 1)
    assert not may_share(registry, building.ola, "front", NOW).allowed


def test_a_share_is_managed_by_its_maker_or_an_admin(building: Building) -> None:
    registry = building.registry
    registry.grant_access(
        [building.kari], door_ids=["front"], may_share=True, share_limit=1, now=NOW
    )
    share = registry.share_key(building.kari, "front", target="g", now=NOW).created[0]
    assert may_manage_share(registry, Resident("kari-user"), share)
    assert may_manage_share(registry, AdminUser("admin"), share)
    assert not may_manage_share(registry, Resident("ola-user"), share)
    assert not may_manage_share(registry, Resident("g"), share)
    assert not may_manage_share(registry, Automation(), share)
    assert not may_manage_share(registry, AdminUser("admin"), "missing")


def test_weekday_placeholder_is_the_window_of_an_overnight_key(building: Building) -> None:
    night = WeeklySchedule.of((Weekday.FRIDAY, 22 * 60, 6 * 60))
    building.registry.grant_access([building.kari], door_ids=["garage"], schedule=night, now=NOW)
    saturday_3 = datetime(2026, 3, 28, 2, tzinfo=UTC)
    decision = _decide(building, "kari-user", "garage", saturday_3)
    assert decision.allowed
    assert decision.reasons[0].placeholders["weekday"] == str(int(Weekday.FRIDAY))


def test_a_link_share_is_decided_on_that_share_alone(building: Building) -> None:
    registry = building.registry
    registry.grant_access(
        [building.kari],
        door_ids=["front"],
        schedule=WORKDAYS,
        may_share=True,
        share_limit=2,
        now=NOW,
    )
    share = registry.share_key(
        building.kari,
        "front",
        kind=ShareKind.LINK,
        target="ab" * 32,
        use_limit=1,
        valid_from=NOW + HOUR,
        valid_until=NOW + 7 * DAY,
        now=NOW,
    ).created[0]

    def codes(at: datetime, action: Action = Action.OPEN, door: str = "front") -> list[ReasonCode]:
        decision = decide_share(registry, share, door, action, at)
        assert decision.person_id is None
        assert decision.allowed == (decision.key is not None)
        return [reason.code for reason in decision.reasons]

    assert codes(NOW) == [ReasonCode.NOT_YET_VALID]
    assert codes(NOW + 2 * HOUR) == [ReasonCode.IN_WINDOW]
    opened = decide_share(registry, share, "front", Action.OPEN, NOW + 2 * HOUR)
    assert opened.allowed
    assert opened.key == KeyRef(KeyKind.SHARE, share)
    assert codes(SATURDAY_NOON) == [ReasonCode.OUTSIDE_SCHEDULE]
    assert decide_share(registry, share, "front", Action.LOCK, SATURDAY_NOON).allowed
    assert codes(NOW + 2 * HOUR, door="garage") == [ReasonCode.NO_KEY]
    assert codes(NOW + 2 * HOUR, door="attic") == [ReasonCode.UNKNOWN_DOOR]
    assert codes(NOW + 2 * HOUR) == [ReasonCode.IN_WINDOW]
    registry.record_share_use(share, now=NOW + 2 * HOUR)
    assert codes(NOW + 2 * HOUR) == [ReasonCode.USE_LIMIT_REACHED]
    assert codes(NOW, Action.LOCK) == [ReasonCode.NOT_YET_VALID], "before its start, still"
    assert not decide_share(registry, share, "front", Action.LOCK, NOW).allowed
    assert codes(NOW + 8 * DAY) == [ReasonCode.EXPIRED]
    registry.revoke_share(share, now=NOW + 3 * HOUR)
    assert codes(NOW + 3 * HOUR, Action.LOCK) == [ReasonCode.SHARE_REVOKED]
    assert decide_share(registry, "missing", "front", Action.OPEN, NOW).reasons[0].code is (
        ReasonCode.NO_KEY
    )


def test_a_link_share_is_gone_with_its_grant(building: Building) -> None:
    registry = building.registry
    grant = registry.grant_access(
        [building.kari], door_ids=["front"], may_share=True, share_limit=1, now=NOW
    ).created[0]
    share = registry.share_key(
        building.kari, "front", kind=ShareKind.LINK, target="cd" * 32, now=NOW
    ).created[0]
    assert decide_share(registry, share, "front", Action.OPEN, NOW).allowed
    registry.revoke_access([grant])
    refused = decide_share(registry, share, "front", Action.OPEN, NOW)
    assert not refused.allowed
    assert [reason.code for reason in refused.reasons] == [ReasonCode.NO_KEY]


def test_new_building_settings_hold_from_the_next_decision(building: Building) -> None:
    """Home Assistant's zone changed: the same instant is another wall-clock time now."""
    registry = building.registry
    registry.grant_access([building.kari], door_ids=["front"], schedule=WORKDAYS, now=NOW)
    assert _decide(building, "kari-user", "front", MONDAY_7).allowed  # 07:00 in Oslo
    assert not registry.use_settings(BuildingSettings(registry.settings.country, "Europe/Oslo"))
    assert registry.use_settings(BuildingSettings(Country.DENMARK, "America/New_York"))
    assert not _decide(building, "kari-user", "front", MONDAY_7).allowed  # 01:00 there
    assert _decide(building, "kari-user", "front", MONDAY_7 + 6 * HOUR).allowed
    assert registry.settings.country is Country.DENMARK
