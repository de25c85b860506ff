"""How `csv_text` settles the encoding when detection has no single answer.

Detection itself runs in `test_csv_import.py` on real bytes; here its verdict is replaced to
reach the two cases real Nordic text rarely produces with this version of
`charset-normalizer`: a verdict naming another code page of a tie, and no verdict at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from custom_components.digitalkey.access import csv_text

CP1252_TEXT = "Leilighet;Navn\n1;Søren Kjær\n"


@dataclass
class _Verdict:
    encoding: str
    could_be_from_charset: list[str] = field(default_factory=list)


@dataclass
class _Matches:
    verdict: _Verdict | None

    def best(self) -> _Verdict | None:
        return self.verdict


@pytest.mark.parametrize(
    ("verdict", "chosen"),
    [
        (_Verdict("latin_1", ["latin_1", "cp1252", "iso8859_15"]), "cp1252"),
        (_Verdict("iso8859_15", ["iso8859_15"]), "iso8859_15"),
        (None, "cp1252"),
    ],
)
def test_a_tie_or_no_verdict_goes_to_cp1252(
    monkeypatch: pytest.MonkeyPatch, verdict: _Verdict | None, chosen: str
) -> None:
    asked: list[list[str]] = []

    def fake_from_bytes(data: bytes, cp_isolation: list[str]) -> _Matches:
        asked.append(cp_isolation)
        return _Matches(verdict)

    monkeypatch.setattr(csv_text, "from_bytes", fake_from_bytes)
    assert csv_text.decode(CP1252_TEXT.encode("cp1252")) == (CP1252_TEXT, chosen)
    assert asked == [list(csv_text.WESTERN_CODE_PAGES)]


def test_valid_utf8_is_never_sent_to_detection(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(data: bytes, cp_isolation: list[str]) -> _Matches:
        raise AssertionError("detection asked about UTF-8")

    monkeypatch.setattr(csv_text, "from_bytes", refuse)
    assert csv_text.decode(CP1252_TEXT.encode("utf-8")) == (CP1252_TEXT, "utf-8")


@pytest.mark.parametrize(
    ("text", "header"),
    [
        ("# title\n\nA;B\n1;2\n", "A;B"),
        ('\r\n"# quoted";B\r\nA\tB\r\n', "A\tB"),
        ('"two\nlines";B\n1;2\n', '"two\nlines";B'),
        ("# only\n", ""),
        ("Beboerliste Solbakken 2026\n\nLeilighet;Navn\n", "Leilighet;Navn"),  # a title
        ("Navn\nKari\n", "Navn"),  # no line has a delimiter: the first is the header
    ],
)
def test_header_line(text: str, header: str) -> None:
    assert csv_text.header_line(text) == header
