"""PIN codes and tags through the actions: added, checked, listed, blocked, removed, learnt.

No action takes a PIN code someone chose or a tag's typed UID (those go through the
websocket commands, tested in `test_websocket_credentials.py`): the actions' PIN codes are
random and their tags presented at a door; a typed tag here comes through its command. The
building has
two doors: the entrance, whose unit has a keypad and a tag reader, and
the shed, whose unit has neither. "Present the tag now" runs over the simulated radio: the
reference unit catches the tag, logs it, and the hub reads the UID in the same session.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import datetime, timedelta
import time
from typing import Any
from zoneinfo import ZoneInfo

from homeassistant.auth.models import User
from homeassistant.const import EVENT_CALL_SERVICE
from homeassistant.core import Event, HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
import probatio as vol
import pytest
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.digitalkey import tag_learning
from custom_components.digitalkey.access.credential_vault import CredentialVault
from custom_components.digitalkey.access.pins import check_pin
from custom_components.digitalkey.const import OPT_ALLOW_RESIDENT_PINS, OPT_PIN_MIN_LENGTH
from custom_components.digitalkey.event_records import EventKind
from custom_components.digitalkey.protocol.constants import Feature
from custom_components.digitalkey.service_support import EVENT_REGISTRY_CHANGED
from simulator.door_unit import DoorUnit

from .conftest import Site, door_link, pair_into_entry, until
from .services_support import Building, async_building
from .websocket_support import Socket, async_socket

TAG = bytes.fromhex("04A23B1C")
PIN = "583920"
ADD_TAG = "digitalkey/credentials/add_tag"


@pytest.fixture
async def building(
    hass: HomeAssistant, site: Site, hass_admin_user: User
) -> AsyncIterator[Building]:
    """The entrance (keypad and tag reader) and the shed (neither), read once."""
    await site.add_unit("entrance")
    await site.add_unit("shed", features=Feature.DOOR_CONTACT | Feature.UNLATCH)
    entry = await pair_into_entry(site, ["entrance", "shed"], options={})
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    for door in entry.runtime_data.doors.values():
        await door.async_refresh()
    async for value in async_building(hass, entry, hass_admin_user):
        yield value


@pytest.fixture
async def admin(
    hass: HomeAssistant, building: Building, hass_ws_client: WebSocketGenerator
) -> Socket:
    """The administrator's websocket, for tags typed in the panel."""
    return await async_socket(hass, hass_ws_client, building.admin)


def _unit(site: Site, name: str = "entrance") -> DoorUnit:
    return site.units[name].unit


async def _person(building: Building, name: str = "Kari", user: User | None = None) -> str:
    data: dict[str, Any] = {"name": name, "role": "owner"}
    if user is not None:
        data["ha_user_id"] = user.id
    added = await building.call("add_person", data, user=building.admin, response=True)
    assert added
    return str(added["person_id"])


async def _add(building: Building, **data: Any) -> dict[str, Any]:
    added = await building.call("add_credential", data, user=building.admin, response=True)
    assert isinstance(added, dict)
    return added


async def _refused(building: Building, action: str, data: dict[str, Any], **call: Any) -> Any:
    with pytest.raises(ServiceValidationError) as refused:
        await building.call(action, data, **call)
    return refused.value


def _options(building: Building, **options: Any) -> None:
    building.hass.config_entries.async_update_entry(
        building.entry, options={**building.entry.options, **options}
    )


def _vault(building: Building) -> CredentialVault:
    return CredentialVault.from_hub_key(building.entry.runtime_data.hub_key.private)


# Adding, checking and listing -----------------------------------------------------------------


