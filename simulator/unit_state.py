"""What a reference door unit is built with and keeps in flash: shared, imports nothing of ours.

`door_unit`, `unit_connection`, `unit_commands` and `persistence` all use these dataclasses;
keeping them in a leaf module is what keeps the simulator's import graph acyclic.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from custom_components.digitalkey.protocol.constants import ConfigKey, Feature, Opcode, Role
from custom_components.digitalkey.protocol.framing import MAX_MESSAGE
from custom_components.digitalkey.protocol.gatt import MANUFACTURER_ID
from custom_components.digitalkey.protocol.keys import StaticKey, key_id, new_unit_secret
from custom_components.digitalkey.protocol.messages import Request, Response
from custom_components.digitalkey.protocol.semantics import config_default

from .credential_db import CredentialDatabase
from .event_log import EventLog

__all__ = ["Flash", "PairedController", "Remembered", "UnitConfig"]


@dataclass(frozen=True, slots=True)
class Remembered:
    """A final response in the request-id memory, with the question it answered."""

    opcode: Opcode
    args: bytes
    response: Response

    @classmethod
    def of(cls, request: Request, response: Response) -> Remembered:
        """Remember `response` as the answer to `request`."""
        return cls(request.opcode, request.args, response)

    def asks(self, request: Request) -> bool:
        """Whether `request` is a retry of the remembered one (same opcode and arguments)."""
        return request.opcode is self.opcode and request.args == self.args


@dataclass(slots=True)
class PairedController:
    """A hub (or another controller an admin added) as a unit stores it."""

    public: bytes
    role: Role
    label: str

    @property
    def key_id(self) -> bytes:
        """Identifier in CONTROLLER_LIST/REMOVE, the request memory and the event log."""
        return key_id(self.public)


@dataclass(slots=True)
class UnitConfig:
    """What a unit is built with."""

    unit_id: bytes
    setup_code: str
    features: Feature = Feature.DOOR_CONTACT | Feature.KEYPAD | Feature.TAG_READER | Feature.UNLATCH
    firmware: tuple[int, int] = (1, 0)
    motor_time: float = 0.0
    max_message: int = MAX_MESSAGE
    credential_capacity: int = 2500
    log_capacity: int = 1000
    company_id: int = MANUFACTURER_ID
    """Company identifier its advertisement is under: 0xFFFF like the reference unit, or a
    manufacturer's own SIG-assigned id like a unit sold as a product (docs/protocol.md §2.2)."""
    config_keys: frozenset[ConfigKey] = frozenset(ConfigKey)
    """Config keys its firmware knows: CONFIG_SET and CONFIG_GET refuse any other
    INVALID_ARGUMENT, like a unit built before the key was (an early one without key 04)."""


@dataclass(slots=True)
class Flash:
    """State that survives a reboot."""

    static: StaticKey
    unit_secret: bytes = field(default_factory=new_unit_secret)
    """Keys credential secrets and resolvable advertisements; new at every factory reset."""
    controllers: dict[bytes, PairedController] = field(default_factory=dict)
    credentials: CredentialDatabase = field(default_factory=CredentialDatabase)
    log: EventLog = field(default_factory=EventLog)
    boot_count: int = 1
    pairing_failures: int = 0
    lockout_until: float = 0.0
    config: dict[ConfigKey, int] = field(default_factory=dict)
    """Settings written with CONFIG_SET; keys never set are absent (see `setting`)."""

    def setting(self, key: ConfigKey) -> int:
        """The value in force for `key`: the one set, else the protocol's default."""
        return self.config.get(key, config_default(key))
