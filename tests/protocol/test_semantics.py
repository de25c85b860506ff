"""The shared meaning of commands: motor runs, the records they write, clock corrections."""

from __future__ import annotations

import pytest

from custom_components.digitalkey.protocol.constants import (
    MOTOR_OPCODES,
    ConfigKey,
    LockState,
    LogEvent,
    LogSource,
    Opcode,
)
from custom_components.digitalkey.protocol.records import LogRecord
from custom_components.digitalkey.protocol.semantics import (
    CLOCK_TOLERANCE_S,
    CONFIG_DEFAULTS,
    MOTOR_RUNS,
    clock_needs_setting,
    config_default,
    hub_should_set_time,
    log_events_of,
    motor_run,
    record_from_command,
    time_set_detail,
)

from .conftest import Paired


def _record(event: LogEvent, source: LogSource = LogSource.BLE) -> LogRecord:
    return LogRecord(1, 1_790_000_000, event, source, 0, 0)


def test_there_is_a_motor_run_for_each_motor_opcode_and_no_other() -> None:
    assert set(MOTOR_RUNS) == MOTOR_OPCODES
    assert all(run.opcode is opcode for opcode, run in MOTOR_RUNS.items())
    for opcode in set(Opcode) - MOTOR_OPCODES:
        with pytest.raises(ValueError, match="not a motor command"):
            motor_run(opcode)


@pytest.mark.parametrize(
    ("opcode", "moving", "final", "event"),
    [
        (Opcode.LOCK, LockState.LOCKING, LockState.LOCKED, LogEvent.LOCKED),
        (Opcode.UNLOCK, LockState.UNLOCKING, LockState.UNLOCKED, LogEvent.UNLOCKED),
        (Opcode.UNLATCH, LockState.UNLOCKING, LockState.UNLATCHED, LogEvent.UNLATCHED),
    ],
)
def test_motor_runs(opcode: Opcode, moving: LockState, final: LockState, event: LogEvent) -> None:
    run = motor_run(opcode)
    assert (run.moving, run.final, run.event) == (moving, final, event)
    assert log_events_of(opcode) == {event, LogEvent.JAMMED}


def test_a_record_matches_the_command_that_wrote_it() -> None:
    assert record_from_command(_record(LogEvent.UNLATCHED), Opcode.UNLATCH)
    assert record_from_command(_record(LogEvent.JAMMED), Opcode.LOCK)
    assert not record_from_command(_record(LogEvent.UNLOCKED), Opcode.UNLATCH)
    assert not record_from_command(_record(LogEvent.LOCKED), Opcode.UNLOCK)
    # Only BLE records answer a hub's command: auto-relock or a PIN never does.
    assert not record_from_command(_record(LogEvent.LOCKED, LogSource.AUTO), Opcode.LOCK)
    assert not record_from_command(_record(LogEvent.UNLOCKED, LogSource.PIN), Opcode.UNLOCK)


async def test_the_reference_unit_runs_the_table(paired: Paired) -> None:
    """What the unit answers and logs for each motor command is what the table says."""
    _, client = await paired.connect()
    commands = {Opcode.LOCK: client.lock, Opcode.UNLOCK: client.unlock}
    commands[Opcode.UNLATCH] = client.unlatch
    for opcode, command in commands.items():
        assert await command() is motor_run(opcode).final
        record = paired.unit.flash.log.records[-1]
        assert record_from_command(record, opcode)
        assert record.event is motor_run(opcode).event


@pytest.mark.parametrize(
    ("drift", "needed"),
    [(0, False), (1, False), (-1, False), (CLOCK_TOLERANCE_S, True), (-CLOCK_TOLERANCE_S, True)],
)
def test_clock_tolerance(drift: int, needed: bool) -> None:
    assert clock_needs_setting(drift) is needed
    assert hub_should_set_time(time_applied=False, drift=drift) is needed
    assert hub_should_set_time(time_applied=True, drift=drift) is False  # already set


def test_time_set_detail() -> None:
    assert time_set_detail(1000, 1001) is None
    assert time_set_detail(1000, 1000 - CLOCK_TOLERANCE_S) == CLOCK_TOLERANCE_S
    assert time_set_detail(1000, 1100) == 100
    assert time_set_detail(0, 1_790_000_000) == 0xFFFF  # 16-bit detail


async def test_the_reference_unit_logs_corrections_by_the_same_rule(paired: Paired) -> None:
    unit = paired.unit
    hub = paired.hub_key.key_id
    before = unit.flash.log.last_seq
    unit.set_clock(unit.now() + 1, hub)
    assert unit.flash.log.last_seq == before
    unit.set_clock(unit.now() - 300, hub)
    last = unit.flash.log.records[-1]
    assert (last.event, last.detail) == (LogEvent.TIME_SET, 300)
    assert (last.source, last.subject) == (LogSource.BLE, int.from_bytes(hub[:4]))


def test_config_defaults() -> None:
    assert set(CONFIG_DEFAULTS) == set(ConfigKey)
    assert config_default(ConfigKey.AUTO_RELOCK_S) == 0  # off
    assert config_default(ConfigKey.UNLATCH_HOLD_S) == 5
