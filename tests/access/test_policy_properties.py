"""The policy against a brute-force oracle, on random registries and instants.

The oracle scans every grant and share of the registry (no indexes) and checks weekly
windows with its own arithmetic, so an index that missed a key, a bundle expansion gone
stale or a schedule shortcut would show up as a difference.
"""

from __future__ import annotations

from datetime import datetime

from hypothesis import HealthCheck, given, settings, strategies as st

from custom_components.digitalkey.access.model import Grant, GrantKind, Share, ShareKind, within
from custom_components.digitalkey.access.policy import (
    Action,
    KeyKind,
    KeyRef,
    Resident,
    decide,
    decide_share,
    explain_access,
    may_open_now,
)
from custom_components.digitalkey.access.registry import Registry
from custom_components.digitalkey.access.schedules import WeeklySchedule

from .strategies import DOORS, USERS, ZONES, Step, build, instants, registry_for, steps

PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _window_open(schedule: WeeklySchedule | None, at: datetime, registry: Registry) -> bool:
    if schedule is None:
        return True
    local = at.astimezone(registry.settings.tz)
    minute, day = local.hour * 60 + local.minute, local.weekday()
    for window in schedule.windows:
        if window.start < window.end:
            if window.weekday == day and window.start <= minute < window.end:
                return True
        elif (window.weekday == day and minute >= window.start) or (
            (window.weekday + 1) % 7 == day and minute < window.end
        ):
            return True
    return False


def _covers(registry: Registry, grant: Grant, door_id: str) -> bool:
    if grant.door_id is not None:
        return grant.door_id == door_id
    return door_id in registry.bundles[grant.bundle_id or ""].door_ids


def _organisation_allows(
    registry: Registry, grant: Grant, door_id: str, at: datetime, lock: bool
) -> bool:
    """Whether the organisation a manager's key came through holds the door, the slow way.

    A board's key has no organisation. An organisation's key needs the door in the
    organisation's set (its doors, or a door of one of its bundles), inside its window, and
    to unlock also inside its weekly hours.
    """
    if grant.organisation_id is None:
        return True
    organisation = registry.organisations.get(grant.organisation_id)
    if organisation is None:
        return False
    held = door_id in organisation.door_ids or any(
        door_id in registry.bundles[bundle].door_ids
        for bundle in organisation.bundle_ids
        if bundle in registry.bundles
    )
    return (
        held
        and within(at, organisation.valid_from, organisation.valid_until)
        and (lock or _window_open(organisation.schedule, at, registry))
    )


def _share_opens(registry: Registry, share: Share, at: datetime, lock: bool) -> bool:
    """Whether the share itself allows it, found the slow way."""
    grant = registry.grants[share.grant_id]
    return (
        _organisation_allows(registry, grant, share.door_id, at, lock)
        and share.revoked_at is None
        and within(at, share.valid_from, share.valid_until)
        and within(at, grant.valid_from, grant.valid_until)
        and (lock or not share.used_up)
        and (lock or _window_open(grant.schedule, at, registry))
    )


def _oracle(registry: Registry, user: str, door_id: str, at: datetime, lock: bool) -> bool:
    """Whether any key allows it, found the slow way."""
    person = next((p for p in registry.people.values() if p.ha_user_id == user), None)
    for grant in registry.grants.values():
        if person is None or grant.person_id != person.id or not _covers(registry, grant, door_id):
            continue
        if (
            within(at, grant.valid_from, grant.valid_until)
            and (
                lock
                or grant.kind is GrantKind.EMERGENCY
                or _window_open(grant.schedule, at, registry)
            )
            and _organisation_allows(registry, grant, door_id, at, lock)
        ):
            return True
    for share in registry.shares.values():
        if share.kind is not ShareKind.HA_USER or share.target != user:
            continue
        if share.door_id == door_id and _share_opens(registry, share, at, lock):
            return True
    return False


