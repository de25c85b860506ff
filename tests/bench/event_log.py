"""Figures of the event log (`scripts/bench events`).

`event_append_per_s`: records a second stored in batches of `LOG_PAGE` (a page of a unit's
log, one transaction each, synced as before a LOG_ACK). `event_query_1m_ms`: the newest 100
events of one person among 1,000,000 records spread over 100 doors and 10,000 people
(median of several people), on this machine's disk.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
import random
import statistics
import tempfile
import time

from custom_components.digitalkey.door_link import LOG_PAGE
from custom_components.digitalkey.event_log import EventLog
from custom_components.digitalkey.event_records import EventKind, EventRecord, EventSource

T0 = 1_800_000_000
KINDS = (EventKind.UNLOCKED, EventKind.LOCKED, EventKind.DENIED, EventKind.UNLATCHED)


def _records(count: int, doors: int, people: int, rng: random.Random) -> Iterator[EventRecord]:
    """`count` records over 90 days, in time order, like a building's log."""
    span = 90 * 86_400
    for index in range(count):
        yield EventRecord(
            time=T0 + index * span // count,
            kind=rng.choice(KINDS),
            door_id=f"door-{rng.randrange(doors):03d}",
            person_id=f"person-{rng.randrange(people):05d}",
            source=EventSource.PIN,
            credential_id=str(rng.randrange(1, 2500)),
        )


def measure_append(path: Path, batches: int = 50) -> float:
    """Records a second, appended `LOG_PAGE` at a time (one door unit's page each)."""
    log = EventLog(path)
    rng = random.Random(1)
    try:
        started = time.perf_counter()
        for batch in range(batches):
            door = f"door-{batch % 100:03d}"
            page = [
                EventRecord(
                    time=T0 + batch, kind=EventKind.UNLOCKED, door_id=door,
                    unit_seq=batch * LOG_PAGE + i + 1, source=EventSource.TAG,
                    credential_id=str(rng.randrange(2500)),
                )
                for i in range(LOG_PAGE)
            ]  # fmt: skip
            log.append_unit_records(door, page)
        return batches * LOG_PAGE / (time.perf_counter() - started)
    finally:
        log.close()


def measure_query(path: Path, records: int, doors: int = 100, people: int = 10_000) -> float:
    """Median milliseconds of one person's newest 100 events among `records`."""
    log = EventLog(path)
    rng = random.Random(2)
    try:
        batch: list[EventRecord] = []
        for record in _records(records, doors, people, rng):
            batch.append(record)
            if len(batch) == 20_000:
                log.append(batch)
                batch = []
        log.append(batch)
        timings = []
        for person in rng.sample(range(people), 20):
            started = time.perf_counter()
            page = log.query(person=f"person-{person:05d}", limit=100)
            timings.append((time.perf_counter() - started) * 1000)
            assert all(r.person_id == f"person-{person:05d}" for r in page.records)
        return statistics.median(timings)
    finally:
        log.close()


def measure(records: int = 1_000_000) -> list[str]:
    """The printed lines."""
    with tempfile.TemporaryDirectory() as folder:
        rate = measure_append(Path(folder) / "append.sqlite3")
        query_ms = measure_query(Path(folder) / "query.sqlite3", records)
    return [f"event_append_per_s {rate:.0f} records/s", f"event_query_1m_ms {query_ms:.3f} ms"]


def main() -> None:
    """Print the figures."""
    for line in measure():
        print(line)


if __name__ == "__main__":
    main()
