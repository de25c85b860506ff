"""Importing residents and "sending keys" (seed 000).

`import_residents` reads CSV text, or a file inside the configuration directory (paths
that resolve outside it, symbolic links included, are refused), with
`csv_import.read_residents`, then applies the rows with `Registry.import_residents`:
matching known people, updating, creating, and giving owners the door or bundle their
entrance is mapped to (`entrances`: entrance → door reference or bundle id, `"*"` for any
other). `dry_run` (the default) only reports; a real run is one registry change, applied
whole or not at all, logged as `registry_changed` records and one `import` record.
The report lists every line with its outcome and, for rejected lines, translated reasons.

`send_keys` tells every owner with consent (or the owners listed) that their keys are
ready, through the building's notify action (`notify_target` option, a legacy notify
action such as `notify.sms`) with the person's phone, else e-mail, as `target`. Owners
without consent keep their keys but get no message. The response says who was notified
and who was not, and why (`no_consent`, `no_contact`, `no_key`, `notify_failed`).
`dry_run` answers the same, with nothing sent: the panel's preview of who gets a message
(a message that would fail cannot be foreseen, so a preview never says `notify_failed`).
The message is sent by a function of this module; it is to be unified with the function
the lock's notifications use.
"""

from __future__ import annotations

import os
from pathlib import Path
import stat
from typing import Any, Final

from homeassistant.core import HomeAssistant, ServiceCall, ServiceResponse
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import config_validation as cv
import probatio as vol

from .access.csv_import import CsvImportError, ImportRows, RowProblem, read_residents
from .access.model import Person, Role
from .access.registry import Registry
from .access.resident_import import ANY_ENTRANCE, ImportReport, KeyTarget
from .building_options import notify_target
from .event_records import EventKind, EventRecord, EventSource
from .notifications import Text, async_translate
from .runtime import DigitalKeyConfigEntry
from .service_schemas import ENTRY, SHARE_LIMIT, id_list
from .service_support import (
    async_admin,
    async_change,
    async_report_text,
    building,
    door_id,
    now,
    response,
    validation_error,
)

MAX_FILE_MB: Final = 5
MAX_ROWS: Final = 20_000
"""A residents file is read off the event loop but applied on it (about 0.1 ms a row):
20,000 rows, twice Norway's largest housing company per building, keep that near 2 s."""
MAX_FILE_BYTES: Final = MAX_FILE_MB * 1024 * 1024
"""The most a residents file may hold, read from a path or given as `csv` text."""
IMPORT_SCHEMA: Final = vol.Schema(
    {
        **ENTRY,
        vol.Exclusive("csv", "source"): cv.string,
        vol.Exclusive("path", "source"): cv.string,
        vol.Required("entrances"): vol.Schema({cv.string: cv.string}),
        vol.Optional("columns", default=dict): vol.Schema({cv.string: cv.string}),
        vol.Optional("share_limit", default=0): SHARE_LIMIT,
        vol.Optional("dry_run", default=True): cv.boolean,
    }
)
SEND_KEYS_SCHEMA: Final = vol.Schema(
    {
        **ENTRY,
        vol.Optional("person_ids"): id_list,
        vol.Optional("dry_run", default=False): cv.boolean,
    }
)


