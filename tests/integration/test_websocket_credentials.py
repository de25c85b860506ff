"""PIN codes someone chose and typed tag UIDs, through the websocket commands the panels call.

The building has two doors: the entrance, whose unit has a keypad and a tag reader, and
the shed, whose unit has neither. The commands run the actions' own functions; these tests
check what each command takes, who may send it and what it answers. How a resident is kept
from learning codes in use, and that no code leaks, is attacked in `tests/security/hub/`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
import logging
from typing import Any

from homeassistant.auth.models import User
from homeassistant.core import Event, HomeAssistant
import pytest
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.digitalkey.access.credential_vault import CredentialVault
from custom_components.digitalkey.const import OPT_ALLOW_RESIDENT_PINS, OPT_PIN_MIN_LENGTH
from custom_components.digitalkey.protocol.constants import Feature
from custom_components.digitalkey.service_support import EVENT_REGISTRY_CHANGED

from .conftest import Site, pair_into_entry
from .services_support import Building, async_building
from .websocket_support import Socket, async_socket

PIN = "583920"
ADD_PIN = "digitalkey/credentials/add_pin"
ADD_MY_PIN = "digitalkey/my_pin/add"
SHARE_PIN = "digitalkey/shares/add_pin"
ADD_TAG = "digitalkey/credentials/add_tag"
TAG = bytes.fromhex("04A23B1C")


@pytest.fixture
async def building(
    hass: HomeAssistant, site: Site, hass_admin_user: User
) -> AsyncIterator[Building]:
    """The entrance (keypad, tag reader) and the shed (neither), read once."""
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
    return await async_socket(hass, hass_ws_client, building.admin)


@pytest.fixture
async def resident(
    hass: HomeAssistant, building: Building, hass_ws_client: WebSocketGenerator
) -> Socket:
    return await async_socket(hass, hass_ws_client, building.resident)


async def _person(building: Building, name: str = "Kari", user: User | None = None) -> str:
    data: dict[str, Any] = {"name": name, "role": "owner"}
    if user is not None:
        data["ha_user_id"] = user.id
    added = await building.call("add_person", data, user=building.admin, response=True)
    assert added
    return str(added["person_id"])


def _options(building: Building, **options: Any) -> None:
    building.hass.config_entries.async_update_entry(
        building.entry, options={**building.entry.options, **options}
    )


def _unsealed(building: Building, credential_id: str) -> bytes:
    vault = CredentialVault.from_hub_key(building.entry.runtime_data.hub_key.private)
    return vault.unseal(building.registry.credentials[credential_id])


# An administrator's chosen PIN code ----------------------------------------------------------


async def test_an_administrator_gives_a_person_the_pin_they_chose(
    hass: HomeAssistant, building: Building, admin: Socket
) -> None:
    person = await _person(building)
    events: list[Event] = []
    hass.bus.async_listen(EVENT_REGISTRY_CHANGED, events.append)
    added = await admin.result(
        ADD_PIN,
        entry_id=building.entry.entry_id,
        person_id=person,
        pin=PIN,
        label="Front door",
    )
    assert added == {"credential_id": added["credential_id"], "kind": "pin", "hint": None}
    credential = building.registry.credentials[added["credential_id"]]
    assert (credential.person_id, credential.label) == (person, "Front door")
    assert credential.created_by == building.admin.id
    assert _unsealed(building, credential.id) == PIN.encode()
    await hass.async_block_till_done()
    (event,) = events
    assert event.data["operation"] == "add_credential"
    # `entry_id` may be left out while one building is loaded.
    other = await admin.result(ADD_PIN, person_id=await _person(building, "Ola"), pin="740361")
    assert other["kind"] == "pin"


@pytest.mark.parametrize(
    ("pin", "key", "placeholders"),
    [
        ("123456", "access_trivial_pin", None),
        ("19850", "access_pin_too_short", {"min_length": "6"}),
        ("58a920", "access_invalid_pin", None),
    ],
    ids=["trivial", "too_short", "not_digits"],
)
async def test_a_chosen_pin_is_checked_and_the_refusal_translated(
    hass_storage: dict[str, Any],
    building: Building,
    admin: Socket,
    pin: str,
    key: str,
    placeholders: dict[str, str] | None,
) -> None:
    person = await _person(building)
    before = building.stored(hass_storage)
    error = await admin.refusal(ADD_PIN, person_id=person, pin=pin)
    assert error["code"] == "service_validation_error"
    assert (error["translation_domain"], error["translation_key"]) == ("digitalkey", key)
    assert error["translation_placeholders"] == placeholders
    assert error["message"]
    assert error["message"] != key  # the English text, as Home Assistant sends an action's
    assert pin not in error["message"]
    assert building.stored(hass_storage) == before


async def test_the_building_and_the_person_must_exist(building: Building, admin: Socket) -> None:
    error = await admin.refusal(ADD_PIN, person_id="nobody", pin=PIN)
    assert error["translation_key"] == "access_unknown_person"
    error = await admin.refusal(ADD_PIN, entry_id="nope", person_id="nobody", pin=PIN)
    assert (error["translation_domain"], error["translation_key"]) == (
        "homeassistant",
        "service_config_entry_not_found",
    )
    assert not building.registry.credentials


async def test_a_malformed_pin_is_refused_without_being_shown(
    building: Building, admin: Socket, caplog: pytest.LogCaptureFixture
) -> None:
    """A number (it would have lost its zeros) fails the schema, which names the field only."""
    person = await _person(building)
    error = await admin.refusal(ADD_PIN, person_id=person, pin=583920)
    assert error["code"] == "invalid_format"
    assert "'pin'" in error["message"]
    assert "583920" not in error["message"]
    assert "583920" not in caplog.text
    error = await admin.refusal(ADD_PIN, person_id=person, pin=PIN, share_id="any")
    assert error["code"] == "invalid_format"
    assert PIN not in error["message"]
    assert not building.registry.credentials


async def test_only_an_administrator_gives_a_person_a_chosen_pin(
    hass_storage: dict[str, Any], building: Building, resident: Socket
) -> None:
    person = await _person(building, user=building.resident)
    before = building.stored(hass_storage)
    error = await resident.refusal(ADD_PIN, person_id=person, pin=PIN)
    assert error["code"] == "unauthorized"
    assert building.stored(hass_storage) == before


async def test_chosen_pins_are_unique_and_a_blocked_one_stays_taken(
    building: Building, admin: Socket
) -> None:
    kari = await _person(building)
    ola = await _person(building, "Ola")
    added = await admin.result(ADD_PIN, person_id=kari, pin=PIN)
    error = await admin.refusal(ADD_PIN, person_id=ola, pin=f" {PIN} ")
    assert error["translation_key"] == "access_pin_in_use"
    assert error["translation_placeholders"] is None  # nobody is named
    await building.call("block_credential", {"credential_id": added["credential_id"]})
    await building.call("remove_credential", {"credential_id": added["credential_id"]})
    assert not building.registry.credentials
    error = await admin.refusal(ADD_PIN, person_id=ola, pin=PIN)
    assert error["translation_key"] == "access_pin_in_use"


async def test_the_building_sets_the_shortest_chosen_pin(
    hass: HomeAssistant, building: Building, admin: Socket
) -> None:
    person = await _person(building)
    error = await admin.refusal(ADD_PIN, person_id=person, pin="5831")
    assert error["translation_placeholders"] == {"min_length": "6"}
    _options(building, **{OPT_PIN_MIN_LENGTH: 4})
    await hass.async_block_till_done()
    assert (await admin.result(ADD_PIN, person_id=person, pin="5831"))["kind"] == "pin"
    _options(building, **{OPT_PIN_MIN_LENGTH: 8})
    await hass.async_block_till_done()
    error = await admin.refusal(ADD_PIN, person_id=person, pin="5839201")
    assert error["translation_placeholders"] == {"min_length": "8"}


# An administrator's typed tag ----------------------------------------------------------------


async def test_an_administrator_gives_a_person_a_typed_tag(
    hass: HomeAssistant, building: Building, admin: Socket
) -> None:
    person = await _person(building)
    events: list[Event] = []
    hass.bus.async_listen(EVENT_REGISTRY_CHANGED, events.append)
    added = await admin.result(
        ADD_TAG,
        entry_id=building.entry.entry_id,
        person_id=person,
        tag_uid="04-a2-3b-1c",
        label="Blue fob",
    )
    assert added == {"credential_id": added["credential_id"], "kind": "tag", "hint": "3B1C"}
    credential = building.registry.credentials[added["credential_id"]]
    assert (credential.person_id, credential.label) == (person, "Blue fob")
    assert credential.created_by == building.admin.id
    assert _unsealed(building, credential.id) == TAG
    await hass.async_block_till_done()
    (event,) = events
    assert event.data["operation"] == "add_credential"
    assert TAG.hex() not in str(event.data).lower()
    other = await admin.result(
        ADD_TAG, person_id=await _person(building, "Ola"), tag_uid="04112233445566"
    )
    assert other["hint"] == "5566"


@pytest.mark.parametrize(
    "uid",
    ["00:00:00:00", "05:B2:4C", "05:B2:4C:1Z"],
    ids=["all_zero", "three_bytes", "not_hex"],
)
async def test_a_typed_tag_is_checked_and_the_refusal_translated(
    hass_storage: dict[str, Any], building: Building, admin: Socket, uid: str
) -> None:
    person = await _person(building)
    before = building.stored(hass_storage)
    error = await admin.refusal(ADD_TAG, person_id=person, tag_uid=uid)
    assert error["code"] == "service_validation_error"
    assert (error["translation_domain"], error["translation_key"]) == (
        "digitalkey",
        "access_invalid_tag",
    )
    assert uid.lower() not in str(error).lower()
    assert building.stored(hass_storage) == before


async def test_a_malformed_tag_is_refused_without_being_shown(
    building: Building, admin: Socket, caplog: pytest.LogCaptureFixture
) -> None:
    """A number would have lost its leading zeros: the schema refuses it, naming the field."""
    person = await _person(building)
    error = await admin.refusal(ADD_TAG, person_id=person, tag_uid=4041)
    assert error["code"] == "invalid_format"
    assert "'tag_uid'" in error["message"]
    assert "4041" not in error["message"]
    error = await admin.refusal(ADD_TAG, person_id=person, tag_uid="04A23B1C", share_id="s")
    assert error["code"] == "invalid_format"
    assert "04a23b1c" not in error["message"].lower()
    assert "04a23b1c" not in caplog.text.lower()
    error = await admin.refusal(ADD_TAG, person_id="nobody", tag_uid="04A23B1C")
    assert error["translation_key"] == "access_unknown_person"
    assert not building.registry.credentials


async def test_only_an_administrator_types_a_tag(
    hass_storage: dict[str, Any], building: Building, resident: Socket
) -> None:
    person = await _person(building, user=building.resident)
    before = building.stored(hass_storage)
    error = await resident.refusal(ADD_TAG, person_id=person, tag_uid="04A23B1C")
    assert error["code"] == "unauthorized"
    assert building.stored(hass_storage) == before


async def test_typed_tags_are_unique_and_a_removed_one_may_be_given_again(
    building: Building, admin: Socket
) -> None:
    kari = await _person(building)
    ola = await _person(building, "Ola")
    tag = await admin.result(ADD_TAG, person_id=kari, tag_uid="04A23B1C")
    error = await admin.refusal(ADD_TAG, person_id=ola, tag_uid="04a23B1c")
    assert error["translation_key"] == "access_tag_in_use"
    assert error["translation_placeholders"] is None  # nobody is named
    await building.call("remove_credential", {"credential_id": tag["credential_id"]})
    again = await admin.result(ADD_TAG, person_id=ola, tag_uid="04:A2:3B:1C")
    assert again["hint"] == "3B1C"
    assert building.registry.credentials[again["credential_id"]].person_id == ola


# A resident's own chosen PIN code ------------------------------------------------------------


async def test_a_resident_chooses_their_pin_only_where_the_board_allows(
    hass: HomeAssistant, building: Building, resident: Socket
) -> None:
    person = await _person(building, user=building.resident)
    error = await resident.refusal(ADD_MY_PIN, pin=PIN)
    assert error["translation_key"] == "resident_pins_not_allowed"
    _options(building, **{OPT_ALLOW_RESIDENT_PINS: True})
    await hass.async_block_till_done()
    added = await resident.result(ADD_MY_PIN, pin=PIN, label="Mine")
    assert added == {"credential_id": added["credential_id"], "kind": "pin", "hint": None}
    credential = building.registry.credentials[added["credential_id"]]
    assert (credential.person_id, credential.label) == (person, "Mine")
    assert credential.created_by == building.resident.id
    assert _unsealed(building, credential.id) == PIN.encode()
    error = await resident.refusal(ADD_MY_PIN, pin="740361")
    assert error["translation_key"] == "own_pin_exists"
    await building.call(
        "remove_my_credential", {"credential_id": credential.id}, user=building.resident
    )
    assert (await resident.result(ADD_MY_PIN, pin="740361"))["kind"] == "pin"


async def test_a_resident_chooses_only_their_own_pin(
    hass: HomeAssistant, building: Building, resident: Socket
) -> None:
    _options(building, **{OPT_ALLOW_RESIDENT_PINS: True})
    await hass.async_block_till_done()
    ola = await _person(building, "Ola")
    error = await resident.refusal(ADD_MY_PIN, pin=PIN)
    assert error["translation_key"] == "no_person"
    for holder in ({"person_id": ola}, {"share_id": "any"}, {"user_id": building.admin.id}):
        error = await resident.refusal(ADD_MY_PIN, pin=PIN, **holder)
        assert error["code"] == "invalid_format", holder
    assert not building.registry.credentials


# A PIN share with a chosen code --------------------------------------------------------------


async def _sharer(building: Building) -> str:
    person = await _person(building, user=building.resident)
    await building.call(
        "grant_access",
        {
            "person_ids": [person],
            "doors": [building.lock("entrance"), building.lock("shed")],
            "may_share": True,
            "share_limit": 3,
        },
        user=building.admin,
    )
    return person


async def test_a_resident_shares_a_pin_they_chose_and_it_is_not_repeated(
    building: Building, resident: Socket
) -> None:
    person = await _sharer(building)
    shared = await resident.result(
        SHARE_PIN,
        door=building.lock("entrance"),
        pin=PIN,
        use_limit=2,
        notify_on_use=True,
        label="Cleaner",
    )
    share = building.registry.shares[shared["share_id"]]
    credential = building.registry.credential_of_share(share.id)
    assert credential is not None
    assert share.from_person_id == person
    assert (share.use_limit, share.notify_on_use, share.label) == (2, True, "Cleaner")
    assert _unsealed(building, credential.id) == PIN.encode()
    mine = await building.call("my_shares", user=building.resident, response=True)
    assert mine
    # The answer is the share as my_shares shows it, with what bounds it (`key_*`).
    bounds = {"key_hours": None, "key_until": None}
    assert mine["shares"] == [{k: v for k, v in shared.items() if k not in bounds}]
    assert {k: shared[k] for k in bounds} == bounds
    assert "pin" not in shared
    assert PIN not in str(shared)


async def test_a_shared_pin_is_checked_like_a_share_and_a_pin(
    building: Building, resident: Socket
) -> None:
    await _sharer(building)
    refusals = [
        ({"door": building.lock("entrance"), "pin": "123456"}, "access_trivial_pin"),
        ({"door": building.lock("shed"), "pin": PIN}, "door_without_keypad"),
        ({"door": "no-such-door", "pin": PIN}, "access_unknown_door"),
    ]
    for data, key in refusals:
        error = await resident.refusal(SHARE_PIN, **data)
        assert error["translation_key"] == key, data
    for extra in ({"user_id": building.admin.id}, {"kind": "pin"}, {"language": "nb"}):
        error = await resident.refusal(SHARE_PIN, door=building.lock("entrance"), pin=PIN, **extra)
        assert error["code"] == "invalid_format", extra
    assert not building.registry.shares
    assert not building.registry.credentials


async def test_a_resident_without_the_right_shares_no_pin(
    hass: HomeAssistant, building: Building, hass_ws_client: WebSocketGenerator
) -> None:
    per = await hass.auth.async_create_user("Per", group_ids=["system-users"])
    person = await _person(building, "Per", user=per)
    await building.call(
        "grant_access", {"person_ids": [person], "doors": [building.lock("entrance")]}
    )
    socket = await async_socket(hass, hass_ws_client, per)
    error = await socket.refusal(SHARE_PIN, door=building.lock("entrance"), pin=PIN)
    assert error["translation_key"] == "access_sharing_not_allowed"
    nobody = await async_socket(hass, hass_ws_client, building.resident)
    error = await nobody.refusal(SHARE_PIN, door=building.lock("entrance"), pin=PIN)
    assert error["translation_key"] == "no_person"
    assert not building.registry.shares


async def test_a_chosen_pin_is_in_none_of_our_logs(
    hass: HomeAssistant, building: Building, admin: Socket, caplog: pytest.LogCaptureFixture
) -> None:
    """At debug level, nothing this integration logs holds the code, refused or added."""
    caplog.set_level(logging.DEBUG, logger="custom_components.digitalkey")
    person = await _person(building)
    await admin.result(ADD_PIN, person_id=person, pin=PIN)
    await admin.refusal(ADD_PIN, person_id=await _person(building, "Ola"), pin=PIN)
    ours = [r for r in caplog.records if r.name.startswith("custom_components.digitalkey")]
    assert not [r for r in ours if PIN in r.getMessage()]
    assert not [r for r in caplog.records if r.levelno >= logging.INFO and PIN in r.getMessage()]
