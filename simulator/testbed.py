"""A building on the simulated radio without Home Assistant: units, one hub radio, clients.

Used by the end-to-end protocol tests and `scripts/bench protocol`; the Home Assistant
tests and `scripts/develop` use `ha_proxy.SimulatedProxy` instead of the bare central.
"""

from __future__ import annotations

from collections.abc import Callable
import itertools
from types import TracebackType
from typing import Any, Self

from bleak import BleakClient

from custom_components.digitalkey.protocol.client import DoorUnitClient, PairingResult, pair
from custom_components.digitalkey.protocol.keys import StaticKey

from .bleak_backend import BumbleBleakClient
from .door_unit import DoorUnit, UnitConfig
from .radio import RadioCentral, RadioPeripheral, VirtualRadio

HUB_ADDRESS = "AA:BB:CC:00:00:10"


class Testbed:
    """Door units and a hub radio on one virtual air."""

    __test__ = False  # not a pytest test class

    def __init__(self, *, mtu: int = 247, **radio_options: Any) -> None:
        """Prepare an empty air; the hub radio requests ATT MTU `mtu`."""
        self.radio = VirtualRadio(**radio_options)
        self.mtu = mtu
        self.hub_key = StaticKey.generate()
        self.central: RadioCentral | None = None
        self.units: dict[str, DoorUnit] = {}
        self.peripherals: dict[str, RadioPeripheral] = {}
        self._addresses = (f"D0:0E:C4:00:01:{n:02X}" for n in itertools.count(1))

    async def __aenter__(self) -> Self:
        """Power the hub radio on."""
        self.central = await self.radio.add_central(HUB_ADDRESS, max_mtu=self.mtu)
        await self.central.start_scanning()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop every unit and the air."""
        for unit in self.units.values():
            unit.detach()
        await self.radio.close()

    async def add_unit(self, config: UnitConfig, **unit_options: Any) -> tuple[str, DoorUnit]:
        """Put a unit on the air; returns its Bluetooth address and the unit."""
        address = next(self._addresses)
        unit = DoorUnit(config, **unit_options)
        peripheral = await self.radio.add_peripheral(address, unit)
        unit.attach(peripheral)
        await peripheral.start_advertising()
        self.units[address] = unit
        self.peripherals[address] = peripheral
        return address, unit

    async def connect(
        self, address: str, on_disconnect: Callable[[], None] | None = None
    ) -> BleakClient:
        """Connect the hub radio to a unit through bleak's public client and our backend."""
        assert self.central is not None
        ble = BleakClient(
            address,
            disconnected_callback=(lambda _c: on_disconnect()) if on_disconnect else None,
            backend=BumbleBleakClient,
            central=self.central,
        )
        await ble.connect()
        return ble

    async def pair(self, address: str, setup_code: str) -> PairingResult:
        """Press the unit's button and pair it with the hub key."""
        self.units[address].press_pairing_button()
        ble = await self.connect(address)
        try:
            return await pair(ble, setup_code=setup_code, hub_key=self.hub_key, label="Testbed")
        finally:
            await ble.disconnect()

    async def client(
        self, address: str, result: PairingResult
    ) -> tuple[BleakClient, DoorUnitClient]:
        """Connect and start an authenticated client (session opens on first command)."""
        holder: list[DoorUnitClient] = []
        ble = await self.connect(address, lambda: holder[0].connection_lost() if holder else None)
        client = DoorUnitClient(
            ble,
            unit_id=result.unit_id,
            hub_key=self.hub_key,
            unit_public=result.unit_public,
        )
        holder.append(client)
        await client.start()
        return ble, client
