"""The guest page of a link share, over real HTTP and the simulated radio.

Every test runs the whole path: `share_key` as a resident, the page requested with no
login through Home Assistant's HTTP app (its ban middleware included), the access gate on
the live registry, the door link, the reference unit, and its log read back.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from http import HTTPStatus
import json
import logging
from typing import Any, cast
from zoneinfo import ZoneInfo

from homeassistant.components.http.ban import KEY_BAN_MANAGER
from homeassistant.core import Context, HomeAssistant, ServiceCall
from homeassistant.exceptions import ServiceValidationError
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.digitalkey.access.contact import Language
from custom_components.digitalkey.access.link_tokens import link_token_digest, new_link_token
from custom_components.digitalkey.access.schedules import WeeklySchedule
from custom_components.digitalkey.const import DOMAIN, EVENT_ACCESS
from custom_components.digitalkey.event_records import EventKind, EventRecord
from custom_components.digitalkey.registry_store import RegistryStore
from custom_components.digitalkey.share_page import (
    GUEST_PATH,
    OPEN_INTERVAL_S,
    SECURITY_HEADERS,
    WRONG_TOKENS_PER_MINUTE,
    address_key,
)

from .conftest import FakeClock, Residents, Site, until
from .guest_link_support import GuestLinks, Page

ENTRANCE_OPEN = "Entrance is open."
WITHDRAWN = "This link was withdrawn by the person who shared it."
EXPIRED = "This link has expired."
USED_UP = "This link has been used as often as it could be."


def _assert_only_ended(page: Page, sentence: str, door: str = "Entrance") -> None:
    """A link that has ended: 410, its heading and one sentence; no details, no button."""
    assert page.status == HTTPStatus.GONE
    assert page.text == f"Key to {door} Key to {door} {sentence}", page.text  # title, h1
    assert "<ul>" not in page.html
    assert not page.has_button


@pytest.fixture
async def links(
    hass: HomeAssistant, residents: Residents, hass_client_no_auth: ClientSessionGenerator
) -> GuestLinks:
    return GuestLinks(residents, hass_client_no_auth, FakeClock())


def _token(answer: dict[str, Any]) -> str:
    return GuestLinks.path(answer).rsplit("/", 1)[1]


def _wrong_path() -> str:
    return GUEST_PATH.format(token=new_link_token())


async def _records(residents: Residents, kind: EventKind) -> list[EventRecord]:
    await residents.hass.async_block_till_done(wait_background_tasks=True)
    page = await residents.entry.runtime_data.event_log.async_query(kinds=[kind])
    return page.records


def _motor(site: Site, door: str = "entrance") -> int:
    return site.units[door].unit.motor_operations


def _guest_time(hass: HomeAssistant, value: datetime, now: datetime) -> str:
    """`value` as the English guest page writes it, on Home Assistant's clock."""
    tz = ZoneInfo(hass.config.time_zone)
    local, today = value.astimezone(tz), now.astimezone(tz).date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return f"today, {clock}"
    if local.date() == today + timedelta(days=1):
        return f"tomorrow, {clock}"
    year = "" if local.year == today.year else f" {local.year}"
    return f"{local:%A} {local.day} {local:%B}{year}, {clock}"


def _set_wall_clock(residents: Residents, seconds_from_now: float) -> None:
    real = residents.entry.runtime_data.wall_clock
    at = real() + seconds_from_now
    residents.entry.runtime_data.wall_clock = lambda: at


