"""The page a guest opens from a link share: the door, when the key is valid, an Open button.

`/api/digitalkey/share/<token>` needs no Home Assistant login: the token in the URL is the
credential (`access.link_tokens`). The page finds its share by the token's digest in the
registries of the loaded buildings.

- GET shows the page (`guest_page_html`, texts from `guest_page_text`): 200 while the key
  opens now or later, 410 once it is revoked, expired or used up. A link that has ended
  shows its heading and one sentence saying so, nothing of what it was. A GET never opens.
- POST (the Open button: a form posting to the same URL) decides through the access gate
  (`async_authorize_share`, the share's own terms), opens through the door's link exactly
  as the lock entity does (`async_operate_permitted` with the permit's key use, so the
  unit's record of the open names the share and its grant), which counts the use and tells
  the maker when they asked. An open whose outcome is unknown (the command may have reached
  the unit, no authenticated answer said so) counts as one: the page says it was not
  confirmed, and the use is spent. A refusal is logged like every other. A unit
  that cannot lock by itself is locked after the building's relock time (`guest_relock`).
- No other method exists (405), and nothing else is reachable from here.

Abuse:
- A token that finds no share is answered 404 and reported to Home Assistant's IP ban
  (`process_wrong_login`, with the token cut out of the URL it logs), which bans the address
  once `login_attempts_threshold` is reached, when the building's Home Assistant enables it.
- Whether or not it does (it is off by default), an address (for IPv6 its /64: one host
  holds that many) that sent `WRONG_TOKENS_PER_MINUTE` such tokens within a minute is
  answered 429 to every request for the rest of that minute.
- A share opens at most once per `OPEN_INTERVAL_S`, and one open of a share runs at a time,
  so two presses at once on a single-use link open once.
- Every answer says `no-store`, `no-referrer` (the token must not leave in a Referer),
  `noindex`, and a Content-Security-Policy that allows no script, no outside resource, and
  forms only to this origin.

The token is never logged, only the share's id; Home Assistant's own request logs get the
path with the token cut out (`guest_path_redaction`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from ipaddress import IPv6Address, ip_address, ip_network
import logging
import time
from typing import Final, cast
import weakref

from aiohttp import web
from homeassistant.components.http.ban import process_wrong_login
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers.http import HomeAssistantView
from homeassistant.helpers.network import NoURLAvailableError, get_url
from homeassistant.util.hass_dict import HassKey

from .access.link_tokens import is_link_token, link_token_digest
from .access.model import Share, ShareKind
from .access.policy import Action, Reason, ReasonCode, decide_share
from .access.registry import Registry
from .access_gate import ShareRefused, async_authorize_share, async_operate_permitted
from .const import DOMAIN
from .door_link import DoorLink
from .errors import DoorNotHeard, OutcomeUnknown
from .guest_page_html import GuestPage, Tone, render
from .guest_page_text import (
    GuestTexts,
    async_guest_texts,
    closed,
    details,
    ended,
    hours_told,
    refusal,
    unreachable,
)
from .guest_path_redaction import REDACTED_PATH
from .notifications import building_language
from .protocol.constants import Feature, Opcode
from .protocol.errors import DoorUnitError
from .rate_limit import SlidingWindow
from .runtime import DigitalKeyConfigEntry

_LOGGER = logging.getLogger(__name__)

GUEST_PATH: Final = "/api/digitalkey/share/{token}"
GUEST_PAGE_VIEW: HassKey[GuestPageView] = HassKey(f"{DOMAIN}_guest_page")
"""The registered view (its limits and clock), one per Home Assistant."""

WRONG_TOKENS_PER_MINUTE: Final = 10
OPEN_INTERVAL_S: Final = 3.0
GONE: Final = frozenset(
    {
        ReasonCode.SHARE_REVOKED,
        ReasonCode.EXPIRED,
        ReasonCode.USE_LIMIT_REACHED,
        ReasonCode.NO_KEY,
        ReasonCode.UNKNOWN_DOOR,
    }
)
"""Reasons a link never opens again (410 Gone); the others open later."""

SECURITY_HEADERS: Final = {
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    "Referrer-Policy": "no-referrer",
    "X-Robots-Tag": "noindex, nofollow",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
}


@dataclass(frozen=True, slots=True)
class GuestUrl:
    """The link to hand the guest, and whether it opens from outside the building's network."""

    url: str
    outside: bool
    """Under Home Assistant's external URL (its own, or Home Assistant Cloud's remote URL).

    False: under the internal URL, or the path alone, which only a phone on the local
    network reaches; the resident is told so (`share_key`'s `url_note`).
    """


