"""What is typed at the keypad and held to the reader reaches the event log, the owner, the board.

Over the simulated radio: credentials are added through the registry, written to the
reference unit over a real session (`credential_support`), typed or presented at the unit,
and read back by the hub's own log reading.
"""

from __future__ import annotations

from datetime import datetime, timedelta
import logging
import time
from typing import Any

from homeassistant.core import Event, HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey import logbook
from custom_components.digitalkey.access.model import CredentialKind, ShareKind
from custom_components.digitalkey.const import DOMAIN, EVENT_ACCESS
from custom_components.digitalkey.door_link import DoorLink
from custom_components.digitalkey.event_records import EventKind, EventSource
from custom_components.digitalkey.keypad_watch import BLOCKED_NOTICE_S
from custom_components.digitalkey.protocol.constants import LockState

from .conftest import Residents, Site, door_link
from .credential_support import (
    Describe,
    access_events,
    capture_notify,
    keypad_events,
    read_door,
    reads_held,
    record_id,
    records_of,
    sync_door,
    vault_of,
)

KARI_PIN = "583920"
GUEST_PIN = "480264"
KARI_TAG = bytes.fromhex("04A23B1C5D6E7F")
SHARE_USES_LOGGER = "custom_components.digitalkey.share_uses"


async def _add(
    residents: Residents, kind: CredentialKind, value: str | bytes, person_id: str | None = None
) -> str:
    """A PIN code or tag of Kari's (or of `person_id`); its credential id."""
    change = await residents.apply(
        lambda r: r.add_credential(
            kind,
            value,
            vault=vault_of(residents.entry),
            now=residents.now(),
            person_id=person_id or residents.kari_id,
        )
    )
    return change.created[0]


async def _emergency_key(residents: Residents, person_id: str, door: str) -> str:
    """An admin gave the person an emergency key to one door a minute ago; its grant id.

    A minute ago: a unit's clock a little behind the hub's must not find it not yet valid.
    """
    change = await residents.apply(
        lambda r: r.issue_emergency_key(
            person_id,
            reason="Water leak",
            admin_user_id=residents.admin.id,
            now=residents.now() - timedelta(minutes=1),
            door_ids=[residents.door_ids[door]],
        )
    )
    return change.created[0]


async def _pin_share(residents: Residents, **terms: Any) -> tuple[str, str]:
    """Kari shares the entrance as a guest PIN; (share id, credential id)."""
    change = await residents.apply(
        lambda r: r.share_key(
            residents.kari_id,
            residents.door_ids["entrance"],
            now=residents.now(),
            kind=ShareKind.PIN,
            pin=GUEST_PIN,
            vault=vault_of(residents.entry),
            **terms,
        )
    )
    return change.created[0], change.created[1]


def _entrance(residents: Residents) -> DoorLink:
    return door_link(residents.entry, "Entrance")


def _board(hass: HomeAssistant, residents: Residents) -> list[dict[str, Any]]:
    board = capture_notify(hass, "board")
    hass.config_entries.async_update_entry(
        residents.entry, options={"notify_target": "notify.board"}
    )
    return board


def _phone_of_kari(hass: HomeAssistant, residents: Residents) -> list[dict[str, Any]]:
    MockConfigEntry(
        domain="mobile_app", data={"user_id": residents.kari.id, "device_name": "Kari's phone"}
    ).add_to_hass(hass)
    return capture_notify(hass, "mobile_app_kari_s_phone")


def _describe(hass: HomeAssistant) -> Describe:
    described: dict[tuple[str, str], Describe] = {}

    def register(domain: str, event_type: str, describe: Describe) -> None:
        described[(domain, event_type)] = describe

    logbook.async_describe_events(hass, register)
    return described[(DOMAIN, EVENT_ACCESS)]


def _local(residents: Residents, unix: int) -> str:
    """A record's time as an English message writes it: its day named, never "today"."""
    local = datetime.fromtimestamp(unix, residents.access.registry.settings.tz)
    return f"{local:%A} {local.day} {local:%B}, {local:%H:%M}"


