"""The building's event log: one SQLite file, append-heavy, with retention and erasure.

Pure and blocking (stdlib `sqlite3`, no Home Assistant import): `event_log_runner.py` runs
it off the event loop. One file per building holds every record of every door and of the
hub itself, indexed by time, by (door, time) and by (person, time); what a record holds
is in `event_records.py`. It also holds each door's read position, written in the same
transaction as the door's records, so the position is never ahead of or behind them.

Durability: a door unit's records are committed here before the unit gets LOG_ACK, so a
commit must survive a power cut, not only a crash of Home Assistant. In WAL mode,
`synchronous=NORMAL` only survives the crash (the WAL is not synced at each commit and the
last transactions can roll back after a power cut); `synchronous=FULL` syncs the WAL at
every commit. Appends come in batches (a page of a unit's log is one transaction), so FULL
costs one sync per batch and is used for everything.

Erasure: `secure_delete` zeroes what deletes and updates leave behind in the file, and an
erasure checkpoints and truncates the WAL, so a pseudonymised person id is gone from the
disk and not only from query results.

Threads: one connection, used under a lock, so calls from any executor thread run one at
a time and a transaction never interleaves with another.

Unit sequence numbers make the unit's records idempotent: `(door, unit log, seq)` is
unique, where the unit log is a counter per door that moves on only when the door's read
position goes backwards (another unit paired in its place), so a re-read inserts nothing
twice and the new unit's numbers never collide with the old one's.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
import json
from pathlib import Path
import sqlite3
import threading
from typing import Final

from .event_log_schema import SCHEMA_VERSION, migrate
from .event_records import (
    EventKind,
    EventRecord,
    EventSource,
    Page,
    UnitAppend,
    encode_detail,
)

MAX_PAGE: Final = 1000


class EventLogError(OSError):
    """The event log file could not be opened, read or written.

    An `OSError`: to its callers a failed commit is a failed write like any other, and
    records not stored are not acknowledged to the unit.
    """


class EventLogVersionError(EventLogError):
    """The file was written by a newer version of this integration."""

    def __init__(self, path: Path, found: int) -> None:
        """`found`: the schema version in the file."""
        super().__init__(
            f"event log {path.name} has schema version {found}; this version of Digital Key "
            f"reads up to {SCHEMA_VERSION}. Update Digital Key (the file was left unchanged)."
        )
        self.found = found


_COLUMNS: Final = (
    "id, time, kind, door_id, person_id, user_id, share_id, grant_id, credential_id, "
    "source, reason, unit_seq, detail"
)
_INSERT: Final = (
    "INSERT OR IGNORE INTO events (time, kind, door_id, person_id, user_id, share_id, "
    "grant_id, credential_id, source, reason, unit_log, unit_seq, detail) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_ID_COLUMNS: Final = ("person_id", "user_id", "share_id", "grant_id", "credential_id")


def _encode_cursor(time: int, record_id: int) -> str:
    return base64.urlsafe_b64encode(f"{time}:{record_id}".encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[int, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        time, record_id = raw.split(":")
        return int(time), int(record_id)
    except ValueError as err:  # binascii.Error and UnicodeDecodeError are ValueErrors
        raise ValueError("not a cursor of this event log") from err


def _record(row: sqlite3.Row) -> EventRecord:
    return EventRecord(
        id=row["id"],
        time=row["time"],
        kind=EventKind(row["kind"]),
        door_id=row["door_id"],
        person_id=row["person_id"],
        user_id=row["user_id"],
        share_id=row["share_id"],
        grant_id=row["grant_id"],
        credential_id=row["credential_id"],
        source=None if row["source"] is None else EventSource(row["source"]),
        reason=row["reason"],
        unit_seq=row["unit_seq"],
        detail=json.loads(row["detail"]),
    )


class EventLog:
    """The event log file of one building; every method blocks (run it in an executor)."""

    def __init__(self, path: Path) -> None:
        """Open (creating or migrating) the file; refuses a file of a newer version."""
        self.path = path
        self._lock = threading.Lock()
        self._closed = False
        try:
            self._db = sqlite3.connect(path, autocommit=True, check_same_thread=False)
        except sqlite3.Error as err:
            raise EventLogError(f"cannot open event log {path.name}: {err}") from err
        try:
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = FULL")
            self._db.execute("PRAGMA secure_delete = ON")
            found = migrate(self._db)
        except sqlite3.Error as err:
            self._db.close()
            raise EventLogError(f"cannot read event log {path.name}: {err}") from err
        except BaseException:
            self._db.close()
            raise
        if found > SCHEMA_VERSION:
            self._db.close()
            raise EventLogVersionError(path, found)

    @contextmanager
    def _transaction(self, *, write: bool = True) -> Iterator[sqlite3.Connection]:
        """One transaction under the lock; sqlite errors become `EventLogError`."""
        with self._lock:
            if self._closed:
                raise EventLogError("event log is closed")
            try:
                self._db.execute("BEGIN IMMEDIATE" if write else "BEGIN")
                try:
                    yield self._db
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
                self._db.execute("COMMIT")
            except sqlite3.Error as err:
                raise EventLogError(f"event log {self.path.name}: {err}") from err

    @property
    def closed(self) -> bool:
        """Whether `close` was called."""
        return self._closed

    def close(self) -> None:
        """Close the file (a checkpoint folds the WAL back in); later calls fail."""
        with self._lock:
            if not self._closed:
                self._closed = True
                self._db.close()

    # Writing ----------------------------------------------------------------------------

    def append(self, records: Iterable[EventRecord]) -> None:
        """Store records in one transaction (unit records belong in `append_unit_records`)."""
        rows = [self._row(record, None) for record in records]
        with self._transaction() as db:
            db.executemany(_INSERT, rows)

    def append_unit_records(self, door_id: str, records: Sequence[EventRecord]) -> UnitAppend:
        """Store records read from a door unit and move its read position, atomically.

        A record whose sequence number is already stored for the door is left out, so
        reading the same records again (a crash before LOG_ACK) duplicates nothing.
        """
        seqs = [record.unit_seq for record in records]
        if any(r.door_id != door_id for r in records) or None in seqs:
            raise ValueError("unit records carry this door's id and their sequence number")
        with self._transaction() as db:
            unit_log, position = self._position(db, door_id)
            added: set[int] = set()
            for record, seq in zip(records, seqs, strict=True):
                if db.execute(_INSERT, self._row(record, unit_log)).rowcount and seq is not None:
                    added.add(seq)
            last = max([position, *(seq for seq in seqs if seq is not None)])
            self._store_position(db, door_id, unit_log, last)
        return UnitAppend(last, frozenset(added))

    def set_unit_position(self, door_id: str, seq: int) -> None:
        """Read the door's unit from `seq` + 1 on (first contact, or a unit with a new log).

        A position lower than the stored one means the records numbered from there on are
        another log's: they start a new unit log, so they never collide with stored ones.
        """
        with self._transaction() as db:
            row = db.execute(
                "SELECT unit_log, read_seq FROM unit_logs WHERE door_id = ?", (door_id,)
            ).fetchone()
            if row is None:
                self._store_position(db, door_id, 0, seq)
            elif seq < row["read_seq"]:
                self._store_position(db, door_id, row["unit_log"] + 1, seq)
            elif seq > row["read_seq"]:
                self._store_position(db, door_id, row["unit_log"], seq)

    def unit_positions(self) -> dict[str, int]:
        """Read position of every door: the last sequence number stored."""
        with self._transaction(write=False) as db:
            rows = db.execute("SELECT door_id, read_seq FROM unit_logs").fetchall()
        return {row["door_id"]: row["read_seq"] for row in rows}

    @staticmethod
    def _position(db: sqlite3.Connection, door_id: str) -> tuple[int, int]:
        row = db.execute(
            "SELECT unit_log, read_seq FROM unit_logs WHERE door_id = ?", (door_id,)
        ).fetchone()
        return (0, 0) if row is None else (row["unit_log"], row["read_seq"])

    @staticmethod
    def _store_position(db: sqlite3.Connection, door_id: str, unit_log: int, seq: int) -> None:
        db.execute(
            "INSERT INTO unit_logs (door_id, unit_log, read_seq) VALUES (?, ?, ?) "
            "ON CONFLICT (door_id) DO UPDATE SET unit_log = excluded.unit_log, "
            "read_seq = excluded.read_seq",
            (door_id, unit_log, seq),
        )

    @staticmethod
    def _row(record: EventRecord, unit_log: int | None) -> tuple[object, ...]:
        kind = EventKind(record.kind)
        source = None if record.source is None else str(EventSource(record.source))
        return (
            int(record.time),
            str(kind),
            record.door_id,
            record.person_id,
            record.user_id,
            record.share_id,
            record.grant_id,
            record.credential_id,
            source,
            record.reason,
            unit_log if record.unit_seq is not None else None,
            record.unit_seq,
            encode_detail(record.detail),
        )

    # Reading ----------------------------------------------------------------------------

    def query(
        self,
        *,
        door: str | None = None,
        person: str | None = None,
        kinds: Iterable[str] | None = None,
        since: int | None = None,
        until: int | None = None,
        limit: int = 100,
        cursor: str | None = None,
    ) -> Page:
        """Records matching every filter given, newest first, a page at a time.

        `since` <= time < `until`. Pages are cut by (time, id) of the last record shown
        (keyset pagination): a page costs the same wherever it is, and records appended
        meanwhile neither shift nor repeat the older ones.
        """
        if not 1 <= limit <= MAX_PAGE:
            raise ValueError(f"limit must be 1..{MAX_PAGE}")
        where: list[str] = []
        args: list[object] = []
        for column, value in (("door_id", door), ("person_id", person)):
            if value is not None:
                where.append(f"{column} = ?")
                args.append(value)
        if kinds is not None:
            wanted = sorted({str(EventKind(kind)) for kind in kinds})
            where.append(f"kind IN ({', '.join('?' * len(wanted))})" if wanted else "0")
            args.extend(wanted)
        if since is not None:
            where.append("time >= ?")
            args.append(since)
        if until is not None:
            where.append("time < ?")
            args.append(until)
        if cursor is not None:
            where.append("(time, id) < (?, ?)")
            args.extend(_decode_cursor(cursor))
        sql = f"SELECT {_COLUMNS} FROM events"  # noqa: S608 - fixed names, values bound
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY time DESC, id DESC LIMIT ?"
        args.append(limit + 1)
        with self._transaction(write=False) as db:
            rows = db.execute(sql, args).fetchall()
        records = [_record(row) for row in rows[:limit]]
        more = len(rows) > limit
        last = records[-1] if records else None
        next_cursor = _encode_cursor(last.time, last.id) if more and last and last.id else None
        return Page(records, next_cursor)

    def export_person(self, person_id: str, user_ids: Iterable[str] = ()) -> list[EventRecord]:
        """Every record about a person (or the HA users linked to them), oldest first."""
        users = sorted(set(user_ids))
        sql = f"SELECT {_COLUMNS} FROM events WHERE person_id = ?"  # noqa: S608 - as above
        if users:
            sql += f" OR user_id IN ({', '.join('?' * len(users))})"
        with self._transaction(write=False) as db:
            rows = db.execute(sql + " ORDER BY time, id", [person_id, *users]).fetchall()
        return [_record(row) for row in rows]

    def last_share_uses(self, person_id: str) -> dict[str, int]:
        """When each share the person made was last used (share id → time), used ones only.

        One grouped read of the person's `share_used` records (the person's index), so a
        panel shows every share's last use without a query per share.
        """
        sql = (
            "SELECT share_id, MAX(time) FROM events "
            "WHERE person_id = ? AND kind = ? AND share_id IS NOT NULL GROUP BY share_id"
        )
        with self._transaction(write=False) as db:
            rows = db.execute(sql, [person_id, str(EventKind.SHARE_USED)]).fetchall()
        return {str(share_id): int(time) for share_id, time in rows}

    def count(self) -> int:
        """Number of records held."""
        with self._transaction(write=False) as db:
            return int(db.execute("SELECT count(*) FROM events").fetchone()[0])

    @property
    def schema_version(self) -> int:
        """Schema version of the file (the current one once opened)."""
        return SCHEMA_VERSION

    # Retention and erasure --------------------------------------------------------------

    def purge_older_than(self, cutoff: int) -> int:
        """Delete records with time < `cutoff` (Unix seconds); returns how many."""
        with self._transaction() as db:
            return db.execute("DELETE FROM events WHERE time < ?", (cutoff,)).rowcount

    def pseudonymise_person(self, person_id: str, token: str, user_ids: Iterable[str] = ()) -> int:
        """Replace a person's id (and their HA user ids) by `token` in every record.

        Every id column and the detail are rewritten, then the WAL is checkpointed and
        truncated so no copy of the old ids stays on disk. Returns the records changed.
        """
        old = {person_id, *user_ids}
        if token in old or not token:
            raise ValueError("the erasure token must differ from the ids it replaces")
        changed: set[int] = set()
        with self._transaction() as db:
            for value in sorted(old):
                for column in _ID_COLUMNS:
                    rows = db.execute(
                        f"UPDATE events SET {column} = ? WHERE {column} = ? RETURNING id",  # noqa: S608 - fixed names
                        (token, value),
                    ).fetchall()
                    changed.update(row["id"] for row in rows)
                for row in db.execute(
                    "SELECT id, detail FROM events WHERE instr(detail, ?) > 0",
                    (json.dumps(value),),
                ).fetchall():
                    detail = {
                        key: token if item == value else item
                        for key, item in json.loads(row["detail"]).items()
                    }
                    db.execute(
                        "UPDATE events SET detail = ? WHERE id = ?",
                        (encode_detail(detail), row["id"]),
                    )
                    changed.add(row["id"])
        with self._lock:
            try:
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error as err:
                raise EventLogError(f"event log {self.path.name}: {err}") from err
        return len(changed)
