"""A resident attacks the PIN code and tag actions and commands; a PIN code must not leak.

Each attack is played through Home Assistant's service layer, or its websocket as the
frontend and the panels call it (a chosen PIN code goes only through the websocket
commands), against a building whose entrance has a keypad and a tag reader. The
residents: Kari (a person with a shareable key to the entrance), Ola (a person with his
own PIN codes, added by the board) and the intruder's tries to use either.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
import logging
from typing import Any, Final

from homeassistant.auth.models import User
from homeassistant.const import MATCH_ALL
from homeassistant.core import Event, HomeAssistant
from homeassistant.exceptions import ServiceValidationError
import probatio as vol
import pytest
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.digitalkey.const import DOMAIN, OPT_ALLOW_RESIDENT_PINS
from custom_components.digitalkey.diagnostics import async_get_config_entry_diagnostics
from custom_components.digitalkey.pin_tries import HOUR_S, PIN_IN_USE_PER_HOUR
from tests.integration.conftest import pair_into_entry
from tests.integration.services_support import Building, async_building
from tests.integration.websocket_support import Socket, async_socket

from .conftest import FakeClock, Site, until

OLA_PIN = "583920"
TAKEN = ("583920", "740361", "902475")
"""PIN codes the board gave Ola (and his other cards): taken in the building."""
FREE = "316087"
TAG = bytes.fromhex("04A23B1C")
ADD_PIN = "digitalkey/credentials/add_pin"
ADD_MY_PIN = "digitalkey/my_pin/add"
SHARE_PIN = "digitalkey/shares/add_pin"


@pytest.fixture
async def building(
    hass: HomeAssistant, site: Site, hass_admin_user: User
) -> AsyncIterator[Building]:
    """The entrance (keypad, tag reader), residents may choose PIN codes."""
    await site.add_unit("entrance")
    entry = await pair_into_entry(site, ["entrance"], options={OPT_ALLOW_RESIDENT_PINS: True})
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    for door in entry.runtime_data.doors.values():
        await door.async_refresh()
    async for value in async_building(hass, entry, hass_admin_user):
        yield value


@pytest.fixture
async def sockets(
    hass: HomeAssistant, building: Building, hass_ws_client: WebSocketGenerator
) -> dict[str, Socket]:
    """A websocket connection of the admin and one of Kari's user (the resident)."""
    return {
        "admin": await async_socket(hass, hass_ws_client, building.admin),
        "kari": await async_socket(hass, hass_ws_client, building.resident),
    }


@pytest.fixture
async def people(
    hass: HomeAssistant,
    building: Building,
    sockets: dict[str, Socket],
    hass_ws_client: WebSocketGenerator,
) -> dict[str, Any]:
    """Kari (the resident user) may share the entrance; Ola holds the PIN codes in TAKEN."""
    ola_user = await hass.auth.async_create_user("Ola", group_ids=["system-users"])
    ids: dict[str, Any] = {"ola_user": ola_user}
    for name, user in (("kari", building.resident), ("ola", ola_user)):
        added = await building.call(
            "add_person",
            {"name": name.capitalize(), "role": "owner", "ha_user_id": user.id},
            user=building.admin,
            response=True,
        )
        assert added
        ids[name] = added["person_id"]
        await building.call(
            "grant_access",
            {
                "person_ids": [added["person_id"]],
                "doors": [building.lock("entrance")],
                "may_share": name == "kari",
                "share_limit": 5,
            },
            user=building.admin,
        )
    ids["ola_pins"] = []
    for pin in TAKEN:
        credential = await sockets["admin"].result(ADD_PIN, person_id=ids["ola"], pin=pin)
        ids["ola_pins"].append(credential["credential_id"])
    ids["ola_socket"] = await async_socket(hass, hass_ws_client, ola_user)
    return ids


async def _refusal(socket: Socket, command: str, **data: Any) -> str:
    """The translation key of a command's refusal, sent as Home Assistant sends an action's."""
    error = await socket.refusal(command, **data)
    assert error["code"] == "service_validation_error", error
    assert error["translation_domain"] == DOMAIN
    key: str = error["translation_key"]
    return key


# Who may act on which credential ------------------------------------------------------------


