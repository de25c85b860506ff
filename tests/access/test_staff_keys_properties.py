"""Organisations over random registries: their keys stay inside them, and so do managers.

The registries are built by the same random operations as the registry's other property
tests (`strategies.steps`), which include the board's organisation operations and managers'
keys for their staff.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
import itertools
from typing import Any

from hypothesis import HealthCheck, event, given, settings, strategies as st

from custom_components.digitalkey.access.door_credentials import DoorCredential, door_credentials
from custom_components.digitalkey.access.errors import AccessError
from custom_components.digitalkey.access.holds import held_doors
from custom_components.digitalkey.access.model import Organisation
from custom_components.digitalkey.access.policy import (
    Action,
    Resident,
    credential_opens,
    decide,
    explain_access,
)
from custom_components.digitalkey.access.registry import Registry
from custom_components.digitalkey.access.schedules import is_open
from custom_components.digitalkey.protocol.constants import CredentialType, DenyReason
from custom_components.digitalkey.protocol.records import CredentialRecord
from custom_components.digitalkey.protocol.schedule import deny_reason

from .strategies import BASE, USERS, Step, apply, build, manager_steps, registry_for, steps

PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
END = BASE + timedelta(days=41)
"""After every drawn step: decisions and records are looked at from here on."""
MINUTE = timedelta(minutes=1)


def _holds(registry: Registry, organisation: Organisation, door_id: str, at: datetime) -> bool:
    """Whether the organisation holds the door at `at`, worked out from its own fields."""
    return (
        door_id in held_doors(registry, organisation)
        and organisation.valid_at(at)
        and is_open(organisation.schedule, at, registry.settings.tz)
    )


def _edges(registry: Registry, since: datetime = END) -> set[datetime]:
    """Instants around every window edge of keys and organisations, from `since` on.

    Window ends and starts, and the first week's weekly window edges on the wall clock.
    """
    tz = registry.settings.tz
    ends = [g.valid_until for g in registry.grants.values()]
    ends += [s.valid_until for s in registry.shares.values()]
    ends += [o.valid_until for o in registry.organisations.values()]
    ends += [o.valid_from for o in registry.organisations.values()]
    edges = {end for end in ends if end is not None}
    schedules = [g.schedule for g in registry.grants.values()]
    schedules += [o.schedule for o in registry.organisations.values()]
    first_day = since.astimezone(tz).date()
    for schedule in schedules:
        for window in () if schedule is None else schedule.windows:
            for offset in range(8):
                day = first_day + timedelta(days=offset)
                if day.weekday() == window.weekday:
                    midnight = datetime(day.year, day.month, day.day, tzinfo=tz)
                    end = midnight + timedelta(days=1 if window.overnight else 0)
                    edges |= {midnight + window.start * MINUTE, end + window.end * MINUTE}
    return {
        (edge + shift).astimezone(UTC)
        for edge in edges
        for shift in (timedelta(0), -timedelta(seconds=1))
        if edge + shift >= since
    }


@PROPERTY
@given(steps, st.lists(st.integers(0, 55 * 86400), min_size=1, max_size=6))
def test_a_staff_key_never_opens_a_door_its_organisation_does_not_hold(
    drawn: list[Step], seconds: list[int]
) -> None:
    """At any instant of the building's life, before and after the organisation changed."""
    registry = build(registry_for(), drawn)
    instants = {BASE + timedelta(seconds=second) for second in seconds} | _edges(registry, BASE)
    for at, door_id in itertools.product(sorted(instants), sorted(registry.doors)):
        for person_id in registry.people:
            for reason in explain_access(registry, person_id, door_id, at):
                organisation_id = None if reason.key is None else reason.key.organisation_id
                if organisation_id is not None:
                    event(f"a staff key: {reason.code.value}")
                if reason.opens and organisation_id is not None:
                    organisation = registry.organisations[organisation_id]
                    assert _holds(registry, organisation, door_id, at), (door_id, at)
        for user in USERS:
            person = registry.person_for_user(user)
            decision = decide(
                registry, Resident(user), door_id, Action.UNLOCK, at, allow_unattributed=False
            )
            if decision.allowed and decision.key is not None and decision.key.organisation_id:
                organisation = registry.organisations[decision.key.organisation_id]
                assert _holds(registry, organisation, door_id, at), (user, person, door_id)


