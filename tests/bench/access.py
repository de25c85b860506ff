"""Figures of the access model (`scripts/bench access`).

A generated building of the size seed 000 plans for and more: 100 doors in 10 key bundles,
10,000 people each linked to an HA user, 50,000 grants (three doors and two bundles per
person, a third of them on a weekday schedule, some time-limited) and 5,000 shares. It is
built through the registry's own operations, stored with `to_dict` and measured loading
back with `from_dict`. Decisions are residents opening a random door they hold a key to
(or, one time in ten, one they do not), timed one by one. The same decision on a building
ten times smaller shows that the cost does not grow with the registry.

`import_10k_rows_ms` is a board's 10,000-row residents file (Norwegian headers, semicolons,
BOM) imported into a building of 100 doors as the `import_residents` action does it: a dry
run (read the file, plan, report) and then the real run (read, plan, apply, and the stored
form written for saving), both in the figure. One person's events among a million records
(`event_query_1m_ms`) is measured by `scripts/bench events`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
import json
import random
import statistics
import time
from typing import Any

from custom_components.digitalkey.access.csv_import import read_residents
from custom_components.digitalkey.access.model import Role
from custom_components.digitalkey.access.policy import Action, Resident, decide
from custom_components.digitalkey.access.registry import Registry
from custom_components.digitalkey.access.resident_import import ANY_ENTRANCE, KeyTarget
from custom_components.digitalkey.access.schedules import WeeklySchedule

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
WORKDAYS = WeeklySchedule.of(*((day, 7 * 60, 17 * 60) for day in range(5)))


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


def building(doors: int, people: int, seed: int = 1) -> Registry:
    """A registry of `doors` doors, `people` people with five grants each, shares."""
    rng = random.Random(seed)
    counter = iter(range(10**9))
    registry = Registry(id_factory=lambda: f"{next(counter):012x}")
    door_ids = [f"door-{n:03d}" for n in range(doors)]
    for door_id in door_ids:
        registry.add_door(door_id, f"Door {door_id}")
    bundles = [
        registry.create_bundle(
            f"Bundle {n}", [door_ids[(n * 10 + k) % doors] for k in range(min(doors, 10))]
        ).created[0]
        for n in range(max(2, doors // 10))
    ]
    for n in range(people):
        person = registry.add_person(
            f"Resident {n}",
            role=Role.OWNER,
            phone=f"9{n:07d}",
            ha_user_id=f"user-{n}",
            now=NOW,
        ).created[0]
        schedule = WORKDAYS if n % 3 == 0 else None
        until = NOW + timedelta(days=rng.randrange(1, 400)) if n % 7 == 0 else None
        registry.grant_access(
            [person],
            door_ids=rng.sample(door_ids, min(3, doors)),
            bundle_ids=rng.sample(bundles, 2),
            schedule=schedule,
            valid_until=until,
            may_share=True,
            share_limit=2,
            now=NOW,
        )
        if n % 2 == 0 and people > 1:
            door_id = rng.choice(sorted(registry.doors_of(registry.grants_of(person)[0])))
            registry.share_key(
                person,
                door_id,
                target=f"user-{(n + 1 + rng.randrange(people - 1)) % people}",
                valid_until=NOW + timedelta(days=30),
                now=NOW,
            )
    return registry


def _decision_samples(registry: Registry, runs: int, seed: int = 2) -> list[float]:
    """Microseconds per `decide` call, one sample per call."""
    rng = random.Random(seed)
    users = [person.ha_user_id for person in registry.people.values() if person.ha_user_id]
    door_ids = sorted(registry.doors)
    asks: list[tuple[str, str]] = []
    for _ in range(runs):
        user = rng.choice(users)
        person = registry.person_for_user(user)
        assert person is not None
        held = sorted(
            door for grant in registry.grants_of(person.id) for door in registry.doors_of(grant)
        )
        door = rng.choice(door_ids) if rng.random() < 0.1 else rng.choice(held)
        asks.append((user, door))
    samples: list[float] = []
    clock = time.perf_counter_ns
    for user, door in asks:
        start = clock()
        decide(registry, Resident(user), door, Action.UNLOCK, NOW, allow_unattributed=False)
        samples.append((clock() - start) / 1000)
    return samples


def _percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _load_ms(stored: dict[str, Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        Registry.from_dict(stored)
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def _import_ms(doors: int, rows: int) -> float:
    """Milliseconds for the dry run and then the real run of a `rows`-row residents file."""
    from tests.access.residents_csv import (  # noqa: PLC0415 - test data, only when measuring
        Dialect,
        building as residents,
        write_table,
    )

    people = residents(rows, random.Random(3))[:rows]
    data = write_table(people, Dialect()).data
    registry = Registry(id_factory=iter(f"{n:012x}" for n in range(10**9)).__next__)
    for n in range(doors):
        registry.add_door(f"door-{n:03d}", f"Door {n}")
    bundle = registry.create_bundle("Entrance", ["door-000", "door-001"]).created[0]
    keys = {ANY_ENTRANCE: KeyTarget(bundle_id=bundle)}
    start = time.perf_counter()
    report = registry.preview_import(read_residents(data), keys=keys, now=NOW)
    _change, applied = registry.import_residents(read_residents(data), keys=keys, now=NOW)
    registry.to_dict()
    elapsed = (time.perf_counter() - start) * 1000
    assert report.as_dict() == applied.as_dict(), "the dry run must say what the run does"
    assert len(registry.people) == rows, "the bench file must import whole"
    return elapsed


def measure(
    doors: int = 100, people: int = 10_000, runs: int = 20_000, import_rows: int = 10_000
) -> list[Figure]:
    """Every figure, on a building of `doors` doors and `people` people (and one 10x smaller)."""
    large = building(doors, people)
    stored = json.loads(json.dumps(large.to_dict()))
    loaded = Registry.from_dict(stored)
    small = building(max(doors // 10, 1), max(people // 10, 2))
    large_samples = _decision_samples(loaded, runs)
    small_samples = _decision_samples(small, runs)
    start = time.perf_counter()
    loaded.to_dict()
    save_ms = (time.perf_counter() - start) * 1000
    return [
        Figure("registry_people", len(loaded.people), "people"),
        Figure("registry_grants", len(loaded.grants), "grants"),
        Figure("registry_load_ms", _load_ms(stored, 3), "ms"),
        Figure("registry_save_ms", save_ms, "ms"),
        Figure("open_decision_p50_us", statistics.median(large_samples), "us"),
        Figure("open_decision_p99_us", _percentile(large_samples, 0.99), "us"),
        Figure("open_decision_p50_small_us", statistics.median(small_samples), "us"),
        Figure(f"import_{import_rows // 1000}k_rows_ms", _import_ms(doors, import_rows), "ms"),
    ]


def main() -> None:
    """Print the figures."""
    for figure in measure():
        print(figure.line())


if __name__ == "__main__":
    main()
