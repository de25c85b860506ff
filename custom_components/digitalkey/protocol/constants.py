"""Numbers of protocol v2: message types, opcodes, statuses, states (docs/protocol.md)."""

from __future__ import annotations

from enum import IntEnum, IntFlag
from typing import Final

PROTOCOL_VERSION: Final = 2
MAGIC: Final = b"\xd1\x6b"
"""Two bytes that start the advertisement payload and INFO, to tell our units from others."""
NOISE_PROTOCOL_NAME: Final = b"Noise_KK_25519_ChaChaPoly_SHA256"
PROLOGUE_TAG: Final = b"DKP2"
LABEL_PREFIX: Final = b"DKP2 "
"""Start of every HKDF, HMAC and hash label of protocol v2 (domain separation per version)."""

UNIT_ID_LEN: Final = 6
KEY_ID_LEN: Final = 8
CHALLENGE_LEN: Final = 8
SETUP_CODE_DIGITS: Final = 8
UNIT_SECRET_LEN: Final = 32
"""Random secret a unit draws at first boot and factory reset, sent sealed in PAIR_COMPLETE."""
PRAND_LEN: Final = 4
ADVERT_TAG_LEN: Final = 4
HINT_NONCE_LEN: Final = 8
HINT_TAG_LEN: Final = 8
HELLO_HINT_LEN: Final = HINT_NONCE_LEN + HINT_TAG_LEN

UNLOCK_WINDOW_S: Final = 10.0
"""A unit refuses UNLOCK/UNLATCH later than this after it sent msg2."""
OPEN_DEADLINE_S: Final = 5.0
"""A hub sends no UNLOCK/UNLATCH (first try or retry) later than this after the user acted."""
IDLE_CLOSE_S: Final = 10.0
"""A unit drops a connection with no authenticated progress for this long (§7.3)."""
CHALLENGE_ROTATE_S: Final = 5.0
"""How often a unit advertises a new challenge."""
CHALLENGE_VALID_S: Final = 10.0
"""How long after it was first advertised a challenge is accepted (once)."""
PAIRING_WINDOW_S: Final = 300.0
PAIRING_MAX_ATTEMPTS: Final = 5
PAIRING_LOCKOUT_S: Final = 300
PAIR_ATTEMPT_S: Final = 10.0
"""A pairing attempt is void this long after its PAIR_REQUEST (§6); no longer than
IDLE_CLOSE_S, which drops a PAIRING link as long after its PAIR_CHALLENGE (§7.5)."""

PREAUTH_S: Final = 5.0
"""A unit drops a link that completed no handshake or pairing step this soon after connecting.

It covers the MTU exchange, service discovery and subscribing before the first message,
which take longer through a Bluetooth proxy (§7.3)."""
LINK_MAX_S: Final = 60.0
"""A unit drops every link this long after it connected, whatever it carries (§7.3)."""
INBOX_MAX: Final = 4
"""Messages (and framing errors) a unit queues per link; one more drops the link."""
HELLO_MAX_PER_LINK: Final = 8
"""HELLOs a unit reads on one link; one more is answered BUSY and drops the link."""
HELLO_BUDGET: Final = 10
"""HELLOs with a known key id a unit reads per HELLO_BUDGET_S; more are answered BUSY."""
HELLO_BUDGET_S: Final = 10.0
HELLO_TIME_MAX_STEP_S: Final = 86_400
"""Largest clock correction a unit takes from an ADMIN's HELLO; larger need SET_TIME."""

CREDENTIAL_RECORD_LEN: Final = 32
BUCKET_PAGE_RECORDS: Final = 127
"""Credential records in one CRED_READ_BUCKET answer: what fits in a 4096-byte message
(DATA type 1 + AEAD tag 16 + request id 4 + status 1 + total 2 + count 1 + 127 x 32 = 4089),
the largest message every hub receives and every unit accepts (§7.4)."""

MAX_CONTROLLERS: Final = 16
"""Controllers a unit stores (HELLO lookup tries each one); one more is refused CONFLICT."""
KEYPAD_LOCKOUT_S: Final = 60.0
"""How long the keypad refuses every PIN after the configured number of wrong ones."""
AUTO_RELOCK_MAX_S: Final = 3600
UNLATCH_HOLD_MAX_S: Final = 30
KEYPAD_ATTEMPTS_MIN: Final = 1
KEYPAD_ATTEMPTS_MAX: Final = 10
UTC_OFFSET_MIN_S: Final = -43_200
UTC_OFFSET_MAX_S: Final = 50_400
TAG_LEARN_MAX_S: Final = 60
"""Longest window TAG_LEARN opens: "present the tag now" (§7.4); 1 s is the shortest."""


class MessageType(IntEnum):
    """First byte of every reassembled message."""

    PAIR_REQUEST = 0x01
    PAIR_CHALLENGE = 0x02
    PAIR_CONFIRM = 0x03
    PAIR_COMPLETE = 0x04
    HELLO = 0x10
    WELCOME = 0x11
    DATA = 0x20
    ERROR = 0x7F


class ErrorCode(IntEnum):
    """Plaintext ERROR codes, sent before a session exists (unauthenticated)."""

    NOT_IN_PAIRING_MODE = 0x01
    LOCKED_OUT = 0x02
    ALREADY_PAIRED = 0x03
    WRONG_CODE = 0x04
    UNKNOWN_CONTROLLER = 0x05
    BUSY = 0x06
    MALFORMED = 0x07
    HANDSHAKE_FAILED = 0x08
    UNEXPECTED = 0x09
    UNSUPPORTED_VERSION = 0x0A