async def test_a_random_pin_is_added_and_shown_once(
    hass: HomeAssistant, building: Building
) -> None:
    person = await _person(building)
    events: list[Event] = []
    hass.bus.async_listen(EVENT_REGISTRY_CHANGED, events.append)
    added = await _add(building, person_id=person, new_pin=True, label="Front door")
    assert set(added) == {"credential_id", "kind", "hint", "pin"}
    assert added["kind"] == "pin"
    assert added["hint"] is None
    pin = added["pin"]
    assert len(pin) == 6
    assert check_pin(pin, 6) == pin  # digits, and not an easy one
    credential = building.registry.credentials[added["credential_id"]]
    assert credential.person_id == person
    assert credential.label == "Front door"
    assert credential.created_by == building.admin.id
    assert _vault(building).unseal(credential) == pin.encode()
    await hass.async_block_till_done()
    (event,) = events
    assert event.data["operation"] == "add_credential"
    assert event.data["credentials"] == [added["credential_id"]]
    assert pin not in str(event.data)
    page = await building.entry.runtime_data.event_log.async_query(person=person)
    logged = next(r for r in page.records if r.reason == "add_credential")
    assert logged.kind is EventKind.REGISTRY_CHANGED
    assert logged.credential_id == added["credential_id"]
    listed = await building.call("list_credentials", user=building.admin, response=True)
    assert pin not in str(listed)
    other = await _add(building, person_id=person, new_pin=True)
    assert other["pin"] != pin


async def test_a_random_pin_is_drawn_only_for_an_answer(
    hass_storage: dict[str, Any], building: Building
) -> None:
    """Called without its response, the action would make a code nobody ever sees."""
    person = await _person(building)
    before = building.stored(hass_storage)
    refused = await _refused(
        building, "add_credential", {"person_id": person, "new_pin": True}, user=building.admin
    )
    assert refused.translation_key == "random_pin_needs_response"
    assert building.stored(hass_storage) == before
    assert not building.registry.credentials


async def test_list_credentials_shows_holders_and_dates_never_a_value(
    building: Building, admin: Socket
) -> None:
    kari = await _person(building)
    ola = await _person(building, "Ola")
    pin = await _add(building, person_id=kari, new_pin=True)
    tag = await admin.result(ADD_TAG, person_id=ola, tag_uid="04-a2-3b-1c", label="Blue fob")
    everything = await building.call("list_credentials", user=building.admin, response=True)
    assert everything
    listed = everything["credentials"]
    assert [c["credential_id"] for c in listed] == [pin["credential_id"], tag["credential_id"]]  # type: ignore[index,union-attr]
    assert listed[1] == {  # type: ignore[index]
        "credential_id": tag["credential_id"],
        "kind": "tag",
        "hint": "3B1C",
        "label": "Blue fob",
        "person_id": ola,
        "share_id": None,
        "created_at": building.registry.credentials[tag["credential_id"]].created_at.isoformat(),
        "blocked_at": None,
    }
    assert pin["pin"] not in str(everything)
    sealed = building.registry.credentials[pin["credential_id"]].sealed
    assert sealed not in str(everything)
    only_kari = await building.call(
        "list_credentials", {"person_id": kari}, user=building.admin, response=True
    )
    assert only_kari
    assert [c["credential_id"] for c in only_kari["credentials"]] == [pin["credential_id"]]  # type: ignore[union-attr]
    refused = await _refused(
        building, "list_credentials", {"person_id": "nobody"}, user=building.admin, response=True
    )
    assert refused.translation_key == "access_unknown_person"


async def test_a_persons_data_export_lists_their_credentials_without_values(
    building: Building,
) -> None:
    person = await _person(building)
    pin = await _add(building, person_id=person, new_pin=True)
    export = await building.call(
        "export_person_data", {"person_id": person}, user=building.admin, response=True
    )
    assert export
    (row,) = export["json"]["credentials"]  # type: ignore[index]
    assert row["credential_id"] == pin["credential_id"]
    assert row["kind"] == "pin"
    assert "sealed" not in row
    assert pin["credential_id"] in export["csv"]["credentials"]  # type: ignore[index,operator]
    assert pin["pin"] not in str(export)


@pytest.mark.parametrize(
    ("data", "key", "placeholders"),
    [
        ({}, "credential_needs_one_value", None),
        ({"new_pin": False}, "credential_needs_one_value", None),
        ({"new_pin": True, "learn_at_door": "lock.entrance"}, "credential_needs_one_value", None),
    ],
    ids=["no_value", "no_new_pin", "two_values"],
)
async def test_refused_values_say_why_and_change_nothing(
    hass_storage: dict[str, Any],
    building: Building,
    data: dict[str, Any],
    key: str,
    placeholders: dict[str, str] | None,
) -> None:
    person = await _person(building)
    before = building.stored(hass_storage)
    refused = await _refused(
        building, "add_credential", {"person_id": person, **data}, user=building.admin
    )
    assert refused.translation_key == key
    assert refused.translation_placeholders == placeholders
    assert building.stored(hass_storage) == before
    assert not building.registry.credentials


