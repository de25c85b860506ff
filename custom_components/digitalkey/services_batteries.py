"""Battery actions: the report of the doors whose battery is low, and a battery changed by hand.

`battery_report` answers (`SupportsResponse.ONLY`) with every door at or below a threshold
(the building's by default), or every door (`all_doors`), or the one door asked for
(`door`, whatever its level): each with its level, voltage, when its battery was last
changed, an estimate of the days left from its own history, when it was last heard and
whether it is probably dead. The same rows come as a translated markdown table and as
plain lines, ready for a notification (the weekly report blueprint sends them), and each
row has its one-line summary (the low-battery blueprint sends that). The answer holds
doors and addresses only: no person, user or credential.

`record_battery_change` notes that someone changed a door's battery, when the level jump
does not tell (a battery changed while only a little low): the days since the change and
the estimate count from then. The unit is then read again quietly, so its new level shows
without waiting for its next change.

Times are the hub's wall clock (`runtime.wall_clock`, the clock the readings were taken
on) and are answered as ISO 8601 on the building's clocks, with the offset.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
import logging
from typing import Any, Final

from homeassistant.core import HomeAssistant, ServiceCall, ServiceResponse
from homeassistant.helpers import config_validation as cv, entity_registry as er
import probatio as vol

from .access.contact import Language
from .batteries.history import TIMES
from .batteries.report import ReportRow, build_report
from .battery_facts import door_facts
from .battery_repairs import async_manage_battery
from .battery_text import BatteryTexts, async_battery_texts
from .building_options import battery_level
from .door_link import DoorLink
from .notifications import building_language
from .protocol.advertisement import format_unit_id
from .protocol.errors import DoorUnitError
from .runtime import DigitalKeyConfigEntry
from .service_schemas import ENTRY, LANGUAGE, aware
from .service_support import (
    ATTR_CONFIG_ENTRY_ID,
    async_admin,
    battery_door_id,
    building,
    door_link,
    response,
    validation_error,
)

_LOGGER = logging.getLogger(__name__)

FUTURE_SLACK_S: Final = 60
"""A change time at most this far ahead of the hub's clock is taken as now (a browser's clock)."""
SHOWN_VALUE_CHARS: Final = 40
"""Most characters of a refused value a refusal repeats."""

# The fields are checked in the handlers, not by the schemas, so that every refusal is a
# translated sentence (a schema's refusal is an untranslated path): the schemas only name
# the fields.
BATTERY_REPORT_SCHEMA: Final = vol.Schema(
    {
        **ENTRY,
        vol.Optional("threshold"): object,
        vol.Optional("door"): object,
        vol.Optional("all_doors"): object,
        vol.Optional("language"): object,
    }
)
RECORD_BATTERY_CHANGE_SCHEMA: Final = vol.Schema(
    {**ENTRY, vol.Required("door"): object, vol.Optional("at"): object}
)


def threshold_value(value: Any) -> int:
    """A threshold: a whole number of per cent from 0 to 100 (a number selector sends 15.0)."""
    if isinstance(value, bool):
        raise vol.Invalid("not a number")
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError) as err:  # an int too big for a float
        raise vol.Invalid("not a number") from err
    if not number.is_integer() or not 0 <= number <= 100:
        raise vol.Invalid("not a whole per cent")
    return int(number)


def change_time(value: Any) -> int:
    """A battery change's time as epoch seconds, one a history can keep (`TIMES`)."""
    at = int(aware(value).timestamp())
    if at < TIMES.start:
        raise vol.Invalid("before 1970")
    return at


def _field[T](data: Mapping[str, Any], name: str, check: Callable[[Any], T], key: str) -> T:
    """A field's value as `check` reads it, or the translated refusal `key` naming it."""
    try:
        return check(data[name])
    except vol.Invalid as err:
        shown = str(data[name])[:SHOWN_VALUE_CHARS]
        raise validation_error(key, field=name, value=shown) from err


ENTITY_KEYS: Final = {
    "entity_id": "lock",
    "battery_entity_id": "battery",
    "critical_entity_id": "battery_critical",
}
"""Answer field → the entity description key of the door's entity it names."""


def _iso(entry: DigitalKeyConfigEntry, epoch: int | None) -> str | None:
    """Epoch seconds as ISO 8601 on the building's clocks, with the offset."""
    if epoch is None:
        return None
    return datetime.fromtimestamp(epoch, entry.runtime_data.access.registry.settings.tz).isoformat()


def _door_entities(hass: HomeAssistant, entry: DigitalKeyConfigEntry) -> dict[str, dict[str, str]]:
    """Door id → entity description key → entity id, for the building's door entities."""
    units = {
        door: format_unit_id(link.identity.unit_id)
        for door, link in entry.runtime_data.doors.items()
    }
    found: dict[str, dict[str, str]] = {}
    for entity in er.async_entries_for_config_entry(er.async_get(hass), entry.entry_id):
        door = entity.config_subentry_id
        if door is None or door not in units:
            continue
        key = entity.unique_id.removeprefix(f"{units[door]}_")
        found.setdefault(door, {})[key] = entity.entity_id
    return found


