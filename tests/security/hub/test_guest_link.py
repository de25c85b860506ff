"""Someone tries to get more out of the guest page than the links they hold give.

Each attack runs over real HTTP (no login) and the simulated radio: the entrance unit's
motor must run exactly as often as the link allows, and never for a guess.
"""

from __future__ import annotations

import asyncio
from http import HTTPStatus
import logging
from typing import Any

from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.digitalkey.access.link_tokens import link_token_digest, new_link_token
from custom_components.digitalkey.protocol.constants import ErrorCode
from custom_components.digitalkey.rate_limit import SlidingWindow
from custom_components.digitalkey.share_page import GUEST_PATH, WRONG_TOKENS_PER_MINUTE
from tests.integration.guest_link_support import GuestLinks

from .attacker import Interceptor
from .conftest import FakeClock, Residents, Site, door_link, unaccepted_challenge


@pytest.fixture
async def links(
    hass: HomeAssistant, residents: Residents, hass_client_no_auth: ClientSessionGenerator
) -> GuestLinks:
    return GuestLinks(residents, hass_client_no_auth, FakeClock())


def _motor(site: Site) -> int:
    return site.units["entrance"].unit.motor_operations


def _token(links: GuestLinks, answer: dict[str, object]) -> str:
    return links.path(answer).rsplit("/", 1)[1]  # type: ignore[arg-type]


