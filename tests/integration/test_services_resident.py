"""Resident actions act for the caller's own person only, within their sharing rights."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from typing import Any

from homeassistant.auth.models import User
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey.const import OPT_ALLOW_RESIDENT_PINS, OPT_PIN_MIN_LENGTH

from .conftest import Site
from .services_support import Building, async_building, use_notify_target

NOT_TOLD = (
    "You will not be told when this key is used: no Home Assistant phone app is linked to "
    "your user, and "
)


@pytest.fixture
async def building(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, hass_admin_user: User
) -> AsyncIterator[Building]:
    async for value in async_building(hass, loaded, hass_admin_user):
        yield value


async def _resident(building: Building, name: str, user: User, **grant: Any) -> str:
    """A person linked to `user` with a key to the garage on the terms in `grant`."""
    person = await building.call(
        "add_person",
        {"name": name, "role": "owner", "ha_user_id": user.id},
        user=building.admin,
        response=True,
    )
    assert person
    await building.call(
        "grant_access",
        {"person_ids": [person["person_id"]], "doors": [building.lock("garage")], **grant},
        user=building.admin,
    )
    return str(person["person_id"])


@pytest.fixture
async def neighbours(hass: HomeAssistant, building: Building) -> dict[str, User]:
    """Kari (may share the garage twice), Ola (may not share), and Guest (no person)."""
    ola = await hass.auth.async_create_user("Ola", group_ids=["system-users"])
    guest = await hass.auth.async_create_user("Guest", group_ids=["system-users"])
    await _resident(building, "Kari", building.resident, may_share=True, share_limit=2)
    await _resident(building, "Ola", ola)
    return {"kari": building.resident, "ola": ola, "guest": guest}


async def _share(building: Building, user: User, to: User, **extra: Any) -> dict[str, Any]:
    result = await building.call(
        "share_key",
        {"door": building.lock("garage"), "user_id": to.id, **extra},
        user=user,
        response=True,
    )
    assert isinstance(result, dict)
    return result


async def test_my_keys_lists_the_callers_doors_only(
    building: Building, neighbours: dict[str, User]
) -> None:
    mine = await building.call("my_keys", user=neighbours["kari"], response=True)
    assert mine
    (door,) = mine["doors"]  # type: ignore[misc]
    assert door["door_id"] == building.doors["garage"]
    assert door["opens_now"] is True
    nothing = await building.call("my_keys", user=neighbours["guest"], response=True)
    assert nothing == {
        "doors": [],
        "credentials": [],
        "own_pin_allowed": False,
        "pin_min_length": 6,
    }


async def test_my_keys_say_whether_a_person_may_choose_their_own_pin(
    building: Building, neighbours: dict[str, User]
) -> None:
    """ "My keys" offers a PIN code of one's own only where `add_my_pin` would take one."""
    mine = await building.call("my_keys", user=neighbours["kari"], response=True)
    assert mine
    assert (mine["own_pin_allowed"], mine["pin_min_length"]) == (False, 6)
    building.hass.config_entries.async_update_entry(
        building.entry,
        options={**building.entry.options, OPT_ALLOW_RESIDENT_PINS: True, OPT_PIN_MIN_LENGTH: 8},
    )
    mine = await building.call("my_keys", user=neighbours["kari"], response=True)
    assert mine
    assert (mine["own_pin_allowed"], mine["pin_min_length"]) == (True, 8)
    # Someone who is nobody in the building has no PIN code to choose.
    nobody = await building.call("my_keys", user=neighbours["guest"], response=True)
    assert nobody
    assert nobody["own_pin_allowed"] is False


async def test_a_share_reaches_the_guest_and_shows_in_my_shares(
    building: Building, neighbours: dict[str, User]
) -> None:
    share = await _share(building, neighbours["kari"], neighbours["guest"], use_limit=3)
    assert share["use_limit"] == 3
    guest_keys = await building.call("my_keys", user=neighbours["guest"], response=True)
    assert guest_keys
    (door,) = guest_keys["doors"]  # type: ignore[misc]
    assert door["opens_now"] is True
    assert door["reasons"][0]["key"]["kind"] == "share"
    mine = await building.call("my_shares", user=neighbours["kari"], response=True)
    assert mine
    assert [s["share_id"] for s in mine["shares"]] == [share["share_id"]]  # type: ignore[union-attr]
    theirs = await building.call("my_shares", user=neighbours["ola"], response=True)
    assert theirs == {"shares": []}


