"""The control center's reads on a small building, checked field by field; no secret in any.

`residents`' building: Kari holds the bundle "Entrance + laundry" (may share each door
twice) and gets a garage key on workdays 07:00–17:00 and a random PIN code; she shares the
entrance with Ola and with the user Guest (who is no person), and the laundry as a link
for "Cleaner" with one use. Ola has opened the entrance once with her share.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
import json
from typing import Any
from urllib.parse import urlparse

from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.digitalkey.const import CONF_HUB_KEY
from custom_components.digitalkey.protocol.constants import LockState
from custom_components.digitalkey.service_support import local_time

from .conftest import Residents, Site, until
from .credential_sync_support import sync_of
from .websocket_support import Socket, async_socket

WORKDAYS = [{"weekdays": ["mon", "tue", "wed", "thu", "fri"], "start": "07:00", "end": "17:00"}]
TAG_UID = "04A23B1C"


@dataclass
class Keys:
    """What the test building was given, by id."""

    garage_grant: str
    pin_credential: str
    pin: str
    tag_credential: str
    ola_share: str
    guest_share: str
    link_share: str
    link_token: str


@pytest.fixture
async def keys(
    hass: HomeAssistant,
    site: Site,
    residents: Residents,
    admin: Socket,
    hass_ws_client: WebSocketGenerator,
) -> Keys:
    kari = await async_socket(hass, hass_ws_client, residents.kari)
    ola = await async_socket(hass, hass_ws_client, residents.ola)
    garage = await admin.result(
        "digitalkey/grants/add",
        person_ids=[residents.kari_id],
        doors=["lock.garage"],
        schedule=WORKDAYS,
    )
    pin = await admin.result(
        "digitalkey/credentials/add", person_id=residents.kari_id, new_pin=True
    )
    tag = await admin.result(
        "digitalkey/credentials/add_tag", person_id=residents.kari_id, tag_uid=TAG_UID
    )
    ola_share = await kari.result(
        "digitalkey/shares/add", door="lock.entrance", user_id=residents.ola.id
    )
    guest_share = await kari.result(
        "digitalkey/shares/add", door="lock.entrance", user_id=residents.guest.id
    )
    link = await kari.result(
        "digitalkey/shares/add", door="lock.laundry", kind="link", use_limit=1, label="Cleaner"
    )
    assert (
        await ola.result("digitalkey/my_keys/operate", door="lock.entrance", action="unlock") == {}
    )
    assert site.units["entrance"].unit.lock_state is LockState.UNLOCKED
    sync = sync_of(residents.entry)
    await until(hass, lambda: all(sync.settled(door) for door in residents.door_ids.values()), 15)
    return Keys(
        garage_grant=garage["grant_ids"][0],
        pin_credential=pin["credential_id"],
        pin=pin["pin"],
        tag_credential=tag["credential_id"],
        ola_share=ola_share["share_id"],
        guest_share=guest_share["share_id"],
        link_share=link["share_id"],
        link_token=urlparse(link["url"]).path.rsplit("/", 1)[-1],
    )


def _local(residents: Residents, value: datetime | None) -> str | None:
    tz = residents.access.registry.settings.tz
    return None if value is None else value.astimezone(tz).isoformat()


def _door(residents: Residents, name: str, lock_state: str = "locked") -> dict[str, Any]:
    door_id = residents.door_ids[name]
    status = sync_of(residents.entry).status(door_id)
    assert status.last_synced is not None
    return {
        "id": door_id,
        "name": name.capitalize(),
        "address": f"{name} entrance",
        "entrance": None,
        "entity_id": f"lock.{name}",
        "lock_state": lock_state,
        "battery": 90,
        "battery_critical": False,
        "sync": {
            "state": "in_sync",
            "pending": 0,
            "since": status.last_synced.isoformat(),
            "reason": None,
        },
        "has_keypad": True,
        "has_reader": True,
    }


async def test_the_overview_shows_every_door_and_person(
    residents: Residents, keys: Keys, admin: Socket
) -> None:
    overview = await admin.result("digitalkey/overview/get", entry_id=residents.entry.entry_id)
    assert overview["doors"] == [
        _door(residents, "entrance", "unlocked"),
        _door(residents, "garage"),
        _door(residents, "laundry"),
    ]
    kari, ola = overview["people"]
    assert kari == {
        "id": residents.kari_id,
        "name": "Kari Nordmann",
        "phone": "+4791234567",
        "email": None,
        "dwelling": "H0101",
        "entrance": "A",
        "role": "owner",
        "consent": True,
        "linked": True,
        "ha_user_id": residents.kari.id,
        "keys": 3,
        "shares": 3,
        "shares_at_limit": True,  # the entrance is shared twice, its limit
        "credentials": 2,
    }
    assert ola == {
        **kari,
        "id": residents.ola_id,
        "name": "Ola Hansen",
        "phone": None,
        "dwelling": "H0102",
        "ha_user_id": residents.ola.id,
        "keys": 1,  # Kari's share of the entrance
        "shares": 0,
        "shares_at_limit": False,
        "credentials": 0,
    }
    assert overview["bundles"] == [
        {
            "id": residents.bundle_id,
            "name": "Entrance + laundry",
            "door_ids": sorted([residents.door_ids["entrance"], residents.door_ids["laundry"]]),
        }
    ]
    assert overview["settings"] == {
        "allow_resident_pins": False,
        "pin_min_length": 6,
        "language": "en",
    }


async def test_a_persons_page_shows_their_keys_credentials_shares_and_events(
    residents: Residents, keys: Keys, admin: Socket
) -> None:
    page = await admin.result("digitalkey/person/get", person_id=residents.kari_id)
    registry = residents.access.registry
    assert page["person"]["name"] == "Kari Nordmann"
    assert page["person"]["language"] == "en"
    assert page["person"]["keys"] == 3
    bundle, garage = page["grants"]
    assert bundle == {
        "id": residents.bundle_grant_id,
        "kind": "normal",
        "door_id": None,
        "bundle_id": residents.bundle_id,
        "name": "Entrance + laundry",
        "door_ids": sorted([residents.door_ids["entrance"], residents.door_ids["laundry"]]),
        "valid_from": None,
        "valid_until": None,
        "schedule": None,
        "schedule_text": None,
        "may_share": True,
        "share_limit": 2,
        "shares_used": 3,
        "reason": None,
    }
    assert garage == {
        **bundle,
        "id": keys.garage_grant,
        "door_id": residents.door_ids["garage"],
        "bundle_id": None,
        "name": "Garage",
        "door_ids": [residents.door_ids["garage"]],
        "schedule": WORKDAYS,
        "schedule_text": "Monday–Friday 07:00–17:00",
        "may_share": False,
        "share_limit": 0,
        "shares_used": 0,
    }
    assert [row["credential_id"] for row in page["credentials"]] == [
        keys.pin_credential,
        keys.tag_credential,
    ]
    assert [(row["kind"], row["hint"]) for row in page["credentials"]] == [
        ("pin", None),
        ("tag", "3B1C"),
    ]
    ola_share = registry.shares[keys.ola_share]
    used = await residents.entry.runtime_data.event_log.async_query(
        kinds=["share_used"], person=residents.kari_id
    )
    (use,) = used.records
    assert page["shares"][0] == {
        "id": keys.ola_share,
        "door_id": residents.door_ids["entrance"],
        "door_name": "Entrance",
        "kind": "user",
        "label": None,
        "valid_from": _local(residents, ola_share.valid_from),
        "valid_until": None,
        "use_limit": None,
        "uses": 1,
        "status": "active",
        "last_used": local_time(use.time),
    }
    assert [
        (row["id"], row["kind"], row["status"], row["last_used"]) for row in page["shares"]
    ] == [
        (keys.ola_share, "user", "active", local_time(use.time)),
        (keys.guest_share, "user", "active", None),
        (keys.link_share, "link", "active", None),
    ]
    events = page["events"]
    assert 0 < len(events) <= 20
    assert {event["person_id"] for event in events} == {residents.kari_id}
    assert events[0]["kind"] == "share_used"
    newest = await admin.result("digitalkey/events/query", person_id=residents.kari_id, limit=20)
    assert events == newest["events"]


async def test_a_doors_page_shows_who_holds_a_key_and_why(
    residents: Residents, keys: Keys, admin: Socket
) -> None:
    page = await admin.result("digitalkey/door/get", door="lock.entrance")
    assert page["door"] == _door(residents, "entrance", "unlocked")
    registry = residents.access.registry
    always = "Valid at any time, open now."
    share_row = {
        "via": "share",
        "bundle_id": None,
        "bundle_name": None,
        "organisation_id": None,
        "organisation_name": None,
        "valid_until": None,
        "opens_now": True,
        "reason_text": always,
    }
    assert page["access"] == [
        {
            **share_row,
            "person_id": None,
            "name": "Guest",
            "key_id": keys.guest_share,
            "valid_from": _local(residents, registry.shares[keys.guest_share].valid_from),
        },
        {
            "person_id": residents.kari_id,
            "name": "Kari Nordmann",
            "via": "bundle",
            "key_id": residents.bundle_grant_id,
            "bundle_id": residents.bundle_id,
            "bundle_name": "Entrance + laundry",
            "organisation_id": None,
            "organisation_name": None,
            "valid_from": None,
            "valid_until": None,
            "opens_now": True,
            "reason_text": always,
        },
        {
            **share_row,
            "person_id": residents.ola_id,
            "name": "Ola Hansen",
            "key_id": keys.ola_share,
            "valid_from": _local(residents, registry.shares[keys.ola_share].valid_from),
        },
    ]
    newest = await admin.result("digitalkey/events/query", door="lock.entrance", limit=20)
    # The page is the log's newest page when it was read; the credential sync may have
    # logged a record since (its debounce ends when it will), which comes first now.
    since = [event for event in newest["events"] if event["id"] > page["events"][0]["id"]]
    assert page["events"][: len(newest["events"]) - len(since)] == newest["events"][len(since) :]
    assert {event["door_id"] for event in page["events"]} == {residents.door_ids["entrance"]}
    assert "share_used" in {event["kind"] for event in page["events"]}
    laundry = await admin.result("digitalkey/door/get", door=residents.door_ids["laundry"])
    link = next(row for row in laundry["access"] if row["key_id"] == keys.link_share)
    assert (link["person_id"], link["name"], link["via"], link["opens_now"]) == (
        None,
        "Cleaner",
        "share",
        True,
    )
    garage = await admin.result("digitalkey/door/get", door="lock.garage")
    (kari,) = garage["access"]
    assert (kari["via"], kari["key_id"]) == ("grant", keys.garage_grant)
    assert kari["reason_text"].startswith(("Valid Monday–Friday", "Outside"))


async def test_a_revoked_share_is_no_key_on_the_doors_page(
    residents: Residents, keys: Keys, admin: Socket
) -> None:
    await admin.result("digitalkey/shares/revoke", share_id=keys.guest_share)
    page = await admin.result("digitalkey/door/get", door="lock.entrance")
    assert keys.guest_share not in {row["key_id"] for row in page["access"]}
    person = await admin.result("digitalkey/person/get", person_id=residents.kari_id)
    statuses = {row["id"]: row["status"] for row in person["shares"]}
    assert statuses[keys.guest_share] == "revoked"


async def test_unknown_people_and_doors_are_refused(residents: Residents, admin: Socket) -> None:
    error = await admin.refusal("digitalkey/person/get", person_id="nobody")
    assert error["translation_key"] == "access_unknown_person"
    error = await admin.refusal("digitalkey/door/get", door="nowhere")
    assert error["translation_key"] == "access_unknown_door"


async def test_no_answer_holds_a_pin_tag_uid_token_or_key(
    residents: Residents, keys: Keys, admin: Socket, hass_ws_client: WebSocketGenerator
) -> None:
    """Every read a panel makes, scanned for every secret the building holds."""
    hass = residents.hass
    kari = await async_socket(hass, hass_ws_client, residents.kari)
    registry = residents.access.registry
    secrets = {
        keys.pin,
        TAG_UID,
        keys.link_token,
        residents.entry.data[CONF_HUB_KEY],
        *(link.identity.unit_secret.hex() for link in residents.entry.runtime_data.doors.values()),
        *(credential.sealed for credential in registry.credentials.values()),
        *(credential.lookup for credential in registry.credentials.values()),
        *(share.target for share in registry.shares.values() if share.kind.value != "ha_user"),
    }
    answers = [
        await admin.result("digitalkey/overview/get"),
        await admin.result("digitalkey/person/get", person_id=residents.kari_id),
        *[
            await admin.result("digitalkey/door/get", door=f"lock.{name}")
            for name in residents.door_ids
        ],
        await admin.result("digitalkey/credentials/list"),
        await admin.result("digitalkey/events/query", limit=1000),
        await admin.result("digitalkey/access/explain", person_id=residents.kari_id),
        await admin.result("digitalkey/people/export", person_id=residents.kari_id),
        await kari.result("digitalkey/my_keys/list"),
        await kari.result("digitalkey/shares/list"),
    ]
    text = json.dumps(answers).casefold()
    assert all(len(secret) >= 6 for secret in secrets)
    leaked = sorted(secret for secret in secrets if secret.casefold() in text)
    assert not leaked


async def test_a_page_is_written_in_the_panels_language_when_it_says(
    residents: Residents, keys: Keys, admin: Socket
) -> None:
    english = await admin.result("digitalkey/door/get", door="lock.entrance")
    norwegian = await admin.result("digitalkey/door/get", door="lock.entrance", language="nb")
    assert {row["reason_text"] for row in english["access"]} == {"Valid at any time, open now."}
    assert {row["reason_text"] for row in norwegian["access"]} == {"Gyldig når som helst, åpen nå."}
    refused = await admin.ask("digitalkey/door/get", door="lock.entrance", language="sv")
    assert refused["success"] is False
