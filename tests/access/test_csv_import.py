"""Reading residents files: encodings, delimiters, header and value aliases, row checks."""

from __future__ import annotations

import codecs
from pathlib import Path
import re

from hypothesis import HealthCheck, given, settings, strategies as st
import pytest

from custom_components.digitalkey.access.csv_aliases import (
    CHECK_MARKS,
    COLUMN_ALIASES,
    NO,
    ROLE_ALIASES,
    ROLES,
    YES,
    Field,
    fold,
)
from custom_components.digitalkey.access.csv_import import (
    CsvImportError,
    ImportRows,
    ResidentRow,
    read_residents,
)
from custom_components.digitalkey.access.csv_text import sniff_delimiter

from .residents_csv import (
    DELIMITERS,
    ENCODINGS,
    FIELDS,
    LANGUAGES,
    Dialect,
    Person,
    messy_file,
    write_table,
)

USER_GUIDE = Path(__file__).resolve().parents[2] / "docs" / "user-guide.md"
NORDIC = "Æsa Øvre-Ås, Zoë Åberg og René Sæthër"
HEADER = "Leilighet;Navn;Telefon;E-post;Rolle;Samtykke\n"


def _rejected(result: ImportRows) -> dict[int, set[str]]:
    return {line.line: set(line.codes) for line in result.rejected}


def _error(data: bytes | str, **kwargs: object) -> CsvImportError:
    with pytest.raises(CsvImportError) as caught:
        read_residents(data, **kwargs)  # type: ignore[arg-type]
    return caught.value


# The 270-dwelling building ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8-sig", ";"), ("cp1252", ";"), ("utf-8", ","), ("utf-16", "\t")],
)
def test_messy_building_reads_every_good_row_and_rejects_the_broken(
    encoding: str, delimiter: str
) -> None:
    table = messy_file(encoding=encoding, delimiter=delimiter)
    result = read_residents(table.data)
    assert result.encoding == encoding
    assert result.delimiter == delimiter
    assert result.rows == tuple(table.rows)
    assert _rejected(result) == table.broken
    assert set(result.columns) == set(FIELDS)
    summary = result.summary()
    assert summary.accepted + summary.rejected == len(table.rows) + len(table.broken)
    assert summary.dwellings > 250


def test_messy_building_quotes_names_with_commas_when_comma_separated() -> None:
    table = messy_file(delimiter=",")
    text = table.data.decode("utf-8-sig")
    comma_name = next(row.name for row in table.rows if "," in row.name)
    assert f'"{comma_name}"' in text
    assert comma_name in {row.name for row in read_residents(table.data).rows}


# Encodings --------------------------------------------------------------------------------

NORDIC_TABLE = f"Leilighet;Navn\n101;{NORDIC}\n102;ÆØÅ æøå ë é\n"
NORDIC_ROWS = [(2, NORDIC), (3, "ÆØÅ æøå ë é")]


@pytest.mark.parametrize(
    ("codec", "reported"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("utf-16-be", "utf-16"),
        ("cp1252", "cp1252"),
        ("latin-1", "cp1252"),  # the same bytes for these letters: a tie goes to cp1252
        ("iso8859-15", "cp1252"),
    ],
)
def test_nordic_letters_survive_every_encoding(codec: str, reported: str) -> None:
    data = NORDIC_TABLE.encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    result = read_residents(data)
    assert result.encoding == reported
    assert [(row.line, row.name) for row in result.rows] == NORDIC_ROWS


def test_pasted_text_is_read_as_is() -> None:
    result = read_residents("\ufeff" + NORDIC_TABLE)
    assert result.encoding == "text"
    assert [(row.line, row.name) for row in result.rows] == NORDIC_ROWS


@pytest.mark.parametrize(
    "data",
    [
        b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)) * 4,  # a spreadsheet's own format
        b"Leilighet;Navn\n1;Ola\x00\n",
        codecs.BOM_UTF8 + "Leilighet;Navn\n1;Søren\n".encode("cp1252"),
    ],
)
def test_what_is_not_text_is_refused(data: bytes) -> None:
    assert _error(data).code == "undecodable_file"


def test_a_dos_end_of_file_mark_is_dropped() -> None:
    result = read_residents(b"Leilighet;Navn\r\n1;Ola\r\n\x1a")
    assert [row.name for row in result.rows] == ["Ola"]


