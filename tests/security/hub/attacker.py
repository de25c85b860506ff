"""What an attacker near a door can do on the simulated radio, without any key.

* `spoof_advert`: broadcast an advertisement with the unit's address and chosen fields;
* `Interceptor`: sit between hub and unit on the unit's receive side (a man in the middle):
  hold, drop or forward the hub's writes, and inject plaintext notifications to the hub.

Nothing here touches the protocol library, the door link or the unit's logic: the unit
still decides everything about what it receives, the hub about what it hears.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from custom_components.digitalkey.protocol.advertisement import AdvertPayload, UnpairedAdvert
from custom_components.digitalkey.protocol.constants import AdvertFlag, ErrorCode
from custom_components.digitalkey.protocol.framing import fragment
from custom_components.digitalkey.protocol.gatt import MANUFACTURER_ID
from custom_components.digitalkey.protocol.messages import ErrorMessage
from tests.integration.conftest import SimUnit, Site, hear_advert


def spoof_advert(
    site: Site,
    sim: SimUnit,
    *,
    paired: bool | None = None,
    counter: int | None = None,
    rssi: int = -55,
) -> None:
    """Broadcast a forged advertisement for `sim`'s unit.

    A paired unit's own advertisements resolve only under its advert key, which the
    attacker lacks; what anyone can forge is the plain, unpaired form with the unit id
    (printed on the unit, and advertised while it was being installed), with the paired
    flag and the change counter of the attacker's choice.
    """
    real = sim.unit.advertisement()
    payload = real.manufacturer_data[MANUFACTURER_ID]
    if not paired:  # paired=True: a replay of the real one is all an attacker can send
        decoded = AdvertPayload.decode(payload)
        payload = UnpairedAdvert(
            flags=AdvertFlag(0),
            challenge=decoded.challenge,
            unit_id=sim.unit.unit_id,
            change_counter=(counter if counter is not None else 0) & 0xFFFF,
        ).encode()
    hear_advert(site, sim, payload, rssi=rssi)


type WriteAction = Callable[[Any, bytes, bool], Awaitable[None]]


class Interceptor:
    """Man in the middle on one unit's RX: every hub write passes through `on_write`.

    By default writes are forwarded at once. `arm(action)` hands the next message end
    (a write with response: the last fragment of a message) to `action`, which may hold
    it, drop it, inject something first, and forward it with `forward`.
    """

    def __init__(self, sim: SimUnit) -> None:
        self.sim = sim
        self._real = sim.unit.on_write
        self._action: WriteAction | None = None
        self.tasks: list[asyncio.Task[None]] = []
        sim.unit.on_write = self.on_write  # type: ignore[method-assign]

    def arm(self, action: WriteAction) -> None:
        self._action = action

    def disarm(self) -> None:
        """Forward the next message end too (an armed action that found none is dropped)."""
        self._action = None

    def on_write(self, link: Any, data: bytes, with_response: bool) -> None:
        action = self._action
        if action is None or not with_response:
            self._real(link, data, with_response)
            return
        self._action = None
        self.tasks.append(asyncio.get_running_loop().create_task(action(link, data, with_response)))

    def forward(self, link: Any, data: bytes, with_response: bool) -> None:
        self._real(link, data, with_response)

    @staticmethod
    async def inject_error(link: Any, code: ErrorCode) -> None:
        """Notify the hub a plaintext ERROR, as if the unit had sent it."""
        for piece in fragment(ErrorMessage(code).encode(), link.mtu):
            await link.notify(piece)

    def restore(self) -> None:
        self.sim.unit.on_write = self._real  # type: ignore[method-assign]
