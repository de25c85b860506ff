"""One building's access registry: who holds which key, and every way to change that.

The Home Assistant layer keeps one `Registry` per building (config entry). It reads it
freely (`people`, `grants_of`, `grants_for_door`, `shares_to`, ...) and changes it only
through the operations below, each of which:

- validates everything first and raises `AccessError` (code + placeholders, see
  `errors.py`) before touching anything, so a refused operation leaves the registry as it
  was;
- takes the current time as `now` (aware) where it stamps or compares times: the model
  never reads a clock;
- returns a `Change`: the ids of the people, doors, bundles, grants and shares it touched
  (created, changed or removed) and, in `created`, the new ids in order. `Change.doors` is
  every door whose set of keys may differ afterwards, i.e. the doors to sync credentials to
  and to fire events for.

Cascades, so no id ever dangles (`Registry.problems()` is empty after every operation):
- revoking a grant removes the shares made from it; a share also goes when its grant stops
  covering its door (door taken out of the bundle) or when its window no longer overlaps
  the grant's (the grant's validity was shortened); otherwise shares are clipped to the
  grant's new validity;
- turning sharing off for a grant revokes its active shares (they stay, marked revoked,
  until `prune_shares`);
- removing a person removes their grants, their PIN codes and tags and every share they
  made, and with it the link to their HA user; erasing a person (GDPR) also removes the
  shares given to their HA user and returns a pseudonym for the event log;
- a share that goes takes its PIN credential along (`credentials.py`);
- removing a door drops it from bundles and organisations, removes the grants on that door
  and every share for it;
- a person removed is no longer a manager of their organisation; a bundle an organisation
  holds is in use (`delete_bundle`), and deleting it anyway takes it from the organisation.

Organisations and their staff are in `organisations.py`, a manager's keys for their staff
in `staff_keys.py`, what an organisation's hold means for those keys in `holds.py`.

Shares are clipped, not refused, when asked for a longer window than their grant has: the
returned share shows the window it really got; only a share with no time left inside the
grant is refused (`share_outside_grant`). Sharing is in `sharing.py`, PIN codes and tags in
`credentials.py`, reads in `view.py`, the plan-then-apply mechanism in `plan.py`.

Stored form: `to_dict()` / `Registry.from_dict()` (JSON-safe, see `schema.py`). The
building's country and time zone are not stored here: they come from Home Assistant's
configuration, at loading and whenever it changes (`BuildingSettings`, `use_settings`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any, Final

from .checks import (
    MAX_TEXT,
    UNSET,
    Maybe,
    enum_member,
    optional_text,
    optional_utc,
    required_text,
)
from .contact import Country, Language, normalise_email, normalise_phone
from .csv_import import ImportRows
from .errors import AccessError, ErrorCode
from .model import Bundle, Door, Grant, GrantKind, Person, Role, ShareKind, check_window, utc
from .plan import Change, Plan
from .resident_import import ImportReport, KeyTarget, plan_import
from .schedules import WeeklySchedule
from .sharing import ShareAllowance
from .staff_keys import StaffKeyOperations
from .view import BuildingSettings, RegistryView, new_id

__all__ = [
    "EMERGENCY_VALIDITY",
    "MAX_TEXT",
    "UNSET",
    "BuildingSettings",
    "Change",
    "Registry",
    "RegistryView",
    "ShareAllowance",
    "new_id",
]

EMERGENCY_VALIDITY: Final = timedelta(hours=24)
"""How long an emergency key lasts unless the admin says otherwise."""

_COUNTRY_LANGUAGE: Final = {
    Country.NORWAY: Language.NORWEGIAN,
    Country.DENMARK: Language.DANISH,
    Country.NETHERLANDS: Language.DUTCH,
}


class Registry(StaffKeyOperations):
    """People, doors, key bundles, grants, shares and organisations of one building."""

    # Building ------------------------------------------------------------------------------

    def use_settings(self, settings: BuildingSettings) -> bool:
        """Read the building by `settings` from now on; whether they differ from the last.

        Home Assistant's time zone or country changed. Nothing stored changes with them:
        weekly schedules are wall-clock times, read in the new zone from the next decision
        on, and phone numbers are stored with their country code already.
        """
        if settings == self.settings:
            return False
        self.settings = settings
        return True

    # People --------------------------------------------------------------------------------

    def _check_user_free(self, ha_user_id: str | None, person_id: str | None) -> str | None:
        if ha_user_id is None:
            return None
        user = required_text(ha_user_id, "ha_user_id")
        holder = self._ix.person_by_user.get(user)
        if holder is not None and holder != person_id:
            raise AccessError(ErrorCode.HA_USER_ALREADY_LINKED)
        return user

    def add_person(
        self,
        name: str,
        *,
        role: Role,
        now: datetime,
        phone: str | None = None,
        email: str | None = None,
        dwelling: str | None = None,
        entrance: str | None = None,
        ha_user_id: str | None = None,
        consent: bool = False,
        language: Language | None = None,
    ) -> Change:
        """Add a person; phone and e-mail are normalised (`contact.py`).

        `language` defaults to the building's country's language.
        """
        now = utc(now, "now")
        person = Person(
            id=self._new_id(),
            name=required_text(name, "name"),
            role=enum_member(Role, role, "role"),
            created_at=now,
            updated_at=now,
            phone=None if phone is None else normalise_phone(phone, self.settings.country),
            email=None if email is None else normalise_email(email),
            dwelling=optional_text(dwelling, "dwelling"),
            entrance=optional_text(entrance, "entrance"),
            ha_user_id=self._check_user_free(ha_user_id, None),
            consent=bool(consent),
            language=enum_member(
                Language, language or _COUNTRY_LANGUAGE[self.settings.country], "language"
            ),
        )
        plan = Plan(self, "add_person")
        plan.put_people[person.id] = person
        plan.created.append(person.id)
        return self._apply(plan)

    def update_person(
        self,
        person_id: str,
        *,
        now: datetime,
        name: Maybe[str] = UNSET,
        role: Maybe[Role] = UNSET,
        phone: Maybe[str | None] = UNSET,
        email: Maybe[str | None] = UNSET,
        dwelling: Maybe[str | None] = UNSET,
        entrance: Maybe[str | None] = UNSET,
        ha_user_id: Maybe[str | None] = UNSET,
        consent: Maybe[bool] = UNSET,
        language: Maybe[Language] = UNSET,
    ) -> Change:
        """Change some of a person's details (rectification); `UNSET` leaves a field."""
        now = utc(now, "now")
        old = self.person(person_id)
        changes: dict[str, Any] = {}
        if name is not UNSET:
            changes["name"] = required_text(name, "name")
        if role is not UNSET:
            changes["role"] = enum_member(Role, role, "role")
        if phone is not UNSET:
            changes["phone"] = (
                None if phone is None else normalise_phone(phone, self.settings.country)
            )
        if email is not UNSET:
            changes["email"] = None if email is None else normalise_email(email)
        if dwelling is not UNSET:
            changes["dwelling"] = optional_text(dwelling, "dwelling")
        if entrance is not UNSET:
            changes["entrance"] = optional_text(entrance, "entrance")
        if ha_user_id is not UNSET:
            changes["ha_user_id"] = self._check_user_free(ha_user_id, person_id)
        if consent is not UNSET:
            changes["consent"] = bool(consent)
        if language is not UNSET:
            changes["language"] = enum_member(Language, language, "language")
        plan = Plan(self, "update_person")
        plan.put_people[person_id] = replace(old, **changes, updated_at=now)
        return self._apply(plan)

    def _plan_remove_person(self, plan: Plan, person: Person) -> None:
        plan.drop_people.add(person.id)
        organisation = self.organisation_managed_by(person.id)
        if organisation is not None:
            plan.put_organisations[organisation.id] = replace(
                organisation, manager_ids=organisation.manager_ids - {person.id}
            )
        for grant_id in self._ix.grants_by_person.get(person.id, ()):
            plan.drop_grant(self._t.grants[grant_id])
        for share_id in self._ix.shares_by_person.get(person.id, ()):
            plan.drop_share(self._t.shares[share_id])
        for credential in self.credentials_of_person(person.id):
            plan.drop_credential(credential)

    def remove_person(self, person_id: str) -> Change:
        """Remove a person, their grants, PIN codes, tags and every share they made.

        Their HA user is unlinked; a manager is no longer one. Shares others gave to the
        person's HA user stay: they were given to the user.
        """
        person = self.person(person_id)
        plan = Plan(self, "remove_person")
        self._plan_remove_person(plan, person)
        return self._apply(plan)

    def erase_person(self, person_id: str) -> Change:
        """Forget a person entirely (right to erasure) and return a pseudonym for the log.

        As `remove_person`, and also removes the shares given to the person's HA user.
        The event log (kept elsewhere) replaces the person's id with `Change.pseudonym`, so
        counts stay right but nothing leads back to the person.
        """
        person = self.person(person_id)
        plan = Plan(self, "erase_person")
        self._plan_remove_person(plan, person)
        if person.ha_user_id is not None:
            for share in self.shares_to(ShareKind.HA_USER, person.ha_user_id):
                plan.drop_share(share)
        pseudonym = f"erased-{self._new_id()}"
        return replace(self._apply(plan), pseudonym=pseudonym)

    def forget_ha_user(self, ha_user_id: str) -> Change:
        """A Home Assistant user was deleted: unlink its person, remove shares given to it."""
        plan = Plan(self, "forget_ha_user")
        person = self.person_for_user(ha_user_id)
        if person is not None:
            plan.put_people[person.id] = replace(person, ha_user_id=None)
        for share in self.shares_to(ShareKind.HA_USER, ha_user_id):
            plan.drop_share(share)
        return self._apply(plan)

    # Doors and bundles ----------------------------------------------------------------------

    def add_door(
        self,
        door_id: str,
        name: str,
        *,
        address: str | None = None,
        entrance: str | None = None,
    ) -> Change:
        """Add a paired door under its subentry id."""
        door_id = required_text(door_id, "door_id")
        if door_id in self._t.doors:
            raise AccessError(ErrorCode.DOOR_EXISTS, door_id=door_id)
        plan = Plan(self, "add_door")
        plan.put_doors[door_id] = Door(
            id=door_id,
            name=required_text(name, "name"),
            address=optional_text(address, "address"),
            entrance=optional_text(entrance, "entrance"),
        )
        plan.created.append(door_id)
        return self._apply(plan)

    def update_door(
        self,
        door_id: str,
        *,
        name: Maybe[str] = UNSET,
        address: Maybe[str | None] = UNSET,
        entrance: Maybe[str | None] = UNSET,
    ) -> Change:
        """Rename a door or change its address or entrance."""
        old = self.door(door_id)
        changes: dict[str, Any] = {}
        if name is not UNSET:
            changes["name"] = required_text(name, "name")
        if address is not UNSET:
            changes["address"] = optional_text(address, "address")
        if entrance is not UNSET:
            changes["entrance"] = optional_text(entrance, "entrance")
        plan = Plan(self, "update_door")
        plan.put_doors[door_id] = replace(old, **changes)
        return self._apply(plan)

    def remove_door(self, door_id: str) -> Change:
        """Remove a door: out of every bundle and organisation, its grants and shares removed."""
        self.door(door_id)
        plan = Plan(self, "remove_door")
        plan.drop_doors.add(door_id)
        for organisation in self.organisations_holding(door_id=door_id):
            plan.put_organisations[organisation.id] = replace(
                organisation, door_ids=organisation.door_ids - {door_id}
            )
        for bundle in self.bundles_with_door(door_id):
            plan.put_bundles[bundle.id] = replace(bundle, door_ids=bundle.door_ids - {door_id})
            plan.people |= {grant.person_id for grant in self.grants_for_bundle(bundle.id)}
        for grant_id in self._ix.grants_by_door.get(door_id, ()):
            plan.drop_grant(self._t.grants[grant_id])
        for share_id in self._ix.shares_by_door.get(door_id, ()):
            plan.drop_share(self._t.shares[share_id])
        return self._apply(plan)

    def _known_doors(self, door_ids: Iterable[str]) -> frozenset[str]:
        doors = frozenset(door_ids)
        for door_id in sorted(doors):
            self.door(door_id)
        return doors

    def create_bundle(self, name: str, door_ids: Iterable[str] = ()) -> Change:
        """Create a key bundle of known doors."""
        bundle = Bundle(
            id=self._new_id(),
            name=required_text(name, "name"),
            door_ids=self._known_doors(door_ids),
        )
        plan = Plan(self, "create_bundle")
        plan.put_bundles[bundle.id] = bundle
        plan.created.append(bundle.id)
        return self._apply(plan)

    def update_bundle(
        self,
        bundle_id: str,
        *,
        name: Maybe[str] = UNSET,
        door_ids: Maybe[Iterable[str]] = UNSET,
    ) -> Change:
        """Rename a bundle or set its doors.

        Every holder of the bundle gains the doors added and loses the doors taken out,
        together with the shares they made of those doors from this bundle.
        """
        old = self.bundle(bundle_id)
        new = old
        if name is not UNSET:
            new = replace(new, name=required_text(name, "name"))
        if door_ids is not UNSET:
            new = replace(new, door_ids=self._known_doors(door_ids))
        plan = Plan(self, "update_bundle")
        plan.put_bundles[bundle_id] = new
        moved = old.door_ids ^ new.door_ids
        if moved:
            plan.doors |= moved
            for grant in self.grants_for_bundle(bundle_id):
                plan.people.add(grant.person_id)
                plan.fit_shares(grant, new.door_ids)
        return self._apply(plan)

    def delete_bundle(self, bundle_id: str, *, revoke_grants: bool = False) -> Change:
        """Delete a bundle; refused while people or organisations hold it (see below).

        Unless `revoke_grants` is set: the keys on it are then revoked, and it is taken
        from the organisations holding it. A bundle can hold a whole building's keys:
        deleting it by mistake should not take everyone's keys away silently, so the caller
        says so explicitly.
        """
        bundle = self.bundle(bundle_id)
        grants = self.grants_for_bundle(bundle_id)
        holders = self.organisations_holding(bundle_id=bundle_id)
        if (grants or holders) and not revoke_grants:
            raise AccessError(ErrorCode.BUNDLE_IN_USE, grants=len(grants) + len(holders))
        plan = Plan(self, "delete_bundle")
        for grant in grants:
            plan.drop_grant(grant)
        for organisation in holders:
            plan.put_organisations[organisation.id] = replace(
                organisation, bundle_ids=organisation.bundle_ids - {bundle_id}
            )
        plan.drop_bundles.add(bundle_id)
        plan.doors |= bundle.door_ids if grants or holders else frozenset()
        return self._apply(plan)

    # Grants --------------------------------------------------------------------------------

    def _targets(
        self, door_ids: Iterable[str], bundle_ids: Iterable[str]
    ) -> list[tuple[str | None, str | None]]:
        doors = sorted(set(door_ids))
        bundles = sorted(set(bundle_ids))
        for door_id in doors:
            self.door(door_id)
        for bundle_id in bundles:
            self.bundle(bundle_id)
        return [(door_id, None) for door_id in doors] + [(None, b) for b in bundles]

    def _people_list(self, person_ids: Iterable[str]) -> list[str]:
        people = list(dict.fromkeys(person_ids))
        for person_id in people:
            self.person(person_id)
        return people

    def grant_access(
        self,
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
        """Give every person a key to every door and bundle listed, on the same terms.

        A person who already holds a normal grant to one of these doors or bundles gets
        that grant's terms replaced (same id): this is also how validity and schedule are
        edited. The sharing right and limit are replaced only when given (`UNSET` keeps a
        held grant's, and means no sharing for a new one), so granting a bundle again never
        takes away shares by accident. Shares are then clipped to the new window (and
        revoked if sharing is no longer allowed).

        A key an organisation's manager gave (`staff_keys.py`) is not such a grant: the
        admin's key to the same door is a key of its own, which the organisation's
        managers cannot change or take away.
        """
        now = utc(now, "now")
        valid_from = optional_utc(valid_from, "valid_from")
        valid_until = optional_utc(valid_until, "valid_until")
        check_window(valid_from, valid_until)
        if valid_until is not None and valid_until <= now:
            raise AccessError(ErrorCode.INVALID_WINDOW, field="valid_until")
        if share_limit is not UNSET and (isinstance(share_limit, bool) or share_limit < 0):
            raise AccessError(ErrorCode.INVALID_FIELD, field="share_limit", value=share_limit)
        people = self._people_list(person_ids)
        targets = self._targets(door_ids, bundle_ids)
        if not people or not targets:
            raise AccessError(ErrorCode.NOTHING_TO_GRANT)
        plan = Plan(self, "grant_access")
        for person_id in people:
            held = {
                (grant.door_id, grant.bundle_id): grant
                for grant in self.grants_of(person_id)
                if grant.kind is GrantKind.NORMAL and grant.organisation_id is None
            }
            for door_id, bundle_id in targets:
                old = held.get((door_id, bundle_id))
                grant = Grant(
                    id=old.id if old is not None else self._new_id(),
                    person_id=person_id,
                    door_id=door_id,
                    bundle_id=bundle_id,
                    created_at=old.created_at if old is not None else now,
                    valid_from=valid_from,
                    valid_until=valid_until,
                    schedule=schedule,
                    may_share=bool(
                        may_share if may_share is not UNSET else old is not None and old.may_share
                    ),
                    share_limit=(
                        share_limit
                        if share_limit is not UNSET
                        else old.share_limit
                        if old is not None
                        else 0
                    ),
                    created_by=created_by if old is None else old.created_by,
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

    def revoke_access(self, grant_ids: Iterable[str]) -> Change:
        """Take keys away: the grants and every share made from them are removed."""
        grants = [self.grant(grant_id) for grant_id in dict.fromkeys(grant_ids)]
        plan = Plan(self, "revoke_access")
        for grant in grants:
            plan.drop_grant(grant)
        return self._apply(plan)

    def set_sharing(
        self, grant_ids: Iterable[str], *, may_share: bool, share_limit: int, now: datetime
    ) -> Change:
        """Set sharing rights on grants; turning sharing off revokes their active shares.

        Lowering the limit keeps shares already made: new ones wait until fewer are active.
        Emergency keys cannot be shared.
        """
        now = utc(now, "now")
        if isinstance(share_limit, bool) or share_limit < 0:
            raise AccessError(ErrorCode.INVALID_FIELD, field="share_limit", value=share_limit)
        grants = [self.grant(grant_id) for grant_id in dict.fromkeys(grant_ids)]
        if may_share and any(grant.kind is GrantKind.EMERGENCY for grant in grants):
            raise AccessError(ErrorCode.SHARING_NOT_ALLOWED)
        plan = Plan(self, "set_sharing")
        for grant in grants:
            plan.put_grants[grant.id] = replace(
                grant, may_share=bool(may_share), share_limit=share_limit
            )
            plan.people.add(grant.person_id)
            if not may_share:
                plan.revoke_shares_of(grant.id, now)
        return self._apply(plan)

    def issue_emergency_key(
        self,
        person_id: str,
        *,
        reason: str,
        admin_user_id: str,
        now: datetime,
        door_ids: Iterable[str] = (),
        bundle_ids: Iterable[str] = (),
        valid_until: datetime | None = None,
    ) -> Change:
        """An admin gives a person an emergency key ("akutnøgle") at once.

        Valid from `now` until `valid_until` (default 24 hours), at any time of day
        (schedules do not apply), never shareable; the reason and the admin are kept.
        """
        now = utc(now, "now")
        until = optional_utc(valid_until, "valid_until") or now + EMERGENCY_VALIDITY
        if until <= now:
            raise AccessError(ErrorCode.INVALID_WINDOW, field="valid_until")
        why = reason.strip()
        if not why:
            raise AccessError(ErrorCode.REASON_REQUIRED)
        why = required_text(why, "reason")
        admin = required_text(admin_user_id, "admin_user_id")
        self.person(person_id)
        targets = self._targets(door_ids, bundle_ids)
        if not targets:
            raise AccessError(ErrorCode.NOTHING_TO_GRANT)
        plan = Plan(self, "issue_emergency_key")
        for door_id, bundle_id in targets:
            grant = Grant(
                id=self._new_id(),
                person_id=person_id,
                door_id=door_id,
                bundle_id=bundle_id,
                created_at=now,
                kind=GrantKind.EMERGENCY,
                valid_from=now,
                valid_until=until,
                created_by=admin,
                reason=why,
            )
            plan.put_grants[grant.id] = grant
            plan.people.add(person_id)
            plan.doors |= self.doors_of(grant)
            plan.created.append(grant.id)
        return self._apply(plan)

    # Importing residents -------------------------------------------------------------------

    def _plan_import(
        self,
        rows: ImportRows,
        keys: Mapping[str, KeyTarget],
        now: datetime,
        share_limit: int,
    ) -> tuple[Plan, ImportReport]:
        if isinstance(share_limit, bool) or share_limit < 0:
            raise AccessError(ErrorCode.INVALID_FIELD, field="share_limit", value=share_limit)
        return plan_import(
            self,
            rows,
            keys=keys,
            now=now,
            share_limit=share_limit,
            language=_COUNTRY_LANGUAGE[self.settings.country],
        )

    def preview_import(
        self,
        rows: ImportRows,
        *,
        keys: Mapping[str, KeyTarget],
        now: datetime,
        share_limit: int = 0,
    ) -> ImportReport:
        """What `import_residents` would do with these rows (a dry run: nothing changes)."""
        return self._plan_import(rows, keys, now, share_limit)[1]

    def import_residents(
        self,
        rows: ImportRows,
        *,
        keys: Mapping[str, KeyTarget],
        now: datetime,
        share_limit: int = 0,
    ) -> tuple[Change, ImportReport]:
        """Apply a residents file's rows at once (see `resident_import.py` for the rules).

        Rejected lines are reported and skipped; the accepted ones are applied together,
        so an import is applied whole or (on `AccessError`) not at all.
        """
        plan, report = self._plan_import(rows, keys, now, share_limit)
        return self._apply(plan), report
