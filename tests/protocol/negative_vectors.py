"""The negative vectors of docs/protocol.md §11.1: what a unit answers to what it must refuse.

Each case is a unit in a stated state, what a peer sends it (whole messages, or single RX
writes where framing itself is the subject) and the unit's exact answer to each, computed
here with the protocol's codecs as the text says it must be. `test_negative_vectors.py`
sends the same bytes to the reference unit in `simulator/` and compares what it answers,
so the text, this computation and the unit cannot disagree unnoticed.

Cases that need a session use the keys of §11 and, where the unit answers a HELLO, a unit
ephemeral of their own, so no two published WELCOMEs are encrypted under one key; a HELLO
whose payload differs from `session.hello`'s has a hub ephemeral of its own for the same
reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spake2 import SPAKE2_A

from custom_components.digitalkey.protocol.constants import (
    CHALLENGE_VALID_S,
    PAIRING_MAX_ATTEMPTS,
    UNLOCK_WINDOW_S,
    ErrorCode,
    LockState,
    MessageType,
    Opcode,
    Role,
    Status,
)
from custom_components.digitalkey.protocol.framing import FIRST, LAST, fragment
from custom_components.digitalkey.protocol.keys import StaticKey, hello_hint, hint_key
from custom_components.digitalkey.protocol.messages import (
    Envelope,
    ErrorMessage,
    Hello,
    HelloPayload,
    Request,
    Response,
    Snapshot,
    WelcomePayload,
)
from custom_components.digitalkey.protocol.pairing import (
    HubGrant,
    PairingKeys,
    UnitPairing,
    check_element_encoding,
    confirm_tag,
    seal,
)
from custom_components.digitalkey.protocol.session import NoiseSession
from custom_components.digitalkey.protocol.wire import u16

from . import vector_inputs as given, vectors
from .vector_inputs import labelled_secret, labelled_stream, stated

MTU = given.FRAMING_MTU
"""Every case runs at the smallest ATT MTU, so whole messages go out in several writes."""
WRONG_SETUP_CODE = "27182818"
EXPIRED_UNIT_EPHEMERAL = labelled_secret("dkp2 vector unit ephemeral expired")
REUSED_UNIT_EPHEMERAL = labelled_secret("dkp2 vector unit ephemeral reused")
UNKNOWN_HUB_STATIC = labelled_secret("dkp2 vector unknown hub static")
SECOND_HUB_STATIC = labelled_secret("dkp2 vector second hub static")
SECOND_HUB_RANDOM = labelled_stream("dkp2 vector spake hub", 2, 64)
SECOND_UNIT_RANDOM = labelled_stream("dkp2 vector spake unit", 2, 64)
VERSION_HUB_EPHEMERAL = labelled_secret("dkp2 vector hub ephemeral version")
MSG1_HUB_EPHEMERAL = labelled_secret("dkp2 vector hub ephemeral msg1")
WINDOW_UNIT_EPHEMERAL = labelled_secret("dkp2 vector unit ephemeral window")
USER_UNIT_EPHEMERAL = labelled_secret("dkp2 vector unit ephemeral user")
KEEPALIVE_AFTER_S = 6
"""In `transport.window_expired`: a STATUS this long after msg2 keeps the link (§7.3)."""

ACCEPTED_CHALLENGE_AGE_S = 1
"""How long before the first HELLO the unit first advertised the challenge."""
EXPIRED_CHALLENGE_AGE_S = CHALLENGE_VALID_S + 1
PAIRED_LOG_LAST_SEQ = 40
"""The paired unit's last log record before the case: TIME_SET and UNLOCKED make it 42."""
PAIRED_CHANGE_COUNTER = 0x0100
"""Before the case: the same two records make it `inputs.welcome.change_counter`."""
PAIRED_SNAPSHOT = Snapshot(
    lock_state=LockState.LOCKED,
    door_state=given.SNAPSHOT_DOOR_STATE,
    battery_percent=given.SNAPSHOT_BATTERY_PERCENT,
    battery_mv=given.SNAPSHOT_BATTERY_MV,
    clock=given.SNAPSHOT_CLOCK,
    boot_count=given.SNAPSHOT_BOOT_COUNT,
    log_last_seq=PAIRED_LOG_LAST_SEQ,
    cred_version=given.SNAPSHOT_CRED_VERSION,
    cred_hash=given.SNAPSHOT_CRED_HASH,
    features=given.SNAPSHOT_FEATURES,
    change_counter=PAIRED_CHANGE_COUNTER,
)
"""What the paired unit of the session cases reports before it runs anything."""
AFTER_UNLOCK_SNAPSHOT = replace(
    PAIRED_SNAPSHOT,
    lock_state=LockState.UNLOCKED,
    clock=given.HUB_TIME,
    log_last_seq=given.SNAPSHOT_LOG_LAST_SEQ,
    change_counter=given.SNAPSHOT_CHANGE_COUNTER,
)
"""After `session.hello` was accepted: unlocked, clock set, TIME_SET and UNLOCKED logged."""