def _later(site: Site, residents: Residents, seconds: float) -> None:
    """Hub and units both `seconds` later (neither thinks the other's clock is wrong)."""
    runtime = residents.entry.runtime_data
    before = runtime.wall_clock
    runtime.wall_clock = lambda: before() + seconds
    for sim in site.units.values():
        sim.unit.drift(seconds)


async def test_a_pin_typed_at_the_unit_is_attributed_to_its_person(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    credential_id = await _add(residents, CredentialKind.PIN, KARI_PIN)
    entrance = _entrance(residents)
    await sync_door(residents.entry, entrance)
    events = access_events(hass)

    assert site.units["entrance"].unit.enter_pin(KARI_PIN)
    await read_door(hass, entrance)

    (opened,) = await records_of(residents.entry, EventKind.UNLOCKED)
    assert opened.source is EventSource.PIN
    assert (opened.credential_id, opened.person_id) == (credential_id, residents.kari_id)
    assert opened.share_id is None
    number = residents.access.registry.credentials[credential_id].number
    assert record_id(opened) >> 6 == number  # the unit's own name for it
    (event,) = keypad_events(events)
    assert event.data["event"] == "pin_used"
    assert event.data["credential_id"] == credential_id
    assert event.data["person_id"] == residents.kari_id
    assert "share_id" not in event.data
    for secret in (KARI_PIN, "Kari", "Nordmann"):  # ids only on the bus
        assert secret not in str(event.data)
    state = hass.states.get("event.entrance_access")
    assert state is not None
    assert state.attributes["event_type"] == "pin_used"
    assert state.attributes["credential_id"] == credential_id
    assert state.attributes["person_id"] == residents.kari_id
    # The logbook names her from the ids when the row is shown.
    describe = _describe(hass)
    assert describe(event)["message"] == "was opened with Kari Nordmann's PIN code"
    await residents.apply(
        lambda r: r.update_person(residents.kari_id, name="Kari Berg", now=residents.now())
    )
    assert describe(event)["message"] == "was opened with Kari Berg's PIN code"


async def test_a_tag_at_the_reader_is_attributed_and_an_unknown_one_is_called_unknown(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    credential_id = await _add(residents, CredentialKind.TAG, KARI_TAG)
    entrance = _entrance(residents)
    await sync_door(residents.entry, entrance)
    events = access_events(hass)
    unit = site.units["entrance"].unit

    assert unit.present_tag(KARI_TAG)
    assert not unit.present_tag(bytes.fromhex("04112233"))
    assert not unit.enter_pin("975310")
    await read_door(hass, entrance)

    used, unknown_tag, unknown_pin = keypad_events(events)
    assert (used.data["event"], used.data["credential_id"]) == ("tag_used", credential_id)
    for event in (unknown_tag, unknown_pin):
        assert event.data["reason"] == "unknown_credential"
        assert {"credential", "credential_id", "person_id"}.isdisjoint(event.data)
    describe = _describe(hass)
    assert describe(used)["message"] == "was opened with Kari Nordmann's tag"
    assert describe(unknown_tag)["message"] == "refused an unknown tag"
    assert describe(unknown_pin)["message"] == "refused an unknown PIN code"


async def test_a_pin_share_used_at_the_keypad_counts_a_use_and_tells_its_owner(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    phone = _phone_of_kari(hass, residents)
    share_id, credential_id = await _pin_share(
        residents,
        use_limit=3,
        notify_on_use=True,
        valid_from=residents.now() - timedelta(hours=1),
        label="Cleaner Siri",
    )
    entrance = _entrance(residents)
    await sync_door(residents.entry, entrance)
    events = access_events(hass)
    unit = site.units["entrance"].unit
    unit.drift(-15 * 60)  # the unit's clock is behind: the message says when it was used

    assert unit.enter_pin(GUEST_PIN)
    await read_door(hass, entrance)

    assert unit.lock_state is LockState.UNLOCKED
    assert residents.access.registry.share(share_id).uses == 1
    (opened,) = await records_of(residents.entry, EventKind.UNLOCKED)
    assert (opened.share_id, opened.credential_id) == (share_id, credential_id)
    assert opened.person_id == residents.kari_id  # the maker; the guest is nobody here
    assert opened.grant_id == residents.bundle_grant_id
    (used,) = await records_of(residents.entry, EventKind.SHARE_USED)
    assert (used.share_id, used.person_id, used.credential_id) == (
        share_id,
        residents.kari_id,
        credential_id,
    )
    assert used.source is EventSource.PIN
    assert used.time == opened.time  # the unit's time, not the time it was read
    assert used.detail["uses"] == 1
    assert "counted" not in used.detail
    (note,) = phone  # the maker's own words for the guest, to the maker alone
    assert note["title"] == "Cleaner Siri used your key to Entrance"
    assert note["message"] == (
        f"Cleaner Siri used the key to Entrance you shared, on {_local(residents, opened.time)}."
    )
    assert _local(residents, int(time.time())) not in note["message"]  # not when it was read
    assert GUEST_PIN not in str(note)
    (event,) = keypad_events(events)
    # The log and the bus name the share by id: its label is in neither.
    for shown in (event.data, opened.as_dict(), used.as_dict()):
        assert "Siri" not in str(shown)
    assert (event.data["share_id"], event.data["person_id"]) == (share_id, residents.kari_id)
    assert _describe(hass)(event)["message"] == "was opened with a PIN code Kari Nordmann shared"


async def test_a_pin_share_used_beyond_its_limit_is_logged_but_not_counted(
    hass: HomeAssistant, site: Site, residents: Residents, caplog: pytest.LogCaptureFixture
) -> None:
    """While the hub could not read the unit, a spent PIN share opened again: it did open."""
    share_id, _ = await _pin_share(
        residents, use_limit=1, valid_from=residents.now() - timedelta(minutes=5)
    )
    entrance = _entrance(residents)
    await sync_door(residents.entry, entrance)
    unit = site.units["entrance"].unit

    async with reads_held(entrance):
        assert unit.enter_pin(GUEST_PIN)
        assert unit.enter_pin(GUEST_PIN)  # the unit still holds the record: it opens
    caplog.set_level(logging.WARNING, logger=SHARE_USES_LOGGER)
    await read_door(hass, entrance)

    assert residents.access.registry.share(share_id).uses == 1
    first, second = await records_of(residents.entry, EventKind.SHARE_USED)
    assert "counted" not in first.detail
    assert second.detail["counted"] is False
    assert len(await records_of(residents.entry, EventKind.UNLOCKED)) == 2
    (warning,) = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert share_id in warning.getMessage()
    for secret in (GUEST_PIN, "Kari"):
        assert secret not in warning.getMessage()


async def test_a_pin_that_opened_only_on_an_emergency_key_is_booked_as_its_use(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    """Ola holds no key but an emergency key: his PIN at the keypad is that key's use."""
    board = _board(hass, residents)
    grant_id = await _emergency_key(residents, residents.ola_id, "entrance")
    credential_id = await _add(residents, CredentialKind.PIN, GUEST_PIN, residents.ola_id)
    entrance = _entrance(residents)
    await sync_door(residents.entry, entrance)
    unit = site.units["entrance"].unit
    unit.drift(15 * 60)  # the unit's clock is ahead: the board is told when it opened

    assert unit.enter_pin(GUEST_PIN)
    await read_door(hass, entrance)
    await hass.async_block_till_done(wait_background_tasks=True)

    (opened,) = await records_of(residents.entry, EventKind.UNLOCKED)
    (used,) = await records_of(residents.entry, EventKind.EMERGENCY_KEY_USED)
    assert (used.door_id, used.person_id, used.grant_id, used.credential_id) == (
        residents.door_ids["entrance"],
        residents.ola_id,
        grant_id,
        credential_id,
    )
    assert (used.source, used.user_id) == (EventSource.PIN, None)
    assert used.time == opened.time  # the unit's time, not the time it was read
    (note,) = board
    assert note["title"] == "Emergency key used at Entrance"
    assert note["message"].startswith(
        f"An emergency key opened Entrance on {_local(residents, opened.time)}."
    )
    for secret in (GUEST_PIN, "Ola"):
        assert secret not in str(note)


async def test_a_pin_whose_holder_has_an_ordinary_key_books_no_emergency_use(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    """Kari's bundle opens the entrance anyway: her emergency key was not what let her in."""
    board = _board(hass, residents)
    await _emergency_key(residents, residents.kari_id, "entrance")
    await _add(residents, CredentialKind.TAG, KARI_TAG)
    entrance = _entrance(residents)
    await sync_door(residents.entry, entrance)

    assert site.units["entrance"].unit.present_tag(KARI_TAG)
    await read_door(hass, entrance)
    await hass.async_block_till_done(wait_background_tasks=True)

    assert len(await records_of(residents.entry, EventKind.UNLOCKED)) == 1
    assert await records_of(residents.entry, EventKind.EMERGENCY_KEY_USED) == []
    assert board == []


async def test_a_tag_that_opened_only_on_an_emergency_key_is_booked_as_its_use(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    board = _board(hass, residents)
    grant_id = await _emergency_key(residents, residents.ola_id, "garage")
    await _add(residents, CredentialKind.TAG, KARI_TAG, residents.ola_id)
    garage = door_link(residents.entry, "Garage")
    await sync_door(residents.entry, garage)

    assert site.units["garage"].unit.present_tag(KARI_TAG)
    await read_door(hass, garage)
    await hass.async_block_till_done(wait_background_tasks=True)

    (used,) = await records_of(residents.entry, EventKind.EMERGENCY_KEY_USED)
    assert (used.grant_id, used.source) == (grant_id, EventSource.TAG)
    assert [n["title"] for n in board] == ["Emergency key used at Garage"]


async def test_a_blocked_tag_is_logged_and_the_board_told_once_in_ten_minutes(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    board = _board(hass, residents)
    credential_id = await _add(residents, CredentialKind.TAG, KARI_TAG)
    await residents.apply(lambda r: r.block_credential(credential_id, now=residents.now()))
    entrance, laundry = _entrance(residents), door_link(residents.entry, "Laundry")
    for door in (entrance, laundry):
        await sync_door(residents.entry, door)
    unit = site.units["entrance"].unit
    events = access_events(hass)

    for _ in range(3):
        assert not unit.present_tag(KARI_TAG)
    await read_door(hass, entrance)

    presented = await records_of(residents.entry, EventKind.BLOCKED_CREDENTIAL_PRESENTED)
    assert len(presented) == 3
    for record in presented:
        assert (record.credential_id, record.person_id) == (credential_id, residents.kari_id)
        assert (record.reason, record.source) == ("disabled", EventSource.TAG)
    assert await records_of(residents.entry, EventKind.DENIED) == []
    (note,) = board
    assert note["title"] == "Blocked key tried at Entrance"
    assert note["message"] == (
        "A blocked tag (ending in 6E7F) was held to the reader at Entrance on "
        f"{_local(residents, presented[0].time)}. The door stayed locked."
    )
    assert "Kari" not in str(note)
    event = keypad_events(events)[0]
    assert (event.data["reason"], event.data["credential_id"]) == ("disabled", credential_id)
    assert _describe(hass)(event)["message"] == "refused Kari Nordmann's tag (blocked)"

    # The same tag at another door is news; at this door again only ten minutes on.
    assert not site.units["laundry"].unit.present_tag(KARI_TAG)
    await read_door(hass, laundry)
    assert [n["title"] for n in board[1:]] == ["Blocked key tried at Laundry"]
    _later(site, residents, BLOCKED_NOTICE_S - 60)
    assert not unit.present_tag(KARI_TAG)
    await read_door(hass, entrance)
    assert len(board) == 2
    _later(site, residents, 120)  # ten minutes after the one the board was told of
    assert not unit.present_tag(KARI_TAG)
    await read_door(hass, entrance)
    assert len(board) == 3
    assert board[2]["title"] == "Blocked key tried at Entrance"


async def test_a_blocked_pin_is_told_without_the_pin(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    board = _board(hass, residents)
    credential_id = await _add(residents, CredentialKind.PIN, KARI_PIN)
    await residents.apply(lambda r: r.block_credential(credential_id, now=residents.now()))
    entrance = _entrance(residents)
    await sync_door(residents.entry, entrance)

    assert not site.units["entrance"].unit.enter_pin(KARI_PIN)
    await read_door(hass, entrance)

    (record,) = await records_of(residents.entry, EventKind.BLOCKED_CREDENTIAL_PRESENTED)
    assert (record.credential_id, record.source) == (credential_id, EventSource.PIN)
    (note,) = board
    assert note["message"].startswith("A blocked PIN code was typed at Entrance on ")
    assert KARI_PIN not in str(note)


async def test_a_keypad_lockout_tells_the_board_once_per_door(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    board = _board(hass, residents)
    entrance, laundry = _entrance(residents), door_link(residents.entry, "Laundry")

    async def guess(name: str, door: DoorLink, tries: int) -> None:
        unit = site.units[name].unit
        async with reads_held(door):
            for n in range(tries):
                assert not unit.enter_pin(f"{135790 + n}")
        await read_door(hass, door)

    await guess("entrance", entrance, 8)  # 5 wrong, then 3 refused while locked
    refused = await records_of(residents.entry, EventKind.DENIED)
    assert [r.reason for r in refused].count("keypad_locked") == 3
    (note,) = board
    assert note["title"] == "Someone is guessing PIN codes at Entrance"
    locked = next(r for r in refused if r.reason == "keypad_locked")
    assert note["message"] == (
        f"The keypad at Entrance locked itself on {_local(residents, locked.time)} after too "
        "many wrong PIN codes in a row. It takes codes again after a minute."
    )
    await guess("entrance", entrance, 2)  # still locked, still the same episode
    assert len(board) == 1
    await guess("laundry", laundry, 6)
    assert [n["title"] for n in board] == [
        "Someone is guessing PIN codes at Entrance",
        "Someone is guessing PIN codes at Laundry",
    ]


async def test_a_credential_removed_before_the_read_stays_unattributed(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    credential_id = await _add(residents, CredentialKind.PIN, KARI_PIN)
    entrance = _entrance(residents)
    await sync_door(residents.entry, entrance)
    events = access_events(hass)

    async with reads_held(entrance):
        assert site.units["entrance"].unit.enter_pin(KARI_PIN)
        await residents.apply(lambda r: r.remove_credential(credential_id))
    await read_door(hass, entrance)

    (opened,) = await records_of(residents.entry, EventKind.UNLOCKED)
    assert (opened.credential_id, opened.person_id, opened.share_id) == (None, None, None)
    assert record_id(opened)  # what the unit said is kept
    (event,) = keypad_events(events)
    assert {"credential_id", "person_id", "share_id"}.isdisjoint(event.data)
    assert event.data["credential"] == record_id(opened)
    assert _describe(hass)(event)["message"] == "was opened with a PIN code"


async def test_the_logbook_forgets_a_credential_removed_after_the_event(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    """Names are looked up when the row is shown: a removed PIN names nobody any more."""
    credential_id = await _add(residents, CredentialKind.PIN, KARI_PIN)
    entrance = _entrance(residents)
    await sync_door(residents.entry, entrance)
    events = access_events(hass)
    assert site.units["entrance"].unit.enter_pin(KARI_PIN)
    await read_door(hass, entrance)
    (event,) = keypad_events(events)
    describe = _describe(hass)
    assert describe(event)["message"] == "was opened with Kari Nordmann's PIN code"

    await residents.apply(lambda r: r.remove_credential(credential_id))
    assert describe(Event(EVENT_ACCESS, dict(event.data)))["message"] == (
        "was opened with a PIN code"
    )


async def test_a_restart_during_a_guessing_episode_tells_the_board_nothing_new(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    board = _board(hass, residents)
    unit = site.units["entrance"].unit

    async def guess(tries: int) -> None:
        door = _entrance(residents)
        async with reads_held(door):
            for n in range(tries):
                assert not unit.enter_pin(f"{135790 + n}")
        await read_door(hass, door)

    await guess(6)  # 5 wrong, then refused while locked: one message
    assert len(board) == 1
    assert await hass.config_entries.async_unload(residents.entry.entry_id)
    assert await hass.config_entries.async_setup(residents.entry.entry_id)
    await hass.async_block_till_done()
    await guess(2)  # still locked: the same episode, told before the restart
    assert len(board) == 1
