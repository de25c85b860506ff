"""The negative vectors of docs/protocol.md §11.1: what a unit answers to what it must refuse.

Each case is a unit in a stated state, what a peer sends it (whole messages, or single RX
writes where framing itself is the subject) and the unit's exact answer to each, computed
here with the protocol's codecs as the text says it must be. `test_negative_vectors.py`
sends the same bytes to the reference unit in `simulator/` and compares what it answers,
so the text, this computation and the unit cannot disagree unnoticed.

Cases that need a session use the keys of §11 and, where the unit answers a HELLO, a unit
ephemeral of their own, so no two published WELCOMEs are encrypted under one key.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spake2 import SPAKE2_A

from custom_components.digitalkey.protocol.constants import (
    CHALLENGE_VALID_S,
    PAIRING_MAX_ATTEMPTS,
    ErrorCode,
    LockState,
    MessageType,
)
from custom_components.digitalkey.protocol.framing import FIRST, LAST, fragment
from custom_components.digitalkey.protocol.keys import StaticKey, hello_hint, hint_key
from custom_components.digitalkey.protocol.messages import (
    Envelope,
    ErrorMessage,
    Hello,
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
from .vector_inputs import labelled_secret, stated

MTU = given.FRAMING_MTU
"""Every case runs at the smallest ATT MTU, so whole messages go out in several writes."""
WRONG_SETUP_CODE = "27182818"
EXPIRED_UNIT_EPHEMERAL = labelled_secret("dkp2 vector unit ephemeral expired")
REUSED_UNIT_EPHEMERAL = labelled_secret("dkp2 vector unit ephemeral reused")
UNKNOWN_HUB_STATIC = labelled_secret("dkp2 vector unknown hub static")

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

    def plaintext(self, payload: bytes) -> None:
        """The payload inside the last answer (a WELCOME), so its state can be checked."""
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
    return out | case.link(dropped=False)


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
    return out


def compute() -> dict[str, str]:
    """Every negative vector as name -> hex, `none`, `up` or `dropped`, in document order."""
    return _pairing() | _framing() | _sessions()


def render() -> str:
    """The lines of the document's ```negative-vectors``` block."""
    return "\n".join(f"{name} = {value}" for name, value in compute().items())
