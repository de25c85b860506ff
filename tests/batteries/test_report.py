"""The battery report's rows for simulated battery histories, and their order."""

from __future__ import annotations

from custom_components.digitalkey.batteries.estimate import days_left
from custom_components.digitalkey.batteries.history import (
    BatteryHistory,
    ChangeSource,
    Reading,
    record,
    record_change,
)
from custom_components.digitalkey.batteries.report import (
    DEAD_AFTER_S,
    DoorFacts,
    ReportRow,
    build_report,
    build_row,
    probably_dead,
)

from .simulate import DAY, HOUR, START, falling, fed, millivolts

THRESHOLD = 15


def facts(
    history: BatteryHistory,
    *,
    door_id: str = "front",
    name: str = "Front door",
    address: str = "Storgata 1",
    live: bool = True,
    available: bool = True,
    silent_s: float = 60.0,
    unanswered_s: float = 60.0,
) -> DoorFacts:
    """A door whose sensors show its newest reading (`live`), or nothing (out of reach)."""
    newest = history.newest
    return DoorFacts(
        door_id=door_id,
        name=name,
        address=address,
        percent=newest.percent if live and newest else None,
        millivolts=newest.millivolts if live and newest else None,
        history=history,
        available=available,
        silent_s=silent_s,
        unanswered_s=unanswered_s,
    )


def row_for(history: BatteryHistory, now: int, **kwargs: object) -> ReportRow:
    rows = build_report([facts(history, **kwargs)], THRESHOLD, now, all_doors=True)  # type: ignore[arg-type]
    assert len(rows) == 1
    return rows[0]


def test_a_steady_fall_over_six_weeks() -> None:
    # 70 % falling 1.5 points a day: 7 % after 42 days, empty about 4.7 days later.
    readings = falling(START, 42, 70, 1.5)
    history = fed(readings)
    now = START + 42 * DAY
    row = row_for(history, now)
    assert row.percent == 7
    assert row.millivolts == millivolts(7)
    assert row.critical
    assert row.days_left is not None
    assert abs(row.days_left - 7 / 1.5) <= 1
    assert row.changed_at is None
    assert row.days_since_change is None
    assert row.last_contact == now
    assert row.critical_since == next(r.at for r in readings if r.percent <= THRESHOLD)
    assert not row.probably_dead
    assert row.available


def test_a_battery_change_mid_history() -> None:
    # The old battery falls to 5 % in 20 days; a fresh one then falls 2 points a day.
    old = falling(START, 20, 85, 4)
    changed_at = START + 20 * DAY + 3 * HOUR
    new = falling(changed_at, 22, 100, 2)
    history = fed(old + new)
    now = changed_at + 22 * DAY
    row = row_for(history, now)
    assert row.changed_at == changed_at
    assert row.change_source is ChangeSource.DETECTED
    assert row.days_since_change == 22
    assert row.percent == 56
    assert row.days_left is not None
    assert abs(row.days_left - 56 / 2) <= 1
    assert not row.critical
    assert row.critical_since is None
    assert build_report([facts(history)], THRESHOLD, now) == []


def test_a_change_recorded_by_hand_then_the_jump() -> None:
    history = fed(falling(START, 30, 70, 2))
    at = START + 30 * DAY + 10 * 60
    history = record_change(history, at)
    history = fed(falling(at + 20 * 60, 6, 100, 2), history)
    now = at + 20 * 60 + 6 * DAY
    row = row_for(history, now)
    assert row.changed_at == at
    assert row.change_source is ChangeSource.MANUAL
    assert row.days_since_change == 6
    assert row.percent == 88
    assert row.days_left is not None
    assert abs(row.days_left - 88 / 2) <= 1


def test_too_few_readings_give_an_unknown_estimate() -> None:
    history = fed([Reading(START, 12, 2470), Reading(START + DAY, 11, 2466)])
    row = row_for(history, START + DAY)
    assert row.critical
    assert row.days_left is None


def test_a_flat_battery_gives_an_unknown_estimate() -> None:
    history = fed(falling(START, 21, 12, 0))
    assert len(history.readings) == 21 * 4 + 1  # one reading kept every six hours
    row = row_for(history, START + 21 * DAY)
    assert row.critical
    assert row.days_left is None
    assert row.critical_since == START


