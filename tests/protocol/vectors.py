"""Compute the test vectors published in docs/protocol.md §11 from its stated inputs.

The inputs are the constants of `vector_inputs.py` (the document's ```vector-inputs```
block); this module runs them through the reference implementation. `section11.py` prints
the result in the document's format and `test_vectors.py` checks the document against it,
so the specification and the code cannot drift apart.
"""

from __future__ import annotations

from spake2 import SPAKE2_A, SPAKE2_B
from spake2.groups import expand_password
from spake2.parameters.ed25519 import ParamsEd25519

from custom_components.digitalkey.protocol.advertisement import (
    PairedAdvert,
    UnitInfo,
    UnpairedAdvert,
)
from custom_components.digitalkey.protocol.constants import MessageType
from custom_components.digitalkey.protocol.framing import fragment
from custom_components.digitalkey.protocol.keys import (
    StaticKey,
    advert_key,
    credential_key,
    hello_hint,
    hint_key,
)
from custom_components.digitalkey.protocol.messages import (
    WELCOME_CHALLENGE_ACCEPTED,
    WELCOME_TIME_APPLIED,
    Envelope,
    Hello,
    HelloPayload,
    Request,
    Response,
    Snapshot,
    WelcomePayload,
)
from custom_components.digitalkey.protocol.pairing import (
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

from . import vector_inputs as given
from .vector_inputs import stated

UNIT_ID = given.UNIT_ID
SETUP_CODE = given.SETUP_CODE
HUB_TIME = given.HUB_TIME
CHALLENGE = given.CHALLENGE
PRAND = given.PRAND
HINT_NONCE = given.HINT_NONCE
HUB_KEY = StaticKey.from_private(given.HUB_STATIC_PRIVATE)
UNIT_KEY = StaticKey.from_private(given.UNIT_STATIC_PRIVATE)
UNIT_SECRET = given.UNIT_SECRET
ADVERT_KEY = advert_key(UNIT_SECRET)


def public_key(private: bytes) -> bytes:
    """The X25519 public key of a private key (RFC 7748: clamped, times the base point)."""
    return StaticKey.from_private(private).public


def hub_hint_key() -> bytes:
    """The hint key of the vector hub and unit."""
    key = hint_key(HUB_KEY, UNIT_KEY.public)
    assert key is not None
    return key


def hub_session(ephemeral: bytes = given.HUB_EPHEMERAL_PRIVATE) -> NoiseSession:
    """The vector hub's side of a handshake with the vector unit."""
    return NoiseSession(
        initiator=True,
        static=HUB_KEY,
        remote_public=UNIT_KEY.public,
        unit_id=UNIT_ID,
        ephemeral=ephemeral,
    )


def unit_session(ephemeral: bytes = given.UNIT_EPHEMERAL_PRIVATE) -> NoiseSession:
    """The vector unit's side of a handshake with the vector hub."""
    return NoiseSession(
        initiator=False,
        static=UNIT_KEY,
        remote_public=HUB_KEY.public,
        unit_id=UNIT_ID,
        ephemeral=ephemeral,
    )


def hello_payload() -> HelloPayload:
    """msg1's payload: the hub time, the advertised challenge and UNLOCK."""
    payload = HelloPayload(
        given.HUB_TIME, given.CHALLENGE, Request(given.HELLO_REQUEST_ID, given.HELLO_OPCODE)
    )
    encoded = payload.encode()
    assert encoded[:2] == bytes([given.HELLO_VERSION, given.HELLO_FLAGS])
    return payload


def welcome_payload() -> WelcomePayload:
    """msg2's payload: the snapshot and UNLOCK's answer."""
    snapshot = Snapshot(
        lock_state=given.SNAPSHOT_LOCK_STATE,
        door_state=given.SNAPSHOT_DOOR_STATE,
        battery_percent=given.SNAPSHOT_BATTERY_PERCENT,
        battery_mv=given.SNAPSHOT_BATTERY_MV,
        clock=given.SNAPSHOT_CLOCK,
        boot_count=given.SNAPSHOT_BOOT_COUNT,
        log_last_seq=given.SNAPSHOT_LOG_LAST_SEQ,
        cred_version=given.SNAPSHOT_CRED_VERSION,
        cred_hash=given.SNAPSHOT_CRED_HASH,
        features=given.SNAPSHOT_FEATURES,
        change_counter=given.SNAPSHOT_CHANGE_COUNTER,
    )
    response = Response(
        given.WELCOME_RESPONSE_ID, given.WELCOME_RESPONSE_STATUS, given.WELCOME_RESPONSE_BODY
    )
    flags = given.WELCOME_FLAGS
    accepted, applied = bool(flags & WELCOME_CHALLENGE_ACCEPTED), bool(flags & WELCOME_TIME_APPLIED)
    payload = WelcomePayload(snapshot, accepted, applied, response)
    assert payload.encode()[0] == flags
    return payload


def spake_vectors() -> dict[str, str]:
    """The intermediate SPAKE2 values of one run, taken from python-spake2 0.9 itself."""
    password = SETUP_CODE.encode()
    group = ParamsEd25519.group
    hub = SPAKE2_A(
        password, idA=given.ID_A, idB=given.ID_B, entropy_f=stated(given.SPAKE_HUB_RANDOM)
    )
    unit = SPAKE2_B(
        password, idA=given.ID_A, idB=given.ID_B, entropy_f=stated(given.SPAKE_UNIT_RANDOM)
    )
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
    out["keys.hub_static_public"] = HUB_KEY.public.hex()
    out["keys.unit_static_public"] = UNIT_KEY.public.hex()
    out["keys.hub_ephemeral_public"] = public_key(given.HUB_EPHEMERAL_PRIVATE).hex()
    out["keys.unit_ephemeral_public"] = public_key(given.UNIT_EPHEMERAL_PRIVATE).hex()
    out["key_id.hub"] = HUB_KEY.key_id.hex()
    out["keys.credential"] = credential_key(UNIT_SECRET).hex()
    out["keys.advert"] = ADVERT_KEY.hex()
    out["keys.hint"] = hub_hint_key().hex()

    for index, piece in enumerate(fragment(given.FRAMING_MESSAGE, given.FRAMING_MTU)):
        out[f"framing.mtu23.fragment{index}"] = piece.hex()

    unpaired = UnpairedAdvert(
        given.UNPAIRED_ADVERT_FLAGS, CHALLENGE, UNIT_ID, given.UNPAIRED_ADVERT_COUNTER
    )
    out["advertisement.unpaired"] = unpaired.encode().hex()
    paired = PairedAdvert.build(
        ADVERT_KEY, flags=given.PAIRED_ADVERT_FLAGS, change_counter=given.PAIRED_ADVERT_COUNTER,
        challenge=CHALLENGE, prand=PRAND,
    )  # fmt: skip
    out["advertisement.paired"] = paired.encode().hex()
    for name, unit_id, flags in (
        ("info.unpaired", UNIT_ID, given.UNPAIRED_INFO_FLAGS),
        ("info.paired", given.PAIRED_INFO_UNIT_ID, given.PAIRED_INFO_FLAGS),
    ):
        info = UnitInfo(
            unit_id, flags, given.INFO_FEATURES, given.INFO_MAX_MESSAGE, given.INFO_FIRMWARE,
            given.INFO_VERSION,
        )  # fmt: skip
        out[name] = info.encode().hex()

    out.update(spake_vectors())
    hub = HubPairing(SETUP_CODE, UNIT_ID, stated(given.SPAKE_HUB_RANDOM))
    unit = UnitPairing(SETUP_CODE, UNIT_ID, stated(given.SPAKE_UNIT_RANDOM))
    request = hub.request()
    out["pairing.request"] = request.hex()
    challenge = unit.on_request(Envelope.decode(request).body, given.ATTEMPTS_LEFT)
    out["pairing.challenge"] = challenge.hex()
    hub.on_challenge(Envelope.decode(challenge).body)
    grant = HubGrant(HUB_KEY.public, given.GRANT_ROLE, given.GRANT_TIME, given.GRANT_LABEL)
    confirm = hub.confirm(grant)
    out["pairing.confirm"] = confirm.hex()
    unit.on_confirm(Envelope.decode(confirm).body)
    identity = UnitIdentity(
        UNIT_KEY.public, UNIT_ID, UNIT_SECRET, given.COMPLETE_FEATURES, given.COMPLETE_BOOT_COUNT
    )
    out["pairing.complete"] = unit.complete(identity).hex()

    initiator, responder = hub_session(), unit_session()
    hello_plain = hello_payload().encode()
    out["session.hello_payload"] = hello_plain.hex()
    hint = hello_hint(hub_hint_key(), UNIT_ID, HINT_NONCE)
    out["session.hello_hint"] = hint.hex()
    hello = Hello(hint, initiator.write_handshake(hello_plain)).encode()
    out["session.hello"] = hello.hex()
    responder.read_handshake(Hello.decode(Envelope.decode(hello).body).noise)
    welcome_plain = welcome_payload().encode()
    out["session.welcome_payload"] = welcome_plain.hex()
    welcome = Envelope(MessageType.WELCOME, responder.write_handshake(welcome_plain)).encode()
    out["session.welcome"] = welcome.hex()
    initiator.read_handshake(Envelope.decode(welcome).body)
    out["session.handshake_hash"] = initiator.handshake_hash.hex()
    lock = Request(given.DATA_REQUEST_ID, given.DATA_OPCODE)
    data = Envelope(MessageType.DATA, initiator.encrypt(lock.encode())).encode()
    out["session.data_hub_to_unit_0"] = data.hex()
    reply = Response(given.DATA_RESPONSE_ID, given.DATA_RESPONSE_STATUS, given.DATA_RESPONSE_BODY)
    out["session.data_unit_to_hub_0"] = (
        Envelope(MessageType.DATA, responder.encrypt(reply.encode())).encode().hex()
    )

    pin = credential_secret(UNIT_SECRET, given.CREDENTIAL_TYPE, given.CREDENTIAL_PIN)
    out["credential.pin_1234_secret"] = pin.hex()
    record = CredentialRecord(
        cred_id=given.CREDENTIAL_ID, user_id=given.CREDENTIAL_USER_ID,
        kind=given.CREDENTIAL_TYPE, secret=pin, enabled=bool(given.CREDENTIAL_FLAGS & 0x01),
        valid_from=given.CREDENTIAL_VALID_FROM, valid_until=given.CREDENTIAL_VALID_UNTIL,
        weekdays=given.CREDENTIAL_WEEKDAYS, window_start=given.CREDENTIAL_WINDOW_START,
        window_end=given.CREDENTIAL_WINDOW_END,
    )  # fmt: skip
    out["credential.record"] = record.encode().hex()
    out["credential.record_digest"] = record.digest().hex()
    out["credential.record_bucket"] = f"{record.bucket:02x}"
    out["credential.empty_database_hash"] = EMPTY_DATABASE_HASH.hex()
    log = LogRecord(
        given.LOG_SEQ, given.LOG_TIME, given.LOG_EVENT, given.LOG_SOURCE, given.LOG_SUBJECT,
        given.LOG_DETAIL,
    )  # fmt: skip
    out["log.record"] = log.encode().hex()
    return out


def render() -> str:
    """The vectors as the lines of the document's ```vectors``` block."""
    return "\n".join(f"{name} = {value}" for name, value in compute().items())