def _read_file(config_dir: Path, name: str) -> bytes:
    """The file's bytes, if it is a regular file inside the configuration directory.

    The path is resolved first (symbolic links included) and must stay inside. The file is
    then opened without following a link that appeared since, and must be a regular file:
    a named pipe or a device would block the reading thread forever. At most one byte more
    than the limit is read, so a file that grows after the check cannot exhaust memory.
    """
    root = config_dir.resolve()
    path = Path(name)
    resolved = (path if path.is_absolute() else root / path).resolve()
    if not resolved.is_relative_to(root):
        raise validation_error("import_path_outside_config", path=name)
    try:
        fd = os.open(resolved, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
        with os.fdopen(fd, "rb") as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
                raise validation_error("import_file_unreadable", path=name)
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        raise validation_error("import_file_unreadable", path=name) from err
    _check_size(len(data))
    return data


def _check_size(size: int) -> None:
    """Refuse a residents file over the limit: parsing and previewing it would stall the hub."""
    if size > MAX_FILE_BYTES:
        raise validation_error("import_file_too_large", limit=str(MAX_FILE_MB))


async def _async_rows(hass: HomeAssistant, entry: DigitalKeyConfigEntry, data: Any) -> ImportRows:
    if ("csv" in data) == ("path" in data):
        raise validation_error("import_needs_source")
    if "csv" in data:
        source: bytes | str = data["csv"]
        _check_size(len(source))  # counted in characters, which bound the work as well
    else:
        source = await hass.async_add_executor_job(
            _read_file, Path(hass.config.config_dir), data["path"]
        )
    region = entry.runtime_data.access.registry.settings.country.value

    def parse() -> ImportRows:
        return read_residents(source, region=region, columns=data["columns"])

    try:
        rows = await hass.async_add_executor_job(parse)
    except CsvImportError as err:
        raise validation_error(f"import_{err.code}", **err.placeholders) from err
    if len(rows.rows) + len(rows.rejected) > MAX_ROWS:
        raise validation_error("import_too_many_rows", limit=f"{MAX_ROWS:,}")
    return rows


def _targets(
    hass: HomeAssistant, entry: DigitalKeyConfigEntry, registry: Registry, entrances: Any
) -> dict[str, KeyTarget]:
    """Entrance → door or bundle; a value is a bundle id if it is one, else a door."""
    targets: dict[str, KeyTarget] = {}
    for entrance, ref in entrances.items():
        if ref in registry.bundles:
            targets[entrance] = KeyTarget(bundle_id=ref)
            continue
        door = door_id(hass, entry, ref)
        if door not in registry.doors:
            raise validation_error("import_unknown_key_target", entrance=entrance, target=ref)
        targets[ANY_ENTRANCE if entrance == ANY_ENTRANCE else entrance] = KeyTarget(door_id=door)
    return targets


async def _reason(hass: HomeAssistant, problem: RowProblem) -> dict[str, Any]:
    key = problem.code if problem.code.startswith("access_") else f"import_{problem.code}"
    placeholders = dict(problem.placeholders)
    return {
        "code": problem.code,
        "placeholders": placeholders,
        "text": await async_report_text(hass, key, placeholders),
    }


async def _report(
    hass: HomeAssistant, rows: ImportRows, report: ImportReport, dry_run: bool
) -> dict[str, Any]:
    lines = []
    for line in report.lines:
        item: dict[str, Any] = {
            "line": line.line,
            "outcome": line.outcome.value,
            "person_id": line.person_id,
        }
        if line.fields:
            item["fields"] = list(line.fields)
        if line.grant_ids:
            item["grant_ids"] = list(line.grant_ids)
        if line.reasons:
            item["reasons"] = [await _reason(hass, reason) for reason in line.reasons]
        lines.append(item)
    return {
        "dry_run": dry_run,
        "encoding": rows.encoding,
        "delimiter": rows.delimiter,
        "columns": dict(rows.columns),
        **report.as_dict(),
        "lines": lines,
    }


async def async_import_residents(call: ServiceCall) -> ServiceResponse:
    """Dry run (default) or apply a residents file; answers with the report per line."""
    hass = call.hass
    caller = await async_admin(hass, call)
    entry = building(hass, call)
    data = call.data
    rows = await _async_rows(hass, entry, data)
    access = entry.runtime_data.access
    keys = _targets(hass, entry, access.registry, data["entrances"])
    at = now()
    share_limit: int = data["share_limit"]
    if data["dry_run"]:
        report = access.registry.preview_import(rows, keys=keys, now=at, share_limit=share_limit)
        return response(await _report(hass, rows, report, dry_run=True))
    reports: list[ImportReport] = []

    def apply(registry: Registry) -> Any:
        change, report = registry.import_residents(rows, keys=keys, now=at, share_limit=share_limit)
        reports.append(report)
        return change

    await async_change(hass, entry, caller, apply)
    (report,) = reports
    await entry.runtime_data.event_log.async_append(
        [
            EventRecord(
                time=int(at.timestamp()),
                kind=EventKind.IMPORT,
                user_id=caller.user_id,
                source=EventSource.HUB,
                reason="import_residents",
                detail=report.as_dict(),
            )
        ]
    )
    return response(await _report(hass, rows, report, dry_run=False))


async def _async_notify(hass: HomeAssistant, action: str, person: Person, contact: str) -> None:
    """Send the person the "keys ready" message in their language; raises when it fails."""
    title = await async_translate(hass, person.language, Text("send_keys_title"))
    message = await async_translate(hass, person.language, Text("send_keys_message"))
    domain, _, service = action.partition(".")
    await hass.services.async_call(
        domain, service, {"title": title, "message": message, "target": [contact]}, blocking=True
    )


async def async_send_keys(call: ServiceCall) -> ServiceResponse:
    """Tell owners with consent that their keys are ready; says who was not told and why.

    With `dry_run`, only says it: the same answer, nothing sent. A dry run works before
    the building has a notify action, so the board can see who would be told while setting
    one up; `notify_target` in the answer says whether one is set.
    """
    hass = call.hass
    await async_admin(hass, call)
    entry = building(hass, call)
    target = notify_target(entry.options)
    if target is None and not call.data["dry_run"]:
        raise validation_error("no_notify_target")
    registry = entry.runtime_data.access.registry
    if "person_ids" in call.data:
        people = [registry.people[pid] for pid in call.data["person_ids"] if pid in registry.people]
    else:
        people = sorted(
            (p for p in registry.people.values() if p.role is Role.OWNER),
            key=lambda person: person.id,
        )
    notified: list[str] = []
    not_notified: list[dict[str, str]] = []
    for person in people:
        contact = person.phone or person.email
        reason = (
            "no_key"
            if not registry.grants_of(person.id)
            else "no_consent"
            if not person.consent
            else "no_contact"
            if contact is None
            else None
        )
        if (
            reason is None
            and contact is not None
            and target is not None
            and not call.data["dry_run"]
        ):
            try:
                await _async_notify(hass, target, person, contact)
            except HomeAssistantError, vol.Invalid:
                reason = "notify_failed"
        if reason is None:
            notified.append(person.id)
        else:
            not_notified.append({"person_id": person.id, "reason": reason})
    return response({"notified": notified, "not_notified": not_notified, "notify_target": target})
