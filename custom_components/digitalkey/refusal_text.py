"""A refusal in a resident's words: the policy's reason as a translation key and its values.

The policy says why in codes (`access.policy.ReasonCode`) with machine placeholders (ISO
times, counts); a resident reads "Your key to Garage is valid Monday–Friday 07:00–17:00".
This module turns one into the other: `denied_<code>` under `exceptions` in the
translation files, with the door's name, the key's weekly schedule described by
`schedules.describe` and times on the building's clocks as a person reads them ("tomorrow,
07:00", "Saturday 5 December, 10:00": `access.moment_text`), in the person's language.

A key an organisation's manager gave is described with the hours it really has (its own
inside the organisation's), and a refusal the organisation's hold makes
(`ORGANISATION_*`) names the organisation's hours and dates, not the key's.

Which reason is told: `explain_access` lists one per key the person holds, and none of
them opens. The first key that will open later (outside its hours, or not valid yet) is
the most useful to hear about; without one, the first reason, in the policy's own order.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Final
from zoneinfo import ZoneInfo

from .access.contact import Language
from .access.holds import bounded_terms
from .access.moment_text import moment_text
from .access.policy import KeyKind, Reason, ReasonCode
from .access.registry import Registry
from .access.schedules import WeeklySchedule, describe

REFUSAL_PREFIX: Final = "denied_"
REFUSING_CODES: Final = frozenset(
    {
        ReasonCode.UNATTRIBUTED_REFUSED,
        ReasonCode.UNKNOWN_DOOR,
        ReasonCode.NO_KEY,
        ReasonCode.OUTSIDE_SCHEDULE,
        ReasonCode.NOT_YET_VALID,
        ReasonCode.EXPIRED,
        ReasonCode.USE_LIMIT_REACHED,
        ReasonCode.SHARE_REVOKED,
        ReasonCode.ORGANISATION_LACKS_DOOR,
        ReasonCode.ORGANISATION_NOT_YET_VALID,
        ReasonCode.ORGANISATION_EXPIRED,
        ReasonCode.ORGANISATION_OUTSIDE_SCHEDULE,
    }
)
"""Every reason a refused decision can give (the others allow)."""

_DATE_FORMATS: Final = {
    Language.ENGLISH: "%Y-%m-%d %H:%M",
    Language.NORWEGIAN: "%d.%m.%Y kl. %H.%M",
    Language.DANISH: "%d.%m.%Y kl. %H.%M",
    Language.DUTCH: "%d-%m-%Y %H:%M",
}
"""Numeric dates as each country writes them (ISO for English, which has no one custom).

For tables (the battery report's columns), where a date is looked up, not read aloud."""


def refusal_key(code: ReasonCode) -> str:
    """The translation key under `exceptions` of a refusal for `code`."""
    return f"{REFUSAL_PREFIX}{code.value}"


def told_reason(reasons: Sequence[Reason]) -> Reason:
    """The reason a refusal tells (see the module docstring)."""
    return next((reason for reason in reasons if reason.opens_next is not None), reasons[0])


def wall_clock_text(value: datetime, tz: ZoneInfo, language: Language) -> str:
    """A moment on the building's clocks, written as the person's country writes dates."""
    return value.astimezone(tz).strftime(_DATE_FORMATS[language])


def _time(reason: Reason, name: str, now: datetime, tz: ZoneInfo, language: Language) -> str:
    raw = reason.placeholders.get(name)
    return "" if raw is None else moment_text(datetime.fromisoformat(raw), now, tz, language)


def _hours(registry: Registry, reason: Reason) -> WeeklySchedule | None:
    """The weekly hours the key a reason is about opens in (a share has its grant's).

    An organisation's key opens in its own hours inside the organisation's; when the
    organisation's hours are what refuses, those are the hours told.
    """
    key = reason.key
    if key is None:
        return None
    grant_id = key.id
    if key.kind is KeyKind.SHARE:
        share = registry.shares.get(key.id)
        grant_id = share.grant_id if share is not None else ""
    grant = registry.grants.get(grant_id)
    schedule = None if grant is None else grant.schedule
    organisation = registry.organisations.get(key.organisation_id or "")
    if organisation is None:
        return schedule
    if reason.code is ReasonCode.ORGANISATION_OUTSIDE_SCHEDULE:
        return organisation.schedule
    terms = bounded_terms(organisation, None, None, schedule)
    return schedule if terms.closed else terms.schedule


def _schedule(registry: Registry, reason: Reason, language: Language) -> str:
    return describe(_hours(registry, reason), language)


def refusal_placeholders(
    registry: Registry, reason: Reason, door_name: str, language: Language, now: datetime
) -> dict[str, str]:
    """Every placeholder `refusal_key(reason.code)`'s message has, filled.

    A refusal is read as it is given, so its times may say "today" or "tomorrow" (`now`).
    """
    tz = registry.settings.tz
    placeholders = {"door": door_name}
    match reason.code:
        case ReasonCode.OUTSIDE_SCHEDULE | ReasonCode.ORGANISATION_OUTSIDE_SCHEDULE:
            placeholders["schedule"] = _schedule(registry, reason, language)
        case ReasonCode.NOT_YET_VALID | ReasonCode.ORGANISATION_NOT_YET_VALID:
            placeholders["valid_from"] = _time(reason, "from", now, tz, language)
        case ReasonCode.EXPIRED | ReasonCode.ORGANISATION_EXPIRED:
            placeholders["until"] = _time(reason, "until", now, tz, language)
        case ReasonCode.USE_LIMIT_REACHED:
            placeholders["uses"] = reason.placeholders.get("uses", "")
            placeholders["limit"] = reason.placeholders.get("limit", "")
        case _:
            pass
    return placeholders
