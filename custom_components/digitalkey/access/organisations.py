"""Organisations and their staff: the board's operations (part of `Registry`).

The board decides which service providers may use the system (seed 000) and gives each an
`Organisation`: doors and key bundles, a validity window and weekly hours it holds them in,
whether its staff's keys may be shared, and its managers, who then give and take keys for
its own staff (`staff_keys.py`). What an organisation holds bounds every key its managers
gave, at every decision (`holds.py`).

Rules kept here, each operation one `Change` (ids only, `Change.organisations` naming the
organisation):
- A person is staff of at most one organisation (`in_other_organisation` otherwise);
  only these operations set `Person.organisation_id`.
- A manager is staff of the organisation: naming a manager makes them staff (if they work
  for no other organisation). Removing staff also takes away their manager role and the keys
  the organisation gave them; keys an admin gave them stay.
- Changing an organisation's doors removes the keys its managers gave to a door or bundle
  it no longer has (and their shares); narrowing its window or hours needs no removal: the
  keys stop opening outside them at once (`holds.py`). Turning its sharing off turns
  sharing off on every staff key (their active shares revoked); lowering its share limit
  lowers theirs.
- Deleting an organisation removes every key its managers gave (with their shares), and
  its staff belong to no organisation afterwards; `Change.grants` and `Change.people` name
  them.
- Removing a person, a door or a key bundle takes it out of every organisation (a bundle
  an organisation holds counts as in use for `delete_bundle`): see `registry.py`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from typing import Any

from .checks import UNSET, Maybe, optional_utc, required_text
from .errors import AccessError, ErrorCode
from .holds import held_doors
from .model import Organisation, Person, check_window, utc
from .plan import Change, Plan
from .schedules import WeeklySchedule
from .sharing import SharingOperations


def _terms(organisation: Organisation) -> tuple[object, ...]:
    """What bounds its staff's keys (a change of these may change what the units hold)."""
    return (
        organisation.door_ids,
        organisation.bundle_ids,
        organisation.valid_from,
        organisation.valid_until,
        organisation.schedule,
    )


def _share_limit(value: int) -> int:
    if isinstance(value, bool) or value < 0:
        raise AccessError(ErrorCode.INVALID_FIELD, field="share_limit", value=value)
    return value


