"""The battery report as text: a markdown table, plain lines, and one sentence per door.

Pure like the rest of the package: the caller passes the translated label strings (a
mapping with the keys of `LABEL_KEYS`; `ENGLISH` holds the reference texts, which the
translation files follow), a `format_time(epoch) -> str` that writes a time in the
building's zone and style, and the language's decimal separator. A label that is missing,
or whose placeholders do not fit, falls back to the English text: a report with one
English line beats no report on the morning the caretaker plans the week.

The table has five columns, the door with its address in one and the level with its
voltage in another, so it stays readable in Home Assistant's notification drawer and on
a phone; the CSV of the control center has a column for each.

Door names and addresses are typed by people: in a markdown cell `|` and backslashes
are escaped and line breaks become spaces, so no name can break the table; in plain text
line breaks become spaces, so one door stays one line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Final

from .history import ChangeSource
from .report import ReportRow

type Labels = Mapping[str, str]
type FormatTime = Callable[[int], str]

ENGLISH: Final[Mapping[str, str]] = {
    "title": "Battery report for {building}: {count} doors at or below {threshold} %",
    "title_one": "Battery report for {building}: 1 door at or below {threshold} %",
    "title_none": "Battery report for {building}: no door at or below {threshold} %",
    "title_all": "Battery report for {building}: {count} doors",
    "title_all_one": "Battery report for {building}: 1 door",
    "none": "No door is at or below {threshold} %.",
    "col_door": "Door",
    "col_battery": "Battery",
    "col_changed": "Changed",
    "col_days_left": "Days left",
    "col_last_contact": "Last contact",
    "unknown": "unknown",
    "missing": "—",
    "probably_dead": "probably dead",
    "place": "{door}, {address}",
    "summary_days": "{place}: battery {battery} %, about {days} days left.",
    "summary_one_day": "{place}: battery {battery} %, about 1 day left.",
    "summary_unknown": "{place}: battery {battery} %, days left unknown.",
    "summary_dead": (
        "{place}: battery {battery} %, not heard since {last_contact}: battery probably dead."
    ),
    "summary_no_reading": "{place}: no battery reading yet.",
    "changed": "{date}, {days} days ago",
    "changed_one_day": "{date}, 1 day ago",
    "changed_today": "{date}, today",
    "by_hand": "(by hand)",
    "text_changed": "Battery changed {changed}.",
}
"""The English reference text of every label; `{name}` marks a placeholder."""

LABEL_KEYS: Final = frozenset(ENGLISH)
"""The keys the caller's labels mapping must hold (the translation files' section)."""

DECIMAL_SEPARATORS: Final[Mapping[str, str]] = {"en": ".", "nb": ",", "da": ",", "nl": ","}
"""The decimal separator of each language the integration speaks."""

_COLUMNS: Final = (
    "col_door",
    "col_battery",
    "col_changed",
    "col_days_left",
    "col_last_contact",
)


def separator_for(language: str) -> str:
    """The language's decimal separator ("." for an unknown language)."""
    return DECIMAL_SEPARATORS.get(language, ".")


def voltage(millivolts: int, decimal_separator: str = ".") -> str:
    """A voltage in volts with 2 decimals, rounded half up: 2614 mV → "2.61 V"."""
    centivolts = (millivolts + 5) // 10
    return f"{centivolts // 100}{decimal_separator}{centivolts % 100:02d} V"


def title(
    labels: Labels, *, building: str, count: int, threshold: int, all_doors: bool = False
) -> str:
    """The report's title; `all_doors` for a report of every door whatever its level."""
    if all_doors:
        key = "title_all_one" if count == 1 else "title_all"
    else:
        key = {0: "title_none", 1: "title_one"}.get(count, "title")
    return _fill(labels, key, building=_plain(building), count=count, threshold=threshold)


def summary(row: ReportRow, labels: Labels, *, format_time: FormatTime) -> str:
    """One sentence on the door: where it is, its level, and its days left or that it is dead."""
    place = _place(row, labels)
    if row.percent is None:
        return _fill(labels, "summary_no_reading", place=place)
    if row.probably_dead:
        last_contact = (
            _label(labels, "unknown") if row.last_contact is None else format_time(row.last_contact)
        )
        return _fill(
            labels, "summary_dead", place=place, battery=row.percent, last_contact=last_contact
        )
    if row.days_left is None:
        return _fill(labels, "summary_unknown", place=place, battery=row.percent)
    if row.days_left == 1:
        return _fill(labels, "summary_one_day", place=place, battery=row.percent)
    return _fill(labels, "summary_days", place=place, battery=row.percent, days=row.days_left)


