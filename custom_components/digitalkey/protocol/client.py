"""Hub side of protocol v2: pairing and authenticated commands (docs/protocol.md §6-7).

`DoorUnitClient` works over any bleak-compatible client object, so Home Assistant can hand
it the client `bleak_retry_connector.establish_connection` returns. It keeps at most one
session per connection and chooses the shortest safe path for each command:

* cold, with a fresh advertised challenge: the command rides in msg1 and is answered in
  msg2 (one round trip after connecting);
* cold, without one: handshake, then the command (two round trips);
* warm, inside an established session: the command alone (one round trip). Opening
  commands use a session only while it is well inside the unit's unlock window.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
import logging
import secrets
import time
from types import TracebackType
from typing import Self

from .advertisement import UnitInfo
from .channel import BleakClientLike, ChannelStats, MessageChannel, error_from_status
from .constants import (
    IDLE_CLOSE_S,
    MSG1_OPCODES,
    OPEN_DEADLINE_S,
    OPENING_OPCODES,
    TAG_LEARN_MAX_S,
    UNLOCK_WINDOW_S,
    ConfigKey,
    LockState,
    MessageType,
    Opcode,
    Role,
    Status,
)
from .errors import ConnectionLost, DoorUnitError, DoorUnitTimeout, ProtocolError
from .gatt import INFO_CHAR_UUID
from .keys import StaticKey, hint_key, new_hello_hint
from .messages import (
    BucketPage,
    ControllerInfo,
    Envelope,
    Hello,
    HelloPayload,
    LogReadResult,
    Request,
    Response,
    Snapshot,
    TransactionStart,
    WelcomePayload,
)
from .pairing import HubGrant, HubPairing, UnitIdentity
from .records import (
    BUCKETS,
    TAG_UID_LENGTHS,
    CredentialOp,
    CredentialRecord,
    LogRecord,
    bucket_hashes,
    encode_ops,
)
from .session import NoiseSession
from .wire import Reader, i32, short_text, u8, u16, u32

_LOGGER = logging.getLogger(__name__)

SESSION_MARGIN_S = 2.0
"""Open a new session this long before the unit's unlock window or idle timer would close."""
MOTOR_TIMEOUT_S = 20.0
"""How long a motor command may take between ACCEPTED and its final response."""
READ_BUCKET_TRIES = 3
"""Passes over a bucket's pages before a bucket that keeps changing is given up on."""

type Clock = Callable[[], float]


class OpenDeadlinePassed(DoorUnitError):
    """An opening command was not sent: too long has passed since the user asked for it.

    Raised before anything of the command left the hub, so the door did not open because
    of this attempt (docs/protocol.md §7.3, `OPEN_DEADLINE_S`).
    """


def open_deadline(monotonic: Clock = time.monotonic) -> float:
    """The monotonic time after which an opening command asked for now is not sent."""
    return monotonic() + OPEN_DEADLINE_S


def new_request_id() -> int:
    """A random request id, never 0 (reserved, §7.3); reuse it when retrying the command."""
    return secrets.randbelow(0xFFFFFFFF) + 1


@dataclass(frozen=True, slots=True)
class HandshakeResult:
    """What msg2 told the hub."""

    snapshot: Snapshot
    hub_time: int
    challenge_accepted: bool
    time_applied: bool

    @property
    def clock_drift(self) -> int:
        """Unit clock minus hub clock at the handshake, in seconds (before any correction)."""
        return self.snapshot.clock - self.hub_time


@dataclass(frozen=True, slots=True, repr=False)
class PairingResult:
    """Everything the hub stores about a unit it just paired.

    `unit_secret` keys the unit's PIN/tag secrets and its resolvable advertisements: store
    it with the hub key and never show it (`advert_key`, `credential_secret`).
    """

    unit_id: bytes
    unit_public: bytes
    info: UnitInfo
    identity: UnitIdentity
    round_trips: int

    @property
    def unit_secret(self) -> bytes:
        """The unit's secret from PAIR_COMPLETE."""
        return self.identity.unit_secret

    def __repr__(self) -> str:
        """Never show the unit secret."""
        return f"PairingResult(unit_id={self.unit_id.hex()}, round_trips={self.round_trips})"


async def read_info(ble: BleakClientLike) -> UnitInfo:
    """Read and decode the plaintext INFO characteristic."""
    return UnitInfo.decode(bytes(await ble.read_gatt_char(INFO_CHAR_UUID)))


