"""Every access reason as a sentence for answers (`get_access`, `my_keys`).

The answers keep the policy's `code` and placeholders (automations use them) and add a
`message` beside them: `reason_<code>` under `exceptions`, filled like a refusal
(`refusal_text.refusal_placeholders`: the door, the key's hours, times as a person reads
them) plus the next opening, in the caller's language. The placeholders an answer shows
keep their names but give times in the building's time zone (ISO 8601 with offset), not UTC.

Times read as the guest page writes them ("today, 07:00", "Saturday 5 December, 10:00":
`access.moment_text`), relative to when the answer is written: an answer is read at once.

A card that already says when the door opens next (My keys: "Opens today, 07:00") shows
the reason beneath it without saying that moment again: `closed_<code>` is the sentence of
a reason whose time is the one told (`told`), e.g. "Outside its hours (Monday–Friday
07:00–17:00)." instead of "...; opens next today, 07:00.".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Final

from homeassistant.core import HomeAssistant

from .access.contact import Language
from .access.moment_text import moment_text
from .access.policy import Reason, ReasonCode
from .access.registry import Registry
from .notifications import Text, TextWriter, async_text_writer
from .refusal_text import refusal_placeholders

REASON_PREFIX: Final = "reason_"
CLOSED_PREFIX: Final = "closed_"
_TIMES: Final = ("from", "until", "at", "opens_next")
"""Reason placeholders that are ISO times."""
OPENING_TOLD: Final = {
    ReasonCode.OUTSIDE_SCHEDULE: "opens_next",
    ReasonCode.ORGANISATION_OUTSIDE_SCHEDULE: "opens_next",
    ReasonCode.NOT_YET_VALID: "from",
    ReasonCode.ORGANISATION_NOT_YET_VALID: "from",
}
"""Reasons whose sentence says when the key opens, and the placeholder that says it:
each has a `closed_<code>` sentence without that moment."""


def reason_key(code: ReasonCode) -> str:
    """The translation key under `exceptions` of the sentence for `code`."""
    return f"{REASON_PREFIX}{code.value}"


def closed_key(code: ReasonCode) -> str:
    """The translation key of `code`'s sentence that leaves its opening to the card."""
    return f"{CLOSED_PREFIX}{code.value}"


def local_placeholders(registry: Registry, reason: Reason) -> dict[str, str]:
    """The reason's placeholders, its times moved to the building's time zone."""
    tz = registry.settings.tz
    return {
        name: datetime.fromisoformat(value).astimezone(tz).isoformat()
        if name in _TIMES and value
        else value
        for name, value in reason.placeholders.items()
    }


def reason_placeholders(
    registry: Registry, reason: Reason, door_name: str, language: Language, now: datetime
) -> dict[str, str]:
    """Every placeholder `reason_key(reason.code)`'s message has, filled."""
    tz = registry.settings.tz
    placeholders = refusal_placeholders(registry, reason, door_name, language, now)
    if reason.code in (ReasonCode.IN_WINDOW, ReasonCode.OUTSIDE_SCHEDULE):
        refused = Reason(ReasonCode.OUTSIDE_SCHEDULE, reason.key)
        placeholders["schedule"] = refusal_placeholders(
            registry, refused, door_name, language, now
        )["schedule"]
    if reason.code is ReasonCode.EMERGENCY:
        until = reason.placeholders.get("until")
        placeholders["until"] = (
            "" if until is None else moment_text(datetime.fromisoformat(until), now, tz, language)
        )
    if reason.code in (ReasonCode.OUTSIDE_SCHEDULE, ReasonCode.ORGANISATION_OUTSIDE_SCHEDULE):
        placeholders["opens_next"] = (
            "–" if reason.opens_next is None else moment_text(reason.opens_next, now, tz, language)
        )
    return placeholders


def tells_opening(reason: Reason, told: datetime | None) -> bool:
    """Whether `reason`'s sentence would say the moment `told` (already said beside it)."""
    name = OPENING_TOLD.get(reason.code)
    raw = None if name is None else reason.placeholders.get(name)
    return told is not None and raw is not None and datetime.fromisoformat(raw) == told


@dataclass(frozen=True, slots=True)
class ReasonWriter:
    """Writes reasons about doors as sentences, in one language, read at `now`."""

    registry: Registry
    language: Language
    now: datetime
    _texts: TextWriter

    def __call__(self, reason: Reason, door_name: str, told: datetime | None = None) -> str:
        """The sentence of `reason` about the door `door_name`.

        With `told`, the moment the reader is already shown as the next opening, a
        reason that would say that moment again says only why (`closed_<code>`).
        """
        placeholders = reason_placeholders(
            self.registry, reason, door_name, self.language, self.now
        )
        key = closed_key(reason.code) if tells_opening(reason, told) else reason_key(reason.code)
        return self._texts(Text(key, placeholders)) or reason.code.value

    def moment(self, value: datetime) -> str:
        """A moment as the sentences write it ("today, 07:00")."""
        return moment_text(value, self.now, self.registry.settings.tz, self.language)


async def async_reason_writer(
    hass: HomeAssistant, registry: Registry, language: Language, now: datetime
) -> ReasonWriter:
    """A writer of reasons in `language` (English where a text is missing), read at `now`.

    The texts are loaded once, so building an answer of many reasons stays synchronous
    (the registry reads it is made of may refuse, and are not awaited midway).
    """
    return ReasonWriter(registry, language, now, await async_text_writer(hass, language))
