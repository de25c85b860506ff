"""Constants of the Digital Key integration."""

from __future__ import annotations

from typing import Final

DOMAIN: Final = "digitalkey"
MANUFACTURER: Final = "Digital Key"
MODEL: Final = "Door unit"

SUBENTRY_DOOR: Final = "door"

# Building (config entry) data.
CONF_BUILDING_ID: Final = "building_id"
CONF_HUB_KEY: Final = "hub_key"
"""Private X25519 key of this building's hub (hex). Never logged or shown."""

# Door (subentry) data.
CONF_UNIT_ID: Final = "unit_id"
CONF_ADDRESS: Final = "address"
CONF_UNIT_PUBLIC: Final = "unit_public"
CONF_UNIT_SECRET: Final = "unit_secret"  # noqa: S105 - a config key, not a secret
"""The unit secret from pairing (hex): keys PIN secrets and resolvable advertisements."""
CONF_LOCATION: Final = "location"
CONF_FEATURES: Final = "features"
CONF_FIRMWARE: Final = "firmware"

# Flow fields (never stored).
CONF_SETUP_CODE: Final = "setup_code"
CONF_BUILDING: Final = "building"
CONF_DEVICE: Final = "device"

# Building options.
OPT_BATTERY_THRESHOLD: Final = "battery_threshold"
OPT_COMPANY_IDS: Final = "company_ids"
"""Bluetooth company identifiers the building reads advertisements under (list of ints)."""
OPT_ALLOW_UNATTRIBUTED: Final = "allow_unattributed"
"""Whether a call no person or automation explains (a bridge, a voice assistant) may open."""
OPT_EVENT_RETENTION_DAYS: Final = "event_retention_days"
"""Days the event log keeps a record (the daily purge reads it)."""
OPT_LEGACY_LOG_RETENTION_DAYS: Final = "log_retention_days"
"""The retention setting's earlier name: honoured until the options are saved again."""
OPT_NOTIFY_TARGET: Final = "notify_target"
"""The board's notify action, e.g. `notify.board` (emergency keys, residents without an app)."""
OPT_ALLOW_RESIDENT_PINS: Final = "allow_resident_pins"
"""Whether residents may give themselves a PIN code (panel, `add_my_pin`); off by default."""
OPT_PIN_MIN_LENGTH: Final = "pin_min_length"
"""Fewest digits a PIN code of the building has (4-8, default 6)."""
OPT_RELOCK_AFTER_S: Final = "relock_after_s"
"""Seconds after an open that a door locks again by itself (0 never; 0-3600)."""
DEFAULT_RELOCK_AFTER_S: Final = 30
"""See `building_options.relock_after_s`."""
DEFAULT_BATTERY_THRESHOLD: Final = 15
"""Per cent at or below which a battery is critical (Bekey operations handbook)."""
DEFAULT_LOG_RETENTION_DAYS: Final = 90
MIN_LOG_RETENTION_DAYS: Final = 1
MAX_LOG_RETENTION_DAYS: Final = 3650

EVENT_ACCESS: Final = "digitalkey_access"
"""Bus event fired for every record read from a door unit's event log."""
EVENT_DOOR_REMOVED: Final = "digitalkey_door_removed"
"""Bus event fired when a deleted door's unit was released (reset) or could not be."""

IDLE_DISCONNECT_S: Final = 5.0
"""Release the connection (and the proxy slot) this long after the last command."""
CHALLENGE_FRESH_S: Final = 4.0
"""Use an advertised challenge in msg1 only this long after it was first seen."""
COMMAND_TIMEOUT_S: Final = 15.0
"""Longest a command may take from the call to the answer, connecting included."""
UNREACHABLE_AFTER_S: Final = 30.0
"""A unit not heard this long is out of reach: it advertises a new challenge every 5 s, so
this is six missed rotations. Its entities become unavailable and commands fail at once."""
CONNECT_ONLY_HEARD_WITHIN_S: Final = 12.0
"""Commands connect only to a unit heard this recently (two challenge rotations and a
margin); otherwise they fail at once saying for how long the door has been silent."""
ADVERT_READ_INTERVAL_S: Final = 5.0
ADVERT_READ_BURST: Final = 3
"""Advertisement-triggered reads per door: at most a burst of `ADVERT_READ_BURST`, then one
per `ADVERT_READ_INTERVAL_S`, whatever the (unauthenticated) change counters say; a read
held back runs when allowed and fetches whatever changed meanwhile. The read after a
command is exempt. Under a flood of forged counters: 3 + 12 reads a minute, not hundreds."""
HUB_CLOCK_TOLERANCE_S: Final = 900
"""The hub's clock may be this far behind the latest clock a unit reported before it is
taken for wrong (units drift seconds a day; a hub that lost its time is days or years off)."""
HUB_CLOCK_NOT_BEFORE: Final = 1795219200
"""2026-11-21 00:00 UTC, before this integration was built: a hub clock earlier is wrong."""
SILENCE_CHECK_S: Final = 10.0
"""How often the building looks for doors that fell silent."""

CONF_NAME_KEYS: Final = frozenset({"title", "name"})
"""Names people give buildings and doors can carry addresses: redacted in diagnostics."""
