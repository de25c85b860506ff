"""Figures of the credential sync over the simulated radio (`scripts/bench credentials`).

A hub syncs 2,500 PIN records to an empty reference unit, then, on a later connection and
with what it committed still in its bucket cache, one changed record. Round trips and ATT
bytes are the hub channel's counts for the whole connection (handshake, CRED_BUCKETS, any
CRED_READ_BUCKET, every transaction); times are wall-clock over the virtual link, so they
measure the software path, not air time.

`derive_2500_ms` is the hub deriving one door's set (`credential_records.derive_desired`:
who holds a key, each record's terms, and each secret unsealed and keyed by the unit
secret) from a registry of 10,000 people with a tag each, 2,500 of whom hold a key to that
door: the median of a few runs, each with the cache of secrets empty, as after a restart.
How long a block takes to reach the unit through Home Assistant is measured by
`credentials_ha_bench.py` (it needs Home Assistant's test harness).

Each entry of `MEASUREMENTS` returns its own figures, so more can be appended.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
import dataclasses
from datetime import UTC, datetime
import statistics
import time

from custom_components.digitalkey.access.credential_vault import CredentialVault
from custom_components.digitalkey.access.model import CredentialKind, Role
from custom_components.digitalkey.access.registry import Registry
from custom_components.digitalkey.credential_records import (
    RecordCache,
    derive_desired,
    door_kinds,
)
from custom_components.digitalkey.protocol.constants import CredentialType, Feature
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


PEOPLE = 10_000
DOORS = 100
DERIVE_RUNS = 5
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def _registry_of(vault: CredentialVault) -> Registry:
    """10,000 people with a tag each; the first 2,500 hold a key to `door-000`, the rest to
    others (one grant per hundred people, as an import of a residents file makes them)."""
    counter = iter(range(10**9))
    registry = Registry(id_factory=lambda: f"{next(counter):012x}")
    for n in range(DOORS):
        registry.add_door(f"door-{n:03d}", f"Door {n}")
    people = [
        registry.add_person(f"Resident {n}", role=Role.OWNER, now=NOW).created[0]
        for n in range(PEOPLE)
    ]
    for start in range(0, PEOPLE, 100):
        door = 0 if start < USERS else 1 + start // 100 % (DOORS - 1)
        registry.grant_access(people[start : start + 100], now=NOW, door_ids=[f"door-{door:03d}"])
    for n, person_id in enumerate(people):
        uid = (0x04000000 + n).to_bytes(4)
        registry.add_credential(CredentialKind.TAG, uid, vault=vault, person_id=person_id, now=NOW)
    return registry


async def derive_figures() -> list[Figure]:
    """One door's desired set, with 2,500 holders, out of a 10,000-person registry."""
    vault = CredentialVault(bytes(range(32)))
    registry = _registry_of(vault)
    kinds = door_kinds(Feature.KEYPAD | Feature.TAG_READER)
    samples: list[float] = []
    for _ in range(DERIVE_RUNS):
        cache = RecordCache(bytes(32))
        start = time.perf_counter()
        desired = derive_desired(registry, "door-000", NOW, kinds=kinds, vault=vault, cache=cache)
        samples.append((time.perf_counter() - start) * 1000)
        assert len(desired.records) == USERS
    return [Figure("derive_2500_ms", statistics.median(samples), "ms")]


MEASUREMENTS: list[Callable[[], Awaitable[list[Figure]]]] = [sync_figures, derive_figures]
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
