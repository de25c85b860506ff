"""Figures of the credential sync over the simulated radio (`scripts/bench credentials`).

A hub syncs 2,500 PIN records to an empty reference unit, then, on a later connection and
with what it committed still in its bucket cache, one changed record. Round trips and ATT
bytes are the hub channel's counts for the whole connection (handshake, CRED_BUCKETS, any
CRED_READ_BUCKET, every transaction); times are wall-clock over the virtual link, so they
measure the software path, not air time.

Each entry of `MEASUREMENTS` returns its own figures, so more can be appended (the Home
Assistant side adds how long a block takes to reach the unit, and deriving a door's set).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
import dataclasses
import time

from custom_components.digitalkey.protocol.constants import CredentialType
from custom_components.digitalkey.protocol.credential_sync import BucketCache, sync_unit
from custom_components.digitalkey.protocol.records import CredentialRecord, credential_secret
from simulator.door_unit import UnitConfig
from simulator.testbed import Testbed

from .protocol import Figure

CODE = "27182818"
USERS = 2500


def _records(unit_secret: bytes, count: int) -> list[CredentialRecord]:
    """One PIN record per credential number (record id number << 6, slot 0)."""
    return [
        CredentialRecord(
            number << 6,
            number,
            CredentialType.PIN,
            credential_secret(unit_secret, CredentialType.PIN, f"{10_000_000 + number}"),
        )
        for number in range(1, count + 1)
    ]


async def sync_figures() -> list[Figure]:
    """A full sync of 2,500 records to an empty unit, then a sync of one change."""
    async with Testbed() as bed:
        address, unit = await bed.add_unit(
            UnitConfig(unit_id=bytes.fromhex("D1C0FFEEBE02"), setup_code=CODE)
        )
        result = await bed.pair(address, CODE)
        desired = _records(result.unit_secret, USERS)
        cache = BucketCache()

        ble, client = await bed.client(address, result)
        start = time.perf_counter()
        await sync_unit(client, desired, cache)
        full_ms = (time.perf_counter() - start) * 1000
        full = client.stats
        await ble.disconnect()
        assert len(unit.flash.credentials.live.records) == USERS

        desired[USERS // 2] = dataclasses.replace(desired[USERS // 2], valid_until=2_000_000_000)
        ble, client = await bed.client(address, result)
        await sync_unit(client, desired, cache)
        delta = client.stats
        await ble.disconnect()
    return [
        Figure("full_sync_2500_att_bytes", full.att_bytes, "bytes"),
        Figure("full_sync_2500_round_trips", full.round_trips, "round_trips"),
        Figure("full_sync_2500_ms", full_ms, "ms"),
        Figure("delta_sync_1_change_att_bytes", delta.att_bytes, "bytes"),
        Figure("delta_sync_1_change_round_trips", delta.round_trips, "round_trips"),
    ]


MEASUREMENTS: list[Callable[[], Awaitable[list[Figure]]]] = [sync_figures]
"""Every measurement of this bench, run in order."""


async def measure() -> list[Figure]:
    """Run every measurement and return the figures."""
    figures: list[Figure] = []
    for measurement in MEASUREMENTS:
        figures.extend(await measurement())
    return figures


def main() -> None:
    """Print the figures."""
    for figure in asyncio.run(measure()):
        print(figure.line())


if __name__ == "__main__":
    main()
