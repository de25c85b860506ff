"""What a caretaker reads in Home Assistant's logbook for one opening, through its own query.

The rows come from the recorder through the logbook's websocket command, as the logbook
page asks for them, so every source of a row is in: the lock's state changes, the access
event entity's, and the `digitalkey_access` events `logbook.py` describes.
"""

from __future__ import annotations

from datetime import datetime
from http import HTTPStatus
from typing import Any

from homeassistant.components import recorder
from homeassistant.core import Context, HomeAssistant
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.components.recorder.common import (
    async_wait_recording_done,
)
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator, WebSocketGenerator

from custom_components.digitalkey.access.model import CredentialKind
from custom_components.digitalkey.const import DOMAIN
from custom_components.digitalkey.event_records import EventKind

from .conftest import FakeClock, Residents, Site, door_link, until
from .credential_support import read_door, sync_door, vault_of
from .guest_link_support import GuestLinks

KARI_PIN = "583920"


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(
    recorder_mock: recorder.Recorder, enable_custom_integrations: None
) -> None:
    """The recorder first: it must be set up before Home Assistant starts."""


async def _rows(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator, start: datetime
) -> list[dict[str, Any]]:
    """The logbook's rows since `start`, as the logbook page gets them."""
    await hass.async_block_till_done()
    await async_wait_recording_done(hass)
    client = await hass_ws_client()
    await client.send_json_auto_id({"type": "logbook/get_events", "start_time": start.isoformat()})
    answer = await client.receive_json()
    assert answer["success"], answer
    return list(answer["result"])


def _of_door(rows: list[dict[str, Any]], door: str) -> list[tuple[str, str]]:
    """(source, what) of each row about the door: its lock, its access events."""
    seen = []
    for row in rows:
        if row.get("domain") == DOMAIN and row.get("entity_id") == f"lock.{door}":
            seen.append(("described", str(row["message"])))
        elif row.get("entity_id") == f"lock.{door}":
            seen.append(("lock", str(row["state"])))
        elif row.get("entity_id") == f"event.{door}_access":
            seen.append(("event entity", str(row["attributes"]["event_type"])))
    return seen


async def test_one_opening_has_one_row_that_says_who_and_how(
    recorder_mock: recorder.Recorder,
    hass: HomeAssistant,
    site: Site,
    residents: Residents,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """The lock says what state it is in; one described row says who opened and how.

    Home Assistant shows every state change of the lock and of the access event entity:
    an integration cannot leave those out, and a described event type is shown for every
    event of it. The described row is the one that names the holder of a PIN code, and
    the app's user (the row's context); no other row of ours repeats it.
    """
    assert await async_setup_component(hass, "logbook", {})
    entry = residents.entry
    await residents.apply(
        lambda r: r.add_credential(
            CredentialKind.PIN,
            KARI_PIN,
            vault=vault_of(entry),
            now=residents.now(),
            person_id=residents.kari_id,
        )
    )
    entrance = door_link(entry, "Entrance")
    await sync_door(entry, entrance)

    start = dt_util.utcnow()
    await residents.call("unlock", "laundry", residents.kari)
    await until(hass, lambda: hass.states.get("event.laundry_access").state != "unknown", 5)
    rows = await _rows(hass, hass_ws_client, start)
    app = _of_door(rows, "laundry")
    assert app.count(("described", "was unlocked from the app")) == 1
    assert ("lock", "unlocked") in app
    assert app.count(("event entity", "unlocked")) == 1
    described = next(row for row in rows if row.get("domain") == DOMAIN)
    assert described["context_user_id"] == residents.kari.id  # the logbook names her

    start = dt_util.utcnow()
    assert site.units["entrance"].unit.enter_pin(KARI_PIN)
    await read_door(hass, entrance)
    rows = await _rows(hass, hass_ws_client, start)
    keypad = _of_door(rows, "entrance")
    assert [what for source, what in keypad if source == "described"] == [
        "was opened with Kari Nordmann's PIN code"
    ]
    assert ("lock", "unlocked") in keypad
    assert keypad.count(("event entity", "pin_used")) == 1
    assert KARI_PIN not in str(rows)


async def test_a_guest_links_open_names_the_link_by_its_maker_until_she_is_erased(
    recorder_mock: recorder.Recorder,
    hass: HomeAssistant,
    site: Site,
    residents: Residents,
    hass_ws_client: WebSocketGenerator,
    hass_client_no_auth: ClientSessionGenerator,
) -> None:
    """The row names the link and who shared it, looked up when shown; erased, neither.

    The guest is nobody in Home Assistant: the event carries the share's id, and the row
    says whose link it was the way it says whose PIN code was used.
    """
    assert await async_setup_component(hass, "logbook", {})
    links = GuestLinks(residents, hass_client_no_auth, FakeClock())
    answer = await links.make(label="Plumber")
    start = dt_util.utcnow()
    page = await links.press(links.path(answer))
    assert page.status == HTTPStatus.OK, page.text
    await until(hass, lambda: hass.states.get("event.entrance_access").state != "unknown", 5)
    rows = await _rows(hass, hass_ws_client, start)
    assert [what for source, what in _of_door(rows, "entrance") if source == "described"] == [
        "was opened with a guest link Kari Nordmann shared"
    ]
    token = links.path(answer).rsplit("/", 1)[1]
    assert token not in str(rows)
    assert "Plumber" not in str(rows)

    erased = await hass.services.async_call(
        DOMAIN,
        "erase_person",
        {"config_entry_id": residents.entry.entry_id, "person_id": residents.kari_id},
        blocking=True,
        context=Context(user_id=residents.admin.id),
        return_response=True,
    )
    # The event log's record of the open named her as the link's maker: now the pseudonym.
    log = residents.entry.runtime_data.event_log
    (opened,) = (await log.async_query(kinds=[EventKind.UNLATCHED])).records
    assert erased is not None
    assert opened.person_id == erased["token"]
    rows = await _rows(hass, hass_ws_client, start)
    assert [what for source, what in _of_door(rows, "entrance") if source == "described"] == [
        "was opened with a guest link"
    ]