@pytest.mark.parametrize("data", [b"", "\n\n", "# only a title\n\n", ";;;\n"])
def test_a_file_without_a_header_is_empty(data: bytes | str) -> None:
    assert _error(data).code == "empty_file"


# Delimiters --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "delimiter"),
    [
        ("Leilighet;Navn;Telefon", ";"),
        ("Flat,Name,Phone", ","),
        ("Flat\tName\tPhone", "\t"),
        ('"Navn, fullt";Leilighet', ";"),  # a quoted comma is not a delimiter
        ('"a;b;c",d', ","),
        ("Flat;Name,Phone", ";"),  # a tie: semicolon before comma
        ("Flat\tName;Phone", "\t"),  # a tie: tab first
        ("Name", ","),
    ],
)
def test_delimiter_comes_from_the_header_line(header: str, delimiter: str) -> None:
    assert sniff_delimiter(header) == delimiter


def test_data_rows_do_not_vote_on_the_delimiter() -> None:
    text = "# list, 2026\nLeilighet;Navn\n1,5;Kari, Ola, Per\n"
    result = read_residents(text)
    assert result.delimiter == ";"
    assert [(row.dwelling, row.name) for row in result.rows] == [("1,5", "Kari, Ola, Per")]


def test_a_title_line_above_the_header_is_not_the_header() -> None:
    text = "Beboerliste Solbakken borettslag\nLeilighet;Navn\nH0101;Kari Nordmann\n"
    result = read_residents(text)
    assert result.delimiter == ";"
    assert [(row.line, row.dwelling, row.name) for row in result.rows] == [
        (3, "H0101", "Kari Nordmann")
    ]
    assert result.rejected == ()


# Header names -------------------------------------------------------------------------------


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_language_names_every_column(language: str) -> None:
    headers = LANGUAGES[language].headers
    text = ";".join(headers[field] for field in FIELDS) + "\n"
    assert read_residents(text).columns == {field: headers[field] for field in FIELDS}


@pytest.mark.parametrize(
    ("written", "field"),
    [
        ("E-POST", "email"),
        ("e post", "email"),
        ("E-mail-adres", "email"),
        ("Lejligheds-nr.", "dwelling"),
        ("BOLIGNR", "dwelling"),
        ("Bolig nr", "dwelling"),
        ("Tlf.", "phone"),
        ("Telefoonnummer", "phone"),
        ("Fullt navn", "name"),
        ("Toestemming", "consent"),
        ("Trappe-opgang", "entrance"),
    ],
)
def test_header_names_ignore_case_accents_spaces_and_punctuation(written: str, field: str) -> None:
    headers = {"dwelling": "Bolignr", "name": "Navn", field: written}
    result = read_residents(";".join(headers.values()) + "\n")
    assert result.columns == {**{"dwelling": "Bolignr", "name": "Navn"}, field: written}


def test_unknown_columns_stop_the_file_and_are_all_named() -> None:
    error = _error("Leilighet;Navn;Andelsnr;Innflyttet\n1;Ola;7;2020\n")
    assert error.code == "unknown_columns"
    assert error.placeholders == {"columns": "Andelsnr, Innflyttet"}


def test_ignored_columns_are_left_out() -> None:
    result = read_residents("Leilighet;Navn;Andelsnr\n1;Ola;7\n", ignore=["andelsnr"])
    assert [(row.dwelling, row.name) for row in result.rows] == [("1", "Ola")]


def test_an_unnamed_column_in_the_middle_is_unknown_and_trailing_ones_are_dropped() -> None:
    assert _error("Leilighet;;Navn\n").placeholders == {"columns": "#2"}
    assert read_residents("Leilighet;Navn;;\n1;Ola;;\n").rows[0].name == "Ola"


@pytest.mark.parametrize(("header", "missing"), [("Navn;Telefon", "dwelling"), ("Bolignr", "name")])
def test_required_columns(header: str, missing: str) -> None:
    error = _error(header + "\n")
    assert (error.code, error.placeholders) == ("missing_required_column", {"column": missing})


def test_first_and_last_name_columns_make_the_name() -> None:
    result = read_residents("Bolignr;Fornavn;Etternavn\n1;Kari;Nordmann\n2;;Berg\n3;Liv;\n")
    assert [row.name for row in result.rows] == ["Kari Nordmann", "Berg", "Liv"]


