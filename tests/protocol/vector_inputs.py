"""Every input of the test vectors in docs/protocol.md §11, as the ```vector-inputs``` block.

The reference computation (`vectors.py`, `negative_vectors.py`) takes its inputs from these
constants, and `render` prints them in the document's notation, so the block a firmware team
reads is exactly what the reference implementation used. The clean-room builder
(`cleanroom/`) reads the block from the document instead, never this module.

The keys and randomness are made from ASCII labels (SHA-256 and SHAKE-256) only so that
they are plainly not chosen; the document states the resulting bytes, which is all a
reader needs.
"""

from __future__ import annotations

from collections.abc import Callable
import hashlib

from custom_components.digitalkey.protocol.advertisement import NO_UNIT_ID
from custom_components.digitalkey.protocol.constants import (
    PROTOCOL_VERSION,
    AdvertFlag,
    CredentialType,
    DoorState,
    Feature,
    LockState,
    LogEvent,
    LogSource,
    Opcode,
    Role,
    Status,
)
from custom_components.digitalkey.protocol.messages import (
    HELLO_HAS_CHALLENGE,
    HELLO_HAS_REQUEST,
    WELCOME_CHALLENGE_ACCEPTED,
    WELCOME_HAS_RESPONSE,
    WELCOME_TIME_APPLIED,
)
from custom_components.digitalkey.protocol.pairing import HUB_IDENTITY, UNIT_IDENTITY
from custom_components.digitalkey.protocol.records import EMPTY_DATABASE_HASH
from custom_components.digitalkey.protocol.wire import u8, u16, u32


def labelled_secret(label: str) -> bytes:
    """32 bytes nobody chose: SHA-256 of an ASCII label."""
    return hashlib.sha256(label.encode()).digest()


def labelled_stream(label: str, call: int, count: int) -> bytes:
    """The n-th draw (from 1) of a deterministic stream: SHAKE-256("<label>/<n>")."""
    return hashlib.shake_256(f"{label}/{call}".encode()).digest(count)


def stated(data: bytes) -> Callable[[int], bytes]:
    """An entropy function handing out exactly the stated bytes, in one draw."""
    calls: list[int] = []

    def draw(count: int) -> bytes:
        calls.append(count)
        assert calls == [len(data)], f"drew {calls} bytes where {len(data)} once are stated"
        return data

    return draw


# Keys and secrets --------------------------------------------------------------------------

UNIT_ID = bytes.fromhex("d1c0ffee1a2b")
SETUP_CODE = "31415926"
HUB_STATIC_PRIVATE = labelled_secret("dkp2 vector hub static")
UNIT_STATIC_PRIVATE = labelled_secret("dkp2 vector unit static")
HUB_EPHEMERAL_PRIVATE = labelled_secret("dkp2 vector hub ephemeral")
UNIT_EPHEMERAL_PRIVATE = labelled_secret("dkp2 vector unit ephemeral")
UNIT_SECRET = labelled_secret("dkp2 vector unit secret")
CHALLENGE = bytes.fromhex("0102030405060708")

# Framing, advertisements, INFO ---------------------------------------------------------------

FRAMING_MESSAGE = bytes(range(40))
FRAMING_MTU = 23
UNPAIRED_ADVERT_FLAGS = AdvertFlag.PAIRING_MODE
UNPAIRED_ADVERT_COUNTER = 0x0102
PAIRED_ADVERT_FLAGS = AdvertFlag.PAIRED
PAIRED_ADVERT_COUNTER = 0x0102
PRAND = bytes.fromhex("a1b2c3d4")
INFO_VERSION = PROTOCOL_VERSION
INFO_FEATURES = Feature.DOOR_CONTACT | Feature.KEYPAD
INFO_MAX_MESSAGE = 4096
INFO_FIRMWARE = (1, 0)
UNPAIRED_INFO_FLAGS = AdvertFlag.PAIRING_MODE
PAIRED_INFO_FLAGS = AdvertFlag.PAIRED
PAIRED_INFO_UNIT_ID = NO_UNIT_ID

# Pairing -------------------------------------------------------------------------------------

ID_A = HUB_IDENTITY
ID_B = UNIT_IDENTITY + UNIT_ID
SPAKE_HUB_RANDOM = labelled_stream("dkp2 vector spake hub", 1, 64)
SPAKE_UNIT_RANDOM = labelled_stream("dkp2 vector spake unit", 1, 64)
ATTEMPTS_LEFT = 4
GRANT_ROLE = Role.ADMIN
GRANT_TIME = 1_790_000_000
GRANT_LABEL = "Hub"
COMPLETE_FEATURES = Feature.DOOR_CONTACT | Feature.KEYPAD
COMPLETE_BOOT_COUNT = 1

