"""Residents files as boards have them, read into validated rows before anything is imported.

Seed 000: a board imports its dwellings and residents, checks them, then "sends keys". This
module is the reading and checking half, and nothing else: it takes the file's bytes (or
pasted text), and returns `ImportRows` — the rows that are valid, the lines that are not and
why, and a `summary()` for a dry run — without touching the registry. Applying the rows is a
later step, so a board can look at the result, fix its spreadsheet and try again.

    result = read_residents(data, region="NO")
    for line in result.rejected:            # shown to the board, translated by code
        ...
    summary = result.summary()              # "268 residents in 270 dwellings, 2 rejected"

Rules a reviewer must know (also in `docs/user-guide.md`, "Importing residents"):

- Encodings and the delimiter are found as `csv_text` describes; quoted cells may hold the
  delimiter, quotes (doubled) and line breaks.
- The header is the first line that is neither blank, a `#` comment nor a title (one cell
  with no delimiter, as a spreadsheet's "Beboerliste 2026" row). Its names are matched
  through `csv_aliases` in English, Norwegian, Danish and Dutch; an explicit `columns` mapping
  (`{"name": "Fullt navn"}`) wins over the tables. An unknown column is an error for the whole
  file (`unknown_columns`) rather than skipped, since a misspelt `Telefon` would otherwise
  import every resident without a phone; `ignore` names columns to leave out on purpose.
- `dwelling` and a name (`name`, or `first_name` and/or `last_name`) are required columns.
- Without a role column every row is an owner: the list a board has is the owners' register,
  and owners are who get keys. With one, an empty role is an error (`missing_role`): in a file
  that tells owners from tenants a blank is not a guess to make, since owners get keys sent.
- Consent (to digital communication) is no when the column or the cell is empty: consent is
  never assumed. Owners without it still get keys, but no message (seed 000).
- A row is all or nothing: any problem rejects it, with every problem it has listed. The same
  person twice (dwelling, entrance and name, compared folded) is rejected the second time;
  several people in one dwelling are fine.
- A row with fewer cells than the header has empty trailing cells (hand-edited files drop
  them); one with more non-empty cells than the header is `too_many_columns`, usually an
  unquoted comma in a name.

Problems carry codes that read as translation keys, and placeholders with the column as the
file names it and the cell as written. Cells hold personal data: they are for the admin who
imports the file and never for a log.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterator, Mapping
import csv
from dataclasses import dataclass, field
import io
import re
from typing import Final

import phonenumbers

from .csv_aliases import (
    CHECK_MARKS,
    COLUMN_ALIASES,
    FIELD_BY_WORD,
    NO,
    ROLE_BY_WORD,
    ROLES,
    YES,
    Field,
    Role,
    fold,
)
from .csv_text import decode, header_line, sniff_delimiter

DEFAULT_REGION: Final = "NO"
DEFAULT_ROLE: Final[Role] = "owner"
_NAME_PARTS: Final[tuple[Field, Field]] = ("first_name", "last_name")
_EMAIL: Final = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")


class CsvImportError(Exception):
    """The file as a whole cannot be read; nothing in it is imported.

    `code` reads as a translation key (`unknown_columns`, `missing_required_column`, ...);
    `placeholders` fill its message.
    """

    def __init__(self, code: str, **placeholders: str) -> None:
        """Keep the code and the placeholders; the message is the code."""
        super().__init__(code)
        self.code = code
        self.placeholders: dict[str, str] = placeholders


@dataclass(frozen=True, slots=True)
class ResidentRow:
    """One valid line: a person in a dwelling, contact details normalised."""

    line: int
    """The file's line (from 1) where the row starts."""
    dwelling: str
    entrance: str | None
    name: str
    phone: str | None
    """E.164 (`+4791234567`)."""
    email: str | None
    role: Role
    consent: bool


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One thing wrong with a line: a code, and what fills its message."""

    code: str
    placeholders: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RejectedLine:
    """A line not imported, with every problem it has."""

    line: int
    problems: tuple[RowProblem, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        """The problems' codes, in column order."""
        return tuple(problem.code for problem in self.problems)


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What applying the rows would amount to: the dry run shown before keys are sent."""

    accepted: int
    rejected: int
    dwellings: int
    roles: Mapping[Role, int]
    owners_without_consent: int
    """Owners who get keys but no message about them."""
    owners_without_contact: int
    """Owners with neither phone nor e-mail: nobody can tell them their keys wait."""
    dwellings_without_owner: int
    """Dwellings that get no key automatically, since only owners do."""


@dataclass(frozen=True, slots=True)
class ImportRows:
    """The result of reading a file: valid rows, rejected lines, and how the file was read."""

    rows: tuple[ResidentRow, ...]
    rejected: tuple[RejectedLine, ...]
    columns: Mapping[Field, str]
    """Which column of the file each field came from, as the header spells it."""
    encoding: str
    """`utf-8`, `utf-8-sig`, `utf-16`, `cp1252`, ... or `text` for pasted text."""
    delimiter: str

    def summary(self) -> ImportSummary:
        """Counts for the dry run."""
        roles = Counter(row.role for row in self.rows)
        owners = [row for row in self.rows if row.role == "owner"]
        dwellings = {_dwelling_key(row) for row in self.rows}
        owned = {_dwelling_key(row) for row in owners}
        return ImportSummary(
            accepted=len(self.rows),
            rejected=len(self.rejected),
            dwellings=len(dwellings),
            roles={role: roles[role] for role in ROLES if roles[role]},
            owners_without_consent=sum(not row.consent for row in owners),
            owners_without_contact=sum(row.phone is None and row.email is None for row in owners),
            dwellings_without_owner=len(dwellings - owned),
        )


def read_residents(
    data: bytes | str,
    *,
    region: str = DEFAULT_REGION,
    columns: Mapping[str, str] | None = None,
    ignore: Collection[str] = (),
) -> ImportRows:
    """Read a residents file; raise `CsvImportError` when the file as a whole is unusable.

    `region` (`NO`, `DK`, `NL`) is the country of phone numbers written without a country
    code. `columns` maps a field (`name`, `phone`, ...) to the header of the file's column
    that holds it, over the alias tables; `ignore` lists headers to leave out.
    """
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise ValueError(f"unknown phone region {region!r}")
    if isinstance(data, str):
        text, encoding = data.removeprefix("\ufeff"), "text"
    else:
        decoded = decode(data)
        if decoded is None:
            raise CsvImportError("undecodable_file")
        text, encoding = decoded
    header_text = header_line(text)
    delimiter = sniff_delimiter(header_text)
    records = _records(text, delimiter)
    first = next(records, None)
    # Title lines above the header (one cell, see `header_line`) are not read as rows.
    while first is not None and len(first[1]) < 2 <= header_text.count(delimiter) + 1:
        first = next(records, None)
    if first is None:
        raise CsvImportError("empty_file")
    header = _Header.read(first[1], columns or {}, ignore)
    reader = _RowReader(header, region)
    for line, cells in records:
        reader.add(line, cells)
    return ImportRows(
        rows=tuple(reader.rows),
        rejected=tuple(reader.rejected),
        columns={name: header.names[index] for name, index in header.index.items()},
        encoding=encoding,
        delimiter=delimiter,
    )


def _records(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(starting line, cells) of every record that is neither blank nor a comment."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise CsvImportError("malformed_file", line=str(start)) from error
        if any(cell.strip() for cell in cells) and not cells[0].lstrip().startswith("#"):
            yield start, cells
        start = reader.line_num + 1


@dataclass(slots=True)
class _Header:
    """The header line: the file's column names, and which column holds which field."""

    names: list[str]
    index: dict[Field, int]

    @classmethod
    def read(cls, cells: list[str], mapping: Mapping[str, str], ignore: Collection[str]) -> _Header:
        names = [cell.strip() for cell in cells]
        while names and not names[-1]:
            names.pop()
        folded = [fold(name) for name in names]
        index = cls._mapped(names, folded, mapping)
        ignored = {fold(name) for name in ignore}
        unknown: list[str] = []
        for position, word in enumerate(folded):
            if position in index.values() or (word and word in ignored):
                continue
            found = FIELD_BY_WORD.get(word)
            if found is None:
                unknown.append(names[position] or f"#{position + 1}")
            elif found in mapping:
                continue  # the mapping named another column for this field
            elif found in index:
                raise CsvImportError(
                    "duplicate_column",
                    field=found,
                    columns=f"{names[index[found]]}, {names[position]}",
                )
            else:
                index[found] = position
        if unknown:
            raise CsvImportError("unknown_columns", columns=", ".join(unknown))
        if "name" in index and any(part in index for part in _NAME_PARTS):
            parts = [names[index[part]] for part in (*_NAME_PARTS,) if part in index]
            raise CsvImportError(
                "duplicate_column", field="name", columns=", ".join([names[index["name"]], *parts])
            )
        for required in ("dwelling", "name"):
            if required not in index and not (required == "name" and index.keys() & {*_NAME_PARTS}):
                raise CsvImportError("missing_required_column", column=required)
        return cls(names, index)

    @staticmethod
    def _mapped(
        names: list[str], folded: list[str], mapping: Mapping[str, str]
    ) -> dict[Field, int]:
        index: dict[Field, int] = {}
        for key, column in mapping.items():
            if key not in COLUMN_ALIASES:
                raise CsvImportError("unknown_field", field=key)
            try:
                position = folded.index(fold(column))
            except ValueError:
                raise CsvImportError("mapped_column_not_found", field=key, column=column) from None
            if position in index.values():
                raise CsvImportError("duplicate_column", field=key, columns=names[position])
            index[key] = position
        return index