def test_a_unit_that_went_silent_while_critical_is_probably_dead() -> None:
    history = fed(falling(START, 30, 60, 1.7))
    last_heard = START + 30 * DAY
    now = last_heard + 2 * DAY
    silent = facts(history, live=False, available=False, silent_s=now - last_heard)
    row = build_row(silent, THRESHOLD, now)
    assert row.probably_dead
    assert row.percent == history.readings[-1].percent == 9
    assert row.millivolts == millivolts(9)
    assert row.last_contact == last_heard
    assert not row.available


def test_silence_alone_or_a_critical_battery_alone_is_not_dead() -> None:
    low = fed(falling(START, 30, 60, 1.7))
    full = fed(falling(START, 3, 90, 1))
    gone = {"live": False, "available": False, "silent_s": float(DEAD_AFTER_S)}
    assert probably_dead(facts(low, **gone), THRESHOLD)  # type: ignore[arg-type]
    assert not probably_dead(facts(full, **gone), THRESHOLD)  # type: ignore[arg-type]
    assert not probably_dead(facts(low), THRESHOLD)
    assert not probably_dead(
        facts(low, live=False, available=False, silent_s=DEAD_AFTER_S - 1), THRESHOLD
    )
    assert not probably_dead(facts(BatteryHistory(), **gone), THRESHOLD)  # type: ignore[arg-type]


def test_a_critical_unit_heard_but_not_answering_for_an_hour_is_probably_dead() -> None:
    """Its advertisements may be a recording: only an answer shows it still has power."""
    low = fed(falling(START, 30, 60, 1.7))
    full = fed(falling(START, 3, 90, 1))
    assert probably_dead(facts(low, unanswered_s=DEAD_AFTER_S), THRESHOLD)
    assert not probably_dead(facts(low, unanswered_s=DEAD_AFTER_S - 1), THRESHOLD)
    assert not probably_dead(facts(full, unanswered_s=DEAD_AFTER_S), THRESHOLD)


def test_the_report_lists_the_doors_at_or_below_the_threshold_dead_first() -> None:
    now = START + 30 * DAY

    def level(percent: int) -> BatteryHistory:
        return record(BatteryHistory(), Reading(now - HOUR, percent, millivolts(percent)))

    doors = [
        facts(level(15), door_id="b", name="b hall"),
        facts(level(40), door_id="c", name="Cellar"),
        facts(level(9), door_id="g", name="Garage"),
        facts(level(15), door_id="a", name="A hall"),
        facts(level(14), door_id="d", name="Dead", live=False, available=False, silent_s=7200),
        facts(level(16), door_id="s", name="Sixteen"),
        facts(BatteryHistory(), door_id="n", name="New door", available=False, silent_s=9e9),
    ]
    report = build_report(doors, THRESHOLD, now)
    assert [row.door_id for row in report] == ["d", "g", "a", "b"]
    assert all(row.critical for row in report)
    every = build_report(doors, THRESHOLD, now, all_doors=True)
    assert [row.door_id for row in every] == ["d", "g", "a", "b", "s", "c", "n"]
    assert [row.critical for row in every] == [True] * 4 + [False] * 3
    assert every[-1].percent is None


def test_a_higher_threshold_lists_more_doors() -> None:
    history = fed(falling(START, 10, 40, 1))
    now = START + 10 * DAY
    assert build_report([facts(history)], 29, now) == []
    assert [row.percent for row in build_report([facts(history)], 30, now)] == [30]


def test_days_since_change_is_floored_and_never_negative() -> None:
    history = record_change(BatteryHistory(), START)
    assert build_row(facts(history), THRESHOLD, START + 2 * DAY - 1).days_since_change == 1
    assert build_row(facts(history), THRESHOLD, START - HOUR).days_since_change == 0


def test_the_row_estimate_is_the_estimate() -> None:
    history = fed(falling(START, 12, 30, 1.2))
    now = START + 12 * DAY + 5 * HOUR
    assert build_row(facts(history), THRESHOLD, now).days_left == days_left(history, now)
