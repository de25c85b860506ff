"""A keypad record must never be pinned on the wrong person, nor spend another share's uses.

A log record cannot be forged: records come only inside an authenticated session with the
unit. What an attacker (or a muddle) can do is make a unit hold records this building's
hub did not derive, or use a PIN the registry no longer lets in before the unit hears of
it. Each case here types the PIN at the reference unit over the simulated radio and reads
the log back through the hub's own reading.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from homeassistant.core import HomeAssistant

from custom_components.digitalkey.access.credential_vault import CredentialVault
from custom_components.digitalkey.access.model import CredentialKind, Role, ShareKind
from custom_components.digitalkey.access.registry import Registry
from custom_components.digitalkey.event_records import EventKind
from custom_components.digitalkey.protocol.constants import CredentialType
from custom_components.digitalkey.protocol.records import CredentialRecord, credential_secret
from tests.integration.credential_support import (
    access_events,
    keypad_events,
    read_door,
    record_id,
    records_of,
    sync_door,
    vault_of,
    wire_records,
    write_records,
)

from .conftest import Residents, Site, door_link

GUEST_PIN = "480264"
ATTRIBUTION_FIELDS = ("credential_id", "person_id", "share_id", "grant_id")


async def _guest_share(residents: Residents, door: str) -> str:
    """A share of `door` to the guest user, which no keypad record may spend."""
    change = await residents.apply(
        lambda r: r.share_key(
            residents.kari_id,
            residents.door_ids[door],
            target=residents.guest.id,
            now=residents.now(),
        )
    )
    return change.created[0]


async def _pin_share(residents: Residents, door: str, pin: str, **terms: Any) -> str:
    change = await residents.apply(
        lambda r: r.share_key(
            residents.kari_id,
            residents.door_ids[door],
            now=residents.now(),
            kind=ShareKind.PIN,
            pin=pin,
            vault=vault_of(residents.entry),
            valid_from=residents.now() - timedelta(minutes=5),
            use_limit=5,
            **terms,
        )
    )
    return change.created[0]


def _uses(residents: Residents) -> dict[str, int]:
    return {share_id: share.uses for share_id, share in residents.access.registry.shares.items()}


def _assert_nobody(record: Any) -> None:
    for field in ATTRIBUTION_FIELDS:
        assert getattr(record, field) is None, field


async def test_an_unknown_record_id_names_nobody_and_spends_no_share(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    await _guest_share(residents, "entrance")
    share_id = await _pin_share(residents, "entrance", GUEST_PIN)
    number = residents.access.registry.credential_of_share(share_id).number  # type: ignore[union-attr]
    entrance = door_link(residents.entry, "Entrance")
    secret = entrance.identity.unit_secret
    stray = [
        # A number the building never gave out.
        CredentialRecord(
            999 << 6,
            999,
            CredentialType.PIN,
            credential_secret(secret, CredentialType.PIN, "246813"),
        ),
        # The PIN share's number on a tag: a record of the wrong kind.
        CredentialRecord(
            number << 6 | 1,
            number,
            CredentialType.TAG,
            credential_secret(secret, CredentialType.TAG, bytes.fromhex("04C0FFEE")),
        ),
    ]
    await write_records(entrance, stray)
    await entrance.async_refresh()
    before = _uses(residents)
    events = access_events(hass)
    unit = site.units["entrance"].unit

    assert unit.enter_pin("246813")
    assert unit.present_tag(bytes.fromhex("04C0FFEE"))
    await read_door(hass, entrance)

    opened = await records_of(residents.entry, EventKind.UNLOCKED)
    assert [record_id(r) for r in opened] == [999 << 6, number << 6 | 1]
    for record in opened:
        _assert_nobody(record)
    assert await records_of(residents.entry, EventKind.SHARE_USED) == []
    assert _uses(residents) == before
    for event in keypad_events(events):
        assert {"credential_id", "person_id", "share_id"}.isdisjoint(event.data)


async def test_another_buildings_credential_numbers_name_nobody_here(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    """Another hub paired to the unit wrote its own building's records, numbered from 1 too."""
    now = residents.now()
    vault = vault_of(residents.entry)
    # Here, number 1 is Ola's PIN (no key to the entrance) and 2 a PIN share of the laundry.
    ola_pin = await residents.apply(
        lambda r: r.add_credential(
            CredentialKind.PIN, "731902", vault=vault, now=now, person_id=residents.ola_id
        )
    )
    laundry_share = await _pin_share(residents, "laundry", "604817")
    registry = residents.access.registry
    assert registry.credentials[ola_pin.created[0]].number == 1
    assert registry.credential_of_share(laundry_share).number == 2  # type: ignore[union-attr]
    # There, numbers 1 and 2 are two neighbours' PINs for the same unit's door.
    there = Registry()
    there_vault = CredentialVault.from_hub_key(bytes(range(32)))
    there.add_door("their-door", "Front door")
    for name, pin in (("Per Olsen", "258036"), ("Liv Dahl", "369147")):
        person = there.add_person(name, role=Role.OWNER, now=now).created[0]
        there.grant_access([person], now=now, door_ids=["their-door"])
        there.add_credential(CredentialKind.PIN, pin, vault=there_vault, now=now, person_id=person)
    entrance = door_link(residents.entry, "Entrance")
    foreign = wire_records(
        there, there_vault, "their-door", entrance.identity.unit_secret, datetime.now(UTC)
    )
    assert sorted(r.cred_id >> 6 for r in foreign) == [1, 2]
    await write_records(entrance, foreign)
    await entrance.async_refresh()
    events = access_events(hass)
    unit = site.units["entrance"].unit

    assert unit.enter_pin("258036")
    assert unit.enter_pin("369147")
    await read_door(hass, entrance)

    opened = await records_of(residents.entry, EventKind.UNLOCKED)
    assert sorted(record_id(r) >> 6 for r in opened) == [1, 2]
    for record in opened:
        _assert_nobody(record)  # not Ola, not the laundry share's maker
    assert registry.shares[laundry_share].uses == 0
    assert await records_of(residents.entry, EventKind.SHARE_USED) == []
    for event in keypad_events(events):
        assert residents.ola_id not in str(event.data)
        assert residents.kari_id not in str(event.data)


