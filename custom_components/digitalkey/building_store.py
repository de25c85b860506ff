"""What a building keeps between restarts, in Home Assistant's storage (versioned).

Version 1 held only `{door subentry id: {"log_seq": n}}`. Version 2 gives the doors a key
of their own and leaves room for the access registry (people, key bundles, grants), so
the next layers add sections without another layout change. Minor version 2 adds each
door's battery history (`battery`), minor version 3 the credential sync's state per door
(`credential_sync`, `credential_sync_store.py`) and what the board was told of keypads
(`keypad_watch`, `keypad_watch.py`), minor version 4 the auto-relock time the hub set on
the unit (`auto_relock`, `door_settings.py`); older files simply lack them, and a setting a
file lacks the hub sets again.

The parts write the file only through the building's saver (`building_saver.py`), which
assembles every section from its owner at each write.
"""

from __future__ import annotations

from typing import Any, Final, Literal, NotRequired, TypedDict

from homeassistant.core import HomeAssistant
from homeassistant.helpers.storage import Store

from .const import DOMAIN

STORAGE_VERSION = 2
STORAGE_MINOR_VERSION = 4


class DoorRecord(TypedDict):
    """What the hub remembers per door.

    `log_seq` is the last event-log record stored; `snapshot` (hex) the unit's last status,
    shown after a restart until the unit is read again, so a restart writes no state
    changes that nothing caused; `utc_offset` the UTC offset in seconds the hub last set on
    the unit (config key 04, which the unit keeps in flash), absent until it set one;
    `auto_relock` likewise the auto-relock seconds (config key 01, `door_settings.py`);
    `battery` the unit's battery history (`batteries.history.to_dict`), absent until the
    unit's first authenticated snapshot.
    """

    log_seq: int
    snapshot: NotRequired[str]
    utc_offset: NotRequired[int]
    auto_relock: NotRequired[int]
    battery: NotRequired[dict[str, Any]]


type HubSettingField = Literal["utc_offset", "auto_relock"]
HUB_SETTING_FIELDS: Final[tuple[HubSettingField, ...]] = ("utc_offset", "auto_relock")
"""The fields of a `DoorRecord` that hold a value the hub set on the unit."""


def keep_hub_settings(previous: DoorRecord, record: DoorRecord) -> None:
    """Copy the values the hub set on the unit from `previous` into its new `record`."""
    for name in HUB_SETTING_FIELDS:
        if name in previous:
            record[name] = previous[name]


class BuildingData(TypedDict):
    """The stored layout of one building.

    `credential_sync` holds, per door out of sync, since when and why
    (`credential_sync_store.KeptSync`); `keypad_watch` the guessing episodes and blocked
    credentials the board was told of (`keypad_watch.KeypadWatch.to_stored`).
    """

    doors: dict[str, DoorRecord]
    registry: NotRequired[dict[str, Any]]
    credential_sync: NotRequired[dict[str, dict[str, str | None]]]
    keypad_watch: NotRequired[dict[str, Any]]


def empty() -> BuildingData:
    """A building that stored nothing yet."""
    return {"doors": {}}


class BuildingStore(Store[BuildingData]):
    """The building's storage file, migrated from every earlier layout."""

    def __init__(self, hass: HomeAssistant, entry_id: str) -> None:
        """One private file per building, written atomically."""
        super().__init__(
            hass,
            STORAGE_VERSION,
            f"{DOMAIN}.{entry_id}",
            private=True,
            atomic_writes=True,
            minor_version=STORAGE_MINOR_VERSION,
        )

    async def _async_migrate_func(
        self, old_major_version: int, old_minor_version: int, old_data: dict[str, Any]
    ) -> BuildingData:
        """Bring an older layout up to the current one."""
        if old_major_version == 1:
            doors = {
                subentry_id: DoorRecord(log_seq=int(record["log_seq"]))
                for subentry_id, record in old_data.items()
                if isinstance(record, dict) and "log_seq" in record
            }
            return {"doors": doors}
        return {"doors": dict(old_data.get("doors", {})), **old_data}  # type: ignore[typeddict-item]