class _RowReader:
    """Turns records into rows or rejected lines, remembering people seen for duplicates."""

    def __init__(self, header: _Header, region: str) -> None:
        self._header = header
        self._region = region
        self._seen: dict[tuple[str, str, str], int] = {}
        self.rows: list[ResidentRow] = []
        self.rejected: list[RejectedLine] = []

    def _cell(self, cells: list[str], name: Field) -> str:
        position = self._header.index.get(name)
        if position is None or position >= len(cells):
            return ""
        return cells[position].strip()

    def _column(self, name: Field) -> str:
        return self._header.names[self._header.index[name]]

    def add(self, line: int, cells: list[str]) -> None:
        """Validate one record; it becomes a row only when nothing is wrong with it."""
        problems: list[RowProblem] = []
        width = len(self._header.names)
        if any(cell.strip() for cell in cells[width:]):
            problems.append(
                RowProblem(
                    "too_many_columns",
                    {"count": str(len(cells)), "expected": str(width)},
                )
            )
        dwelling = _words(self._cell(cells, "dwelling"))
        if not dwelling:
            problems.append(RowProblem("missing_dwelling"))
        entrance = _words(self._cell(cells, "entrance")) or None
        name = self._name(cells)
        if not name:
            problems.append(RowProblem("missing_name"))
        phone = self._checked(cells, "phone", _import_phone_e164, problems)
        email = self._checked(cells, "email", _import_email, problems)
        role = self._role(cells, problems)
        consent = self._consent(cells, problems)
        if dwelling and name:
            key = (fold(dwelling), fold(entrance or ""), fold(name))
            first = self._seen.get(key)
            if first is not None:
                problems.append(RowProblem("duplicate_row", {"line": str(first)}))
            elif not problems:
                self._seen[key] = line
        if problems or role is None or consent is None:
            self.rejected.append(RejectedLine(line, tuple(problems)))
            return
        self.rows.append(ResidentRow(line, dwelling, entrance, name, phone, email, role, consent))

    def _name(self, cells: list[str]) -> str:
        if "name" in self._header.index:
            return _words(self._cell(cells, "name"))
        return " ".join(filter(None, (_words(self._cell(cells, part)) for part in _NAME_PARTS)))

    def _checked(
        self,
        cells: list[str],
        name: Field,
        normalise: _Normaliser,
        problems: list[RowProblem],
    ) -> str | None:
        raw = self._cell(cells, name)
        if not raw:
            return None
        value = normalise(raw, self._region)
        if value is None:
            problems.append(
                RowProblem(f"invalid_{name}", {"column": self._column(name), "value": raw})
            )
        return value

    def _role(self, cells: list[str], problems: list[RowProblem]) -> Role | None:
        if "role" not in self._header.index:
            return DEFAULT_ROLE
        raw = self._cell(cells, "role")
        column = self._column("role")
        if not raw:
            problems.append(RowProblem("missing_role", {"column": column}))
            return None
        role = ROLE_BY_WORD.get(fold(raw))
        if role is None:
            problems.append(RowProblem("unknown_role", {"column": column, "value": raw}))
        return role

    def _consent(self, cells: list[str], problems: list[RowProblem]) -> bool | None:
        raw = self._cell(cells, "consent")
        if not raw:
            return False
        if raw in CHECK_MARKS or fold(raw) in YES:
            return True
        if fold(raw) in NO:
            return False
        problems.append(
            RowProblem("bad_consent", {"column": self._column("consent"), "value": raw})
        )
        return None