async def test_sharing_beyond_the_limit_or_without_the_right_is_refused(
    hass_storage: dict[str, Any], building: Building, neighbours: dict[str, User]
) -> None:
    await _share(building, neighbours["kari"], neighbours["guest"])
    await _share(building, neighbours["kari"], neighbours["ola"])
    before = building.registry.to_dict()
    stored = building.stored(hass_storage)
    with pytest.raises(ServiceValidationError) as refused:
        await _share(building, neighbours["kari"], neighbours["guest"])
    assert refused.value.translation_key == "access_share_limit_reached"
    with pytest.raises(ServiceValidationError) as refused:
        await _share(building, neighbours["ola"], neighbours["guest"])
    assert refused.value.translation_key == "access_sharing_not_allowed"
    with pytest.raises(ServiceValidationError) as refused:
        await _share(building, neighbours["guest"], neighbours["ola"])
    assert refused.value.translation_key == "no_person"
    assert building.registry.to_dict() == before
    assert building.stored(hass_storage) == stored


async def test_a_resident_cannot_revoke_anothers_share_but_an_admin_can(
    building: Building, neighbours: dict[str, User]
) -> None:
    share = await _share(building, neighbours["kari"], neighbours["guest"])
    for intruder in (neighbours["ola"], neighbours["guest"]):
        with pytest.raises(ServiceValidationError) as refused:
            await building.call("revoke_share", {"share_id": share["share_id"]}, user=intruder)
        assert refused.value.translation_key == "access_unknown_share"
    assert building.registry.shares[share["share_id"]].revoked_at is None
    await building.call("revoke_share", {"share_id": share["share_id"]}, user=building.admin)
    assert building.registry.shares[share["share_id"]].revoked_at is not None


async def test_the_sharer_revokes_their_own_share(
    building: Building, neighbours: dict[str, User]
) -> None:
    share = await _share(building, neighbours["kari"], neighbours["guest"])
    await building.call("revoke_share", {"share_id": share["share_id"]}, user=neighbours["kari"])
    guest_keys = await building.call("my_keys", user=neighbours["guest"], response=True)
    assert guest_keys
    (door,) = guest_keys["doors"]  # type: ignore[misc]
    assert door["opens_now"] is False


async def test_resident_actions_need_a_user(
    building: Building, neighbours: dict[str, User]
) -> None:
    with pytest.raises(ServiceValidationError) as refused:
        await building.call("my_keys", response=True)
    assert refused.value.translation_key == "user_required"


async def test_sharing_to_an_unknown_user_is_refused(
    building: Building, neighbours: dict[str, User]
) -> None:
    with pytest.raises(ServiceValidationError) as refused:
        await building.call(
            "share_key",
            {"door": building.lock("garage"), "user_id": "no-such-user"},
            user=neighbours["kari"],
        )
    assert refused.value.translation_key == "unknown_user"


async def _share_link(building: Building, user: User, **extra: Any) -> dict[str, Any]:
    result = await building.call(
        "share_key",
        {"door": building.lock("garage"), "kind": "link", "notify_on_use": True, **extra},
        user=user,
        response=True,
    )
    assert isinstance(result, dict)
    return result


async def test_asking_to_be_told_of_uses_without_a_channel_is_warned_not_refused(
    hass: HomeAssistant, building: Building
) -> None:
    """Each missing piece in the order it is checked; a phone app makes them all moot."""
    kari = building.resident
    person_id = await _resident(building, "Kari", kari, may_share=True, share_limit=10)

    async def update(**fields: Any) -> None:
        await building.call(
            "update_person", {"person_id": person_id, **fields}, user=building.admin
        )

    await update(language="en")
    unasked = await _share_link(building, kari, notify_on_use=False)
    assert "notify_note" not in unasked
    first = await _share_link(building, kari)
    assert first["notify_on_use"] is True, "the share is made all the same"
    assert building.registry.shares[first["share_id"]].notify_on_use
    assert first["notify_note"] == (
        NOT_TOLD + "the building has no notification target for text or e-mail messages."
    )
    use_notify_target(building)
    assert (await _share_link(building, kari))["notify_note"] == (
        NOT_TOLD + "you have not agreed to messages by text or e-mail."
    )
    await update(consent=True)
    assert (await _share_link(building, kari))["notify_note"] == (
        NOT_TOLD + "the board has no phone number or e-mail address for you."
    )
    await update(email="kari@example.org")
    assert "notify_note" not in await _share_link(building, kari)

    # In Kari's language; and a phone app reaches her whatever else is missing.
    await update(consent=False, language="da")
    danish = await _share(building, kari, building.admin, notify_on_use=True)
    assert danish["notify_note"].startswith("Du får ikke besked, når denne nøgle bruges")
    MockConfigEntry(
        domain="mobile_app", data={"user_id": kari.id, "device_name": "Kari's phone"}
    ).add_to_hass(hass)
    hass.services.async_register("notify", "mobile_app_kari_s_phone", lambda call: None)
    assert "notify_note" not in await _share_link(building, kari)


