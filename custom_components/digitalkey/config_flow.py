"""Config flows: a building (config entry) and its door units (`door` subentries).

The installer's path is Bluetooth discovery: a unit in range shows up as "Door unit
DK-XXXX"; the flow asks for the code printed on it, a door name and an optional address,
pairs over Bluetooth and attaches the door to the building — creating the building first
when there is none. Whether a building exists is decided each time a step runs, not when
the unit was discovered: a discovery card opened after another unit created the building
pairs into that building. The same pairing step serves "Add door unit" from a building.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
import logging
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, cast
import uuid

from homeassistant.components import bluetooth
from homeassistant.config_entries import (
    ConfigEntry,
    ConfigFlow,
    ConfigFlowResult,
    ConfigSubentry,
    ConfigSubentryData,
    ConfigSubentryFlow,
    OptionsFlow,
    SubentryFlowResult,
)
from homeassistant.const import CONF_NAME
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import selector
import probatio as vol

from .access.pins import PIN_LENGTHS
from .building_options import (
    allow_resident_pins,
    allow_unattributed,
    event_retention_days,
    notify_target,
    pin_min_length,
    relock_after_s,
)
from .company_ids import (
    CompanyIdsInvalid,
    configured_company_ids,
    format_company_ids,
    parse_company_ids,
)
from .const import (
    CONF_ADDRESS,
    CONF_BUILDING,
    CONF_BUILDING_ID,
    CONF_DEVICE,
    CONF_HUB_KEY,
    CONF_LOCATION,
    CONF_SETUP_CODE,
    CONF_UNIT_ID,
    CONF_UNIT_SECRET,
    DEFAULT_BATTERY_THRESHOLD,
    DOMAIN,
    MAX_LOG_RETENTION_DAYS,
    MIN_LOG_RETENTION_DAYS,
    OPT_ALLOW_RESIDENT_PINS,
    OPT_ALLOW_UNATTRIBUTED,
    OPT_BATTERY_THRESHOLD,
    OPT_COMPANY_IDS,
    OPT_EVENT_RETENTION_DAYS,
    OPT_LEGACY_LOG_RETENTION_DAYS,
    OPT_NOTIFY_TARGET,
    OPT_PIN_MIN_LENGTH,
    OPT_RELOCK_AFTER_S,
    SUBENTRY_DOOR,
)
from .pairing import (
    PairingFailed,
    async_abort_unit_flows,
    async_pair_unit,
    building_slots,
    discovery_company_ids,
    parse_advert,
    setup_code_selector,
    speaks_newer_protocol,
    subentry_data,
)
from .protocol.advertisement import (
    PairedAdvert,
    UnpairedAdvert,
    format_unit_id,
    local_name,
    resolve,
)
from .protocol.constants import AUTO_RELOCK_MAX_S
from .protocol.keys import StaticKey, advert_key
from .slot_broker import SlotBroker

if TYPE_CHECKING:
    from .runtime import DigitalKeyConfigEntry

_LOGGER = logging.getLogger(__name__)

NAME_MAX = 60
ABORT_ERRORS = frozenset({"already_paired", "already_configured"})
"""Pairing outcomes that end the flow instead of asking again."""


def _buildings(hass: HomeAssistant) -> list[ConfigEntry]:
    """The buildings there are now (ignored discoveries are entries too, but no building)."""
    return hass.config_entries.async_entries(DOMAIN, include_ignore=False)


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _building_named(hass: HomeAssistant, name: str) -> ConfigEntry | None:
    """The building of that name, ignoring case and spacing."""
    key = _name_key(name)
    return next((entry for entry in _buildings(hass) if _name_key(entry.title) == key), None)


def _configured_door(
    hass: HomeAssistant, unit_id: str
) -> tuple[ConfigEntry, ConfigSubentry] | None:
    """The building and door subentry that already hold this unit, if any."""
    for entry in hass.config_entries.async_entries(DOMAIN):
        for subentry in entry.subentries.values():
            if subentry.unique_id == unit_id:
                return entry, subentry
    return None


def _door_resolving(hass: HomeAssistant, advert: PairedAdvert) -> str | None:
    """Unit id of the configured door whose unit sent this paired advertisement, if any."""
    for entry in hass.config_entries.async_entries(DOMAIN):
        for subentry in entry.subentries.values():
            secret = subentry.data.get(CONF_UNIT_SECRET)
            if secret and resolve(advert, advert_key(bytes.fromhex(secret))) is not None:
                return str(subentry.data[CONF_UNIT_ID])
    return None


def _unpaired_units(hass: HomeAssistant, company_ids: Sequence[int]) -> dict[str, UnpairedAdvert]:
    """Units in range under `company_ids`, not paired to any hub: address -> advertisement."""
    units: dict[str, UnpairedAdvert] = {}
    for info in bluetooth.async_discovered_service_info(hass, connectable=True):
        advert = parse_advert(info, company_ids)
        if not isinstance(advert, UnpairedAdvert):  # not ours, or paired (no unit id)
            continue
        if _configured_door(hass, format_unit_id(advert.unit_id)) is not None:
            continue
        units[info.address] = advert
    return units


def _unit_label(address: str, advert: UnpairedAdvert) -> str:
    mode = " ✓" if advert.pairing_mode else ""
    return f"{local_name(advert.unit_id)} ({address}){mode}"


def _pair_schema(defaults: dict[str, Any] | None = None) -> vol.Schema:
    defaults = defaults or {}
    return vol.Schema(
        {
            vol.Required(CONF_SETUP_CODE): setup_code_selector(),
            vol.Required(CONF_NAME, default=defaults.get(CONF_NAME, "")): selector.TextSelector(),
            vol.Optional(
                CONF_LOCATION, default=defaults.get(CONF_LOCATION, "")
            ): selector.TextSelector(),
        }
    )


def _clean_name(text: str) -> str | None:
    name = " ".join(text.split())
    return name[:NAME_MAX] if name else None


class PairingStep:
    """The "enter the code, name the door" step both flows share."""

    def __init__(self) -> None:
        """Start empty."""
        self.address = ""
        self.unit_id = ""
        self.name = ""

    async def async_attempt(
        self,
        hass: HomeAssistant,
        user_input: dict[str, Any],
        hub_key: StaticKey,
        label: str,
        flow_id: str | None = None,
        *,
        slots: SlotBroker | None = None,
    ) -> tuple[ConfigSubentryData | None, dict[str, str], dict[str, str]]:
        """Pair; return (subentry, errors, placeholders).

        `slots` are the connection slots of the running building the unit joins, if any.

        Once the unit is paired, its other discovery flows are closed (all but `flow_id`).
        """
        name = _clean_name(user_input.get(CONF_NAME, ""))
        if name is None:
            return None, {CONF_NAME: "name_required"}, {}
        if _configured_door(hass, self.unit_id) is not None:
            # Added meanwhile: pairing now would leave the unit holding a key no door uses.
            _LOGGER.debug("Unit %s was added to a building meanwhile", self.unit_id)
            return None, {"base": "already_configured"}, {}
        _LOGGER.debug("Pairing unit %s at %s into %s", self.unit_id, self.address, label)
        try:
            result = await async_pair_unit(
                hass, self.address, user_input[CONF_SETUP_CODE], hub_key, label, slots=slots
            )
        except PairingFailed as err:
            return None, {"base": err.error}, dict(err.placeholders)
        async_abort_unit_flows(hass, self.unit_id, keep=flow_id)
        location = " ".join(str(user_input.get(CONF_LOCATION, "")).split())
        data = subentry_data(self.address, result, location)
        return (
            ConfigSubentryData(
                data=data,
                subentry_type=SUBENTRY_DOOR,
                title=name,
                unique_id=format_unit_id(result.unit_id),
            ),
            {},
            {},
        )


class DigitalKeyConfigFlow(ConfigFlow, domain=DOMAIN):
    """Create a building, or attach a discovered door unit to one."""

    VERSION = 1

    def __init__(self) -> None:
        """Start a flow."""
        self._pairing = PairingStep()
        self._building_name: str | None = None
        """Name of the building this flow creates; None while it pairs into one that exists."""
        self._offered: str | None = None
        """The building the last pair form offered when it showed no choice."""
        self._hub_key = StaticKey.generate()
        """Key of a building this flow may create (unused when the building exists)."""

    @classmethod
    @callback
    def async_get_supported_subentry_types(
        cls, config_entry: DigitalKeyConfigEntry
    ) -> dict[str, type[ConfigSubentryFlow]]:
        """Doors are subentries of a building."""
        return {SUBENTRY_DOOR: DoorSubentryFlow}

    @staticmethod
    @callback
    def async_get_options_flow(config_entry: DigitalKeyConfigEntry) -> OptionsFlow:
        """Building-wide settings."""
        return BuildingOptionsFlow()

    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Create a building by hand (doors are added to it afterwards)."""
        errors: dict[str, str] = {}
        if user_input is not None:
            name, errors = self._check_building_name(user_input)
            if name is not None:
                return await self._async_create_building(name, [])
        return self.async_show_form(
            step_id="user",
            data_schema=self.add_suggested_values_to_schema(
                vol.Schema({vol.Required(CONF_NAME): selector.TextSelector()}), user_input
            ),
            errors=errors,
        )

    def _check_building_name(self, user_input: dict[str, Any]) -> tuple[str | None, dict[str, str]]:
        """The cleaned name of a new building, or the form errors against it."""
        name = _clean_name(user_input[CONF_NAME])
        if name is None:
            return None, {CONF_NAME: "name_required"}
        if _building_named(self.hass, name) is not None:
            return None, {CONF_NAME: "building_exists"}
        return name, {}

    async def _async_create_building(
        self, name: str, subentries: list[ConfigSubentryData]
    ) -> ConfigFlowResult:
        building_id = uuid.uuid4().hex
        await self.async_set_unique_id(building_id, raise_on_progress=False)
        _LOGGER.debug("Creating building %s with %d door(s)", building_id, len(subentries))
        return self.async_create_entry(
            title=name,
            data={
                CONF_BUILDING_ID: building_id,
                CONF_HUB_KEY: self._hub_key.private.hex(),
            },
            subentries=subentries,
        )

    async def async_step_bluetooth(
        self, discovery_info: bluetooth.BluetoothServiceInfoBleak
    ) -> ConfigFlowResult:
        """A door unit advertised nearby (under the company ids of any building)."""
        company_ids = discovery_company_ids(self.hass)
        advert = parse_advert(discovery_info, company_ids)
        if advert is None:
            if speaks_newer_protocol(discovery_info, company_ids):
                return self.async_abort(reason="unsupported_version")
            return self.async_abort(reason="not_supported")
        if isinstance(advert, UnpairedAdvert):
            unit_id = format_unit_id(advert.unit_id)
        elif (resolved := _door_resolving(self.hass, advert)) is not None:
            unit_id = resolved  # one of ours: its address may have to be updated below
        else:  # paired elsewhere: it does not name itself (docs/protocol.md §2.2)
            return self.async_abort(reason="already_paired")
        # A unit of ours at a new address (a real unit rotates a resolvable private one)
        # is followed even while an older card of the same unit is still open.
        await self.async_set_unique_id(
            unit_id, raise_on_progress=isinstance(advert, UnpairedAdvert)
        )
        # No building has a unit id as unique id, but an ignored discovery of this unit
        # has: it stays ignored.
        self._abort_if_unique_id_configured()
        configured = _configured_door(self.hass, unit_id)
        if configured is not None:
            entry, subentry = configured
            if subentry.data.get(CONF_ADDRESS) != discovery_info.address:
                _LOGGER.debug("Unit %s moved to %s", unit_id, discovery_info.address)
                self.hass.config_entries.async_update_subentry(
                    entry, subentry, data={**subentry.data, CONF_ADDRESS: discovery_info.address}
                )
            return self.async_abort(reason="already_configured")
        # A paired advertisement only got here by resolving to a configured door.
        advert = cast("UnpairedAdvert", advert)
        _LOGGER.debug("Discovered unit %s at %s", unit_id, discovery_info.address)
        self._pairing.address = discovery_info.address
        self._pairing.unit_id = unit_id
        self.context["title_placeholders"] = {"name": local_name(advert.unit_id)}
        return await self.async_step_pair()

    async def async_step_building(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """No building yet: name it first."""
        if user_input is None and _buildings(self.hass):
            # A building was created since this step was first shown (by another unit's
            # discovery, say): pair into it instead of creating a second one.
            return await self.async_step_pair()
        errors: dict[str, str] = {}
        if user_input is not None:
            name, errors = self._check_building_name(user_input)
            if name is not None:
                self._building_name = name
                return await self.async_step_pair()
        return self.async_show_form(
            step_id="building",
            data_schema=self.add_suggested_values_to_schema(
                vol.Schema({vol.Required(CONF_NAME): selector.TextSelector()}), user_input
            ),
            errors=errors,
            description_placeholders={"unit": self._unit_label},
        )

    @property
    def _unit_label(self) -> str:
        return str(self.context["title_placeholders"]["name"])

    async def async_step_pair_choose(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """The pairing step when there are several buildings to choose from."""
        return await self.async_step_pair(user_input)

    async def async_step_pair(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Ask for the setup code and the door's name, then pair."""
        entries = _buildings(self.hass)
        if self._building_name is None and not entries:
            return await self.async_step_building()
        errors: dict[str, str] = {}
        placeholders = {"unit": self._unit_label}
        if user_input is not None:
            entry, errors = self._target_building(user_input, entries)
            if not errors and (
                done := await self._async_pair_into(entry, user_input, errors, placeholders)
            ):
                return done
        schema = _pair_schema(user_input)
        self._offered = None
        step_id = "pair"
        if self._building_name is not None:
            placeholders["building"] = self._building_name
        elif len(entries) > 1:
            step_id = "pair_choose"
            options = [selector.SelectOptionDict(value=e.entry_id, label=e.title) for e in entries]
            schema = schema.extend(
                {vol.Required(CONF_BUILDING): selector.SelectSelector(
                    selector.SelectSelectorConfig(options=options)
                )}
            )  # fmt: skip
        else:
            self._offered = entries[0].entry_id
            placeholders["building"] = entries[0].title
        return self.async_show_form(
            step_id=step_id,
            data_schema=self.add_suggested_values_to_schema(schema, user_input or {}),
            errors=errors,
            description_placeholders=placeholders,
        )

    def _target_building(
        self, user_input: dict[str, Any], entries: list[ConfigEntry]
    ) -> tuple[ConfigEntry | None, dict[str, str]]:
        """The building to pair into (None: create it), decided at submit time."""
        if self._building_name is not None:
            # Named in this flow; if another flow created it meanwhile, join that one.
            return _building_named(self.hass, self._building_name), {}
        wanted = user_input.get(CONF_BUILDING, self._offered)
        entry = next((e for e in entries if e.entry_id == wanted), None)
        if entry is None:
            return None, {"base": "building_removed"}
        return entry, {}

    async def _async_pair_into(
        self,
        entry: ConfigEntry | None,
        user_input: dict[str, Any],
        errors: dict[str, str],
        placeholders: dict[str, str],
    ) -> ConfigFlowResult | None:
        """Pair into `entry` (or a new building): the flow's end, or None with `errors` set."""
        hub_key = (
            StaticKey.from_private(bytes.fromhex(entry.data[CONF_HUB_KEY]))
            if entry is not None
            else self._hub_key
        )
        label = entry.title if entry is not None else str(self._building_name)
        subentry, failed, extra = await self._pairing.async_attempt(
            self.hass, user_input, hub_key, label, self.flow_id, slots=building_slots(entry)
        )
        placeholders.update(extra)
        if (reason := failed.get("base")) in ABORT_ERRORS:
            return self.async_abort(reason=str(reason))
        if subentry is None:
            errors.update(failed)
            return None
        if entry is None:
            return await self._async_create_building(str(self._building_name), [subentry])
        self.hass.config_entries.async_add_subentry(
            entry,
            ConfigSubentry(
                data=MappingProxyType(dict(subentry["data"])),
                subentry_type=SUBENTRY_DOOR,
                title=subentry["title"],
                unique_id=subentry["unique_id"],
            ),
        )
        location = str(subentry["data"].get(CONF_LOCATION) or "")
        placeholders = {"door": subentry["title"], "building": entry.title}
        if location:
            placeholders["location"] = location
        return self.async_abort(
            reason="door_added_at" if location else "door_added",
            description_placeholders=placeholders,
        )


class DoorSubentryFlow(ConfigSubentryFlow):
    """Add a door unit to a building, or rename/move one."""

    def __init__(self) -> None:
        """Start a subentry flow."""
        self._pairing = PairingStep()
        self._units: dict[str, UnpairedAdvert] = {}

    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> SubentryFlowResult:
        """Pick one of the unpaired units in range."""
        if user_input is not None:
            # The selector only accepts one of the units offered below.
            address = user_input[CONF_DEVICE]
            self._pairing.address = address
            self._pairing.unit_id = format_unit_id(self._units[address].unit_id)
            return await self.async_step_pair()
        # Only units this building hears: a unit under an id it does not list would pair,
        # then never be heard by its door.
        self._units = _unpaired_units(self.hass, configured_company_ids(self._get_entry().options))
        if not self._units:
            return self.async_abort(reason="no_units_found")
        options = [
            selector.SelectOptionDict(value=address, label=_unit_label(address, advert))
            for address, advert in self._units.items()
        ]
        return self.async_show_form(
            step_id="user",
            data_schema=vol.Schema(
                {
                    vol.Required(CONF_DEVICE): selector.SelectSelector(
                        selector.SelectSelectorConfig(options=options)
                    )
                }
            ),
        )

    async def async_step_pair(self, user_input: dict[str, Any] | None = None) -> SubentryFlowResult:
        """Ask for the setup code and the door's name, then pair."""
        entry = self._get_entry()
        errors: dict[str, str] = {}
        advert = self._units.get(self._pairing.address)
        unit = local_name(advert.unit_id) if advert else self._pairing.address
        placeholders: dict[str, str] = {"unit": unit, "building": entry.title}
        if user_input is not None:
            hub_key = StaticKey.from_private(bytes.fromhex(entry.data[CONF_HUB_KEY]))
            subentry, errors, extra = await self._pairing.async_attempt(
                self.hass, user_input, hub_key, entry.title, slots=building_slots(entry)
            )
            placeholders.update(extra)
            if (reason := errors.get("base")) in ABORT_ERRORS:
                return self.async_abort(reason=str(reason))
            if subentry is not None:
                return self.async_create_entry(
                    title=subentry["title"],
                    data=subentry["data"],
                    unique_id=subentry["unique_id"],
                )
        return self.async_show_form(
            step_id="pair",
            data_schema=self.add_suggested_values_to_schema(_pair_schema(), user_input or {}),
            errors=errors,
            description_placeholders=placeholders,
        )

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> SubentryFlowResult:
        """Rename the door or change its address/entrance."""
        entry = self._get_entry()
        subentry = self._get_reconfigure_subentry()
        errors: dict[str, str] = {}
        if user_input is not None:
            name = _clean_name(user_input[CONF_NAME])
            if name is None:
                errors[CONF_NAME] = "name_required"
            else:
                location = " ".join(str(user_input.get(CONF_LOCATION, "")).split())
                self.hass.config_entries.async_update_subentry(
                    entry, subentry, title=name, data={**subentry.data, CONF_LOCATION: location}
                )
                return self.async_abort(
                    reason="door_updated", description_placeholders={"door": name}
                )
        schema = vol.Schema(
            {
                vol.Required(CONF_NAME): selector.TextSelector(),
                vol.Optional(CONF_LOCATION): selector.TextSelector(),
            }
        )
        location = subentry.data.get(CONF_LOCATION, "")
        suggested = {CONF_NAME: subentry.title, CONF_LOCATION: location}
        return self.async_show_form(
            step_id="reconfigure",
            data_schema=self.add_suggested_values_to_schema(schema, user_input or suggested),
            errors=errors,
            description_placeholders={
                "unit": local_name(bytes.fromhex(subentry.data[CONF_UNIT_ID])),
            },
        )


@dataclass(slots=True)
class OptionInvalid(Exception):
    """A building setting the form cannot store: `error` is a translation key of its errors."""

    option: str
    error: str
    placeholders: dict[str, str] = field(default_factory=dict)


class _RangeCheckedLater(selector.NumberSelector):
    """A number field whose range the form shows, but the options step checks.

    `NumberSelector` refuses a value out of range before the step runs, with an English
    "Value 3.0 is too small"; checked in the step, the error is translated.
    """

    def __call__(self, data: Any) -> float:
        """Only a number; its range is `_options_to_store`'s to check."""
        return float(vol.Coerce(float)(data))


def _options_schema(options: Mapping[str, Any]) -> vol.Schema:
    """Every building setting, defaulting to its value now (a new setting is one more key).

    Each key here has a reader in `_options_to_store`. The notify target has no default:
    a field left empty means none, and a default would put the old value back.
    """
    return vol.Schema(
        {
            vol.Required(
                OPT_BATTERY_THRESHOLD,
                default=options.get(OPT_BATTERY_THRESHOLD, DEFAULT_BATTERY_THRESHOLD),
            ): selector.NumberSelector(
                selector.NumberSelectorConfig(
                    min=5, max=50, step=1, unit_of_measurement="%",
                    mode=selector.NumberSelectorMode.SLIDER,
                )
            ),
            vol.Required(
                OPT_COMPANY_IDS, default=format_company_ids(configured_company_ids(options))
            ): selector.TextSelector(),
            vol.Required(
                OPT_ALLOW_UNATTRIBUTED, default=allow_unattributed(options)
            ): selector.BooleanSelector(),
            vol.Optional(OPT_NOTIFY_TARGET): selector.TextSelector(),
            vol.Required(
                OPT_EVENT_RETENTION_DAYS, default=event_retention_days(options)
            ): selector.NumberSelector(
                selector.NumberSelectorConfig(
                    min=MIN_LOG_RETENTION_DAYS, max=MAX_LOG_RETENTION_DAYS, step=1,
                    unit_of_measurement="d", mode=selector.NumberSelectorMode.BOX,
                )
            ),
            vol.Required(
                OPT_PIN_MIN_LENGTH, default=pin_min_length(options)
            ): _RangeCheckedLater(
                selector.NumberSelectorConfig(
                    min=PIN_LENGTHS[0], max=PIN_LENGTHS[-1], step=1,
                    mode=selector.NumberSelectorMode.BOX,
                )
            ),
            vol.Required(
                OPT_ALLOW_RESIDENT_PINS, default=allow_resident_pins(options)
            ): selector.BooleanSelector(),
            vol.Required(
                OPT_RELOCK_AFTER_S, default=relock_after_s(options)
            ): _RangeCheckedLater(
                selector.NumberSelectorConfig(
                    min=0, max=AUTO_RELOCK_MAX_S, step=1, unit_of_measurement="s",
                    mode=selector.NumberSelectorMode.BOX,
                )
            ),
        }
    )  # fmt: skip


def _options_to_store(hass: HomeAssistant, user_input: Mapping[str, Any]) -> dict[str, Any]:
    """The options a submitted form stores, one reader per setting; raises `OptionInvalid`.

    None means the setting is cleared (not stored at all).
    """
    return {
        OPT_BATTERY_THRESHOLD: int(user_input[OPT_BATTERY_THRESHOLD]),
        OPT_COMPANY_IDS: _company_ids_to_store(str(user_input[OPT_COMPANY_IDS])),
        OPT_ALLOW_UNATTRIBUTED: bool(user_input[OPT_ALLOW_UNATTRIBUTED]),
        OPT_NOTIFY_TARGET: _notify_target_to_store(hass, user_input.get(OPT_NOTIFY_TARGET)),
        OPT_EVENT_RETENTION_DAYS: int(user_input[OPT_EVENT_RETENTION_DAYS]),
        OPT_PIN_MIN_LENGTH: _pin_min_length_to_store(float(user_input[OPT_PIN_MIN_LENGTH])),
        OPT_ALLOW_RESIDENT_PINS: bool(user_input[OPT_ALLOW_RESIDENT_PINS]),
        OPT_RELOCK_AFTER_S: _relock_after_s_to_store(float(user_input[OPT_RELOCK_AFTER_S])),
    }


def _pin_min_length_to_store(value: float) -> int:
    """A whole number of digits a PIN code may have; else the form says so in words."""
    if not value.is_integer() or not PIN_LENGTHS[0] <= value <= PIN_LENGTHS[-1]:
        raise OptionInvalid(OPT_PIN_MIN_LENGTH, "pin_min_length_range", {"length": f"{value:g}"})
    return int(value)


def _relock_after_s_to_store(value: float) -> int:
    """Whole seconds within what a unit takes (0-3600); else the form says so in words."""
    if not value.is_integer() or not 0 <= value <= AUTO_RELOCK_MAX_S:
        raise OptionInvalid(OPT_RELOCK_AFTER_S, "relock_after_range", {"seconds": f"{value:g}"})
    return int(value)


def _company_ids_to_store(text: str) -> list[int]:
    try:
        return list(parse_company_ids(text))
    except CompanyIdsInvalid as err:
        raise OptionInvalid(OPT_COMPANY_IDS, err.error, {"value": err.value}) from err


def _notify_target_to_store(hass: HomeAssistant, value: Any) -> str | None:
    """`notify.<name>` of an existing notify action (written with or without `notify.`)."""
    target = notify_target({OPT_NOTIFY_TARGET: value})
    if target is None:
        return None
    if not hass.services.has_service("notify", target.removeprefix("notify.")):
        raise OptionInvalid(OPT_NOTIFY_TARGET, "notify_target_unknown", {"value": target})
    return target


class BuildingOptionsFlow(OptionsFlow):
    """Building-wide settings: battery level, company ids, access and notification settings.

    Applied in place by the building's update listener (`Building.async_entry_updated`),
    not by a reload: a reload would drop every door's connection and flash its entities
    unavailable for a setting that concerns none of that.
    """

    async def async_step_init(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """One form with every building setting."""
        options = self.config_entry.options
        errors: dict[str, str] = {}
        placeholders: dict[str, str] = {}
        if user_input is not None:
            try:
                stored = _options_to_store(self.hass, user_input)
            except OptionInvalid as err:
                errors[err.option] = err.error
                placeholders.update(err.placeholders)
            else:
                # Options an earlier version offered stay as they are, except a setting
                # now stored under a new name; a setting cleared (None) is left out.
                merged = {**options, **stored}
                merged.pop(OPT_LEGACY_LOG_RETENTION_DAYS, None)
                return self.async_create_entry(
                    data={key: value for key, value in merged.items() if value is not None}
                )
        suggested = {OPT_NOTIFY_TARGET: options.get(OPT_NOTIFY_TARGET) or ""}
        return self.async_show_form(
            step_id="init",
            data_schema=self.add_suggested_values_to_schema(
                _options_schema(options), user_input or suggested
            ),
            errors=errors,
            description_placeholders=placeholders,
        )
