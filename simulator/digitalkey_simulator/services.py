"""Services that act on the simulated doors as a person (or fate) would.

Each service names a door and drives one hook of the reference unit, so the integration's
reaction to the physical world (a button press, a flat battery, a jammed bolt, a unit out
of range) can be tried from the UI, from automations or from tests.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Final

from homeassistant.core import HomeAssistant, ServiceCall, ServiceResponse, SupportsResponse
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv
import probatio

from custom_components.digitalkey.protocol.constants import Feature
from simulator.door_unit import DoorUnit

from .building import SimulatedBuilding
from .const import DOMAIN, DOOR_NAMES

ATTR_DOOR: Final = "door"
ATTR_PERCENT: Final = "percent"
ATTR_PIN: Final = "pin"
ATTR_UID: Final = "uid"
ATTR_REACHABLE: Final = "reachable"

type Handler = Callable[[SimulatedBuilding, str, dict[str, Any]], Awaitable[ServiceResponse]]


def _tag_uid(value: Any) -> bytes:
    """Accept a tag UID as hex, with or without ':' or ' ' separators."""
    text = cv.string(value).replace(":", "").replace(" ", "")
    try:
        uid = bytes.fromhex(text)
    except ValueError as err:
        raise probatio.Invalid("tag UID must be hex, like 04:A2:2B:7C") from err
    if not 4 <= len(uid) <= 10:
        raise probatio.Invalid("tag UID must be 4 to 10 bytes")
    return uid


_PIN: Final = probatio.All(cv.string, probatio.Match(r"^[0-9]{4,12}$"))
_FEATURE_NAMES: Final = {
    Feature.DOOR_CONTACT: "door contact",
    Feature.KEYPAD: "keypad",
    Feature.TAG_READER: "tag reader",
}


@dataclass(frozen=True, slots=True)
class _Service:
    handler: Handler
    fields: dict[Any, Any]
    feature: Feature | None = None
    response: SupportsResponse = SupportsResponse.NONE


def _unit_hook(hook: Callable[[DoorUnit], object]) -> Handler:
    """A service that calls a hook without arguments."""

    async def handle(building: SimulatedBuilding, door: str, _data: dict[str, Any]) -> None:
        hook(building.unit(door))

    return handle


async def _press_pairing_button(
    building: SimulatedBuilding, door: str, _data: dict[str, Any]
) -> None:
    unit = building.unit(door)
    if unit.press_pairing_button():
        return
    if unit.flash.controllers:
        raise ServiceValidationError(
            f"{door} is paired; only a factory reset returns it to pairing"
        )
    raise ServiceValidationError(
        f"{door} refuses pairing for {unit.lockout_left()} s after too many wrong codes"
    )


async def _set_battery(building: SimulatedBuilding, door: str, data: dict[str, Any]) -> None:
    building.unit(door).set_battery(data[ATTR_PERCENT])


async def _enter_pin(
    building: SimulatedBuilding, door: str, data: dict[str, Any]
) -> ServiceResponse:
    return {"opened": building.unit(door).enter_pin(data[ATTR_PIN])}


async def _present_tag(
    building: SimulatedBuilding, door: str, data: dict[str, Any]
) -> ServiceResponse:
    return {"opened": building.unit(door).present_tag(data[ATTR_UID])}


async def _reboot(building: SimulatedBuilding, door: str, _data: dict[str, Any]) -> None:
    await building.unit(door).reboot()


async def _set_reachable(building: SimulatedBuilding, door: str, data: dict[str, Any]) -> None:
    building.peripherals[door].set_reachable(data[ATTR_REACHABLE])


SERVICES: Final[dict[str, _Service]] = {
    "press_pairing_button": _Service(_press_pairing_button, {}),
    "set_battery": _Service(
        _set_battery,
        {
            probatio.Required(ATTR_PERCENT): probatio.All(
                probatio.Coerce(int), probatio.Range(min=0, max=100)
            )
        },
    ),
    "jam": _Service(_unit_hook(lambda unit: unit.jam(True)), {}),
    "clear_jam": _Service(_unit_hook(lambda unit: unit.jam(False)), {}),
    "open_door": _Service(_unit_hook(DoorUnit.open_door), {}, Feature.DOOR_CONTACT),
    "close_door": _Service(_unit_hook(DoorUnit.close_door), {}, Feature.DOOR_CONTACT),
    "enter_pin": _Service(
        _enter_pin, {probatio.Required(ATTR_PIN): _PIN}, Feature.KEYPAD, SupportsResponse.OPTIONAL
    ),
    "present_tag": _Service(
        _present_tag,
        {probatio.Required(ATTR_UID): _tag_uid},
        Feature.TAG_READER,
        SupportsResponse.OPTIONAL,
    ),
    "press_inside_button": _Service(_unit_hook(DoorUnit.press_inside_button), {}),
    "reboot": _Service(_reboot, {}),
    "factory_reset": _Service(_unit_hook(DoorUnit.factory_reset), {}),
    "set_reachable": _Service(_set_reachable, {probatio.Required(ATTR_REACHABLE): cv.boolean}),
}


def async_register_services(hass: HomeAssistant, building: SimulatedBuilding) -> None:
    """Register one service per hook; each saves the unit state after it ran."""
    for name, service in SERVICES.items():
        schema = probatio.Schema(
            {probatio.Required(ATTR_DOOR): probatio.In(DOOR_NAMES), **service.fields}
        )

        async def handle(call: ServiceCall, service: _Service = service) -> ServiceResponse:
            door: str = call.data[ATTR_DOOR]
            feature = service.feature
            if feature is not None and not building.unit(door).config.features & feature:
                raise ServiceValidationError(f"{door} has no {_FEATURE_NAMES[feature]}")
            try:
                response = await service.handler(building, door, dict(call.data))
            finally:
                building.async_schedule_save()
            return response if call.return_response else None

        hass.services.async_register(
            DOMAIN, name, handle, schema=schema, supports_response=service.response
        )