MALFORMED = ErrorMessage(ErrorCode.MALFORMED).encode()
NO_ANSWER = "none"


@dataclass
class _Case:
    """Lines of one case: what it is given, then numbered steps, then the link's fate."""

    name: str
    lines: dict[str, str] = field(default_factory=dict)
    steps: int = 0

    def given(self, what: str, value: bytes) -> None:
        self.lines[f"{self.name}.{what}"] = value.hex()

    def _step(self, kind: str, data: bytes, answer: bytes | None) -> None:
        self.lines[f"{self.name}.{kind}{self.steps}"] = data.hex()
        said = NO_ANSWER if answer is None else answer.hex()
        self.lines[f"{self.name}.answer{self.steps}"] = said
        self.steps += 1

    def send(self, message: bytes, answer: bytes | None) -> None:
        """A whole message (fragmented at MTU 23 on the way) and the unit's answer to it."""
        self._step("send", message, answer)

    def write(self, piece: bytes, answer: bytes | None) -> None:
        """One RX write, exactly these bytes, and the unit's answer to it."""
        self._step("write", piece, answer)

    def send_second(self, message: bytes, answer: bytes | None) -> None:
        """A whole message on a second link to the unit, and the answer on that link."""
        self._step("send_second", message, answer)

    def after(self, seconds: int) -> None:
        """So many seconds pass before the next step (u16)."""
        self.given(f"after{self.steps}", u16(seconds))

    def plaintext(self, payload: bytes) -> None:
        """The payload inside the last answer (WELCOME or DATA), so its state can be checked."""
        self.given(f"answer{self.steps - 1}_plaintext", payload)

    def link(self, *, dropped: bool) -> dict[str, str]:
        self.lines[f"{self.name}.link"] = "dropped" if dropped else "up"
        return self.lines