async def test_a_credential_needs_exactly_one_holder(building: Building) -> None:
    kari = await _person(building)
    for holders in ({}, {"person_id": kari, "share_id": "s1"}):
        refused = await _refused(
            building, "add_credential", {**holders, "new_pin": True}, user=building.admin
        )
        assert refused.translation_key == "access_credential_holder"
    refused = await _refused(
        building,
        "add_credential",
        {"person_id": "nobody", "new_pin": True},
        user=building.admin,
        response=True,
    )
    assert refused.translation_key == "access_unknown_person"


async def test_a_random_pin_follows_the_shortest_pin(
    hass: HomeAssistant, building: Building
) -> None:
    person = await _person(building)
    _options(building, **{OPT_PIN_MIN_LENGTH: 8})
    await hass.async_block_till_done()
    added = await _add(building, person_id=person, new_pin=True)
    assert len(added["pin"]) == 8


async def test_a_typed_tag_uid_is_in_no_call_service_event(
    hass: HomeAssistant, hass_storage: dict[str, Any], building: Building, admin: Socket
) -> None:
    """A UID-only tag is cloned from its UID: a database backup must not hold one.

    The registry keeps the UID sealed for that reason; the `call_service` event Home
    Assistant fires for an action (which the recorder stores) must not undo it. The action
    refuses a typed UID before that event; the panel's command fires none.
    """
    calls: list[Event] = []
    hass.bus.async_listen(EVENT_CALL_SERVICE, calls.append)
    kari = await _person(building)
    before = building.stored(hass_storage)
    for spelling in ("04:A2:3B:1C", TAG.hex(), 4041):
        with pytest.raises(vol.Invalid) as refused:
            await building.call(
                "add_credential",
                {"person_id": kari, "tag_uid": spelling},
                user=building.admin,
                response=True,
            )
        text = str(refused.value)
        assert "Digital Key panel" in text, text
        assert "records every action's data" in text
        assert "learn_at_door" in text
        assert str(spelling).lower() not in text.lower()
    await hass.async_block_till_done()
    assert [call for call in calls if call.data["service"] == "add_credential"] == []
    assert building.stored(hass_storage) == before
    added = await admin.result(ADD_TAG, person_id=kari, tag_uid="04:A2:3B:1C")
    assert added["hint"] == "3B1C"
    await building.call("list_credentials", user=building.admin, response=True)
    await hass.async_block_till_done()
    assert any(call.data["service"] == "list_credentials" for call in calls)
    spellings = {"04:a2:3b:1c", TAG.hex()}
    held = [str(call.data).lower() for call in calls]
    assert not [uid for uid in spellings for text in held if uid in text]


async def test_the_frontend_shows_the_refusal_of_a_typed_tag(
    hass: HomeAssistant, building: Building, admin: Socket
) -> None:
    """The frontend's action call answers `invalid_format` with the schema's message."""
    error = await admin.refusal(
        "call_service",
        domain="digitalkey",
        service="add_credential",
        service_data={"person_id": "any", "tag_uid": "04:A2:3B:1C"},
        return_response=True,
    )
    assert error["code"] == "invalid_format"
    assert error["message"].startswith("Tag ids are typed in the Digital Key panel")
    assert "04:a2:3b:1c" not in str(error).lower()


