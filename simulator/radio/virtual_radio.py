"""The simulated air shared by door units and hub radios, and its advertising channel.

Bumble's ``LocalLink`` replays the advertising data as scan response, reports a fixed
RSSI and advertises on a timer, so the advertisement channel is implemented here:
each advertising peripheral broadcasts its encoded legacy advertising data and scan
response to every scanning central at once when it changes and then every
``advertising_interval`` seconds. Bumble's connectable advertising still runs
underneath (nobody scans it): it is what lets Bumble's controllers establish
connections.
"""

import asyncio
from dataclasses import dataclass, field
import itertools
from typing import Final, Self

from bumble import hci

from .air import Air
from .central import RadioCentral
from .errors import RadioError
from .peripheral import PeripheralHandler, RadioPeripheral

__all__ = ["ADVERTISING_INTERVAL", "VirtualRadio"]

ADVERTISING_INTERVAL: Final = 2.0
"""Seconds between two broadcasts of an unchanged advertisement."""


@dataclass
class _Nodes:
    peripherals: dict[str, RadioPeripheral] = field(default_factory=dict)
    centrals: dict[str, RadioCentral] = field(default_factory=dict)


class VirtualRadio:
    """The simulated air shared by door units and hub radios."""

    def __init__(
        self,
        *,
        advertising_interval: float = ADVERTISING_INTERVAL,
        max_connect_wait: float | None = None,
    ) -> None:
        """Create an empty air.

        ``advertising_interval`` is how often unchanged advertisements repeat;
        ``max_connect_wait`` caps how long any connection attempt waits for an
        unreachable peer (None: the caller's timeout), to keep tests of offline
        door units fast.
        """
        self.air = Air()  # type: ignore[no-untyped-call]
        self._advertising_interval = advertising_interval
        self.max_connect_wait = max_connect_wait
        self._nodes = _Nodes()
        self._connection_ids = itertools.count(1)
        self._closed = False

    @property
    def advertising_interval(self) -> float:
        """Seconds between repeats of an unchanged advertisement."""
        return self._advertising_interval

    @advertising_interval.setter
    def advertising_interval(self, value: float) -> None:
        self._advertising_interval = value
        for peripheral in self._nodes.peripherals.values():
            peripheral.advertising_interval_changed()

    @property
    def peripherals(self) -> dict[str, RadioPeripheral]:
        """Peripherals on the air, by address."""
        return dict(self._nodes.peripherals)

    @property
    def centrals(self) -> dict[str, RadioCentral]:
        """Centrals on the air, by address."""
        return dict(self._nodes.centrals)

    def _claim(self, address: str) -> str:
        if self._closed:
            raise RadioError("radio is closed")
        address = str(hci.Address(address.upper()))
        if address in self._nodes.peripherals or address in self._nodes.centrals:
            raise ValueError(f"address {address} is already on the air")
        return address

    async def add_peripheral(
        self, address: str, handler: PeripheralHandler, *, max_mtu: int = 247
    ) -> RadioPeripheral:
        """Add a powered-on peripheral serving the door-unit GATT service.

        It does not advertise until ``set_advertisement`` and ``start_advertising``.
        """
        address = self._claim(address)
        peripheral = RadioPeripheral(self, address, handler, max_mtu=max_mtu)
        self._nodes.peripherals[address] = peripheral
        await peripheral.power_on()
        return peripheral

    async def add_central(self, address: str, *, max_mtu: int = 247) -> RadioCentral:
        """Add a central (a hub adapter or proxy radio), not yet scanning."""
        address = self._claim(address)
        central = RadioCentral(self, address, max_mtu=max_mtu)
        self._nodes.centrals[address] = central
        await central.device.power_on()
        return central

    def new_connection_id(self) -> int:
        """A connection id never used before on this radio (Bumble reuses handles)."""
        return next(self._connection_ids)

    def broadcast(self, address: str, rssi: int, adv_data: bytes, scan_response: bytes) -> None:
        """Deliver one advertising event to every scanning central (called by peripherals)."""
        loop = asyncio.get_running_loop()
        for central in self._nodes.centrals.values():
            if central.scanning:
                loop.call_soon(
                    central.receive_advertisement, address, rssi, adv_data, scan_response
                )

    def announce_to(self, central: RadioCentral) -> None:
        """Let a central that starts scanning hear current advertisements now."""
        loop = asyncio.get_running_loop()
        for peripheral in self._nodes.peripherals.values():
            payload = peripheral.broadcast_payload
            if payload is not None:
                loop.call_soon(
                    central.receive_advertisement, peripheral.address, peripheral.rssi, *payload
                )

    def detach(self, node: RadioPeripheral | RadioCentral) -> None:
        """Forget a closed node and take its controller off the air (called by the node)."""
        if isinstance(node, RadioPeripheral):
            self._nodes.peripherals.pop(node.address, None)
        else:
            self._nodes.centrals.pop(node.address, None)
        self.air.controllers.discard(node.controller)

    async def close(self) -> None:
        """Power everything off and cancel all timers; idempotent."""
        self._closed = True
        for central in list(self._nodes.centrals.values()):
            await central.close()
        for peripheral in list(self._nodes.peripherals.values()):
            await peripheral.close()

    async def __aenter__(self) -> Self:
        """Use as ``async with VirtualRadio() as radio``."""
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        """Close on exit."""
        await self.close()
