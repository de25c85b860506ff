"""The battery report as text: title, markdown table, plain lines and summaries.

The labels here are the English reference (`ENGLISH`) or a made-up language whose every
label is marked, so a test sees which label each piece of text came from.
"""

from __future__ import annotations

import re
from string import Formatter

import pytest

from custom_components.digitalkey.batteries.history import ChangeSource
from custom_components.digitalkey.batteries.report import ReportRow
from custom_components.digitalkey.batteries.text import (
    ENGLISH,
    LABEL_KEYS,
    changed,
    markdown,
    separator_for,
    summary,
    text,
    text_lines,
    title,
    voltage,
)

from .simulate import DAY, START

MARKED = {key: f"<{key}>" + value for key, value in ENGLISH.items()}
"""Every label prefixed with its own key: `<col_door>Door`."""


def format_time(epoch: int) -> str:
    return f"T{(epoch - START) // DAY}"


def row(**changes: object) -> ReportRow:
    fields: dict[str, object] = {
        "door_id": "front",
        "name": "Front door",
        "address": "Storgata 1",
        "percent": 9,
        "millivolts": 2614,
        "critical": True,
        "changed_at": START,
        "change_source": ChangeSource.DETECTED,
        "days_since_change": 40,
        "last_contact": START + 40 * DAY,
        "days_left": 6,
        "critical_since": START + 38 * DAY,
        "probably_dead": False,
        "available": True,
    }
    fields.update(changes)
    return ReportRow(**fields)  # type: ignore[arg-type]


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name is not None}


def test_every_label_has_english_text_and_named_placeholders_only() -> None:
    assert set(ENGLISH) == LABEL_KEYS
    for key, value in ENGLISH.items():
        assert value.strip(), key
        assert all(re.fullmatch(r"[a-z_]+", name) for name in placeholders(value)), key


@pytest.mark.parametrize(
    ("millivolts", "separator", "expected"),
    [
        (2614, ".", "2.61 V"),
        (2614, ",", "2,61 V"),
        (2615, ",", "2,62 V"),
        (3000, ".", "3.00 V"),
        (0, ".", "0.00 V"),
        (4, ".", "0.00 V"),
        (5, ".", "0.01 V"),
        (12995, ".", "13.00 V"),
    ],
)
def test_voltage_has_two_decimals(millivolts: int, separator: str, expected: str) -> None:
    assert voltage(millivolts, separator) == expected


def test_the_decimal_separator_of_each_language() -> None:
    assert [separator_for(lang) for lang in ("en", "nb", "da", "nl", "xx")] == [
        ".",
        ",",
        ",",
        ",",
        ".",
    ]


@pytest.mark.parametrize(
    ("count", "all_doors", "expected"),
    [
        (0, False, "Battery report for Tunet: no door at or below 15 %"),
        (1, False, "Battery report for Tunet: 1 door at or below 15 %"),
        (3, False, "Battery report for Tunet: 3 doors at or below 15 %"),
        (1, True, "Battery report for Tunet: 1 door"),
        (7, True, "Battery report for Tunet: 7 doors"),
    ],
)
def test_the_title_counts_the_doors(count: int, all_doors: bool, expected: str) -> None:
    got = title(ENGLISH, building="Tunet", count=count, threshold=15, all_doors=all_doors)
    assert got == expected


def test_the_summary_says_the_days_left() -> None:
    assert summary(row(), ENGLISH, format_time=format_time) == (
        "Front door, Storgata 1: battery 9 %, about 6 days left."
    )
    assert summary(row(days_left=1), ENGLISH, format_time=format_time) == (
        "Front door, Storgata 1: battery 9 %, about 1 day left."
    )
    assert summary(row(days_left=None), ENGLISH, format_time=format_time) == (
        "Front door, Storgata 1: battery 9 %, days left unknown."
    )


def test_the_summary_of_a_dead_battery_says_when_it_was_last_heard() -> None:
    dead = row(probably_dead=True, available=False)
    assert summary(dead, ENGLISH, format_time=format_time) == (
        "Front door, Storgata 1: battery 9 %, not heard since T40: battery probably dead."
    )
    never = row(probably_dead=True, last_contact=None)
    assert "not heard since unknown" in summary(never, ENGLISH, format_time=format_time)