async def test_blocking_twice_changes_nothing_and_a_removed_one_is_unknown(
    building: Building,
) -> None:
    kari = await _person(building)
    pin = await _add(building, person_id=kari, new_pin=True)
    blocked = await building.call(
        "block_credential",
        {"credential_id": pin["credential_id"]},
        user=building.admin,
        response=True,
    )
    assert blocked
    assert blocked["credentials"] == [pin["credential_id"]]
    assert blocked["blocked_at"] is not None
    again = await building.call(
        "block_credential",
        {"credential_id": pin["credential_id"]},
        user=building.admin,
        response=True,
    )
    assert again
    assert again["blocked_at"] == blocked["blocked_at"]  # blocking twice changes nothing
    assert again["credentials"] == []
    await building.call("remove_credential", {"credential_id": pin["credential_id"]})
    assert pin["credential_id"] not in building.registry.credentials
    for action in ("remove_credential", "block_credential"):
        refused = await _refused(building, action, {"credential_id": pin["credential_id"]})
        assert refused.translation_key == "access_unknown_credential"


# Present the tag now ---------------------------------------------------------------------------


async def _learn(
    site: Site, building: Building, person: str, door: str = "entrance"
) -> asyncio.Task[Any]:
    """Start `add_credential` with `learn_at_door` and wait until the unit's window is open."""
    task = asyncio.ensure_future(
        building.call(
            "add_credential",
            {"person_id": person, "learn_at_door": building.lock(door), "label": "Fob"},
            user=building.admin,
            response=True,
        )
    )
    await until(building.hass, lambda: task.done() or _unit(site, door).tag_learning_open)
    return task


async def test_a_tag_presented_at_the_door_becomes_the_credential(
    site: Site, building: Building, admin: Socket
) -> None:
    person = await _person(building)
    task = await _learn(site, building, person)
    assert not task.done()
    presented_at = time.monotonic()
    assert _unit(site).present_tag(TAG) is False  # unknown: refused, and caught
    added = await task
    answered_in = time.monotonic() - presented_at
    print(f"present_tag to answer: {answered_in * 1000:.0f} ms")
    assert answered_in < 5
    assert added == {"credential_id": added["credential_id"], "kind": "tag", "hint": "3B1C"}
    credential = building.registry.credentials[added["credential_id"]]
    assert credential.person_id == person
    assert credential.label == "Fob"
    assert _vault(building).unseal(credential) == TAG
    assert not _unit(site).tag_learning_open  # TAG_LEARNED ended the window
    assert not door_link(building.entry, "Entrance").follow_ups
    # The same as typing it: the tag is now taken in the building.
    ola = await _person(building, "Ola")
    refused = await admin.refusal(ADD_TAG, person_id=ola, tag_uid=TAG.hex())
    assert refused["translation_key"] == "access_tag_in_use"


async def test_a_tag_presented_before_the_window_is_not_the_one_learnt(
    site: Site, building: Building
) -> None:
    """The unknown tag someone held to the reader a moment earlier is not enrolled.

    The read of its record is held back until the window is open, so the hub meets that
    record while it waits for the tag to be enrolled.
    """
    person = await _person(building)
    door = door_link(building.entry, "Entrance")
    held = asyncio.Event()
    real_refresh = door.async_refresh

    async def held_refresh() -> None:
        await held.wait()
        await real_refresh()

    door.async_refresh = held_refresh  # type: ignore[method-assign]
    _unit(site).present_tag(bytes.fromhex("04112233445566"))
    await until(building.hass, lambda: door.state.advertised_counter == _unit(site).change_counter)
    task = await _learn(site, building, person)
    door.async_refresh = real_refresh  # type: ignore[method-assign]
    held.set()
    await until(building.hass, lambda: door.state.read_counter == door.state.advertised_counter)
    assert not task.done()
    _unit(site).present_tag(TAG)
    added = await task
    assert _vault(building).unseal(building.registry.credentials[added["credential_id"]]) == TAG


async def test_a_tag_already_registered_is_refused_when_presented(
    site: Site, building: Building, admin: Socket
) -> None:
    """Not on this door's unit yet (or on another door only): the building knows it."""
    kari = await _person(building)
    ola = await _person(building, "Ola")
    await admin.result(ADD_TAG, person_id=kari, tag_uid=TAG.hex())
    task = await _learn(site, building, ola)
    _unit(site).present_tag(TAG)
    with pytest.raises(ServiceValidationError) as refused:
        await task
    assert refused.value.translation_key == "access_tag_in_use"
    assert len(building.registry.credentials) == 1


