"""The typed runtime of a loaded building (`entry.runtime_data`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
import time
from typing import TYPE_CHECKING, Any

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import CALLBACK_TYPE, Context, callback

from .access_events import AccessEvent
from .building_saver import BuildingSaver
from .building_store import BuildingData
from .context_origins import ContextOrigins
from .door_link import DoorLink
from .event_log_runner import AsyncEventLog
from .pin_tries import new_pin_tries
from .protocol.gatt import DEFAULT_MANUFACTURER_IDS
from .protocol.keys import StaticKey
from .rate_limit import SlidingWindow
from .registry_store import AccessRuntime
from .slot_broker import SlotBroker

if TYPE_CHECKING:
    from .battery_store import BatteryHistories
    from .credential_sync import CredentialSync
    from .guest_relock import GuestRelock

type DigitalKeyConfigEntry = ConfigEntry[DigitalKeyRuntime]
type AccessListener = Callable[[AccessEvent, Context], None]
type EntityAdder = Callable[[DoorLink], None]
"""How one platform adds the entities of a door (used when a door is added in place)."""


class AccessEventHub:
    """Delivers each door's access events to the entities that show them."""

    def __init__(self) -> None:
        """No listeners yet."""
        self._listeners: dict[str, list[AccessListener]] = {}

    @callback
    def async_subscribe(self, subentry_id: str, listener: AccessListener) -> CALLBACK_TYPE:
        """Deliver a door's access events to `listener`; returns a remover."""
        listeners = self._listeners.setdefault(subentry_id, [])
        listeners.append(listener)

        @callback
        def remove() -> None:
            listeners.remove(listener)

        return remove

    @callback
    def dispatch(self, event: AccessEvent, context: Context) -> None:
        """Hand `event` to the listeners of its door, with the context it was caused in.

        The caller's, or a context of its own for an event nobody in Home Assistant caused
        (`unit_records`): never one a listener would have to make up.
        """
        for listener in list(self._listeners.get(event.subentry_id, [])):
            listener(event, context)


@dataclass(slots=True)
class DigitalKeyRuntime:
    """Everything a loaded building holds; the access layers add their parts here."""

    hub_key: StaticKey
    saver: BuildingSaver
    """Writes the building store; every part that keeps something there saves through it."""
    data: BuildingData
    """The building store's data: the door records, and each section as last written in."""
    event_log: AsyncEventLog
    access: AccessRuntime
    """People, key bundles, grants and shares, and the one way to change them."""
    origins: ContextOrigins
    """Which automation or script a call without a user came from (for the access gate)."""
    slots: SlotBroker = field(default_factory=SlotBroker)
    doors: dict[str, DoorLink] = field(default_factory=dict)
    events: AccessEventHub = field(default_factory=AccessEventHub)
    entity_adders: list[EntityAdder] = field(default_factory=list)
    company_ids: tuple[int, ...] = DEFAULT_MANUFACTURER_IDS
    """Company ids the building's doors read advertisements under (from its options)."""
    clock: Callable[[], float] = time.monotonic
    """Monotonic seconds for every timer of the building (replaceable in tests)."""
    wall_clock: Callable[[], float] = time.time
    """Unix time the hub tells its units and decides keys at (replaceable in tests)."""
    entry_options: Callable[[], Mapping[str, Any]] = dict
    """The building's options as they are now (they change without a reload)."""
    pin_tries: SlidingWindow = field(default_factory=new_pin_tries)
    """`pin_in_use` refusals per resident, which are limited (`pin_tries.py`)."""
    credential_sync: CredentialSync | None = None
    """Keeps every door unit's PIN codes and tags current (set up with the building)."""
    batteries: BatteryHistories | None = None
    """Every door's battery history (set up with the building)."""
    guest_relock: GuestRelock | None = None
    """Locks doors guests' links opened on units that cannot lock by themselves."""
