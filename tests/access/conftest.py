"""A small building most access tests start from."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from custom_components.digitalkey.access.errors import AccessError, ErrorCode
from custom_components.digitalkey.access.model import Role
from custom_components.digitalkey.access.registry import Registry

from .strategies import registry_for

NOW = datetime(2026, 3, 23, 10, tzinfo=UTC)
"""Monday 11:00 in Oslo."""


@dataclass
class Building:
    """Doors `front`, `garage`, `laundry`; bundle `common` (front + laundry); two people."""

    registry: Registry
    kari: str
    ola: str
    common: str


@pytest.fixture
def building() -> Building:
    registry = registry_for()
    for door_id, name in (("front", "Front door"), ("garage", "Garage"), ("laundry", "Laundry")):
        registry.add_door(door_id, name, address="Storgata 1", entrance="A")
    kari = registry.add_person(
        "Kari Nordmann", role=Role.OWNER, phone="91234567", ha_user_id="kari-user", now=NOW
    ).created[0]
    ola = registry.add_person(
        "Ola Hansen", role=Role.TENANT, ha_user_id="ola-user", now=NOW
    ).created[0]
    common = registry.create_bundle("Common areas", ["front", "laundry"]).created[0]
    return Building(registry, kari, ola, common)


def raises_unchanged(
    code: ErrorCode, registry: Registry, call: Callable[[], object]
) -> AccessError:
    """Run `call`, expect `code`, and check that nothing changed."""
    before = registry.to_dict()
    with pytest.raises(AccessError) as err:
        call()
    assert err.value.code is code
    assert registry.to_dict() == before
    assert registry.problems() == []
    return err.value


def sharing_grant(
    building: Building,
    limit: int = 2,
    valid_from: datetime | None = None,
    valid_until: datetime | None = None,
) -> str:
    """Give Kari the front door with sharing allowed; the grant's id."""
    return building.registry.grant_access(
        [building.kari],
        door_ids=["front"],
        may_share=True,
        share_limit=limit,
        valid_from=valid_from,
        valid_until=valid_until,
        now=NOW,
    ).created[0]