def _pairing() -> dict[str, str]:
    """The pairing of §11 answered by a unit, then a hub with another code that confirms anyway."""
    positive = {name: bytes.fromhex(value) for name, value in vectors.compute().items()}
    intact = _Case("pairing.intact")
    intact.send(positive["pairing.request"], positive["pairing.challenge"])
    intact.send(positive["pairing.confirm"], positive["pairing.complete"])
    out = intact.link(dropped=False)

    case = _Case("pairing.wrong_code")
    case.given("hub_setup_code", WRONG_SETUP_CODE.encode())
    hub = SPAKE2_A(
        WRONG_SETUP_CODE.encode(), idA=given.ID_A, idB=given.ID_B,
        entropy_f=stated(given.SPAKE_HUB_RANDOM),
    )  # fmt: skip
    msg_a = bytes(hub.start())
    unit = UnitPairing(given.SETUP_CODE, given.UNIT_ID, stated(given.SPAKE_UNIT_RANDOM))
    attempts_left = PAIRING_MAX_ATTEMPTS - 1
    challenge = unit.on_request(msg_a, attempts_left)
    case.send(Envelope(MessageType.PAIR_REQUEST, msg_a).encode(), challenge)
    msg_b = Envelope.decode(challenge).body[:33]
    check_element_encoding(msg_b[1:])
    keys = PairingKeys.derive(bytes(hub.finish(msg_b)))  # the hub's K, not the unit's
    grant = HubGrant(vectors.HUB_KEY.public, given.GRANT_ROLE, given.GRANT_TIME, given.GRANT_LABEL)
    body = confirm_tag(keys.hub_confirm, msg_a, msg_b) + seal(keys.hub_seal, grant.encode())
    wrong_code = ErrorMessage(ErrorCode.WRONG_CODE, attempts_left).encode()
    case.send(Envelope(MessageType.PAIR_CONFIRM, body).encode(), wrong_code)
    return out | case.link(dropped=False) | _late_confirm(positive)


def _late_confirm(positive: dict[str, bytes]) -> dict[str, str]:
    """§10.1: a second hub that knows the code confirms after the owner's pairing completed.

    Its attempt is younger than PAIR_ATTEMPT_S, so the preconditions of §6 decide: a
    controller is stored, ALREADY_PAIRED, although its own confirmation is a correct one.
    """
    case = _Case("pairing.late_confirm")
    case.given("hub_static_private", SECOND_HUB_STATIC)
    case.given("hub_random", SECOND_HUB_RANDOM)
    case.given("unit_random", SECOND_UNIT_RANDOM)
    case.send(positive["pairing.request"], positive["pairing.challenge"])
    hub = SPAKE2_A(
        given.SETUP_CODE.encode(), idA=given.ID_A, idB=given.ID_B,
        entropy_f=stated(SECOND_HUB_RANDOM),
    )  # fmt: skip
    msg_a = bytes(hub.start())
    unit = UnitPairing(given.SETUP_CODE, given.UNIT_ID, stated(SECOND_UNIT_RANDOM))
    challenge = unit.on_request(msg_a, PAIRING_MAX_ATTEMPTS - 2)
    case.send_second(Envelope(MessageType.PAIR_REQUEST, msg_a).encode(), challenge)
    case.send(positive["pairing.confirm"], positive["pairing.complete"])
    msg_b = Envelope.decode(challenge).body[:33]
    keys = PairingKeys.derive(bytes(hub.finish(msg_b)))
    second = StaticKey.from_private(SECOND_HUB_STATIC)
    grant = HubGrant(second.public, Role.ADMIN, given.GRANT_TIME, "Other")
    body = confirm_tag(keys.hub_confirm, msg_a, msg_b) + seal(keys.hub_seal, grant.encode())
    already = ErrorMessage(ErrorCode.ALREADY_PAIRED).encode()
    case.send_second(Envelope(MessageType.PAIR_CONFIRM, body).encode(), already)
    return case.link(dropped=False)


