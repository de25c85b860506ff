"""Config flows: a building (config entry) and its door units (`door` subentries).

The installer's path is Bluetooth discovery: a unit in range shows up as "Door unit
DK-XXXX"; the flow asks for the code printed on it, a door name and an optional address,
pairs over Bluetooth and attaches the door to the building — creating the building first
when there is none. The same pairing step serves "Add door unit" from a building.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any
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

from .const import (
    CONF_ADDRESS,
    CONF_BUILDING,
    CONF_BUILDING_ID,
    CONF_DEVICE,
    CONF_HUB_KEY,
    CONF_LOCATION,
    CONF_SETUP_CODE,
    CONF_UNIT_ID,
    DEFAULT_BATTERY_THRESHOLD,
    DEFAULT_LOG_RETENTION_DAYS,
    DOMAIN,
    OPT_BATTERY_THRESHOLD,
    OPT_LOG_RETENTION_DAYS,
    OPT_NOTIFY_TARGET,
    SUBENTRY_DOOR,
)
from .pairing import (
    PairingFailed,
    async_pair_unit,
    parse_advert,
    speaks_newer_protocol,
    subentry_data,
)
from .protocol.advertisement import AdvertPayload, format_unit_id, local_name
from .protocol.keys import StaticKey

NAME_MAX = 60
ABORT_ERRORS = frozenset({"already_paired", "already_configured"})
"""Pairing outcomes that end the flow instead of asking again."""


def _configured_door(
    hass: HomeAssistant, unit_id: str
) -> tuple[ConfigEntry, ConfigSubentry] | None:
    """The building and door subentry that already hold this unit, if any."""
    for entry in hass.config_entries.async_entries(DOMAIN):
        for subentry in entry.subentries.values():
            if subentry.unique_id == unit_id:
                return entry, subentry
    return None


def _unpaired_units(hass: HomeAssistant) -> dict[str, AdvertPayload]:
    """Discovered units that are not paired to any hub: address -> advertisement."""
    units: dict[str, AdvertPayload] = {}
    for info in bluetooth.async_discovered_service_info(hass, connectable=True):
        advert = parse_advert(info)
        if advert is None or advert.paired:
            continue
        if _configured_door(hass, format_unit_id(advert.unit_id)) is not None:
            continue
        units[info.address] = advert
    return units


def _unit_label(address: str, advert: AdvertPayload) -> str:
    mode = " ✓" if advert.pairing_mode else ""
    return f"{local_name(advert.unit_id)} ({address}){mode}"


def _pair_schema(defaults: dict[str, Any] | None = None) -> vol.Schema:
    defaults = defaults or {}
    return vol.Schema(
        {
            vol.Required(CONF_SETUP_CODE): selector.TextSelector(),
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
        self, hass: HomeAssistant, user_input: dict[str, Any], hub_key: StaticKey, label: str
    ) -> tuple[ConfigSubentryData | None, dict[str, str], dict[str, str]]:
        """Pair; return (subentry, errors, placeholders)."""
        name = _clean_name(user_input.get(CONF_NAME, ""))
        if name is None:
            return None, {CONF_NAME: "name_required"}, {}
        if _configured_door(hass, self.unit_id) is not None:
            # Added meanwhile: pairing now would leave the unit holding a key no door uses.
            return None, {"base": "already_configured"}, {}
        try:
            result = await async_pair_unit(
                hass, self.address, user_input[CONF_SETUP_CODE], hub_key, label
            )
        except PairingFailed as err:
            return None, {"base": err.error}, dict(err.placeholders)
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
        self._advert: AdvertPayload | None = None
        self._building_name: str | None = None
        self._hub_key = StaticKey.generate()
        """Key of a building this flow may create (unused when the building exists)."""

    @classmethod
    @callback
    def async_get_supported_subentry_types(
        cls, config_entry: ConfigEntry
    ) -> dict[str, type[ConfigSubentryFlow]]:
        """Doors are subentries of a building."""
        return {SUBENTRY_DOOR: DoorSubentryFlow}

    @staticmethod
    @callback
    def async_get_options_flow(config_entry: ConfigEntry) -> OptionsFlow:
        """Building-wide settings."""
        return BuildingOptionsFlow()

    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Create a building by hand (doors are added to it afterwards)."""
        errors: dict[str, str] = {}
        if user_input is not None:
            name = _clean_name(user_input[CONF_NAME])
            if name is None:
                errors[CONF_NAME] = "name_required"
            elif any(e.title == name for e in self._async_current_entries()):
                return self.async_abort(reason="building_exists")
            else:
                return await self._async_create_building(name, [])
        return self.async_show_form(
            step_id="user",
            data_schema=vol.Schema({vol.Required(CONF_NAME): selector.TextSelector()}),
            errors=errors,
        )

    async def _async_create_building(
        self, name: str, subentries: list[ConfigSubentryData]
    ) -> ConfigFlowResult:
        building_id = uuid.uuid4().hex
        await self.async_set_unique_id(building_id, raise_on_progress=False)
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
        """A door unit advertised nearby."""
        advert = parse_advert(discovery_info)
        if advert is None:
            if speaks_newer_protocol(discovery_info):
                return self.async_abort(reason="unsupported_version")
            return self.async_abort(reason="not_supported")
        unit_id = format_unit_id(advert.unit_id)
        await self.async_set_unique_id(unit_id)
        configured = _configured_door(self.hass, unit_id)
        if configured is not None:
            entry, subentry = configured
            if subentry.data.get(CONF_ADDRESS) != discovery_info.address:
                self.hass.config_entries.async_update_subentry(
                    entry, subentry, data={**subentry.data, CONF_ADDRESS: discovery_info.address}
                )
            return self.async_abort(reason="already_configured")
        if advert.paired:
            return self.async_abort(reason="already_paired")
        self._advert = advert
        self._pairing.address = discovery_info.address
        self._pairing.unit_id = unit_id
        self.context["title_placeholders"] = {"name": local_name(advert.unit_id)}
        entries = self._async_current_entries(include_ignore=False)
        if not entries:
            return await self.async_step_building()
        return await self.async_step_pair()

    async def async_step_building(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """No building yet: name it first."""
        errors: dict[str, str] = {}
        if user_input is not None:
            name = _clean_name(user_input[CONF_NAME])
            if name is None:
                errors[CONF_NAME] = "name_required"
            else:
                self._building_name = name
                return await self.async_step_pair()
        return self.async_show_form(
            step_id="building",
            data_schema=vol.Schema({vol.Required(CONF_NAME): selector.TextSelector()}),
            errors=errors,
            description_placeholders={"unit": self.context["title_placeholders"]["name"]},
        )

    async def async_step_pair(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Ask for the setup code and the door's name, then pair."""
        entries = self._async_current_entries(include_ignore=False)
        schema = _pair_schema(user_input)
        if self._building_name is None and len(entries) > 1:
            options = [selector.SelectOptionDict(value=e.entry_id, label=e.title) for e in entries]
            schema = schema.extend(
                {vol.Required(CONF_BUILDING): selector.SelectSelector(
                    selector.SelectSelectorConfig(options=options)
                )}
            )  # fmt: skip
        errors: dict[str, str] = {}
        placeholders = {"unit": self.context["title_placeholders"]["name"]}
        if user_input is not None:
            entry = self._target_building(user_input, entries)
            hub_key = (
                StaticKey.from_private(bytes.fromhex(entry.data[CONF_HUB_KEY]))
                if entry is not None
                else self._hub_key
            )
            label = entry.title if entry is not None else str(self._building_name)
            subentry, errors, extra = await self._pairing.async_attempt(
                self.hass, user_input, hub_key, label
            )
            placeholders.update(extra)
            if (reason := errors.get("base")) in ABORT_ERRORS:
                return self.async_abort(reason=str(reason))
            if subentry is not None:
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
                return self.async_abort(
                    reason="door_added",
                    description_placeholders={"door": subentry["title"], "building": entry.title},
                )
        return self.async_show_form(
            step_id="pair",
            data_schema=self.add_suggested_values_to_schema(schema, user_input or {}),
            errors=errors,
            description_placeholders=placeholders,
        )

    def _target_building(
        self, user_input: dict[str, Any], entries: list[ConfigEntry]
    ) -> ConfigEntry | None:
        if self._building_name is not None:
            return None
        if len(entries) == 1:
            return entries[0]
        wanted = user_input.get(CONF_BUILDING)
        return next((e for e in entries if e.entry_id == wanted), entries[0])


class DoorSubentryFlow(ConfigSubentryFlow):
    """Add a door unit to a building, or rename/move one."""

    def __init__(self) -> None:
        """Start a subentry flow."""
        self._pairing = PairingStep()
        self._units: dict[str, AdvertPayload] = {}

    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> SubentryFlowResult:
        """Pick one of the unpaired units in range."""
        if user_input is not None:
            # The selector only accepts one of the units offered below.
            address = user_input[CONF_DEVICE]
            self._pairing.address = address
            self._pairing.unit_id = format_unit_id(self._units[address].unit_id)
            return await self.async_step_pair()
        self._units = _unpaired_units(self.hass)
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
        placeholders: dict[str, str] = {"unit": unit}
        if user_input is not None:
            hub_key = StaticKey.from_private(bytes.fromhex(entry.data[CONF_HUB_KEY]))
            subentry, errors, extra = await self._pairing.async_attempt(
                self.hass, user_input, hub_key, entry.title
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
                return self.async_update_and_abort(
                    entry,
                    subentry,
                    title=name,
                    data_updates={CONF_LOCATION: location},
                )
        schema = vol.Schema(
            {
                vol.Required(CONF_NAME): selector.TextSelector(),
                vol.Optional(CONF_LOCATION): selector.TextSelector(),
            }
        )
        suggested = {CONF_NAME: subentry.title, CONF_LOCATION: subentry.data.get(CONF_LOCATION, "")}
        return self.async_show_form(
            step_id="reconfigure",
            data_schema=self.add_suggested_values_to_schema(schema, user_input or suggested),
            errors=errors,
            description_placeholders={
                "unit": local_name(bytes.fromhex(subentry.data[CONF_UNIT_ID]))
            },
        )


class BuildingOptionsFlow(OptionsFlow):
    """Battery threshold, event-log retention, notify target."""

    async def async_step_init(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """One form with every building setting."""
        errors: dict[str, str] = {}
        if user_input is not None:
            target = str(user_input.get(OPT_NOTIFY_TARGET, "")).strip()
            if target and not self._notify_service_exists(target):
                errors[OPT_NOTIFY_TARGET] = "unknown_notify_target"
            else:
                return self.async_create_entry(
                    data={
                        OPT_BATTERY_THRESHOLD: int(user_input[OPT_BATTERY_THRESHOLD]),
                        OPT_LOG_RETENTION_DAYS: int(user_input[OPT_LOG_RETENTION_DAYS]),
                        OPT_NOTIFY_TARGET: target,
                    }
                )
        options = self.config_entry.options
        schema = vol.Schema(
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
                    OPT_LOG_RETENTION_DAYS,
                    default=options.get(OPT_LOG_RETENTION_DAYS, DEFAULT_LOG_RETENTION_DAYS),
                ): selector.NumberSelector(
                    selector.NumberSelectorConfig(
                        min=1, max=3650, step=1, unit_of_measurement="d",
                        mode=selector.NumberSelectorMode.BOX,
                    )
                ),
                vol.Optional(
                    OPT_NOTIFY_TARGET,
                    description={"suggested_value": options.get(OPT_NOTIFY_TARGET, "")},
                ): selector.TextSelector(),
            }
        )  # fmt: skip
        return self.async_show_form(step_id="init", data_schema=schema, errors=errors)

    def _notify_service_exists(self, target: str) -> bool:
        domain, _, service = target.partition(".")
        if not service:
            domain, service = "notify", domain
        return self.hass.services.has_service(domain, service)