async def test_over_the_websocket_a_resident_cannot_use_the_admin_credential_actions(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    building: Building,
    people: dict[str, Any],
    hass_ws_client: WebSocketGenerator,
) -> None:
    """The frontend's call carries the connection's user: no field makes it an admin's."""
    before = building.stored(hass_storage)
    kari = await async_socket(hass, hass_ws_client, building.resident)
    calls: list[tuple[str, dict[str, Any]]] = [
        ("add_credential", {"person_id": people["kari"], "new_pin": True}),
        ("add_credential", {"person_id": people["kari"], "learn_at_door": "lock.entrance"}),
        ("block_credential", {"credential_id": people["ola_pins"][0]}),
        ("remove_credential", {"credential_id": people["ola_pins"][0]}),
        ("list_credentials", {"person_id": people["ola"]}),
    ]
    for service, data in calls:
        error = await kari.refusal(
            "call_service",
            domain=DOMAIN,
            service=service,
            service_data=data,
            return_response=True,
        )
        assert error["translation_key"] == "unauthorized", (service, error)
    # Nor the command the admin panel gives a person a chosen PIN code with.
    for person in (people["kari"], people["ola"]):
        error = await kari.refusal(ADD_PIN, person_id=person, pin=FREE)
        assert error["code"] == "unauthorized"
    assert building.stored(hass_storage) == before
    assert not building.entry.runtime_data.doors[building.doors["entrance"]].follow_ups


async def test_a_resident_cannot_name_whose_pin_they_add(
    hass_storage: dict[str, Any],
    building: Building,
    people: dict[str, Any],
    sockets: dict[str, Socket],
) -> None:
    """Neither `add_my_pin` nor its command has a holder field: the schema refuses one."""
    before = building.stored(hass_storage)
    for holder in ({"person_id": people["ola"]}, {"share_id": "any"}):
        with pytest.raises(vol.Invalid):
            await building.call("add_my_pin", holder, user=building.resident, response=True)
        error = await sockets["kari"].refusal(ADD_MY_PIN, pin=FREE, **holder)
        assert error["code"] == "invalid_format"
    assert building.stored(hass_storage) == before


async def test_another_persons_credential_is_unknown_to_a_resident(
    building: Building, people: dict[str, Any]
) -> None:
    """Ola's own PIN code and the PIN code of Kari's share: refused to the other, as unknown."""
    shared = await building.call(
        "share_key",
        {"door": building.lock("entrance"), "kind": "pin"},
        user=building.resident,
        response=True,
    )
    assert shared
    attempts = [
        (building.resident, people["ola_pins"][0]),
        (people["ola_user"], shared["credential_id"]),
        (people["ola_user"], "no-such-credential"),
    ]
    for user, credential_id in attempts:
        with pytest.raises(ServiceValidationError) as refused:
            await building.call("remove_my_credential", {"credential_id": credential_id}, user=user)
        assert refused.value.translation_key == "access_unknown_credential"
        assert refused.value.translation_placeholders == {"credential_id": credential_id}
    assert set(people["ola_pins"]) <= set(building.registry.credentials)
    assert shared["credential_id"] in building.registry.credentials
    with pytest.raises(ServiceValidationError) as refused:
        await building.call(
            "revoke_share", {"share_id": shared["share_id"]}, user=people["ola_user"]
        )
    assert refused.value.translation_key == "access_unknown_share"


async def test_a_resident_cannot_remove_a_credential_the_board_blocked(
    hass_storage: dict[str, Any], building: Building, people: dict[str, Any]
) -> None:
    """A blocked PIN code or tag stays on the doors, disabled, so the board hears it tried.

    Removing it would take its record off the units: the thief's next try would be an
    unknown code, and "blocked key tried" would never reach the board. Only the board,
    which blocked it, may remove it.
    """
    blocked = people["ola_pins"][0]
    await building.call("block_credential", {"credential_id": blocked}, user=building.admin)
    before = building.stored(hass_storage)
    with pytest.raises(ServiceValidationError) as refused:
        await building.call(
            "remove_my_credential", {"credential_id": blocked}, user=people["ola_user"]
        )
    assert refused.value.translation_key == "blocked_credential_stays"
    assert building.stored(hass_storage) == before
    assert building.registry.credentials[blocked].blocked
    # His credentials that are not blocked are still his to remove.
    await building.call(
        "remove_my_credential", {"credential_id": people["ola_pins"][1]}, user=people["ola_user"]
    )
    assert people["ola_pins"][1] not in building.registry.credentials


# PIN codes in use: the refusal is no oracle --------------------------------------------------


