"""Invariants of the registry over random sequences of operations.

After every operation: no dangling id anywhere and indexes equal to ones built afresh
(`Registry.problems`), shares inside their grants' windows and doors, the stored form
round-trips. Every refused operation leaves the registry exactly as it was.
"""

from __future__ import annotations

from hypothesis import HealthCheck, event, given, settings, strategies as st

from custom_components.digitalkey.access.errors import AccessError
from custom_components.digitalkey.access.registry import Registry

from .strategies import ZONES, Step, apply, registry_for, steps

PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _snapshot(registry: Registry) -> tuple[object, ...]:
    return (registry.to_dict(), repr(registry._ix))


@PROPERTY
@given(steps, st.sampled_from(ZONES))
def test_every_operation_keeps_the_registry_whole(drawn: list[Step], zone: str) -> None:
    registry = registry_for(zone)
    for step in drawn:
        before = _snapshot(registry)
        try:
            change = apply(registry, step)
        except AccessError as err:
            event(f"{step.op[0]} refused: {err.code}")
            assert _snapshot(registry) == before, f"{step.op[0]} raised but changed the registry"
            continue
        event(f"{step.op[0]} done")
        assert registry.problems() == [], step.op[0]
        stored = registry.to_dict()
        assert Registry.from_dict(stored, registry.settings).to_dict() == stored
        for share_id in change.shares:
            if share_id in registry.shares:
                assert registry.shares[share_id].door_id in change.doors or not change.doors
        for credential_id in change.credentials & registry.credentials.keys():
            doors = registry.credential_doors(registry.credentials[credential_id])
            assert doors <= change.doors, f"{step.op[0]}: a credential's doors are not named"


@PROPERTY
@given(steps)
def test_removed_things_leave_no_trace(drawn: list[Step]) -> None:
    registry = registry_for()
    for step in drawn:
        try:
            change = apply(registry, step)
        except AccessError:
            continue
        gone = (
            (change.people - registry.people.keys())
            | (change.grants - registry.grants.keys())
            | (change.shares - registry.shares.keys())
            | (change.bundles - registry.bundles.keys())
            | (change.doors - registry.doors.keys())
            | (change.credentials - registry.credentials.keys())
        )
        text = repr(registry.to_dict())
        for removed in gone:
            assert f"'{removed}'" not in text, f"{step.op[0]} left {removed} behind"
