"""The simulated building of the development server: one proxy and three door units.

Unit ids, setup codes and addresses are fixed so that docs and bug reports can name them
and so that state saved by one run is restored into the same units by the next.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from custom_components.digitalkey.protocol.constants import Feature

DOMAIN: Final = "digitalkey_simulator"
STATE_FILE: Final = "digitalkey_simulator.json"
"""Unit state file, in the Home Assistant config directory."""
SAVE_DELAY: Final = 1.0
"""Seconds of quiet before changed unit state is written (a session makes many changes)."""

PROXY_SOURCE: Final = "AA:BB:CC:DE:00:01"
PROXY_NAME: Final = "Simulated proxy"
PROXY_SLOTS: Final = 3


@dataclass(frozen=True, slots=True)
class DoorSpec:
    """How one simulated door unit is built."""

    name: str
    address: str
    unit_id: bytes
    setup_code: str
    features: Feature
    motor_time: float
    battery_percent: int
    pairing_at_start: bool = False


DOORS: Final = (
    DoorSpec(
        name="entrance",
        address="D0:0E:C4:DE:00:01",
        unit_id=bytes.fromhex("d16b5e000e01"),
        setup_code="31415926",
        features=(
            Feature.DOOR_CONTACT
            | Feature.KEYPAD
            | Feature.TAG_READER
            | Feature.UNLATCH
            | Feature.AUTO_RELOCK
        ),
        motor_time=0.4,
        battery_percent=90,
        pairing_at_start=True,
    ),
    DoorSpec(
        name="garage",
        address="D0:0E:C4:DE:00:02",
        unit_id=bytes.fromhex("d16b5e000a02"),
        setup_code="27182818",
        features=Feature.DOOR_CONTACT | Feature.KEYPAD | Feature.UNLATCH,
        motor_time=0.8,
        battery_percent=60,
    ),
    DoorSpec(
        name="laundry",
        address="D0:0E:C4:DE:00:03",
        unit_id=bytes.fromhex("d16b5e000b03"),
        setup_code="16180339",
        features=Feature.TAG_READER | Feature.AUTO_RELOCK,
        motor_time=0.0,
        battery_percent=25,
    ),
)
"""The doors: the entrance has every feature, the others lack some, to exercise both.

The entrance and the laundry lock again by themselves (auto-relock, the time the hub sets
from the building's options); the garage cannot, so the hub locks it after a guest's link
opened it.
"""

DOOR_NAMES: Final = tuple(door.name for door in DOORS)