def _framing() -> dict[str, str]:
    """Each framing error of §3, made from the two fragments of `pairing.request`.

    The unit is unpaired with its pairing window closed, so the intact message is answered
    NOT_IN_PAIRING_MODE and a framing error MALFORMED: the answers tell the two apart.
    """
    request = bytes.fromhex(vectors.compute()["pairing.request"])
    first, second = fragment(request, MTU)
    body = first[3:]

    def announcing(length: int) -> bytes:
        return bytes([FIRST]) + u16(length) + body

    out: dict[str, str] = {}
    intact = _Case("framing.intact")
    intact.write(first, None)
    intact.write(second, ErrorMessage(ErrorCode.NOT_IN_PAIRING_MODE).encode())
    out |= intact.link(dropped=False)
    alone = _Case("framing.continuation_without_first")
    alone.write(second, MALFORMED)
    out |= alone.link(dropped=False)
    again = _Case("framing.first_while_open")
    again.write(first, None)
    again.write(first, MALFORMED)
    out |= again.link(dropped=False)
    skipped = _Case("framing.wrong_index")
    skipped.write(first, None)
    skipped.write(bytes([LAST | 2]) + second[1:], MALFORMED)
    out |= skipped.link(dropped=False)
    beyond = _Case("framing.beyond_length")
    beyond.write(announcing(len(request) - 1), None)
    beyond.write(second, MALFORMED)
    out |= beyond.link(dropped=False)
    early = _Case("framing.last_early")
    early.write(announcing(len(request) + 1), None)
    early.write(second, MALFORMED)
    out |= early.link(dropped=False)
    empty = _Case("framing.length_zero")
    empty.write(bytes([FIRST | LAST]) + u16(0), MALFORMED)
    out |= empty.link(dropped=False)
    too_long = _Case("framing.length_above_limit")
    too_long.write(announcing(given.INFO_MAX_MESSAGE + 1), MALFORMED)
    out |= too_long.link(dropped=True)
    return out


def _welcome(hello: bytes, ephemeral: bytes, payload: WelcomePayload) -> tuple[bytes, bytes]:
    """The WELCOME a unit with `ephemeral` answers to `hello`, and its plaintext."""
    responder = vectors.unit_session(ephemeral)
    responder.read_handshake(Hello.decode(Envelope.decode(hello).body).noise)
    plain = payload.encode()
    return Envelope(MessageType.WELCOME, responder.write_handshake(plain)).encode(), plain


def _sessions() -> dict[str, str]:
    """Challenges the unit must not accept, an unknown controller, a tampered message."""
    positive = {name: bytes.fromhex(value) for name, value in vectors.compute().items()}
    hello, welcome = positive["session.hello"], positive["session.welcome"]
    out: dict[str, str] = {}

    expired = _Case("challenge.expired")
    expired.given("unit_ephemeral_private", EXPIRED_UNIT_EPHEMERAL)
    answer, plain = _welcome(hello, EXPIRED_UNIT_EPHEMERAL, WelcomePayload(PAIRED_SNAPSHOT))
    expired.send(hello, answer)
    expired.plaintext(plain)
    out |= expired.link(dropped=False)

    reused = _Case("challenge.reused")
    reused.given("unit_ephemeral_private", REUSED_UNIT_EPHEMERAL)
    reused.send(hello, welcome)
    answer, plain = _welcome(hello, REUSED_UNIT_EPHEMERAL, WelcomePayload(AFTER_UNLOCK_SNAPSHOT))
    reused.send(hello, answer)
    reused.plaintext(plain)
    out |= reused.link(dropped=False)

    unknown = _Case("hello.unknown_controller")
    unknown.given("hub_static_private", UNKNOWN_HUB_STATIC)
    stranger = StaticKey.from_private(UNKNOWN_HUB_STATIC)
    session = NoiseSession(
        initiator=True, static=stranger, remote_public=vectors.UNIT_KEY.public,
        unit_id=given.UNIT_ID, ephemeral=given.HUB_EPHEMERAL_PRIVATE,
    )  # fmt: skip
    key = hint_key(stranger, vectors.UNIT_KEY.public)
    assert key is not None
    hint = hello_hint(key, given.UNIT_ID, given.HINT_NONCE)
    stranger_hello = Hello(hint, session.write_handshake(positive["session.hello_payload"]))
    unknown.send(stranger_hello.encode(), ErrorMessage(ErrorCode.UNKNOWN_CONTROLLER).encode())
    out |= unknown.link(dropped=False)

    data = positive["session.data_hub_to_unit_0"]
    intact = _Case("transport.intact")
    intact.send(hello, welcome)
    intact.send(data, positive["session.data_unit_to_hub_0"])
    out |= intact.link(dropped=False)

    tampered = _Case("transport.tampered")
    tampered.send(hello, welcome)
    flipped = bytearray(data)
    flipped[1] ^= 0x01  # the lowest bit of the first ciphertext byte
    tampered.send(bytes(flipped), None)
    out |= tampered.link(dropped=True)
    return out | _refused_hellos(positive) | _in_session(positive)