def _unit_opens(records: list[DoorCredential], at: datetime, registry: Registry) -> bool:
    offset = registry.settings.tz.utcoffset(at)
    assert offset is not None
    for record in records:
        wire = CredentialRecord(
            cred_id=record.record_id,
            user_id=0,
            kind=CredentialType.PIN if record.kind.value == "pin" else CredentialType.TAG,
            secret=bytes(8),
            enabled=record.enabled,
            valid_from=record.valid_from,
            valid_until=record.valid_until,
            weekdays=record.weekdays,
            window_start=record.window_start,
            window_end=record.window_end,
        )
        if deny_reason(wire, int(at.timestamp()), int(offset.total_seconds())) is DenyReason.NONE:
            return True
    return False


@PROPERTY
@given(steps, st.lists(st.integers(0, 14 * 86400), min_size=1, max_size=6))
def test_a_units_records_bound_staff_credentials_as_the_policy_does(
    drawn: list[Step], seconds: list[int]
) -> None:
    """Derived once at END, decided by the unit's own rule at later whole seconds and edges."""
    registry = build(registry_for(), drawn)
    instants = {END + timedelta(seconds=second) for second in seconds} | _edges(registry)
    for door_id in sorted(registry.doors):
        records = door_credentials(registry, door_id, END)
        by_credential = {
            key: list(group)
            for key, group in itertools.groupby(records, key=lambda r: r.credential_id)
        }
        for credential_id in registry.credentials:
            mine = by_credential.get(credential_id, [])
            staff = registry.credentials[credential_id].person_id in {
                grant.person_id for grant in registry.grants.values() if grant.organisation_id
            }
            for at in sorted(instants):
                if staff and mine:
                    event("a staff credential on a unit")
                assert _unit_opens(mine, at, registry) == credential_opens(
                    registry, credential_id, door_id, at
                ), (door_id, credential_id, at.isoformat())


def _outside(registry: Registry, organisation_id: str) -> dict[str, Any]:
    """Everything in the stored form that is not the organisation's staff's keys."""
    stored = registry.to_dict()
    own_grants = {
        grant["id"] for grant in stored["grants"] if grant.get("organisation_id") == organisation_id
    }
    return {
        **stored,
        "grants": [grant for grant in stored["grants"] if grant["id"] not in own_grants],
        "shares": [share for share in stored["shares"] if share["grant_id"] not in own_grants],
    }


@PROPERTY
@given(steps, manager_steps)
def test_a_managers_operation_changes_nothing_outside_their_organisation(
    drawn: list[Step], step: Step
) -> None:
    registry = build(registry_for(), drawn)
    managers = sorted(
        manager for item in registry.organisations.values() for manager in item.manager_ids
    )
    if not managers:
        return
    manager = managers[step.op[1] % len(managers)] if step.op[1] >= 0 else None
    if manager is None:
        return
    organisation_id = registry.people[manager].organisation_id
    assert organisation_id is not None
    staff = {person.id for person in registry.staff_of(organisation_id)}
    before = _outside(registry, organisation_id)
    try:
        change = apply(registry, step)
    except AccessError as err:
        event(f"{step.op[0]} refused: {err.code.value}")
        assert _outside(registry, organisation_id) == before
        return
    event(f"{step.op[0]} done")
    assert _outside(registry, organisation_id) == before
    assert change.people <= staff
    assert change.organisations == frozenset()
    assert change.credentials == frozenset()
    for grant_id in change.grants & registry.grants.keys():
        grant = registry.grants[grant_id]
        assert grant.organisation_id == organisation_id
        assert grant.person_id in staff
        organisation = registry.organisations[organisation_id]
        assert registry.doors_of(grant) <= held_doors(registry, organisation)
        if organisation.valid_until is not None:
            assert grant.valid_until is not None
            assert grant.valid_until <= organisation.valid_until
        assert not grant.may_share or organisation.may_share
        assert grant.share_limit <= organisation.share_limit or not grant.may_share
    assert registry.problems() == []