def test_name_and_first_name_together_are_ambiguous() -> None:
    error = _error("Bolignr;Navn;Fornavn\n")
    assert (error.code, error.placeholders["field"]) == ("duplicate_column", "name")


def test_two_columns_for_one_field_are_ambiguous_until_mapped() -> None:
    text = "Bolignr;Navn;Telefon;Mobil\n1;Ola;22 33 44 55;900 12 345\n"
    error = _error(text)
    assert (error.code, error.placeholders) == (
        "duplicate_column",
        {"field": "phone", "columns": "Telefon, Mobil"},
    )
    result = read_residents(text, columns={"phone": "mobil"})
    assert result.rows[0].phone == "+4790012345"
    assert result.columns["phone"] == "Mobil"


def test_a_mapping_names_columns_the_tables_do_not_know() -> None:
    text = "Boenhet;Kontaktperson;Navn\n1;Kari;Ola\n"
    result = read_residents(text, columns={"dwelling": "Boenhet", "name": "Kontaktperson"})
    assert [(row.dwelling, row.name) for row in result.rows] == [("1", "Kari")]


@pytest.mark.parametrize(
    ("mapping", "code"),
    [
        ({"nickname": "Navn"}, "unknown_field"),
        ({"name": "Fullt navn"}, "mapped_column_not_found"),
        ({"name": "Navn", "email": "Navn"}, "duplicate_column"),
    ],
)
def test_a_wrong_mapping_is_an_error(mapping: dict[str, str], code: str) -> None:
    assert _error("Bolignr;Navn\n", columns=mapping).code == code


# Values -------------------------------------------------------------------------------------


def _one(cells: str, header: str = HEADER, **kwargs: object) -> ResidentRow | set[str]:
    result = read_residents(header + cells + "\n", **kwargs)  # type: ignore[arg-type]
    if result.rows:
        return result.rows[0]
    return set(result.rejected[0].codes)


@pytest.mark.parametrize(
    ("written", "role"),
    [(word, role) for role, words in ROLE_ALIASES.items() for word in sorted(words)]
    + [
        ("Vicevært", "caretaker"),
        ("Conciërge", "caretaker"),
        ("Service provider", "service_provider"),
        ("Tjenesteleverandør", "service_provider"),
        ("EIER", "owner"),
        ("Andels-haver", "owner"),
    ],
)
def test_role_words(written: str, role: str) -> None:
    row = _one(f"1;Ola;;;{written};ja")
    assert isinstance(row, ResidentRow)
    assert row.role == role


def test_without_a_role_column_everyone_is_an_owner() -> None:
    result = read_residents("Bolignr;Navn\n1;Ola\n1;Kari\n")
    assert {row.role for row in result.rows} == {"owner"}


def test_an_empty_or_unknown_role_is_rejected() -> None:
    assert _one("1;Ola;;;;ja") == {"missing_role"}
    assert _one("1;Ola;;;sjef;ja") == {"unknown_role"}


@pytest.mark.parametrize(
    ("written", "consent"),
    [(word, True) for word in sorted(YES)]
    + [(word, False) for word in sorted(NO)]
    + [(mark, True) for mark in sorted(CHECK_MARKS)]
    + [("JA", True), ("Nej", False), ("", False), (" X ", True), ("True", True), ("Nee", False)],
)
def test_consent_words(written: str, consent: bool) -> None:
    row = _one(f"1;Ola;;;eier;{written}")
    assert isinstance(row, ResidentRow)
    assert row.consent is consent


def test_consent_is_never_assumed() -> None:
    assert read_residents("Bolignr;Navn\n1;Ola\n").rows[0].consent is False
    assert _one("1;Ola;;;eier;kanskje") == {"bad_consent"}


@pytest.mark.parametrize(
    ("written", "region", "e164"),
    [
        ("900 12 345", "NO", "+4790012345"),
        ("(+47) 900 12 345", "NO", "+4790012345"),
        ("0047 90012345", "NO", "+4790012345"),
        ("201 23 456", "DK", "+4520123456"),
        ("+45 20 12 34 56", "NO", "+4520123456"),
        ("06-12345678", "NL", "+31612345678"),
        ("+31 6 12345678", "DK", "+31612345678"),
    ],
)
def test_phone_numbers_become_e164(written: str, region: str, e164: str) -> None:
    row = _one(f"1;Ola;{written};;eier;ja", region=region)
    assert isinstance(row, ResidentRow)
    assert row.phone == e164