async def test_learning_needs_a_door_with_a_tag_reader(site: Site, building: Building) -> None:
    person = await _person(building)
    refused = await _refused(
        building,
        "add_credential",
        {"person_id": person, "learn_at_door": building.lock("shed")},
        user=building.admin,
    )
    assert refused.translation_key == "tag_reader_missing"
    assert refused.translation_placeholders == {"door": "Shed"}


async def test_the_holder_is_checked_before_the_door_is_asked(
    site: Site, building: Building
) -> None:
    for holder, key in (
        ({"person_id": "nobody"}, "access_unknown_person"),
        ({"share_id": "s1"}, "access_credential_holder"),
    ):
        refused = await _refused(
            building,
            "add_credential",
            {**holder, "learn_at_door": building.lock("entrance")},
            user=building.admin,
        )
        assert refused.translation_key == key
        assert not _unit(site).tag_learning_open
    refused = await _refused(
        building,
        "add_credential",
        {"person_id": await _person(building), "learn_at_door": "no-such-door"},
        user=building.admin,
    )
    assert refused.translation_key == "access_unknown_door"


async def test_one_learning_at_a_time_per_door(site: Site, building: Building) -> None:
    person = await _person(building)
    first = await _learn(site, building, person)
    refused = await _refused(
        building,
        "add_credential",
        {"person_id": person, "learn_at_door": building.lock("entrance")},
        user=building.admin,
    )
    assert refused.translation_key == "tag_learning_busy"
    assert refused.translation_placeholders == {"door": "Entrance"}
    _unit(site).present_tag(TAG)
    assert (await first)["hint"] == "3B1C"


async def test_no_tag_in_time_is_said_and_adds_nothing(
    monkeypatch: pytest.MonkeyPatch, site: Site, building: Building
) -> None:
    monkeypatch.setattr(tag_learning, "LEARN_WAIT_S", 0.5)
    person = await _person(building)
    with pytest.raises(HomeAssistantError) as failed:
        await building.call(
            "add_credential",
            {"person_id": person, "learn_at_door": building.lock("entrance")},
            user=building.admin,
        )
    assert failed.value.translation_key == "tag_not_presented"
    assert failed.value.translation_placeholders == {"door": "Entrance", "seconds": "60"}
    assert not building.registry.credentials
    assert not door_link(building.entry, "Entrance").follow_ups
    # A tag presented afterwards, still inside the unit's window, is not enrolled.
    _unit(site).present_tag(TAG)
    await asyncio.sleep(0.6)
    await building.hass.async_block_till_done()
    assert not building.registry.credentials


async def _cancel(building: Building, door: str = "entrance") -> Any:
    return await building.call(
        "cancel_tag_learning", {"door": building.lock(door)}, user=building.admin, response=True
    )


async def test_cancel_ends_the_listening_and_a_tag_presented_afterwards_is_never_added(
    site: Site, building: Building, admin: Socket
) -> None:
    person = await _person(building)
    task = await _learn(site, building, person)
    # Through the panel's command, as the credential dialog's Cancel sends it.
    answer = await admin.result(
        "digitalkey/credentials/cancel_learning", door=building.lock("entrance")
    )
    assert answer == {"cancelled": True}
    with pytest.raises(HomeAssistantError) as failed:
        await task
    assert failed.value.translation_key == "tag_learning_cancelled"
    assert failed.value.translation_placeholders == {"door": "Entrance"}
    assert not _unit(site).tag_learning_open, "TAG_LEARNED ended the unit's window"
    assert not door_link(building.entry, "Entrance").follow_ups

    # A tag held to the reader afterwards is refused as unknown, and nothing asks for it.
    door = door_link(building.entry, "Entrance")
    assert _unit(site).present_tag(TAG) is False
    await until(building.hass, lambda: door.state.read_counter == _unit(site).change_counter)
    await building.hass.async_block_till_done()
    assert not building.registry.credentials
    assert await _cancel(building) == {"cancelled": False}, "nothing waits any more"


