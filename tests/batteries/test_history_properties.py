"""Invariants of the battery history, for random sequences of readings and hand records."""

from __future__ import annotations

import json

from hypothesis import given, settings, strategies as st

from custom_components.digitalkey.batteries.history import (
    CHANGE_JUMP,
    MAX_READINGS,
    RETAIN_S,
    BatteryHistory,
    ChangeSource,
    Reading,
    critical_since,
    from_dict,
    record,
    record_change,
    to_dict,
)

from .simulate import DAY, START

readings = st.builds(
    Reading,
    at=st.integers(START, START + 200 * DAY),
    percent=st.integers(0, 100),
    millivolts=st.integers(2000, 3300),
)
steps = st.lists(
    st.one_of(readings, st.integers(START, START + 200 * DAY).map(lambda at: ("change", at))),
    max_size=60,
)


def replay(events: list[Reading | tuple[str, int]]) -> BatteryHistory:
    history = BatteryHistory()
    for event in events:
        if isinstance(event, Reading):
            history = record(history, event)
        else:
            history = record_change(history, event[1])
    return history


@given(steps)
def test_the_readings_stay_in_time_order_within_the_limits(events: list[object]) -> None:
    history = replay(events)  # type: ignore[arg-type]
    times = [r.at for r in history.readings]
    assert times == sorted(times)
    assert len(times) <= MAX_READINGS
    if times:
        assert times[-1] - times[0] <= RETAIN_S
    assert (history.changed_at is None) == (history.change_source is None)


@given(steps, readings)
def test_the_newest_reading_is_the_last_contact(events: list[object], reading: Reading) -> None:
    history = record(replay(events), reading)  # type: ignore[arg-type]
    assert history.last_contact == reading.at


@given(steps, readings, st.integers(CHANGE_JUMP + 1, 100))
def test_a_big_jump_after_the_newest_reading_is_a_change(
    events: list[object], base: Reading, jump: int
) -> None:
    history = record(replay(events), base)  # type: ignore[arg-type]
    newest = history.newest
    assert newest is not None
    if newest.percent + jump > 100:
        return
    after = record(history, Reading(newest.at + 1, newest.percent + jump, newest.millivolts))
    by_hand = (
        history.change_source is ChangeSource.MANUAL
        and history.changed_at is not None
        and newest.at <= history.changed_at <= newest.at + 1
    )
    if by_hand:  # recorded since the newest reading: the jump is that same change
        assert (after.changed_at, after.change_source) == (history.changed_at, ChangeSource.MANUAL)
    else:
        assert after.changed_at == newest.at + 1
        assert after.change_source is ChangeSource.DETECTED
    assert critical_since(after, newest.percent + jump - 1) is None


@given(steps)
def test_the_stored_form_survives_json(events: list[object]) -> None:
    history = replay(events)  # type: ignore[arg-type]
    assert from_dict(json.loads(json.dumps(to_dict(history)))) == history


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=20,
)


@settings(max_examples=300)
@given(
    json_values
    | st.fixed_dictionaries(
        {"layout": st.just(1)},
        optional={
            "readings": json_values,
            "changed_at": json_values,
            "change_source": json_values,
            "last_contact": json_values,
        },
    )
)
def test_from_dict_never_raises(data: object) -> None:
    assert isinstance(from_dict(data), BatteryHistory)
