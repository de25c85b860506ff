"""A home care organisation in the small test building, with a manager and a nurse."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from custom_components.digitalkey.access.model import Role
from custom_components.digitalkey.access.registry import Registry
from custom_components.digitalkey.access.schedules import WeeklySchedule

from .conftest import NOW, Building

DAY = timedelta(days=1)
WEEKDAYS_7_22 = WeeklySchedule.of(*((day, 7 * 60, 22 * 60) for day in range(5)))
"""Monday to Friday 07:00-22:00: when the home care service holds its doors."""


@dataclass
class HomeCare:
    """Organisation `org` (front door and garage, 30 days, weekday hours, sharing up to 1).

    `manager` (Mona) manages it, `nurse` (Nils) works for it; `other` is a second
    organisation (the newspaper, laundry only) with its own manager and carrier.
    """

    building: Building
    org: str
    manager: str
    nurse: str
    other: str
    other_manager: str
    carrier: str
    until: datetime

    @property
    def registry(self) -> Registry:
        return self.building.registry


def _person(registry: Registry, name: str, user: str) -> str:
    return registry.add_person(name, role=Role.SERVICE_PROVIDER, ha_user_id=user, now=NOW).created[
        0
    ]


def home_care(building: Building) -> HomeCare:
    """Add both organisations and their staff to `building`."""
    registry = building.registry
    until = NOW + 30 * DAY
    org = registry.create_organisation(
        "Home care",
        door_ids=["front", "garage"],
        valid_until=until,
        schedule=WEEKDAYS_7_22,
        may_share=True,
        share_limit=1,
        created_by="admin",
        now=NOW,
    ).created[0]
    manager = _person(registry, "Mona Manager", "mona-user")
    nurse = _person(registry, "Nils Nurse", "nils-user")
    registry.update_staff(org, add=[nurse], managers=[manager], now=NOW)
    other = registry.create_organisation("Newspaper", door_ids=["laundry"], now=NOW).created[0]
    other_manager = _person(registry, "Per Paper", "per-user")
    carrier = _person(registry, "Cato Carrier", "cato-user")
    registry.update_staff(other, add=[carrier], managers=[other_manager], now=NOW)
    return HomeCare(building, org, manager, nurse, other, other_manager, carrier, until)
