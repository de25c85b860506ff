"""Matching log records to the commands (and contexts) that caused them."""

from __future__ import annotations

from homeassistant.core import Context

from custom_components.digitalkey.attribution import ATTRIBUTION_WINDOW_S, Attributor
from custom_components.digitalkey.protocol.constants import LogEvent, LogSource, Opcode
from custom_components.digitalkey.protocol.records import LogRecord


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _record(event: LogEvent, source: LogSource = LogSource.BLE) -> LogRecord:
    return LogRecord(1, 0, event, source, 7)


def test_a_record_takes_the_context_of_the_command_that_caused_it() -> None:
    attributor = Attributor(FakeClock())
    alice, bob = Context(user_id="alice"), Context(user_id="bob")
    attributor.sent(Opcode.UNLOCK, alice)
    attributor.sent(Opcode.LOCK, bob)
    assert attributor.attribute(_record(LogEvent.LOCKED), ours=True) is bob
    assert attributor.attribute(_record(LogEvent.UNLOCKED), ours=True) is alice
    # Each command explains one record only.
    assert attributor.attribute(_record(LogEvent.UNLOCKED), ours=True) is None


def test_a_jam_is_attributed_to_the_command_that_jammed() -> None:
    attributor = Attributor(FakeClock())
    context = Context(user_id="alice")
    attributor.sent(Opcode.UNLATCH, context)
    assert attributor.attribute(_record(LogEvent.JAMMED), ours=True) is context


def test_other_controllers_and_other_sources_are_never_attributed() -> None:
    attributor = Attributor(FakeClock())
    attributor.sent(Opcode.UNLOCK, Context(user_id="alice"))
    assert attributor.attribute(_record(LogEvent.UNLOCKED), ours=False) is None
    assert attributor.attribute(_record(LogEvent.UNLOCKED, LogSource.PIN), ours=True) is None
    assert attributor.attribute(_record(LogEvent.UNLOCKED), ours=True) is not None


def test_commands_are_forgotten_after_the_window() -> None:
    clock = FakeClock()
    attributor = Attributor(clock)
    attributor.sent(Opcode.UNLOCK, Context(user_id="alice"))
    clock.now += ATTRIBUTION_WINDOW_S + 1
    assert attributor.attribute(_record(LogEvent.UNLOCKED), ours=True) is None


def test_a_command_a_whole_read_found_nothing_of_is_forgotten() -> None:
    """Kept from the unit (a forged refusal in its place), it leaves no record to explain.

    Remembered on, it would take the next like record: someone else's.
    """
    attributor = Attributor(FakeClock())
    lost = attributor.sent(Opcode.UNLOCK, Context(user_id="alice"))
    attributor.settle(lost)
    read_from = attributor.settled()
    later = Context(user_id="bob")
    attributor.settle(attributor.sent(Opcode.UNLOCK, later))  # ended after that read began
    attributor.read_through(read_from)
    assert attributor.attribute(_record(LogEvent.UNLOCKED), ours=True) is later


def test_a_command_whose_call_has_not_ended_is_kept_through_a_read() -> None:
    attributor = Attributor(FakeClock())
    context = Context(user_id="alice")
    attributor.sent(Opcode.LOCK, context)  # still waiting for its answer
    attributor.read_through(attributor.settled())
    assert attributor.attribute(_record(LogEvent.LOCKED), ours=True) is context
