"""Save and restore what a reference door unit keeps across power cycles, as JSON.

A real unit keeps its keys, controllers, credentials and event log in flash, so restarting
the development server must not unpair the simulated units or rewind their log sequence
numbers (a hub treats a rewound log as a replaced unit). Besides the flash, the physical
state a unit was left in (bolt, door contact, battery, jam) is kept, since a server
restart is not a power cycle of the building; RAM-only state (sessions, challenges, the
pairing window, keypad lockout, an open credential transaction) is not.

Credential and log records are stored in their 32- and 16-byte wire layouts, as the
unit's flash would hold them. Deadlines on the unit's monotonic clock are stored as wall
time, because the monotonic clock restarts with the process.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
import json
import os
from pathlib import Path
import tempfile
import time
from typing import TYPE_CHECKING, Any, Final

from custom_components.digitalkey.protocol.constants import (
    UNIT_SECRET_LEN,
    ConfigKey,
    DoorState,
    LockState,
    Role,
)
from custom_components.digitalkey.protocol.errors import ProtocolError
from custom_components.digitalkey.protocol.keys import StaticKey
from custom_components.digitalkey.protocol.records import CredentialOp, CredentialRecord, LogRecord

from .credential_db import CredentialDatabase, CredentialSet
from .event_log import EventLog
from .unit_state import Flash, PairedController

if TYPE_CHECKING:
    from .door_unit import DoorUnit

__all__ = [
    "FORMAT_VERSION",
    "PersistenceError",
    "dump_flash",
    "dump_unit",
    "load_flash",
    "read_units_file",
    "restore_unit",
    "write_units_file",
]

FORMAT_VERSION: Final = 2
"""Version of the file layout; a file of another version is not restored (2: protocol v2,
with the unit secret)."""

# A motor that was running when the state was saved has finished by the next start, and a
# latch that was held has sprung back (the bolt stays withdrawn). Auto-relock is RAM: the
# unit arms it again from the restored state when it is attached.
_SETTLED: Final = {
    LockState.UNLOCKING: LockState.UNLOCKED,
    LockState.LOCKING: LockState.LOCKED,
    LockState.UNLATCHED: LockState.UNLOCKED,
}


class PersistenceError(Exception):
    """Stored state that cannot be restored (corrupt, other format, other unit)."""


# ---------------------------------------------------------------------------
# Flash
# ---------------------------------------------------------------------------


def dump_flash(
    flash: Flash,
    *,
    monotonic_now: float,
    wall_now: float,
) -> dict[str, Any]:
    """Encode a unit's flash as JSON-ready data (an open credential transaction is dropped)."""
    lockout_left = flash.lockout_until - monotonic_now
    return {
        "static_private": flash.static.private.hex(),
        "unit_secret": flash.unit_secret.hex(),
        "controllers": [
            {"public": c.public.hex(), "role": c.role.name, "label": c.label}
            for c in flash.controllers.values()
        ],
        "credentials": {
            "version": flash.credentials.version,
            "records": [r.encode().hex() for r in flash.credentials.live.records.values()],
        },
        "log": {
            "next_seq": flash.log.next_seq,
            "acked_seq": flash.log.acked_seq,
            "records": [r.encode().hex() for r in flash.log.records],
        },
        "boot_count": flash.boot_count,
        "pairing_failures": flash.pairing_failures,
        "lockout_until": wall_now + lockout_left if lockout_left > 0 else 0.0,
        "config": {key.name: value for key, value in flash.config.items()},
    }


def load_flash(
    data: Mapping[str, Any],
    *,
    monotonic_now: float,
    wall_now: float,
    credential_capacity: int,
    log_capacity: int,
) -> Flash:
    """Rebuild a Flash from `dump_flash` data; raises PersistenceError when it is malformed."""
    try:
        controllers = [
            PairedController(bytes.fromhex(c["public"]), Role[c["role"]], str(c["label"]))
            for c in data["controllers"]
        ]
        live = CredentialSet()
        for raw in data["credentials"]["records"]:
            record = CredentialRecord.decode(bytes.fromhex(raw))
            live.apply(CredentialOp.upsert(record))
        credentials = CredentialDatabase(
            live=live, version=int(data["credentials"]["version"]), capacity=credential_capacity
        )
        log = EventLog(
            capacity=log_capacity,
            next_seq=int(data["log"]["next_seq"]),
            acked_seq=int(data["log"]["acked_seq"]),
        )
        log.records.extend(LogRecord.decode(bytes.fromhex(raw)) for raw in data["log"]["records"])
        lockout_left = float(data["lockout_until"]) - wall_now
        return Flash(
            static=StaticKey.from_private(bytes.fromhex(data["static_private"])),
            unit_secret=_unit_secret(data["unit_secret"]),
            controllers={c.key_id: c for c in controllers},
            credentials=credentials,
            log=log,
            boot_count=int(data["boot_count"]),
            pairing_failures=int(data["pairing_failures"]),
            lockout_until=monotonic_now + lockout_left if lockout_left > 0 else 0.0,
            config={ConfigKey[key]: int(value) for key, value in data["config"].items()},
        )
    except (KeyError, TypeError, ValueError, ProtocolError) as err:
        raise PersistenceError(f"malformed flash: {err!r}") from err