def guest_url(hass: HomeAssistant, token: str) -> GuestUrl:
    """The link to hand the guest: under the external URL when Home Assistant has one.

    Else under the internal URL, and without any configured URL the path alone, for the
    resident to put after the address they use. A URL given as an IP address is taken
    too: a guest's browser opens it, where a path alone opens nothing.
    """
    path = GUEST_PATH.format(token=token)
    try:
        external = get_url(hass, allow_internal=False, allow_ip=True, prefer_external=True)
    except NoURLAvailableError:
        pass
    else:
        return GuestUrl(external + path, outside=True)
    try:
        return GuestUrl(get_url(hass, allow_external=False, allow_ip=True) + path, outside=False)
    except NoURLAvailableError:
        return GuestUrl(path, outside=False)


def address_key(remote: str | None) -> str:
    """Whom a rate limit counts: the IPv4 address, or the /64 of an IPv6 address."""
    try:
        address = ip_address(remote or "")
    except ValueError:
        return remote or "unknown"
    if isinstance(address, IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ip_network(f"{address}/64", strict=False))
    return str(address)


@dataclass(frozen=True, slots=True)
class _Found:
    """A link's share and the building that holds it."""

    entry: DigitalKeyConfigEntry
    share: Share

    @property
    def registry(self) -> Registry:
        return self.entry.runtime_data.access.registry

    @property
    def door_name(self) -> str:
        door = self.registry.doors.get(self.share.door_id)
        if door is not None:
            return door.name
        link = self.entry.runtime_data.doors.get(self.share.door_id)
        return link.identity.name if link is not None else self.share.door_id

    def now(self) -> datetime:
        """The time the gate decides at (the building's wall clock)."""
        return datetime.fromtimestamp(self.entry.runtime_data.wall_clock(), UTC)


def _response(page: GuestPage, status: HTTPStatus, **headers: str) -> web.Response:
    return web.Response(
        text=render(page),
        status=int(status),
        content_type="text/html",
        charset="utf-8",
        headers={**SECURITY_HEADERS, **headers},
    )