async def test_a_tag_caught_just_before_cancel_is_thrown_away(
    site: Site, building: Building
) -> None:
    """The unit caught the tag, the hub has not read it yet: Cancel wins, nothing is added."""
    person = await _person(building)
    task = await _learn(site, building, person)
    _unit(site).present_tag(TAG)
    assert await _cancel(building) == {"cancelled": True}
    with pytest.raises(HomeAssistantError) as failed:
        await task
    assert failed.value.translation_key == "tag_learning_cancelled"
    door = door_link(building.entry, "Entrance")
    await until(building.hass, lambda: door.state.read_counter == _unit(site).change_counter)
    await building.hass.async_block_till_done()
    assert not _unit(site).tag_learning_open, "TAG_LEARNED ended the window and its UID"
    assert not building.registry.credentials
    # Learning works again at once.
    again = await _learn(site, building, person)
    _unit(site).present_tag(TAG)
    assert (await again)["hint"] == "3B1C"


async def test_a_tag_whose_id_the_unit_cannot_keep_is_said(site: Site, building: Building) -> None:
    """An 8-byte UID (ISO 15693 tags) is refused by the unit and not kept: TAG_LEARNED is empty."""
    person = await _person(building)
    task = await _learn(site, building, person)
    _unit(site).present_tag(bytes.fromhex("E004015012345678"))
    with pytest.raises(HomeAssistantError) as failed:
        await task
    assert failed.value.translation_key == "tag_not_read"
    assert failed.value.translation_placeholders == {"door": "Entrance"}
    assert not building.registry.credentials


async def test_a_unit_that_refuses_tag_learning_has_no_reader(
    site: Site, building: Building
) -> None:
    """What pairing recorded is not the last word: the unit's UNSUPPORTED is."""
    unit = _unit(site)
    unit.config = replace(unit.config, features=Feature.DOOR_CONTACT | Feature.KEYPAD)
    person = await _person(building)
    refused = await _refused(
        building,
        "add_credential",
        {"person_id": person, "learn_at_door": building.lock("entrance")},
        user=building.admin,
    )
    assert refused.translation_key == "tag_reader_missing"
    assert not door_link(building.entry, "Entrance").follow_ups


async def test_an_unreachable_door_is_said_at_once(site: Site, building: Building) -> None:
    site.radio.max_connect_wait = 0.05
    door = door_link(building.entry, "Entrance")
    await door.connection.async_release_if_idle()
    site.units["entrance"].peripheral.set_reachable(False)
    person = await _person(building)
    with pytest.raises(HomeAssistantError) as failed:
        await building.call(
            "add_credential",
            {"person_id": person, "learn_at_door": building.lock("entrance")},
            user=building.admin,
        )
    assert failed.value.translation_key == "cannot_connect"
    assert failed.value.translation_placeholders == {"door": "Entrance"}
    assert not door.follow_ups


# Residents: their own PIN code ------------------------------------------------------------------


async def test_residents_get_a_random_pin_only_where_the_board_allows(
    hass: HomeAssistant, building: Building
) -> None:
    person = await _person(building, user=building.resident)
    refused = await _refused(building, "add_my_pin", {}, user=building.resident, response=True)
    assert refused.translation_key == "resident_pins_not_allowed"
    _options(building, **{OPT_ALLOW_RESIDENT_PINS: True})
    await hass.async_block_till_done()
    refused = await _refused(building, "add_my_pin", {}, user=building.resident)
    assert refused.translation_key == "random_pin_needs_response"
    assert not building.registry.credentials
    added = await building.call("add_my_pin", {}, user=building.resident, response=True)
    assert added
    assert set(added) == {"credential_id", "kind", "hint", "pin"}
    pin = str(added["pin"])
    credential = building.registry.credentials[str(added["credential_id"])]
    assert credential.person_id == person
    assert credential.created_by == building.resident.id
    assert _vault(building).unseal(credential) == pin.encode()
    mine = await building.call("my_keys", user=building.resident, response=True)
    assert mine
    assert [c["credential_id"] for c in mine["credentials"]] == [added["credential_id"]]  # type: ignore[union-attr]
    assert pin not in str(mine)
    refused = await _refused(building, "add_my_pin", {}, user=building.resident, response=True)
    assert refused.translation_key == "own_pin_exists"
    await building.call(
        "remove_my_credential", {"credential_id": added["credential_id"]}, user=building.resident
    )
    assert not building.registry.credentials
    again = await building.call("add_my_pin", {}, user=building.resident, response=True)
    assert again


