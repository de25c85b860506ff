"""Access events: the unit's log reaches the event entity, the bus and the logbook."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from homeassistant.const import ATTR_ENTITY_ID
from homeassistant.core import Context, Event, HomeAssistant, callback
from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser

from custom_components.digitalkey import logbook
from custom_components.digitalkey.access.model import CredentialKind
from custom_components.digitalkey.const import EVENT_ACCESS, EVENT_DOOR_REMOVED
from custom_components.digitalkey.event_records import EventKind
from custom_components.digitalkey.protocol.constants import CredentialType, LogEvent, LogSource
from custom_components.digitalkey.protocol.records import (
    CredentialOp,
    CredentialRecord,
    credential_secret,
)

from .conftest import Residents, Site, door_link
from .credential_support import access_events, read_door, records_of, sync_door, vault_of


def _give_pin(site: Site, door: str, cred_id: int, pin: str) -> None:
    unit = site.units[door].unit
    secret = credential_secret(unit.flash.unit_secret, CredentialType.PIN, pin)
    record = CredentialRecord(cred_id, 500 + cred_id, CredentialType.PIN, secret)
    unit.flash.credentials.live.apply(CredentialOp.upsert(record))


async def _events(hass: HomeAssistant, count: int) -> list[Event]:
    seen: list[Event] = []
    done = asyncio.Event()

    @callback
    def listener(event: Event) -> None:
        seen.append(event)
        if len(seen) >= count:
            done.set()

    remove = hass.bus.async_listen(EVENT_ACCESS, listener)
    try:
        async with asyncio.timeout(3):
            await done.wait()
    finally:
        remove()
    return seen


async def test_pin_on_keypad_fires_events(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    _give_pin(site, "entrance", 7, "2468")
    waiter = asyncio.create_task(_events(hass, 1))
    await asyncio.sleep(0)
    assert site.units["entrance"].unit.enter_pin("2468")
    (event,) = await waiter
    assert event.data["event"] == "pin_used"
    assert event.data["source"] == "pin"
    assert event.data["credential"] == 7
    entrance = next(s for s in loaded.subentries.values() if s.title == "Entrance")
    assert event.data["door_id"] == entrance.subentry_id
    assert "door" not in event.data  # ids only: the name is looked up when shown
    assert "2468" not in str(event.data)
    assert event.context.user_id is None  # nobody in Home Assistant did this
    await hass.async_block_till_done()
    state = hass.states.get("event.entrance_access")
    assert state.attributes["event_type"] == "pin_used"
    assert state.attributes["credential"] == 7


async def test_wrong_pin_is_denied_with_reason(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    waiter = asyncio.create_task(_events(hass, 1))
    await asyncio.sleep(0)
    assert not site.units["garage"].unit.enter_pin("0000")
    (event,) = await waiter
    assert event.data["event"] == "denied"
    assert event.data["reason"] == "unknown_credential"
    await hass.async_block_till_done()
    assert hass.states.get("event.garage_access").attributes["event_type"] == "denied"


async def test_unlock_from_the_app_names_the_user(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, hass_admin_user: MockUser
) -> None:
    waiter = asyncio.create_task(_events(hass, 1))
    await asyncio.sleep(0)
    await hass.services.async_call(
        "lock",
        "unlock",
        {ATTR_ENTITY_ID: "lock.laundry"},
        blocking=True,
        context=Context(user_id=hass_admin_user.id),
    )
    (event,) = await waiter
    assert event.data["event"] == "unlocked"
    assert event.data["source"] == "app"
    assert event.data["user_id"] == hass_admin_user.id
    assert event.context.user_id == hass_admin_user.id  # the logbook shows who it was


async def test_a_keypad_open_just_after_an_app_unlock_is_not_the_app_users(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, hass_admin_user: MockUser
) -> None:
    """A PIN code typed seconds after someone unlocked in the app is nobody's in the logbook.

    Home Assistant writes an entity's state with the context it was last given for a few
    seconds; the event entity is given the app user's context for the unlock, so the
    keypad's event must come with a context of its own, or its row names the app's user.
    """
    _give_pin(site, "entrance", 7, "2468")
    waiter = asyncio.create_task(_events(hass, 1))
    await asyncio.sleep(0)
    await hass.services.async_call(
        "lock",
        "unlock",
        {ATTR_ENTITY_ID: "lock.entrance"},
        blocking=True,
        context=Context(user_id=hass_admin_user.id),
    )
    (unlocked,) = await waiter
    assert unlocked.context.user_id == hass_admin_user.id
    await hass.async_block_till_done()
    assert hass.states.get("event.entrance_access").context.user_id == hass_admin_user.id

    waiter = asyncio.create_task(_events(hass, 1))
    await asyncio.sleep(0)
    assert site.units["entrance"].unit.enter_pin("2468")
    (typed,) = await waiter
    assert typed.data["event"] == "pin_used"
    assert typed.context.user_id is None
    await hass.async_block_till_done()
    state = hass.states.get("event.entrance_access")
    assert state.attributes["event_type"] == "pin_used"
    assert state.context.user_id is None
    assert state.context.id == typed.context.id  # the row and its event are one


async def test_door_contact_and_button_events_on_the_bus(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    waiter = asyncio.create_task(_events(hass, 2))
    await asyncio.sleep(0)
    unit = site.units["entrance"].unit
    unit.press_inside_button()
    unit.open_door()
    events = await waiter
    assert [e.data["event"] for e in events] == ["button", "door_opened"]
    await hass.async_block_till_done()
    # Door contact changes are not access events on the entity.
    assert hass.states.get("event.entrance_access").attributes["event_type"] == "button"


async def test_logbook_describes_access_events(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    described: dict[tuple[str, str], Callable[[Event], dict[str, Any]]] = {}

    def register(domain: str, event_type: str, describe: Callable[[Event], dict[str, Any]]) -> None:
        described[(domain, event_type)] = describe

    logbook.async_describe_events(hass, register)
    describe = described[("digitalkey", EVENT_ACCESS)]
    entrance = next(s for s in loaded.subentries.values() if s.title == "Entrance")
    ids = {"config_entry_id": loaded.entry_id, "door_id": entrance.subentry_id}
    denied = Event(
        EVENT_ACCESS, {**ids, "event": "denied", "reason": "outside_schedule", "source": "pin"}
    )
    assert describe(denied) == {
        "name": "Entrance",
        "message": "refused a PIN code (outside schedule)",
        "icon": "mdi:hand-back-left-off",
        "entity_id": "lock.entrance",
    }
    pin = Event(EVENT_ACCESS, {**ids, "event": "pin_used", "source": "pin"})
    assert describe(pin)["message"] == "was opened with a PIN code"
    relock = Event(EVENT_ACCESS, {**ids, "event": "locked", "source": "hub_relock"})
    assert (describe(relock)["message"], describe(relock)["icon"]) == (
        "was locked again by the hub after an open",
        "mdi:lock-clock",
    )
    # The unit's own relock reads as the unit's, beside the hub's, not as anybody's lock.
    own = Event(EVENT_ACCESS, {**ids, "event": "locked", "source": "auto_relock"})
    assert (describe(own)["message"], describe(own)["icon"]) == (
        "was locked again by itself",
        "mdi:lock-clock",
    )
    app_lock = Event(EVENT_ACCESS, {**ids, "event": "locked", "source": "app"})
    assert describe(app_lock)["message"] == "was locked from the app"
    # A guest link's open has a share and no user; a share gone since leaves the link.
    link = Event(EVENT_ACCESS, {**ids, "event": "opened", "source": "app", "share_id": "gone"})
    assert describe(link)["message"] == "was opened with a guest link"
    refused = Event(
        EVENT_ACCESS,
        {**ids, "event": "denied", "source": "app", "share_id": "gone", "reason": "expired"},
    )
    assert describe(refused)["message"] == "refused a guest link (expired)"
    # An HA user's share names its user through the context, like any command of ours.
    shared = Event(
        EVENT_ACCESS,
        {**ids, "event": "unlocked", "source": "app", "share_id": "s", "user_id": "u"},
    )
    assert describe(shared)["message"] == "was unlocked from the app"
    # A renamed door is shown by its new name; a deleted one as such.
    hass.config_entries.async_update_subentry(loaded, entrance, title="Front door")
    await hass.async_block_till_done()
    assert describe(pin)["name"] == "Front door"
    gone = Event(EVENT_ACCESS, {**ids, "door_id": "gone", "event": "locked"})
    assert describe(gone) == {"name": "Deleted door", "message": "was locked", "icon": "mdi:lock"}


async def test_logbook_describes_a_released_unit(hass: HomeAssistant) -> None:
    described: dict[tuple[str, str], Callable[[Event], dict[str, Any]]] = {}

    def register(domain: str, event_type: str, describe: Callable[[Event], dict[str, Any]]) -> None:
        described[(domain, event_type)] = describe

    logbook.async_describe_events(hass, register)
    describe = described[("digitalkey", EVENT_DOOR_REMOVED)]
    released = describe(Event(EVENT_DOOR_REMOVED, {"unit": "DK-3002", "released": True}))
    assert released["name"] == "Door unit DK-3002"
    assert "can be paired again" in released["message"]
    kept = describe(Event(EVENT_DOOR_REMOVED, {"unit": "DK-3002", "released": False}))
    assert "reset it by hand" in kept["message"]


async def test_only_another_controllers_commit_of_codes_is_announced(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    """This hub's own commit is logged but not announced: the sync sensor already shows it."""
    entry = residents.entry
    entrance = door_link(entry, "Entrance")
    events = access_events(hass)
    await residents.apply(
        lambda r: r.add_credential(
            CredentialKind.PIN,
            "583920",
            vault=vault_of(entry),
            now=residents.now(),
            person_id=residents.kari_id,
        )
    )
    await sync_door(entry, entrance)  # this hub commits, and reads the unit's record of it
    await hass.async_block_till_done()

    (ours,) = await records_of(entry, EventKind.CREDENTIALS_UPDATED)
    assert ours.door_id == entrance.identity.subentry_id
    assert [e for e in events if e.data["event"] == "credentials_updated"] == []

    other_hub = 0x0BADC0DE  # as another controller's CRED_COMMIT logs it (subject: its key)
    site.units["entrance"].unit.log(LogEvent.CREDENTIALS_UPDATED, LogSource.BLE, other_hub, 9)
    await read_door(hass, entrance)

    assert len(await records_of(entry, EventKind.CREDENTIALS_UPDATED)) == 2
    (theirs,) = [e for e in events if e.data["event"] == "credentials_updated"]
    assert (theirs.data["door_id"], theirs.data["source"]) == (
        entrance.identity.subentry_id,
        "app",
    )
    described: dict[tuple[str, str], Callable[[Event], dict[str, Any]]] = {}

    def register(domain: str, event_type: str, describe: Callable[[Event], dict[str, Any]]) -> None:
        described[(domain, event_type)] = describe

    logbook.async_describe_events(hass, register)
    row = described[("digitalkey", EVENT_ACCESS)](theirs)
    assert row["message"] == "received new codes and tags"
