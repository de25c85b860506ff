"""A staff member's PIN code obeys the organisation's window at the door unit itself.

The board shortens an organisation's window after its manager gave a nurse a key; the hub
writes the organisation's end into the nurse's records, and the unit, out of the hub's
reach, refuses the code by its own clock once that end has passed, while a resident's code
from the board still opens.
"""

from __future__ import annotations

from datetime import timedelta

from homeassistant.core import HomeAssistant

from custom_components.digitalkey.access.door_credentials import record_id_of
from custom_components.digitalkey.access.model import CredentialKind, Role
from custom_components.digitalkey.protocol.constants import DenyReason, LockState, LogEvent

from .conftest import Residents, Site, door_link
from .credential_sync_support import live, until_synced, vault_of

NURSE_PIN = "731904"
KARI_PIN = "270615"


async def _pin(residents: Residents, person_id: str, pin: str) -> int:
    """Give the person a PIN code; its first record id on the units."""
    change = await residents.apply(
        lambda r: r.add_credential(
            CredentialKind.PIN,
            pin,
            vault=vault_of(residents.entry),
            person_id=person_id,
            now=residents.now(),
        )
    )
    return record_id_of(residents.access.registry.credential(change.created[0]).number, 0)


async def _staff_member(residents: Residents, name: str) -> str:
    now = residents.now()
    change = await residents.apply(
        lambda r: r.add_person(name, role=Role.SERVICE_PROVIDER, now=now)
    )
    return change.created[0]


async def test_a_staff_pin_stops_at_the_unit_when_the_organisations_window_ends(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    entry = residents.entry
    door_id = residents.door_ids["entrance"]
    sim = site.units["entrance"]
    now = residents.now()
    org = (
        await residents.apply(
            lambda r: r.create_organisation(
                "Home care", door_ids=[door_id], valid_until=now + timedelta(days=30), now=now
            )
        )
    ).created[0]
    manager = await _staff_member(residents, "Mona Manager")
    nurse = await _staff_member(residents, "Nils Nurse")
    await residents.apply(lambda r: r.update_staff(org, add=[nurse], managers=[manager], now=now))
    key = (
        await residents.apply(
            lambda r: r.grant_staff_access(manager, [nurse], door_ids=[door_id], now=now)
        )
    ).created[0]
    nurse_record = await _pin(residents, nurse, NURSE_PIN)
    kari_record = await _pin(residents, residents.kari_id, KARI_PIN)
    await until_synced(hass, entry, sim, door_id)

    end = now.replace(microsecond=0) + timedelta(minutes=10)
    await residents.apply(lambda r: r.update_organisation(org, valid_until=end, now=now))
    await until_synced(hass, entry, sim, door_id)
    assert live(sim)[nurse_record].valid_until == int(end.timestamp())
    assert live(sim)[kari_record].valid_until == 0
    assert residents.access.registry.grants[key].valid_until == now + timedelta(days=30), (
        "the key itself is unchanged: the organisation's window bounds it"
    )

    # The hub can no longer reach the unit (out of range of every proxy).
    await door_link(entry, "Entrance").connection.async_release_if_idle()
    site.radio.max_connect_wait = 0.05
    sim.peripheral.set_reachable(False)

    assert sim.unit.enter_pin(NURSE_PIN)
    sim.unit.set_lock_state(LockState.LOCKED)
    sim.unit.drift(end.timestamp() - sim.unit.now())  # the unit's clock reaches the end
    assert not sim.unit.enter_pin(NURSE_PIN)
    record = sim.unit.flash.log.records[-1]
    assert (record.event, record.subject, record.detail) == (
        LogEvent.DENIED,
        nurse_record,
        DenyReason.EXPIRED,
    )
    assert sim.unit.enter_pin(KARI_PIN), "the board's key to a resident is not the organisation's"
