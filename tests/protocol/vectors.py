"""Compute the test vectors published in docs/protocol.md §11 from fixed inputs.

`scripts/protocol-vectors` prints them in the document's format; `test_vectors.py` checks the
document against this computation, so the specification and the code cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable
import hashlib

from spake2 import SPAKE2_A, SPAKE2_B
from spake2.groups import expand_password
from spake2.parameters.ed25519 import ParamsEd25519

from custom_components.digitalkey.protocol.advertisement import (
    NO_UNIT_ID,
    PairedAdvert,
    UnitInfo,
    UnpairedAdvert,
)
from custom_components.digitalkey.protocol.constants import (
    AdvertFlag,
    CredentialType,
    DoorState,
    Feature,
    LockState,
    LogEvent,
    LogSource,
    MessageType,
    Opcode,
    Role,
    Status,
)
from custom_components.digitalkey.protocol.framing import fragment
from custom_components.digitalkey.protocol.keys import (
    StaticKey,
    advert_key,
    credential_key,
    hello_hint,
    hint_key,
)
from custom_components.digitalkey.protocol.messages import (
    Envelope,
    Hello,
    HelloPayload,
    Request,
    Response,
    Snapshot,
    WelcomePayload,
)
from custom_components.digitalkey.protocol.pairing import (
    HUB_IDENTITY,
    UNIT_IDENTITY,
    HubGrant,
    HubPairing,
    PairingKeys,
    UnitIdentity,
    UnitPairing,
    confirm_tag,
)
from custom_components.digitalkey.protocol.records import (
    EMPTY_DATABASE_HASH,
    CredentialRecord,
    LogRecord,
    credential_secret,
)
from custom_components.digitalkey.protocol.session import NoiseSession
from custom_components.digitalkey.protocol.wire import u8

UNIT_ID = bytes.fromhex("D1C0FFEE1A2B")
SETUP_CODE = "31415926"
HUB_TIME = 1_790_000_000
CHALLENGE = bytes.fromhex("0102030405060708")
PRAND = bytes.fromhex("a1b2c3d4")
HINT_NONCE = bytes.fromhex("1122334455667788")
HUB_SPAKE = "dkp2 vector spake hub"
UNIT_SPAKE = "dkp2 vector spake unit"
ID_A = HUB_IDENTITY
ID_B = UNIT_IDENTITY + UNIT_ID


def secret(label: str) -> bytes:
    """A fixed 32-byte value named in the document: SHA-256 of an ASCII label."""
    return hashlib.sha256(label.encode()).digest()


def entropy(label: str) -> Callable[[int], bytes]:
    """Deterministic randomness: SHAKE-256(label || counter), one block per call."""
    counter = [0]

    def draw(count: int) -> bytes:
        counter[0] += 1
        return hashlib.shake_256(f"{label}/{counter[0]}".encode()).digest(count)

    return draw


HUB_KEY = StaticKey.from_private(secret("dkp2 vector hub static"))
UNIT_KEY = StaticKey.from_private(secret("dkp2 vector unit static"))
UNIT_SECRET = secret("dkp2 vector unit secret")
ADVERT_KEY = advert_key(UNIT_SECRET)


def hub_hint_key() -> bytes:
    """The hint key of the vector hub and unit."""
    key = hint_key(HUB_KEY, UNIT_KEY.public)
    assert key is not None
    return key


def spake_vectors() -> dict[str, str]:
    """The intermediate SPAKE2 values of one run, taken from python-spake2 0.9 itself."""
    password = SETUP_CODE.encode()
    group = ParamsEd25519.group
    hub = SPAKE2_A(password, idA=ID_A, idB=ID_B, entropy_f=entropy(HUB_SPAKE))
    unit = SPAKE2_B(password, idA=ID_A, idB=ID_B, entropy_f=entropy(UNIT_SPAKE))
    msg_a, msg_b = bytes(hub.start()), bytes(unit.start())
    key = bytes(hub.finish(msg_b))
    assert bytes(unit.finish(msg_a)) == key
    y_elem = group.bytes_to_element(msg_b[1:])
    shared = y_elem.add(ParamsEd25519.N.scalarmult(-hub.pw_scalar)).scalarmult(hub.xy_scalar)
    keys = PairingKeys.derive(key)
    return {
        "pairing.spake_m": ParamsEd25519.M.to_bytes().hex(),
        "pairing.spake_n": ParamsEd25519.N.to_bytes().hex(),
        "pairing.password_expanded": expand_password(password, 48).hex(),
        "pairing.password_scalar": group.scalar_to_bytes(hub.pw_scalar).hex(),
        "pairing.hub_scalar": group.scalar_to_bytes(hub.xy_scalar).hex(),
        "pairing.unit_scalar": group.scalar_to_bytes(unit.xy_scalar).hex(),
        "pairing.x": msg_a[1:].hex(),
        "pairing.y": msg_b[1:].hex(),
        "pairing.shared_element": shared.to_bytes().hex(),
        "pairing.key": key.hex(),
        "pairing.unit_confirm_key": keys.unit_confirm.hex(),
        "pairing.hub_confirm_key": keys.hub_confirm.hex(),
        "pairing.hub_seal_key": keys.hub_seal.hex(),
        "pairing.unit_seal_key": keys.unit_seal.hex(),
        "pairing.unit_tag": confirm_tag(keys.unit_confirm, msg_a, msg_b).hex(),
        "pairing.hub_tag": confirm_tag(keys.hub_confirm, msg_a, msg_b).hex(),
    }


def compute() -> dict[str, str]:
    """Every vector as name -> lower-case hex."""
    out: dict[str, str] = {}
    out["inputs.hub_static_public"] = HUB_KEY.public.hex()
    out["inputs.unit_static_public"] = UNIT_KEY.public.hex()
    out["inputs.unit_secret"] = UNIT_SECRET.hex()
    out["inputs.setup_code"] = SETUP_CODE.encode().hex()
    out["inputs.id_a"] = ID_A.hex()
    out["inputs.id_b"] = ID_B.hex()
    out["inputs.spake_hub_random"] = entropy(HUB_SPAKE)(64).hex()
    out["inputs.spake_unit_random"] = entropy(UNIT_SPAKE)(64).hex()
    out["key_id.hub"] = HUB_KEY.key_id.hex()
    out["keys.credential"] = credential_key(UNIT_SECRET).hex()
    out["keys.advert"] = ADVERT_KEY.hex()
    out["keys.hint"] = hub_hint_key().hex()

    for index, piece in enumerate(fragment(bytes(range(40)), 23)):
        out[f"framing.mtu23.fragment{index}"] = piece.hex()

    unpaired = UnpairedAdvert(AdvertFlag.PAIRING_MODE, CHALLENGE, UNIT_ID, 0x0102)
    out["advertisement.unpaired"] = unpaired.encode().hex()
    paired = PairedAdvert.build(
        ADVERT_KEY, flags=AdvertFlag.PAIRED, change_counter=0x0102, challenge=CHALLENGE,
        prand=PRAND,
    )  # fmt: skip
    out["advertisement.paired"] = paired.encode().hex()
    features = Feature.DOOR_CONTACT | Feature.KEYPAD
    info = UnitInfo(UNIT_ID, AdvertFlag.PAIRING_MODE, features, 4096, (1, 0))
    out["info.unpaired"] = info.encode().hex()
    paired_info = UnitInfo(NO_UNIT_ID, AdvertFlag.PAIRED, features, 4096, (1, 0))
    out["info.paired"] = paired_info.encode().hex()

    out.update(spake_vectors())
    hub = HubPairing(SETUP_CODE, UNIT_ID, entropy(HUB_SPAKE))
    unit = UnitPairing(SETUP_CODE, UNIT_ID, entropy(UNIT_SPAKE))
    request = hub.request()
    out["pairing.request"] = request.hex()
    challenge = unit.on_request(Envelope.decode(request).body, attempts_left=4)
    out["pairing.challenge"] = challenge.hex()
    hub.on_challenge(Envelope.decode(challenge).body)
    confirm = hub.confirm(HubGrant(HUB_KEY.public, Role.ADMIN, HUB_TIME, "Hub"))
    out["pairing.confirm"] = confirm.hex()
    unit.on_confirm(Envelope.decode(confirm).body)
    identity = UnitIdentity(UNIT_KEY.public, UNIT_ID, UNIT_SECRET, features, 1)
    out["pairing.complete"] = unit.complete(identity).hex()

    initiator = NoiseSession(
        initiator=True,
        static=HUB_KEY,
        remote_public=UNIT_KEY.public,
        unit_id=UNIT_ID,
        ephemeral=secret("dkp2 vector hub ephemeral"),
    )
    responder = NoiseSession(
        initiator=False,
        static=UNIT_KEY,
        remote_public=HUB_KEY.public,
        unit_id=UNIT_ID,
        ephemeral=secret("dkp2 vector unit ephemeral"),
    )
    unlock = Request(0x00000001, Opcode.UNLOCK)
    hello_payload = HelloPayload(HUB_TIME, CHALLENGE, unlock)
    out["session.hello_payload"] = hello_payload.encode().hex()
    hint = hello_hint(hub_hint_key(), UNIT_ID, HINT_NONCE)
    out["session.hello_hint"] = hint.hex()
    hello = Hello(hint, initiator.write_handshake(hello_payload.encode())).encode()
    out["session.hello"] = hello.hex()
    responder.read_handshake(Hello.decode(Envelope.decode(hello).body).noise)
    snapshot = Snapshot(
        lock_state=LockState.UNLOCKED,
        door_state=DoorState.CLOSED,
        battery_percent=87,
        battery_mv=3070,
        clock=HUB_TIME - 3,
        boot_count=1,
        log_last_seq=42,
        cred_version=0,
        cred_hash=EMPTY_DATABASE_HASH,
        features=Feature.DOOR_CONTACT | Feature.KEYPAD,
        change_counter=0x0102,
    )
    welcome_payload = WelcomePayload(
        snapshot, challenge_accepted=True, time_applied=True,
        response=Response(0x00000001, Status.OK, u8(LockState.UNLOCKED)),
    )  # fmt: skip
    out["session.welcome_payload"] = welcome_payload.encode().hex()
    welcome = Envelope(
        MessageType.WELCOME, responder.write_handshake(welcome_payload.encode())
    ).encode()
    out["session.welcome"] = welcome.hex()
    initiator.read_handshake(Envelope.decode(welcome).body)
    out["session.handshake_hash"] = initiator.handshake_hash.hex()
    lock = Request(0x00000002, Opcode.LOCK)
    data = Envelope(MessageType.DATA, initiator.encrypt(lock.encode())).encode()
    out["session.data_hub_to_unit_0"] = data.hex()
    reply = Response(0x00000002, Status.OK, u8(LockState.LOCKED))
    out["session.data_unit_to_hub_0"] = (
        Envelope(MessageType.DATA, responder.encrypt(reply.encode())).encode().hex()
    )

    pin = credential_secret(UNIT_SECRET, CredentialType.PIN, "1234")
    out["credential.pin_1234_secret"] = pin.hex()
    record = CredentialRecord(
        cred_id=7, user_id=1001, kind=CredentialType.PIN, secret=pin,
        valid_from=HUB_TIME, valid_until=HUB_TIME + 86400, weekdays=0x1F,
        window_start=7 * 60, window_end=17 * 60,
    )  # fmt: skip
    out["credential.record"] = record.encode().hex()
    out["credential.record_digest"] = record.digest().hex()
    out["credential.record_bucket"] = f"{record.bucket:02x}"
    out["credential.empty_database_hash"] = EMPTY_DATABASE_HASH.hex()
    log = LogRecord(42, HUB_TIME, LogEvent.UNLOCKED, LogSource.PIN, 7, 0)
    out["log.record"] = log.encode().hex()
    return out


def render() -> str:
    """The vectors as the document's fenced block lines."""
    return "\n".join(f"{name} = {value}" for name, value in compute().items())
