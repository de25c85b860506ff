"""Applying a residents file to the registry: match, update, create, give owners their keys.

`csv_import.read_residents` reads and checks a file into rows; this module decides what
those rows do to the registry, as one `Plan` (so a real import is all or nothing) and a
report per line (so a dry run shows exactly what the real run would do).

Rules a reviewer must know (also in `docs/user-guide.md`, "Importing residents"):

- A row is the person already known in the same dwelling and entrance with the same name
  (compared folded, as the reader compares duplicates), else the one person known with
  the row's phone number (someone who moved flat); otherwise a new person.
- A known person gets the row's values for the columns the file has; an empty phone or
  e-mail cell keeps what is stored (an import adds and corrects contact details, it never
  deletes them: that is `update_person`). People known to the registry but not in the
  file are left alone: a residents file is not a list of who to remove.
- Only owners get a key automatically: a normal grant on the key bundle or door mapped to
  their entrance (`"*"` maps rows of any other entrance), unless they already hold a
  normal grant on it. Nothing is ever revoked by an import.
- Importing the same file twice changes nothing: every line reads `unchanged` the second
  time and no grant is added.
- A line is `rejected` with every reason: the reader's problems (`invalid_phone`, ...) or
  the registry's (`access_<code>`: a name too long, an e-mail the registry refuses), or
  `same_person` when an earlier line of the file already matched that person.

Report reasons are codes with placeholders, translated by the Home Assistant layer; the
report holds line numbers and ids, no personal data (the lines are the admin's own file).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any, Final

from .checks import optional_text, required_text
from .contact import Language, normalise_email, normalise_phone
from .csv_aliases import fold
from .csv_import import ImportRows, ResidentRow, RowProblem
from .errors import AccessError
from .model import Grant, GrantKind, Person, Role, utc
from .plan import Plan
from .view import RegistryView

ANY_ENTRANCE: Final = "*"
"""Mapping key for rows whose entrance has no mapping of its own (or no entrance)."""


class Outcome(StrEnum):
    """What an import does with one line."""

    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class KeyTarget:
    """What an entrance's owners get: a door or a key bundle (exactly one is set)."""

    door_id: str | None = None
    bundle_id: str | None = None


@dataclass(frozen=True, slots=True)
class LineReport:
    """One line of the file and what the import does with it."""

    line: int
    outcome: Outcome
    person_id: str | None = None
    """The person the line is (new or known); `None` for a rejected line."""
    fields: tuple[str, ...] = ()
    """The fields an update changes."""
    grant_ids: tuple[str, ...] = ()
    """Grants the line adds (owners only)."""
    reasons: tuple[RowProblem, ...] = ()
    """Why a line is rejected, or notes (`no_key_for_entrance`) on an accepted one."""