class Opcode(IntEnum):
    """Commands carried in requests."""

    STATUS = 0x01
    LOCK = 0x02
    UNLOCK = 0x03
    UNLATCH = 0x04
    SET_TIME = 0x05
    LOG_READ = 0x10
    LOG_ACK = 0x11
    CRED_BEGIN = 0x20
    CRED_WRITE = 0x21
    CRED_COMMIT = 0x22
    CRED_ABORT = 0x23
    CRED_BUCKETS = 0x24
    CRED_READ_BUCKET = 0x25
    TAG_LEARN = 0x26
    TAG_LEARNED = 0x27
    CONTROLLER_ADD = 0x30
    CONTROLLER_REMOVE = 0x31
    CONTROLLER_LIST = 0x32
    FACTORY_RESET = 0x33
    CONFIG_SET = 0x40
    CONFIG_GET = 0x41


MOTOR_OPCODES: Final = frozenset({Opcode.LOCK, Opcode.UNLOCK, Opcode.UNLATCH})
MSG1_OPCODES: Final = frozenset({Opcode.STATUS, *MOTOR_OPCODES})
"""The only requests msg1 may carry (§7.1): their answers keep a WELCOME within 4096 bytes."""
OPENING_OPCODES: Final = frozenset({Opcode.UNLOCK, Opcode.UNLATCH})
TAG_LEARNING_OPCODES: Final = frozenset({Opcode.TAG_LEARN, Opcode.TAG_LEARNED})
"""Answered UNSUPPORTED by a unit without the tag reader (§7.4)."""
USER_OPCODES: Final = frozenset(
    {
        Opcode.STATUS,
        Opcode.LOCK,
        Opcode.UNLOCK,
        Opcode.UNLATCH,
        Opcode.LOG_READ,
        Opcode.LOG_ACK,
    }
)
"""Opcodes a controller with the USER role may send; everything else needs ADMIN."""


class Status(IntEnum):
    """Result code of a response."""

    OK = 0x00
    ACCEPTED = 0x01
    MALFORMED = 0x10
    UNKNOWN_OPCODE = 0x11
    FORBIDDEN = 0x12
    EXPIRED = 0x13
    BUSY = 0x14
    JAMMED = 0x15
    UNSUPPORTED = 0x16
    CONFLICT = 0x17
    NO_TRANSACTION = 0x18
    INVALID_ARGUMENT = 0x19
    NOT_FOUND = 0x1A


class Role(IntEnum):
    """What a paired controller may do."""

    ADMIN = 0x01
    USER = 0x02


class LockState(IntEnum):
    """Bolt state reported by a unit."""

    UNKNOWN = 0
    LOCKED = 1
    UNLOCKING = 2
    UNLOCKED = 3
    LOCKING = 4
    JAMMED = 5
    UNLATCHED = 6


class DoorState(IntEnum):
    """Door contact state (UNKNOWN when the unit has no contact)."""

    UNKNOWN = 0
    CLOSED = 1
    OPEN = 2


class Feature(IntFlag):
    """Hardware a unit has."""

    NONE = 0x00
    DOOR_CONTACT = 0x01
    KEYPAD = 0x02
    TAG_READER = 0x04
    UNLATCH = 0x08
    AUTO_RELOCK = 0x10


class AdvertFlag(IntFlag):
    """Flags in the advertisement payload and INFO."""

    PAIRING_MODE = 0x01
    PAIRED = 0x02
    LOCKED_OUT = 0x04


class LogEvent(IntEnum):
    """What an event-log record reports."""

    UNLOCKED = 0x01
    LOCKED = 0x02
    UNLATCHED = 0x03
    JAMMED = 0x04
    DENIED = 0x05
    DOOR_OPENED = 0x06
    DOOR_CLOSED = 0x07
    BOOT = 0x08
    TIME_SET = 0x09
    BATTERY_LOW = 0x0A
    TAMPER = 0x0B
    PAIRED = 0x0C
    CREDENTIALS_UPDATED = 0x0D


class LogSource(IntEnum):
    """Who or what caused an event-log record."""

    SYSTEM = 0x00
    BLE = 0x01
    PIN = 0x02
    TAG = 0x03
    BUTTON = 0x04
    AUTO = 0x05
    MANUAL = 0x06


class DenyReason(IntEnum):
    """Detail of a DENIED record."""

    NONE = 0
    UNKNOWN_CREDENTIAL = 1
    OUTSIDE_SCHEDULE = 2
    NOT_YET_VALID = 3
    EXPIRED = 4
    DISABLED = 5
    KEYPAD_LOCKED = 6


class CredentialType(IntEnum):
    """Kind of a credential record."""

    PIN = 0x01
    TAG = 0x02


class ConfigKey(IntEnum):
    """Settings reachable with CONFIG_GET/CONFIG_SET."""

    AUTO_RELOCK_S = 0x01
    UNLATCH_HOLD_S = 0x02
    KEYPAD_LOCKOUT_ATTEMPTS = 0x03
    UTC_OFFSET_S = 0x04
    """Signed seconds east of UTC (two's complement on the wire), for schedules."""