def _hello(payload: bytes, hub_ephemeral: bytes) -> bytes:
    """A HELLO of the vector hub with `payload` (encoded as is) and the hint of §11."""
    session = vectors.hub_session(hub_ephemeral)
    hint = bytes.fromhex(vectors.compute()["session.hello_hint"])
    return Hello(hint, session.write_handshake(payload)).encode()


def _refused_hellos(positive: dict[str, bytes]) -> dict[str, str]:
    """HELLO checks 4 to 7 of §7.5, each failing on its own."""
    hello, welcome = positive["session.hello"], positive["session.welcome"]
    out: dict[str, str] = {}

    busy = _Case("hello.budget_used_up")
    busy.send(hello, ErrorMessage(ErrorCode.BUSY).encode())
    out |= busy.link(dropped=False)

    failed = _Case("hello.handshake_failed")
    flipped = bytearray(hello)
    flipped[-1] ^= 0x01  # the last byte of msg1's AEAD tag
    failed.send(bytes(flipped), ErrorMessage(ErrorCode.HANDSHAKE_FAILED).encode())
    out |= failed.link(dropped=False)

    version = _Case("hello.unsupported_version")
    version.given("hub_ephemeral_private", VERSION_HUB_EPHEMERAL)
    payload = positive["session.hello_payload"]
    newer = _hello(bytes([payload[0] + 1]) + payload[1:], VERSION_HUB_EPHEMERAL)
    version.send(newer, ErrorMessage(ErrorCode.UNSUPPORTED_VERSION).encode())
    out |= version.link(dropped=False)

    msg1 = _Case("hello.admin_command_in_msg1")
    msg1.given("hub_ephemeral_private", MSG1_HUB_EPHEMERAL)
    plain = HelloPayload(given.HUB_TIME, given.CHALLENGE).encode()
    flagged = plain[:1] + bytes([plain[1] | 0x02]) + plain[2:]  # bit 1: a request follows
    request = Request(given.HELLO_REQUEST_ID, Opcode.CONTROLLER_LIST)
    msg1.send(_hello(flagged + request.encode(), MSG1_HUB_EPHEMERAL), MALFORMED)
    msg1.send(hello, welcome)  # the challenge was not used up by the refused HELLO
    out |= msg1.link(dropped=False)
    return out


def _data(session: NoiseSession, message: Request | Response) -> bytes:
    return Envelope(MessageType.DATA, session.encrypt(message.encode())).encode()


def _sessions_after(
    hello_payload: bytes, unit_ephemeral: bytes, welcome_plain: bytes
) -> tuple[bytes, NoiseSession, NoiseSession]:
    """The WELCOME answering `session.hello`'s handshake, and both sides' sessions after it."""
    hub = vectors.hub_session()
    noise1 = hub.write_handshake(hello_payload)
    unit = vectors.unit_session(unit_ephemeral)
    unit.read_handshake(noise1)
    noise2 = unit.write_handshake(welcome_plain)
    hub.read_handshake(noise2)
    return Envelope(MessageType.WELCOME, noise2).encode(), hub, unit


