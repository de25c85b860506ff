"""Organisations as answers show them: their doors, period, hours, managers and keys.

Shared by the board's list (`digitalkey/organisations/list`) and a manager's own view
(`organisation_staff`): times in the building's time zone (ISO 8601 with offset), weekly
hours both as windows an action takes back (`schedules.window_items`) and as a sentence in
the reader's language. A manager reads the names of their own organisation's staff (the
board put them there), never their contact details.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .access.contact import Language
from .access.holds import held_doors
from .access.model import Grant, Organisation
from .access.registry import Registry
from .access.schedules import WeeklySchedule, describe, window_items


def local(registry: Registry, value: datetime | None) -> str | None:
    """A time in the building's time zone, or None."""
    return None if value is None else value.astimezone(registry.settings.tz).isoformat()


def hours(schedule: WeeklySchedule | None, language: Language) -> dict[str, Any]:
    """`schedule` (windows, or None: at any time) and `schedule_text`."""
    return {
        "schedule": None if schedule is None else window_items(schedule),
        "schedule_text": describe(schedule, language),
    }


def _doors(registry: Registry, door_ids: frozenset[str]) -> list[dict[str, str]]:
    doors = [registry.doors[door_id] for door_id in door_ids if door_id in registry.doors]
    return [
        {"door_id": door.id, "name": door.name}
        for door in sorted(doors, key=lambda door: (door.name, door.id))
    ]


def terms_data(
    registry: Registry, organisation: Organisation, language: Language
) -> dict[str, Any]:
    """What the organisation holds: doors (its own and through bundles), period, hours, sharing."""
    bundles = [
        registry.bundles[bundle_id]
        for bundle_id in sorted(organisation.bundle_ids)
        if bundle_id in registry.bundles
    ]
    return {
        "organisation_id": organisation.id,
        "name": organisation.name,
        "door_ids": sorted(organisation.door_ids),
        "bundles": [
            {"bundle_id": bundle.id, "name": bundle.name, "door_ids": sorted(bundle.door_ids)}
            for bundle in bundles
        ],
        "doors": _doors(registry, held_doors(registry, organisation)),
        "valid_from": local(registry, organisation.valid_from),
        "valid_until": local(registry, organisation.valid_until),
        **hours(organisation.schedule, language),
        "may_share": organisation.may_share,
        "share_limit": organisation.share_limit,
    }


def key_data(registry: Registry, grant: Grant, language: Language) -> dict[str, Any]:
    """One key an organisation gave, as its manager sees it."""
    target = (
        registry.doors.get(grant.door_id)
        if grant.door_id is not None
        else registry.bundles.get(grant.bundle_id or "")
    )
    return {
        "grant_id": grant.id,
        "door_id": grant.door_id,
        "bundle_id": grant.bundle_id,
        "name": None if target is None else target.name,
        "door_ids": sorted(registry.doors_of(grant)),
        "valid_from": local(registry, grant.valid_from),
        "valid_until": local(registry, grant.valid_until),
        **hours(grant.schedule, language),
        "may_share": grant.may_share,
        "share_limit": grant.share_limit,
    }


def staff_data(
    registry: Registry, organisation: Organisation, language: Language
) -> list[dict[str, Any]]:
    """The organisation's staff by name, each with the keys it gave them."""
    keys: dict[str, list[Grant]] = {}
    for grant in registry.grants_of_organisation(organisation.id):
        keys.setdefault(grant.person_id, []).append(grant)
    return [
        {
            "person_id": person.id,
            "name": person.name,
            "role": person.role.value,
            "manager": person.id in organisation.manager_ids,
            "keys": [key_data(registry, grant, language) for grant in keys.get(person.id, [])],
        }
        for person in registry.staff_of(organisation.id)
    ]


def list_row(registry: Registry, organisation: Organisation, language: Language) -> dict[str, Any]:
    """One organisation in the board's list: its terms, managers by name, counts."""
    managers = [
        registry.people[person_id]
        for person_id in organisation.manager_ids
        if person_id in registry.people
    ]
    return {
        **terms_data(registry, organisation, language),
        "managers": [
            {"person_id": person.id, "name": person.name}
            for person in sorted(managers, key=lambda person: (person.name, person.id))
        ],
        "staff": len(registry.staff_of(organisation.id)),
        "keys": len(registry.grants_of_organisation(organisation.id)),
        "created_at": local(registry, organisation.created_at),
    }
