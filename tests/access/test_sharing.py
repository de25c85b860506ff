"""Sharing: the right and the limit, windows clipped to the grant, uses, revocation."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import HealthCheck, given, settings

from custom_components.digitalkey.access.contact import Language
from custom_components.digitalkey.access.errors import AccessError, ErrorCode
from custom_components.digitalkey.access.model import GrantKind, Share, ShareKind
from custom_components.digitalkey.access.registry import Change, Registry

from .conftest import NOW, Building, raises_unchanged, sharing_grant
from .strategies import BASE, Step, apply, registry_for, steps

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


def test_a_share_is_clipped_to_its_grant(building: Building) -> None:
    registry = building.registry
    grant = sharing_grant(building, valid_from=NOW + DAY, valid_until=NOW + 10 * DAY)
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
    raises_unchanged(
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

    raises_unchanged(ErrorCode.NO_KEY, registry, lambda: share("guest"))
    plain = registry.grant_access([building.kari], door_ids=["front"], now=NOW).created[0]
    raises_unchanged(ErrorCode.SHARING_NOT_ALLOWED, registry, lambda: share("guest"))
    registry.set_sharing([plain], may_share=True, share_limit=2, now=NOW)
    first = share("guest1").created[0]
    share("guest2")
    err = raises_unchanged(ErrorCode.SHARE_LIMIT_REACHED, registry, lambda: share("guest3"))
    assert err.placeholders["limit"] == "2"
    registry.revoke_share(first, now=NOW)
    share("guest3")
    raises_unchanged(ErrorCode.SHARE_TO_SELF, registry, lambda: share("kari-user"))


def test_expired_and_used_up_shares_free_their_place(building: Building) -> None:
    registry = building.registry
    sharing_grant(building, limit=1)
    once = registry.share_key(building.kari, "front", target="g1", use_limit=1, now=NOW).created[0]
    assert not registry.share_allowance(building.kari, "front", NOW).allowed
    registry.record_share_use(once, now=NOW + HOUR)
    assert registry.share_allowance(building.kari, "front", NOW + HOUR).allowed
    registry.share_key(building.kari, "front", target="g2", valid_until=NOW + 2 * HOUR, now=NOW)
    assert registry.share_allowance(building.kari, "front", NOW + 2 * HOUR).remaining == 1


def test_share_uses_are_counted_until_the_limit(building: Building) -> None:
    registry = building.registry
    sharing_grant(building)
    share = registry.share_key(building.kari, "front", target="g", use_limit=2, now=NOW).created[0]
    registry.record_share_use(share, now=NOW)
    change = registry.record_share_use(share, now=NOW)
    assert registry.shares[share].uses == 2
    assert change.doors == {"front"}, "used up: the door's keys changed"
    raises_unchanged(
        ErrorCode.SHARE_NOT_ACTIVE, registry, lambda: registry.record_share_use(share, now=NOW)
    )


def test_pin_and_link_shares_hold_a_hash_never_the_secret(building: Building) -> None:
    registry = building.registry
    sharing_grant(building)
    raises_unchanged(
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
    sharing_grant(building)
    share = registry.share_key(building.kari, "front", target="g", now=NOW).created[0]
    assert not registry.revoke_share(share, now=NOW).empty
    assert registry.revoke_share(share, now=NOW + HOUR).empty
    assert registry.shares[share].revoked_at == NOW


def test_prune_removes_old_revoked_and_expired_shares(building: Building) -> None:
    registry = building.registry
    sharing_grant(building, limit=3)
    revoked = registry.share_key(building.kari, "front", target="a", now=NOW).created[0]
    expired = registry.share_key(
        building.kari, "front", target="b", valid_until=NOW + HOUR, now=NOW
    ).created[0]
    kept = registry.share_key(building.kari, "front", target="c", now=NOW).created[0]
    registry.revoke_share(revoked, now=NOW)
    change = registry.prune_shares(NOW + DAY)
    assert change.shares == {revoked, expired}
    assert set(registry.shares) == {kept}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps)
def test_shares_never_exceed_or_outlive_their_grant(drawn: list[Step]) -> None:
    registry = registry_for()
    for step in drawn:
        try:
            change = apply(registry, step)
        except AccessError:
            continue
        at = BASE + timedelta(hours=step.hour)
        for share in registry.shares.values():
            grant = registry.grants[share.grant_id]
            assert registry.covers(grant, share.door_id)
            assert grant.person_id == share.from_person_id
            assert grant.valid_from is None or share.valid_from >= grant.valid_from
            if grant.valid_until is not None:
                assert share.valid_until is not None
                assert share.valid_until <= grant.valid_until
            if share.revoked_at is None:
                assert grant.kind is GrantKind.NORMAL
                assert grant.may_share, "sharing turned off leaves no active share"
        if step.op[0] == "share_key":
            share = registry.shares[change.created[0]]
            active = [
                s
                for s in registry.shares_from(share.from_person_id)
                if s.door_id == share.door_id and s.counts_against_limit(at)
            ]
            assert len(active) <= registry.grants[share.grant_id].share_limit


def test_a_link_share_keeps_its_guest_language_and_a_user_share_takes_none(
    building: Building,
) -> None:
    registry = building.registry
    sharing_grant(building)
    digest = "ef" * 32
    change = registry.share_key(
        building.kari, "front", kind=ShareKind.LINK, target=digest, language="nb", now=NOW
    )
    share = registry.shares[change.created[0]]
    assert share.language is Language.NORWEGIAN
    assert Registry.from_dict(registry.to_dict()).shares[share.id] == share
    raises_unchanged(
        ErrorCode.INVALID_FIELD,
        registry,
        lambda: registry.share_key(
            building.kari, "front", target="guest", language=Language.DANISH, now=NOW
        ),
    )
    raises_unchanged(
        ErrorCode.INVALID_FIELD,
        registry,
        lambda: registry.share_key(
            building.kari,
            "front",
            kind=ShareKind.LINK,
            target="01" * 32,
            language="sv",  # type: ignore[arg-type]
            now=NOW,
        ),
    )


def test_a_share_stored_without_a_language_reads_as_the_buildings() -> None:
    stored = {
        "id": "s",
        "grant_id": "g",
        "from_person_id": "p",
        "door_id": "d",
        "kind": "link",
        "target": "ab" * 32,
        "created_at": NOW.isoformat(),
        "valid_from": NOW.isoformat(),
        "uses": 0,
        "notify_on_use": False,
    }
    share = Share.from_json(stored)
    assert share.language is None
    assert share.to_json() == stored, "nothing is added to the stored form"
