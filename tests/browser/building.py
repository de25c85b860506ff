"""The simulated building set up as an installer would, through HA's own flows, only faster.

The three simulated units (`simulator.digitalkey_simulator.const.DOORS`) are discovered over
the simulated Bluetooth proxy as soon as Home Assistant runs. Each discovery card is
continued through the REST flow API as the `dev` administrator: the first one names the
building, every one takes the code printed on its unit; the garage and the laundry are put
into pairing mode with their button first (the entrance starts in it). Users are made as
Settings → People does: `config/auth/create`, then a username and password with
`config/auth_provider/homeassistant/create`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from simulator.digitalkey_simulator.const import DOMAIN as SIMULATOR, DOORS, DoorSpec

from .ha_api import HaApi, wait_for

BUILDING_NAME: Final = "Storgata 12"
ADDRESS: Final = "Storgata 12, 0155 Oslo"


@dataclass(frozen=True)
class Door:
    """A paired door as the tests name it: the simulator's name, the registry's id."""

    unit: str
    """The simulator's name of the unit (entrance, garage, laundry)."""
    name: str
    """The door's name in Home Assistant (its subentry's title)."""
    door_id: str
    entity_id: str


@dataclass(frozen=True)
class Building:
    entry_id: str
    doors: dict[str, Door]
    """By the simulator's name."""


@dataclass(frozen=True)
class User:
    """A Home Assistant user who logs in with a password."""

    user_id: str
    name: str
    username: str
    password: str


def _unit_key(door: DoorSpec) -> str:
    """A discovery flow's unique id for the unit: its unit id as the integration spells it."""
    return door.unit_id.hex().upper()


def _discovery_flows(admin: HaApi) -> dict[str, str]:
    """Unit id → flow id of every digitalkey discovery card showing now."""
    return {
        flow["context"]["unique_id"]: flow["flow_id"]
        for flow in admin.ws("config_entries/flow/progress")
        if flow["handler"] == "digitalkey" and flow["context"].get("source") == "bluetooth"
    }


def _pair(admin: HaApi, flow_id: str, door: DoorSpec) -> dict[str, Any]:
    """Open the card (it shows the step it is at) and go through it; the flow's end."""
    path = f"/api/config/config_entries/flow/{flow_id}"
    step = admin.rest("GET", path)
    if step["step_id"] == "building":
        step = admin.rest("POST", path, {"name": BUILDING_NAME})
    assert step["step_id"] == "pair", step
    end: dict[str, Any] = admin.rest(
        "POST",
        path,
        {"setup_code": door.setup_code, "name": door.name.capitalize(), "location": ADDRESS},
    )
    # The first door creates the building; the others end as "door added" to it.
    assert end["type"] == "create_entry" or end.get("reason") == "door_added_at", end
    return end


def set_up_building(admin: HaApi) -> Building:
    """Pair the three units into one building; its doors once each reports its state."""
    wanted = {_unit_key(door) for door in DOORS}
    flows = wait_for(
        lambda: (found := _discovery_flows(admin)).keys() >= wanted and found,
        30,
        lambda: f"discovered units {sorted(_discovery_flows(admin))}, wanted {sorted(wanted)}",
    )
    entry_id = ""
    for door in sorted(DOORS, key=lambda door: not door.pairing_at_start):
        if not door.pairing_at_start:
            admin.call_service(SIMULATOR, "press_pairing_button", {"door": door.name})
        end = _pair(admin, flows[_unit_key(door)], door)
        if end["type"] == "create_entry":
            entry_id = end["result"]["entry_id"]
    assert entry_id, "no flow created the building"

    subentries = admin.ws("config_entries/subentries/list", entry_id=entry_id)
    locks = {
        entity["config_subentry_id"]: entity["entity_id"]
        for entity in admin.ws("config/entity_registry/list")
        if entity["config_entry_id"] == entry_id and entity["entity_id"].startswith("lock.")
    }
    by_title = {subentry["title"]: subentry for subentry in subentries}
    doors: dict[str, Door] = {}
    for spec in DOORS:
        subentry = by_title[spec.name.capitalize()]
        door_id = subentry["subentry_id"]
        doors[spec.name] = Door(spec.name, subentry["title"], door_id, locks[door_id])
    for paired in doors.values():
        # Paired is not yet read: the lock reports once the hub has read the unit's status.
        admin.wait_for_state(paired.entity_id, {"locked", "unlocked"}, timeout=30)
    return Building(entry_id, doors)


def create_user(admin: HaApi, name: str, username: str, password: str) -> User:
    """A non-administrator who logs in with username and password."""
    user = admin.ws("config/auth/create", name=name, group_ids=["system-users"], local_only=False)
    user_id = user["user"]["id"]
    admin.ws(
        "config/auth_provider/homeassistant/create",
        user_id=user_id,
        username=username,
        password=password,
    )
    return User(user_id, name, username, password)