# Session -------------------------------------------------------------------------------------

HINT_NONCE = bytes.fromhex("1122334455667788")
HELLO_VERSION = PROTOCOL_VERSION
HELLO_FLAGS = HELLO_HAS_CHALLENGE | HELLO_HAS_REQUEST
HUB_TIME = 1_790_000_000
HELLO_REQUEST_ID = 1
HELLO_OPCODE = Opcode.UNLOCK
WELCOME_FLAGS = WELCOME_CHALLENGE_ACCEPTED | WELCOME_TIME_APPLIED | WELCOME_HAS_RESPONSE
SNAPSHOT_LOCK_STATE = LockState.UNLOCKED
SNAPSHOT_DOOR_STATE = DoorState.CLOSED
SNAPSHOT_BATTERY_PERCENT = 87
SNAPSHOT_BATTERY_MV = 3070
SNAPSHOT_CLOCK = HUB_TIME - 3  # the unit's clock before it applied the hub time
SNAPSHOT_BOOT_COUNT = 1
SNAPSHOT_LOG_LAST_SEQ = 42
SNAPSHOT_CRED_VERSION = 0
SNAPSHOT_CRED_HASH = EMPTY_DATABASE_HASH
SNAPSHOT_FEATURES = Feature.DOOR_CONTACT | Feature.KEYPAD
SNAPSHOT_CHANGE_COUNTER = 0x0102
WELCOME_RESPONSE_ID = 1
WELCOME_RESPONSE_STATUS = Status.OK
WELCOME_RESPONSE_BODY = u8(LockState.UNLOCKED)
DATA_REQUEST_ID = 2
DATA_OPCODE = Opcode.LOCK
DATA_RESPONSE_ID = 2
DATA_RESPONSE_STATUS = Status.OK
DATA_RESPONSE_BODY = u8(LockState.LOCKED)

# Records -------------------------------------------------------------------------------------

CREDENTIAL_ID = 7
CREDENTIAL_USER_ID = 1001
CREDENTIAL_TYPE = CredentialType.PIN
CREDENTIAL_FLAGS = 0x01  # enabled
CREDENTIAL_WEEKDAYS = 0x1F  # Monday to Friday
CREDENTIAL_VALID_FROM = 1_790_000_000
CREDENTIAL_VALID_UNTIL = CREDENTIAL_VALID_FROM + 86_400  # exclusive: one day
CREDENTIAL_WINDOW_START = 7 * 60  # 07:00
CREDENTIAL_WINDOW_END = 17 * 60  # 17:00, exclusive
CREDENTIAL_PIN = "1234"
LOG_SEQ = 42
LOG_TIME = 1_790_000_000
LOG_EVENT = LogEvent.UNLOCKED
LOG_SOURCE = LogSource.PIN
LOG_SUBJECT = CREDENTIAL_ID
LOG_DETAIL = 0