async def pair(
    ble: BleakClientLike,
    *,
    setup_code: str,
    hub_key: StaticKey,
    label: str,
    role: Role = Role.ADMIN,
    clock: Clock = time.time,
    timeout: float = 10.0,
) -> PairingResult:
    """Pair with a unit in pairing mode using its printed setup code (two round trips)."""
    channel = MessageChannel(ble, timeout=timeout)
    info = UnitInfo.decode(await channel.read(INFO_CHAR_UUID))
    await channel.start()  # the unit itself says why it refuses (window, lockout, paired)
    try:
        hub = HubPairing(setup_code, info.unit_id)
        hub.on_challenge(await channel.exchange(hub.request(), MessageType.PAIR_CHALLENGE))
        grant = HubGrant(hub_key.public, role, int(clock()), label)
        identity = hub.on_complete(
            await channel.exchange(hub.confirm(grant), MessageType.PAIR_COMPLETE)
        )
    finally:
        await channel.stop()
    return PairingResult(
        info.unit_id, identity.unit_public, info, identity, channel.stats.round_trips
    )


class DoorUnitClient:
    """Authenticated commands to one paired unit over one connection."""

    def __init__(
        self,
        ble: BleakClientLike,
        *,
        unit_id: bytes,
        hub_key: StaticKey,
        unit_public: bytes,
        clock: Clock = time.time,
        monotonic: Clock = time.monotonic,
        timeout: float = 10.0,
        send_time: bool = True,
    ) -> None:
        """Prepare a client; use it as an async context manager or call `start`/`close`.

        `send_time=False` (the hub doubts its own clock): no challenge goes into HELLO, so
        the unit ignores the hub time HELLO must carry (§7.1), and `set_time` refuses.
        """
        self._channel = MessageChannel(ble, timeout=timeout)
        self._unit_id = unit_id
        self._hub_key = hub_key
        self._unit_public = unit_public
        hint = hint_key(hub_key, unit_public)
        if hint is None:
            raise ValueError("unit public key is not a usable X25519 key")
        self._hint_key = hint
        self._clock = clock
        self._monotonic = monotonic
        self._session: NoiseSession | None = None
        self._session_started = 0.0
        self._last_activity = 0.0
        self.send_time = send_time
        self.last_handshake: HandshakeResult | None = None
        self.last_sent_request_id: int | None = None
        """Request id of the last command that left the hub (in msg1 or DATA)."""
        self._one_request = asyncio.Lock()
        """A hub keeps one request outstanding per link (§7.3), so a unit needs one buffer."""

    @property
    def stats(self) -> ChannelStats:
        """Round trips and bytes of this connection."""
        return self._channel.stats

    @property
    def last_refusal(self) -> DoorUnitError | None:
        """The last plaintext ERROR this connection raised (it is not authenticated)."""
        return self._channel.last_refusal

    @property
    def has_session(self) -> bool:
        """Whether a session is up (it may still be too old for opening commands)."""
        return self._session is not None

    async def start(self) -> None:
        """Subscribe to the unit's notifications."""
        await self._channel.start()

    async def close(self) -> None:
        """Forget the session and unsubscribe."""
        self._session = None
        await self._channel.stop()

    async def __aenter__(self) -> Self:
        """Start the client."""
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Close the client."""
        await self.close()

    def connection_lost(self) -> None:
        """Call from the bleak disconnected callback: fails pending waits at once."""
        self._session = None
        self._channel.connection_lost()

    def _session_usable(self, opcode: Opcode) -> bool:
        if self._session is None:
            return False
        now = self._monotonic()
        if now - self._last_activity > IDLE_CLOSE_S - SESSION_MARGIN_S:
            return False
        return not (
            opcode in OPENING_OPCODES
            and now - self._session_started > UNLOCK_WINDOW_S - SESSION_MARGIN_S
        )

    async def handshake(
        self, *, challenge: bytes | None = None, request: Request | None = None
    ) -> tuple[HandshakeResult, Response | None]:
        """Run msg1/msg2; with a fresh challenge, `request` is executed inside it."""
        session = NoiseSession(
            initiator=True,
            static=self._hub_key,
            remote_public=self._unit_public,
            unit_id=self._unit_id,
        )
        self._session = None
        if not self.send_time:
            challenge = None  # without an accepted challenge the unit ignores hub time
        hub_time = int(self._clock())
        payload = HelloPayload(hub_time, challenge, request if challenge is not None else None)
        hint = new_hello_hint(self._hint_key, self._unit_id)  # unlinkable across sessions
        hello = Hello(hint, session.write_handshake(payload.encode()))
        if challenge is not None and request is not None:
            self.last_sent_request_id = request.request_id
        body = await self._channel.exchange(hello.encode(), MessageType.WELCOME)
        welcome = WelcomePayload.decode(session.read_handshake(body))
        if not session.established:
            raise ProtocolError("handshake did not complete")
        self._session = session
        self._session_started = self._last_activity = self._monotonic()
        result = HandshakeResult(
            welcome.snapshot, hub_time, welcome.challenge_accepted, welcome.time_applied
        )
        self.last_handshake = result
        response = welcome.response if welcome.challenge_accepted else None
        return result, response

    async def _send_data(self, plaintext: bytes) -> None:
        session = self._require_session()
        await self._channel.send(Envelope(MessageType.DATA, session.encrypt(plaintext)).encode())

    async def _receive_response(self, request_id: int, timeout: float | None = None) -> Response:
        session = self._require_session()
        while True:
            # Inside a session only authenticated DATA counts: a plaintext ERROR (or any
            # other unauthenticated message) may be anyone's and is dropped (§10).
            envelope = await self._channel.receive(timeout, plaintext_errors=False)
            if envelope.type is not MessageType.DATA:
                _LOGGER.debug("ignoring unauthenticated %s inside a session", envelope.type.name)
                continue
            response = Response.decode(session.decrypt(envelope.body))
            self._last_activity = self._monotonic()
            if response.request_id == request_id:
                return response
            _LOGGER.debug("ignoring a late response to request %08x", response.request_id)

    def _require_session(self) -> NoiseSession:
        if self._session is None:
            if self._channel.lost:
                raise ConnectionLost("link to the door unit dropped")
            raise ProtocolError("no session")
        return self._session

    async def request(
        self,
        opcode: Opcode,
        args: bytes = b"",
        *,
        request_id: int | None = None,
        challenge: bytes | None = None,
        not_after: float | None = None,
    ) -> Response:
        """Run one command and return its final OK response; failures raise.

        Reusing `request_id` for a retry makes the unit answer from its memory instead of
        running the command again. An opening command is not sent (neither in msg1 nor in
        DATA) once the monotonic time is past `not_after`: `OpenDeadlinePassed`.
        """
        async with self._one_request:  # the next request leaves after this one's answer
            return await self._request(opcode, args, request_id, challenge, not_after)

    async def _request(
        self,
        opcode: Opcode,
        args: bytes,
        request_id: int | None,
        challenge: bytes | None,
        not_after: float | None,
    ) -> Response:
        req = Request(new_request_id() if request_id is None else request_id, opcode, args)
        response: Response | None = None
        if not self._session_usable(opcode):
            self._check_deadline(opcode, not_after)
            in_msg1 = req if opcode in MSG1_OPCODES else None  # others wait for DATA (§7.1)
            _, response = await self.handshake(challenge=challenge, request=in_msg1)
        if response is None:
            self._check_deadline(opcode, not_after)
            self._channel.stats.round_trips += 1
            self.last_sent_request_id = req.request_id
            await self._send_data(req.encode())
            response = await self._receive_response(req.request_id)
        if response.status is Status.ACCEPTED:
            try:
                response = await self._receive_response(req.request_id, MOTOR_TIMEOUT_S)
            except DoorUnitTimeout:
                raise DoorUnitTimeout("door unit did not finish the command") from None
        if response.status is not Status.OK:
            raise error_from_status(response.status)
        return response

    def _check_deadline(self, opcode: Opcode, not_after: float | None) -> None:
        if opcode in OPENING_OPCODES and not_after is not None and self._monotonic() > not_after:
            raise OpenDeadlinePassed(f"{opcode.name} not sent: too late after the user's action")

    # Typed commands -------------------------------------------------------------------

    async def status(self, *, challenge: bytes | None = None) -> Snapshot:
        """Current status; without a session, msg2's snapshot answers in one round trip."""
        if not self._session_usable(Opcode.STATUS):
            async with self._one_request:
                result, _ = await self.handshake(challenge=challenge)
            return result.snapshot
        return Snapshot.decode((await self.request(Opcode.STATUS)).body)

    async def _motor(
        self,
        opcode: Opcode,
        challenge: bytes | None,
        request_id: int | None,
        not_after: float | None = None,
    ) -> LockState:
        response = await self.request(
            opcode, challenge=challenge, request_id=request_id, not_after=not_after
        )
        reader = Reader(response.body)
        raw = reader.u8()
        reader.end()
        try:
            return LockState(raw)
        except ValueError as err:
            raise ProtocolError(f"unknown lock state 0x{raw:02x}") from err

    async def lock(
        self,
        *,
        challenge: bytes | None = None,
        request_id: int | None = None,
        not_after: float | None = None,
    ) -> LockState:
        """Throw the bolt; returns the final lock state."""
        return await self._motor(Opcode.LOCK, challenge, request_id, not_after)

    async def unlock(
        self,
        *,
        challenge: bytes | None = None,
        request_id: int | None = None,
        not_after: float | None = None,
    ) -> LockState:
        """Withdraw the bolt."""
        return await self._motor(Opcode.UNLOCK, challenge, request_id, not_after)

    async def unlatch(
        self,
        *,
        challenge: bytes | None = None,
        request_id: int | None = None,
        not_after: float | None = None,
    ) -> LockState:
        """Withdraw bolt and latch so the door can be pushed open."""
        return await self._motor(Opcode.UNLATCH, challenge, request_id, not_after)

    async def set_time(self, unix_time: int | None = None) -> int:
        """Set the unit clock (admin); returns the unit's clock before the change."""
        if unix_time is None and not self.send_time:
            raise ProtocolError("the hub's clock is not trusted: its time is not sent")
        value = int(self._clock()) if unix_time is None else unix_time
        reader = Reader((await self.request(Opcode.SET_TIME, u32(value))).body)
        previous = reader.u32()
        reader.end()
        return previous

    async def read_log(self, from_seq: int, max_count: int = 32) -> tuple[int, list[LogRecord]]:
        """Records with seq >= `from_seq`; returns (oldest seq still held, records)."""
        response = await self.request(Opcode.LOG_READ, u32(from_seq) + u8(max_count))
        result = LogReadResult.decode(response.body)
        return result.oldest_seq, [LogRecord.decode(raw) for raw in result.records]

    async def ack_log(self, seq: int) -> None:
        """Tell the unit the hub has stored everything up to `seq`."""
        await self.request(Opcode.LOG_ACK, u32(seq))

    async def cred_begin(self) -> TransactionStart:
        """Open a credential transaction on a shadow copy: the live version and capacity."""
        return TransactionStart.decode((await self.request(Opcode.CRED_BEGIN)).body)

    async def cred_write(self, ops: list[CredentialOp]) -> int:
        """Apply upserts/deletes to the shadow copy; returns how many were applied."""
        reader = Reader((await self.request(Opcode.CRED_WRITE, encode_ops(ops))).body)
        applied = reader.u8()
        reader.end()
        return applied

    async def cred_commit(self, expected_hash: bytes) -> tuple[int, bytes]:
        """Swap the shadow copy in if its hash is `expected_hash`; returns (version, hash)."""
        reader = Reader((await self.request(Opcode.CRED_COMMIT, expected_hash)).body)
        version, db_hash = reader.u32(), reader.take(16)
        reader.end()
        return version, db_hash

    async def cred_abort(self) -> None:
        """Drop the shadow copy."""
        await self.request(Opcode.CRED_ABORT)

    async def cred_buckets(self) -> tuple[int, list[bytes]]:
        """Database version and the 64 bucket hashes."""
        reader = Reader((await self.request(Opcode.CRED_BUCKETS)).body)
        version = reader.u32()
        hashes = [reader.take(8) for _ in range(BUCKETS)]
        reader.end()
        return version, hashes

    async def cred_read_bucket(self, bucket: int) -> list[CredentialRecord]:
        """The live records of one bucket (0-63) in ascending credential id, every page.

        A unit answers at most `BUCKET_PAGE_RECORDS` records per request, so this asks from
        index 0 until it has the total the unit reports. One page is one answer, so it is
        consistent; pages read one after another are checked against the bucket hash the
        unit reports after the last one (a commit in between would otherwise go unseen),
        and read again when it changed meanwhile (§7.4).
        """
        for _ in range(READ_BUCKET_TRIES):
            pages = await self._read_bucket_pages(bucket)
            if pages is None:
                continue
            records, count = pages
            if count == 1:
                return records
            _, hashes = await self.cred_buckets()
            if bucket_hashes(records)[bucket] == hashes[bucket]:
                return records
        raise ProtocolError(f"bucket {bucket} kept changing while it was read")

    async def _read_bucket_pages(self, bucket: int) -> tuple[list[CredentialRecord], int] | None:
        """One pass over the pages of `bucket`: (records, pages), None when it changed."""
        records: list[CredentialRecord] = []
        total: int | None = None
        pages = 0
        while total is None or len(records) < total:
            args = u8(bucket) + u16(len(records))
            page = BucketPage.decode((await self.request(Opcode.CRED_READ_BUCKET, args)).body)
            pages += 1
            if total is not None and page.total != total:
                return None
            total = page.total
            if len(records) < total and not page.records:
                raise ProtocolError("an empty page before the bucket's last record")
            for raw in page.records:
                record = CredentialRecord.decode(raw)
                if record.bucket != bucket:
                    raise ProtocolError(f"credential {record.cred_id} is not in bucket {bucket}")
                if records and record.cred_id <= records[-1].cred_id:
                    return None
                records.append(record)
        return (records, pages) if len(records) == total else None

    async def tag_learn(self, seconds: int) -> None:
        """Ask the unit to catch the UID of the first unknown tag within `seconds` (admin).

        "Present the tag now" (§7.4): the unit keeps that one UID in RAM until
        `tag_learned` reads it, the window ends, or it reboots; a tag the unit knows works
        as usual meanwhile and is not caught. UNSUPPORTED without the tag reader.
        """
        if not 1 <= seconds <= TAG_LEARN_MAX_S:
            raise ValueError(f"a tag-learning window is 1 to {TAG_LEARN_MAX_S} seconds")
        await self.request(Opcode.TAG_LEARN, u8(seconds))

    async def tag_learned(self) -> bytes | None:
        """The UID caught since `tag_learn`, None when no unknown tag came (admin).

        Either way the window ends and the unit forgets the UID, so read it once the
        DENIED (tag, unknown credential) record has arrived through the log.
        """
        reader = Reader((await self.request(Opcode.TAG_LEARNED)).body)
        length = reader.u8()
        if length and length not in TAG_UID_LENGTHS:
            raise ProtocolError(f"a tag UID of {length} bytes")
        uid = reader.take(length)
        reader.end()
        return uid or None

    async def controller_add(self, public: bytes, role: Role, label: str) -> None:
        """Pair another controller by its public key (admin)."""
        await self.request(Opcode.CONTROLLER_ADD, public + u8(role) + short_text(label))

    async def controller_remove(self, key_id: bytes) -> None:
        """Remove a controller (admin); a unit refuses to remove the caller itself."""
        await self.request(Opcode.CONTROLLER_REMOVE, key_id)

    async def controller_list(self) -> list[ControllerInfo]:
        """Every controller paired with the unit (admin)."""
        reader = Reader((await self.request(Opcode.CONTROLLER_LIST)).body)
        controllers = [ControllerInfo.read(reader) for _ in range(reader.u8())]
        reader.end()
        return controllers

    async def factory_reset(self) -> None:
        """Forget every controller, credential and the unit key (admin)."""
        await self.request(Opcode.FACTORY_RESET)

    async def config_set(
        self, key: ConfigKey, value: int, *, challenge: bytes | None = None
    ) -> None:
        """Change a unit setting (admin); the UTC offset may be negative.

        Without a session, a fresh `challenge` lets the handshake that starts one also set
        the unit's clock (§7.1); the command itself always waits for DATA.
        """
        encoded = i32(value) if key is ConfigKey.UTC_OFFSET_S else u32(value)
        await self.request(Opcode.CONFIG_SET, u8(key) + encoded, challenge=challenge)

    async def config_get(self, key: ConfigKey) -> int:
        """Read a unit setting (admin); the UTC offset comes back signed."""
        reader = Reader((await self.request(Opcode.CONFIG_GET, u8(key))).body)
        value = reader.i32() if key is ConfigKey.UTC_OFFSET_S else reader.u32()
        reader.end()
        return value
