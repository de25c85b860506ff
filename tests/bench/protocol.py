"""Figures of protocol v2 over the simulated radio (`scripts/bench protocol`).

Round trips are GATT write -> notify exchanges counted by the hub-side channel; bytes are
ATT PDU bytes (3-byte header + value) both ways. Times are wall-clock on this machine over
the virtual link, so they measure the software path (Bumble host stack, bleak backend,
crypto), not radio air time.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
import random
import statistics
import time

from custom_components.digitalkey.protocol.advertisement import (
    AdvertPayload,
    AdvertResolver,
    PairedAdvert,
)
from custom_components.digitalkey.protocol.client import PairingResult
from custom_components.digitalkey.protocol.constants import AdvertFlag
from custom_components.digitalkey.protocol.keys import advert_key
from simulator.door_unit import DoorUnit, UnitConfig
from simulator.testbed import Testbed

CODE = "14142135"


@dataclass(frozen=True)
class Figure:
    """One line of output: `name value unit`."""

    name: str
    value: float
    unit: str

    def line(self) -> str:
        """Format as printed."""
        value = f"{self.value:.3f}" if isinstance(self.value, float) else str(self.value)
        return f"{self.name} {value} {self.unit}"


async def _paired(bed: Testbed) -> tuple[str, DoorUnit, PairingResult]:
    address, unit = await bed.add_unit(
        UnitConfig(unit_id=bytes.fromhex("D1C0FFEEBE01"), setup_code=CODE)
    )
    return address, unit, await bed.pair(address, CODE)


def _no_rate_limit(unit: DoorUnit) -> None:
    """Forget the HELLOs the unit counted: the bench measures the path, not the limit.

    Fifty cold connections take less than `HELLO_BUDGET_S` here, so without this the unit's
    budget (§7.1) would answer BUSY after ten.
    """
    unit.reset_hello_budget()


async def measure(runs: int = 50, mtu: int = 247) -> list[Figure]:
    """Run every measurement and return the figures."""
    figures: list[Figure] = []
    async with Testbed(mtu=mtu) as bed:
        address, unit, result = await _paired(bed)
        figures.append(Figure("pairing_round_trips", result.round_trips, "round_trips"))

        # Cold with a fresh advertised challenge.
        cold_ms: list[float] = []
        cold_bytes = cold_rts = 0
        for _ in range(runs):
            _no_rate_limit(unit)
            ble, client = await bed.client(address, result)
            start = time.perf_counter()
            await client.unlock(challenge=unit.challenge)
            cold_ms.append((time.perf_counter() - start) * 1000)
            cold_rts, cold_bytes = client.stats.round_trips, client.stats.att_bytes
            await client.lock()
            await ble.disconnect()
        figures.append(Figure("unlock_round_trips_cold", cold_rts, "round_trips"))

        # Cold without a challenge: what a hub that scans passively gets (§2.2, §12).
        no_challenge_ms: list[float] = []
        for _ in range(runs):
            _no_rate_limit(unit)
            ble, client = await bed.client(address, result)
            start = time.perf_counter()
            await client.unlock()
            no_challenge_ms.append((time.perf_counter() - start) * 1000)
            await client.lock()
            await ble.disconnect()

        _no_rate_limit(unit)
        ble, client = await bed.client(address, result)
        await client.unlock()
        figures.append(
            Figure("unlock_round_trips_cold_no_challenge", client.stats.round_trips, "round_trips")
        )
        before = client.stats.round_trips
        warm_ms: list[float] = []
        for _ in range(runs):
            await client.lock()
            start = time.perf_counter()
            before = client.stats.round_trips
            await client.unlock()
            warm_ms.append((time.perf_counter() - start) * 1000)
        figures.append(
            Figure("unlock_round_trips_warm", client.stats.round_trips - before, "round_trips")
        )
        await ble.disconnect()

        figures.append(Figure("unlock_att_bytes", cold_bytes, "bytes"))
        figures.append(Figure("unlock_cold_median_ms", statistics.median(cold_ms), "ms"))
        figures.append(
            Figure("unlock_cold_no_challenge_median_ms", statistics.median(no_challenge_ms), "ms")
        )
        figures.append(Figure("unlock_warm_median_ms", statistics.median(warm_ms), "ms"))

        connect_ms: list[float] = []
        for _ in range(runs):
            _no_rate_limit(unit)
            start = time.perf_counter()
            ble, client = await bed.client(address, result)
            await client.unlock(challenge=unit.challenge)
            connect_ms.append((time.perf_counter() - start) * 1000)
            await ble.disconnect()
        figures.append(
            Figure("unlock_cold_with_connect_median_ms", statistics.median(connect_ms), "ms")
        )
    async with Testbed(mtu=23) as bed23:
        address, unit, result = await _paired(bed23)
        ble, client = await bed23.client(address, result)
        await client.unlock(challenge=unit.challenge)
        figures.append(Figure("unlock_att_bytes_mtu23", client.stats.att_bytes, "bytes"))
        figures.append(Figure("unlock_gatt_writes_mtu23", client.stats.writes, "writes"))
        await ble.disconnect()
    figures.append(Figure("advert_resolve_us", advert_resolve_us(), "us"))
    return figures


def advert_resolve_us(units: int = 50, runs: int = 2000) -> float:
    """Median microseconds for a hub to decode and resolve one advertisement among `units`.

    Each advertisement comes from a random one of the building's units (so on average half
    the keys are tried before the match), the way a hub hears them.
    """
    rng = random.Random(1)
    keys = {index: advert_key(rng.randbytes(32)) for index in range(units)}
    resolver = AdvertResolver(keys)
    samples: list[float] = []
    for _ in range(runs):
        index = rng.randrange(units)
        raw = PairedAdvert.build(
            keys[index], flags=AdvertFlag.PAIRED, change_counter=rng.randrange(1 << 16),
            challenge=rng.randbytes(8), prand=rng.randbytes(4),
        ).encode()  # fmt: skip
        start = time.perf_counter()
        found = resolver.resolve(AdvertPayload.decode(raw))
        samples.append((time.perf_counter() - start) * 1e6)
        assert found is not None
        assert found[0] == index
    return statistics.median(samples)


def main() -> None:
    """Print the figures."""
    for figure in asyncio.run(measure()):
        print(figure.line())


if __name__ == "__main__":
    main()
