"""What the battery report and the battery repair know of a door, read from its link.

The level and voltage are the unit's last status (`LinkState.snapshot`, kept over a
restart); whether the door is heard and for how long it has been silent come from its
connection, on the building's monotonic clock. The address a caretaker goes to is the
door's location, else the building's name (a door in a one-entrance building often has
no location of its own).
"""

from __future__ import annotations

from .batteries.report import PROBE_AFTER_S, DoorFacts, ReportRow, build_row
from .battery_store import EMPTY
from .building_options import battery_level
from .door_link import DoorLink
from .runtime import DigitalKeyConfigEntry


def door_address(entry: DigitalKeyConfigEntry, link: DoorLink) -> str:
    """Where the door is: its location, else the building's title."""
    return link.identity.location or entry.title


def door_facts(entry: DigitalKeyConfigEntry, link: DoorLink) -> DoorFacts:
    """The facts of one door of a loaded building, as they are now."""
    runtime = entry.runtime_data
    snapshot = link.state.snapshot
    door_id = link.identity.subentry_id
    return DoorFacts(
        door_id=door_id,
        name=link.identity.name,
        address=door_address(entry, link),
        percent=None if snapshot is None else snapshot.battery_percent,
        millivolts=None if snapshot is None else snapshot.battery_mv,
        history=EMPTY if runtime.batteries is None else runtime.batteries.history(door_id),
        available=link.state.available,
        silent_s=link.connection.own_silent_for(),
        unanswered_s=link.connection.unproven_for(),
    )


def door_row(entry: DigitalKeyConfigEntry, link: DoorLink) -> ReportRow:
    """The report's row of one door whatever its level, at the building's threshold."""
    return build_row(
        door_facts(entry, link), battery_level(entry.options), int(entry.runtime_data.wall_clock())
    )


def wants_probe(entry: DigitalKeyConfigEntry, link: DoorLink) -> bool:
    """Whether a critical door should be read to learn whether its unit still answers.

    Only a door that is heard: one out of reach cannot be read, and its silence says
    enough. A unit answering keeps its "probably dead" flag off (`probably_dead`).
    """
    row = door_row(entry, link)
    return row.critical and link.state.available and link.connection.unproven_for() >= PROBE_AFTER_S