@pytest.mark.parametrize("written", ["12345", "4,79E+10", "06-12345678", "ring meg"])
def test_invalid_phone_numbers_are_rejected_with_the_cell(written: str) -> None:
    result = read_residents(f"{HEADER}1;Ola;{written};;eier;ja\n")
    (rejected,) = result.rejected
    assert rejected.problems[0].code == "invalid_phone"
    assert rejected.problems[0].placeholders == {"column": "Telefon", "value": written}


def test_an_unknown_region_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="region"):
        read_residents(HEADER, region="XX")


def test_email_domain_is_lower_cased_and_nonsense_rejected() -> None:
    row = _one("1;Ola;;Ola.Berg@Example.NO;eier;ja")
    assert isinstance(row, ResidentRow)
    assert row.email == "Ola.Berg@example.no"
    for nonsense in ("ola", "ola@", "ola@example", "ola berg@example.no", "a@b@example.no"):
        assert _one(f"1;Ola;;{nonsense};eier;ja") == {"invalid_email"}


def test_white_space_in_cells_is_tidied() -> None:
    row = _one('" H 0101 ";"  Kari\n  Nordmann ";;;eier;ja')
    assert isinstance(row, ResidentRow)
    assert (row.dwelling, row.name) == ("H 0101", "Kari Nordmann")


# Rows ----------------------------------------------------------------------------------------


def test_a_row_is_all_or_nothing_and_lists_every_problem_in_column_order() -> None:
    result = read_residents(f"{HEADER};;12;x@y;sjef;kanskje;ekstra\n2;Ola;;;eier;ja\n")
    assert [row.name for row in result.rows] == ["Ola"]
    assert result.rejected[0].codes == (
        "too_many_columns",
        "missing_dwelling",
        "missing_name",
        "invalid_phone",
        "invalid_email",
        "unknown_role",
        "bad_consent",
    )
    assert result.rejected[0].problems[0].placeholders == {"count": "7", "expected": "6"}


def test_short_rows_have_empty_trailing_cells() -> None:
    result = read_residents("Leilighet;Navn;Telefon;E-post;Samtykke\n1;Ola;900 12 345\n")
    assert result.rows[0].phone == "+4790012345"
    assert result.rows[0].email is None
    assert result.rows[0].consent is False


def test_the_same_person_twice_is_a_duplicate_but_a_household_is_not() -> None:
    text = (
        "Bolignr;Oppgang;Navn\n"
        "H0101;A;Kari Nordmann\n"
        "H0101;A;Ola Nordmann\n"
        "H0101;B;Kari Nordmann\n"
        "h0101;a;KARI  nordmann\n"
    )
    result = read_residents(text)
    assert [(row.line, row.entrance) for row in result.rows] == [(2, "A"), (3, "A"), (4, "B")]
    (duplicate,) = result.rejected
    assert (duplicate.line, duplicate.codes) == (5, ("duplicate_row",))
    assert duplicate.problems[0].placeholders == {"line": "2"}


def test_lines_are_counted_in_the_file_with_blank_lines_comments_and_quoted_breaks() -> None:
    text = '# title\r\n\r\nBolignr;Navn\r\n1;"Kari\r\nNordmann"\r\n\r\n;;\r\n2;Ola\r3;Per\n# end'
    result = read_residents(text)
    assert [(row.line, row.name) for row in result.rows] == [
        (4, "Kari Nordmann"),
        (8, "Ola"),
        (9, "Per"),
    ]


def test_an_unclosed_quote_stops_the_file_at_its_line() -> None:
    error = _error('Bolignr;Navn\n1;Ola\n2;"Kari\n3;Per\n')
    assert (error.code, error.placeholders) == ("malformed_file", {"line": "3"})


def test_summary_counts_what_sending_keys_would_do() -> None:
    text = (
        "Bolignr;Navn;Telefon;Rolle;Samtykke\n"
        "1;Kari;900 12 345;eier;ja\n"
        "1;Ola;;eier;nei\n"
        "2;Per;;leietaker;ja\n"
        "3;Liv;;styre;ja\n"
        "4;;;eier;ja\n"
    )
    summary = read_residents(text).summary()
    assert summary.accepted == 4
    assert summary.rejected == 1
    assert summary.dwellings == 3
    assert summary.roles == {"owner": 2, "tenant": 1, "board": 1}
    assert summary.owners_without_consent == 1
    assert summary.owners_without_contact == 1
    assert summary.dwellings_without_owner == 2