class OrganisationOperations(SharingOperations):
    """Creating, changing and deleting organisations, their staff and their managers."""

    def _organisation_targets(
        self, door_ids: Iterable[str], bundle_ids: Iterable[str]
    ) -> tuple[frozenset[str], frozenset[str]]:
        doors = frozenset(door_ids)
        bundles = frozenset(bundle_ids)
        for door_id in sorted(doors):
            self.door(door_id)
        for bundle_id in sorted(bundles):
            self.bundle(bundle_id)
        return doors, bundles

    @staticmethod
    def _check_end(valid_until: datetime | None, now: datetime) -> None:
        if valid_until is not None and valid_until <= now:
            raise AccessError(ErrorCode.INVALID_WINDOW, field="valid_until")

    def create_organisation(
        self,
        name: str,
        *,
        now: datetime,
        door_ids: Iterable[str] = (),
        bundle_ids: Iterable[str] = (),
        valid_from: datetime | None = None,
        valid_until: datetime | None = None,
        schedule: WeeklySchedule | None = None,
        may_share: bool = False,
        share_limit: int = 0,
        created_by: str | None = None,
    ) -> Change:
        """Register a service provider with the doors and bundles it may use; `created[0]`."""
        now = utc(now, "now")
        valid_from = optional_utc(valid_from, "valid_from")
        valid_until = optional_utc(valid_until, "valid_until")
        check_window(valid_from, valid_until)
        self._check_end(valid_until, now)
        doors, bundles = self._organisation_targets(door_ids, bundle_ids)
        organisation = Organisation(
            id=self._new_id(),
            name=required_text(name, "name"),
            created_at=now,
            door_ids=doors,
            bundle_ids=bundles,
            valid_from=valid_from,
            valid_until=valid_until,
            schedule=schedule,
            may_share=bool(may_share),
            share_limit=_share_limit(share_limit),
            created_by=created_by,
        )
        plan = Plan(self, "create_organisation")
        plan.put_organisations[organisation.id] = organisation
        plan.created.append(organisation.id)
        return self._apply(plan)

    def update_organisation(
        self,
        organisation_id: str,
        *,
        now: datetime,
        name: Maybe[str] = UNSET,
        door_ids: Maybe[Iterable[str]] = UNSET,
        bundle_ids: Maybe[Iterable[str]] = UNSET,
        valid_from: Maybe[datetime | None] = UNSET,
        valid_until: Maybe[datetime | None] = UNSET,
        schedule: Maybe[WeeklySchedule | None] = UNSET,
        may_share: Maybe[bool] = UNSET,
        share_limit: Maybe[int] = UNSET,
    ) -> Change:
        """Change an organisation's terms; `UNSET` leaves a field, `None` clears it.

        See the module docstring for what happens to its staff's keys.
        """
        now = utc(now, "now")
        old = self.organisation(organisation_id)
        changes: dict[str, Any] = {}
        if name is not UNSET:
            changes["name"] = required_text(name, "name")
        if valid_from is not UNSET:
            changes["valid_from"] = optional_utc(valid_from, "valid_from")
        if valid_until is not UNSET:
            changes["valid_until"] = optional_utc(valid_until, "valid_until")
            self._check_end(changes["valid_until"], now)
        if schedule is not UNSET:
            changes["schedule"] = schedule
        if may_share is not UNSET:
            changes["may_share"] = bool(may_share)
        if share_limit is not UNSET:
            changes["share_limit"] = _share_limit(share_limit)
        doors, bundles = self._organisation_targets(
            old.door_ids if door_ids is UNSET else door_ids,
            old.bundle_ids if bundle_ids is UNSET else bundle_ids,
        )
        check_window(
            changes.get("valid_from", old.valid_from), changes.get("valid_until", old.valid_until)
        )
        new = replace(old, **changes, door_ids=doors, bundle_ids=bundles)
        plan = Plan(self, "update_organisation")
        plan.put_organisations[organisation_id] = new
        held = held_doors(self, new)
        if _terms(new) != _terms(old):
            plan.doors |= held_doors(self, old) | held
        for grant in self.grants_of_organisation(organisation_id):
            if grant.door_id not in held and grant.bundle_id not in bundles:
                plan.drop_grant(grant)
                continue
            if _terms(new) != _terms(old):
                plan.doors |= self.doors_of(grant)
                plan.people.add(grant.person_id)
            fitted = replace(
                grant,
                may_share=grant.may_share and new.may_share,
                share_limit=min(grant.share_limit, new.share_limit),
            )
            if fitted != grant:
                plan.put_grants[grant.id] = fitted
                plan.people.add(grant.person_id)
            if not fitted.may_share:
                plan.revoke_shares_of(grant.id, now)
        return self._apply(plan)

    def delete_organisation(self, organisation_id: str, *, now: datetime) -> Change:
        """Delete an organisation: every key its managers gave goes, its staff are let go."""
        now = utc(now, "now")
        self.organisation(organisation_id)
        plan = Plan(self, "delete_organisation")
        for grant in self.grants_of_organisation(organisation_id):
            plan.drop_grant(grant)
        for person in self.staff_of(organisation_id):
            plan.put_people[person.id] = replace(person, organisation_id=None, updated_at=now)
        plan.drop_organisations.add(organisation_id)
        return self._apply(plan)

    # Staff and managers --------------------------------------------------------------------

    def _hire(self, person: Person, organisation_id: str) -> bool:
        """Whether the person must be made staff (refused if they work elsewhere)."""
        if person.organisation_id is None:
            return True
        if person.organisation_id != organisation_id:
            raise AccessError(ErrorCode.IN_OTHER_ORGANISATION, person_id=person.id)
        return False

    def update_staff(
        self,
        organisation_id: str,
        *,
        now: datetime,
        add: Iterable[str] = (),
        remove: Iterable[str] = (),
        managers: Maybe[Iterable[str]] = UNSET,
        operation: str = "update_staff",
    ) -> Change:
        """Add people to the staff, remove people from it, and set the managers, at once.

        `managers` is the whole set (`UNSET` keeps it); a manager is made staff. A person
        both added and removed, or named a manager and removed, is refused.
        """
        now = utc(now, "now")
        organisation = self.organisation(organisation_id)
        hired = list(dict.fromkeys(add))
        let_go = list(dict.fromkeys(remove))
        leading = None if managers is UNSET else list(dict.fromkeys(managers))
        if set(hired) & set(let_go):
            raise AccessError(ErrorCode.INVALID_FIELD, field="remove")
        if leading is not None and set(leading) & set(let_go):
            raise AccessError(ErrorCode.INVALID_FIELD, field="managers")
        plan = Plan(self, operation)
        for person_id in [*hired, *(leading or ())]:
            person = self.person(person_id)
            if self._hire(person, organisation_id) and person_id not in plan.put_people:
                plan.put_people[person_id] = replace(
                    person, organisation_id=organisation_id, updated_at=now
                )
        for person_id in let_go:
            person = self.person(person_id)
            if person.organisation_id != organisation_id:
                raise AccessError(ErrorCode.NOT_STAFF, person_id=person_id)
            plan.put_people[person_id] = replace(person, organisation_id=None, updated_at=now)
            for grant in self.grants_of(person_id):
                if grant.organisation_id == organisation_id:
                    plan.drop_grant(grant)
        manager_ids = (
            organisation.manager_ids - set(let_go) if leading is None else frozenset(leading)
        )
        if manager_ids != organisation.manager_ids:
            plan.put_organisations[organisation_id] = replace(organisation, manager_ids=manager_ids)
            plan.people |= organisation.manager_ids ^ manager_ids
        return self._apply(plan)

    def add_staff(
        self, organisation_id: str, person_ids: Iterable[str], *, now: datetime
    ) -> Change:
        """Make the people staff of the organisation (they get no key by that alone)."""
        return self.update_staff(organisation_id, now=now, add=person_ids, operation="add_staff")

    def remove_staff(
        self, organisation_id: str, person_ids: Iterable[str], *, now: datetime
    ) -> Change:
        """Let people go: no longer staff or managers, and the organisation's keys to them go."""
        return self.update_staff(
            organisation_id, now=now, remove=person_ids, operation="remove_staff"
        )

    def set_managers(
        self, organisation_id: str, person_ids: Iterable[str], *, now: datetime
    ) -> Change:
        """Set who manages the organisation's keys (each is made staff if not yet)."""
        return self.update_staff(
            organisation_id, now=now, managers=person_ids, operation="set_managers"
        )
