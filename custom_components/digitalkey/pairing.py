"""Pairing a door unit from Home Assistant, shared by the config, subentry and repair flows.

Every failure becomes a form error key plus placeholders; nothing is stored until the unit
confirmed the pairing, so a failed attempt leaves nothing half-created.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
import logging
import math

from bleak.exc import BleakError
import bleak_retry_connector as brc
from homeassistant.components import bluetooth
from homeassistant.config_entries import ConfigEntry, ConfigEntryState
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import selector

from .company_ids import configured_company_ids
from .const import (
    CONF_ADDRESS,
    CONF_FEATURES,
    CONF_FIRMWARE,
    CONF_LOCATION,
    CONF_UNIT_ID,
    CONF_UNIT_PUBLIC,
    CONF_UNIT_SECRET,
    DOMAIN,
)
from .protocol.advertisement import (
    AdvertPayload,
    PairedAdvert,
    UnpairedAdvert,
    find_advert,
    format_unit_id,
)
from .protocol.client import PairingResult, pair
from .protocol.constants import PAIRING_LOCKOUT_S
from .protocol.errors import (
    AlreadyPaired,
    DoorUnitConnectionError,
    DoorUnitError,
    NotInPairingMode,
    PairingLockedOut,
    UnsupportedVersion,
    WrongSetupCode,
)
from .protocol.gatt import DEFAULT_MANUFACTURER_IDS, SERVICE_UUID, manufacturer_payloads
from .protocol.keys import StaticKey
from .protocol.pairing import normalize_setup_code
from .slot_broker import SlotBroker

_LOGGER = logging.getLogger(__name__)


@dataclass(slots=True)
class PairingFailed(Exception):
    """A pairing attempt failed; `error` is a translation key of the form errors."""

    error: str
    placeholders: dict[str, str] = field(default_factory=dict)


def setup_code_selector() -> selector.TextSelector:
    """The setup-code field: digits, so phones bring up the number pad."""
    return selector.TextSelector(selector.TextSelectorConfig(type=selector.TextSelectorType.TEL))


def parse_advert(
    info: bluetooth.BluetoothServiceInfoBleak, company_ids: Sequence[int]
) -> UnpairedAdvert | PairedAdvert | None:
    """The unit's advertisement payload under one of `company_ids`, or None when not ours.

    Only an `UnpairedAdvert` names its unit; a paired unit's is resolvable only by its hubs.
    The ids are an argument without a default: each caller says whose list it reads under
    (a building's, or every building's for discovery).
    """
    if SERVICE_UUID not in info.service_uuids:
        return None
    return find_advert(info.manufacturer_data, company_ids)


def speaks_newer_protocol(
    info: bluetooth.BluetoothServiceInfoBleak, company_ids: Sequence[int]
) -> bool:
    """Whether this is one of our units, but of a protocol version this hub predates."""
    if SERVICE_UUID not in info.service_uuids:
        return False
    for raw in manufacturer_payloads(info.manufacturer_data, company_ids):
        try:
            AdvertPayload.decode(raw)
        except UnsupportedVersion:
            return True
        except DoorUnitError:
            continue  # not ours after all
        return False
    return False


def check_setup_code(text: str) -> str:
    """Normalised code, or `PairingFailed("invalid_code_format")`."""
    try:
        return normalize_setup_code(text)
    except ValueError:
        raise PairingFailed("invalid_code_format") from None


def subentry_data(address: str, result: PairingResult, location: str) -> dict[str, object]:
    """Door subentry data after a successful pairing."""
    return {
        CONF_UNIT_ID: format_unit_id(result.unit_id),
        CONF_ADDRESS: address,
        CONF_UNIT_PUBLIC: result.unit_public.hex(),
        CONF_UNIT_SECRET: result.unit_secret.hex(),
        CONF_FEATURES: int(result.info.features),
        CONF_FIRMWARE: f"{result.info.firmware[0]}.{result.info.firmware[1]}",
        CONF_LOCATION: location,
    }


@callback
def async_abort_unit_flows(hass: HomeAssistant, unit_id: str, keep: str | None = None) -> None:
    """Close the discovery cards of a unit that was just paired (all but flow `keep`)."""
    for flow in hass.config_entries.flow.async_progress_by_handler(DOMAIN):
        if flow["context"].get("unique_id") == unit_id and flow["flow_id"] != keep:
            _LOGGER.debug("Unit %s is paired: closing its discovery flow", unit_id)
            hass.config_entries.flow.async_abort(flow["flow_id"])


@callback
def discovery_company_ids(hass: HomeAssistant) -> tuple[int, ...]:
    """The company ids a discovered unit may advertise under: those of every building.

    A discovered unit belongs to no building yet, so a payload under any building's ids is
    accepted; with no building at all (the first unit), the protocol's default applies.
    """
    ids: dict[int, None] = {}
    for entry in hass.config_entries.async_entries(DOMAIN, include_ignore=False):
        ids.update(dict.fromkeys(configured_company_ids(entry.options)))
    return tuple(ids) or DEFAULT_MANUFACTURER_IDS


@callback
def async_rediscover_units_under(hass: HomeAssistant, company_ids: Sequence[int]) -> None:
    """Offer again for discovery the units in range that advertise under `company_ids`.

    Home Assistant starts a discovery flow once per device: a unit heard before a building
    accepted its company id was turned away, and would otherwise only show up again after
    a restart.
    """
    for info in bluetooth.async_discovered_service_info(hass, connectable=True):
        if parse_advert(info, company_ids) is not None:
            _LOGGER.debug("Unit at %s advertises under a newly accepted id", info.address)
            bluetooth.async_rediscover_address(hass, info.address)


@callback
def async_rediscover_door(hass: HomeAssistant, address: str) -> None:
    """Offer the unit at `address` for discovery again (its door was removed).

    Home Assistant's Bluetooth discovery starts a flow once per device; without this a
    unit removed from a building would only show up again after a restart.
    """
    _LOGGER.debug("Door at %s was removed: discovering it again", address)
    bluetooth.async_rediscover_address(hass, address)


def building_slots(entry: ConfigEntry | None) -> SlotBroker | None:
    """The connection slots of a running building, which a pairing must share with its doors."""
    if entry is None or entry.state is not ConfigEntryState.LOADED:
        return None
    slots: SlotBroker = entry.runtime_data.slots
    return slots


async def async_pair_unit(
    hass: HomeAssistant,
    address: str,
    setup_code: str,
    hub_key: StaticKey,
    label: str,
    *,
    slots: SlotBroker | None = None,
) -> PairingResult:
    """Connect to the unit at `address` and pair it with `hub_key`.

    `slots` are those of the building the unit joins when it is running: its doors keep
    their connections warm a few seconds after a command, and on a proxy with three slots
    that could leave none for the installer standing at the new unit. The doors let their
    idle connections go first, as they do for each other.
    """
    try:
        result = await _async_pair(hass, address, setup_code, hub_key, label, slots=slots)
    except PairingFailed as err:
        _LOGGER.debug("Pairing with %s failed: %s", address, err.error)
        raise
    _LOGGER.debug(
        "Paired unit %s at %s (firmware %s.%s)",
        format_unit_id(result.unit_id),
        address,
        result.info.firmware[0],
        result.info.firmware[1],
    )
    return result


async def _async_pair(
    hass: HomeAssistant,
    address: str,
    setup_code: str,
    hub_key: StaticKey,
    label: str,
    *,
    slots: SlotBroker | None,
) -> PairingResult:
    code = check_setup_code(setup_code)
    device = bluetooth.async_ble_device_from_address(hass, address, connectable=True)
    diagnostics = bluetooth.async_address_reachability_diagnostics(
        hass, address, bluetooth.BluetoothReachabilityIntent.CONNECTION
    )
    if device is None:
        _LOGGER.debug("Pairing with %s: no adapter or proxy hears it", address)
        raise PairingFailed("cannot_connect", {"diagnostics": diagnostics})
    _LOGGER.debug("Pairing with %s: connecting", address)
    try:
        async with nullcontext() if slots is None else slots.connecting():
            ble = await brc.establish_connection(
                brc.BleakClientWithServiceCache, device, device.name or address, max_attempts=3
            )
    except (BleakError, TimeoutError) as err:
        _LOGGER.debug("Connecting to %s for pairing failed: %s", address, err)
        raise PairingFailed("cannot_connect", {"diagnostics": diagnostics}) from err
    _LOGGER.debug("Pairing with %s: connected, sending the pairing request", address)
    try:
        return await pair(ble, setup_code=code, hub_key=hub_key, label=label)
    except WrongSetupCode as err:
        if err.attempts_left == 0:  # that was the last attempt: the lockout has begun
            minutes = str(math.ceil(PAIRING_LOCKOUT_S / 60))
            raise PairingFailed("locked_out", {"minutes": minutes}) from err
        raise PairingFailed("invalid_code", {"attempts": str(err.attempts_left)}) from err
    except PairingLockedOut as err:
        minutes = str(max(1, math.ceil(err.retry_after / 60)))
        raise PairingFailed("locked_out", {"minutes": minutes}) from err
    except NotInPairingMode as err:
        raise PairingFailed("not_in_pairing_mode") from err
    except AlreadyPaired as err:
        raise PairingFailed("already_paired") from err
    except DoorUnitConnectionError as err:
        _LOGGER.debug("Connection to %s dropped while pairing: %s", address, err)
        raise PairingFailed("cannot_connect", {"diagnostics": diagnostics}) from err
    except DoorUnitError as err:
        _LOGGER.warning("Pairing with %s failed: %s", address, err)
        raise PairingFailed("pairing_failed") from err
    finally:
        try:
            await ble.disconnect()
        except BleakError as err:  # pragma: no cover - real adapters; the simulator never fails
            _LOGGER.debug("Disconnect after pairing failed: %s", err)