def changed(row: ReportRow, labels: Labels, *, format_time: FormatTime) -> str | None:
    """When the battery was changed and how many days ago ("by hand" if recorded so)."""
    if row.changed_at is None or row.days_since_change is None:
        return None
    date = format_time(row.changed_at)
    days = row.days_since_change
    key = {0: "changed_today", 1: "changed_one_day"}.get(days, "changed")
    when = _fill(labels, key, date=date, days=days)
    if row.change_source is ChangeSource.MANUAL:
        when = f"{when} {_label(labels, 'by_hand')}"
    return when


def markdown(
    rows: Iterable[ReportRow],
    labels: Labels,
    *,
    threshold: int,
    format_time: FormatTime,
    decimal_separator: str = ".",
) -> str:
    """The report as a markdown table, or the "no door is at or below" sentence."""
    rows = list(rows)
    if not rows:
        return _fill(labels, "none", threshold=threshold)
    header = [_label(labels, key) for key in _COLUMNS]
    lines = [_table_line(header), _table_line(["---"] * len(header))]
    for row in rows:
        cells = _cells(row, labels, format_time=format_time, decimal_separator=decimal_separator)
        lines.append(_table_line(cells))
    return "\n".join(lines)


def text_lines(
    rows: Iterable[ReportRow], labels: Labels, *, threshold: int, format_time: FormatTime
) -> list[str]:
    """The report as plain lines: one per door, or the "no door is at or below" sentence.

    A door's line is its summary, then when its battery was changed.
    """
    lines: list[str] = []
    for row in rows:
        line = summary(row, labels, format_time=format_time)
        changed_text = changed(row, labels, format_time=format_time)
        if changed_text is not None:
            line = f"{line} {_fill(labels, 'text_changed', changed=changed_text)}"
        lines.append(line)
    return lines or [_fill(labels, "none", threshold=threshold)]


def text(
    rows: Iterable[ReportRow], labels: Labels, *, threshold: int, format_time: FormatTime
) -> str:
    """`text_lines` joined by line breaks."""
    return "\n".join(text_lines(rows, labels, threshold=threshold, format_time=format_time))


def _cells(
    row: ReportRow, labels: Labels, *, format_time: FormatTime, decimal_separator: str
) -> list[str]:
    missing = _label(labels, "missing")
    if row.probably_dead:
        left = _label(labels, "probably_dead")
    elif row.days_left is None:
        left = _label(labels, "unknown") if row.percent is not None else missing
    else:
        left = str(row.days_left)
    level = missing if row.percent is None else f"{row.percent} %"
    if row.millivolts is not None:
        level = f"{level} ({voltage(row.millivolts, decimal_separator)})"
    return [
        _place(row, labels),
        level,
        changed(row, labels, format_time=format_time) or missing,
        left,
        missing if row.last_contact is None else format_time(row.last_contact),
    ]


def _table_line(cells: Iterable[str]) -> str:
    return "| " + " | ".join(_cell(cell) for cell in cells) + " |"


def _cell(value: str) -> str:
    return _plain(value).replace("\\", "\\\\").replace("|", "\\|")


def _plain(value: str) -> str:
    """`value` on one line: every kind of line break becomes a space."""
    return " ".join(value.splitlines()) if value else value


def _place(row: ReportRow, labels: Labels) -> str:
    name = _plain(row.name)
    if not row.address:
        return name
    return _fill(labels, "place", door=name, address=_plain(row.address))


def _label(labels: Labels, key: str) -> str:
    return labels.get(key) or ENGLISH[key]


def _fill(labels: Labels, key: str, **values: object) -> str:
    """The label with its placeholders filled; the English text if the label does not fit."""
    try:
        return _label(labels, key).format(**values)
    except AttributeError, IndexError, KeyError, ValueError:
        return ENGLISH[key].format(**values)
