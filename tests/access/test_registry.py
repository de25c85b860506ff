"""Registry operations: what they store, what they refuse, what they cascade."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from custom_components.digitalkey.access.contact import Country, Language
from custom_components.digitalkey.access.errors import ErrorCode
from custom_components.digitalkey.access.model import GrantKind, Role, ShareKind
from custom_components.digitalkey.access.registry import (
    EMERGENCY_VALIDITY,
    BuildingSettings,
    Registry,
)
from custom_components.digitalkey.access.schedules import WeeklySchedule

from .conftest import NOW, Building, raises_unchanged, sharing_grant
from .strategies import registry_for

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


# People -----------------------------------------------------------------------------------


def test_a_person_is_stored_normalised_with_the_countrys_language(building: Building) -> None:
    kari = building.registry.person(building.kari)
    assert kari.phone == "+4791234567"
    assert kari.language is Language.NORWEGIAN
    assert kari.created_at == kari.updated_at == NOW
    assert building.registry.person_for_user("kari-user") == kari
    dutch = Registry(BuildingSettings(Country.NETHERLANDS, "Europe/Amsterdam"))
    person = dutch.add_person("Jan", role=Role.OWNER, phone="0612345678", now=NOW).created[0]
    assert dutch.person(person).language is Language.DUTCH
    assert dutch.person(person).phone == "+31612345678"


def test_person_input_is_checked(building: Building) -> None:
    registry = building.registry
    raises_unchanged(
        ErrorCode.INVALID_FIELD,
        registry,
        lambda: registry.add_person(" ", role=Role.OWNER, now=NOW),
    )
    raises_unchanged(
        ErrorCode.INVALID_PHONE,
        registry,
        lambda: registry.add_person("X", role=Role.OWNER, phone="123", now=NOW),
    )
    raises_unchanged(
        ErrorCode.INVALID_EMAIL,
        registry,
        lambda: registry.add_person("X", role=Role.OWNER, email="x@", now=NOW),
    )
    raises_unchanged(
        ErrorCode.INVALID_TIME,
        registry,
        lambda: registry.add_person("X", role=Role.OWNER, now=NOW.replace(tzinfo=None)),
    )


def test_an_ha_user_links_to_one_person_and_the_error_names_nobody(building: Building) -> None:
    registry = building.registry
    err = raises_unchanged(
        ErrorCode.HA_USER_ALREADY_LINKED,
        registry,
        lambda: registry.update_person(building.ola, ha_user_id="kari-user", now=NOW),
    )
    assert "Kari" not in str(err)
    assert not err.placeholders


def test_update_person_changes_only_what_is_given(building: Building) -> None:
    registry = building.registry
    later = NOW + DAY
    change = registry.update_person(building.kari, email="Kari@Example.no", now=later)
    kari = registry.person(building.kari)
    assert kari.email == "Kari@example.no"
    assert kari.phone == "+4791234567"
    assert kari.updated_at == later
    assert kari.created_at == NOW
    assert change.people == {building.kari}
    registry.update_person(building.kari, ha_user_id=None, phone=None, now=later)
    assert registry.person_for_user("kari-user") is None
    assert registry.person(building.kari).phone is None


def test_search_by_name_or_phone_digits(building: Building) -> None:
    registry = building.registry
    assert [p.id for p in registry.search_people("nordm")] == [building.kari]
    assert [p.id for p in registry.search_people("912 34")] == [building.kari]
    assert registry.search_people("") == []


def test_removing_a_person_removes_their_keys_and_shares(building: Building) -> None:
    registry = building.registry
    grant = sharing_grant(building)
    bundle_grant = registry.grant_access(
        [building.kari], bundle_ids=[building.common], may_share=True, share_limit=1, now=NOW
    ).created[0]
    share = registry.share_key(building.kari, "front", target="guest", now=NOW).created[0]
    given_to_kari = registry.grant_access(
        [building.ola], door_ids=["garage"], may_share=True, share_limit=1, now=NOW
    ).created[0]
    to_kari = registry.share_key(building.ola, "garage", target="kari-user", now=NOW).created[0]
    change = registry.remove_person(building.kari)
    assert change.grants == {grant, bundle_grant}
    assert change.shares == {share}
    assert change.doors == {"front", "laundry"}
    assert building.kari not in registry.people
    assert registry.person_for_user("kari-user") is None
    assert to_kari in registry.shares, "a share given to the HA user was given to the user"
    assert given_to_kari in registry.grants
    assert registry.problems() == []


def test_erasing_a_person_also_removes_shares_to_them_and_gives_a_pseudonym(
    building: Building,
) -> None:
    registry = building.registry
    registry.grant_access(
        [building.ola], door_ids=["garage"], may_share=True, share_limit=1, now=NOW
    )
    to_kari = registry.share_key(building.ola, "garage", target="kari-user", now=NOW).created[0]
    change = registry.erase_person(building.kari)
    assert change.pseudonym is not None
    assert change.pseudonym.startswith("erased-")
    assert building.kari not in change.pseudonym
    assert to_kari not in registry.shares
    assert "kari-user" not in repr(registry.to_dict())
    assert "Kari" not in repr(registry.to_dict())


def test_forgetting_an_ha_user_unlinks_it_and_drops_its_shares(building: Building) -> None:
    registry = building.registry
    registry.grant_access(
        [building.ola], door_ids=["garage"], may_share=True, share_limit=1, now=NOW
    )
    to_kari = registry.share_key(building.ola, "garage", target="kari-user", now=NOW).created[0]
    change = registry.forget_ha_user("kari-user")
    assert registry.person(building.kari).ha_user_id is None
    assert to_kari not in registry.shares
    assert change.doors == {"garage"}


# Doors and bundles --------------------------------------------------------------------------


def test_doors_are_added_once_and_renamed(building: Building) -> None:
    registry = building.registry
    raises_unchanged(ErrorCode.DOOR_EXISTS, registry, lambda: registry.add_door("front", "Again"))
    registry.update_door("front", name="Main entrance", address=None)
    assert registry.door("front").name == "Main entrance"
    assert registry.door("front").address is None
    assert registry.door("front").entrance == "A"


def test_removing_a_door_drops_it_everywhere(building: Building) -> None:
    registry = building.registry
    direct = sharing_grant(building)
    via_bundle = registry.grant_access(
        [building.ola], bundle_ids=[building.common], may_share=True, share_limit=1, now=NOW
    ).created[0]
    shared = registry.share_key(building.ola, "front", target="guest", now=NOW).created[0]
    kept = registry.share_key(building.ola, "laundry", target="guest", now=NOW).created[0]
    change = registry.remove_door("front")
    assert "front" not in registry.doors
    assert registry.bundle(building.common).door_ids == {"laundry"}
    assert direct not in registry.grants
    assert via_bundle in registry.grants
    assert shared not in registry.shares
    assert kept in registry.shares
    assert change.people == {building.kari, building.ola}
    assert registry.problems() == []


def test_a_door_added_to_a_bundle_goes_to_every_holder(building: Building) -> None:
    registry = building.registry
    registry.grant_access([building.kari, building.ola], bundle_ids=[building.common], now=NOW)
    change = registry.update_bundle(building.common, door_ids=["front", "laundry", "garage"])
    assert change.doors == {"garage"}
    assert change.people == {building.kari, building.ola}
    assert registry.people_with_access("garage") == {building.kari, building.ola}


def test_a_door_taken_out_of_a_bundle_takes_its_shares_along(building: Building) -> None:
    registry = building.registry
    registry.grant_access(
        [building.kari], bundle_ids=[building.common], may_share=True, share_limit=2, now=NOW
    )
    front = registry.share_key(building.kari, "front", target="guest", now=NOW).created[0]
    laundry = registry.share_key(building.kari, "laundry", target="guest", now=NOW).created[0]
    change = registry.update_bundle(building.common, door_ids=["laundry"])
    assert front not in registry.shares
    assert laundry in registry.shares
    assert change.doors == {"front"}
    assert registry.problems() == []


def test_a_bundle_in_use_is_only_deleted_on_purpose(building: Building) -> None:
    registry = building.registry
    grant = registry.grant_access([building.kari], bundle_ids=[building.common], now=NOW).created[0]
    raises_unchanged(
        ErrorCode.BUNDLE_IN_USE, registry, lambda: registry.delete_bundle(building.common)
    )
    change = registry.delete_bundle(building.common, revoke_grants=True)
    assert change.grants == {grant}
    assert change.doors == {"front", "laundry"}
    assert building.common not in registry.bundles
    empty = registry.create_bundle("Unused").created[0]
    assert registry.delete_bundle(empty).doors == frozenset()


def test_bundles_refuse_unknown_doors(building: Building) -> None:
    registry = building.registry
    raises_unchanged(
        ErrorCode.UNKNOWN_DOOR, registry, lambda: registry.create_bundle("X", ["attic"])
    )
    raises_unchanged(
        ErrorCode.UNKNOWN_DOOR,
        registry,
        lambda: registry.update_bundle(building.common, door_ids=["front", "attic"]),
    )


# Grants -------------------------------------------------------------------------------------


def test_grant_access_gives_many_people_many_keys_at_once(building: Building) -> None:
    registry = building.registry
    change = registry.grant_access(
        [building.kari, building.ola],
        door_ids=["garage", "front"],
        bundle_ids=[building.common],
        now=NOW,
    )
    assert len(change.created) == 6
    assert change.doors == {"front", "garage", "laundry"}
    assert [g.target_id for g in registry.grants_of(building.kari)] == [
        "front",
        "garage",
        building.common,
    ]
    assert len(registry.grants_for_door("front")) == 4


def test_granting_again_replaces_the_terms_of_the_same_grant(building: Building) -> None:
    registry = building.registry
    grant = sharing_grant(building, valid_until=NOW + 30 * DAY)
    share = registry.share_key(
        building.kari, "front", target="guest", valid_until=NOW + 20 * DAY, now=NOW
    ).created[0]
    schedule = WeeklySchedule.of((0, 420, 1020))
    change = registry.grant_access(
        [building.kari],
        door_ids=["front"],
        valid_until=NOW + 10 * DAY,
        schedule=schedule,
        may_share=True,
        share_limit=2,
        now=NOW + HOUR,
    )
    assert change.created == ()
    assert registry.grant(grant).schedule == schedule
    assert registry.grant(grant).created_at == NOW
    assert registry.shares[share].valid_until == NOW + 10 * DAY, "clipped to the new window"
    registry.grant_access([building.kari], door_ids=["front"], may_share=False, now=NOW + 2 * HOUR)
    assert registry.shares[share].revoked_at == NOW + 2 * HOUR, "sharing no longer allowed"


def test_shortening_a_grant_before_a_share_starts_removes_the_share(building: Building) -> None:
    registry = building.registry
    sharing_grant(building)
    share = registry.share_key(
        building.kari, "front", target="guest", valid_from=NOW + 5 * DAY, now=NOW
    ).created[0]
    change = registry.grant_access(
        [building.kari], door_ids=["front"], valid_until=NOW + 2 * DAY, may_share=True, now=NOW
    )
    assert share in change.shares
    assert share not in registry.shares


@pytest.mark.parametrize(
    ("terms", "code"),
    [
        ({"door_ids": ["attic"]}, ErrorCode.UNKNOWN_DOOR),
        ({"bundle_ids": ["nope"]}, ErrorCode.UNKNOWN_BUNDLE),
        ({}, ErrorCode.NOTHING_TO_GRANT),
        ({"door_ids": ["front"], "share_limit": -1}, ErrorCode.INVALID_FIELD),
        ({"door_ids": ["front"], "valid_until": NOW - HOUR}, ErrorCode.INVALID_WINDOW),
        (
            {"door_ids": ["front"], "valid_from": NOW + DAY, "valid_until": NOW + HOUR},
            ErrorCode.INVALID_WINDOW,
        ),
        ({"door_ids": ["front"], "valid_from": NOW.replace(tzinfo=None)}, ErrorCode.INVALID_TIME),
    ],
)
def test_grant_access_refuses_bad_terms(
    building: Building, terms: dict[str, Any], code: ErrorCode
) -> None:
    registry = building.registry
    raises_unchanged(
        code, registry, lambda: registry.grant_access([building.kari], now=NOW, **terms)
    )


def test_grant_access_checks_everyone_before_granting_anyone(building: Building) -> None:
    registry = building.registry
    raises_unchanged(
        ErrorCode.UNKNOWN_PERSON,
        registry,
        lambda: registry.grant_access([building.kari, "ghost"], door_ids=["front"], now=NOW),
    )


def test_revoking_a_grant_removes_its_shares(building: Building) -> None:
    registry = building.registry
    grant = sharing_grant(building)
    share = registry.share_key(building.kari, "front", target="guest", now=NOW).created[0]
    change = registry.revoke_access([grant])
    assert change.shares == {share}
    assert change.doors == {"front"}
    assert registry.shares_to(ShareKind.HA_USER, "guest") == []
    raises_unchanged(ErrorCode.UNKNOWN_GRANT, registry, lambda: registry.revoke_access([grant]))


def test_turning_sharing_off_revokes_active_shares(building: Building) -> None:
    registry = building.registry
    grant = sharing_grant(building)
    share = registry.share_key(building.kari, "front", target="guest", now=NOW).created[0]
    registry.set_sharing([grant], may_share=True, share_limit=0, now=NOW)
    assert registry.shares[share].revoked_at is None, "a lower limit keeps what was shared"
    registry.set_sharing([grant], may_share=False, share_limit=0, now=NOW + HOUR)
    assert registry.shares[share].revoked_at == NOW + HOUR


def test_an_emergency_key_lasts_a_day_and_keeps_its_reason(building: Building) -> None:
    registry = building.registry
    change = registry.issue_emergency_key(
        building.ola, door_ids=["garage"], reason="Water leak", admin_user_id="admin", now=NOW
    )
    grant = registry.grant(change.created[0])
    assert grant.kind is GrantKind.EMERGENCY
    assert (grant.valid_from, grant.valid_until) == (NOW, NOW + EMERGENCY_VALIDITY)
    assert (grant.reason, grant.created_by) == ("Water leak", "admin")
    assert not grant.may_share
    assert grant.schedule is None
    raises_unchanged(
        ErrorCode.SHARING_NOT_ALLOWED,
        registry,
        lambda: registry.set_sharing([grant.id], may_share=True, share_limit=1, now=NOW),
    )


def test_an_emergency_key_needs_a_reason(building: Building) -> None:
    registry = building.registry
    raises_unchanged(
        ErrorCode.REASON_REQUIRED,
        registry,
        lambda: registry.issue_emergency_key(
            building.ola, door_ids=["garage"], reason="  ", admin_user_id="admin", now=NOW
        ),
    )


def test_lookups_through_bundles(building: Building) -> None:
    registry = building.registry
    grant = registry.grant_access([building.ola], bundle_ids=[building.common], now=NOW).created[0]
    assert [g.id for g in registry.grants_of_person_for_door(building.ola, "laundry")] == [grant]
    assert registry.grants_of_person_for_door(building.ola, "garage") == []
    assert [b.id for b in registry.bundles_with_door("front")] == [building.common]
    assert registry.doors_of(registry.grant(grant)) == {"front", "laundry"}


def test_ids_come_from_the_factory() -> None:
    registry = registry_for()
    assert registry.add_person("A", role=Role.BOARD, now=NOW).created == ("id0",)


def test_unknown_role_language_or_share_kind_is_a_field_error(building: Building) -> None:
    registry = building.registry
    raises_unchanged(
        ErrorCode.INVALID_FIELD,
        registry,
        lambda: registry.add_person("X", role="landlord", now=NOW),  # type: ignore[arg-type]
    )
    raises_unchanged(
        ErrorCode.INVALID_FIELD,
        registry,
        lambda: registry.update_person(building.kari, language="sv", now=NOW),  # type: ignore[arg-type]
    )
    sharing_grant(building)
    raises_unchanged(
        ErrorCode.INVALID_FIELD,
        registry,
        lambda: registry.share_key(building.kari, "front", kind="tag", target="x", now=NOW),  # type: ignore[arg-type]
    )


def test_granting_again_without_sharing_terms_keeps_them_and_the_shares(
    building: Building,
) -> None:
    """Granting a held key again (say, with a new end date) must not revoke its shares."""
    registry = building.registry
    grant = sharing_grant(building, limit=2)
    share = registry.share_key(building.kari, "front", target="guest", now=NOW).created[0]
    registry.grant_access(
        [building.kari], door_ids=["front"], valid_until=NOW + timedelta(days=30), now=NOW
    )
    kept = registry.grants[grant]
    assert (kept.may_share, kept.share_limit) == (True, 2)
    assert registry.shares[share].revoked_at is None
    new = registry.grant_access([building.ola], door_ids=["garage"], now=NOW).created[0]
    assert (registry.grants[new].may_share, registry.grants[new].share_limit) == (False, 0)
