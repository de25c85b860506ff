"""Which readings a battery history keeps, and when it knows the battery was changed."""

from __future__ import annotations

import pytest

from custom_components.digitalkey.batteries.history import (
    CHANGE_JUMP,
    KEEP_EVERY_S,
    LAYOUT,
    MAX_READINGS,
    RETAIN_S,
    VOLTAGE_STEP_MV,
    BatteryHistory,
    ChangeSource,
    Reading,
    critical_since,
    from_dict,
    record,
    record_change,
    to_dict,
)

from .simulate import DAY, HOUR, START, falling, fed, millivolts


def reading(at: int, percent: int, mv: int | None = None) -> Reading:
    return Reading(at, percent, millivolts(percent) if mv is None else mv)


def test_the_first_reading_is_kept_and_is_the_last_contact() -> None:
    history = record(BatteryHistory(), reading(START, 80))
    assert history.readings == (reading(START, 80),)
    assert history.last_contact == START
    assert history.changed_at is None
    assert history.change_source is None


def test_a_repeated_reading_only_counts_as_contact_until_six_hours_passed() -> None:
    history = fed([reading(START, 80), reading(START + HOUR, 80)])
    assert history.readings == (reading(START, 80),)
    assert history.last_contact == START + HOUR
    history = record(history, reading(START + KEEP_EVERY_S - 1, 80))
    assert len(history.readings) == 1
    history = record(history, reading(START + KEEP_EVERY_S, 80))
    assert history.readings[-1] == reading(START + KEEP_EVERY_S, 80)


@pytest.mark.parametrize(
    ("percent", "mv"),
    [
        (79, millivolts(80)),
        (80, millivolts(80) - VOLTAGE_STEP_MV),
        (80, millivolts(80) + VOLTAGE_STEP_MV),
        (81, millivolts(80)),
    ],
)
def test_a_changed_level_or_voltage_is_kept_at_once(percent: int, mv: int) -> None:
    history = fed([reading(START, 80), reading(START + 60, percent, mv)])
    assert history.readings[-1] == Reading(START + 60, percent, mv)


@pytest.mark.parametrize("jitter", [-VOLTAGE_STEP_MV + 1, -1, 1, VOLTAGE_STEP_MV - 1])
def test_voltage_jitter_at_the_same_level_is_not_kept(jitter: int) -> None:
    history = fed([reading(START, 80), reading(START + 60, 80, millivolts(80) + jitter)])
    assert len(history.readings) == 1
    assert history.last_contact == START + 60


def test_a_jump_of_more_than_thirty_points_is_a_battery_change() -> None:
    history = fed([reading(START, 10), reading(START + HOUR, 10 + CHANGE_JUMP + 1)])
    assert history.changed_at == START + HOUR
    assert history.change_source is ChangeSource.DETECTED


def test_a_jump_of_exactly_thirty_points_is_not() -> None:
    history = fed([reading(START, 10), reading(START + HOUR, 10 + CHANGE_JUMP)])
    assert history.changed_at is None


def test_the_jump_is_measured_from_the_last_kept_reading() -> None:
    # 20 → 35 → 55: no single step above 30 points, though 55 - 20 is.
    history = fed([reading(START, 20), reading(START + HOUR, 35), reading(START + 2 * HOUR, 55)])
    assert history.changed_at is None


def test_a_change_recorded_by_hand_then_the_jump_is_one_change_at_the_hand_time() -> None:
    history = fed([reading(START, 8)])
    history = record_change(history, START + 30 * 60)
    history = record(history, reading(START + HOUR, 100))
    assert history.changed_at == START + 30 * 60
    assert history.change_source is ChangeSource.MANUAL


def test_the_first_reading_after_a_hand_record_is_kept_though_the_level_is_the_same() -> None:
    history = record_change(fed([reading(START, 8)]), START + 60)
    history = fed([reading(START + 120, 8), reading(START + 180, 8)], history)
    assert history.readings == (reading(START, 8), reading(START + 120, 8))
    assert critical_since(history, 15) == START + 120


def test_a_hand_record_in_the_second_of_the_previous_reading_is_the_same_change() -> None:
    history = record_change(fed([reading(START, 8)]), START)
    history = fed([reading(START + 1, 100)], history)
    assert history.changed_at == START
    assert history.change_source is ChangeSource.MANUAL


def test_a_hand_record_before_the_previous_reading_does_not_hide_a_later_jump() -> None:
    history = record_change(fed([reading(START, 60)]), START + 60)
    history = fed([reading(START + HOUR, 8), reading(START + DAY, 100)], history)
    assert history.changed_at == START + DAY
    assert history.change_source is ChangeSource.DETECTED


def test_a_change_recorded_by_hand_keeps_the_readings() -> None:
    history = fed(falling(START, 3, 50, 2))
    changed = record_change(history, START + 4 * DAY)
    assert changed.readings == history.readings
    assert changed.changed_at == START + 4 * DAY
    assert changed.change_source is ChangeSource.MANUAL
    assert changed.since_change() == ()