async def test_my_shares_say_what_the_share_answer_said_of_being_told(
    building: Building,
) -> None:
    """The list of shares warns as the answer after the share did, and stops when it can."""
    kari = building.resident
    person_id = await _resident(building, "Kari", kari, may_share=True, share_limit=10)
    await building.call(
        "update_person", {"person_id": person_id, "language": "en"}, user=building.admin
    )
    told = await _share_link(building, kari)
    untold = await _share_link(building, kari, notify_on_use=False)

    async def listed() -> dict[str, dict[str, Any]]:
        mine = await building.call("my_shares", user=kari, response=True)
        assert mine
        return {share["share_id"]: share for share in mine["shares"]}

    shares = await listed()
    assert shares[told["share_id"]]["notify_on_use"] is True
    assert shares[told["share_id"]]["notify_note"] == told["notify_note"]
    assert "notify_note" not in shares[untold["share_id"]]

    use_notify_target(building)
    await building.call(
        "update_person",
        {"person_id": person_id, "consent": True, "email": "kari@example.org"},
        user=building.admin,
    )
    assert "notify_note" not in (await listed())[told["share_id"]]


async def test_my_keys_tell_the_lock_and_what_sharing_is_left(
    building: Building, neighbours: dict[str, User]
) -> None:
    async def garage(user: User) -> dict[str, Any]:
        answer = await building.call("my_keys", user=user, response=True)
        assert answer
        (door,) = answer["doors"]  # type: ignore[misc]
        return dict(door)

    before = await garage(neighbours["kari"])
    assert before["entity_id"] == building.lock("garage")
    assert isinstance(before["has_keypad"], bool)
    assert (before["may_share"], before["shares_left"]) == (True, before["share_limit"])
    assert before["share_limit"] >= 1
    for _ in range(before["share_limit"]):
        await _share(building, neighbours["kari"], neighbours["guest"])
    spent = await garage(neighbours["kari"])
    assert (spent["may_share"], spent["shares_left"]) == (True, 0), "shareable, none left"
    guest = await garage(neighbours["guest"])
    assert (guest["may_share"], guest["share_limit"], guest["shares_left"]) == (False, None, 0)


async def test_my_shares_tell_each_shares_status(
    building: Building, neighbours: dict[str, User]
) -> None:
    share = await _share(building, neighbours["kari"], neighbours["guest"], use_limit=1)

    async def row() -> dict[str, Any]:
        mine = await building.call("my_shares", user=neighbours["kari"], response=True)
        assert mine
        (found,) = mine["shares"]  # type: ignore[misc]
        return dict(found)

    assert ((await row())["status"], (await row())["last_used"]) == ("active", None)
    await building.call("revoke_share", {"share_id": share["share_id"]}, user=neighbours["kari"])
    assert (await row())["status"] == "revoked"


async def test_my_keys_say_when_a_door_opens_next_once_as_a_person_reads_it(
    hass: HomeAssistant, building: Building
) -> None:
    """The card's "Opens Friday 4 December, 07:00" and its reason beneath say it once."""
    per = await hass.auth.async_create_user("Per", group_ids=["system-users"])
    tz = building.registry.settings.tz
    local_now = datetime.now(tz)
    day = local_now + timedelta(days=2)  # not today or tomorrow: its weekday is named
    weekday = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[day.weekday()]
    await _resident(
        building,
        "Per",
        per,
        schedule=[{"weekdays": [weekday], "start": "07:00", "end": "08:00"}],
    )

    async def garage(**data: str) -> dict[str, Any]:
        answer = await building.call("my_keys", data, user=per, response=True)
        assert answer
        (door,) = answer["doors"]  # type: ignore[misc]
        return dict(door)

    english = await garage()
    assert english["opens_now"] is False
    year = "" if day.year == local_now.year else f" {day.year}"
    assert english["opens_next_text"] == f"{day:%A} {day.day} {day:%B}{year}, 07:00"
    (reason,) = english["reasons"]
    assert reason["code"] == "outside_schedule"
    assert reason["message"].startswith("Outside its hours (")
    assert reason["message"].endswith("07:00–08:00).")
    assert "opens next" not in reason["message"]
    assert str(day.day) not in reason["message"]
    # In the panel's language when it says one, the moment and the reason alike.
    norwegian = await garage(language="nb")
    assert norwegian["opens_next_text"].endswith(
        f" {day.day}. {_NB_MONTHS[day.month - 1]} kl. 07.00"
    )
    assert norwegian["reasons"][0]["message"].startswith("Utenfor tidene (")
    assert "åpner neste gang" not in norwegian["reasons"][0]["message"]


_NB_MONTHS = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)