async def test_a_resident_hears_a_pin_is_taken_three_times_an_hour(
    building: Building, people: dict[str, Any], sockets: dict[str, Socket]
) -> None:
    clock = FakeClock()
    building.entry.runtime_data.clock = clock
    kari = sockets["kari"]
    entrance = building.lock("entrance")
    tries: list[tuple[str, dict[str, Any]]] = [
        (ADD_MY_PIN, {"pin": TAKEN[0]}),
        (SHARE_PIN, {"door": entrance, "pin": TAKEN[1]}),
        (ADD_MY_PIN, {"pin": TAKEN[2]}),
    ]
    assert len(tries) == PIN_IN_USE_PER_HOUR
    for command, data in tries:
        assert await _refusal(kari, command, **data) == "access_pin_in_use"
    # The fourth try is refused before the code is looked at, free or not.
    assert await _refusal(kari, ADD_MY_PIN, pin=FREE) == "too_many_pin_tries"
    assert await _refusal(kari, ADD_MY_PIN, pin=TAKEN[0]) == "too_many_pin_tries"
    assert await _refusal(kari, SHARE_PIN, door=entrance, pin=FREE) == "too_many_pin_tries"
    assert not building.registry.credentials_of_person(people["kari"])
    # A code the hub draws tells nothing about the codes in use: it is not held back.
    shared = await building.call(
        "share_key", {"door": entrance, "kind": "pin"}, user=building.resident, response=True
    )
    assert shared
    assert shared["pin"]
    # Other residents and the board are not held back by Kari's tries.
    assert await _refusal(people["ola_socket"], ADD_MY_PIN, pin=TAKEN[0]) == "own_pin_exists"
    await building.call(
        "add_person", {"name": "Board", "role": "board", "ha_user_id": building.admin.id}
    )
    admin = sockets["admin"]
    for _ in range(PIN_IN_USE_PER_HOUR + 1):
        refused = await _refusal(admin, ADD_PIN, person_id=people["kari"], pin=TAKEN[0])
        assert refused == "access_pin_in_use"
        assert await _refusal(admin, ADD_MY_PIN, pin=TAKEN[0]) == "access_pin_in_use"
    clock.now += HOUR_S + 1
    added = await kari.result(ADD_MY_PIN, pin=FREE)
    assert building.registry.credentials[added["credential_id"]].person_id == people["kari"]


async def test_tries_made_at_once_stay_within_the_limit(
    building: Building, people: dict[str, Any], sockets: dict[str, Socket]
) -> None:
    """Commands queued behind another change are each counted before the next is decided."""
    kari = sockets["kari"]
    lock = building.entry.runtime_data.access.lock
    await lock.acquire()
    for pin in TAKEN * 2:
        await kari.send(ADD_MY_PIN, pin=pin)
    await asyncio.sleep(0.1)  # every command is past its checks and waits for the registry
    lock.release()
    answers = [await kari.answer() for _ in TAKEN * 2]
    keys = sorted(answer["error"]["translation_key"] for answer in answers)
    assert keys == ["access_pin_in_use"] * 3 + ["too_many_pin_tries"] * 3


async def test_the_refusal_names_nobody_and_is_the_same_for_every_holder(
    hass: HomeAssistant, building: Building, people: dict[str, Any], sockets: dict[str, Socket]
) -> None:
    """Ola's PIN, a blocked PIN and a PIN share's PIN are refused alike, naming no one."""
    shared = await building.call(
        "share_key",
        {"door": building.lock("entrance"), "kind": "pin"},
        user=building.resident,
        response=True,
    )
    assert shared
    await building.call("block_credential", {"credential_id": people["ola_pins"][1]})
    answers = []
    for pin in (TAKEN[0], TAKEN[1], shared["pin"]):
        error = await sockets["admin"].refusal(ADD_PIN, person_id=people["kari"], pin=pin)
        answers.append(
            (
                error["code"],
                error["translation_key"],
                str(error["translation_placeholders"]),
                error["message"],
            )
        )
    assert len(set(answers)) == 1
    code, key, placeholders, text = answers[0]
    assert (code, key, placeholders) == ("service_validation_error", "access_pin_in_use", "None")
    for revealing in ("Ola", people["ola"], *people["ola_pins"], shared["share_id"]):
        assert revealing not in text


async def test_a_resident_who_may_not_share_learns_nothing_of_pins(
    hass: HomeAssistant,
    building: Building,
    people: dict[str, Any],
    hass_ws_client: WebSocketGenerator,
) -> None:
    """Without a sharing right the PIN code is never looked at, and no try is counted."""
    per = await hass.auth.async_create_user("Per", group_ids=["system-users"])
    added = await building.call(
        "add_person", {"name": "Per", "role": "tenant", "ha_user_id": per.id}, response=True
    )
    assert added
    await building.call(
        "grant_access", {"person_ids": [added["person_id"]], "doors": [building.lock("entrance")]}
    )
    socket = await async_socket(hass, hass_ws_client, per)
    for _ in range(PIN_IN_USE_PER_HOUR + 1):
        refused = await _refusal(socket, SHARE_PIN, door=building.lock("entrance"), pin=TAKEN[0])
        assert refused == "access_sharing_not_allowed"
    assert await _refusal(socket, ADD_MY_PIN, pin=TAKEN[0]) == "access_pin_in_use"


# A PIN code leaves the hub once, and only when the hub chose it ----------------------------


HA_DEBUG_THAT_PRINTS_DATA: Final = (
    "homeassistant.components.websocket_api",  # every message received (logins too)
    "homeassistant.core",  # the data of an action its schema refused
)
"""Home Assistant's own debug logging, which prints what was sent to it (see the user guide)."""