# Tables and the user guide ------------------------------------------------------------------


def test_every_alias_is_folded_and_the_guide_lists_it() -> None:
    guide = USER_GUIDE.read_text(encoding="utf-8")
    section = guide.split("## Importing residents", 1)[1].split("\n## ", 1)[0]
    written = {fold(word) for word in re.findall(r"`([^`]+)`", section)}
    tables: list[tuple[str, frozenset[str]]] = [
        *COLUMN_ALIASES.items(),
        *ROLE_ALIASES.items(),
    ]
    for key, words in tables:
        for word in words:
            assert word == fold(word)
            assert word in written, f"{key}: {word} is not in the user guide"
    assert written >= (YES | NO)
    assert set(ROLES) == set(ROLE_ALIASES)


# Any table, any dialect ----------------------------------------------------------------------

_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZæøåÆØÅéëèüöäÉÖÄÜ"
_PHONES = {
    "NO": ("9", 8, "+47", ""),
    "DK": ("201", 8, "+45", ""),
    "NL": ("61", 9, "+31", "0"),
}


@st.composite
def _phones(draw: st.DrawFn, region: str) -> tuple[str, str]:
    prefix, length, country, trunk = _PHONES[region]
    rest = length - len(prefix)
    digits = prefix + draw(st.text("0123456789", min_size=rest, max_size=rest))
    written = draw(
        st.sampled_from(
            (trunk + digits, f"{country} {digits}", f"{trunk}{digits[:3]} {digits[3:]}")
        )
    )
    return written, country + digits


@st.composite
def _people(draw: st.DrawFn, region: str) -> list[Person]:
    word = st.text(_LETTERS, min_size=1, max_size=8)
    punctuated = st.tuples(word, st.sampled_from(("", ",", ".", "-", "'", '"'))).map("".join)
    names = (
        st.lists(punctuated, min_size=1, max_size=3)
        .map(" ".join)
        .filter(lambda name: any(char.isalpha() for char in name) and not name.startswith('"'))
    )
    person = st.builds(
        lambda dwelling, entrance, name, phone, email, role, consent: Person(
            dwelling,
            entrance,
            name,
            phone[0] if phone else None,
            phone[1] if phone else None,
            email,
            role,
            consent,
        ),
        st.from_regex(r"[A-H]?[0-9]{1,4}[A-Z]?", fullmatch=True),
        st.none() | st.from_regex(r"[A-F]|Storgata [0-9]{1,2}[A-D]?", fullmatch=True),
        names,
        st.none() | _phones(region),
        st.none()
        | st.from_regex(r"[a-z0-9._+]{1,10}@[a-z0-9]{1,8}\.(no|dk|NL|Com)", fullmatch=True),
        st.sampled_from(ROLES),
        st.booleans(),
    )
    return draw(
        st.lists(
            person, max_size=12, unique_by=lambda person: (fold(person.dwelling), fold(person.name))
        )
    )


@st.composite
def _columns(draw: st.DrawFn) -> tuple[Field, ...]:
    optional = [field for field in FIELDS if field not in ("dwelling", "name")]
    chosen = draw(st.lists(st.sampled_from(optional), unique=True))
    return tuple(draw(st.permutations(["dwelling", "name", *chosen])))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_table_in_any_dialect_reads_back_to_its_rows(data: st.DataObject) -> None:
    region = data.draw(st.sampled_from(sorted(_PHONES)))
    people = data.draw(_people(region))
    dialect = Dialect(
        language=data.draw(st.sampled_from(sorted(LANGUAGES))),
        delimiter=data.draw(st.sampled_from(DELIMITERS)),
        encoding=data.draw(st.sampled_from(ENCODINGS)),
        line_end=data.draw(st.sampled_from(("\r\n", "\n"))),
        columns=data.draw(_columns()),
        title=data.draw(st.none() | st.just("Beboere")),
    )
    table = write_table(people, dialect)
    result = read_residents(table.data, region=region)
    assert result.rejected == ()
    assert result.rows == tuple(table.rows)
    assert result.delimiter == dialect.delimiter
    assert result.columns == {
        field: LANGUAGES[dialect.language].headers[field] for field in dialect.columns
    }