def test_the_summary_without_an_address_or_a_reading() -> None:
    assert summary(row(address=""), ENGLISH, format_time=format_time).startswith(
        "Front door: battery 9 %"
    )
    assert summary(row(percent=None, millivolts=None), ENGLISH, format_time=format_time) == (
        "Front door, Storgata 1: no battery reading yet."
    )


def test_the_summary_uses_the_labels_given() -> None:
    got = summary(row(), MARKED, format_time=format_time)
    assert got == "<summary_days><place>Front door, Storgata 1: battery 9 %, about 6 days left."


def test_a_missing_or_broken_label_falls_back_to_english() -> None:
    broken = {**MARKED, "summary_days": "{place} {nonsense}", "place": "{0}"}
    del broken["by_hand"]
    assert summary(row(), broken, format_time=format_time) == (
        "Front door, Storgata 1: battery 9 %, about 6 days left."
    )
    manual = row(change_source=ChangeSource.MANUAL)
    assert changed(manual, broken, format_time=format_time) == "<changed>T0, 40 days ago (by hand)"


def test_the_changed_text_says_how_long_ago_and_how_it_is_known() -> None:
    assert changed(row(), ENGLISH, format_time=format_time) == "T0, 40 days ago"
    assert changed(row(days_since_change=1), ENGLISH, format_time=format_time) == "T0, 1 day ago"
    assert changed(row(days_since_change=0), ENGLISH, format_time=format_time) == "T0, today"
    manual = row(change_source=ChangeSource.MANUAL)
    assert changed(manual, ENGLISH, format_time=format_time) == "T0, 40 days ago (by hand)"
    unknown = row(changed_at=None, change_source=None, days_since_change=None)
    assert changed(unknown, ENGLISH, format_time=format_time) is None


def test_the_markdown_table() -> None:
    rows = [
        row(probably_dead=True, available=False),
        row(door_id="g", name="Garage", address="", percent=12, millivolts=2470, days_left=None),
        row(door_id="c", name="Cellar", changed_at=None, change_source=None),
    ]
    got = markdown(rows, ENGLISH, threshold=15, format_time=format_time, decimal_separator=",")
    assert got.splitlines() == [
        "| Door | Battery | Changed | Days left | Last contact |",
        "| --- | --- | --- | --- | --- |",
        "| Front door, Storgata 1 | 9 % (2,61 V) | T0, 40 days ago | probably dead | T40 |",
        "| Garage | 12 % (2,47 V) | T0, 40 days ago | unknown | T40 |",
        "| Cellar, Storgata 1 | 9 % (2,61 V) | — | 6 | T40 |",
    ]


def test_a_door_without_a_reading_has_dashes_in_the_table() -> None:
    never = row(percent=None, millivolts=None, days_left=None, last_contact=None, changed_at=None)
    got = markdown([never], ENGLISH, threshold=15, format_time=format_time)
    assert got.splitlines()[-1] == "| Front door, Storgata 1 | — | — | — | — |"


def test_names_cannot_break_the_table() -> None:
    sneaky = row(name="Front | back\ndoor", address="A\\|B\r\nC")
    line = markdown([sneaky], ENGLISH, threshold=15, format_time=format_time).splitlines()[-1]
    assert line.startswith("| Front \\| back door, A\\\\\\|B C | 9 % (2.61 V) |")
    assert len(re.findall(r"(?<!\\)\|", line.replace("\\\\", ""))) == 6


def test_an_empty_report_is_one_sentence() -> None:
    assert markdown([], ENGLISH, threshold=20, format_time=format_time) == (
        "No door is at or below 20 %."
    )
    assert text_lines([], ENGLISH, threshold=20, format_time=format_time) == [
        "No door is at or below 20 %."
    ]


def test_the_plain_text_has_one_line_per_door() -> None:
    rows = [row(name="Front\ndoor"), row(changed_at=None, change_source=None, percent=12)]
    got = text(rows, ENGLISH, threshold=15, format_time=format_time)
    assert got.splitlines() == [
        "Front door, Storgata 1: battery 9 %, about 6 days left. Battery changed T0, 40 days ago.",
        "Front door, Storgata 1: battery 12 %, about 6 days left.",
    ]


def test_the_markdown_uses_every_column_label() -> None:
    got = markdown([row()], MARKED, threshold=15, format_time=format_time)
    for key in LABEL_KEYS:
        if key.startswith("col_"):
            assert f"<{key}>" in got
