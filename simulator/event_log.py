"""The unit's event log: a ring buffer whose sequence numbers survive reboots."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from custom_components.digitalkey.protocol.constants import LogEvent, LogSource
from custom_components.digitalkey.protocol.records import LogRecord

DEFAULT_CAPACITY = 1000
"""16 KB of flash: weeks of traffic on a busy entrance between two hub reads."""


@dataclass(slots=True)
class EventLog:
    """Append-only ring; the oldest records fall off when it is full."""

    capacity: int = DEFAULT_CAPACITY
    next_seq: int = 1
    acked_seq: int = 0
    records: deque[LogRecord] = field(default_factory=deque)

    def append(
        self, time: int, event: LogEvent, source: LogSource, subject: int = 0, detail: int = 0
    ) -> LogRecord:
        """Add a record with the next sequence number."""
        record = LogRecord(self.next_seq, time, event, source, subject, detail)
        self.next_seq += 1
        self.records.append(record)
        while len(self.records) > self.capacity:
            self.records.popleft()
        return record

    @property
    def last_seq(self) -> int:
        """Sequence number of the newest record (0 when none was ever written)."""
        return self.next_seq - 1

    @property
    def oldest_seq(self) -> int:
        """Sequence number of the oldest record still held."""
        return self.records[0].seq if self.records else self.next_seq

    def read(self, from_seq: int, max_count: int) -> list[LogRecord]:
        """Up to `max_count` records with seq >= from_seq, oldest first."""
        if not self.records:
            return []
        start = max(0, from_seq - self.records[0].seq)
        stop = min(len(self.records), start + max_count)
        return [self.records[index] for index in range(start, stop)]

    def ack(self, seq: int) -> None:
        """Remember how far the hub has stored the log."""
        self.acked_seq = max(self.acked_seq, min(seq, self.last_seq))
