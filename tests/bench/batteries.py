"""Figures of the battery report (`scripts/bench batteries`).

`battery_report_40_doors_ms`: the report of a 40-door building whose every unit has a full
history (`MAX_READINGS`, 500 readings, one every 4 hours over 83 days, falling a little at
each, some with a battery change among them), built as `battery_report` builds it: each
door's row with its days-left fit, the order, and the texts (a summary per door, the
markdown table, the plain lines). The median of a few runs, wall-clock on this machine.
Reading the doors' state from their links and the entity registry is not part of it.
"""

from __future__ import annotations

from datetime import UTC, datetime
import random
import statistics
import time

from custom_components.digitalkey.batteries import text
from custom_components.digitalkey.batteries.history import (
    MAX_READINGS,
    BatteryHistory,
    Reading,
    record,
)
from custom_components.digitalkey.batteries.report import DoorFacts, build_report

DOORS = 40
NOW = 1_800_000_000
STEP_S = 4 * 3600


def history(rng: random.Random, readings: int) -> BatteryHistory:
    """A unit's history of `readings` readings, falling, perhaps with one battery change."""
    result = BatteryHistory()
    percent = rng.randrange(60, 100)
    start = NOW - readings * STEP_S
    change_at = rng.randrange(readings) if rng.random() < 0.3 else -1
    for index in range(readings):
        percent = 100 if index == change_at else max(0, percent - rng.choice((0, 0, 1)))
        at = start + index * STEP_S
        result = record(result, Reading(at, percent, 2200 + percent * 10 + (index % 2) * 20))
    return result


def doors(count: int, readings: int) -> list[DoorFacts]:
    """The building's doors, every one heard but one."""
    rng = random.Random(1)
    return [
        DoorFacts(
            door_id=f"door-{n:02d}",
            name=f"Entrance {n}",
            address=f"Storgata {n}",
            percent=None,
            millivolts=None,
            history=history(rng, readings),
            available=n != 0,
            silent_s=7200.0 if n == 0 else 3.0,
        )
        for n in range(count)
    ]


def _local(epoch: int) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%d %H:%M")


def measure(count: int = DOORS, readings: int = MAX_READINGS, runs: int = 5) -> dict[str, float]:
    """Median milliseconds for the report of `count` doors with `readings` readings each."""
    facts = doors(count, readings)
    assert all(len(door.history.readings) == readings for door in facts), "full histories"
    labels = dict(text.ENGLISH)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        rows = build_report(facts, 15, NOW, all_doors=True)
        summaries = [text.summary(row, labels, format_time=_local) for row in rows]
        table = text.markdown(rows, labels, threshold=15, format_time=_local)
        lines = text.text(rows, labels, threshold=15, format_time=_local)
        times.append((time.perf_counter() - started) * 1000)
        assert len(rows) == len(summaries) == count
        assert table
        assert lines
    return {f"battery_report_{count}_doors_ms": statistics.median(times)}


def main() -> None:
    """Print `name value unit` lines."""
    for name, value in measure().items():
        print(f"{name} {value:.1f} ms")


if __name__ == "__main__":
    main()
