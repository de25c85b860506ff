"""Protocol handling of one connection to the reference door unit (docs/protocol.md §5-7).

Fragments are reassembled into messages and handled strictly one after another, as a small
microcontroller would. Pairing, the Noise handshake and the transport messages are checked
here; what commands do to the unit is in `unit_commands.py`.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
import logging
from typing import TYPE_CHECKING

from custom_components.digitalkey.protocol.constants import (
    IDLE_CLOSE_S,
    MOTOR_OPCODES,
    OPENING_OPCODES,
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
from custom_components.digitalkey.protocol.framing import Reassembler, fragment
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

from .unit_commands import CACHED_OPCODES, run_command
from .unit_state import PairedController

if TYPE_CHECKING:
    from .door_unit import DoorUnit  # typing only: door_unit imports this module
    from .radio import PeripheralLink

_LOGGER = logging.getLogger(__name__)


def _undecodable(plaintext: bytes) -> Response:
    """Answer a request that does not decode, under its request id when it has one.

    UNKNOWN_OPCODE when only the opcode is unknown (a newer hub), MALFORMED otherwise.
    """
    request_id = int.from_bytes(plaintext[:4]) if len(plaintext) >= 4 else 0
    if len(plaintext) >= 5 and plaintext[4] not in Opcode:
        return Response(request_id, Status.UNKNOWN_OPCODE)
    return Response(request_id, Status.MALFORMED)


class UnitConnection:
    """State of one link: reassembly, pairing attempt, session."""

    def __init__(self, unit: DoorUnit, link: PeripheralLink) -> None:
        """Start handling messages of a new link."""
        self.unit = unit
        self.link = link
        self._reassembler = Reassembler(unit.config.max_message)
        self._inbox: asyncio.Queue[bytes | None] = asyncio.Queue()
        self._pairing: UnitPairing | None = None
        self._attempts_left = 0
        self._session: NoiseSession | None = None
        self._controller: PairedController | None = None
        self._session_started = 0.0
        loop = asyncio.get_running_loop()
        self._idle = loop.call_later(IDLE_CLOSE_S, self.drop)
        self._task = loop.create_task(self._run(), name=f"door unit {unit.name} link")

    def feed(self, data: bytes) -> None:
        """One RX write arrived."""
        self._idle.cancel()
        self._idle = asyncio.get_running_loop().call_later(IDLE_CLOSE_S, self.drop)
        try:
            message = self._reassembler.feed(data)
        except ProtocolError:
            self._inbox.put_nowait(None)
            return
        if message is not None:
            self._inbox.put_nowait(message)

    def close(self) -> None:
        """The link is gone: stop handling."""
        self._idle.cancel()
        self._task.cancel()
        self._session = None

    def drop(self) -> None:
        """Disconnect this link (idle timeout, tampering, reboot)."""
        self.close()
        loop = asyncio.get_running_loop()
        task = loop.create_task(self.link.disconnect())
        task.add_done_callback(lambda t: t.exception() if not t.cancelled() else None)

    async def _run(self) -> None:
        while True:
            message = await self._inbox.get()
            if message is None:
                await self._error(ErrorCode.MALFORMED)
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

    async def _pair_request(self, body: bytes) -> None:
        unit = self.unit
        if unit.locked_out:
            await self._error(ErrorCode.LOCKED_OUT, min(unit.lockout_left(), 0xFFFF))
            return
        if unit.flash.controllers:
            await self._error(ErrorCode.ALREADY_PAIRED)
            return
        if not unit.pairing_mode:
            await self._error(ErrorCode.NOT_IN_PAIRING_MODE)
            return
        self._attempts_left = unit.pairing_attempt_started()
        self._pairing = UnitPairing(unit.config.setup_code, unit.unit_id, unit.entropy)
        try:
            reply = self._pairing.on_request(body, self._attempts_left)
        except ProtocolError:
            self._pairing = None
            unit.pairing_failed()
            await self._error(ErrorCode.MALFORMED)
            return
        await self._send(reply)

    async def _pair_confirm(self, body: bytes) -> None:
        pairing, self._pairing = self._pairing, None
        unit = self.unit
        if pairing is None:
            await self._error(ErrorCode.UNEXPECTED)
            return
        try:
            grant = pairing.on_confirm(body)
        except AuthenticationError, ProtocolError:
            unit.pairing_failed()
            await self._error(ErrorCode.WRONG_CODE, self._attempts_left)
            return
        unit.set_clock(grant.time)
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

    async def _hello(self, body: bytes) -> None:
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
        self._session = None
        session = NoiseSession(
            initiator=False,
            static=unit.flash.static,
            remote_public=controller.public,
            unit_id=unit.unit_id,
            ephemeral=None,
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
        if accepted:
            unit.set_clock(payload.hub_time)
        self._controller = controller
        self._session_started = unit.monotonic()
        responses: AsyncIterator[Response] | None = None
        first: Response | None = None
        if accepted and payload.request is not None:
            responses = self._execute(payload.request)
            first = await anext(responses)
            if self._must_drop(first):
                return
        welcome = WelcomePayload(unit.snapshot(clock_before), accepted, accepted, first)
        reply = session.write_handshake(welcome.encode())
        self._session = session
        await self._send(Envelope(MessageType.WELCOME, reply).encode())
        if responses is not None:
            async for response in responses:
                if self._must_drop(response):
                    return
                await self._send_data(response)

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
        controller = self._controller
        assert controller is not None
        memory = unit.remembered(controller.key_id)
        cached = memory.get(request.request_id)
        if cached is not None:
            yield cached
            return
        refusal = self._refusal(request.opcode, controller)
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
        response = run_command(unit, request, controller)
        if request.opcode in CACHED_OPCODES and response.status is Status.OK:
            unit.remember(controller.key_id, response)
        yield response
        if request.opcode is Opcode.FACTORY_RESET and response.status is Status.OK:
            unit.factory_reset()  # after the answer went out under the old keys

    def _refusal(self, opcode: Opcode, controller: PairedController) -> Status | None:
        if opcode not in USER_OPCODES and controller.role is not Role.ADMIN:
            return Status.FORBIDDEN
        if (
            opcode in OPENING_OPCODES
            and self.unit.monotonic() - self._session_started > UNLOCK_WINDOW_S
        ):
            return Status.EXPIRED
        if opcode is Opcode.UNLATCH and not self.unit.config.features & Feature.UNLATCH:
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
        unit.remember(controller.key_id, final)
        yield final
