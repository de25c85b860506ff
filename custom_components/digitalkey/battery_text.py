"""The battery report's words, in the reader's language: titles, table, lines, summaries.

The strings live in the translation files under `battery_report`, a section of their own
(Home Assistant's translation loader serves it like any other, as it does `guest_page`):
they are the parts of a report, not sentences an action raises, and a section holding
exactly `batteries.text.LABEL_KEYS` lets the translation tests hold every language to the
keys the report uses. The pure `batteries.text` writes the report from them; times are
on the building's clocks, written as the reader's country writes dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final
from zoneinfo import ZoneInfo

from homeassistant.core import HomeAssistant
from homeassistant.helpers import translation

from .access.contact import Language
from .batteries import text
from .batteries.report import ReportRow
from .const import DOMAIN
from .refusal_text import wall_clock_text
from .runtime import DigitalKeyConfigEntry

BATTERY_REPORT: Final = "battery_report"
"""The translation files' section of the report's strings."""


@dataclass(frozen=True, slots=True)
class BatteryTexts:
    """The report's labels in one language, and how it writes times and decimals."""

    language: Language
    labels: dict[str, str]
    tz: ZoneInfo

    def format_time(self, epoch: int) -> str:
        """A time on the building's clocks, as the reader's country writes it."""
        return wall_clock_text(datetime.fromtimestamp(epoch, UTC), self.tz, self.language)

    def title(self, building: str, count: int, threshold: int, *, all_doors: bool) -> str:
        """The report's title (a notification's title)."""
        return text.title(
            self.labels, building=building, count=count, threshold=threshold, all_doors=all_doors
        )

    def summary(self, row: ReportRow) -> str:
        """One sentence on one door."""
        return text.summary(row, self.labels, format_time=self.format_time)

    def markdown(self, rows: list[ReportRow], threshold: int) -> str:
        """The rows as a markdown table, or the sentence that no door is low."""
        return text.markdown(
            rows,
            self.labels,
            threshold=threshold,
            format_time=self.format_time,
            decimal_separator=text.separator_for(self.language.value),
        )

    def text(self, rows: list[ReportRow], threshold: int) -> str:
        """The rows as plain lines, or the sentence that no door is low."""
        return text.text(rows, self.labels, threshold=threshold, format_time=self.format_time)


def labels_of(table: dict[str, str]) -> dict[str, str]:
    """The `battery_report` strings from Home Assistant's flat table of one language."""
    prefix = f"component.{DOMAIN}.{BATTERY_REPORT}."
    return {
        key.removeprefix(prefix): value for key, value in table.items() if key.startswith(prefix)
    }


async def async_battery_texts(
    hass: HomeAssistant, entry: DigitalKeyConfigEntry, language: Language
) -> BatteryTexts:
    """The report's texts in `language` (English for any string it lacks)."""
    english = await translation.async_get_translations(
        hass, Language.ENGLISH.value, BATTERY_REPORT, [DOMAIN]
    )
    labels = labels_of(english)
    if language is not Language.ENGLISH:
        own = await translation.async_get_translations(
            hass, language.value, BATTERY_REPORT, [DOMAIN]
        )
        labels |= labels_of(own)
    return BatteryTexts(language, labels, entry.runtime_data.access.registry.settings.tz)