class GuestPageView(HomeAssistantView):
    """`/api/digitalkey/share/{token}`: GET shows the key, POST opens the door."""

    url = GUEST_PATH
    name = "api:digitalkey:share"
    requires_auth = False

    def __init__(self, hass: HomeAssistant) -> None:
        """No limits spent yet."""
        self.hass = hass
        self.clock: Callable[[], float] = time.monotonic
        """Monotonic seconds of both limits (replaceable in tests)."""
        self.wrong_tokens = SlidingWindow(WRONG_TOKENS_PER_MINUTE, 60.0)
        self.opens = SlidingWindow(1, OPEN_INTERVAL_S)
        self._opening: weakref.WeakValueDictionary[str, asyncio.Lock] = (
            weakref.WeakValueDictionary()
        )

    # Requests -------------------------------------------------------------------------------

    async def get(self, request: web.Request, token: str) -> web.Response:
        """The key's page; never opens."""
        if (limited := await self._async_limited(request)) is not None:
            return limited
        found = self._find(token)
        if found is None:
            return await self._async_wrong_token(request)
        texts = await self._async_texts(found.share)
        now = found.now()
        reason = decide_share(
            found.registry, found.share.id, found.share.door_id, Action.OPEN, now
        ).reasons[0]
        if reason.opens:
            page = _key_page(found, texts, texts.page("ready"), Tone.INFO, now=now)
            return _response(page, HTTPStatus.OK)
        page = _refused_page(found, texts, reason, now=now)
        return _response(page, HTTPStatus.GONE if reason.code in GONE else HTTPStatus.OK)

    async def post(self, request: web.Request, token: str) -> web.Response:
        """Open the door once, if the key opens now."""
        if (limited := await self._async_limited(request)) is not None:
            return limited
        found = self._find(token)
        if found is None:
            return await self._async_wrong_token(request)
        share_id = found.share.id
        at = self.clock()
        if self.opens.spent(share_id, at):
            texts = await self._async_texts(found.share)
            page = _key_page(found, texts, texts.page("wait"), Tone.INFO, now=found.now())
            wait = _seconds(self.opens.retry_after(share_id, at))
            return _response(page, HTTPStatus.TOO_MANY_REQUESTS, **{"Retry-After": wait})
        self.opens.hit(share_id, at)
        lock = self._opening.get(share_id)
        if lock is None:
            lock = self._opening[share_id] = asyncio.Lock()
        async with lock:
            return await self._async_open(found.entry, share_id)

    # Opening ------------------------------------------------------------------------------

    async def _async_open(self, entry: DigitalKeyConfigEntry, share_id: str) -> web.Response:
        """Decide, open, book-keep; the page that says how it went."""
        share = entry.runtime_data.access.registry.shares.get(share_id)
        if share is None:  # removed while this request waited for the one before it
            _LOGGER.debug("Share %s was removed before it could open", share_id)
            return await self._async_plain("not_valid_title", "not_valid", HTTPStatus.GONE)
        found = _Found(entry, share)
        texts = await self._async_texts(share)
        link = entry.runtime_data.doors.get(share.door_id)
        if link is None:
            message = unreachable(texts, found.door_name, DoorNotHeard(None))
            page = _key_page(found, texts, message, Tone.REFUSED, now=found.now())
            return _response(page, HTTPStatus.SERVICE_UNAVAILABLE)
        action, opcode = _opening(link)
        context = Context()
        try:
            permit = await async_authorize_share(
                self.hass, entry, link.identity, action, share_id=share_id, context=context
            )
        except ShareRefused as refused:
            page = _refused_page(found, texts, refused.reason, now=found.now())
            gone = refused.reason.code in GONE
            return _response(page, HTTPStatus.GONE if gone else HTTPStatus.FORBIDDEN)
        _LOGGER.debug("Door %s: %s by share %s", link.identity.name, action.value, share_id)
        try:
            await async_operate_permitted(
                self.hass, entry, link, opcode, context=context, permit=permit
            )
        except DoorUnitError as err:
            _LOGGER.debug(
                "Door %s: share %s did not open it: %r", link.identity.name, share_id, err
            )
            if isinstance(err, OutcomeUnknown):
                # It may have opened: the gate spent the use; lock it later all the same.
                self._relock_later(entry, link, context)  # it reads the unit before locking
            message = unreachable(texts, found.door_name, err)
            page = _key_page(found, texts, message, Tone.REFUSED, now=found.now())
            return _response(page, HTTPStatus.SERVICE_UNAVAILABLE)
        self._relock_later(entry, link, context)
        counted = _Found(entry, found.registry.shares.get(share_id, share))  # with this use
        opened = texts.page("opened", door=found.door_name)
        page = _key_page(counted, texts, opened, Tone.OPENED, now=found.now())
        return _response(page, HTTPStatus.OK)

    @staticmethod
    def _relock_later(entry: DigitalKeyConfigEntry, link: DoorLink, context: Context) -> None:
        """The guest has no Lock button: a unit that cannot lock by itself is locked later."""
        if (relock := entry.runtime_data.guest_relock) is not None:
            relock.async_opened(link, context)

    # Abuse --------------------------------------------------------------------------------

    async def _async_limited(self, request: web.Request) -> web.Response | None:
        """The 429 page for an address that spent its wrong tokens; None when it has not."""
        key = address_key(request.remote)
        at = self.clock()
        if not self.wrong_tokens.spent(key, at):
            return None
        wait = _seconds(self.wrong_tokens.retry_after(key, at))
        return await self._async_plain(
            "too_many_title", "too_many", HTTPStatus.TOO_MANY_REQUESTS, **{"Retry-After": wait}
        )

    async def _async_wrong_token(self, request: web.Request) -> web.Response:
        """Count a token that finds no share against the address; the 404 page."""
        self.wrong_tokens.hit(address_key(request.remote), self.clock())
        # Home Assistant logs the URL of a wrong login: not this one, which holds a token.
        if request.remote is not None:
            redacted = request.clone(rel_url=REDACTED_PATH, remote=request.remote)
            await process_wrong_login(redacted)
        return await self._async_plain("not_valid_title", "not_valid", HTTPStatus.NOT_FOUND)

    # Helpers ------------------------------------------------------------------------------

    def _find(self, token: str) -> _Found | None:
        """The share the token is for, in whichever loaded building holds it."""
        if not is_link_token(token):
            return None
        digest = link_token_digest(token)
        entries = cast(
            list[DigitalKeyConfigEntry], self.hass.config_entries.async_loaded_entries(DOMAIN)
        )
        for entry in entries:
            for share in entry.runtime_data.access.registry.shares_to(ShareKind.LINK, digest):
                return _Found(entry, share)
        return None

    async def _async_texts(self, share: Share) -> GuestTexts:
        return await async_guest_texts(self.hass, share.language or building_language(self.hass))

    async def _async_plain(
        self, title_key: str, message_key: str, status: HTTPStatus, **headers: str
    ) -> web.Response:
        """A page about no key at all (a wrong link, too many tries): heading and message.

        In the building's language: nothing says whose key it would have been.
        """
        texts = await async_guest_texts(self.hass, building_language(self.hass))
        page = GuestPage(
            texts.language.value, texts.page(title_key), texts.page(message_key), Tone.REFUSED
        )
        return _response(page, status, **headers)


