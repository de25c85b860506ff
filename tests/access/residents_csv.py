"""Residents files as boards export them, with the rows a correct reader must get from them.

`write_table` writes people in a `Dialect` (language of the headers and values, delimiter,
encoding, line ends) and returns the file with the `ResidentRow`s it holds, so tests and the
bench compare what the reader finds against what was written, not against fixed answers.
`messy_file` is the 270-dwelling building of seed 000 as a real export looks: Norwegian
headers, semicolons, a BOM (or Windows-1252), a title comment, quoted names with commas and
quotes, a name over two lines, trailing delimiters, blank lines, a closing comment, and a few
broken lines whose problems it lists.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
import io
import random
from typing import Final

from custom_components.digitalkey.access.csv_aliases import Field, Role, fold
from custom_components.digitalkey.access.csv_import import ResidentRow

FIELDS: Final[tuple[Field, ...]] = (
    "dwelling",
    "entrance",
    "name",
    "phone",
    "email",
    "role",
    "consent",
)


@dataclass(frozen=True)
class Language:
    """How one language writes the header, the roles and yes/no."""

    headers: dict[Field, str]
    roles: dict[Role, str]
    yes: str
    no: str


LANGUAGES: Final[dict[str, Language]] = {
    "en": Language(
        headers={
            "dwelling": "Flat",
            "entrance": "Entrance",
            "name": "Name",
            "phone": "Mobile",
            "email": "E-mail",
            "role": "Role",
            "consent": "Consent",
        },
        roles={
            "owner": "Owner",
            "tenant": "Tenant",
            "board": "Board member",
            "caretaker": "Caretaker",
            "service_provider": "Service provider",
        },
        yes="Yes",
        no="No",
    ),
    "nb": Language(
        headers={
            "dwelling": "Leilighet",
            "entrance": "Oppgang",
            "name": "Navn",
            "phone": "Telefon",
            "email": "E-post",
            "role": "Rolle",
            "consent": "Samtykke",
        },
        roles={
            "owner": "Eier",
            "tenant": "Leietaker",
            "board": "Styre",
            "caretaker": "Vaktmester",
            "service_provider": "Tjenesteleverandør",
        },
        yes="Ja",
        no="Nei",
    ),
    "da": Language(
        headers={
            "dwelling": "Lejlighed",
            "entrance": "Opgang",
            "name": "Navn",
            "phone": "Mobil",
            "email": "E-mail",
            "role": "Rolle",
            "consent": "Samtykke",
        },
        roles={
            "owner": "Ejer",
            "tenant": "Lejer",
            "board": "Bestyrelse",
            "caretaker": "Vicevært",
            "service_provider": "Serviceleverandør",
        },
        yes="Ja",
        no="Nej",
    ),
    "nl": Language(
        headers={
            "dwelling": "Huisnummer",
            "entrance": "Ingang",
            "name": "Naam",
            "phone": "Telefoon",
            "email": "E-mail",
            "role": "Rol",
            "consent": "Toestemming",
        },
        roles={
            "owner": "Eigenaar",
            "tenant": "Huurder",
            "board": "Bestuur",
            "caretaker": "Conciërge",
            "service_provider": "Dienstverlener",
        },
        yes="Ja",
        no="Nee",
    ),
}

ENCODINGS: Final = ("utf-8", "utf-8-sig", "cp1252", "utf-16")
DELIMITERS: Final = (";", ",", "\t")


@dataclass(frozen=True)
class Person:
    """A person as the file writes them; `phone` as typed, `phone_e164` what it means."""

    dwelling: str
    entrance: str | None
    name: str
    phone: str | None
    phone_e164: str | None
    email: str | None
    role: Role
    consent: bool


@dataclass(frozen=True)
class Dialect:
    """How a file is written."""

    language: str = "nb"
    delimiter: str = ";"
    encoding: str = "utf-8-sig"
    line_end: str = "\r\n"
    columns: tuple[Field, ...] = FIELDS
    title: str | None = None
    """A `#` comment line before the header."""


@dataclass
class Table:
    """A written file and what a correct reader finds in it."""

    data: bytes
    rows: list[ResidentRow] = field(default_factory=list)
    broken: dict[int, set[str]] = field(default_factory=dict)
    """Line → the problem codes that line must be rejected with."""


class _Writer:
    """Writes records while counting the lines they start on."""

    def __init__(self, dialect: Dialect) -> None:
        self.dialect = dialect
        self.language = LANGUAGES[dialect.language]
        self.text = io.StringIO()
        self.line = 1
        self._csv = csv.writer(
            self.text, delimiter=dialect.delimiter, lineterminator=dialect.line_end
        )

    def raw(self, line: str) -> int:
        start = self.line
        self.text.write(line + self.dialect.line_end)
        self.line += 1 + line.count("\n")
        return start

    def cells(self, cells: list[str]) -> int:
        start = self.line
        before = self.text.tell()
        self._csv.writerow(cells)
        written = self.text.getvalue()[before:]
        self.line += written.count("\n") if "\n" in self.dialect.line_end else written.count("\r")
        return start

    def person(
        self, person: Person, extra: list[str] | None = None, role: str | None = None
    ) -> int:
        values: dict[Field, str] = {
            "dwelling": person.dwelling,
            "entrance": person.entrance or "",
            "name": person.name,
            "phone": person.phone or "",
            "email": person.email or "",
            "role": role or self.language.roles[person.role],
            "consent": self.language.yes if person.consent else self.language.no,
        }
        return self.cells([values[column] for column in self.dialect.columns] + (extra or []))

    def encoded(self) -> bytes:
        return self.text.getvalue().encode(self.dialect.encoding)


def expected_row(line: int, person: Person, columns: tuple[Field, ...] = FIELDS) -> ResidentRow:
    """The row a correct reader makes of `person` written on `line` with `columns`."""
    return ResidentRow(
        line=line,
        dwelling=" ".join(person.dwelling.split()),
        entrance=person.entrance if "entrance" in columns else None,
        name=" ".join(person.name.split()),
        phone=person.phone_e164 if "phone" in columns else None,
        email=_email(person.email) if "email" in columns else None,
        role=person.role if "role" in columns else "owner",
        consent=person.consent if "consent" in columns else False,
    )


def _email(email: str | None) -> str | None:
    if not email:
        return None
    local, domain = email.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


def write_table(people: list[Person], dialect: Dialect) -> Table:
    """`people` written in `dialect`, with the rows they are."""
    writer = _Writer(dialect)
    if dialect.title:
        writer.raw(f"# {dialect.title}")
    writer.cells([writer.language.headers[column] for column in dialect.columns])
    rows = [expected_row(writer.person(person), person, dialect.columns) for person in people]
    return Table(writer.encoded(), rows)


# The messy building ---------------------------------------------------------------------

FIRST_NAMES: Final = (
    "Kari", "Ola", "Åse", "Øystein", "Ærle", "Bjørn", "Sølvi", "Håkon", "Zoë", "René",
    "Ingrid", "Jens", "Mette", "Søren", "Anouk", "Daan", "Noëlle", "Frøydis", "Ståle", "Liv",
)  # fmt: skip
LAST_NAMES: Final = (
    "Nordmann", "Ødegård", "Bjørnstad", "Sæther", "Åsheim", "Kjær", "Hansen", "Johansen",
    "Berg", "Dahl", "Jørgensen", "van der Berg", "de Vries", "Lindstrøm", "Brække", "Følling",
)  # fmt: skip
ENTRANCES: Final = ("A", "B", "C", "D", "E", "F")
FLOORS: Final = 9
FLATS_PER_FLOOR: Final = 5


def _phone(rng: random.Random) -> tuple[str, str]:
    """(as typed, E.164) of a Norwegian mobile number, typed in one of the usual ways."""
    prefix = rng.choice(("9", "41"))  # ranges where every number is a valid mobile
    digits = prefix + "".join(rng.choice("0123456789") for _ in range(8 - len(prefix)))
    spaced = f"{digits[:3]} {digits[3:5]} {digits[5:]}"
    typed = rng.choice(
        (digits, spaced, f"+47 {spaced}", f"0047{digits}", f"+47{digits}", f"(+47) {spaced}")
    )
    return typed, f"+47{digits}"


def _person(rng: random.Random, dwelling: str, entrance: str, role: Role) -> Person:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    name = rng.choice((f"{first} {last}", f"{last}, {first}", f'{first} "{first[:2]}" {last}'))
    phone, e164 = _phone(rng) if rng.random() < 0.92 else (None, None)
    email = None
    if rng.random() < 0.7:
        domain = rng.choice(("example.no", "Example.NO", "post.example.dk"))
        email = f"{first.lower()}.{rng.randrange(1000)}@{domain}"
    return Person(dwelling, entrance, name, phone, e164, email, role, rng.random() < 0.8)


def building(dwellings: int, rng: random.Random) -> list[Person]:
    """Everyone in a building of `dwellings` flats: owners (sometimes two), a few tenants."""
    people: list[Person] = []
    seen: set[tuple[str, str, str]] = set()
    per_entrance = FLOORS * FLATS_PER_FLOOR
    for number in range(dwellings):
        entrance = ENTRANCES[number // per_entrance % len(ENTRANCES)]
        floor, flat = divmod(number % per_entrance, FLATS_PER_FLOOR)
        suffix = number // (per_entrance * len(ENTRANCES))
        dwelling = f"H{floor + 1:02d}{flat + 1:02d}" + (f"-{suffix}" if suffix else "")
        roles: list[Role] = ["owner"]
        if rng.random() < 0.3:
            roles.append("owner")
        if rng.random() < 0.1:
            roles.append("tenant")
        if number % 40 == 7:
            roles[0] = "board"
        for role in roles:
            person = _person(rng, dwelling, entrance, role)
            key = (fold(dwelling), fold(entrance), fold(person.name))
            if key not in seen:  # the reader would rightly call a second one a duplicate
                seen.add(key)
                people.append(person)
    return people


def messy_file(
    dwellings: int = 270, *, seed: int = 0, encoding: str = "utf-8-sig", delimiter: str = ";"
) -> Table:
    """A board's export of `dwellings` flats, broken in a few known places.

    With a comma as delimiter the names written `Nordmann, Kari` are quoted.
    """
    rng = random.Random(seed)
    people = building(dwellings, rng)
    dialect = Dialect(delimiter=delimiter, encoding=encoding, title="Beboerliste 2026")
    writer = _Writer(dialect)
    writer.raw(f"# {dialect.title}")
    writer.cells([writer.language.headers[column] for column in FIELDS])
    table = Table(b"")
    broken_every = max(len(people) // 6, 1)
    assert broken_every > 20, "too few people for the broken lines and the special ones"
    for index, person in enumerate(people):
        kind = index // broken_every if index % broken_every == 3 else None
        if kind == 0:
            line = writer.person(_with(person, phone="12345"))
            table.broken[line] = {"invalid_phone"}
        elif kind == 1:
            line = writer.person(person, role="Sjef")
            table.broken[line] = {"unknown_role"}
        elif kind == 2:
            line = writer.person(_with(person, name=""))
            table.broken[line] = {"missing_name"}
        elif kind == 3:
            line = writer.person(person, extra=["ekstra"])
            table.broken[line] = {"too_many_columns"}
        elif kind == 4:
            line = writer.person(_with(person, phone="1", email="ikke-en-adresse"))
            table.broken[line] = {"invalid_phone", "invalid_email"}
        elif index == 10:
            # A name typed with a line break in its cell, and a line of empty cells after.
            line = writer.person(_with(person, name=person.name.replace(" ", "\n", 1)))
            table.rows.append(expected_row(line, person))
            writer.cells([""] * len(FIELDS))
        elif index == 20:
            line = writer.person(person, extra=["", ""])  # trailing delimiters are harmless
            table.rows.append(expected_row(line, person))
            writer.raw("")
        else:
            table.rows.append(expected_row(writer.person(person), person))
    writer.raw(f"# {len(people)} beboere i {dwellings} boliger")
    table.data = writer.encoded()
    return table


def _with(person: Person, **changes: str) -> Person:
    values = {**person.__dict__, **changes}
    if "phone" in changes:
        values["phone_e164"] = None
    return Person(**values)
