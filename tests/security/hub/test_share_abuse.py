"""A guest tries to get more out of a shared key than it gives, over the simulated radio.

Each attack aims at the laundry door Kari shares: the unit must stay locked once the
share is spent, ended or gone, and the refusal must name the share's reason.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
import pytest

from custom_components.digitalkey.protocol.constants import LockState

from .conftest import Residents, Site


async def _share(residents: Residents, **terms: object) -> str:
    change = await residents.apply(
        lambda r: r.share_key(
            residents.kari_id,
            residents.door_ids["laundry"],
            target=residents.guest.id,
            now=residents.now(),
            **terms,  # type: ignore[arg-type]
        )
    )
    return change.created[0]


async def test_two_unlocks_at_once_on_a_single_use_share_open_once(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    share_id = await _share(residents, use_limit=1)
    outcomes = await asyncio.gather(
        residents.call("unlock", "laundry", residents.guest),
        residents.call("open", "laundry", residents.guest),
        return_exceptions=True,
    )
    refused = [outcome for outcome in outcomes if isinstance(outcome, ServiceValidationError)]
    assert len(refused) == 1, outcomes
    assert refused[0].translation_key == "denied_use_limit_reached"
    assert residents.access.registry.shares[share_id].uses == 1


async def test_a_spent_share_still_locks_but_no_longer_opens(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    await _share(residents, use_limit=1)
    await residents.call("unlock", "laundry", residents.guest)
    await residents.call("lock", "laundry", residents.guest)
    for service in ("unlock", "open"):
        with pytest.raises(ServiceValidationError):
            await residents.call(service, "laundry", residents.guest)
    assert site.units["laundry"].unit.lock_state is LockState.LOCKED


async def test_a_share_whose_window_ended_is_refused(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    await _share(residents, valid_until=residents.now() + timedelta(minutes=5))
    runtime = residents.entry.runtime_data
    real = runtime.wall_clock
    runtime.wall_clock = lambda: real() + 600  # the refusal is decided before any radio
    with pytest.raises(ServiceValidationError) as refused:
        await residents.call("unlock", "laundry", residents.guest)
    assert refused.value.translation_key == "denied_expired"
    assert site.units["laundry"].unit.lock_state is LockState.LOCKED


async def test_a_share_dies_with_the_grant_it_came_from(
    hass: HomeAssistant, site: Site, residents: Residents
) -> None:
    share_id = await _share(residents)
    await residents.apply(lambda r: r.revoke_access([residents.bundle_grant_id]))
    assert share_id not in residents.access.registry.shares
    with pytest.raises(ServiceValidationError) as refused:
        await residents.call("unlock", "laundry", residents.guest)
    assert refused.value.translation_key == "denied_no_key"
    assert site.units["laundry"].unit.lock_state is LockState.LOCKED