def _key_page(
    found: _Found,
    texts: GuestTexts,
    message: str,
    tone: Tone,
    *,
    now: datetime,
    hours: str | None = None,
    start_told: bool = False,
) -> GuestPage:
    """The page of a found share: door, validity, hours, uses left; a button if it opens now.

    `hours` and `start_told` as `guest_page_text.details` takes them: what the message
    says already is not said again beneath it.
    """
    share, registry = found.share, found.registry
    opens = decide_share(registry, share.id, share.door_id, Action.OPEN, now).allowed
    return GuestPage(
        texts.language.value,
        texts.page("title", door=found.door_name),
        message,
        tone,
        details(
            texts,
            registry,
            share,
            now,
            hours=hours,
            start_told=start_told,
            timed=hours is not None,
        ),
        texts.page("open") if opens else None,
    )


def _refused_page(found: _Found, texts: GuestTexts, reason: Reason, *, now: datetime) -> GuestPage:
    """The page of a key that does not open now.

    A link that has ended says only that, under its heading: its validity, hours and uses
    left no longer mean anything to the guest, and the resident's sentence ("your shared
    key has been used 2 of 2 times") is not theirs. One that opens later says why not yet,
    with its details.
    """
    if (sentence := ended(texts, reason)) is not None:
        title = texts.page("title", door=found.door_name)
        return GuestPage(texts.language.value, title, sentence, Tone.REFUSED)
    if reason.code in (ReasonCode.OUTSIDE_SCHEDULE, ReasonCode.ORGANISATION_OUTSIDE_SCHEDULE):
        # Said once each: when it opens next above, the hours it keeps beneath.
        message = closed(texts, found.registry, reason, now)
        hours = hours_told(texts, found.registry, reason, found.door_name, now)
        return _key_page(found, texts, message, Tone.REFUSED, now=now, hours=hours)
    message = refusal(texts, found.registry, reason, found.door_name, now)
    start_told = reason.code is ReasonCode.NOT_YET_VALID  # the refusal names the start
    return _key_page(found, texts, message, Tone.REFUSED, now=now, start_told=start_told)


def _opening(link: DoorLink) -> tuple[Action, Opcode]:
    """Open (unlatch) where the unit has a latch motor, as its lock entity does; else unlock."""
    if link.identity.features & Feature.UNLATCH:
        return Action.OPEN, Opcode.UNLATCH
    return Action.UNLOCK, Opcode.UNLOCK


def _seconds(value: float) -> str:
    """A Retry-After value: whole seconds, at least one."""
    return str(max(1, int(value + 0.999)))