async def test_guessing_near_the_token_finds_nothing_and_soon_stops_being_heard(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    answer = await links.make()
    token = _token(links, answer)
    flipped = ("A" if token[0] != "A" else "B") + token[1:]
    guesses = [
        flipped,
        token.swapcase(),
        token[:-1],
        token + "A",
        link_token_digest(token),  # the stored target is not a way in either
        token[:20],
        token + "=",  # the same bytes, padded
    ]
    guesses += [new_link_token() for _ in range(WRONG_TOKENS_PER_MINUTE - len(guesses))]
    for number, guess in enumerate(guesses):
        attempt = links.press if number % 2 else links.get
        page = await attempt(GUEST_PATH.format(token=guess))
        assert page.status == HTTPStatus.NOT_FOUND, guess
        assert "Entrance" not in page.text, "a wrong link learns nothing of any door"
    assert _motor(site) == 0
    # Each wrong link was counted: the right one is no longer answered from this address.
    page = await links.press(links.path(answer))
    assert page.status == HTTPStatus.TOO_MANY_REQUESTS
    assert _motor(site) == 0


async def test_the_token_cannot_leave_in_a_referer_and_a_referer_is_no_key(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    answer = await links.make()
    path = links.path(answer)
    page = await links.get(path)
    assert page.headers["Referrer-Policy"] == "no-referrer"
    assert '<meta name="referrer" content="no-referrer">' in page.html
    # Nothing on the page makes the browser fetch or follow anything elsewhere.
    for needle in ("<script", "<img", "<link", "<a ", "<iframe", " src=", " href=", "url(", "://"):
        assert needle not in page.html, needle
    assert "action=" not in page.html, "the form posts back to its own address only"
    assert "form-action 'self'" in page.headers["Content-Security-Policy"]
    # A request that only carries someone's link in its Referer gets no door from it.
    leaked = f"https://home.example{path}"
    guess = GUEST_PATH.format(token=new_link_token())
    wrong = await links.press(guess, headers={"Referer": leaked})
    assert wrong.status == HTTPStatus.NOT_FOUND
    assert _motor(site) == 0


async def test_no_get_opens_the_door(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    """A link preview, a prefetch or a crawler only ever GETs: none of that may open."""
    answer = await links.make(use_limit=1)
    path = links.path(answer)
    for query in ("", "?open=1", "?method=post", "?_method=POST"):
        for _ in range(3):
            assert (await links.get(path + query)).status == HTTPStatus.OK
    page = await links.request("GET", path, data={"open": "1"})  # a GET with a body
    assert page.status == HTTPStatus.OK
    for method in ("HEAD", "PUT", "PATCH", "DELETE"):
        assert (await links.request(method, path)).status == HTTPStatus.METHOD_NOT_ALLOWED
    await hass.async_block_till_done(wait_background_tasks=True)
    assert _motor(site) == 0
    assert residents.access.registry.shares[answer["share_id"]].uses == 0


async def test_replaying_the_open_beyond_the_limit_opens_no_more(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    answer = await links.make(use_limit=2)
    path = links.path(answer)
    statuses = []
    for _ in range(5):
        statuses.append((await links.press(path)).status)
        links.later()
    assert statuses == [200, 200, 410, 410, 410]
    assert _motor(site) == 2
    assert residents.access.registry.shares[answer["share_id"]].uses == 2


async def test_two_presses_at_once_on_a_single_use_link_open_once(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    first = links.path(await links.make(use_limit=1))
    pages = await asyncio.gather(links.press(first), links.press(first))
    assert sorted(page.status for page in pages) == [200, 429]
    assert _motor(site) == 1

    # Without the interval between opens, the use count alone still holds.
    links.view.opens = SlidingWindow(1_000, 0.001)
    second = await links.make(door="laundry", use_limit=1)
    pages = await asyncio.gather(*(links.press(links.path(second)) for _ in range(4)))
    assert sorted(page.status for page in pages) == [200, 410, 410, 410]
    assert site.units["laundry"].unit.motor_operations == 1
    assert residents.access.registry.shares[second["share_id"]].uses == 1


async def test_a_full_guest_flow_at_debug_logs_no_token_anywhere(
    hass: HomeAssistant,
    site: Site,
    residents: Residents,
    links: GuestLinks,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Whoever reads a debug log (or a log pasted into a bug report) gets no live link.

    Home Assistant's HTTP helper writes "Serving <path>" at DEBUG for every request to a
    view, and the path of the guest page is the token itself.
    """
    caplog.set_level(logging.DEBUG)
    answer = await links.make(use_limit=1)
    token = _token(links, answer)
    path = links.path(answer)
    assert (await links.get(path)).status == HTTPStatus.OK
    assert (await links.press(path)).status == HTTPStatus.OK
    links.later()
    assert (await links.get(path)).status == HTTPStatus.GONE
    assert (await links.press(path)).status == HTTPStatus.GONE
    await hass.async_block_till_done(wait_background_tasks=True)
    assert _motor(site) == 1

    assert any(record.name == "homeassistant.helpers.http" for record in caplog.records)
    # The test harness logs the stored files it fakes (with the share's digest): not a log
    # of a building's Home Assistant.
    logged = [
        f"{record.name}: {record.getMessage()} {vars(record)}"
        for record in caplog.records
        if not record.name.startswith("pytest_homeassistant_custom_component")
    ]
    assert not [line for line in logged if token in line or link_token_digest(token) in line]
    assert any("/api/digitalkey/share/redacted" in line for line in logged)


async def test_a_forged_refusal_of_each_open_does_not_stretch_a_single_use_link(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    """The guest (or a friend with a radio) answers every press with a plaintext refusal.

    The unit opens (the command rode in the handshake) and the hub cannot believe the
    forged refusal, nor the opening it never heard confirmed: the door may have opened, so
    the use is spent. Otherwise each press would open the door and count nothing.
    """
    answer = await links.make(use_limit=1)
    path = links.path(answer)
    door = door_link(residents.entry, "Entrance")
    mitm = Interceptor(site.units["entrance"])

    async def refuse_then_forward(link: Any, data: bytes, with_response: bool) -> None:
        injected = asyncio.ensure_future(mitm.inject_error(link, ErrorCode.BUSY))
        mitm.forward(link, data, with_response)
        await injected

    statuses = []
    for _ in range(3):
        await unaccepted_challenge(hass, door)  # so the open rides in HELLO
        mitm.arm(refuse_then_forward)
        statuses.append((await links.press(path)).status)
        mitm.disarm()
        await asyncio.gather(*mitm.tasks)
        links.later()
    mitm.restore()

    assert _motor(site) == 1
    assert statuses == [HTTPStatus.SERVICE_UNAVAILABLE, HTTPStatus.GONE, HTTPStatus.GONE]
    assert residents.access.registry.shares[answer["share_id"]].uses == 1
