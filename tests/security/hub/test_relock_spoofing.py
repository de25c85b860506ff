"""Nobody's lock reads "locked again by the hub", and nobody's record names someone else.

The hub's relock after a guest's open is a LOCK sent on the key kind `HUB_RELOCK`; the
record the unit writes for it is logged with the source `hub_relock`. An attacker near the
door keeps such a LOCK from the unit and forges a refusal in its place: the hub is told
nothing it can trust, and remembers the LOCK it sent. A resident's own LOCK moments later
must still be logged as theirs, not taken for the hub's relock; the same holds for an
unlock that never arrived and the next person's unlock.
"""

from __future__ import annotations

import asyncio
from typing import Any

from homeassistant.core import Context, HomeAssistant
import pytest

from custom_components.digitalkey.attribution import HUB_RELOCK, KeyUse
from custom_components.digitalkey.errors import OutcomeUnknown
from custom_components.digitalkey.event_records import EventKind, EventRecord, EventSource
from custom_components.digitalkey.protocol.constants import ErrorCode, LockState, Opcode

from .attacker import Interceptor
from .conftest import Residents, Site, door_link, unaccepted_challenge, until


async def _kept_from_the_unit(
    hass: HomeAssistant, site: Site, residents: Residents, opcode: Opcode, key: KeyUse | None
) -> None:
    """Send `opcode` on the entrance; the attacker drops it and forges a refusal instead."""
    link = door_link(residents.entry, "Entrance")
    mitm = Interceptor(site.units["entrance"])

    async def drop_and_refuse(radio_link: Any, data: bytes, with_response: bool) -> None:
        await mitm.inject_error(radio_link, ErrorCode.BUSY)

    await unaccepted_challenge(hass, link)  # so the command rides in HELLO
    mitm.arm(drop_and_refuse)
    try:
        with pytest.raises(OutcomeUnknown):
            await link.async_operate(opcode, Context(), key)
    finally:
        mitm.disarm()
        await asyncio.gather(*mitm.tasks)
        mitm.restore()
    await hass.async_block_till_done(wait_background_tasks=True)


async def _last(residents: Residents, kind: EventKind) -> EventRecord:
    await residents.hass.async_block_till_done(wait_background_tasks=True)
    log = residents.entry.runtime_data.event_log

    async def read() -> list[EventRecord]:
        return (await log.async_query(kinds=[kind])).records

    async with asyncio.timeout(10):
        while not await read():
            await asyncio.sleep(0.05)
            await residents.hass.async_block_till_done(wait_background_tasks=True)
    page = await log.async_query(kinds=[kind])
    return max(page.records, key=lambda record: record.unit_seq or 0)


async def test_a_resident_lock_after_a_relock_kept_from_the_unit_is_the_residents(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    unit = site.units["entrance"].unit
    await residents.call("unlock", "entrance", residents.kari)
    await _last(residents, EventKind.UNLOCKED)  # read: the link is idle again
    await _kept_from_the_unit(hass, site, residents, Opcode.LOCK, KeyUse(HUB_RELOCK))
    assert unit.lock_state is LockState.UNLOCKED  # the hub's relock never arrived
    await residents.call("lock", "entrance", residents.kari)
    await until(hass, lambda: unit.lock_state is LockState.LOCKED)
    locked = await _last(residents, EventKind.LOCKED)
    assert locked.source is not EventSource.HUB_RELOCK
    assert (locked.user_id, locked.person_id) == (residents.kari.id, residents.kari_id)


async def test_an_unlock_kept_from_the_unit_is_not_pinned_on_the_next_one(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    """Kari's unlock never arrives; the admin's unlock next is the admin's, not Kari's."""
    unit = site.units["entrance"].unit
    kari = residents.access.registry.grants[residents.bundle_grant_id]
    await _kept_from_the_unit(
        hass,
        site,
        residents,
        Opcode.UNLOCK,
        KeyUse("bundle", person_id=residents.kari_id, grant_id=kari.id),
    )
    assert unit.lock_state is LockState.LOCKED
    await residents.call("unlock", "entrance", residents.admin)
    await until(hass, lambda: unit.lock_state is LockState.UNLOCKED)
    unlocked = await _last(residents, EventKind.UNLOCKED)
    assert (unlocked.user_id, unlocked.person_id, unlocked.grant_id) == (
        residents.admin.id,
        None,
        None,
    )