async def test_a_resident_without_a_person_has_no_pin(
    hass: HomeAssistant, building: Building
) -> None:
    _options(building, **{OPT_ALLOW_RESIDENT_PINS: True})
    await hass.async_block_till_done()
    refused = await _refused(building, "add_my_pin", {}, user=building.resident, response=True)
    assert refused.translation_key == "no_person"
    refused = await _refused(building, "add_my_pin", {}, response=True)
    assert refused.translation_key == "user_required"


# Residents: sharing a PIN code ------------------------------------------------------------------


async def _sharer(building: Building, share_limit: int = 3) -> str:
    person = await _person(building, user=building.resident)
    await building.call(
        "grant_access",
        {
            "person_ids": [person],
            "doors": [building.lock("entrance"), building.lock("shed")],
            "may_share": True,
            "share_limit": share_limit,
        },
        user=building.admin,
    )
    return person


async def _share_pin(building: Building, **data: Any) -> dict[str, Any]:
    shared = await building.call(
        "share_key",
        {"door": building.lock("entrance"), "kind": "pin", **data},
        user=building.resident,
        response=True,
    )
    assert isinstance(shared, dict)
    return shared


async def test_a_pin_share_gets_a_random_pin_shown_once(
    hass: HomeAssistant, building: Building
) -> None:
    await _sharer(building)
    shared = await _share_pin(building, use_limit=2, label="Cleaner")
    pin = shared["pin"]
    assert len(pin) == 6
    assert pin.isdigit()
    share = building.registry.shares[shared["share_id"]]
    credential = building.registry.credential_of_share(share.id)
    assert credential is not None
    assert shared["credential_id"] == credential.id
    assert shared["kind"] == "pin"
    assert _vault(building).unseal(credential) == pin.encode()
    mine = await building.call("my_shares", user=building.resident, response=True)
    assert mine
    assert pin not in str(mine)
    assert mine["shares"][0]["credential_id"] == credential.id  # type: ignore[index]
    _options(building, **{OPT_PIN_MIN_LENGTH: 8})
    await hass.async_block_till_done()
    assert len((await _share_pin(building))["pin"]) == 8


async def test_a_pin_shares_answer_says_when_the_makers_own_key_bounds_it(
    hass: HomeAssistant, building: Building, hass_ws_client: WebSocketGenerator
) -> None:
    """The code opens only when the maker's key does: the answer says so, in one sentence."""
    person = await _person(building, user=building.resident)
    tz = ZoneInfo(hass.config.time_zone)
    key_end = datetime(2030, 6, 14, 18, 0, tzinfo=tz)  # a Friday
    weekdays = ["mon", "tue", "wed", "thu", "fri"]
    await building.call(
        "grant_access",
        {
            "person_ids": [person],
            "doors": [building.lock("entrance")],
            "may_share": True,
            "share_limit": 5,
            "schedule": [{"weekdays": weekdays, "start": "07:00", "end": "22:00"}],
            "valid_until": key_end.isoformat(),
        },
        user=building.admin,
    )
    hours = "Monday–Friday 07:00–22:00"
    open_ended = await _share_pin(building)  # no end of its own: the key's end is its end
    assert open_ended["key_hours"] == [
        {"weekday": day, "start": "07:00", "end": "22:00"} for day in weekdays
    ]
    assert open_ended["key_until"] == key_end.isoformat()
    assert open_ended["key_note"] == (
        f"Your own key opens Entrance {hours} and is valid until Friday 14 June 2030, 18:00, "
        "so the key you shared does too."
    )
    sooner = await _share_pin(building, valid_until=(key_end - timedelta(days=30)).isoformat())
    assert sooner["key_until"] is None, "the share ends first: the key's end bounds nothing"
    assert sooner["key_note"] == (
        f"Your own key opens Entrance {hours}, so the key you shared does too."
    )
    # A PIN code the resident chose in the panel is answered with the same.
    socket = await async_socket(hass, hass_ws_client, building.resident)
    chosen = await socket.result(
        "digitalkey/shares/add_pin",
        door=building.lock("entrance"),
        pin=PIN,
        valid_until=(key_end - timedelta(days=1)).isoformat(),
        notify_on_use=False,
    )
    assert chosen["key_note"] == sooner["key_note"]


