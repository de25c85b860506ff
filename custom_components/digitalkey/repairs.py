"""Repairs: a door unit that lost its pairing (factory reset) is re-paired with its code.

The other issues are warnings: a deleted door's unit still paired, the hub's clock, a door
whose credentials have not reached its unit for an hour, credentials whose stored value
cannot be read; and a door's low or dead battery (`battery_repairs.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from homeassistant.components.repairs import RepairsFlow, RepairsFlowResult
from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir
import probatio as vol

from .const import CONF_ADDRESS, CONF_HUB_KEY, CONF_LOCATION, CONF_SETUP_CODE, DOMAIN
from .pairing import (
    PairingFailed,
    async_pair_unit,
    building_slots,
    setup_code_selector,
    subentry_data,
)
from .protocol.advertisement import local_name
from .protocol.keys import StaticKey

if TYPE_CHECKING:
    from .door_state import DoorIdentity

ISSUE_UNPAIRED = "unpaired"
ISSUE_STILL_PAIRED = "still_paired"
ISSUE_HUB_CLOCK = "hub_clock"
ISSUE_CREDENTIALS_OUT_OF_SYNC = "credentials_out_of_sync"
ISSUE_CREDENTIAL_UNREADABLE = "credential_unreadable"
ISSUE_BATTERY = "battery"
"""Prefix of a door's battery issue, whose translation key says low or dead."""
_PER_DOOR = (ISSUE_UNPAIRED, ISSUE_CREDENTIALS_OUT_OF_SYNC, ISSUE_BATTERY)
"""Issues named by entry and door (subentry) id."""


@callback
def _manage(
    hass: HomeAssistant,
    issue_id: str,
    translation_key: str,
    placeholders: dict[str, str],
    *,
    active: bool,
    fix_data: dict[str, str | int | float | None] | None = None,
) -> None:
    """Create (or update) the issue when `active`, delete it otherwise: idempotent.

    An issue with `fix_data` is fixable (an error the user repairs here), one without is a
    warning that says what to do elsewhere.
    """
    if not active:
        ir.async_delete_issue(hass, DOMAIN, issue_id)
        return
    ir.async_create_issue(
        hass,
        DOMAIN,
        issue_id,
        is_fixable=fix_data is not None,
        is_persistent=False,
        severity=ir.IssueSeverity.ERROR if fix_data is not None else ir.IssueSeverity.WARNING,
        translation_key=translation_key,
        translation_placeholders=placeholders,
        data=fix_data,
    )


def unpaired_issue_id(entry_id: str, subentry_id: str) -> str:
    """Issue id of one door's "lost its pairing" repair."""
    return f"{ISSUE_UNPAIRED}_{entry_id}_{subentry_id}"


@callback
def async_manage_unpaired(
    hass: HomeAssistant, entry: ConfigEntry, door: DoorIdentity, *, active: bool
) -> None:
    """Create or delete the repair issue for a door that no longer knows this hub."""
    _manage(
        hass,
        unpaired_issue_id(entry.entry_id, door.subentry_id),
        ISSUE_UNPAIRED,
        {"door": door.name},
        active=active,
        fix_data={"entry_id": entry.entry_id, "subentry_id": door.subentry_id},
    )


@callback
def async_delete_stale_issues(
    hass: HomeAssistant, entry_id: str, keep: set[str], *, building_removed: bool = False
) -> None:
    """Delete this building's repairs for doors no longer in it (all when it was removed)."""
    prefixes = [f"{issue}_{entry_id}_" for issue in _PER_DOOR]
    registry = ir.async_get(hass)
    for domain, issue_id in list(registry.issues):
        if domain != DOMAIN:
            continue
        stale_door = any(
            issue_id.startswith(prefix) and issue_id[len(prefix) :] not in keep
            for prefix in prefixes
        )
        if stale_door or (
            building_removed
            and (
                issue_id.startswith(f"{ISSUE_STILL_PAIRED}_{entry_id}_")
                or issue_id in (hub_clock_issue_id(entry_id), unreadable_issue_id(entry_id))
            )
        ):
            ir.async_delete_issue(hass, DOMAIN, issue_id)


def hub_clock_issue_id(entry_id: str) -> str:
    """Issue id of "the hub's clock is wrong" for one building."""
    return f"{ISSUE_HUB_CLOCK}_{entry_id}"


@callback
def async_manage_hub_clock(hass: HomeAssistant, entry: ConfigEntry, *, active: bool) -> None:
    """Say (or stop saying) that the hub's clock is wrong and is not sent to the doors.

    Idempotent: called before and after every job of the building's doors.
    """
    _manage(
        hass,
        hub_clock_issue_id(entry.entry_id),
        ISSUE_HUB_CLOCK,
        {"building": entry.title},
        active=active,
    )


def credentials_issue_id(entry_id: str, subentry_id: str) -> str:
    """Issue id of one door's "credentials not on the unit for an hour" warning."""
    return f"{ISSUE_CREDENTIALS_OUT_OF_SYNC}_{entry_id}_{subentry_id}"


