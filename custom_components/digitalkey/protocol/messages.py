"""Typed messages of protocol v2 and their exact wire encodings (docs/protocol.md §5-7).

Every `decode` consumes its input exactly and raises `ProtocolError` on anything else.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .constants import (
    CHALLENGE_LEN,
    CREDENTIAL_RECORD_LEN,
    HELLO_HINT_LEN,
    KEY_ID_LEN,
    MSG1_OPCODES,
    PROTOCOL_VERSION,
    DoorState,
    ErrorCode,
    Feature,
    LockState,
    MessageType,
    Opcode,
    Role,
    Status,
)
from .errors import ProtocolError, UnsupportedVersion
from .wire import Reader, read_short_text, short_text, u8, u16, u32


def _enum[E: (LockState, DoorState, Opcode, Status, ErrorCode, MessageType, Role)](
    kind: type[E], value: int
) -> E:
    try:
        return kind(value)
    except ValueError as err:
        raise ProtocolError(f"unknown {kind.__name__} 0x{value:02x}") from err


@dataclass(frozen=True, slots=True)
class Envelope:
    """A reassembled message: its type and body."""

    type: MessageType
    body: bytes

    def encode(self) -> bytes:
        """Encode as sent inside fragments."""
        return u8(self.type) + self.body

    @classmethod
    def decode(cls, data: bytes) -> Envelope:
        """Split type and body."""
        if not data:
            raise ProtocolError("empty message")
        return cls(_enum(MessageType, data[0]), bytes(data[1:]))


@dataclass(frozen=True, slots=True)
class ErrorMessage:
    """Plaintext refusal sent before a session exists."""

    code: ErrorCode
    arg: int = 0

    def encode(self) -> bytes:
        """Encode as an ERROR envelope."""
        return Envelope(MessageType.ERROR, u8(self.code) + u16(self.arg)).encode()

    @classmethod
    def decode(cls, body: bytes) -> ErrorMessage:
        """Decode an ERROR body."""
        reader = Reader(body)
        code, arg = _enum(ErrorCode, reader.u8()), reader.u16()
        reader.end()
        return cls(code, arg)


@dataclass(frozen=True, slots=True)
class Request:
    """A command with the id that makes retries idempotent."""

    request_id: int
    opcode: Opcode
    args: bytes = b""

    def encode(self) -> bytes:
        """Encode as carried in HELLO or DATA."""
        return u32(self.request_id) + u8(self.opcode) + self.args

    @classmethod
    def decode(cls, data: bytes) -> Request:
        """Decode a request; args are checked by the command's own decoder."""
        reader = Reader(data)
        request_id = reader.u32()
        opcode = _enum(Opcode, reader.u8())
        return cls(request_id, opcode, reader.rest())


