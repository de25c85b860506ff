"""How long the control center's reads take for a large building (`scripts/bench panels`).

- `overview_600_people_ms`: `digitalkey/overview/get` over the websocket, from sending it
  to the answer, for a 270-dwelling building: 40 paired doors (6 entrances, 34 shared
  rooms), 600 people in 270 dwellings, each holding their entrance's bundle (entrance and
  5 shared rooms), a third with a garage key on workdays, one in five sharing a key.
- `door_page_2500_users_ms`: `digitalkey/door/get` of a door 2,500 people hold keys to
  (half directly, half through a bundle), 500 of them with a share given to another
  user: every key explained and its reason written.

Medians of `RUNS` reads. Runs as a pytest module (it needs `hass`); it prints
`name value unit` lines and asserts what makes the figures what they say.
"""

from __future__ import annotations

from datetime import datetime
import statistics
import time
from typing import Any

from homeassistant.auth.const import GROUP_ID_USER
from homeassistant.auth.models import User
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.digitalkey.access.model import Role
from custom_components.digitalkey.access.plan import Change
from custom_components.digitalkey.access.registry import Registry
from custom_components.digitalkey.access.schedules import WeeklySchedule
from tests.integration.conftest import Site, pair_into_entry
from tests.integration.credential_sync_support import merged
from tests.integration.websocket_support import Socket, async_socket

RUNS = 20
DOORS = 40
ENTRANCES = 6
DWELLINGS = 270
PEOPLE = 600
HOLDERS = 2500
WORKDAYS = WeeklySchedule.of(*((day, 7 * 60, 17 * 60) for day in range(5)))


async def _median_ms(socket: Socket, command: str, **data: Any) -> tuple[float, Any]:
    times = []
    answer = None
    for _ in range(RUNS):
        start = time.perf_counter()
        answer = await socket.result(command, **data)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), answer


async def _building(hass: HomeAssistant, site: Site, doors: int) -> Any:
    for _ in range(doors // 3):
        await site.add_proxy()
    names = [f"door{number:02d}" for number in range(doors)]
    for name in names:
        await site.add_unit(name)
    entry = await pair_into_entry(site, names, options={})
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry


def _residents(registry: Registry, door_ids: list[str], now: datetime) -> Change:
    """600 people in 270 dwellings of 6 entrances, with bundles, garage keys and shares."""
    entrances, rooms = door_ids[:ENTRANCES], door_ids[ENTRANCES:]
    garage = rooms[0]
    changes = [
        registry.create_bundle(f"Entrance {e}", [entrances[e], *rooms[e * 5 : e * 5 + 5]])
        for e in range(ENTRANCES)
    ]
    bundles = [change.created[0] for change in changes]
    for number in range(PEOPLE):
        dwelling = number % DWELLINGS
        entrance = dwelling % ENTRANCES
        role = Role.OWNER if number < DWELLINGS else Role.TENANT
        added = registry.add_person(
            f"Person {number:03d}",
            role=role,
            now=now,
            phone=f"9{number:07d}",
            dwelling=f"H{dwelling:04d}",
            entrance=str(entrance),
            ha_user_id=f"user-{number}",
            consent=number % 2 == 0,
        )
        person = added.created[0]
        changes.append(added)
        changes.append(
            registry.grant_access(
                [person], now=now, bundle_ids=[bundles[entrance]], may_share=True, share_limit=2
            )
        )
        if number % 3 == 0:
            changes.append(
                registry.grant_access([person], now=now, door_ids=[garage], schedule=WORKDAYS)
            )
        if number % 5 == 0:
            changes.append(
                registry.share_key(person, entrances[entrance], target=f"guest-{number}", now=now)
            )
    return merged(changes, "bench residents")


async def test_overview_figure(
    hass: HomeAssistant, site: Site, hass_admin_user: User, hass_ws_client: WebSocketGenerator
) -> None:
    entry = await _building(hass, site, DOORS)
    door_ids = sorted(entry.runtime_data.doors)
    now = dt_util.utcnow()
    await entry.runtime_data.access.async_apply(lambda r: _residents(r, door_ids, now))
    admin = await async_socket(hass, hass_ws_client, hass_admin_user)
    median, overview = await _median_ms(admin, "digitalkey/overview/get")
    assert len(overview["doors"]) == DOORS
    assert len(overview["people"]) == PEOPLE
    assert len({person["dwelling"] for person in overview["people"]}) == DWELLINGS
    assert all(person["keys"] >= 6 for person in overview["people"])
    print()
    print(f"overview_600_people_ms {median:.1f} ms")


async def test_door_page_figure(
    hass: HomeAssistant, site: Site, hass_admin_user: User, hass_ws_client: WebSocketGenerator
) -> None:
    entry = await _building(hass, site, 3)
    door_id = sorted(entry.runtime_data.doors)[0]
    now = dt_util.utcnow()
    guests = [
        await hass.auth.async_create_user(f"Guest {number}", group_ids=[GROUP_ID_USER])
        for number in range(HOLDERS // 5)
    ]

    def holders(registry: Registry) -> Change:
        bundle = registry.create_bundle("Everyone", [door_id])
        changes = [bundle]
        for number in range(HOLDERS):
            added = registry.add_person(
                f"Holder {number:04d}", role=Role.TENANT, now=now, ha_user_id=f"user-{number}"
            )
            person = added.created[0]
            target: dict[str, Any] = (
                {"door_ids": [door_id]} if number % 2 else {"bundle_ids": [bundle.created[0]]}
            )
            changes.append(added)
            changes.append(
                registry.grant_access([person], now=now, may_share=True, share_limit=1, **target)
            )
            if number % 5 == 0:
                guest = guests[number // 5].id
                changes.append(registry.share_key(person, door_id, target=guest, now=now))
        return merged(changes, "bench holders")

    await entry.runtime_data.access.async_apply(holders)
    admin = await async_socket(hass, hass_ws_client, hass_admin_user)
    median, page = await _median_ms(admin, "digitalkey/door/get", door=door_id)
    assert len(page["access"]) == HOLDERS + len(guests)
    assert {row["name"] for row in page["access"] if row["person_id"] is None} == {
        guest.name for guest in guests
    }
    assert all(row["opens_now"] and row["reason_text"] for row in page["access"])
    print()
    print(f"door_page_2500_users_ms {median:.1f} ms")