@PROPERTY
@given(
    steps,
    st.sampled_from(ZONES),
    st.lists(instants, min_size=1, max_size=5),
    st.sampled_from(USERS),
    st.sampled_from(DOORS),
)
def test_decision_is_exactly_what_some_key_allows(
    drawn: list[Step], zone: str, times: list[datetime], user: str, door_id: str
) -> None:
    registry = build(registry_for(zone), drawn)
    for at in times:
        for action in Action:
            decision = decide(
                registry, Resident(user), door_id, action, at, allow_unattributed=False
            )
            assert decision.allowed == _oracle(registry, user, door_id, at, action is Action.LOCK)
            if decision.allowed:
                assert decision.key is not None
                assert decision.key in {reason.key for reason in decision.reasons}
            else:
                assert decision.key is None


@PROPERTY
@given(steps, st.sampled_from(ZONES), st.lists(instants, min_size=1, max_size=4))
def test_a_share_alone_is_decided_exactly_as_its_own_terms_allow(
    drawn: list[Step], zone: str, times: list[datetime]
) -> None:
    """`decide_share` (guest links) against the oracle, for every share and every door."""
    registry = build(registry_for(zone), drawn)
    for share in registry.shares.values():
        for at in times:
            for action in Action:
                lock = action is Action.LOCK
                for door_id in DOORS:
                    decision = decide_share(registry, share.id, door_id, action, at)
                    expected = door_id == share.door_id and _share_opens(registry, share, at, lock)
                    assert decision.allowed == expected
                    assert decision.person_id is None
                    organisation = registry.grants[share.grant_id].organisation_id
                    key = KeyRef(KeyKind.SHARE, share.id, organisation_id=organisation)
                    assert decision.key == (key if expected else None)


@PROPERTY
@given(steps, st.lists(instants, min_size=1, max_size=3), st.sampled_from(USERS))
def test_explanation_has_one_reason_per_key(
    drawn: list[Step], times: list[datetime], user: str
) -> None:
    registry = build(registry_for(), drawn)
    person = registry.person_for_user(user)
    for at in times:
        for door_id in registry.doors:
            reasons = explain_access(
                registry, person.id if person else None, door_id, at, ha_user_id=user
            )
            grants = (
                [g for g in registry.grants.values() if g.person_id == person.id] if person else []
            )
            keys = [g for g in grants if _covers(registry, g, door_id)]
            shares = [
                s for s in registry.shares.values() if s.target == user and s.door_id == door_id
            ]
            if not keys and not shares:
                assert [r.code.value for r in reasons] == ["no_key"]
                continue
            assert len(reasons) == len(keys) + len(shares)
            assert {r.key.id for r in reasons if r.key} == {k.id for k in keys} | {
                s.id for s in shares
            }
            kinds = [r.key.kind for r in reasons if r.key]
            assert kinds == sorted(kinds, key=_kind_rank), "emergency, door, bundle, share"


def _kind_rank(kind: KeyKind) -> int:
    return [KeyKind.EMERGENCY, KeyKind.GRANT, KeyKind.BUNDLE, KeyKind.SHARE].index(kind)


@PROPERTY
@given(steps, instants, st.sampled_from(USERS))
def test_my_keys_agree_with_decisions_and_opening_times(
    drawn: list[Step], at: datetime, user: str
) -> None:
    registry = build(registry_for(), drawn)
    person = registry.person_for_user(user)
    person_id = person.id if person else None
    for door in may_open_now(registry, person_id, at, ha_user_id=user):
        decision = decide(
            registry, Resident(user), door.door_id, Action.OPEN, at, allow_unattributed=False
        )
        assert door.opens_now == decision.allowed
        assert door.reasons == decision.reasons
        if door.opens_now:
            assert door.opens_next is None
        elif door.opens_next is not None:
            assert door.opens_next > at
            later = decide(
                registry,
                Resident(user),
                door.door_id,
                Action.OPEN,
                door.opens_next,
                allow_unattributed=False,
            )
            assert later.allowed, "opens next at an instant when the door does not open"