async def test_a_revoked_pin_share_spends_nothing_and_a_pruned_one_names_nobody(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    """The unit has not heard of the revocation yet and opens; the hub counts no use."""
    other = await _guest_share(residents, "entrance")
    share_id = await _pin_share(residents, "entrance", GUEST_PIN, notify_on_use=True)
    credential_id = residents.access.registry.credential_of_share(share_id).id  # type: ignore[union-attr]
    entrance = door_link(residents.entry, "Entrance")
    await sync_door(residents.entry, entrance)
    await residents.apply(lambda r: r.revoke_share(share_id, now=residents.now()))
    unit = site.units["entrance"].unit

    assert unit.enter_pin(GUEST_PIN)
    await read_door(hass, entrance)

    (opened,) = await records_of(residents.entry, EventKind.UNLOCKED)
    # Named truly: the revoked share's PIN, its maker; nobody else's.
    assert (opened.share_id, opened.credential_id, opened.person_id) == (
        share_id,
        credential_id,
        residents.kari_id,
    )
    (used,) = await records_of(residents.entry, EventKind.SHARE_USED)
    assert used.share_id == share_id
    assert used.detail["counted"] is False
    assert residents.access.registry.shares[share_id].uses == 0
    assert residents.access.registry.shares[other].uses == 0

    # Another PIN share, revoked, typed before the unit heard of it, then pruned before
    # the hub read the record: the share and its PIN are gone, and that record names nobody.
    pruned = await _pin_share(residents, "entrance", "730158")
    pruned_credential = residents.access.registry.credential_of_share(pruned).id  # type: ignore[union-attr]
    await sync_door(residents.entry, entrance)
    await residents.apply(lambda r: r.revoke_share(pruned, now=residents.now()))
    assert unit.enter_pin("730158")
    await residents.apply(lambda r: r.prune_shares(residents.now() + timedelta(seconds=1)))
    assert pruned_credential not in residents.access.registry.credentials
    await read_door(hass, entrance)
    latest = (await records_of(residents.entry, EventKind.UNLOCKED))[-1]
    _assert_nobody(latest)
    assert len(await records_of(residents.entry, EventKind.SHARE_USED)) == 1
    assert residents.access.registry.shares[other].uses == 0