async def test_a_key_without_hours_or_an_earlier_end_adds_no_note(building: Building) -> None:
    await _sharer(building)
    shared = await _share_pin(building)
    assert (shared["key_hours"], shared["key_until"]) == (None, None)
    assert "key_note" not in shared


async def test_a_pin_share_needs_a_keypad_no_user_and_an_answer(building: Building) -> None:
    await _sharer(building)
    cases: list[tuple[dict[str, Any], bool, str]] = [
        ({"door": building.lock("shed"), "kind": "pin"}, True, "door_without_keypad"),
        (
            {"door": building.lock("entrance"), "kind": "pin", "user_id": building.admin.id},
            True,
            "share_pin_takes_no_user",
        ),
        ({"door": building.lock("entrance"), "kind": "pin"}, False, "random_pin_needs_response"),
    ]
    for data, response, key in cases:
        refused = await _refused(
            building, "share_key", data, user=building.resident, response=response
        )
        assert refused.translation_key == key, data
    assert not building.registry.shares
    assert not building.registry.credentials


# No action takes a chosen PIN code -------------------------------------------------------------


def _chosen_pin_calls(building: Building) -> list[tuple[str, dict[str, Any]]]:
    return [
        ("add_credential", {"person_id": "any", "pin": PIN}),
        ("add_credential", {"person_id": "any", "new_pin": True, "pin": PIN}),
        ("add_my_pin", {"pin": PIN}),
        ("share_key", {"door": building.lock("entrance"), "kind": "pin", "pin": PIN}),
        ("share_key", {"door": building.lock("entrance"), "kind": "user", "pin": PIN}),
    ]


async def test_an_action_refuses_a_chosen_pin_before_it_is_recorded(
    hass: HomeAssistant, hass_storage: dict[str, Any], building: Building
) -> None:
    """The schema refuses `pin`, so Home Assistant fires no `call_service` event with it."""
    await _sharer(building)
    _options(building, **{OPT_ALLOW_RESIDENT_PINS: True})
    await hass.async_block_till_done()
    calls: list[Event] = []
    hass.bus.async_listen(EVENT_CALL_SERVICE, calls.append)
    before = building.stored(hass_storage)
    for action, data in _chosen_pin_calls(building):
        for user in (building.admin, building.resident):
            with pytest.raises(vol.Invalid) as refused:
                await building.call(action, data, user=user, response=True)
            text = str(refused.value)
            assert "Digital Key panel" in text, text
            assert "records every action's data" in text
            assert "random" in text
            assert PIN not in text
    await hass.async_block_till_done()
    assert calls == []
    assert building.stored(hass_storage) == before
    # Without `pin` the same calls reach Home Assistant's event, holding no code.
    await building.call(
        "share_key",
        {"door": building.lock("entrance"), "kind": "pin"},
        user=building.resident,
        response=True,
    )
    await hass.async_block_till_done()
    (call,) = calls
    assert call.data["service"] == "share_key"
    assert "pin" not in call.data["service_data"]


async def test_the_frontend_shows_the_refusal_of_a_chosen_pin(
    hass: HomeAssistant, building: Building, hass_ws_client: WebSocketGenerator
) -> None:
    """The frontend's action call answers `invalid_format` with the schema's message."""
    socket = await async_socket(hass, hass_ws_client, building.admin)
    error = await socket.refusal(
        "call_service",
        domain="digitalkey",
        service="add_credential",
        service_data={"person_id": "any", "pin": PIN},
        return_response=True,
    )
    assert error["code"] == "invalid_format"
    assert error["message"].startswith("PIN codes are chosen in the Digital Key panel")
    assert "new_pin: true" in error["message"]
    assert PIN not in str(error)


async def test_removing_a_pin_shares_code_ends_the_share(building: Building) -> None:
    await _sharer(building)
    shared = await _share_pin(building)
    await building.call(
        "remove_my_credential", {"credential_id": shared["credential_id"]}, user=building.resident
    )
    assert shared["share_id"] not in building.registry.shares
    assert not building.registry.credentials