def _leaks(record: logging.LogRecord) -> bool:
    """Whether a log record is one in which a PIN code must never be."""
    ours = record.name.startswith("custom_components.digitalkey")
    printed_by_ha = record.levelno < logging.INFO and record.name.startswith(
        HA_DEBUG_THAT_PRINTS_DATA
    )
    return ours or not printed_by_ha


async def test_pins_and_tags_are_in_no_log_event_record_or_diagnostics(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    site: Site,
    building: Building,
    people: dict[str, Any],
    sockets: dict[str, Socket],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    events: list[Event] = []
    hass.bus.async_listen(MATCH_ALL, events.append)
    kari, admin = sockets["kari"], sockets["admin"]
    own = await kari.result(ADD_MY_PIN, pin=FREE)
    chosen, admin_chosen = "864213", "620947"
    shared_chosen = await kari.result(SHARE_PIN, door=building.lock("entrance"), pin=chosen)
    given = await admin.result(ADD_PIN, person_id=people["kari"], pin=admin_chosen)
    refused = [
        await kari.refusal(SHARE_PIN, door=building.lock("entrance"), pin=TAKEN[0]),
        await admin.refusal(ADD_PIN, person_id=people["kari"], pin=TAKEN[1]),
    ]
    with pytest.raises(vol.Invalid):
        await building.call(
            "add_credential", {"person_id": people["kari"], "pin": TAKEN[2]}, response=True
        )
    shared = await building.call(
        "share_key",
        {"door": building.lock("entrance"), "kind": "pin"},
        user=building.resident,
        response=True,
    )
    drawn = await building.call(
        "add_credential", {"person_id": people["kari"], "new_pin": True}, response=True
    )
    assert shared
    assert drawn
    random_pins = {str(shared["pin"]), str(drawn["pin"])}
    learning = asyncio.ensure_future(
        building.call(
            "add_credential",
            {"person_id": people["kari"], "learn_at_door": building.lock("entrance")},
            response=True,
        )
    )
    unit = site.units["entrance"].unit
    await until(hass, lambda: unit.tag_learning_open)
    unit.present_tag(TAG)
    # At the keypad: a wrong code a few times, and a code that opens, so the building
    # store's keypad watch and read positions are written from records naming PINs.
    for attempt in ("000001", "000002", "000003", chosen):
        unit.enter_pin(attempt)
    await building.entry.runtime_data.doors[_entrance(building)].async_refresh()
    at_keypad = await building.entry.runtime_data.event_log.async_query(limit=1000)
    assert sum(record.source == "pin" for record in at_keypad.records) >= 4
    answers = [
        own,
        shared_chosen,
        given,
        *refused,
        await learning,
        await building.call("list_credentials", response=True),
        await building.call("my_shares", user=building.resident, response=True),
        await building.call("my_keys", user=building.resident, response=True),
        await building.call("get_access", {"door": building.lock("entrance")}, response=True),
        await building.call("export_person_data", {"person_id": people["kari"]}, response=True),
        await building.call("query_events", {"limit": 1000}, response=True),
        await async_get_config_entry_diagnostics(hass, building.entry),
    ]
    await hass.async_block_till_done()

    pins = {FREE, chosen, admin_chosen, *random_pins, *TAKEN}
    tags = {TAG.hex(), TAG.hex().upper(), "04:A2:3B:1C", "04:a2:3b:1c"}
    secrets = pins | tags
    sealed = {c.sealed for c in building.registry.credentials.values()}
    lookups = {c.lookup for c in building.registry.credentials.values()}
    logged = [record.getMessage() for record in caplog.records if _leaks(record)]
    assert not [secret for secret in secrets for text in logged if secret in text]
    for answer in answers:
        text = str(answer)
        assert not [value for value in secrets | sealed | lookups if value in text], text
    stored = str(building.stored(hass_storage))
    assert not [secret for secret in secrets if secret in stored]
    # Nor the building store, which every part's section is written into at once.
    await building.entry.runtime_data.saver.async_save()
    sections = str(hass_storage[f"{DOMAIN}.{building.entry.entry_id}"])
    assert "keypad_watch" in sections
    assert not [value for value in secrets | sealed | lookups if value in sections]
    # No event holds a PIN code: not Home Assistant's `call_service` (no action takes a
    # chosen code, and the schema refused the one typed), not any of ours.
    assert any(event.event_type == "call_service" for event in events)
    for event in events:
        text = str(event.data)
        assert not [secret for secret in secrets if secret in text], event.event_type
    again = str(await building.call("my_shares", user=building.resident, response=True))
    assert not [pin for pin in random_pins if pin in again]


def _entrance(building: Building) -> str:
    runtime = building.entry.runtime_data
    return next(door for door, link in runtime.doors.items() if link.identity.name == "Entrance")
