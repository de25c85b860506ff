"""The SQLite event log alone: schema, idempotent unit records, queries, retention, erasure."""

from __future__ import annotations

from collections.abc import Iterator
import dataclasses
from pathlib import Path
import sqlite3
import tempfile

from hypothesis import given, settings, strategies as st
import pytest

from custom_components.digitalkey.event_log import (
    MAX_PAGE,
    EventLog,
    EventLogError,
    EventLogVersionError,
)
from custom_components.digitalkey.event_log_schema import SCHEMA_VERSION
from custom_components.digitalkey.event_records import EventKind, EventRecord, EventSource

T0 = 1_800_000_000


@pytest.fixture
def log(tmp_path: Path) -> Iterator[EventLog]:
    opened = EventLog(tmp_path / "events.sqlite3")
    yield opened
    opened.close()


def _unit(
    door: str, seq: int, *, time: int = T0, kind: EventKind = EventKind.UNLOCKED
) -> EventRecord:
    return EventRecord(
        time=time + seq, kind=kind, door_id=door, unit_seq=seq, source=EventSource.PIN
    )


# Schema and migrations ---------------------------------------------------------------


def test_a_new_file_gets_the_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "events.sqlite3"
    EventLog(path).close()
    db = sqlite3.connect(path)
    version = db.execute("SELECT version FROM schema_version").fetchall()
    indexes = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    journal = db.execute("PRAGMA journal_mode").fetchone()[0]
    db.close()
    assert version == [(SCHEMA_VERSION,)]
    assert {"events_time", "events_door_time", "events_person_time", "events_unit_seq"} <= indexes
    assert journal == "wal"


def test_an_empty_file_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "events.sqlite3"
    path.touch()
    log = EventLog(path)
    log.append([EventRecord(time=T0, kind=EventKind.IMPORT)])
    assert log.count() == 1
    log.close()
    reopened = EventLog(path)  # migrating twice changes nothing
    assert reopened.count() == 1
    assert reopened.schema_version == SCHEMA_VERSION
    reopened.close()


def test_a_file_of_a_newer_version_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "events.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    db.execute("INSERT INTO schema_version VALUES (?)", (SCHEMA_VERSION + 1,))
    db.execute("CREATE TABLE events (something_else TEXT)")
    db.commit()
    db.close()
    with pytest.raises(EventLogVersionError, match=f"schema version {SCHEMA_VERSION + 1}") as err:
        EventLog(path)
    assert err.value.found == SCHEMA_VERSION + 1
    db = sqlite3.connect(path)
    assert db.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION + 1,)]
    db.close()


def test_a_file_that_is_not_a_database_is_an_event_log_error(tmp_path: Path) -> None:
    path = tmp_path / "events.sqlite3"
    path.write_bytes(b"not a database, just some bytes" * 100)
    with pytest.raises(EventLogError, match="cannot read"):
        EventLog(path)


def test_a_closed_log_refuses_calls(log: EventLog) -> None:
    log.close()
    assert log.closed
    with pytest.raises(EventLogError, match="closed"):
        log.count()


# Records ------------------------------------------------------------------------------


def test_detail_holds_ids_only(log: EventLog) -> None:
    with pytest.raises(ValueError, match="phone"):
        log.append([EventRecord(time=T0, kind=EventKind.IMPORT, detail={"phone": "+4712345678"})])
    with pytest.raises(ValueError, match="longer"):
        log.append([EventRecord(time=T0, kind=EventKind.IMPORT, detail={"x": "y" * 600})])
    with pytest.raises(ValueError, match="bogus"):
        log.append([EventRecord(time=T0, kind="bogus")])  # type: ignore[arg-type]
    assert log.count() == 0  # a bad record fails its whole batch


def test_a_batch_is_one_transaction(log: EventLog) -> None:
    good = EventRecord(time=T0, kind=EventKind.IMPORT)
    bad = EventRecord(time=T0, kind=EventKind.IMPORT, detail={"pin": "1234"})
    with pytest.raises(ValueError):
        log.append([good, bad])
    assert log.count() == 0


def test_unit_records_are_idempotent_by_door_and_seq(log: EventLog) -> None:
    first = log.append_unit_records("door-a", [_unit("door-a", 1), _unit("door-a", 2)])
    assert (first.last_seq, first.added) == (2, frozenset({1, 2}))
    again = log.append_unit_records("door-a", [_unit("door-a", 2), _unit("door-a", 3)])
    assert (again.last_seq, again.added) == (3, frozenset({3}))
    other = log.append_unit_records("door-b", [_unit("door-b", 2)])
    assert other.added == frozenset({2})  # the same seq on another door is another record
    assert log.count() == 4
    assert log.unit_positions() == {"door-a": 3, "door-b": 2}
    with pytest.raises(ValueError, match="door"):
        log.append_unit_records("door-a", [_unit("door-b", 9)])


