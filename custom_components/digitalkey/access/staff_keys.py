"""Keys a manager gives and takes for their organisation's staff (part of `Registry`).

A manager (`Organisation.manager_ids`) acts for their own organisation only, and only
within what the board gave it:

- **Whom**: people who are staff of that organisation (`not_staff` otherwise, naming the
  person by id only); never anyone else, so a manager cannot touch a resident's keys.
- **Which doors**: doors the organisation holds (its doors and its bundles' doors) and
  bundles it was given (`door_not_held`, `bundle_not_held`).
- **When**: a key's window is clipped to the organisation's (a key asked for without an
  end ends with the organisation); one left with no time inside it is refused
  (`outside_organisation_window`), as a share is inside its grant. Weekly hours are
  intersected with the organisation's: the stored key holds the hours it really has, so
  what the manager reads back is what the door does; hours with nothing in common are
  refused (`outside_organisation_hours`). The organisation's terms bound the key again at
  every decision (`holds.py`), so a later narrowing of the organisation applies at once.
- **Sharing**: staff keys are not shareable unless the board set `may_share` on the
  organisation, and then up to its `share_limit` (`staff_sharing_not_allowed`,
  `staff_share_limit`).
- **Never** an emergency key (only an admin issues those), and never a change to a key an
  admin gave: a manager's keys record `organisation_id`, and only such keys of their own
  organisation are theirs to replace or revoke (another key is `unknown_grant`, so a
  manager learns nothing about keys that are not the organisation's).

`check_organisation_licence` is where the later licence rules go (seed 001: organisation
management is bought per lock with its own prepaid code).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from .checks import UNSET, Maybe, optional_utc
from .errors import AccessError, ErrorCode
from .holds import bounded_terms, held_doors
from .model import Grant, GrantKind, Organisation, check_window, utc
from .organisations import OrganisationOperations
from .plan import Change, Plan
from .schedules import WeeklySchedule
from .view import RegistryView


def check_organisation_licence(
    view: RegistryView, organisation: Organisation, door_ids: frozenset[str], now: datetime
) -> None:
    """Refuse when a door's lock has no active organisation-management licence.

    The one place that check goes, before a manager gives a key: seed 001 sells
    organisation management per lock with its own prepaid code, valid only while the lock's
    5-year management is active. Licences come in a later change; until then every lock
    may be managed by the organisations the board gave it to, so nothing is refused here.
    Revoking a key is never refused ("revoke only" still revokes).
    """
    del view, organisation, door_ids, now


class StaffKeyOperations(OrganisationOperations):
    """A manager's operations on their organisation's staff's keys."""

    def _managed(self, manager_id: str) -> Organisation:
        """The organisation `manager_id` manages, or `not_a_manager`."""
        self.person(manager_id)
        organisation = self.organisation_managed_by(manager_id)
        if organisation is None:
            raise AccessError(ErrorCode.NOT_A_MANAGER)
        return organisation

    def _staff(self, organisation: Organisation, person_ids: Iterable[str]) -> list[str]:
        people = list(dict.fromkeys(person_ids))
        for person_id in people:
            person = self._t.people.get(person_id)
            if person is None or person.organisation_id != organisation.id:
                raise AccessError(ErrorCode.NOT_STAFF, person_id=person_id)
        return people

    def _held_targets(
        self, organisation: Organisation, door_ids: Iterable[str], bundle_ids: Iterable[str]
    ) -> list[tuple[str | None, str | None]]:
        held = held_doors(self, organisation)
        doors = sorted(set(door_ids))
        bundles = sorted(set(bundle_ids))
        for door_id in doors:
            if door_id not in held:
                raise AccessError(ErrorCode.DOOR_NOT_HELD, door_id=door_id)
        for bundle_id in bundles:
            if bundle_id not in organisation.bundle_ids:
                raise AccessError(ErrorCode.BUNDLE_NOT_HELD, bundle_id=bundle_id)
        return [(door_id, None) for door_id in doors] + [(None, b) for b in bundles]

    @staticmethod
    def _sharing(
        organisation: Organisation, may_share: Maybe[bool], share_limit: Maybe[int]
    ) -> None:
        if share_limit is not UNSET and (isinstance(share_limit, bool) or share_limit < 0):
            raise AccessError(ErrorCode.INVALID_FIELD, field="share_limit", value=share_limit)
        if may_share is True and not organisation.may_share:
            raise AccessError(ErrorCode.STAFF_SHARING_NOT_ALLOWED)
        if share_limit is not UNSET and share_limit > organisation.share_limit:
            raise AccessError(ErrorCode.STAFF_SHARE_LIMIT, limit=organisation.share_limit)

    def grant_staff_access(
        self,
        manager_id: str,
        person_ids: Iterable[str],
        *,
        now: datetime,
        door_ids: Iterable[str] = (),
        bundle_ids: Iterable[str] = (),
        valid_from: datetime | None = None,
        valid_until: datetime | None = None,
        schedule: WeeklySchedule | None = None,
        may_share: Maybe[bool] = UNSET,
        share_limit: Maybe[int] = UNSET,
        created_by: str | None = None,
    ) -> Change:
        """The manager gives staff of their organisation keys to doors it holds.

        As `grant_access` (a staff member holding the organisation's key to a target gets
        its terms replaced, same id; sharing kept when not given), bounded by the
        organisation as the module docstring says. Each key records the organisation, and
        `created_by` (the manager's Home Assistant user) as a new key's issuer.
        """
        now = utc(now, "now")
        valid_from = optional_utc(valid_from, "valid_from")
        valid_until = optional_utc(valid_until, "valid_until")
        check_window(valid_from, valid_until)
        if valid_until is not None and valid_until <= now:
            raise AccessError(ErrorCode.INVALID_WINDOW, field="valid_until")
        organisation = self._managed(manager_id)
        people = self._staff(organisation, person_ids)
        targets = self._held_targets(organisation, door_ids, bundle_ids)
        if not people or not targets:
            raise AccessError(ErrorCode.NOTHING_TO_GRANT)
        self._sharing(organisation, may_share, share_limit)
        terms = bounded_terms(organisation, valid_from, valid_until, schedule)
        if terms.closed:
            raise AccessError(ErrorCode.OUTSIDE_ORGANISATION_HOURS)
        start, end = terms.valid_from, terms.valid_until
        if end is not None and (end <= now or (start is not None and end <= start)):
            raise AccessError(ErrorCode.OUTSIDE_ORGANISATION_WINDOW)
        doors = frozenset(door for door, _ in targets if door is not None)
        for _, bundle_id in targets:
            if bundle_id is not None:
                doors |= self.bundle(bundle_id).door_ids
        check_organisation_licence(self, organisation, doors, now)
        plan = Plan(self, "grant_staff_access")
        for person_id in people:
            held = {
                (grant.door_id, grant.bundle_id): grant
                for grant in self.grants_of(person_id)
                if grant.organisation_id == organisation.id
            }
            for door_id, bundle_id in targets:
                old = held.get((door_id, bundle_id))
                sharing = may_share if may_share is not UNSET else old is not None and old.may_share
                limit = (
                    share_limit
                    if share_limit is not UNSET
                    else min(old.share_limit, organisation.share_limit)
                    if old is not None
                    else 0
                )
                grant = Grant(
                    id=old.id if old is not None else self._new_id(),
                    person_id=person_id,
                    door_id=door_id,
                    bundle_id=bundle_id,
                    created_at=old.created_at if old is not None else now,
                    valid_from=start,
                    valid_until=end,
                    schedule=terms.schedule,
                    may_share=bool(sharing) and organisation.may_share,
                    share_limit=limit,
                    created_by=created_by if old is None else old.created_by,
                    organisation_id=organisation.id,
                )
                plan.put_grants[grant.id] = grant
                plan.people.add(person_id)
                plan.doors |= self.doors_of(grant)
                if old is None:
                    plan.created.append(grant.id)
                else:
                    plan.fit_shares(grant, self.doors_of(grant))
                    if not grant.may_share:
                        plan.revoke_shares_of(grant.id, now)
        return self._apply(plan)

    def revoke_staff_access(
        self,
        manager_id: str,
        grant_ids: Iterable[str] = (),
        *,
        person_ids: Iterable[str] = (),
        door_ids: Iterable[str] = (),
        bundle_ids: Iterable[str] = (),
    ) -> Change:
        """The manager takes keys their organisation gave away (with their shares).

        The keys named, and the organisation's keys of the staff listed to the doors and
        bundles listed. A key that is not one of their organisation's is refused as
        `unknown_grant`, a person who is not its staff as `not_staff`.
        """
        organisation = self._managed(manager_id)
        grants: dict[str, Grant] = {}
        for grant_id in dict.fromkeys(grant_ids):
            grant = self._t.grants.get(grant_id)
            if (
                grant is None
                or grant.organisation_id != organisation.id
                or grant.kind is not GrantKind.NORMAL
            ):
                raise AccessError(ErrorCode.UNKNOWN_GRANT, grant_id=grant_id)
            grants[grant.id] = grant
        staff = set(self._staff(organisation, person_ids))
        targets = {(door, None) for door in door_ids} | {(None, b) for b in bundle_ids}
        for grant in self.grants_of_organisation(organisation.id):
            if grant.person_id in staff and (grant.door_id, grant.bundle_id) in targets:
                grants[grant.id] = grant
        plan = Plan(self, "revoke_staff_access")
        for grant in grants.values():
            plan.drop_grant(grant)
        return self._apply(plan)

    def staff_grants(self, manager_id: str) -> tuple[Organisation, list[Grant]]:
        """The manager's organisation and every key it gave, oldest first (for their list)."""
        organisation = self._managed(manager_id)
        return organisation, self.grants_of_organisation(organisation.id)
