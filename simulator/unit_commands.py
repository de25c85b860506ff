"""What the reference door unit does for each non-motor command (docs/protocol.md §7.4)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from custom_components.digitalkey.protocol.constants import (
    AUTO_RELOCK_MAX_S,
    BUCKET_PAGE_RECORDS,
    KEY_ID_LEN,
    KEYPAD_ATTEMPTS_MAX,
    KEYPAD_ATTEMPTS_MIN,
    MAX_CONTROLLERS,
    TAG_LEARN_MAX_S,
    UNLATCH_HOLD_MAX_S,
    UTC_OFFSET_MAX_S,
    UTC_OFFSET_MIN_S,
    ConfigKey,
    LogEvent,
    LogSource,
    Opcode,
    Role,
    Status,
)
from custom_components.digitalkey.protocol.errors import InvalidField, ProtocolError
from custom_components.digitalkey.protocol.keys import hint_key
from custom_components.digitalkey.protocol.messages import (
    BucketPage,
    ControllerInfo,
    LogReadResult,
    Request,
    Response,
    TransactionStart,
)
from custom_components.digitalkey.protocol.records import BUCKETS, CredentialOp, decode_ops
from custom_components.digitalkey.protocol.wire import Reader, label_text, u8, u32

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
        Opcode.TAG_LEARN,
        Opcode.TAG_LEARNED,
        Opcode.CONTROLLER_ADD,
        Opcode.CONTROLLER_REMOVE,
        Opcode.FACTORY_RESET,
        Opcode.CONFIG_SET,
    }
)
"""Commands that change state: their OK answers are remembered by request id (§7.3),
as are the final answers (OK or JAMMED) of the motor commands. TAG_LEARNED is one: it ends
the learning window, so a retry after a lost answer gets the UID from memory."""

CONFIG_RANGES: dict[ConfigKey, range] = {
    ConfigKey.AUTO_RELOCK_S: range(AUTO_RELOCK_MAX_S + 1),
    ConfigKey.UNLATCH_HOLD_S: range(UNLATCH_HOLD_MAX_S + 1),
    ConfigKey.KEYPAD_LOCKOUT_ATTEMPTS: range(KEYPAD_ATTEMPTS_MIN, KEYPAD_ATTEMPTS_MAX + 1),
    ConfigKey.UTC_OFFSET_S: range(UTC_OFFSET_MIN_S, UTC_OFFSET_MAX_S + 1),
}
"""Values CONFIG_SET takes for each key (§7.4); others are refused INVALID_ARGUMENT."""


@dataclass(frozen=True, slots=True)
class Caller:
    """Who sent a command: its controller (with the role stored now) and its session.

    `session` is an opaque token, the same for every command of one session and different
    across sessions; a credential transaction belongs to the session that began it (§8.3).
    """

    controller: PairedController
    session: object


type Handler = Callable[["DoorUnit", Reader, Caller], tuple[Status, bytes]]


def _status(unit: DoorUnit, args: Reader, _c: Caller) -> tuple[Status, bytes]:
    args.end()
    return Status.OK, unit.snapshot().encode()


def _set_time(unit: DoorUnit, args: Reader, caller: Caller) -> tuple[Status, bytes]:
    value = args.u32()
    args.end()
    return Status.OK, u32(unit.set_clock(value, caller.controller.key_id))


def _log_read(unit: DoorUnit, args: Reader, _c: Caller) -> tuple[Status, bytes]:
    from_seq, max_count = args.u32(), args.u8()
    args.end()
    log = unit.flash.log
    records = log.read(from_seq, min(max_count, MAX_LOG_RECORDS))
    return Status.OK, LogReadResult(log.oldest_seq, tuple(r.encode() for r in records)).encode()


def _log_ack(unit: DoorUnit, args: Reader, _c: Caller) -> tuple[Status, bytes]:
    seq = args.u32()
    args.end()
    unit.flash.log.ack(seq)
    return Status.OK, b""


def _cred_begin(unit: DoorUnit, args: Reader, caller: Caller) -> tuple[Status, bytes]:
    args.end()
    creds = unit.flash.credentials
    version = creds.begin(caller.session)
    if version is None:  # another session's transaction is open
        return Status.BUSY, b""
    return Status.OK, TransactionStart(version, creds.capacity).encode()


def _cred_write(unit: DoorUnit, args: Reader, caller: Caller) -> tuple[Status, bytes]:
    try:
        ops: list[CredentialOp] | None = decode_ops(args.rest())
    except InvalidField:
        ops = None  # refused below, once the transaction is known to be the caller's
    creds = unit.flash.credentials
    if not creds.owns(caller.session):
        return Status.NO_TRANSACTION, b""
    if ops is None:
        return Status.INVALID_ARGUMENT, b""  # nothing applied, the transaction stays open
    if not creds.write(ops):
        return Status.CONFLICT, b""
    return Status.OK, u8(len(ops))


def _cred_commit(unit: DoorUnit, args: Reader, caller: Caller) -> tuple[Status, bytes]:
    expected = args.take(16)
    args.end()
    creds = unit.flash.credentials
    if not creds.owns(caller.session):
        return Status.NO_TRANSACTION, b""
    if not creds.commit(expected):
        return Status.CONFLICT, b""
    subject = int.from_bytes(caller.controller.key_id[:4])
    unit.log(LogEvent.CREDENTIALS_UPDATED, LogSource.BLE, subject, creds.version & 0xFFFF)
    return Status.OK, u32(creds.version) + creds.live.hash()


def _cred_abort(unit: DoorUnit, args: Reader, caller: Caller) -> tuple[Status, bytes]:
    args.end()
    creds = unit.flash.credentials
    if creds.shadow is not None and not creds.owns(caller.session):
        return Status.NO_TRANSACTION, b""  # another session's: left as it is
    creds.abort()
    return Status.OK, b""


def _cred_buckets(unit: DoorUnit, args: Reader, _c: Caller) -> tuple[Status, bytes]:
    args.end()
    creds = unit.flash.credentials
    return Status.OK, u32(creds.version) + b"".join(creds.live.bucket_hashes())


def _cred_read_bucket(unit: DoorUnit, args: Reader, _c: Caller) -> tuple[Status, bytes]:
    bucket, first = args.u8(), args.u16()
    args.end()
    if bucket >= BUCKETS:
        return Status.INVALID_ARGUMENT, b""
    records = unit.flash.credentials.live.in_bucket(bucket)
    page = records[first : first + BUCKET_PAGE_RECORDS]
    return Status.OK, BucketPage(len(records), tuple(r.encode() for r in page)).encode()


def _tag_learn(unit: DoorUnit, args: Reader, _c: Caller) -> tuple[Status, bytes]:
    seconds = args.u8()
    args.end()
    if not 1 <= seconds <= TAG_LEARN_MAX_S:
        return Status.INVALID_ARGUMENT, b""
    unit.start_tag_learning(seconds)
    return Status.OK, b""


def _tag_learned(unit: DoorUnit, args: Reader, _c: Caller) -> tuple[Status, bytes]:
    args.end()
    uid = unit.take_learned_tag() or b""
    return Status.OK, u8(len(uid)) + uid


def _controller_add(unit: DoorUnit, args: Reader, caller: Caller) -> tuple[Status, bytes]:
    public, role_raw = args.take(32), args.u8()
    raw_label = args.take(args.u8())
    args.end()
    if role_raw not in Role:
        return Status.INVALID_ARGUMENT, b""
    try:
        label = label_text(raw_label)
    except InvalidField:
        return Status.INVALID_ARGUMENT, b""
    if hint_key(unit.flash.static, public) is None:
        return Status.INVALID_ARGUMENT, b""  # all-zero or low-order: no session could use it
    controller = PairedController(public, Role(role_raw), label)
    controllers = unit.flash.controllers
    existing = controllers.get(controller.key_id)
    if existing is not None and existing.role is not controller.role:
        admins = [c for c in controllers.values() if c.role is Role.ADMIN]
        if admins == [existing]:
            return Status.INVALID_ARGUMENT, b""  # the unit would have no admin left
    if existing is None and len(controllers) >= MAX_CONTROLLERS:
        return Status.CONFLICT, b""
    controllers[controller.key_id] = controller  # a stored key keeps its place in the list
    if existing is not None and existing.role is not controller.role:
        own = controller.key_id == caller.controller.key_id
        unit.controller_changed(controller.key_id, end_sessions=not own)
    return Status.OK, b""


def _controller_remove(unit: DoorUnit, args: Reader, caller: Caller) -> tuple[Status, bytes]:
    target = args.take(KEY_ID_LEN)
    args.end()
    if target not in unit.flash.controllers:
        return Status.NOT_FOUND, b""
    if target == caller.controller.key_id:
        return Status.INVALID_ARGUMENT, b""  # an admin cannot lock itself out by accident
    del unit.flash.controllers[target]
    unit.controller_changed(target)  # its open sessions end at once
    return Status.OK, b""


def _controller_list(unit: DoorUnit, args: Reader, _c: Caller) -> tuple[Status, bytes]:
    args.end()
    controllers = list(unit.flash.controllers.values())
    entries = (ControllerInfo(c.key_id, c.role, c.label).encode() for c in controllers)
    return Status.OK, u8(len(controllers)) + b"".join(entries)


def _factory_reset(_unit: DoorUnit, args: Reader, _c: Caller) -> tuple[Status, bytes]:
    args.end()
    return Status.OK, b""  # the connection resets the unit once this answer is sent


def _config_key(unit: DoorUnit, raw: int) -> ConfigKey | None:
    try:
        key = ConfigKey(raw)
    except ValueError:
        return None
    return key if key in unit.config.config_keys else None


def _config_set(unit: DoorUnit, args: Reader, _c: Caller) -> tuple[Status, bytes]:
    key, value = _config_key(unit, args.u8()), args.u32()
    args.end()
    if key is None:
        return Status.INVALID_ARGUMENT, b""
    if key is ConfigKey.UTC_OFFSET_S and value & 0x80000000:
        value -= 1 << 32
    if value not in CONFIG_RANGES[key]:
        return Status.INVALID_ARGUMENT, b""
    unit.flash.config[key] = value
    unit.settings_changed()
    return Status.OK, b""


def _config_get(unit: DoorUnit, args: Reader, _c: Caller) -> tuple[Status, bytes]:
    key = _config_key(unit, args.u8())
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
    Opcode.TAG_LEARN: _tag_learn,
    Opcode.TAG_LEARNED: _tag_learned,
    Opcode.CONTROLLER_ADD: _controller_add,
    Opcode.CONTROLLER_REMOVE: _controller_remove,
    Opcode.CONTROLLER_LIST: _controller_list,
    Opcode.FACTORY_RESET: _factory_reset,
    Opcode.CONFIG_SET: _config_set,
    Opcode.CONFIG_GET: _config_get,
}


def run_command(unit: DoorUnit, request: Request, caller: Caller) -> Response:
    """Execute a non-motor command; malformed arguments give MALFORMED, never an exception."""
    handler = HANDLERS.get(request.opcode)
    if handler is None:
        return Response(request.request_id, Status.UNKNOWN_OPCODE)
    try:
        status, body = handler(unit, Reader(request.args), caller)
    except ProtocolError:
        return Response(request.request_id, Status.MALFORMED)
    return Response(request.request_id, status, body)