@dataclass(frozen=True, slots=True)
class ImportReport:
    """Every line's outcome, in file order."""

    lines: tuple[LineReport, ...]

    def count(self, outcome: Outcome) -> int:
        """How many lines have `outcome`."""
        return sum(1 for line in self.lines if line.outcome is outcome)

    @property
    def grants(self) -> int:
        """Grants the import adds."""
        return sum(len(line.grant_ids) for line in self.lines)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready summary and lines (reasons as codes; the HA layer adds their text)."""
        return {
            "created": self.count(Outcome.CREATED),
            "updated": self.count(Outcome.UPDATED),
            "unchanged": self.count(Outcome.UNCHANGED),
            "rejected": self.count(Outcome.REJECTED),
            "grants": self.grants,
        }


@dataclass(slots=True)
class _Known:
    """Lookups of the people already in the registry, built once per import."""

    by_key: dict[tuple[str, str, str], str] = field(default_factory=dict)
    by_phone: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, view: RegistryView) -> _Known:
        known = cls()
        for person in view.people.values():
            known.by_key[_key(person.dwelling or "", person.entrance, person.name)] = person.id
            if person.phone is not None:
                known.by_phone.setdefault(person.phone, []).append(person.id)
        return known

    def match(self, row: ResidentRow) -> str | None:
        found = self.by_key.get(_key(row.dwelling, row.entrance, row.name))
        if found is None and row.phone is not None:
            holders = self.by_phone.get(row.phone, [])
            found = holders[0] if len(holders) == 1 else None
        return found


def _key(dwelling: str, entrance: str | None, name: str) -> tuple[str, str, str]:
    return fold(dwelling), fold(entrance or ""), fold(name)


def _problem(error: AccessError) -> RowProblem:
    return RowProblem(f"access_{error.code.value}", dict(error.placeholders))


class _Importer:
    """Builds the plan and the report line by line."""

    def __init__(
        self,
        view: RegistryView,
        rows: ImportRows,
        keys: Mapping[str, KeyTarget],
        *,
        now: datetime,
        share_limit: int,
        language: Language,
    ) -> None:
        self.view = view
        self.rows = rows
        self.keys = {
            ANY_ENTRANCE if name == ANY_ENTRANCE else fold(name): target
            for name, target in keys.items()
        }
        self.now = utc(now, "now")
        self.share_limit = share_limit
        self.language = language
        self.plan = Plan(view, "import_residents")
        self.known = _Known.of(view)
        self.matched: dict[str, int] = {}
        """Person id → the line that matched them first."""
        self.columns = set(rows.columns)
        if self.columns & {"first_name", "last_name"}:
            self.columns.add("name")

    def run(self) -> ImportReport:
        lines = [
            LineReport(line.line, Outcome.REJECTED, reasons=line.problems)
            for line in self.rows.rejected
        ]
        lines.extend(self._row(row) for row in self.rows.rows)
        lines.sort(key=lambda report: report.line)
        return ImportReport(tuple(lines))

    def _row(self, row: ResidentRow) -> LineReport:
        try:
            values = self._values(row)
        except AccessError as error:
            return LineReport(row.line, Outcome.REJECTED, reasons=(_problem(error),))
        person_id = self.known.match(row)
        if person_id is not None and person_id in self.matched:
            problem = RowProblem("same_person", {"line": str(self.matched[person_id])})
            return LineReport(row.line, Outcome.REJECTED, reasons=(problem,))
        if person_id is None:
            person = Person(
                id=self.view._new_id(),
                created_at=self.now,
                updated_at=self.now,
                language=self.language,
                **values,
            )
            self.plan.put_people[person.id] = person
            self.plan.created.append(person.id)
            outcome, changed = Outcome.CREATED, tuple(values)
        else:
            old = self.view.people[person_id]
            changes = {
                name: value
                for name, value in values.items()
                if getattr(old, name) != value
                and (value is not None or name not in ("phone", "email"))
                and (name in self.columns or name not in ("role", "consent"))
            }
            person = old
            if changes:
                person = replace(old, **changes, updated_at=self.now)
                self.plan.put_people[person.id] = person
            outcome = Outcome.UPDATED if changes else Outcome.UNCHANGED
            changed = tuple(sorted(changes))
        self.matched[person.id] = row.line
        grants, notes = self._owner_key(person)
        if grants and outcome is Outcome.UNCHANGED:
            outcome = Outcome.UPDATED
        return LineReport(row.line, outcome, person.id, changed, grants, notes)

    def _values(self, row: ResidentRow) -> dict[str, Any]:
        """The row as person fields, checked as the registry checks them.

        A file without a role column makes new people owners but leaves a known person's
        role; without a consent column, a known person's consent stays as it is.
        """
        country = self.view.settings.country
        return {
            "name": required_text(row.name, "name"),
            "dwelling": optional_text(row.dwelling, "dwelling"),
            "entrance": optional_text(row.entrance, "entrance"),
            "phone": None if row.phone is None else normalise_phone(row.phone, country),
            "email": None if row.email is None else normalise_email(row.email),
            "role": Role(row.role),
            "consent": row.consent,
        }

    def _owner_key(self, person: Person) -> tuple[tuple[str, ...], tuple[RowProblem, ...]]:
        if person.role is not Role.OWNER:
            return (), ()
        target = self.keys.get(fold(person.entrance or "")) or self.keys.get(ANY_ENTRANCE)
        if target is None:
            return (), (RowProblem("no_key_for_entrance", {"entrance": person.entrance or ""}),)
        held = any(
            grant.kind is GrantKind.NORMAL
            and (grant.door_id, grant.bundle_id) == (target.door_id, target.bundle_id)
            for grant in self.view.grants_of(person.id)
        )
        if held:
            return (), ()
        grant = Grant(
            id=self.view._new_id(),
            person_id=person.id,
            door_id=target.door_id,
            bundle_id=target.bundle_id,
            created_at=self.now,
            may_share=self.share_limit > 0,
            share_limit=self.share_limit,
        )
        self.plan.put_grants[grant.id] = grant
        self.plan.people.add(person.id)
        self.plan.doors |= self.view.doors_of(grant)
        self.plan.created.append(grant.id)
        return (grant.id,), ()


def plan_import(
    view: RegistryView,
    rows: ImportRows,
    *,
    keys: Mapping[str, KeyTarget],
    now: datetime,
    share_limit: int = 0,
    language: Language = Language.ENGLISH,
) -> tuple[Plan, ImportReport]:
    """What importing `rows` would do: the plan to apply and the report per line.

    `keys` maps an entrance (as the file writes it, compared folded; `"*"` for any other)
    to the door or bundle its owners get; every door and bundle named must exist.
    `share_limit` > 0 lets owners share that many keys per door.
    """
    for target in keys.values():
        if (target.door_id is None) == (target.bundle_id is None):
            raise ValueError("a key target is a door or a bundle")
        if target.door_id is not None:
            view.door(target.door_id)
        if target.bundle_id is not None:
            view.bundle(target.bundle_id)
    importer = _Importer(view, rows, keys, now=now, share_limit=share_limit, language=language)
    return importer.plan, importer.run()
