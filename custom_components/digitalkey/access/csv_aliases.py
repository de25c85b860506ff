"""The words a residents file may use: column names, roles and yes/no, in four languages.

Boards export their residents from whatever they have (a spreadsheet, the housing
association's member list, a property manager's system), so the same column is `Bolignr`,
`Leilighet`, `Lejlighed` or `Huisnummer`. Every word is compared after `fold`: case, accents,
spaces and punctuation do not matter, so `E-post`, `epost` and `E post` are one word, and
`Vicevært` matches `vicevaert`. The tables list words already folded; `docs/user-guide.md`
("Importing residents") shows them to users and must change with them.
"""

from __future__ import annotations

from typing import Final, Literal
import unicodedata

type Field = Literal[
    "dwelling", "entrance", "name", "first_name", "last_name", "phone", "email", "role", "consent"
]
"""A column the importer understands; `first_name` + `last_name` stand in for `name`."""

type Role = Literal["owner", "tenant", "board", "caretaker", "service_provider"]
"""The role of a person, spelled as the access model spells it."""

_LETTERS_NFKD_KEEPS: Final = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ł": "l"})


def fold(text: str) -> str:
    """`text` reduced to lower-case ASCII letters and digits where it has them.

    NFKD splits `å`, `é`, `ë` into a letter and a mark (the mark is dropped); `ø` and `æ` do
    not decompose, so they are spelled out first. Anything that is not a letter or a digit
    (spaces, hyphens, dots, underscores, slashes) is dropped.
    """
    lowered = text.casefold().translate(_LETTERS_NFKD_KEEPS)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(char for char in decomposed if char.isalnum())


def _words(**languages: str) -> frozenset[str]:
    """The words of each language, written space-separated per language for reading."""
    return frozenset(word for words in languages.values() for word in words.split())


COLUMN_ALIASES: Final[dict[Field, frozenset[str]]] = {
    "dwelling": _words(
        en="dwelling flat flatno flatnumber apartment apartmentno apartmentnumber unit unitno "
        "unitnumber",
        nb="leilighet leilighetsnummer leilighetsnr leilnr leil bolig bolignr bolignummer boligid",
        da="lejlighed lejlighedsnummer lejlighedsnr lejlnr lejl",
        nl="woning woningnr woningnummer huisnummer huisnr appartement appartementnummer",
    ),
    "entrance": _words(
        en="entrance stairwell staircase",
        nb="oppgang inngang",
        da="opgang indgang trappe trappeopgang",
        nl="ingang portiek trappenhuis",
    ),
    "name": _words(
        en="name fullname resident",
        nb="navn fulltnavn beboer beboernavn",
        da="fuldtnavn fuldenavn",
        nl="naam volledigenaam bewoner",
    ),
    "first_name": _words(en="firstname givenname", nb="fornavn", nl="voornaam"),
    "last_name": _words(
        en="lastname surname familyname", nb="etternavn", da="efternavn", nl="achternaam"
    ),
    "phone": _words(
        en="phone phoneno phonenumber telephone mobile mobilephone mobilenumber cell cellphone",
        nb="telefon telefonnummer telefonnr tlf tlfnr mobil mobilnr mobilnummer mobiltelefon",
        nl="telefoon telefoonnummer telefoonnr tel telnr mobiel mobielnummer gsm",
    ),
    "email": _words(
        en="email mail emailaddress",
        nb="epost epostadresse mailadresse",
        da="emailadresse",
        nl="emailadres mailadres",
    ),
    "role": _words(en="role type", nb="rolle", nl="rol functie"),
    "consent": _words(
        en="consent digitalconsent smsconsent",
        nb="samtykke samtykkedigital samtykkesms",
        nl="toestemming toestemmingdigitaal",
    ),
}
"""Column names; Danish shares `navn`, `telefon`, `mobil`, `rolle`, `samtykke` with bokmål."""

ROLE_ALIASES: Final[dict[Role, frozenset[str]]] = {
    "owner": _words(
        en="owner",
        nb="eier boligeier andelseier seksjonseier",
        da="ejer boligejer andelshaver",
        nl="eigenaar eigenaarbewoner",
    ),
    "tenant": _words(
        en="tenant renter lodger",
        nb="leietaker leietager leier fremleier",
        da="lejer",
        nl="huurder onderhuurder",
    ),
    "board": _words(
        en="board boardmember chair",
        nb="styre styremedlem styreleder",
        da="bestyrelse bestyrelsesmedlem formand",
        nl="bestuur bestuurslid voorzitter",
    ),
    "caretaker": _words(
        en="caretaker janitor superintendent",
        nb="vaktmester",
        da="vicevaert varmemester gardmand",
        nl="beheerder concierge huismeester",
    ),
    "service_provider": _words(
        en="serviceprovider service supplier provider",
        nb="tjenesteleverandor leverandor",
        da="serviceleverandor",
        nl="dienstverlener leverancier",
    ),
}
"""Role values, folded: `Vicevært` is `vicevaert`, `Conciërge` is `concierge`."""

YES: Final = frozenset({"yes", "y", "ja", "j", "x", "1", "true", "sant", "waar", "ok"})
NO: Final = frozenset({"no", "n", "nei", "nej", "nee", "0", "false", "usant", "onwaar"})
CHECK_MARKS: Final = frozenset({"✓", "✔", "☑"})
"""Ticks a spreadsheet may hold for yes; `fold` would drop them, so they are looked up raw."""


def _by_word[T: str](table: dict[T, frozenset[str]]) -> dict[str, T]:
    """Invert a table; a word in two entries would make a file mean two things."""
    inverted: dict[str, T] = {}
    for key, words in table.items():
        for word in words:
            assert word == fold(word), f"alias {word!r} is not folded"
            assert word not in inverted, f"alias {word!r} is both {inverted[word]} and {key}"
            inverted[word] = key
    return inverted


ROLES: Final[tuple[Role, ...]] = tuple(ROLE_ALIASES)
FIELD_BY_WORD: Final = _by_word(COLUMN_ALIASES)
ROLE_BY_WORD: Final = _by_word(ROLE_ALIASES)
assert not YES & NO
