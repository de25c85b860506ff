"""Protocol handling of one connection to the reference door unit (docs/protocol.md §5-7).

Fragments are reassembled into messages and handled strictly one after another, as a small
microcontroller would. Pairing, the Noise handshake and the transport messages are checked
here; what commands do to the unit is in `unit_commands.py`.

The link's state (§7.5) is which of `_attempt` and `_session` is set: neither CONNECTED,
an attempt PAIRING, a session SESSION (never both); `_closed` is CLOSED.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
import logging
from typing import TYPE_CHECKING

from custom_components.digitalkey.protocol.constants import (
    HELLO_MAX_PER_LINK,
    HELLO_TIME_MAX_STEP_S,
    IDLE_CLOSE_S,
    INBOX_MAX,
    LINK_MAX_S,
    MOTOR_OPCODES,
    OPENING_OPCODES,
    PAIR_ATTEMPT_S,
    PREAUTH_S,
    TAG_LEARNING_OPCODES,
    UNLOCK_WINDOW_S,
    USER_OPCODES,
    ErrorCode,
    Feature,
    LockState,
    LogEvent,
    LogSource,
    MessageType,
    Opcode,
    Role,
    Status,
)
from custom_components.digitalkey.protocol.errors import (
    AuthenticationError,
    ProtocolError,
    UnsupportedVersion,
)
from custom_components.digitalkey.protocol.framing import FIRST, Reassembler, fragment
from custom_components.digitalkey.protocol.keys import hint_key, key_id
from custom_components.digitalkey.protocol.messages import (
    Envelope,
    ErrorMessage,
    Hello,
    HelloPayload,
    Request,
    Response,
    WelcomePayload,
)
from custom_components.digitalkey.protocol.pairing import UnitIdentity, UnitPairing
from custom_components.digitalkey.protocol.semantics import motor_run
from custom_components.digitalkey.protocol.session import NoiseSession
from custom_components.digitalkey.protocol.wire import u8

from .unit_commands import CACHED_OPCODES, Caller, run_command
from .unit_state import PairedController, Remembered

if TYPE_CHECKING:
    from .door_unit import DoorUnit  # typing only: door_unit imports this module
    from .radio import PeripheralLink
    from .timers import Timer

_LOGGER = logging.getLogger(__name__)


def _undecodable(plaintext: bytes) -> Response:
    """Answer a request that does not decode, under its request id when it has one.

    UNKNOWN_OPCODE when only the opcode is unknown (a newer hub), MALFORMED otherwise.
    """
    request_id = int.from_bytes(plaintext[:4]) if len(plaintext) >= 4 else 0
    if len(plaintext) >= 5 and plaintext[4] not in Opcode:
        return Response(request_id, Status.UNKNOWN_OPCODE)
    return Response(request_id, Status.MALFORMED)


class _Attempt:
    """A pairing attempt of this link: void once its window is gone or it is too old."""

    __slots__ = ("attempts_left", "epoch", "locking", "pairing", "started")

    def __init__(self, pairing: UnitPairing, attempts_left: int, epoch: int, started: float):
        self.pairing = pairing
        self.attempts_left = attempts_left
        self.epoch = epoch
        self.started = started
        self.locking = attempts_left == 0
        """This attempt used up the last one and started the lockout (§6 step 2)."""


class UnitConnection:
    """State of one link: reassembly, pairing attempt, session, and the link's timers.

    Only authenticated progress (`_progress`: a pairing step that advanced, a handshake, a
    DATA message that decrypted) keeps a link: the first must come within PREAUTH_S of
    connecting, then within IDLE_CLOSE_S of the previous, and no link outlives LINK_MAX_S.
    """

    def __init__(self, unit: DoorUnit, link: PeripheralLink) -> None:
        """Start handling messages of a new link."""
        self.unit = unit
        self.link = link
        self._reassembler = Reassembler(unit.config.max_message)
        self._inbox: asyncio.Queue[bytes | None] = asyncio.Queue(INBOX_MAX)
        self._attempt: _Attempt | None = None
        self._session: NoiseSession | None = None
        self._controller: PairedController | None = None
        self._session_started = 0.0
        self._hellos = 0
        self._closed = False
        self._drop_after_error = False
        self._idle: Timer = unit.link_call_later(PREAUTH_S, self._expire)
        self._lifetime: Timer = unit.link_call_later(LINK_MAX_S, self._expire)
        loop = asyncio.get_running_loop()
        self._task = loop.create_task(self._run(), name=f"door unit {unit.name} link")

    @property
    def controller_key_id(self) -> bytes | None:
        """Key id of the controller whose session this link carries, if any."""
        return self._controller.key_id if self._controller is not None else None

    def _progress(self) -> None:
        """Authenticated progress: the link may stay another IDLE_CLOSE_S."""
        if self._closed:
            return
        self._idle.cancel()
        self._idle = self.unit.link_call_later(IDLE_CLOSE_S, self._expire)

    def _expire(self) -> None:
        """A link timer ran out (a hung unit, the `responsive` hook, runs none)."""
        if self.unit.responsive:
            self.drop()

    def feed(self, data: bytes) -> None:
        """One RX write arrived; it does not keep the link alive by itself."""
        if self._closed:
            return
        too_long = (
            len(data) >= 3
            and data[0] & FIRST
            and int.from_bytes(data[1:3]) > self.unit.config.max_message
        )
        if too_long:  # longer than the buffer: say so, then drop the link
            self._drop_after_error = True
            self._reassembler.reset()
            self._queue(None)
            return
        try:
            message = self._reassembler.feed(data)
        except ProtocolError:
            self._queue(None)
            return
        if message is not None:
            self._queue(message)

    def _queue(self, message: bytes | None) -> None:
        try:
            self._inbox.put_nowait(message)
        except asyncio.QueueFull:
            _LOGGER.debug("dropping a link that sends faster than the unit handles")
            self.drop()

    def close(self) -> None:
        """The link is gone: stop handling (CLOSED)."""
        self._closed = True
        self._idle.cancel()
        self._lifetime.cancel()
        self._task.cancel()
        self._end_session()
        self._attempt = None
        while not self._inbox.empty():
            self._inbox.get_nowait()

    def drop(self) -> None:
        """Disconnect this link (timeouts, tampering, floods, a controller removed, reboot)."""
        if self._closed:
            return
        self.close()
        loop = asyncio.get_running_loop()
        task = loop.create_task(self.link.disconnect())
        task.add_done_callback(lambda t: t.exception() if not t.cancelled() else None)

    async def _run(self) -> None:
        while True:
            message = await self._inbox.get()
            if message is None:
                await self._error(ErrorCode.MALFORMED)
                if self._drop_after_error:
                    self.drop()
                    return
                continue
            try:
                await self._handle(message)
            except ConnectionError, EOFError, asyncio.InvalidStateError:
                _LOGGER.debug("link dropped while answering")
                return

    async def _send(self, message: bytes) -> None:
        for piece in fragment(message, self.link.mtu):
            await self.link.notify(piece)

    async def _error(self, code: ErrorCode, arg: int = 0) -> None:
        await self._send(ErrorMessage(code, arg).encode())

    async def _handle(self, message: bytes) -> None:
        try:
            envelope = Envelope.decode(message)
        except ProtocolError:
            await self._error(ErrorCode.MALFORMED)
            return
        handler = {
            MessageType.PAIR_REQUEST: self._pair_request,
            MessageType.PAIR_CONFIRM: self._pair_confirm,
            MessageType.HELLO: self._hello,
            MessageType.DATA: self._data,
        }.get(envelope.type)
        if handler is None:
            await self._error(ErrorCode.UNEXPECTED)
            return
        await handler(envelope.body)

    # Pairing ----------------------------------------------------------------------------

    async def _pairing_refused(self, attempt: _Attempt | None = None) -> bool:
        """Check the preconditions of §6 (at PAIR_REQUEST and again at PAIR_CONFIRM)."""
        unit = self.unit
        if unit.locked_out and (attempt is None or not attempt.locking):
            await self._error(ErrorCode.LOCKED_OUT, min(unit.lockout_left(), 0xFFFF))
            return True
        if unit.flash.controllers:
            await self._error(ErrorCode.ALREADY_PAIRED)
            return True
        window_open = unit.pairing_window_open and (
            attempt is None or attempt.epoch == unit.pairing_epoch
        )
        if not window_open:
            await self._error(ErrorCode.NOT_IN_PAIRING_MODE)
            return True
        return False

    async def _pair_request(self, body: bytes) -> None:
        unit = self.unit
        self._attempt = None
        if await self._pairing_refused():
            return
        attempts_left = unit.pairing_attempt_started()
        pairing = UnitPairing(unit.config.setup_code, unit.unit_id, unit.entropy)
        try:
            reply = pairing.on_request(body, attempts_left)
        except ProtocolError:
            unit.pairing_failed()
            await self._error(ErrorCode.MALFORMED)
            return
        self._attempt = _Attempt(pairing, attempts_left, unit.pairing_epoch, unit.monotonic())
        self._progress()
        await self._send(reply)

    async def _pair_confirm(self, body: bytes) -> None:
        attempt, self._attempt = self._attempt, None
        unit = self.unit
        if attempt is None or unit.monotonic() - attempt.started > PAIR_ATTEMPT_S:
            await self._error(ErrorCode.UNEXPECTED)
            return
        if await self._pairing_refused(attempt):
            return
        pairing = attempt.pairing
        # Every failure uses the attempt up: MALFORMED for a length no PAIR_CONFIRM has,
        # WRONG_CODE for everything the seal and the grant decide, a low-order key too.
        wrong_code = ErrorMessage(ErrorCode.WRONG_CODE, attempt.attempts_left)
        try:
            grant = pairing.on_confirm(body)
        except ProtocolError:
            failure: ErrorMessage | None = ErrorMessage(ErrorCode.MALFORMED)
        except AuthenticationError:
            failure = wrong_code
        else:
            low_order = hint_key(unit.flash.static, grant.hub_public) is None
            failure = wrong_code if low_order else None
        if failure is not None:
            unit.pairing_failed()
            await self._send(failure.encode())
            return
        if grant.role is not Role.ADMIN:
            # The first controller is the unit's admin: a unit without one could never be
            # managed (or freed) again without a factory reset.
            unit.pairing_failed()
            await self._error(ErrorCode.UNEXPECTED)
            return
        self._progress()
        unit.set_clock(grant.time, key_id(grant.hub_public))
        unit.paired(PairedController(grant.hub_public, grant.role, grant.label))
        identity = UnitIdentity(
            unit.flash.static.public,
            unit.unit_id,
            unit.flash.unit_secret,
            unit.config.features,
            unit.flash.boot_count,
        )
        await self._send(pairing.complete(identity))

    # Sessions ---------------------------------------------------------------------------

    def _end_session(self) -> None:
        """The link's session ends, and with it a credential transaction it owns (§8.3)."""
        self._session = None
        self._controller = None
        self.unit.flash.credentials.release(self)

    async def _hello(self, body: bytes) -> None:
        # Any HELLO, whatever becomes of it, first ends the link's attempt and session: the
        # link is CONNECTED again (§7.5), and only this HELLO's WELCOME starts a session.
        self._attempt = None
        self._end_session()
        unit = self.unit
        try:
            hello = Hello.decode(body)
        except ProtocolError:
            await self._error(ErrorCode.MALFORMED)
            return
        controller = unit.find_controller(hello.hint)
        if controller is None:
            await self._error(ErrorCode.UNKNOWN_CONTROLLER)
            return
        self._hellos += 1
        if self._hellos > HELLO_MAX_PER_LINK:
            await self._error(ErrorCode.BUSY)
            self.drop()
            return
        if not unit.hello_budget_taken():
            await self._error(ErrorCode.BUSY)
            return
        session = NoiseSession(
            initiator=False,
            static=unit.flash.static,
            remote_public=controller.public,
            unit_id=unit.unit_id,
            ephemeral=None if unit.session_ephemeral is None else unit.session_ephemeral(),
        )
        try:
            payload = HelloPayload.decode(session.read_handshake(hello.noise))
        except AuthenticationError:
            await self._error(ErrorCode.HANDSHAKE_FAILED)
            return
        except UnsupportedVersion:
            await self._error(ErrorCode.UNSUPPORTED_VERSION)
            return
        except ProtocolError:
            await self._error(ErrorCode.MALFORMED)
            return
        clock_before = unit.now()
        accepted = payload.challenge is not None and unit.consume_challenge(payload.challenge)
        time_applied = accepted and self._hello_time_plausible(controller, payload.hub_time)
        if time_applied:
            unit.set_clock(payload.hub_time, controller.key_id)
        self._controller = controller
        self._session_started = unit.monotonic()
        self._progress()
        responses: AsyncIterator[Response] | None = None
        first: Response | None = None
        if accepted and payload.request is not None:
            responses = self._execute(payload.request)
            first = await anext(responses)
            if self._must_drop(first):
                return
        welcome = WelcomePayload(unit.snapshot(clock_before), accepted, time_applied, first)
        reply = session.write_handshake(welcome.encode())
        self._session = session
        await self._send(Envelope(MessageType.WELCOME, reply).encode())
        if responses is not None:
            async for response in responses:
                if self._must_drop(response):
                    return
                await self._send_data(response)

    def _hello_time_plausible(self, controller: PairedController, hub_time: int) -> bool:
        """Whether HELLO's hub time may set the clock (§7.1): ADMIN only, a bounded step.

        Never backwards past the newest log record (that would let records be forged in the
        past) and never by more than HELLO_TIME_MAX_STEP_S; those take an explicit SET_TIME.
        """
        unit = self.unit
        if controller.role is not Role.ADMIN:
            return False
        if abs(hub_time - unit.now()) > HELLO_TIME_MAX_STEP_S:
            return False
        records = unit.flash.log.records
        return not (records and hub_time < records[-1].time)

    async def _data(self, body: bytes) -> None:
        session = self._session
        if session is None:
            await self._error(ErrorCode.UNEXPECTED)
            return
        try:
            plaintext = session.decrypt(body)
        except AuthenticationError:
            _LOGGER.debug("dropping a link whose transport message failed authentication")
            self.drop()
            return
        self._progress()
        try:
            request = Request.decode(plaintext)
        except ProtocolError:
            await self._send_data(_undecodable(plaintext))
            return
        async for response in self._execute(request):
            if self._must_drop(response):
                return
            await self._send_data(response)

    async def _send_data(self, response: Response) -> None:
        session = self._session
        if session is None:
            return
        await self._send(Envelope(MessageType.DATA, session.encrypt(response.encode())).encode())

    def _must_drop(self, response: Response) -> bool:
        """Test hook: lose the link after doing the work but before answering."""
        if response.final and self.unit.drop_link_before_reply:
            self.unit.drop_link_before_reply = False
            self.drop()
            return True
        return False

    # Commands ---------------------------------------------------------------------------

    async def _execute(self, request: Request) -> AsyncIterator[Response]:
        """Yield ACCEPTED (for slow motor runs) and then the final response."""
        unit = self.unit
        session_controller = self._controller
        assert session_controller is not None
        controller = unit.flash.controllers.get(session_controller.key_id)
        if controller is None:  # removed meanwhile (its links are dropped as it happens)
            self.drop()
            return
        refusal = self._refusal(request.opcode, controller)
        if refusal is None:
            remembered = unit.remembered(controller.key_id).get(request.request_id)
            if remembered is not None and remembered.asks(request):
                yield remembered.response
                return
            refusal = self._busy_or_unsupported(request.opcode)
        if refusal is not None:
            yield Response(request.request_id, refusal)
            return
        if request.opcode in MOTOR_OPCODES:
            if request.args:  # motor commands take no arguments
                yield Response(request.request_id, Status.MALFORMED)
                return
            async for response in self._motor(request, controller):
                yield response
            return
        response = run_command(unit, request, Caller(controller, self))
        if request.opcode in CACHED_OPCODES and response.status is Status.OK:
            unit.remember(controller.key_id, Remembered.of(request, response))
        yield response
        if request.opcode is Opcode.FACTORY_RESET and response.status is Status.OK:
            unit.factory_reset()  # after the answer went out under the old keys

    def _refusal(self, opcode: Opcode, controller: PairedController) -> Status | None:
        """Checks that hold for a retry answered from memory too (§7.3)."""
        if opcode not in USER_OPCODES and controller.role is not Role.ADMIN:
            return Status.FORBIDDEN
        if (
            opcode in OPENING_OPCODES
            and self.unit.monotonic() - self._session_started > UNLOCK_WINDOW_S
        ):
            return Status.EXPIRED
        return None

    def _busy_or_unsupported(self, opcode: Opcode) -> Status | None:
        """Checks only for a request that runs (a retry of a finished one is answered)."""
        features = self.unit.config.features
        if opcode is Opcode.UNLATCH and not features & Feature.UNLATCH:
            return Status.UNSUPPORTED
        if opcode in TAG_LEARNING_OPCODES and not features & Feature.TAG_READER:
            return Status.UNSUPPORTED
        if opcode in MOTOR_OPCODES and self.unit.motor_busy:
            return Status.BUSY
        return None

    async def _motor(
        self, request: Request, controller: PairedController
    ) -> AsyncIterator[Response]:
        unit = self.unit
        run = motor_run(request.opcode)
        unit.motor_busy = True
        try:
            if unit.config.motor_time > 0:
                unit.set_lock_state(run.moving)
                unit.bump()
                yield Response(request.request_id, Status.ACCEPTED)
                await asyncio.sleep(unit.config.motor_time)
            unit.motor_operations += 1
            subject = int.from_bytes(controller.key_id[:4])
            if unit.jammed:
                unit.set_lock_state(LockState.JAMMED)
                unit.log(LogEvent.JAMMED, LogSource.BLE, subject)
                final = Response(request.request_id, Status.JAMMED, u8(LockState.JAMMED))
            else:
                unit.set_lock_state(run.final)
                unit.log(run.event, LogSource.BLE, subject)
                final = Response(request.request_id, Status.OK, u8(run.final))
        finally:
            unit.motor_busy = False
        unit.remember(controller.key_id, Remembered.of(request, final))
        yield final