def row_data(
    entry: DigitalKeyConfigEntry, row: ReportRow, entities: dict[str, str], texts: BatteryTexts
) -> dict[str, Any]:
    """One door of the report as the answer shows it."""
    return {
        "door_id": row.door_id,
        "name": row.name,
        "address": row.address,
        "battery": row.percent,
        "voltage": None if row.millivolts is None else round(row.millivolts / 1000, 2),
        "critical": row.critical,
        "battery_changed": _iso(entry, row.changed_at),
        "change_source": None if row.change_source is None else row.change_source.value,
        "days_since_change": row.days_since_change,
        "last_contact": _iso(entry, row.last_contact),
        "days_left": row.days_left,
        "critical_since": _iso(entry, row.critical_since),
        "probably_dead": row.probably_dead,
        "available": row.available,
        **{field: entities.get(key) for field, key in ENTITY_KEYS.items()},
        "summary": texts.summary(row),
    }


def report_rows(
    entry: DigitalKeyConfigEntry, threshold: int, *, door: str | None, all_doors: bool
) -> list[ReportRow]:
    """The rows of the report: the one door asked for, every door, or those at or below."""
    runtime = entry.runtime_data
    now = int(runtime.wall_clock())
    if door is not None:
        return build_report(
            [door_facts(entry, door_link(entry, door))], threshold, now, all_doors=True
        )
    facts = [door_facts(entry, link) for link in runtime.doors.values()]
    return build_report(facts, threshold, now, all_doors=all_doors)


async def async_battery_report(call: ServiceCall) -> ServiceResponse:
    """The doors whose battery is at or below the threshold (or every door, or one)."""
    hass = call.hass
    await async_admin(hass, call)
    entry = building(hass, call)
    data = call.data
    threshold = (
        _field(data, "threshold", threshold_value, "battery_threshold_invalid")
        if "threshold" in data
        else battery_level(entry.options)
    )
    door = (
        battery_door_id(hass, entry, _field(data, "door", cv.string, "invalid_field"))
        if "door" in data
        else None
    )
    all_doors = "all_doors" in data and _field(data, "all_doors", cv.boolean, "invalid_field")
    language = (
        Language(_field(data, "language", LANGUAGE, "invalid_field"))
        if "language" in data
        else building_language(hass)
    )
    rows = report_rows(entry, threshold, door=door, all_doors=all_doors)
    texts = await async_battery_texts(hass, entry, language)
    entities = _door_entities(hass, entry)
    return response(
        {
            ATTR_CONFIG_ENTRY_ID: entry.entry_id,
            "building": entry.title,
            "threshold": threshold,
            "generated_at": _iso(entry, int(entry.runtime_data.wall_clock())),
            "language": language.value,
            "count": len(rows),
            "doors": [row_data(entry, row, entities.get(row.door_id, {}), texts) for row in rows],
            "title": texts.title(
                entry.title, len(rows), threshold, all_doors=door is not None or all_doors
            ),
            "markdown": texts.markdown(rows, threshold),
            "text": texts.text(rows, threshold),
        }
    )


async def _async_read_quietly(link: DoorLink) -> None:
    """Read the unit again (its new battery level); a unit out of reach is read later.

    Out of reach now, it is read when it is heard again: its change counter will differ.
    """
    if not link.state.available:
        return
    try:
        await link.async_refresh()
    except (DoorUnitError, OSError) as err:
        _LOGGER.debug("Door %s: not read after its battery change: %r", link.identity.name, err)


async def async_record_battery_change(call: ServiceCall) -> ServiceResponse:
    """Someone changed the door's battery (now, or at `at`): its history says so."""
    hass = call.hass
    await async_admin(hass, call)
    entry = building(hass, call)
    runtime = entry.runtime_data
    data = call.data
    link = door_link(
        entry, battery_door_id(hass, entry, _field(data, "door", cv.string, "invalid_field"))
    )
    now = int(runtime.wall_clock())
    at = _field(data, "at", change_time, "battery_change_time_invalid") if "at" in data else now
    if at > now + FUTURE_SLACK_S:
        raise validation_error("battery_change_in_future", at=str(_iso(entry, at)))
    at = min(at, now)  # a clock a little ahead: the fresh battery's next reading is this change
    assert runtime.batteries is not None  # set up with the building
    history = runtime.batteries.async_record_change(link.identity.subentry_id, at)
    async_manage_battery(hass, entry, link)
    entry.async_create_background_task(
        hass, _async_read_quietly(link), f"digitalkey battery read {link.identity.name}"
    )
    return response(
        {"door_id": link.identity.subentry_id, "battery_changed": _iso(entry, history.changed_at)}
    )
