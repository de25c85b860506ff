"""The building's event log run off the event loop: its file, its calls, its retention.

Every call of the blocking `EventLog` goes to Home Assistant's executor; the log's own
lock lets one worker thread at a time use the one connection, whichever thread it is, so
no dedicated thread has to be started and stopped with the building.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterable, Sequence
from datetime import timedelta
import functools
import logging
from pathlib import Path
from typing import Any, Final

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.event import async_track_time_interval

from .const import DOMAIN
from .event_log import EventLog, EventLogError
from .event_records import EventRecord, Page, UnitAppend

_LOGGER = logging.getLogger(__name__)

PURGE_INTERVAL: Final = timedelta(days=1)
_SUFFIXES: Final = ("", "-wal", "-shm", "-journal")
"""The database and the files SQLite keeps beside it."""


def event_log_path(hass: HomeAssistant, entry_id: str) -> Path:
    """Where a building's event log lives: private storage, next to its other files."""
    return Path(hass.config.path(".storage", f"{DOMAIN}_events_{entry_id}.sqlite3"))


async def async_remove_event_log(hass: HomeAssistant, entry_id: str) -> None:
    """Delete a removed building's event log (and SQLite's files beside it)."""
    path = event_log_path(hass, entry_id)

    def remove() -> None:
        for suffix in _SUFFIXES:
            path.with_name(path.name + suffix).unlink(missing_ok=True)

    await hass.async_add_executor_job(remove)


class AsyncEventLog:
    """`EventLog` for the event loop: the same calls, awaited, run in the executor."""

    def __init__(self, hass: HomeAssistant, log: EventLog) -> None:
        """Wrap an open log (see `async_open`)."""
        self.hass = hass
        self.log = log

    @classmethod
    async def async_open(cls, hass: HomeAssistant, entry_id: str) -> AsyncEventLog:
        """Open (create, migrate) the building's log; raises `EventLogError`."""
        path = event_log_path(hass, entry_id)

        def open_log() -> EventLog:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise EventLogError(f"cannot create {path.parent}: {err}") from err
            return EventLog(path)

        return cls(hass, await hass.async_add_executor_job(open_log))

    async def async_close(self) -> None:
        """Close the file."""
        await self.hass.async_add_executor_job(self.log.close)

    async def async_append(self, records: Iterable[EventRecord]) -> None:
        """Store records in one transaction."""
        await self.hass.async_add_executor_job(self.log.append, list(records))

    async def async_append_unit_records(
        self, door_id: str, records: Sequence[EventRecord]
    ) -> UnitAppend:
        """Store a unit's records, committed when this returns (then LOG_ACK may go)."""
        return await self.hass.async_add_executor_job(
            self.log.append_unit_records, door_id, records
        )

    async def async_set_unit_position(self, door_id: str, seq: int) -> None:
        """Read the door's unit from `seq` + 1 on."""
        await self.hass.async_add_executor_job(self.log.set_unit_position, door_id, seq)

    async def async_unit_positions(self) -> dict[str, int]:
        """Read position of every door."""
        return await self.hass.async_add_executor_job(self.log.unit_positions)

    async def async_query(
        self,
        *,
        door: str | None = None,
        person: str | None = None,
        kinds: Iterable[str] | None = None,
        since: int | None = None,
        until: int | None = None,
        limit: int = 100,
        cursor: str | None = None,
    ) -> Page:
        """A page of matching records, newest first (see `EventLog.query`)."""
        query = functools.partial(
            self.log.query,
            door=door,
            person=person,
            kinds=None if kinds is None else list(kinds),
            since=since,
            until=until,
            limit=limit,
            cursor=cursor,
        )
        return await self.hass.async_add_executor_job(query)

    async def async_last_share_uses(self, person_id: str) -> dict[str, int]:
        """When each share the person made was last used (see `EventLog.last_share_uses`)."""
        return await self.hass.async_add_executor_job(self.log.last_share_uses, person_id)

    async def async_export_person(
        self, person_id: str, user_ids: Iterable[str] = ()
    ) -> list[EventRecord]:
        """Every record about a person, oldest first."""
        return await self.hass.async_add_executor_job(
            self.log.export_person, person_id, list(user_ids)
        )

    async def async_pseudonymise_person(
        self, person_id: str, token: str, user_ids: Iterable[str] = ()
    ) -> int:
        """Replace a person's ids by the erasure token everywhere in the log."""
        return await self.hass.async_add_executor_job(
            self.log.pseudonymise_person, person_id, token, list(user_ids)
        )

    async def async_purge_older_than(self, cutoff: int) -> int:
        """Delete records older than `cutoff` (Unix seconds)."""
        return await self.hass.async_add_executor_job(self.log.purge_older_than, cutoff)

    async def async_count(self) -> int:
        """Number of records held."""
        return await self.hass.async_add_executor_job(self.log.count)

    @callback
    def async_start_retention(
        self,
        retention_days: Callable[[], int],
        wall_clock: Callable[[], float],
        spawn: Callable[[Coroutine[Any, Any, None], str], asyncio.Task[None]],
    ) -> CALLBACK_TYPE:
        """Purge now and then daily; returns the canceller (call it on unload).

        Purging at start-up as well means a hub restarted more often than daily still
        honours the retention period. `retention_days` is read at every purge, so a
        changed building option applies from the next one. `spawn` starts a task that
        unloading cancels.
        """

        async def purge() -> None:
            cutoff = int(wall_clock()) - retention_days() * 86_400
            try:
                purged = await self.async_purge_older_than(cutoff)
            except EventLogError as err:
                if not self.log.closed:  # closed: the building was unloaded meanwhile
                    _LOGGER.warning("Could not purge the event log: %s", err)
                return
            if purged:
                _LOGGER.debug("Purged %d event-log records", purged)

        @callback
        def start(_now: object = None) -> None:
            spawn(purge(), "digitalkey event log purge")

        start()
        return async_track_time_interval(
            self.hass, start, PURGE_INTERVAL, name="digitalkey event log purge"
        )