def _in_session(positive: dict[str, bytes]) -> dict[str, str]:
    """The opening window, the role check and the request-id memory inside a session."""
    hello = positive["session.hello"]
    hello_plain = positive["session.hello_payload"]
    out: dict[str, str] = {}

    window = _Case("transport.window_expired")
    window.given("unit_ephemeral_private", WINDOW_UNIT_EPHEMERAL)
    plain = positive["session.welcome_payload"]
    answer, hub, unit = _sessions_after(hello_plain, WINDOW_UNIT_EPHEMERAL, plain)
    window.send(hello, answer)
    window.after(KEEPALIVE_AFTER_S)
    status = Response(
        2,
        Status.OK,
        replace(AFTER_UNLOCK_SNAPSHOT, clock=given.HUB_TIME + KEEPALIVE_AFTER_S).encode(),
    )
    window.send(_data(hub, Request(2, Opcode.STATUS)), _data(unit, status))
    window.plaintext(status.encode())
    window.after(int(UNLOCK_WINDOW_S) + 1 - KEEPALIVE_AFTER_S)
    expired = Response(3, Status.EXPIRED)
    window.send(_data(hub, Request(3, Opcode.UNLOCK)), _data(unit, expired))
    window.plaintext(expired.encode())
    out |= window.link(dropped=False)

    user = _Case("transport.forbidden")
    user.given("unit_ephemeral_private", USER_UNIT_EPHEMERAL)
    unlocked = replace(
        PAIRED_SNAPSHOT,
        lock_state=LockState.UNLOCKED,
        log_last_seq=PAIRED_LOG_LAST_SEQ + 1,
        change_counter=PAIRED_CHANGE_COUNTER + 1,
    )  # UNLOCKED logged; a USER's hub time is not applied, so no TIME_SET
    opened = Response(given.HELLO_REQUEST_ID, Status.OK, bytes([LockState.UNLOCKED]))
    plain = WelcomePayload(unlocked, challenge_accepted=True, response=opened).encode()
    answer, hub, unit = _sessions_after(hello_plain, USER_UNIT_EPHEMERAL, plain)
    user.send(hello, answer)
    user.plaintext(plain)
    forbidden = Response(2, Status.FORBIDDEN)
    user.send(_data(hub, Request(2, Opcode.CONTROLLER_LIST)), _data(unit, forbidden))
    user.plaintext(forbidden.encode())
    out |= user.link(dropped=False)

    retry = _Case("transport.retry_from_memory")
    answer, hub, unit = _sessions_after(
        hello_plain, given.UNIT_EPHEMERAL_PRIVATE, positive["session.welcome_payload"]
    )
    assert answer == positive["session.welcome"]
    retry.send(hello, answer)
    lock = _data(hub, Request(given.DATA_REQUEST_ID, given.DATA_OPCODE))
    locked = Response(given.DATA_RESPONSE_ID, given.DATA_RESPONSE_STATUS, given.DATA_RESPONSE_BODY)
    assert lock == positive["session.data_hub_to_unit_0"]
    retry.send(lock, _data(unit, locked))
    remembered = Response(given.HELLO_REQUEST_ID, Status.OK, bytes([LockState.UNLOCKED]))
    again = Request(given.HELLO_REQUEST_ID, given.HELLO_OPCODE)  # msg1's UNLOCK, retried
    retry.send(_data(hub, again), _data(unit, remembered))
    retry.plaintext(remembered.encode())
    after = replace(
        AFTER_UNLOCK_SNAPSHOT,
        lock_state=LockState.LOCKED,
        log_last_seq=given.SNAPSHOT_LOG_LAST_SEQ + 1,
        change_counter=given.SNAPSHOT_CHANGE_COUNTER + 1,
    )  # LOCKED logged once; the retried UNLOCK ran nothing
    status = Response(4, Status.OK, after.encode())
    retry.send(_data(hub, Request(4, Opcode.STATUS)), _data(unit, status))
    retry.plaintext(status.encode())
    out |= retry.link(dropped=False)
    return out


def compute() -> dict[str, str]:
    """Every negative vector as name -> hex, `none`, `up` or `dropped`, in document order."""
    return _pairing() | _framing() | _sessions()


def render() -> str:
    """The lines of the document's ```negative-vectors``` block."""
    return "\n".join(f"{name} = {value}" for name, value in compute().items())
