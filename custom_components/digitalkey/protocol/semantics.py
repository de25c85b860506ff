"""What commands mean, shared by hub and unit (docs/protocol.md §7.1, §7.4, §9).

The codecs say how a command is written; this module says what it does, so the hub and the
reference unit read one table instead of each keeping its own copy:

* motor commands: which lock state the bolt is in while the motor runs, which state it
  ends in and which event-log record the run writes (`MOTOR_RUNS`, `motor_run`);
* which log records a motor command can produce, to tie a record read later to the command
  that caused it (`log_events_of`, `record_from_command`);
* when a clock correction is worth making and how it is logged (`clock_needs_setting`,
  `hub_should_set_time`, `time_set_detail`);
* the value a unit uses for a setting nobody has set (`config_default`).

Pure Python: no I/O, no Home Assistant import.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from .constants import ConfigKey, LockState, LogEvent, LogSource, Opcode
from .records import LogRecord

__all__ = [
    "CLOCK_TOLERANCE_S",
    "CONFIG_DEFAULTS",
    "MOTOR_RUNS",
    "MotorRun",
    "clock_needs_setting",
    "config_default",
    "hub_should_set_time",
    "log_events_of",
    "motor_run",
    "record_from_command",
    "time_set_detail",
]


@dataclass(frozen=True, slots=True)
class MotorRun:
    """What one motor command does to the bolt.

    `moving` is the lock state reported while the motor runs (a unit whose motor is
    instantaneous never reports it), `final` the state after a successful run and `event`
    the log record the run writes. A failed run ends in `LockState.JAMMED` and writes
    `LogEvent.JAMMED` instead, whatever the command.
    """

    opcode: Opcode
    moving: LockState
    final: LockState
    event: LogEvent


MOTOR_RUNS: Final[Mapping[Opcode, MotorRun]] = MappingProxyType(
    {
        Opcode.LOCK: MotorRun(Opcode.LOCK, LockState.LOCKING, LockState.LOCKED, LogEvent.LOCKED),
        Opcode.UNLOCK: MotorRun(
            Opcode.UNLOCK, LockState.UNLOCKING, LockState.UNLOCKED, LogEvent.UNLOCKED
        ),
        Opcode.UNLATCH: MotorRun(
            Opcode.UNLATCH, LockState.UNLOCKING, LockState.UNLATCHED, LogEvent.UNLATCHED
        ),
    }
)
"""The three motor commands (`constants.MOTOR_OPCODES`), by opcode."""


def motor_run(opcode: Opcode) -> MotorRun:
    """The motor run of LOCK, UNLOCK or UNLATCH; ValueError for any other opcode."""
    try:
        return MOTOR_RUNS[opcode]
    except KeyError:
        raise ValueError(f"{opcode!r} is not a motor command") from None


def log_events_of(opcode: Opcode) -> frozenset[LogEvent]:
    """The log events a motor command can write: its own event, or JAMMED when it fails."""
    return frozenset({motor_run(opcode).event, LogEvent.JAMMED})


def record_from_command(record: LogRecord, opcode: Opcode) -> bool:
    """Whether `record` is one a motor command sent over BLE writes.

    Only records with source BLE qualify (a PIN, a tag, the button or auto-relock never
    answers a hub's command); the hub uses this to attribute a record to its user.
    """
    return record.source is LogSource.BLE and record.event in log_events_of(opcode)


# Clock ------------------------------------------------------------------------------------

CLOCK_TOLERANCE_S: Final = 2
"""Seconds of difference between hub and unit clock that are not worth a correction."""


def clock_needs_setting(drift: int) -> bool:
    """Whether a clock `drift` seconds off (either way) is worth correcting."""
    return abs(drift) >= CLOCK_TOLERANCE_S


def hub_should_set_time(*, time_applied: bool, drift: int) -> bool:
    """Whether a hub sends SET_TIME after a session (§7.1).

    `time_applied` is the WELCOME flag (the unit already took the hub's time from HELLO),
    `drift` the snapshot clock minus the hub time.
    """
    return not time_applied and clock_needs_setting(drift)


def time_set_detail(previous: int, new: int) -> int | None:
    """Detail of the TIME_SET record for a clock moved from `previous` to `new`.

    The detail is the seconds corrected, capped to 16 bits; None means no record is due
    (a correction within `CLOCK_TOLERANCE_S`).
    """
    correction = abs(new - previous)
    if not clock_needs_setting(correction):
        return None
    return min(correction, 0xFFFF)


# Settings ---------------------------------------------------------------------------------

CONFIG_DEFAULTS: Final[Mapping[ConfigKey, int]] = MappingProxyType(
    {
        ConfigKey.AUTO_RELOCK_S: 0,
        ConfigKey.UNLATCH_HOLD_S: 5,
        ConfigKey.KEYPAD_LOCKOUT_ATTEMPTS: 5,
        ConfigKey.UTC_OFFSET_S: 0,
    }
)
"""What a unit uses (and answers to CONFIG_GET) for a key that was never set (§7.4)."""


def config_default(key: ConfigKey) -> int:
    """The value of `key` on a unit where it was never set."""
    return CONFIG_DEFAULTS[key]
