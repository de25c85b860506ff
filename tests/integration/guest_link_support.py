"""Guest links as a resident makes them and a guest's browser uses them, over real HTTP.

Links are made through the `share_key` action as Kari (of the `residents` building), and
opened through Home Assistant's own HTTP app with no login (`hass_client_no_auth`).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import unescape
import re
from typing import Any, cast
from urllib.parse import urlsplit

from aiohttp import ClientResponse
from homeassistant.core import Context, HomeAssistant
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.digitalkey.const import DOMAIN
from custom_components.digitalkey.share_page import GUEST_PAGE_VIEW, GuestPageView

from .conftest import FakeClock, Residents

TAGS = re.compile(r"<[^>]+>")
STYLE = re.compile(r"<style>.*?</style>", re.DOTALL)


@dataclass
class Page:
    """One answer of the guest page: status, headers, the document and its visible text."""

    status: int
    headers: dict[str, str]
    html: str

    @property
    def text(self) -> str:
        """What the guest reads (tags and style removed, entities decoded, spaces squeezed)."""
        visible = TAGS.sub(" ", STYLE.sub("", self.html))
        return " ".join(unescape(visible).split())

    @property
    def has_button(self) -> bool:
        return '<form method="post">' in self.html


async def page_of(response: ClientResponse) -> Page:
    return Page(response.status, dict(response.headers), await response.text())


class GuestLinks:
    """Makes links as Kari, and requests their pages as a guest with no login."""

    def __init__(
        self, residents: Residents, client_factory: ClientSessionGenerator, clock: FakeClock
    ) -> None:
        self.residents = residents
        self.hass: HomeAssistant = residents.hass
        self._client_factory = client_factory
        self._client: Any = None
        self.clock = clock
        self.view.clock = clock

    @property
    def view(self) -> GuestPageView:
        return self.hass.data[GUEST_PAGE_VIEW]

    async def make(self, door: str = "entrance", **terms: Any) -> dict[str, Any]:
        """`share_key` with `kind: link` as Kari; its answer (with the `url`)."""
        answer = await self.hass.services.async_call(
            DOMAIN,
            "share_key",
            {"door": f"lock.{door}", "kind": "link", **terms},
            blocking=True,
            context=Context(user_id=self.residents.kari.id),
            return_response=True,
        )
        return cast(dict[str, Any], answer)

    @staticmethod
    def path(answer: dict[str, Any]) -> str:
        """The path of a link (the URL is relative when Home Assistant has no URL set)."""
        return urlsplit(answer["url"]).path

    async def client(self) -> Any:
        if self._client is None:
            self._client = await self._client_factory()
        return self._client

    async def request(self, method: str, path: str, **kwargs: Any) -> Page:
        client = await self.client()
        response = await client.request(method, path, allow_redirects=False, **kwargs)
        return await page_of(response)

    async def get(self, path: str, **kwargs: Any) -> Page:
        return await self.request("GET", path, **kwargs)

    async def press(self, path: str, **kwargs: Any) -> Page:
        """The Open button: a form POST to the page's own URL, then time for the log read."""
        page = await self.request("POST", path, **kwargs)
        await self.hass.async_block_till_done(wait_background_tasks=True)
        return page

    def later(self, seconds: float = 3.5) -> None:
        """Move the page's clock past the interval between two opens of a share."""
        self.clock.now += seconds