def test_a_lower_position_starts_a_new_unit_log(log: EventLog) -> None:
    log.append_unit_records("door-a", [_unit("door-a", 5), _unit("door-a", 6)])
    log.set_unit_position("door-a", 6)  # the same position: nothing changes
    assert log.append_unit_records("door-a", [_unit("door-a", 6)]).added == frozenset()
    log.set_unit_position("door-a", 1)  # another unit, numbering from 2 on
    assert log.unit_positions() == {"door-a": 1}
    stored = log.append_unit_records("door-a", [_unit("door-a", 5), _unit("door-a", 6)])
    assert stored.added == frozenset({5, 6})  # not taken for the old unit's 5 and 6
    assert log.count() == 4
    assert log.append_unit_records("door-a", [_unit("door-a", 6)]).added == frozenset()
    log.set_unit_position("door-b", 40)  # first contact
    assert log.unit_positions()["door-b"] == 40


def test_a_record_reads_back_as_written(log: EventLog) -> None:
    record = EventRecord(
        time=T0,
        kind=EventKind.SHARE_USED,
        door_id="door-a",
        person_id="person-1",
        user_id="user-1",
        share_id="share-1",
        grant_id="grant-1",
        credential_id="cred-1",
        source=EventSource.BLE,
        reason="outside_schedule",
        detail={"bundle": "b-1", "uses_left": 2},
    )
    log.append([record])
    (stored,) = log.query().records
    assert stored.id is not None
    assert stored == dataclasses.replace(record, id=stored.id)
    assert stored.as_dict()["kind"] == "share_used"


def test_purge_deletes_only_older_records(log: EventLog) -> None:
    log.append([EventRecord(time=T0 + i, kind=EventKind.IMPORT) for i in range(10)])
    assert log.purge_older_than(T0 + 4) == 4
    assert sorted(r.time for r in log.query().records) == [T0 + i for i in range(4, 10)]
    assert log.purge_older_than(T0 + 4) == 0


def test_query_validates_its_arguments(log: EventLog) -> None:
    with pytest.raises(ValueError, match="limit"):
        log.query(limit=0)
    with pytest.raises(ValueError, match="limit"):
        log.query(limit=MAX_PAGE + 1)
    with pytest.raises(ValueError, match="cursor"):
        log.query(cursor="!!not-a-cursor")
    with pytest.raises(ValueError):
        log.query(kinds=["no_such_kind"])
    assert log.query(kinds=[]).records == []


# Keyset pagination against a brute-force model -----------------------------------------

DOORS = ["door-a", "door-b", "door-c"]
PEOPLE = ["person-1", "person-2", "person-3", None]
KINDS = [EventKind.UNLOCKED, EventKind.DENIED, EventKind.LOCKED, EventKind.SHARE_USED]

records_strategy = st.lists(
    st.builds(
        EventRecord,
        time=st.integers(T0, T0 + 20),  # few distinct times: many ties for the id to break
        kind=st.sampled_from(KINDS),
        door_id=st.sampled_from([*DOORS, None]),
        person_id=st.sampled_from(PEOPLE),
    ),
    max_size=60,
)


