"""What the guest page says, in the guest's language.

The page's own strings live in the translation files under `guest_page` (a section Home
Assistant's translation loader serves like any other: `component.digitalkey.guest_page.*`).
Why a key does not open yet (or not at this hour), and why a door could not be reached,
are the sentences a resident reads in the same case: the `denied_*` refusals
(`refusal_text`) and the door-unit errors (`errors.door_error`) under `exceptions`, so a
guest and a resident are told the same. A link that has ended (revoked, expired, used up)
is the exception: the resident's sentence speaks of "your key", which the guest never
had, so the page says in one sentence of its own that the link has ended (`ended`).
Outside its hours is the other: the refusal would name the hours that the lines beneath
name too, so the page says what the guest came to know, that it does not open now and
when it next does (`closed`), and names the hours once, beneath. Each thing is said once:
a key not valid yet says its start in the refusal, and the validity line leaves it out.

The language is the one the resident chose for the link (`Share.language`), else the
building's. Times are written for a guest, not a form: "tomorrow, 07:00", "Wednesday 2
December, 07:00" (`access.moment_text`), on the building's clocks, since the guest uses the
key at the building. The page has no script and cannot know the zone of the guest's
phone (a guest may read the link before travelling), so it names the building's zone once,
in a last line, whenever it shows a time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from homeassistant.core import HomeAssistant
from homeassistant.helpers import translation

from .access.contact import Language
from .access.model import Share
from .access.moment_text import moment_text, zone_name
from .access.policy import Reason, ReasonCode
from .access.registry import Registry
from .access.schedules import describe
from .const import DOMAIN
from .errors import door_error
from .notifications import Text, TextWriter, async_text_writer
from .protocol.errors import DoorUnitError
from .refusal_text import refusal_key, refusal_placeholders

GUEST_PAGE: Final = "guest_page"
"""The translation files' section of the page's own strings."""
PAGE_KEYS: Final = frozenset(
    {
        "title",
        "not_valid_title",
        "too_many_title",
        "open",
        "ready",
        "opened",
        "wait",
        "not_valid",
        "too_many",
        "ended_revoked",
        "ended_expired",
        "ended_used_up",
        "valid_open",
        "valid_until",
        "valid_from",
        "valid_from_until",
        "hours",
        "closed_opens_next",
        "closed_until_end",
        "uses_left",
        "times_zone",
    }
)
"""Every key the page uses under `guest_page` (the translation tests hold the files to it)."""
ENDED: Final = {
    ReasonCode.SHARE_REVOKED: "ended_revoked",
    ReasonCode.EXPIRED: "ended_expired",
    ReasonCode.USE_LIMIT_REACHED: "ended_used_up",
}
"""The reasons a link has ended, and the sentence the page then says instead of the refusal."""


@dataclass(frozen=True, slots=True)
class GuestTexts:
    """The page's strings and the integration's sentences, loaded once per page."""

    language: Language
    _page: tuple[Mapping[str, str], ...]
    _sentences: TextWriter

    def page(self, key: str, **placeholders: str) -> str:
        """A `guest_page` string, English where the language lacks it."""
        assert key in PAGE_KEYS, key
        for table in self._page:
            if message := table.get(f"component.{DOMAIN}.{GUEST_PAGE}.{key}"):
                try:
                    return message.format(**placeholders)
                except KeyError, IndexError, ValueError:
                    return message
        return key

    def sentence(self, text: Text) -> str:
        """A sentence under `exceptions` (refusals, door errors)."""
        return self._sentences(text) or text.key


async def async_guest_texts(hass: HomeAssistant, language: Language) -> GuestTexts:
    """The texts of one page in `language`."""
    tables = tuple(
        [
            await translation.async_get_translations(hass, code, GUEST_PAGE, [DOMAIN])
            for code in dict.fromkeys((language.value, Language.ENGLISH.value))
        ]
    )
    return GuestTexts(language, tables, await async_text_writer(hass, language))


def validity(
    texts: GuestTexts, registry: Registry, share: Share, now: datetime, *, start_told: bool = False
) -> str | None:
    """When the key is valid: its start only while it lies ahead, its end if it has one.

    `start_told`: the message above says the start already, so this says only the end
    (nothing when there is none).
    """
    tz = registry.settings.tz

    def at(value: datetime) -> str:
        return moment_text(value, now, tz, texts.language)

    ahead = share.valid_from > now and not start_told
    if start_told and share.valid_until is None:
        return None
    if share.valid_until is None:
        return (
            texts.page("valid_from", valid_from=at(share.valid_from))
            if ahead
            else (texts.page("valid_open"))
        )
    if ahead:
        return texts.page(
            "valid_from_until", valid_from=at(share.valid_from), until=at(share.valid_until)
        )
    return texts.page("valid_until", until=at(share.valid_until))


def details(
    texts: GuestTexts,
    registry: Registry,
    share: Share,
    now: datetime,
    *,
    hours: str | None = None,
    start_told: bool = False,
    timed: bool = False,
) -> tuple[str, ...]:
    """The lines under the message: validity, hours, uses left, time zone.

    `hours` names the hours that refuse now (an organisation's may be narrower than the
    grant's); else the grant's are named. `start_told` and `timed` say the message above
    gives the start, or a time. The zone line comes last, only when a time is shown.
    """
    valid = validity(texts, registry, share, now, start_told=start_told)
    lines = [] if valid is None else [valid]
    timed = timed or share.valid_from > now or share.valid_until is not None
    grant = registry.grants.get(share.grant_id)
    if hours is None and grant is not None and grant.schedule is not None:
        hours = describe(grant.schedule, texts.language)
    if hours is not None:
        lines.append(texts.page("hours", schedule=hours))
        timed = True
    if share.use_limit is not None:
        left = max(share.use_limit - share.uses, 0)
        lines.append(texts.page("uses_left", left=str(left), limit=str(share.use_limit)))
    if timed:
        lines.append(texts.page("times_zone", zone=zone_name(registry.settings.tz)))
    return tuple(lines)


def refusal(
    texts: GuestTexts, registry: Registry, reason: Reason, door_name: str, now: datetime
) -> str:
    """Why the key does not open now, as a resident is told (`denied_<code>`).

    Its dates as the page writes them ("tomorrow, 07:00"), not as a resident's list does.
    """
    placeholders = refusal_placeholders(registry, reason, door_name, texts.language, now)
    return texts.sentence(Text(refusal_key(reason.code), placeholders))


def closed(texts: GuestTexts, registry: Registry, reason: Reason, now: datetime) -> str:
    """A key outside its hours: it does not open now, and when it next does (if ever)."""
    if reason.opens_next is None:
        return texts.page("closed_until_end")
    when = moment_text(reason.opens_next, now, registry.settings.tz, texts.language)
    return texts.page("closed_opens_next", when=when)


def hours_told(
    texts: GuestTexts, registry: Registry, reason: Reason, door_name: str, now: datetime
) -> str:
    """The hours a refusal outside them names (the organisation's, when theirs refuse)."""
    return refusal_placeholders(registry, reason, door_name, texts.language, now)["schedule"]


def ended(texts: GuestTexts, reason: Reason) -> str | None:
    """The one sentence of a link that has ended; None when `reason` is not one of those."""
    key = ENDED.get(reason.code)
    return None if key is None else texts.page(key)


def unreachable(texts: GuestTexts, door_name: str, err: DoorUnitError) -> str:
    """Why the door could not be opened, as the lock entity says it."""
    error = door_error(door_name, err)
    return texts.sentence(
        Text(error.translation_key or "unit_error", error.translation_placeholders or {})
    )