@dataclass(frozen=True, slots=True)
class Response:
    """A unit's answer to a request (ACCEPTED may be followed by a final response)."""

    request_id: int
    status: Status
    body: bytes = b""

    @property
    def final(self) -> bool:
        """Whether this ends the request (anything but ACCEPTED)."""
        return self.status is not Status.ACCEPTED

    def encode(self) -> bytes:
        """Encode as carried in WELCOME or DATA."""
        return u32(self.request_id) + u8(self.status) + self.body

    @classmethod
    def decode(cls, data: bytes) -> Response:
        """Decode a response."""
        reader = Reader(data)
        request_id = reader.u32()
        status = _enum(Status, reader.u8())
        return cls(request_id, status, reader.rest())


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Status of a unit: sent in every WELCOME and in answer to STATUS (40 bytes)."""

    lock_state: LockState
    door_state: DoorState
    battery_percent: int
    battery_mv: int
    clock: int
    boot_count: int
    log_last_seq: int
    cred_version: int
    cred_hash: bytes
    features: Feature
    change_counter: int

    SIZE = 40

    def encode(self) -> bytes:
        """Encode in the fixed 40-byte layout."""
        if len(self.cred_hash) != 16:
            raise ValueError("cred_hash must be 16 bytes")
        return (
            u8(self.lock_state)
            + u8(self.door_state)
            + u8(self.battery_percent)
            + u16(self.battery_mv)
            + u32(self.clock)
            + u32(self.boot_count)
            + u32(self.log_last_seq)
            + u32(self.cred_version)
            + self.cred_hash
            + u8(self.features)
            + u16(self.change_counter)
        )

    @classmethod
    def read(cls, reader: Reader) -> Snapshot:
        """Read a snapshot from a larger message."""
        lock_state = _enum(LockState, reader.u8())
        door_state = _enum(DoorState, reader.u8())
        battery = reader.u8()
        if battery > 100:
            raise ProtocolError(f"battery {battery} % out of range")
        return cls(
            lock_state=lock_state,
            door_state=door_state,
            battery_percent=battery,
            battery_mv=reader.u16(),
            clock=reader.u32(),
            boot_count=reader.u32(),
            log_last_seq=reader.u32(),
            cred_version=reader.u32(),
            cred_hash=reader.take(16),
            features=Feature(reader.u8()),
            change_counter=reader.u16(),
        )

    @classmethod
    def decode(cls, data: bytes) -> Snapshot:
        """Decode exactly one snapshot."""
        reader = Reader(data)
        snapshot = cls.read(reader)
        reader.end()
        return snapshot


HELLO_HAS_CHALLENGE = 0x01
HELLO_HAS_REQUEST = 0x02


@dataclass(frozen=True, slots=True)
class HelloPayload:
    """Encrypted payload of Noise msg1 (hub -> unit)."""

    hub_time: int
    challenge: bytes | None = None
    request: Request | None = None

    def encode(self) -> bytes:
        """Encode; what a unit would refuse is refused here (ValueError).

        That is a request without a challenge, and a request msg1 may not carry (§7.1).
        """
        if self.request is not None and self.challenge is None:
            raise ValueError("a request in HELLO needs a challenge")
        if self.request is not None and self.request.opcode not in MSG1_OPCODES:
            raise ValueError(f"{self.request.opcode.name} cannot ride in HELLO")
        flags = 0
        tail = b""
        if self.challenge is not None:
            if len(self.challenge) != CHALLENGE_LEN:
                raise ValueError("challenge must be 8 bytes")
            flags |= HELLO_HAS_CHALLENGE
            tail += self.challenge
        if self.request is not None:
            flags |= HELLO_HAS_REQUEST
            tail += self.request.encode()
        return u8(PROTOCOL_VERSION) + u8(flags) + u32(self.hub_time) + tail

    @classmethod
    def decode(cls, data: bytes) -> HelloPayload:
        """Decode msg1's payload: the version first, then flags that say what follows.

        Unknown flag bits and a request flagged without a challenge are errors (§4.1), not
        ignored: the flags give the payload's layout, and a request without a challenge is
        one a hub MUST NOT send (§7.1). So is a request that does not decode or whose
        opcode is not one of `MSG1_OPCODES`: the payload as a whole does not decode.
        """
        reader = Reader(data)
        version = reader.u8()
        if version != PROTOCOL_VERSION:
            raise UnsupportedVersion(f"protocol version {version}")
        flags = reader.u8()
        if flags & ~(HELLO_HAS_CHALLENGE | HELLO_HAS_REQUEST):
            raise ProtocolError(f"unknown HELLO flags 0x{flags:02x}")
        if flags & HELLO_HAS_REQUEST and not flags & HELLO_HAS_CHALLENGE:
            raise ProtocolError("HELLO flags a request without a challenge")
        hub_time = reader.u32()
        challenge = reader.take(CHALLENGE_LEN) if flags & HELLO_HAS_CHALLENGE else None
        request = Request.decode(reader.rest()) if flags & HELLO_HAS_REQUEST else None
        reader.end()
        if request is not None and request.opcode not in MSG1_OPCODES:
            raise ProtocolError(f"{request.opcode.name} cannot ride in HELLO")
        return cls(hub_time, challenge, request)


WELCOME_CHALLENGE_ACCEPTED = 0x01
WELCOME_TIME_APPLIED = 0x02
WELCOME_HAS_RESPONSE = 0x04


@dataclass(frozen=True, slots=True)
class WelcomePayload:
    """Encrypted payload of Noise msg2 (unit -> hub).

    `snapshot.clock` is the unit's clock before it applied the hub's time, so the hub can
    record the drift.
    """

    snapshot: Snapshot
    challenge_accepted: bool = False
    time_applied: bool = False
    response: Response | None = None

    def encode(self) -> bytes:
        """Encode msg2's payload."""
        flags = (
            (WELCOME_CHALLENGE_ACCEPTED if self.challenge_accepted else 0)
            | (WELCOME_TIME_APPLIED if self.time_applied else 0)
            | (WELCOME_HAS_RESPONSE if self.response is not None else 0)
        )
        tail = self.response.encode() if self.response is not None else b""
        return u8(flags) + self.snapshot.encode() + tail

    @classmethod
    def decode(cls, data: bytes) -> WelcomePayload:
        """Decode msg2's payload."""
        reader = Reader(data)
        flags = reader.u8()
        known = WELCOME_CHALLENGE_ACCEPTED | WELCOME_TIME_APPLIED | WELCOME_HAS_RESPONSE
        if flags & ~known:
            raise ProtocolError(f"unknown WELCOME flags 0x{flags:02x}")
        snapshot = Snapshot.read(reader)
        response = Response.decode(reader.rest()) if flags & WELCOME_HAS_RESPONSE else None
        reader.end()
        return cls(
            snapshot,
            challenge_accepted=bool(flags & WELCOME_CHALLENGE_ACCEPTED),
            time_applied=bool(flags & WELCOME_TIME_APPLIED),
            response=response,
        )