def inputs() -> dict[str, bytes]:
    """Every input by its name in the document, in the document's order."""
    return {
        "inputs.unit_id": UNIT_ID,
        "inputs.setup_code": SETUP_CODE.encode(),
        "inputs.hub_static_private": HUB_STATIC_PRIVATE,
        "inputs.unit_static_private": UNIT_STATIC_PRIVATE,
        "inputs.hub_ephemeral_private": HUB_EPHEMERAL_PRIVATE,
        "inputs.unit_ephemeral_private": UNIT_EPHEMERAL_PRIVATE,
        "inputs.unit_secret": UNIT_SECRET,
        "inputs.challenge": CHALLENGE,
        "inputs.framing.message": FRAMING_MESSAGE,
        "inputs.framing.mtu": u16(FRAMING_MTU),
        "inputs.advertisement.unpaired.flags": u8(UNPAIRED_ADVERT_FLAGS),
        "inputs.advertisement.unpaired.change_counter": u16(UNPAIRED_ADVERT_COUNTER),
        "inputs.advertisement.paired.flags": u8(PAIRED_ADVERT_FLAGS),
        "inputs.advertisement.paired.change_counter": u16(PAIRED_ADVERT_COUNTER),
        "inputs.advertisement.paired.prand": PRAND,
        "inputs.info.version": u8(INFO_VERSION),
        "inputs.info.features": u8(INFO_FEATURES),
        "inputs.info.max_message": u16(INFO_MAX_MESSAGE),
        "inputs.info.firmware_major": u8(INFO_FIRMWARE[0]),
        "inputs.info.firmware_minor": u8(INFO_FIRMWARE[1]),
        "inputs.info.unpaired.flags": u8(UNPAIRED_INFO_FLAGS),
        "inputs.info.paired.flags": u8(PAIRED_INFO_FLAGS),
        "inputs.info.paired.unit_id": PAIRED_INFO_UNIT_ID,
        "inputs.id_a": ID_A,
        "inputs.id_b": ID_B,
        "inputs.spake_hub_random": SPAKE_HUB_RANDOM,
        "inputs.spake_unit_random": SPAKE_UNIT_RANDOM,
        "inputs.pair_challenge.attempts_left": u8(ATTEMPTS_LEFT),
        "inputs.pair_confirm.role": u8(GRANT_ROLE),
        "inputs.pair_confirm.hub_time": u32(GRANT_TIME),
        "inputs.pair_confirm.label": GRANT_LABEL.encode(),
        "inputs.pair_complete.features": u8(COMPLETE_FEATURES),
        "inputs.pair_complete.boot_count": u32(COMPLETE_BOOT_COUNT),
        "inputs.hello.hint_nonce": HINT_NONCE,
        "inputs.hello.version": u8(HELLO_VERSION),
        "inputs.hello.flags": u8(HELLO_FLAGS),
        "inputs.hello.hub_time": u32(HUB_TIME),
        "inputs.hello.request_id": u32(HELLO_REQUEST_ID),
        "inputs.hello.opcode": u8(HELLO_OPCODE),
        "inputs.welcome.flags": u8(WELCOME_FLAGS),
        "inputs.welcome.lock_state": u8(SNAPSHOT_LOCK_STATE),
        "inputs.welcome.door_state": u8(SNAPSHOT_DOOR_STATE),
        "inputs.welcome.battery_percent": u8(SNAPSHOT_BATTERY_PERCENT),
        "inputs.welcome.battery_mv": u16(SNAPSHOT_BATTERY_MV),
        "inputs.welcome.clock": u32(SNAPSHOT_CLOCK),
        "inputs.welcome.boot_count": u32(SNAPSHOT_BOOT_COUNT),
        "inputs.welcome.log_last_seq": u32(SNAPSHOT_LOG_LAST_SEQ),
        "inputs.welcome.cred_version": u32(SNAPSHOT_CRED_VERSION),
        "inputs.welcome.cred_hash": SNAPSHOT_CRED_HASH,
        "inputs.welcome.features": u8(SNAPSHOT_FEATURES),
        "inputs.welcome.change_counter": u16(SNAPSHOT_CHANGE_COUNTER),
        "inputs.welcome.response_id": u32(WELCOME_RESPONSE_ID),
        "inputs.welcome.response_status": u8(WELCOME_RESPONSE_STATUS),
        "inputs.welcome.response_body": WELCOME_RESPONSE_BODY,
        "inputs.data.request_id": u32(DATA_REQUEST_ID),
        "inputs.data.opcode": u8(DATA_OPCODE),
        "inputs.data.response_id": u32(DATA_RESPONSE_ID),
        "inputs.data.response_status": u8(DATA_RESPONSE_STATUS),
        "inputs.data.response_body": DATA_RESPONSE_BODY,
        "inputs.credential.id": u32(CREDENTIAL_ID),
        "inputs.credential.user_id": u32(CREDENTIAL_USER_ID),
        "inputs.credential.type": u8(CREDENTIAL_TYPE),
        "inputs.credential.flags": u8(CREDENTIAL_FLAGS),
        "inputs.credential.weekdays": u8(CREDENTIAL_WEEKDAYS),
        "inputs.credential.valid_from": u32(CREDENTIAL_VALID_FROM),
        "inputs.credential.valid_until": u32(CREDENTIAL_VALID_UNTIL),
        "inputs.credential.window_start": u16(CREDENTIAL_WINDOW_START),
        "inputs.credential.window_end": u16(CREDENTIAL_WINDOW_END),
        "inputs.credential.pin": CREDENTIAL_PIN.encode(),
        "inputs.log.seq": u32(LOG_SEQ),
        "inputs.log.time": u32(LOG_TIME),
        "inputs.log.event": u8(LOG_EVENT),
        "inputs.log.source": u8(LOG_SOURCE),
        "inputs.log.subject": u32(LOG_SUBJECT),
        "inputs.log.detail": u16(LOG_DETAIL),
    }


def render() -> str:
    """The inputs as the lines of the document's ```vector-inputs``` block."""
    return "\n".join(f"{name} = {value.hex()}" for name, value in inputs().items())
