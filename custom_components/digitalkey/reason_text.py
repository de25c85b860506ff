"""Every access reason as a sentence for answers (`get_access`, `my_keys`).

The answers keep the policy's `code` and placeholders (automations use them) and add a
`message` beside them: `reason_<code>` under `exceptions`, filled like a refusal
(`refusal_text.refusal_placeholders`: the door, the key's hours, wall-clock dates) plus the
next opening, in the caller's language. The placeholders an answer shows keep their
names but give times in the building's time zone (ISO 8601 with offset), not UTC.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Final

from homeassistant.core import HomeAssistant

from .access.contact import Language
from .access.policy import Reason, ReasonCode
from .access.registry import Registry
from .notifications import Text, async_text_writer
from .refusal_text import refusal_placeholders, wall_clock_text

REASON_PREFIX: Final = "reason_"
_TIMES: Final = ("from", "until", "at", "opens_next")
"""Reason placeholders that are ISO times."""


def reason_key(code: ReasonCode) -> str:
    """The translation key under `exceptions` of the sentence for `code`."""
    return f"{REASON_PREFIX}{code.value}"


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
    registry: Registry, reason: Reason, door_name: str, language: Language
) -> dict[str, str]:
    """Every placeholder `reason_key(reason.code)`'s message has, filled."""
    tz = registry.settings.tz
    placeholders = refusal_placeholders(registry, reason, door_name, language)
    if reason.code in (ReasonCode.IN_WINDOW, ReasonCode.OUTSIDE_SCHEDULE):
        refused = Reason(ReasonCode.OUTSIDE_SCHEDULE, reason.key)
        placeholders["schedule"] = refusal_placeholders(registry, refused, door_name, language)[
            "schedule"
        ]
    if reason.code is ReasonCode.EMERGENCY:
        until = reason.placeholders.get("until")
        placeholders["until"] = (
            "" if until is None else wall_clock_text(datetime.fromisoformat(until), tz, language)
        )
    if reason.code in (ReasonCode.OUTSIDE_SCHEDULE, ReasonCode.ORGANISATION_OUTSIDE_SCHEDULE):
        placeholders["opens_next"] = (
            "–" if reason.opens_next is None else wall_clock_text(reason.opens_next, tz, language)
        )
    return placeholders


type ReasonWriter = Callable[[Reason, str], str]
"""Writes a reason about the door named by the second argument as a sentence."""


async def async_reason_writer(
    hass: HomeAssistant, registry: Registry, language: Language
) -> ReasonWriter:
    """A writer of reasons in `language` (English where a text is missing).

    The texts are loaded once, so building an answer of many reasons stays synchronous
    (the registry reads it is made of may refuse, and are not awaited midway).
    """
    texts = await async_text_writer(hass, language)

    def write(reason: Reason, door_name: str) -> str:
        placeholders = reason_placeholders(registry, reason, door_name, language)
        return texts(Text(reason_key(reason.code), placeholders)) or reason.code.value

    return write
