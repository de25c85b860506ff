"""What the board is told of keypad and reader records, and how seldom."""

from __future__ import annotations

import json

from hypothesis import given, strategies as st

from custom_components.digitalkey.keypad_watch import BLOCKED_NOTICE_S, EPISODE_GAP_S, KeypadWatch
from custom_components.digitalkey.protocol.constants import DenyReason, LogEvent, LogSource
from custom_components.digitalkey.protocol.records import LogRecord

T0 = 1_800_000_000


def _wrong(at: int) -> LogRecord:
    return LogRecord(1, at, LogEvent.DENIED, LogSource.PIN, 0, DenyReason.UNKNOWN_CREDENTIAL)


def _locked(at: int) -> LogRecord:
    return LogRecord(1, at, LogEvent.DENIED, LogSource.PIN, 0, DenyReason.KEYPAD_LOCKED)


def _opened(at: int) -> LogRecord:
    return LogRecord(1, at, LogEvent.UNLOCKED, LogSource.PIN, 7 << 6)


def _told(watch: KeypadWatch, records: list[LogRecord], door: str = "front") -> list[int]:
    return [r.time for r in records if watch.keypad_record(door, r, r.time)]


def test_one_message_per_lockout_episode() -> None:
    watch = KeypadWatch()
    guessing = [_wrong(T0 + n) for n in range(5)] + [_locked(T0 + 10 + n) for n in range(3)]
    assert _told(watch, guessing) == [T0 + 10]
    # Guessing on after the lockout: wrong PINs, another lockout, the same episode.
    later = [_wrong(T0 + 80 + n) for n in range(5)] + [_locked(T0 + 90)]
    assert _told(watch, later) == []


def test_a_slow_guesser_is_one_episode_a_quiet_keypad_ends_it() -> None:
    watch = KeypadWatch()
    slow = [_locked(T0)] + [_wrong(T0 + n * (EPISODE_GAP_S - 1)) for n in range(1, 10)]
    assert _told(watch, [*slow, _locked(slow[-1].time + 1)]) == [T0]
    quiet = slow[-1].time + 1 + EPISODE_GAP_S + 1
    assert _told(watch, [_locked(quiet)]) == [quiet]


def test_a_pin_that_opens_ends_the_episode() -> None:
    watch = KeypadWatch()
    assert _told(watch, [_locked(T0), _opened(T0 + 70), _wrong(T0 + 80), _locked(T0 + 90)]) == [
        T0,
        T0 + 90,
    ]


def test_doors_and_tags_are_apart() -> None:
    watch = KeypadWatch()
    assert _told(watch, [_locked(T0)], "front") == [T0]
    assert _told(watch, [_locked(T0 + 1)], "back") == [T0 + 1]
    tag = LogRecord(1, T0 + 2, LogEvent.UNLOCKED, LogSource.TAG, 9 << 6)
    assert not watch.keypad_record("front", tag, T0 + 2)  # a tag opening ends nothing
    assert _told(watch, [_locked(T0 + 3)], "front") == []
    watch.forget_door("front")
    assert _told(watch, [_locked(T0 + 4)], "front") == [T0 + 4]


_KEYPAD = st.sampled_from(["wrong", "locked", "opened"])


@given(
    steps=st.lists(st.tuples(_KEYPAD, st.integers(0, 2 * EPISODE_GAP_S)), max_size=40),
)
def test_a_message_starts_exactly_each_episode_that_locked(steps: list[tuple[str, int]]) -> None:
    """Told at the first lockout after a start, an open, or a quiet gap; never otherwise."""
    make = {"wrong": _wrong, "locked": _locked, "opened": _opened}
    watch = KeypadWatch()
    at, last_refused, told_this_episode = T0, None, False
    for kind, gap in steps:
        at += gap
        record = make[kind](at)
        told = watch.keypad_record("front", record, at)
        if kind == "opened":
            assert not told
            last_refused, told_this_episode = None, False
            continue
        if last_refused is None or at - last_refused > EPISODE_GAP_S:
            told_this_episode = False  # a new episode
        last_refused = at
        assert told == (kind == "locked" and not told_this_episode)
        told_this_episode = told_this_episode or told


@given(gaps=st.lists(st.integers(0, 3 * BLOCKED_NOTICE_S), max_size=30))
def test_a_blocked_credential_is_told_at_most_once_per_ten_minutes_per_door(
    gaps: list[int],
) -> None:
    watch = KeypadWatch()
    at, told_at = T0, list[int]()
    for gap in gaps:
        at += gap
        due = not told_at or at - told_at[-1] >= BLOCKED_NOTICE_S
        assert watch.blocked_presented("front", "cred-1", at) == due
        if due:
            told_at.append(at)
    # Another credential, or another door, has a window of its own.
    assert watch.blocked_presented("front", "cred-2", at)
    assert watch.blocked_presented("back", "cred-1", at)


_EVENT = st.tuples(
    st.sampled_from(["wrong", "locked", "opened", "blocked"]),
    st.sampled_from(["front", "back"]),
    st.sampled_from(["cred-1", "cred-2"]),
    st.integers(0, 2 * EPISODE_GAP_S),
)


def _feed(watch: KeypadWatch, event: tuple[str, str, str, int], at: int) -> bool:
    kind, door, credential, _ = event
    if kind == "blocked":
        return watch.blocked_presented(door, credential, at)
    make = {"wrong": _wrong, "locked": _locked, "opened": _opened}
    return watch.keypad_record(door, make[kind](at), at)


@given(before=st.lists(_EVENT, max_size=25), after=st.lists(_EVENT, max_size=25))
def test_a_watch_read_back_from_storage_decides_as_the_one_that_wrote_it(
    before: list[tuple[str, str, str, int]], after: list[tuple[str, str, str, int]]
) -> None:
    """A restart anywhere in a run of records changes nothing the board is told."""
    watch, at = KeypadWatch(), T0
    for event in before:
        at += event[3]
        _feed(watch, event, at)
    restored = KeypadWatch.from_stored(json.loads(json.dumps(watch.to_stored())), at)
    for event in after:
        at += event[3]
        assert _feed(restored, event, at) == _feed(watch, event, at)


def test_a_stored_watch_that_is_garbage_is_dropped_where_it_is() -> None:
    good = {"episodes": {"front": {"last": T0, "told": True}}, "blocked": {"front": {"c": T0}}}
    watch = KeypadWatch.from_stored(good, T0)
    assert not watch.keypad_record("front", _locked(T0 + 1), T0 + 1)  # told before
    assert not watch.blocked_presented("front", "c", T0 + 1)
    for raw in (
        None,
        [],
        {"episodes": "front", "blocked": 3},
        {"episodes": {"front": {"last": "soon", "told": True}}},
        {"episodes": {"front": {"last": True, "told": True}}},
        {"episodes": {"front": {"last": T0 + 86400, "told": True}}},  # in the future
        {"blocked": {"front": {"c": -5}}},
        {"blocked": {"front": {"c": 1.5}}},
    ):
        watch = KeypadWatch.from_stored(raw, T0)
        assert watch.to_stored() == {"episodes": {}, "blocked": {}}
        assert watch.keypad_record("front", _locked(T0 + 1), T0 + 1)