def test_readings_older_than_ninety_days_before_the_newest_are_dropped() -> None:
    history = fed([reading(START, 90), reading(START + DAY, 89)])
    history = record(history, reading(START + RETAIN_S, 40))
    assert history.readings[0] == reading(START, 90)  # exactly ninety days old: kept
    history = record(history, reading(START + RETAIN_S + 1, 39))
    assert history.readings == (
        reading(START + DAY, 89),
        reading(START + RETAIN_S, 40),
        reading(START + RETAIN_S + 1, 39),
    )


def test_a_history_keeps_the_newest_five_hundred_readings() -> None:
    # The voltage swings by a full step every minute, so every reading is kept.
    readings = [
        Reading(START + 60 * n, 50, 2700 + VOLTAGE_STEP_MV * (n % 2))
        for n in range(MAX_READINGS + 37)
    ]
    history = fed(readings)
    assert history.readings == tuple(readings[-MAX_READINGS:])
    assert history.last_contact == readings[-1].at


def test_a_small_step_back_of_the_clock_only_counts_as_contact() -> None:
    history = fed([reading(START, 50), reading(START + HOUR, 49)])
    history = record(history, reading(START + HOUR - 120, 48))
    assert history.readings == (reading(START, 50), reading(START + HOUR, 49))
    assert history.last_contact == START + HOUR - 120


def test_a_big_step_back_drops_the_readings_a_clock_that_ran_ahead_stamped() -> None:
    ahead = START + 30 * DAY
    history = fed([reading(START, 50), reading(ahead, 20), reading(ahead + HOUR, 90)])
    assert history.changed_at == ahead + HOUR
    history = record(history, reading(START + DAY, 89))
    assert history.readings == (reading(START, 50), reading(START + DAY, 89))
    assert history.changed_at == START + DAY
    assert history.last_contact == START + DAY
    assert history.since_change() == (reading(START + DAY, 89),)


def test_critical_since_is_the_start_of_the_present_run_at_or_below_the_threshold() -> None:
    history = fed(
        [
            reading(START, 16),
            reading(START + DAY, 15),
            reading(START + 2 * DAY, 14),
            reading(START + 3 * DAY, 16),
            reading(START + 4 * DAY, 15),
            reading(START + 5 * DAY, 13),
        ]
    )
    assert critical_since(history, 15) == START + 4 * DAY
    assert critical_since(history, 16) == START
    assert critical_since(history, 12) is None


def test_critical_since_stops_at_the_battery_change() -> None:
    history = fed([reading(START, 10), reading(START + DAY, 9)])
    assert critical_since(history, 15) == START
    history = record_change(history, START + DAY)
    assert critical_since(history, 15) == START + DAY
    history = record_change(history, START + 2 * DAY)
    assert critical_since(history, 15) is None


def test_critical_since_without_readings_is_none() -> None:
    assert critical_since(BatteryHistory(), 15) is None


def test_the_stored_form_round_trips() -> None:
    history = record_change(fed(falling(START, 2, 40, 3)), START + DAY)
    stored = to_dict(history)
    assert stored["layout"] == LAYOUT
    assert stored["change_source"] == "manual"
    assert from_dict(stored) == history
    assert from_dict(to_dict(BatteryHistory())) == BatteryHistory()


GOOD = {
    "layout": LAYOUT,
    "readings": [[START, 50, 2700], [START + 60, 49, 2690]],
    "changed_at": START,
    "change_source": "detected",
    "last_contact": START + 60,
}


@pytest.mark.parametrize(
    "garbage",
    [
        None,
        42,
        "readings",
        [],
        {},
        {**GOOD, "layout": 2},
        {**GOOD, "readings": None},
        {**GOOD, "readings": [[START, 50]]},
        {**GOOD, "readings": [[START, 50, 2700, 1]]},
        {**GOOD, "readings": [[START, "50", 2700]]},
        {**GOOD, "readings": [[START, 50.0, 2700]]},
        {**GOOD, "readings": [[START, True, 2700]]},
        {**GOOD, "readings": [[START, 101, 2700]]},
        {**GOOD, "readings": [[START, -1, 2700]]},
        {**GOOD, "readings": [[START, 50, -5]]},
        {**GOOD, "readings": [[START + 60, 50, 2700], [START, 49, 2690]]},
        {**GOOD, "readings": [[START, 50, 2700]] * (MAX_READINGS + 1)},
        {**GOOD, "change_source": "guessed"},
        {**GOOD, "change_source": None},
        {**GOOD, "changed_at": None},
        {**GOOD, "changed_at": "yesterday"},
        {**GOOD, "last_contact": 1.5},
        # times no date can be written for (a report or repair would fail on them)
        {**GOOD, "readings": [[10**20, 50, 2700]], "last_contact": 10**20},
        {**GOOD, "readings": [[-1, 50, 2700]]},
        {**GOOD, "changed_at": 10**20},
        {**GOOD, "changed_at": -62135596800},
        {**GOOD, "last_contact": 10**20},
        {key: value for key, value in GOOD.items() if key != "last_contact"},
    ],
)
def test_garbage_loads_as_an_empty_history(garbage: object) -> None:
    assert from_dict(garbage) == BatteryHistory()


def test_the_well_formed_sample_loads() -> None:
    history = from_dict(GOOD)
    assert history.readings == (Reading(START, 50, 2700), Reading(START + 60, 49, 2690))
    assert history.change_source is ChangeSource.DETECTED