def _unit_secret(text: str) -> bytes:
    secret = bytes.fromhex(text)
    if len(secret) != UNIT_SECRET_LEN:
        raise ValueError("unit secret must be 32 bytes")
    return secret


# ---------------------------------------------------------------------------
# Whole unit
# ---------------------------------------------------------------------------


def dump_unit(unit: DoorUnit, *, wall_clock: Callable[[], float] = time.time) -> dict[str, Any]:
    """Encode a unit's flash and physical state as JSON-ready data."""
    return {
        "unit_id": unit.unit_id.hex(),
        "flash": dump_flash(unit.flash, monotonic_now=unit.monotonic(), wall_now=wall_clock()),
        "state": {
            "lock_state": _SETTLED.get(unit.lock_state, unit.lock_state).name,
            "door_state": unit.door_state.name,
            "battery_percent": unit.battery_percent,
            "battery_mv": unit.battery_mv,
            "jammed": unit.jammed,
            "change_counter": unit.change_counter,
            "clock_offset": unit.clock_offset,
        },
    }


def restore_unit(
    unit: DoorUnit, data: Mapping[str, Any], *, wall_clock: Callable[[], float] = time.time
) -> None:
    """Put state saved by `dump_unit` back into `unit`; call it before `unit.attach()`.

    Raises PersistenceError (leaving the unit untouched) when the data is malformed or
    belongs to another unit id.
    """
    try:
        stored_id = bytes.fromhex(data["unit_id"])
        state = data["state"]
        flash_data = data["flash"]
    except (KeyError, TypeError, ValueError) as err:
        raise PersistenceError(f"malformed unit state: {err!r}") from err
    if stored_id != unit.unit_id:
        raise PersistenceError(f"state belongs to unit {stored_id.hex()}, not {unit.unit_id.hex()}")
    flash = load_flash(
        flash_data,
        monotonic_now=unit.monotonic(),
        wall_now=wall_clock(),
        credential_capacity=unit.config.credential_capacity,
        log_capacity=unit.config.log_capacity,
    )
    try:
        lock_state = LockState[state["lock_state"]]
        door_state = DoorState[state["door_state"]]
        battery_percent = int(state["battery_percent"])
        battery_mv = int(state["battery_mv"])
        jammed = bool(state["jammed"])
        change_counter = int(state["change_counter"]) & 0xFFFF
        clock_offset = float(state["clock_offset"])
    except (KeyError, TypeError, ValueError) as err:
        raise PersistenceError(f"malformed unit state: {err!r}") from err
    unit.flash = flash
    unit.lock_state = _SETTLED.get(lock_state, lock_state)
    unit.door_state = door_state
    unit.battery_percent = battery_percent
    unit.battery_mv = battery_mv
    unit.jammed = jammed
    unit.change_counter = change_counter
    unit.clock_offset = clock_offset


# ---------------------------------------------------------------------------
# File
# ---------------------------------------------------------------------------


def read_units_file(path: Path) -> dict[str, dict[str, Any]]:
    """Read unit states by name; a missing file is an empty building.

    Raises PersistenceError when the file is unreadable JSON or of another format version.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    try:
        document = json.loads(text)
    except ValueError as err:
        raise PersistenceError(f"{path}: not JSON ({err})") from err
    if not isinstance(document, dict) or document.get("format") != FORMAT_VERSION:
        raise PersistenceError(f"{path}: not a format {FORMAT_VERSION} unit state file")
    units = document.get("units")
    if not isinstance(units, dict):
        raise PersistenceError(f"{path}: no units")
    return {str(name): state for name, state in units.items() if isinstance(state, dict)}


def write_units_file(path: Path, units: Mapping[str, Mapping[str, Any]]) -> None:
    """Write unit states by name atomically, so a crash never leaves half a file."""
    text = json.dumps({"format": FORMAT_VERSION, "units": units}, indent=1) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
