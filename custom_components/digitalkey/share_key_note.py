"""The sentence a share's answer adds when the maker's own key bounds it.

A share opens only when the key it was made from does (`policy._share_reason`,
`door_credentials`): inside the grant's weekly hours (and an organisation's, for a staff
key), and never past the grant's end. A resident who shares "any time, until Sunday" from
a key that opens Monday–Friday 07:00–22:00 and ends on Friday gets less than they asked
for, without an error: the share is valid, it is their key that is narrower. The answer
says so in one sentence, in the resident's language (`key_note`), beside the other notes
(`url_note`, `notify_note`); `key_hours` and `key_until` carry the same in machine form
(the hours as `schedules.window_items`, the end as ISO 8601).

Nothing is said when the key bounds nothing the share asked for: no hours, and an end no
earlier than the one asked for. The share itself already ends with the key (the registry
clips its window to the grant's when it is made), so the end is compared with the end the
resident asked for (`asked_until`, None: no end).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .access.contact import Language
from .access.holds import earlier, key_terms, later
from .access.model import Share
from .access.moment_text import moment_text
from .access.registry import Registry
from .access.schedules import WeeklySchedule, describe, window_items
from .notifications import Text


def bounding_terms(
    registry: Registry, share: Share, asked_until: datetime | None
) -> tuple[WeeklySchedule | None, datetime | None]:
    """The hours and the end the maker's key sets on `share`: each None when it sets none."""
    grant = registry.grants.get(share.grant_id)
    if grant is None:
        return None, None
    terms = key_terms(
        registry,
        grant,
        share.door_id,
        later(share.valid_from, grant.valid_from),
        earlier(share.valid_until, grant.valid_until),
    )
    if terms is None or terms.closed:
        return None, None
    end = terms.valid_until
    narrower = end is not None and (asked_until is None or end < asked_until)
    return terms.schedule, end if narrower else None


def key_note(
    registry: Registry,
    share: Share,
    asked_until: datetime | None,
    language: Language,
    now: datetime,
) -> Text | None:
    """The sentence of the maker's key's bounds on `share`; None when it has none."""
    hours, until = bounding_terms(registry, share, asked_until)
    door = registry.doors.get(share.door_id)
    placeholders = {"door": share.door_id if door is None else door.name}
    if hours is not None:
        placeholders["schedule"] = describe(hours, language)
    if until is not None:
        placeholders["until"] = moment_text(until, now, registry.settings.tz, language)
    if hours is not None and until is not None:
        return Text("share_key_note_hours_until", placeholders)
    if hours is not None:
        return Text("share_key_note_hours", placeholders)
    if until is not None:
        return Text("share_key_note_until", placeholders)
    return None


def key_bounds_data(
    registry: Registry, share: Share, asked_until: datetime | None
) -> dict[str, Any]:
    """`key_hours` and `key_until` of a share's answer (None: the key sets no such bound)."""
    hours, until = bounding_terms(registry, share, asked_until)
    return {
        "key_hours": None if hours is None else window_items(hours),
        "key_until": None if until is None else until.astimezone(registry.settings.tz).isoformat(),
    }
