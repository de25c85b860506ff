"""Registry operations: what they store, what they refuse, what they cascade."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from custom_components.digitalkey.access.contact import Country, Language
from custom_components.digitalkey.access.errors import AccessError, ErrorCode
from custom_components.digitalkey.access.model import GrantKind, Role, ShareKind
from custom_components.digitalkey.access.registry import (
    EMERGENCY_VALIDITY,
    BuildingSettings,
    Change,
    Registry,
)
from custom_components.digitalkey.access.schedules import WeeklySchedule

from .conftest import NOW, Building
from .strategies import registry_for

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


def _raises(code: ErrorCode, registry: Registry, call: object) -> AccessError:
    """Run `call`, expect `code`, and check that nothing changed."""
    before = registry.to_dict()
    with pytest.raises(AccessError) as err:
        call()  # type: ignore[operator]
    assert err.value.code is code
    assert registry.to_dict() == before
    assert registry.problems() == []
    return err.value


def _sharing(
    building: Building,
    limit: int = 2,
    valid_from: datetime | None = None,
    valid_until: datetime | None = None,
) -> str:
    return building.registry.grant_access(
        [building.kari],
        door_ids=["front"],
        may_share=True,
        share_limit=limit,
        valid_from=valid_from,
        valid_until=valid_until,
        now=NOW,
    ).created[0]


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
    _raises(
        ErrorCode.INVALID_FIELD,
        registry,
        lambda: registry.add_person(" ", role=Role.OWNER, now=NOW),
    )
    _raises(
        ErrorCode.INVALID_PHONE,
        registry,
        lambda: registry.add_person("X", role=Role.OWNER, phone="123", now=NOW),
    )
    _raises(
        ErrorCode.INVALID_EMAIL,
        registry,
        lambda: registry.add_person("X", role=Role.OWNER, email="x@", now=NOW),
    )
    _raises(
        ErrorCode.INVALID_TIME,
        registry,
        lambda: registry.add_person("X", role=Role.OWNER, now=NOW.replace(tzinfo=None)),
    )


def test_an_ha_user_links_to_one_person_and_the_error_names_nobody(building: Building) -> None:
    registry = building.registry
    err = _raises(
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
    grant = _sharing(building)
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
    _raises(ErrorCode.DOOR_EXISTS, registry, lambda: registry.add_door("front", "Again"))
    registry.update_door("front", name="Main entrance", address=None)
    assert registry.door("front").name == "Main entrance"
    assert registry.door("front").address is None
    assert registry.door("front").entrance == "A"


def test_removing_a_door_drops_it_everywhere(building: Building) -> None:
    registry = building.registry
    direct = _sharing(building)
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
    _raises(ErrorCode.BUNDLE_IN_USE, registry, lambda: registry.delete_bundle(building.common))
    change = registry.delete_bundle(building.common, revoke_grants=True)
    assert change.grants == {grant}
    assert change.doors == {"front", "laundry"}
    assert building.common not in registry.bundles
    empty = registry.create_bundle("Unused").created[0]
    assert registry.delete_bundle(empty).doors == frozenset()


def test_bundles_refuse_unknown_doors(building: Building) -> None:
    registry = building.registry
    _raises(ErrorCode.UNKNOWN_DOOR, registry, lambda: registry.create_bundle("X", ["attic"]))
    _raises(
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
    grant = _sharing(building, valid_until=NOW + 30 * DAY)
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
    registry.grant_access([building.kari], door_ids=["front"], now=NOW + 2 * HOUR)
    assert registry.shares[share].revoked_at == NOW + 2 * HOUR, "sharing no longer allowed"


def test_shortening_a_grant_before_a_share_starts_removes_the_share(building: Building) -> None:
    registry = building.registry
    _sharing(building)
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
    building: Building, terms: dict[str, object], code: ErrorCode
) -> None:
    registry = building.registry
    _raises(code, registry, lambda: registry.grant_access([building.kari], now=NOW, **terms))  # type: ignore[arg-type]


def test_grant_access_checks_everyone_before_granting_anyone(building: Building) -> None:
    registry = building.registry
    _raises(
        ErrorCode.UNKNOWN_PERSON,
        registry,
        lambda: registry.grant_access([building.kari, "ghost"], door_ids=["front"], now=NOW),
    )


def test_revoking_a_grant_removes_its_shares(building: Building) -> None:
    registry = building.registry
    grant = _sharing(building)
    share = registry.share_key(building.kari, "front", target="guest", now=NOW).created[0]
    change = registry.revoke_access([grant])
    assert change.shares == {share}
    assert change.doors == {"front"}
    assert registry.shares_to(ShareKind.HA_USER, "guest") == []
    _raises(ErrorCode.UNKNOWN_GRANT, registry, lambda: registry.revoke_access([grant]))


def test_turning_sharing_off_revokes_active_shares(building: Building) -> None:
    registry = building.registry
    grant = _sharing(building)
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
    _raises(
        ErrorCode.SHARING_NOT_ALLOWED,
        registry,
        lambda: registry.set_sharing([grant.id], may_share=True, share_limit=1, now=NOW),
    )


def test_an_emergency_key_needs_a_reason(building: Building) -> None:
    registry = building.registry
    _raises(
        ErrorCode.REASON_REQUIRED,
        registry,
        lambda: registry.issue_emergency_key(
            building.ola, door_ids=["garage"], reason="  ", admin_user_id="admin", now=NOW
        ),
    )


# Shares -------------------------------------------------------------------------------------


def test_a_share_is_clipped_to_its_grant(building: Building) -> None:
    registry = building.registry
    grant = _sharing(building, valid_from=NOW + DAY, valid_until=NOW + 10 * DAY)
    change = registry.share_key(
        building.kari,
        "front",
        target="guest",
        valid_until=NOW + 30 * DAY,
        use_limit=3,
        notify_on_use=True,
        label="Cleaner",
        now=NOW,
    )
    share = registry.shares[change.created[0]]
    assert share.grant_id == grant
    assert (share.valid_from, share.valid_until) == (NOW + DAY, NOW + 10 * DAY)
    assert (share.use_limit, share.uses, share.notify_on_use, share.label) == (
        3,
        0,
        True,
        "Cleaner",
    )
    _raises(
        ErrorCode.SHARE_OUTSIDE_GRANT,
        registry,
        lambda: registry.share_key(
            building.kari, "front", target="other", valid_from=NOW + 11 * DAY, now=NOW
        ),
    )


def test_sharing_needs_the_right_and_stays_within_the_limit(building: Building) -> None:
    registry = building.registry

    def share(target: str) -> Change:
        return registry.share_key(building.kari, "front", target=target, now=NOW)

    _raises(ErrorCode.NO_KEY, registry, lambda: share("guest"))
    plain = registry.grant_access([building.kari], door_ids=["front"], now=NOW).created[0]
    _raises(ErrorCode.SHARING_NOT_ALLOWED, registry, lambda: share("guest"))
    registry.set_sharing([plain], may_share=True, share_limit=2, now=NOW)
    first = share("guest1").created[0]
    share("guest2")
    err = _raises(ErrorCode.SHARE_LIMIT_REACHED, registry, lambda: share("guest3"))
    assert err.placeholders["limit"] == "2"
    registry.revoke_share(first, now=NOW)
    share("guest3")
    _raises(ErrorCode.SHARE_TO_SELF, registry, lambda: share("kari-user"))


def test_expired_and_used_up_shares_free_their_place(building: Building) -> None:
    registry = building.registry
    _sharing(building, limit=1)
    once = registry.share_key(building.kari, "front", target="g1", use_limit=1, now=NOW).created[0]
    assert not registry.share_allowance(building.kari, "front", NOW).allowed
    registry.record_share_use(once, now=NOW + HOUR)
    assert registry.share_allowance(building.kari, "front", NOW + HOUR).allowed
    registry.share_key(building.kari, "front", target="g2", valid_until=NOW + 2 * HOUR, now=NOW)
    assert registry.share_allowance(building.kari, "front", NOW + 2 * HOUR).remaining == 1


def test_share_uses_are_counted_until_the_limit(building: Building) -> None:
    registry = building.registry
    _sharing(building)
    share = registry.share_key(building.kari, "front", target="g", use_limit=2, now=NOW).created[0]
    registry.record_share_use(share, now=NOW)
    change = registry.record_share_use(share, now=NOW)
    assert registry.shares[share].uses == 2
    assert change.doors == {"front"}, "used up: the door's keys changed"
    _raises(ErrorCode.SHARE_NOT_ACTIVE, registry, lambda: registry.record_share_use(share, now=NOW))


def test_pin_and_link_shares_hold_a_hash_never_the_secret(building: Building) -> None:
    registry = building.registry
    _sharing(building)
    _raises(
        ErrorCode.INVALID_SHARE_TARGET,
        registry,
        lambda: registry.share_key(
            building.kari, "front", kind=ShareKind.PIN, target="1234", now=NOW
        ),
    )
    digest = "ab" * 32
    change = registry.share_key(building.kari, "front", kind=ShareKind.LINK, target=digest, now=NOW)
    assert registry.shares_to(ShareKind.LINK, digest)[0].id == change.created[0]
    assert Registry.from_dict(registry.to_dict()).to_dict() == registry.to_dict()


def test_revoking_a_share_twice_changes_nothing_the_second_time(building: Building) -> None:
    registry = building.registry
    _sharing(building)
    share = registry.share_key(building.kari, "front", target="g", now=NOW).created[0]
    assert not registry.revoke_share(share, now=NOW).empty
    assert registry.revoke_share(share, now=NOW + HOUR).empty
    assert registry.shares[share].revoked_at == NOW


def test_prune_removes_old_revoked_and_expired_shares(building: Building) -> None:
    registry = building.registry
    _sharing(building, limit=3)
    revoked = registry.share_key(building.kari, "front", target="a", now=NOW).created[0]
    expired = registry.share_key(
        building.kari, "front", target="b", valid_until=NOW + HOUR, now=NOW
    ).created[0]
    kept = registry.share_key(building.kari, "front", target="c", now=NOW).created[0]
    registry.revoke_share(revoked, now=NOW)
    change = registry.prune_shares(NOW + DAY)
    assert change.shares == {revoked, expired}
    assert set(registry.shares) == {kept}


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
    _raises(
        ErrorCode.INVALID_FIELD,
        registry,
        lambda: registry.add_person("X", role="landlord", now=NOW),  # type: ignore[arg-type]
    )
    _raises(
        ErrorCode.INVALID_FIELD,
        registry,
        lambda: registry.update_person(building.kari, language="sv", now=NOW),  # type: ignore[arg-type]
    )
    _sharing(building)
    _raises(
        ErrorCode.INVALID_FIELD,
        registry,
        lambda: registry.share_key(building.kari, "front", kind="tag", target="x", now=NOW),  # type: ignore[arg-type]
    )
