"""What the reference door unit does for each non-motor command (docs/protocol.md §7.4)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from custom_components.digitalkey.protocol.constants import (
    KEY_ID_LEN,
    MAX_CONTROLLERS,
    ConfigKey,
    LogEvent,
    LogSource,
    Opcode,
    Role,
    Status,
)
from custom_components.digitalkey.protocol.errors import ProtocolError
from custom_components.digitalkey.protocol.messages import (
    ControllerInfo,
    LogReadResult,
    Request,
    Response,
)
from custom_components.digitalkey.protocol.records import BUCKETS, decode_ops
from custom_components.digitalkey.protocol.wire import Reader, read_short_text, u8, u16, u32

from .unit_state import PairedController

if TYPE_CHECKING:
    from .door_unit import DoorUnit  # typing only: door_unit imports this module (indirectly)

MAX_LOG_RECORDS = 200
"""Records per LOG_READ answer: keeps one answer under the 4 KB message limit."""

CACHED_OPCODES = frozenset(
    {
        Opcode.SET_TIME,
        Opcode.LOG_ACK,
        Opcode.CRED_BEGIN,
        Opcode.CRED_WRITE,
        Opcode.CRED_COMMIT,
        Opcode.CRED_ABORT,
        Opcode.CONTROLLER_ADD,
        Opcode.CONTROLLER_REMOVE,
        Opcode.FACTORY_RESET,
        Opcode.CONFIG_SET,
    }
)
"""Commands that change state: their answers are remembered by request id."""

type Handler = Callable[["DoorUnit", Reader, PairedController], tuple[Status, bytes]]


def _status(unit: DoorUnit, args: Reader, _c: PairedController) -> tuple[Status, bytes]:
    args.end()
    return Status.OK, unit.snapshot().encode()


def _set_time(unit: DoorUnit, args: Reader, _c: PairedController) -> tuple[Status, bytes]:
    value = args.u32()
    args.end()
    return Status.OK, u32(unit.set_clock(value))


def _log_read(unit: DoorUnit, args: Reader, _c: PairedController) -> tuple[Status, bytes]:
    from_seq, max_count = args.u32(), args.u8()
    args.end()
    log = unit.flash.log
    records = log.read(from_seq, min(max_count, MAX_LOG_RECORDS))
    return Status.OK, LogReadResult(log.oldest_seq, tuple(r.encode() for r in records)).encode()


def _log_ack(unit: DoorUnit, args: Reader, _c: PairedController) -> tuple[Status, bytes]:
    seq = args.u32()
    args.end()
    unit.flash.log.ack(seq)
    return Status.OK, b""


def _cred_begin(unit: DoorUnit, args: Reader, _c: PairedController) -> tuple[Status, bytes]:
    args.end()
    return Status.OK, u32(unit.flash.credentials.begin())


def _cred_write(unit: DoorUnit, args: Reader, _c: PairedController) -> tuple[Status, bytes]:
    ops = decode_ops(args.rest())
    if unit.flash.credentials.shadow is None:
        return Status.NO_TRANSACTION, b""
    if not unit.flash.credentials.write(ops):
        return Status.CONFLICT, b""
    return Status.OK, u8(len(ops))


def _cred_commit(unit: DoorUnit, args: Reader, _c: PairedController) -> tuple[Status, bytes]:
    expected = args.take(16)
    args.end()
    creds = unit.flash.credentials
    if creds.shadow is None:
        return Status.NO_TRANSACTION, b""
    if not creds.commit(expected):
        return Status.CONFLICT, b""
    unit.log(LogEvent.CREDENTIALS_UPDATED, LogSource.BLE, detail=creds.version & 0xFFFF)
    return Status.OK, u32(creds.version) + creds.live.hash()


def _cred_abort(unit: DoorUnit, args: Reader, _c: PairedController) -> tuple[Status, bytes]:
    args.end()
    unit.flash.credentials.abort()
    return Status.OK, b""


def _cred_buckets(unit: DoorUnit, args: Reader, _c: PairedController) -> tuple[Status, bytes]:
    args.end()
    creds = unit.flash.credentials
    return Status.OK, u32(creds.version) + b"".join(creds.live.bucket_hashes())


def _cred_read_bucket(unit: DoorUnit, args: Reader, _c: PairedController) -> tuple[Status, bytes]:
    bucket = args.u8()
    args.end()
    if bucket >= BUCKETS:
        return Status.INVALID_ARGUMENT, b""
    records = unit.flash.credentials.live.in_bucket(bucket)
    return Status.OK, u16(len(records)) + b"".join(r.encode() for r in records)


def _controller_add(unit: DoorUnit, args: Reader, _c: PairedController) -> tuple[Status, bytes]:
    public, role_raw = args.take(32), args.u8()
    label = read_short_text(args)
    args.end()
    if role_raw not in {r.value for r in Role}:
        return Status.INVALID_ARGUMENT, b""
    controller = PairedController(public, Role(role_raw), label)
    held = unit.flash.controllers
    if controller.key_id not in held and len(held) >= MAX_CONTROLLERS:
        return Status.CONFLICT, b""  # HELLO lookup tries every controller: keep it bounded
    held[controller.key_id] = controller
    return Status.OK, b""


def _controller_remove(
    unit: DoorUnit, args: Reader, caller: PairedController
) -> tuple[Status, bytes]:
    target = args.take(KEY_ID_LEN)
    args.end()
    if target not in unit.flash.controllers:
        return Status.NOT_FOUND, b""
    if target == caller.key_id:
        return Status.INVALID_ARGUMENT, b""  # an admin cannot lock itself out by accident
    del unit.flash.controllers[target]
    unit.request_memory.pop(target, None)
    return Status.OK, b""


def _controller_list(unit: DoorUnit, args: Reader, _c: PairedController) -> tuple[Status, bytes]:
    args.end()
    controllers = list(unit.flash.controllers.values())
    entries = (ControllerInfo(c.key_id, c.role, c.label).encode() for c in controllers)
    return Status.OK, u8(len(controllers)) + b"".join(entries)


def _factory_reset(_unit: DoorUnit, args: Reader, _c: PairedController) -> tuple[Status, bytes]:
    args.end()
    return Status.OK, b""  # the connection resets the unit once this answer is sent


def _config_key(raw: int) -> ConfigKey | None:
    try:
        return ConfigKey(raw)
    except ValueError:
        return None


def _config_set(unit: DoorUnit, args: Reader, _c: PairedController) -> tuple[Status, bytes]:
    key, value = _config_key(args.u8()), args.u32()
    args.end()
    if key is None:
        return Status.INVALID_ARGUMENT, b""
    if key is ConfigKey.UTC_OFFSET_S and value & 0x80000000:
        value -= 1 << 32
    unit.flash.config[key] = value
    unit.settings_changed()
    return Status.OK, b""


def _config_get(unit: DoorUnit, args: Reader, _c: PairedController) -> tuple[Status, bytes]:
    key = _config_key(args.u8())
    args.end()
    if key is None:
        return Status.INVALID_ARGUMENT, b""
    return Status.OK, u32(unit.flash.setting(key) & 0xFFFFFFFF)


HANDLERS: dict[Opcode, Handler] = {
    Opcode.STATUS: _status,
    Opcode.SET_TIME: _set_time,
    Opcode.LOG_READ: _log_read,
    Opcode.LOG_ACK: _log_ack,
    Opcode.CRED_BEGIN: _cred_begin,
    Opcode.CRED_WRITE: _cred_write,
    Opcode.CRED_COMMIT: _cred_commit,
    Opcode.CRED_ABORT: _cred_abort,
    Opcode.CRED_BUCKETS: _cred_buckets,
    Opcode.CRED_READ_BUCKET: _cred_read_bucket,
    Opcode.CONTROLLER_ADD: _controller_add,
    Opcode.CONTROLLER_REMOVE: _controller_remove,
    Opcode.CONTROLLER_LIST: _controller_list,
    Opcode.FACTORY_RESET: _factory_reset,
    Opcode.CONFIG_SET: _config_set,
    Opcode.CONFIG_GET: _config_get,
}


def run_command(unit: DoorUnit, request: Request, controller: PairedController) -> Response:
    """Execute a non-motor command; malformed arguments give MALFORMED, never an exception."""
    handler = HANDLERS.get(request.opcode)
    if handler is None:
        return Response(request.request_id, Status.UNKNOWN_OPCODE)
    try:
        status, body = handler(unit, Reader(request.args), controller)
    except ProtocolError:
        return Response(request.request_id, Status.MALFORMED)
    return Response(request.request_id, status, body)
