"""People as the control center shows them: a row of the overview, and a person's keys.

A row (`person_row`) counts what a caretaker scans a list for: the doors a person holds a
key to now or later (grants and shares given to their user that have not ended), the
active shares they made, whether some door's share limit is reached (`policy.may_share`,
the rule `share_key` enforces) and their PIN codes and tags. Each count reads only that
person's own grants and shares through the registry's indexes, so an overview of a whole
building costs in its keys, not in people × doors.

A person's page adds each grant with its terms (`grant_row`: the schedule in the form the
actions take, and as text) and the shares they made with their status (`share_row`).
No row holds a PIN code, a tag's UID or a link's token.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from .access.contact import Language
from .access.errors import ErrorCode
from .access.model import Grant, GrantKind, Person, Share, ShareKind
from .access.policy import may_share
from .access.registry import Registry
from .access.schedules import describe
from .service_schedule import schedule_form
from .service_support import building_time, local_time
from .services_resident import SHARE_KINDS, share_status


def _ended(grant: Grant, at: datetime) -> bool:
    return grant.valid_until is not None and at >= grant.valid_until


def _doors_held(registry: Registry, person: Person, at: datetime) -> set[str]:
    """Doors of the person's grants, and of shares given to their user, not ended."""
    doors: set[str] = set()
    for grant in registry.grants_of(person.id):
        if not _ended(grant, at):
            doors |= registry.doors_of(grant)
    if person.ha_user_id is not None:
        doors |= {
            share.door_id
            for share in registry.shares_to(ShareKind.HA_USER, person.ha_user_id)
            if share.counts_against_limit(at)
        }
    return doors


def _shares_at_limit(registry: Registry, person: Person, at: datetime) -> bool:
    """Whether some door the person may share has no share left under its limit."""
    shareable: set[str] = set()
    for grant in registry.grants_of(person.id):
        if grant.kind is GrantKind.NORMAL and grant.may_share and not _ended(grant, at):
            shareable |= registry.doors_of(grant)
    for door_id in shareable:
        allowance = may_share(registry, person.id, door_id, at)
        if allowance.limit > 0 and allowance.refusal is ErrorCode.SHARE_LIMIT_REACHED:
            return True
    return False


def person_row(registry: Registry, person: Person, at: datetime) -> dict[str, Any]:
    """One person as the overview lists them (contact details: the caller is an admin)."""
    return {
        "id": person.id,
        "name": person.name,
        "phone": person.phone,
        "email": person.email,
        "dwelling": person.dwelling,
        "entrance": person.entrance,
        "role": person.role.value,
        "consent": person.consent,
        "linked": person.ha_user_id is not None,
        "ha_user_id": person.ha_user_id,
        "keys": len(_doors_held(registry, person, at)),
        "shares": sum(
            1 for share in registry.shares_from(person.id) if share.counts_against_limit(at)
        ),
        "shares_at_limit": _shares_at_limit(registry, person, at),
        "credentials": len(registry.credentials_of_person(person.id)),
    }


def grant_row(registry: Registry, grant: Grant, at: datetime, language: Language) -> dict[str, Any]:
    """One of a person's grants with its terms and the shares made from it."""
    if grant.bundle_id is not None:
        bundle = registry.bundles.get(grant.bundle_id)
        name = None if bundle is None else bundle.name
    else:
        door = registry.doors.get(grant.door_id or "")
        name = None if door is None else door.name
    return {
        "id": grant.id,
        "kind": grant.kind.value,
        "door_id": grant.door_id,
        "bundle_id": grant.bundle_id,
        "name": name,
        "door_ids": sorted(registry.doors_of(grant)),
        "valid_from": building_time(registry, grant.valid_from),
        "valid_until": building_time(registry, grant.valid_until),
        "schedule": schedule_form(grant.schedule),
        "schedule_text": None if grant.schedule is None else describe(grant.schedule, language),
        "may_share": grant.may_share,
        "share_limit": grant.share_limit,
        "shares_used": sum(
            1 for share in registry.shares_of_grant(grant.id) if share.counts_against_limit(at)
        ),
        "reason": grant.reason,
    }


def share_row(
    registry: Registry, share: Share, at: datetime, last_uses: Mapping[str, int]
) -> dict[str, Any]:
    """One share a person made: its door, kind, window, uses, status and last use."""
    door = registry.doors.get(share.door_id)
    last = last_uses.get(share.id)
    return {
        "id": share.id,
        "door_id": share.door_id,
        "door_name": None if door is None else door.name,
        "kind": next(name for name, kind in SHARE_KINDS.items() if kind is share.kind),
        "label": share.label,
        "valid_from": building_time(registry, share.valid_from),
        "valid_until": building_time(registry, share.valid_until),
        "use_limit": share.use_limit,
        "uses": share.uses,
        "status": share_status(share, at),
        "last_used": None if last is None else local_time(last),
    }