@dataclass(frozen=True, slots=True)
class Hello:
    """HELLO envelope body: a one-time hint naming the controller, then Noise msg1.

    The hint is `nonce (8) ‖ HMAC(hint key, "DKP2 hello" ‖ nonce ‖ unit id)[:8]`
    (`keys.hello_hint`): only the unit can tell which of its controllers sent it.
    """

    hint: bytes
    noise: bytes

    def encode(self) -> bytes:
        """Encode as a HELLO envelope."""
        if len(self.hint) != HELLO_HINT_LEN:
            raise ValueError("hint must be 16 bytes")
        return Envelope(MessageType.HELLO, self.hint + self.noise).encode()

    @classmethod
    def decode(cls, body: bytes) -> Hello:
        """Decode a HELLO body."""
        reader = Reader(body)
        hint = reader.take(HELLO_HINT_LEN)
        noise = reader.rest()
        if len(noise) < 32 + 16:
            raise ProtocolError("HELLO too short")
        return cls(hint, noise)


@dataclass(frozen=True, slots=True)
class TransactionStart:
    """Body of a CRED_BEGIN response: the live version and how many records the unit holds.

    The capacity lets a hub size its transactions before a write beyond it (CONFLICT)
    ends one (§8.3).
    """

    version: int
    capacity: int

    def encode(self) -> bytes:
        """Encode the body."""
        return u32(self.version) + u32(self.capacity)

    @classmethod
    def decode(cls, data: bytes) -> TransactionStart:
        """Decode the body."""
        reader = Reader(data)
        start = cls(reader.u32(), reader.u32())
        reader.end()
        return start


@dataclass(frozen=True, slots=True)
class LogReadResult:
    """Body of a LOG_READ response: raw 16-byte records from `from_seq` on."""

    oldest_seq: int
    records: tuple[bytes, ...] = field(default_factory=tuple)

    def encode(self) -> bytes:
        """Encode the body."""
        return u32(self.oldest_seq) + u8(len(self.records)) + b"".join(self.records)

    @classmethod
    def decode(cls, data: bytes) -> LogReadResult:
        """Decode the body (records are decoded by `records.LogRecord`)."""
        reader = Reader(data)
        oldest = reader.u32()
        count = reader.u8()
        records = tuple(reader.take(16) for _ in range(count))
        reader.end()
        return cls(oldest, records)


@dataclass(frozen=True, slots=True)
class BucketPage:
    """Body of a CRED_READ_BUCKET response: how many records the bucket holds, and a page.

    The page holds raw 32-byte records (decoded by `records.CredentialRecord`) in ascending
    credential id, from the index the request named, at most `BUCKET_PAGE_RECORDS`.
    """

    total: int
    records: tuple[bytes, ...] = field(default_factory=tuple)

    def encode(self) -> bytes:
        """Encode the body."""
        return u16(self.total) + u8(len(self.records)) + b"".join(self.records)

    @classmethod
    def decode(cls, data: bytes) -> BucketPage:
        """Decode the body."""
        reader = Reader(data)
        total, count = reader.u16(), reader.u8()
        records = tuple(reader.take(CREDENTIAL_RECORD_LEN) for _ in range(count))
        reader.end()
        return cls(total, records)


@dataclass(frozen=True, slots=True)
class ControllerInfo:
    """One paired controller as CONTROLLER_LIST reports it."""

    key_id: bytes
    role: Role
    label: str

    def encode(self) -> bytes:
        """Encode one list entry; the label is cut to 32 bytes at a character boundary."""
        if len(self.key_id) != KEY_ID_LEN:
            raise ValueError("key id must be 8 bytes")
        return self.key_id + u8(self.role) + short_text(self.label)

    @classmethod
    def read(cls, reader: Reader) -> ControllerInfo:
        """Read one list entry from a CONTROLLER_LIST body."""
        return cls(reader.take(KEY_ID_LEN), _enum(Role, reader.u8()), read_short_text(reader))
