"""Every CONFIG_SET the simulated units handle, noted without changing what they do."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from custom_components.digitalkey.protocol.constants import Opcode, Status
from custom_components.digitalkey.protocol.wire import Reader
from simulator import unit_commands
from simulator.door_unit import DoorUnit
from simulator.unit_commands import Caller


@dataclass(frozen=True)
class ConfigSet:
    """One CONFIG_SET a unit handled: which unit, its answer, motor runs before it."""

    unit: str
    status: Status
    motor_runs: int


def note_config_sets(monkeypatch: pytest.MonkeyPatch) -> list[ConfigSet]:
    """The list every CONFIG_SET the simulated units handle from now on goes to, in order."""
    seen: list[ConfigSet] = []
    handle = unit_commands.HANDLERS[Opcode.CONFIG_SET]

    def noting(unit: DoorUnit, args: Reader, caller: Caller) -> tuple[Status, bytes]:
        status, body = handle(unit, args, caller)
        seen.append(ConfigSet(unit.name, status, unit.motor_operations))
        return status, body

    monkeypatch.setitem(unit_commands.HANDLERS, Opcode.CONFIG_SET, noting)
    return seen
