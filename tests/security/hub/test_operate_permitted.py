"""An allowed action whose outcome is unknown is booked by the access gate, in one place.

`access_gate.async_operate_permitted` is what the lock entity and the guest page send
through. Here it is called directly, over the simulated radio, with every command
answered by a plaintext refusal an attacker forged before the unit's own answer: the unit
acts, the hub believes neither the refusal nor an outcome it never heard confirmed
(`OutcomeUnknown`), and the unlock or open is booked as one that went through.
"""

from __future__ import annotations

import asyncio
from typing import Any

from homeassistant.core import Context, HomeAssistant
import pytest

from custom_components.digitalkey.access.policy import Action
from custom_components.digitalkey.access_gate import (
    Permit,
    async_authorize,
    async_operate_permitted,
)
from custom_components.digitalkey.errors import OutcomeUnknown
from custom_components.digitalkey.event_records import EventKind
from custom_components.digitalkey.protocol.constants import ErrorCode, LockState, Opcode

from .attacker import Interceptor
from .conftest import Residents, Site, door_link, unaccepted_challenge


async def _share(residents: Residents, door: str) -> str:
    change = await residents.apply(
        lambda r: r.share_key(
            residents.kari_id,
            residents.door_ids[door],
            target=residents.guest.id,
            now=residents.now(),
            use_limit=3,
        )
    )
    return change.created[0]


async def _permit(residents: Residents, door: str, action: Action, user_id: str) -> Permit:
    link = door_link(residents.entry, door.capitalize())
    context = Context(user_id=user_id)
    return await async_authorize(residents.hass, residents.entry, link.identity, action, context)


async def _forged_refusal(
    hass: HomeAssistant, site: Site, residents: Residents, door: str, opcode: Opcode, permit: Permit
) -> None:
    """Send `opcode` on `permit` with a forged refusal ahead of the unit's answer."""
    link = door_link(residents.entry, door.capitalize())
    mitm = Interceptor(site.units[door])

    async def refuse_then_forward(radio_link: Any, data: bytes, with_response: bool) -> None:
        injected = asyncio.ensure_future(mitm.inject_error(radio_link, ErrorCode.BUSY))
        mitm.forward(radio_link, data, with_response)
        await injected

    await unaccepted_challenge(hass, link)  # so the command rides in HELLO
    mitm.arm(refuse_then_forward)
    try:
        with pytest.raises(OutcomeUnknown):
            await async_operate_permitted(
                hass, residents.entry, link, opcode, context=Context(), permit=permit
            )
    finally:
        mitm.disarm()
        await asyncio.gather(*mitm.tasks)
        mitm.restore()
    await hass.async_block_till_done(wait_background_tasks=True)


@pytest.mark.parametrize(
    ("action", "opcode"), [(Action.UNLOCK, Opcode.UNLOCK), (Action.OPEN, Opcode.UNLATCH)]
)
async def test_an_open_of_unknown_outcome_spends_a_share_use(
    hass: HomeAssistant, site: Site, residents: Residents, action: Action, opcode: Opcode
) -> None:
    share_id = await _share(residents, "laundry")
    permit = await _permit(residents, "laundry", action, residents.guest.id)
    await _forged_refusal(hass, site, residents, "laundry", opcode, permit)
    assert site.units["laundry"].unit.lock_state is not LockState.LOCKED  # it did open
    assert residents.access.registry.shares[share_id].uses == 1


async def test_a_confirmed_open_spends_a_use_and_a_lock_spends_none(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    """Without an attacker: the unit's answer is heard, and only the opening is booked."""
    share_id = await _share(residents, "laundry")
    link = door_link(residents.entry, "Laundry")
    for action, opcode, uses in ((Action.UNLOCK, Opcode.UNLOCK, 1), (Action.LOCK, Opcode.LOCK, 1)):
        permit = await _permit(residents, "laundry", action, residents.guest.id)
        await async_operate_permitted(
            hass, residents.entry, link, opcode, context=Context(), permit=permit
        )
        await hass.async_block_till_done(wait_background_tasks=True)
        assert residents.access.registry.shares[share_id].uses == uses
    assert site.units["laundry"].unit.lock_state is LockState.LOCKED


async def test_an_open_of_unknown_outcome_books_an_emergency_key_use(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    change = await residents.apply(
        lambda r: r.issue_emergency_key(
            residents.ola_id,
            reason="Water leak in the garage",
            admin_user_id=residents.admin.id,
            now=residents.now(),
            door_ids=[residents.door_ids["garage"]],
        )
    )
    permit = await _permit(residents, "garage", Action.UNLOCK, residents.ola.id)
    await _forged_refusal(hass, site, residents, "garage", Opcode.UNLOCK, permit)
    page = await residents.entry.runtime_data.event_log.async_query(
        kinds=[EventKind.EMERGENCY_KEY_USED]
    )
    (used,) = page.records
    assert (used.door_id, used.person_id, used.grant_id) == (
        residents.door_ids["garage"],
        residents.ola_id,
        change.created[0],
    )