@settings(max_examples=60, deadline=None)
@given(
    batches=st.lists(records_strategy, min_size=1, max_size=3),
    door=st.sampled_from([None, *DOORS]),
    person=st.sampled_from([None, *PEOPLE[:-1]]),
    kinds=st.none() | st.sets(st.sampled_from(KINDS), min_size=1),
    since=st.none() | st.integers(T0, T0 + 20),
    until=st.none() | st.integers(T0, T0 + 21),
    limit=st.integers(1, 7),
)
def test_pages_match_a_brute_force_model(
    batches: list[list[EventRecord]],
    door: str | None,
    person: str | None,
    kinds: set[EventKind] | None,
    since: int | None,
    until: int | None,
    limit: int,
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        log = EventLog(Path(folder) / "events.sqlite3")
        try:
            for batch in batches:
                log.append(batch)
            everything = log.query(limit=MAX_PAGE).records
            assert len(everything) == sum(len(b) for b in batches)
            expected = sorted(
                (
                    r
                    for r in everything
                    if (door is None or r.door_id == door)
                    and (person is None or r.person_id == person)
                    and (kinds is None or r.kind in kinds)
                    and (since is None or r.time >= since)
                    and (until is None or r.time < until)
                ),
                key=lambda r: (r.time, r.id),
                reverse=True,
            )
            pages: list[list[EventRecord]] = []
            cursor: str | None = None
            while True:
                page = log.query(
                    door=door, person=person, kinds=kinds, since=since, until=until,
                    limit=limit, cursor=cursor,
                )  # fmt: skip
                assert len(page.records) <= limit
                pages.append(page.records)
                cursor = page.cursor
                if cursor is None:
                    break
                assert len(page.records) == limit  # only a full page has a next one
            assert [r for p in pages for r in p] == expected
            assert len(pages) == max(1, -(-len(expected) // limit))
        finally:
            log.close()


# Erasure and export --------------------------------------------------------------------

PERSON = "3f9a1c7e-erase-me-5b2d"
USER = "9e0d4b21c0aa4c3f-ha-user"
TOKEN = "erased-0001"

other_ids = st.sampled_from(["person-keep", "user-keep", "share-1", None])
place = st.sampled_from(["person_id", "user_id", "share_id", "grant_id", "credential_id", "detail"])


def _record(time: int, placed: str | None, value: str) -> EventRecord:
    fields: dict[str, object] = {"time": time, "kind": EventKind.UNLOCKED, "door_id": "door-a"}
    if placed == "detail":
        fields["detail"] = {"on_behalf_of": value, "bundle": "bundle-1"}
    elif placed is not None:
        fields[placed] = value
    return EventRecord(**fields)  # type: ignore[arg-type]


@settings(max_examples=40, deadline=None)
@given(
    layout=st.lists(
        st.tuples(st.sampled_from([PERSON, USER, "person-keep"]), place), min_size=1, max_size=30
    ),
)
def test_pseudonymise_leaves_no_trace_on_disk(layout: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        log = EventLog(Path(folder) / "events.sqlite3")
        log.append(_record(T0 + i, placed, value) for i, (value, placed) in enumerate(layout))
        unit_record = EventRecord(
            time=T0, kind=EventKind.UNLOCKED, door_id="door-a", unit_seq=1, person_id=PERSON
        )
        log.append_unit_records("door-a", [unit_record])
        about = 1 + sum(
            1
            for value, placed in layout
            if (value, placed) in ((PERSON, "person_id"), (USER, "user_id"))
        )
        assert len(log.export_person(PERSON, [USER])) == about

        changed = log.pseudonymise_person(PERSON, TOKEN, [USER])

        assert changed == 1 + sum(1 for value, _ in layout if value in (PERSON, USER))
        assert log.export_person(PERSON, [USER]) == []
        assert len(log.export_person(TOKEN, [TOKEN])) >= about
        kept = [r for r in log.query(limit=MAX_PAGE).records if "person-keep" in str(r.as_dict())]
        assert len(kept) == sum(1 for value, _ in layout if value == "person-keep")
        for closed in (False, True):
            if closed:
                log.close()
            raw = b"".join(p.read_bytes() for p in Path(folder).iterdir())  # file, WAL, SHM
            assert PERSON.encode() not in raw
            assert USER.encode() not in raw
            assert b"person-keep" in raw or not kept


def test_export_person_gives_every_record_about_them_oldest_first(log: EventLog) -> None:
    log.append(
        [
            EventRecord(time=T0 + 2, kind=EventKind.UNLOCKED, person_id="p-1"),
            EventRecord(time=T0 + 1, kind=EventKind.DENIED, user_id="u-1"),
            EventRecord(time=T0 + 3, kind=EventKind.LOCKED, person_id="p-2"),
        ]
    )
    exported = log.export_person("p-1", ["u-1"])
    assert [r.kind for r in exported] == [EventKind.DENIED, EventKind.UNLOCKED]
    assert [r.kind for r in log.export_person("p-1")] == [EventKind.UNLOCKED]


def test_last_share_uses_are_each_shares_newest_use_by_its_maker(log: EventLog) -> None:
    def used(share: str, at: int, person: str = "p-1") -> EventRecord:
        return EventRecord(time=at, kind=EventKind.SHARE_USED, person_id=person, share_id=share)

    log.append(
        [
            used("s-1", T0 + 5),
            used("s-1", T0 + 9),
            used("s-1", T0 + 7),
            used("s-2", T0 + 3),
            used("s-3", T0 + 20, person="p-2"),
            EventRecord(time=T0 + 30, kind=EventKind.DENIED, person_id="p-1", share_id="s-2"),
        ]
    )
    assert log.last_share_uses("p-1") == {"s-1": T0 + 9, "s-2": T0 + 3}
    assert log.last_share_uses("p-2") == {"s-3": T0 + 20}
    assert log.last_share_uses("nobody") == {}


def test_the_erasure_token_must_be_new(log: EventLog) -> None:
    with pytest.raises(ValueError, match="token"):
        log.pseudonymise_person("p-1", "p-1")
    with pytest.raises(ValueError, match="token"):
        log.pseudonymise_person("p-1", "")