@callback
def async_manage_credentials_out_of_sync(
    hass: HomeAssistant, entry: ConfigEntry, door: DoorIdentity, *, active: bool
) -> None:
    """Say (or stop saying) that a door's unit has lacked its PINs and tags for an hour.

    Until they arrive the unit decides with what it had: a key taken away meanwhile may
    still open that door. Deleted as soon as the unit holds the set again.
    """
    _manage(
        hass,
        credentials_issue_id(entry.entry_id, door.subentry_id),
        ISSUE_CREDENTIALS_OUT_OF_SYNC,
        {"door": door.name},
        active=active,
    )


class RepairUnpairedFlow(RepairsFlow):
    """Re-pair a reset unit: its entities, history and settings stay."""

    def __init__(self, entry_id: str, subentry_id: str) -> None:
        """Remember which door this repair is for."""
        self._entry_id = entry_id
        self._subentry_id = subentry_id

    async def async_step_init(self, user_input: dict[str, str] | None = None) -> RepairsFlowResult:
        """Ask for the setup code and pair again."""
        entry = self.hass.config_entries.async_get_entry(self._entry_id)
        if entry is None or self._subentry_id not in entry.subentries:
            # Nothing is left to repair; without this the issue stays listed until a restart.
            ir.async_delete_issue(
                self.hass, DOMAIN, unpaired_issue_id(self._entry_id, self._subentry_id)
            )
            return self.async_abort(reason="door_removed")
        subentry = entry.subentries[self._subentry_id]
        errors: dict[str, str] = {}
        placeholders: dict[str, str] = {"door": subentry.title}
        # Repairs opens the flow with {"issue_id": ...} as input: only a code is a submission.
        if user_input is not None and CONF_SETUP_CODE in user_input:
            hub_key = StaticKey.from_private(bytes.fromhex(entry.data[CONF_HUB_KEY]))
            try:
                result = await async_pair_unit(
                    self.hass,
                    subentry.data[CONF_ADDRESS],
                    user_input[CONF_SETUP_CODE],
                    hub_key,
                    entry.title,
                    slots=building_slots(entry),  # lets go of this door's idle link too
                )
            except PairingFailed as err:
                errors["base"] = err.error
                placeholders.update(err.placeholders)
            else:
                data = subentry_data(
                    subentry.data[CONF_ADDRESS], result, subentry.data.get(CONF_LOCATION, "")
                )
                self.hass.config_entries.async_update_subentry(entry, subentry, data=data)
                return self.async_create_entry(data={})
        return self.async_show_form(
            step_id="init",
            data_schema=vol.Schema({vol.Required(CONF_SETUP_CODE): setup_code_selector()}),
            errors=errors,
            description_placeholders=placeholders,
        )


async def async_create_fix_flow(
    hass: HomeAssistant, issue_id: str, data: dict[str, Any] | None
) -> RepairsFlow:
    """Dispatch a fix flow by issue id."""
    if issue_id.startswith(ISSUE_UNPAIRED) and data is not None:
        return RepairUnpairedFlow(str(data["entry_id"]), str(data["subentry_id"]))
    raise ValueError(f"unknown issue {issue_id}")  # pragma: no cover


def still_paired_issue_id(entry_id: str, unit_id: bytes) -> str:
    """Issue id of "a deleted door's unit still holds this building's key"."""
    return f"{ISSUE_STILL_PAIRED}_{entry_id}_{unit_id.hex()}"


@callback
def async_manage_still_paired(
    hass: HomeAssistant, entry: ConfigEntry, door: DoorIdentity, *, active: bool
) -> None:
    """Say that a deleted door's unit could not be reset and must be reset by hand.

    Deleted again when the unit is paired anew (discovery sees it unpaired) or the
    building is removed.
    """
    _manage(
        hass,
        still_paired_issue_id(entry.entry_id, door.unit_id),
        ISSUE_STILL_PAIRED,
        {"door": door.name, "unit": local_name(door.unit_id)},
        active=active,
    )


def unreadable_issue_id(entry_id: str) -> str:
    """Issue id of "credentials cannot be read" for one building."""
    return f"{ISSUE_CREDENTIAL_UNREADABLE}_{entry_id}"


@callback
def async_manage_credential_unreadable(
    hass: HomeAssistant, entry: ConfigEntry, *, count: int
) -> None:
    """Say (or stop saying) that `count` credentials cannot be unsealed and open nothing.

    They are left off every door (`credential_records.derive_desired`); only removing and
    adding them again helps, so the issue names how many, not whose: the ids are in the
    log and the doors' diagnostics. Idempotent: called after every derivation.
    """
    _manage(
        hass,
        unreadable_issue_id(entry.entry_id),
        ISSUE_CREDENTIAL_UNREADABLE,
        {"building": entry.title, "count": str(count)},
        active=count > 0,
    )
