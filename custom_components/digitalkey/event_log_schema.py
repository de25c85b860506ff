"""The event log's schema and the migrations that bring any older file up to it.

Each migration runs in its own transaction with the version it reaches, so a file is
always at one whole version. A file of a newer version is left untouched (the caller
refuses it): nothing here can guess what a later version meant.
"""

from __future__ import annotations

from collections.abc import Callable
import sqlite3
from typing import Final


def _create(db: sqlite3.Connection) -> None:
    """Version 1: records, the read position of every door unit, their indexes.

    Indexes by time (retention, the building's log), (door, time) and (person, time);
    SQLite appends the row id to every index, which is the tie-break of keyset pages.
    """
    db.execute(
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            time INTEGER NOT NULL,
            kind TEXT NOT NULL,
            door_id TEXT,
            person_id TEXT,
            user_id TEXT,
            share_id TEXT,
            grant_id TEXT,
            credential_id TEXT,
            source TEXT,
            reason TEXT,
            unit_log INTEGER,
            unit_seq INTEGER,
            detail TEXT NOT NULL DEFAULT '{}'
        )
        """
    )
    db.execute("CREATE INDEX events_time ON events (time)")
    db.execute("CREATE INDEX events_door_time ON events (door_id, time)")
    db.execute("CREATE INDEX events_person_time ON events (person_id, time)")
    db.execute(
        "CREATE UNIQUE INDEX events_unit_seq ON events (door_id, unit_log, unit_seq) "
        "WHERE unit_seq IS NOT NULL"
    )
    db.execute(
        """
        CREATE TABLE unit_logs (
            door_id TEXT PRIMARY KEY,
            unit_log INTEGER NOT NULL,
            read_seq INTEGER NOT NULL
        )
        """
    )


MIGRATIONS: Final[dict[int, Callable[[sqlite3.Connection], None]]] = {1: _create}
"""Version reached → the step from the version before it."""
SCHEMA_VERSION: Final = max(MIGRATIONS)


def stored_version(db: sqlite3.Connection) -> int:
    """The file's schema version (0: an empty or new file)."""
    table = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if table is None:
        return 0
    row = db.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(db: sqlite3.Connection) -> int:
    """Bring the file (autocommit connection) up to `SCHEMA_VERSION`; returns the version found.

    A version above `SCHEMA_VERSION` is returned without any change.
    """
    found = stored_version(db)
    for version in range(found + 1, SCHEMA_VERSION + 1):
        db.execute("BEGIN IMMEDIATE")
        try:
            if version == 1:
                db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
            MIGRATIONS[version](db)
            db.execute("DELETE FROM schema_version")
            db.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
    return found