type _Normaliser = Callable[[str, str], str | None]


def _words(text: str) -> str:
    """`text` with runs of white space (line breaks in a quoted cell too) as one space."""
    return " ".join(text.split())


def _dwelling_key(row: ResidentRow) -> tuple[str, str]:
    return fold(row.dwelling), fold(row.entrance or "")


def _import_phone_e164(raw: str, region: str) -> str | None:
    """A phone number in E.164, or None when it is not a valid number.

    Not `access.contact.normalise_phone`: the reader takes any region `phonenumbers` knows
    and any length, the registry only its three countries and 40 characters. Applying the
    rows (`resident_import.py`) checks each number again with the registry's rule, so a
    number one accepts and the other refuses rejects its line, never the whole import.
    """
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _import_email(raw: str, region: str) -> str | None:
    """An e-mail address with its domain in lower case, or None when it does not look like one.

    A syntax check only (`local@domain.tld`, no spaces), looser than
    `access.contact.normalise_email` (which also refuses quotes, brackets, double dots and
    long parts); like the phone, checked again with the registry's rule when applied.
    `region` is unused: the signature matches the phone's.
    """
    del region
    if not _EMAIL.fullmatch(raw):
        return None
    local, domain = raw.rsplit("@", 1)
    return f"{local}@{domain.lower()}"