async def test_a_link_opens_the_door_exactly_its_use_limit_times_then_says_used_up(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    answer = await links.make(use_limit=2, label="Plumber")
    assert answer["kind"] == "link"
    assert answer["user_id"] is None
    path = links.path(answer)
    assert path == GUEST_PATH.format(token=_token(answer))

    shown = await links.get(path)
    assert shown.status == HTTPStatus.OK
    assert "Key to Entrance" in shown.text
    assert "2 of 2 opens left" in shown.text
    assert "Valid until it is withdrawn" in shown.text
    assert "Times are" not in shown.text, "no time shown: no zone to name"
    assert shown.has_button
    assert "Plumber" not in shown.text  # the label is the sharer's own word
    assert _motor(site) == 0, "showing the page opens nothing"

    first = await links.press(path)
    assert first.status == HTTPStatus.OK, first.text
    assert ENTRANCE_OPEN in first.text
    assert "1 of 2 opens left" in first.text
    assert first.has_button
    assert _motor(site) == 1
    links.later()
    second = await links.press(path)
    assert second.status == HTTPStatus.OK
    assert "0 of 2 opens left" in second.text
    assert not second.has_button
    assert _motor(site) == 2

    links.later()
    spent = await links.press(path)
    _assert_only_ended(spent, USED_UP)
    assert _motor(site) == 2
    again = await links.get(path)
    _assert_only_ended(again, USED_UP)
    assert "opens left" not in again.text

    share_id = answer["share_id"]
    assert residents.access.registry.shares[share_id].uses == 2
    # The unit's own records of the opens name the share, its grant and its maker (who
    # stands for the link, as for a PIN share), no user.
    opened = await _records(residents, EventKind.UNLATCHED)
    assert [(r.share_id, r.grant_id, r.user_id, r.person_id) for r in opened] == [
        (share_id, residents.bundle_grant_id, None, residents.kari_id)
    ] * 2
    assert {r.detail["key"] for r in opened} == {"share"}
    used = await _records(residents, EventKind.SHARE_USED)
    assert [(r.share_id, r.person_id, r.user_id) for r in used] == [
        (share_id, residents.kari_id, None)
    ] * 2
    assert {r.detail["share_kind"] for r in used} == {"link"}
    (denied,) = await _records(residents, EventKind.DENIED)
    assert (denied.share_id, denied.reason, denied.user_id) == (
        share_id,
        "use_limit_reached",
        None,
    )
    assert hass.states.get("event.entrance_access").attributes["event_type"] == "denied"


async def test_a_revoked_link_stops_at_once(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    answer = await links.make()
    path = links.path(answer)
    assert (await links.get(path)).status == HTTPStatus.OK
    await hass.services.async_call(
        DOMAIN,
        "revoke_share",
        {"share_id": answer["share_id"]},
        blocking=True,
        context=Context(user_id=residents.kari.id),
    )
    for page in (await links.get(path), await links.press(path)):
        _assert_only_ended(page, WITHDRAWN)
        assert "Valid" not in page.text
    assert _motor(site) == 0


async def test_an_expired_link_says_when_it_ended(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    until = residents.now() + timedelta(hours=2)
    answer = await links.make(valid_until=until.isoformat())
    path = links.path(answer)
    local = _guest_time(hass, until, residents.now())
    shown = await links.get(path)
    assert f"Valid until {local}" in shown.text
    # The times are the building's: its zone is named once, after them.
    assert f"<li>Times are local time at the door ({hass.config.time_zone})</li></ul>" in shown.html
    assert shown.text.count(hass.config.time_zone) == 1
    _set_wall_clock(residents, 3 * 3600)
    for page in (await links.get(path), await links.press(path)):
        _assert_only_ended(page, EXPIRED)
        assert local not in page.text
    assert _motor(site) == 0


async def test_a_link_that_starts_later_or_is_outside_its_hours_waits_without_a_button(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    start = residents.now() + timedelta(days=3)
    answer = await links.make(valid_from=start.isoformat())
    later = await links.get(links.path(answer))
    assert later.status == HTTPStatus.OK
    local = _guest_time(hass, start, residents.now())  # e.g. "Saturday 5 December, 07:00"
    assert f"Your key to Entrance is valid from {local}." in later.text
    assert later.text.count(local) == 1, "its start is said once"
    assert "opens next" not in later.text
    assert not later.has_button
    refused = await links.press(links.path(answer))
    assert refused.status == HTTPStatus.FORBIDDEN
    assert _motor(site) == 0

    # Hours come from the grant the share was made from: here one window, three days off.
    tz = ZoneInfo(hass.config.time_zone)
    day = (residents.now().astimezone(tz).weekday() + 3) % 7
    await residents.apply(
        lambda r: r.grant_access(
            [residents.kari_id],
            now=residents.now(),
            door_ids=[residents.door_ids["garage"]],
            schedule=WeeklySchedule.of((day, 60, 120)),
            may_share=True,
            share_limit=1,
        )
    )
    garage = await links.make(door="garage")
    closed = await links.get(links.path(garage))
    assert closed.status == HTTPStatus.OK
    opens = datetime.combine(
        residents.now().astimezone(tz).date() + timedelta(days=3), time(1, 0), tzinfo=tz
    )
    when = _guest_time(hass, opens, residents.now())
    # Once each: when it opens next in the message, its hours beneath.
    assert f"The key does not open at this hour. It opens next {when}." in closed.text
    assert closed.text.count(when) == 1
    assert closed.text.count("01:00–02:00") == 1
    assert "<li>Opening hours: " in closed.html
    assert "Valid until it is withdrawn" in closed.text
    zone_line = f"<li>Times are local time at the door ({hass.config.time_zone})</li></ul>"
    assert zone_line in closed.html
    assert not closed.has_button
    assert (await links.press(links.path(garage))).status == HTTPStatus.FORBIDDEN
    assert _motor(site, "garage") == 0


async def test_an_unknown_token_is_404_counts_toward_the_ip_ban_and_is_never_logged(
    hass: HomeAssistant,
    caplog: pytest.LogCaptureFixture,
    banning_http: None,
    site: Site,
    residents: Residents,
    links: GuestLinks,
) -> None:
    caplog.set_level(logging.DEBUG)
    answer = await links.make()
    guesses = [new_link_token() for _ in range(BAN_AFTER)]
    for guess in guesses[:-1]:
        wrong = await links.get(GUEST_PATH.format(token=guess))
        assert wrong.status == HTTPStatus.NOT_FOUND
        assert "This link does not open any door" in wrong.text
    assert (await links.get(links.path(answer))).status == HTTPStatus.OK, "not banned yet"
    last = await links.press(GUEST_PATH.format(token=guesses[-1]))
    assert last.status == HTTPStatus.NOT_FOUND
    ban_manager = hass.http.app[KEY_BAN_MANAGER]
    assert [str(ip) for ip in ban_manager.ip_bans_lookup] == ["127.0.0.1"]
    banned = await links.get(links.path(answer))
    assert banned.status == HTTPStatus.FORBIDDEN, "a banned address gets nothing, not even a key"
    assert "Login attempt or request with invalid authentication" in caplog.text
    # Nothing this integration logs, nor anything logged at INFO and above, holds a token
    # or its digest. (Home Assistant's request logs are redacted too: see the security
    # test of a full guest flow at DEBUG.)
    ours = "\n".join(
        record.getMessage()
        for record in caplog.records
        if record.name.startswith("custom_components.digitalkey")
        or (record.levelno >= logging.INFO and record.name != "aiohttp.access")
    )
    assert "/api/digitalkey/share/redacted" in ours
    for secret in [*guesses, _token(answer), link_token_digest(_token(answer))]:
        assert secret not in ours


BAN_AFTER = 3


@pytest.fixture
async def banning_http(hass: HomeAssistant) -> None:
    """Home Assistant's HTTP with IP bans after `BAN_AFTER` wrong logins (set up first)."""
    assert await async_setup_component(
        hass,
        "http",
        {"http": {"ip_ban_enabled": True, "login_attempts_threshold": BAN_AFTER}},
    )


async def test_wrong_tokens_are_rate_limited_per_address_even_without_bans(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    answer = await links.make()
    path = links.path(answer)
    for _ in range(WRONG_TOKENS_PER_MINUTE):
        assert (await links.get(_wrong_path())).status == HTTPStatus.NOT_FOUND
    for blocked in (await links.get(path), await links.press(path), await links.get(_wrong_path())):
        assert blocked.status == HTTPStatus.TOO_MANY_REQUESTS
        assert "<h1>Too many attempts</h1>" in blocked.html
        assert "Too many wrong links came from your network. Wait a minute" in blocked.text
        assert "Link not valid" not in blocked.text
        assert 1 <= int(blocked.headers["Retry-After"]) <= 60
    assert _motor(site) == 0, "a limited address opens nothing, even with a good link"
    links.later(61)
    assert (await links.get(path)).status == HTTPStatus.OK


async def test_a_link_opens_at_most_once_per_interval(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    path = links.path(await links.make())
    assert (await links.press(path)).status == HTTPStatus.OK
    links.later(OPEN_INTERVAL_S / 2)
    soon = await links.press(path)
    assert soon.status == HTTPStatus.TOO_MANY_REQUESTS
    assert "Wait a few seconds before you press again" in soon.text
    assert soon.headers["Retry-After"] == "2"
    assert soon.has_button
    assert _motor(site) == 1
    links.later(OPEN_INTERVAL_S)
    assert (await links.press(path)).status == HTTPStatus.OK
    assert _motor(site) == 2


async def test_the_page_has_no_other_api(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    answer = await links.make(use_limit=1)
    path = links.path(answer)
    for query in ("", "?open=1", "?action=open"):
        assert (await links.get(path + query)).status == HTTPStatus.OK
    for method in ("PUT", "PATCH", "DELETE", "HEAD"):
        page = await links.request(method, path)
        assert page.status == HTTPStatus.METHOD_NOT_ALLOWED, method
    # A CORS preflight is Home Assistant's to answer, and it allows no other origin.
    preflight = await links.request("OPTIONS", path, headers={"Origin": "https://evil.example"})
    assert preflight.status == HTTPStatus.FORBIDDEN
    assert "Access-Control-Allow-Origin" not in preflight.headers
    for other in (path + "/open", path.rsplit("/", 1)[0] + "/", "/api/digitalkey/share"):
        assert (await links.get(other)).status == HTTPStatus.NOT_FOUND
    await hass.async_block_till_done(wait_background_tasks=True)
    assert _motor(site) == 0
    assert residents.access.registry.shares[answer["share_id"]].uses == 0


def _assert_guarded(page: Page) -> None:
    for name, value in SECURITY_HEADERS.items():
        assert page.headers.get(name) == value, name
    assert page.headers["Cache-Control"] == "no-store"
    assert page.headers["Referrer-Policy"] == "no-referrer"
    assert "noindex" in page.headers["X-Robots-Tag"]
    policy = page.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy
    assert "form-action 'self'" in policy
    assert "script-src" not in policy
    assert page.headers["Content-Type"] == "text/html; charset=utf-8"
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page.html
    assert "<script" not in page.html
    assert " src=" not in page.html
    assert " href=" not in page.html
    assert "://" not in page.html


async def test_every_answer_carries_the_security_headers(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    path = links.path(await links.make(use_limit=1))
    pages = [await links.get(path), await links.press(path)]  # 200, 200
    links.later()
    pages.append(await links.press(path))  # 410
    pages.append(await links.get(_wrong_path()))  # 404
    for _ in range(WRONG_TOKENS_PER_MINUTE):
        await links.get(_wrong_path())
    pages.append(await links.get(path))  # 429
    assert [page.status for page in pages] == [200, 200, 410, 404, 429]
    for page in pages:
        _assert_guarded(page)


async def test_the_page_is_in_the_language_the_resident_chose_else_the_buildings(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    norwegian = await links.make(language="nb", use_limit=3)
    assert norwegian["language"] == "nb"
    page = await links.get(links.path(norwegian))
    assert '<html lang="nb">' in page.html
    assert "Nøkkel til Entrance" in page.text
    assert "3 av 3 åpninger igjen" in page.text
    assert "Gyldig til den trekkes tilbake" in page.text
    assert "Åpne døren" in page.text
    opened = await links.press(links.path(norwegian))
    assert "Entrance er åpen." in opened.text

    hass.config.language = "da"
    danish = await links.make(door="laundry")
    page = await links.get(links.path(danish))
    assert '<html lang="da">' in page.html
    assert "Nøgle til Laundry" in page.text
    assert "Åbn døren" in page.text
    wrong = await links.get(_wrong_path())
    assert "Linket er ikke gyldigt" in wrong.text
    await hass.services.async_call(
        DOMAIN,
        "revoke_share",
        {"share_id": norwegian["share_id"]},
        blocking=True,
        context=Context(user_id=residents.kari.id),
    )
    withdrawn = await links.get(links.path(norwegian))
    assert withdrawn.status == HTTPStatus.GONE
    assert "Denne lenken er trukket tilbake av den som delte den." in withdrawn.text
    for _ in range(WRONG_TOKENS_PER_MINUTE - 1):
        await links.get(_wrong_path())
    limited = await links.get(_wrong_path())
    assert limited.status == HTTPStatus.TOO_MANY_REQUESTS
    assert "<h1>For mange forsøg</h1>" in limited.html


def _phone_of(hass: HomeAssistant, residents: Residents) -> list[dict[str, Any]]:
    """Kari's phone: a companion-app entry of her user and its notify action."""
    MockConfigEntry(
        domain="mobile_app",
        data={"user_id": residents.kari.id, "device_name": "Kari's phone"},
    ).add_to_hass(hass)
    sent: list[dict[str, Any]] = []

    async def handler(call: ServiceCall) -> None:
        sent.append(dict(call.data))

    hass.services.async_register("notify", "mobile_app_kari_s_phone", handler)
    return sent


async def test_the_maker_is_told_of_each_use_when_they_asked(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    phone = _phone_of(hass, residents)
    told = await links.make(notify_on_use=True)  # no label: the door and the time
    silent = await links.make(door="laundry", label="Cleaner Siri")
    assert (await links.press(links.path(told))).status == HTTPStatus.OK
    assert (await links.press(links.path(silent))).status == HTTPStatus.OK
    await hass.async_block_till_done(wait_background_tasks=True)
    (note,) = phone
    assert note["title"] == "Your key to Entrance was used"
    assert note["message"].startswith("The key to Entrance you shared was used on ")
    assert "Siri" not in str(note)


async def test_a_links_open_and_refusal_on_the_bus_name_the_share_by_id_only(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    """The open's event names the share and its maker by id: no token, label or name."""
    seen: list[dict[str, Any]] = []
    hass.bus.async_listen(EVENT_ACCESS, lambda event: seen.append(dict(event.data)))
    answer = await links.make(use_limit=1, label="Plumber Per")
    path = links.path(answer)
    assert (await links.press(path)).status == HTTPStatus.OK
    await until(hass, lambda: any(data["event"] == "opened" for data in seen), 5)
    links.later()
    _assert_only_ended(await links.press(path), USED_UP)
    await until(hass, lambda: any(data["event"] == "denied" for data in seen), 5)
    opened = next(data for data in seen if data["event"] == "opened")
    assert opened["source"] == "app"
    assert opened["share_id"] == answer["share_id"]
    assert opened["person_id"] == residents.kari_id
    assert "user_id" not in opened
    denied = next(data for data in seen if data["event"] == "denied")
    assert (denied["share_id"], denied["reason"]) == (answer["share_id"], "use_limit_reached")
    for words in (_token(answer), "Plumber", "Kari", "Nordmann"):
        assert words not in str(seen)


async def test_the_token_is_shown_once_and_never_again(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    site: Site,
    residents: Residents,
    links: GuestLinks,
) -> None:
    answer = await links.make(label="Plumber")
    token = _token(answer)
    digest = link_token_digest(token)
    assert len(token) == 43
    assert answer["url"].endswith(f"/api/digitalkey/share/{token}")

    mine = await hass.services.async_call(
        DOMAIN,
        "my_shares",
        {},
        blocking=True,
        context=Context(user_id=residents.kari.id),
        return_response=True,
    )
    assert isinstance(mine, dict)
    (listed,) = cast(list[dict[str, Any]], mine["shares"])
    assert listed["share_id"] == answer["share_id"]
    assert "url" not in listed
    export = await hass.services.async_call(
        DOMAIN,
        "export_person_data",
        {"person_id": residents.kari_id},
        blocking=True,
        context=Context(user_id=residents.admin.id),
        return_response=True,
    )
    access = await hass.services.async_call(
        DOMAIN,
        "get_access",
        {"door": "lock.entrance"},
        blocking=True,
        context=Context(user_id=residents.admin.id),
        return_response=True,
    )
    stored = hass_storage[RegistryStore(hass, residents.entry.entry_id).key]
    for seen in (mine, export, access):
        assert token not in json.dumps(seen)
        assert digest not in json.dumps(seen)
    assert token not in json.dumps(stored), "the registry file holds the digest only"
    assert digest in json.dumps(stored)


async def test_a_door_out_of_reach_says_so_and_counts_no_use(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    answer = await links.make(use_limit=2)
    door = next(
        d for d in residents.entry.runtime_data.doors.values() if d.identity.name == "Entrance"
    )
    await door.connection.async_release_if_idle()
    await site.proxies[0].async_stop()
    site.proxies.clear()
    page = await links.press(links.path(answer))
    assert page.status == HTTPStatus.SERVICE_UNAVAILABLE
    assert "Door Entrance is not heard by any Bluetooth adapter or proxy" in page.text
    assert page.has_button, "the guest may try again"
    assert residents.access.registry.shares[answer["share_id"]].uses == 0


async def test_a_user_share_still_needs_its_user_and_a_link_takes_none(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    async def share(data: dict[str, Any]) -> Any:
        return await hass.services.async_call(
            DOMAIN,
            "share_key",
            {"door": "lock.entrance", **data},
            blocking=True,
            context=Context(user_id=residents.kari.id),
            return_response=True,
        )

    with pytest.raises(ServiceValidationError) as err:
        await share({})
    assert err.value.translation_key == "share_needs_user"
    with pytest.raises(ServiceValidationError) as err:
        await share({"kind": "link", "user_id": residents.guest.id})
    assert err.value.translation_key == "share_link_takes_no_user"
    with pytest.raises(ServiceValidationError) as err:
        await share({"user_id": residents.guest.id, "language": "nb"})
    assert err.value.translation_key == "access_invalid_field"
    made = await share({"user_id": residents.guest.id})
    assert (made["kind"], made["user_id"], made["language"]) == ("user", residents.guest.id, None)
    assert "url" not in made


async def test_the_link_is_under_the_external_url_when_there_is_one(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    await hass.config.async_update(external_url="https://home.example.org")
    answer = await links.make()
    assert answer["url"] == f"https://home.example.org{links.path(answer)}"
    assert answer["url_reachable_outside"] is True
    assert "url_note" not in answer
    assert (await links.get(links.path(answer))).status == HTTPStatus.OK


async def test_a_link_under_no_external_url_says_it_opens_only_on_the_local_network(
    hass: HomeAssistant, site: Site, residents: Residents, links: GuestLinks
) -> None:
    assert hass.config.external_url is None
    await hass.config.async_update(internal_url="http://192.168.1.20:8123")
    local = await links.make()
    assert local["url"] == f"http://192.168.1.20:8123{links.path(local)}"
    assert local["url_reachable_outside"] is False
    assert local["url_note"] == (
        "Home Assistant has no external URL: this link only opens inside the building's "
        "own network. Whoever runs Home Assistant for the building can set one under "
        "Settings → System → Network."
    )
    # In the sharer's language (Kari's person), not the building's.
    await residents.apply(
        lambda r: r.update_person(residents.kari_id, now=residents.now(), language=Language("nl"))
    )
    dutch = await links.make(door="laundry", language="nb")
    assert dutch["url_note"].startswith("Home Assistant heeft geen externe URL: deze link ")


def test_a_rate_limit_counts_an_ipv6_host_by_its_network() -> None:
    assert address_key("2001:db8:1:2::1") == address_key("2001:db8:1:2:ffff::9")
    assert address_key("2001:db8:1:2::1") == "2001:db8:1:2::/64"
    assert address_key("2001:db8:1:3::1") != address_key("2001:db8:1:2::1")
    assert address_key("::ffff:192.0.2.7") == address_key("192.0.2.7") == "192.0.2.7"
    assert address_key(None) == "unknown"
