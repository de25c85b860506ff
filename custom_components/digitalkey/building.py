"""A building at run time: its doors come and go in place, their records are stored.

Adding, renaming, moving, re-pairing or deleting a door, and changing the building's
options (battery level, company ids), never reload the building: each change touches only
what it concerns, so the other doors' entities (and the logbook) see nothing. Log records
read from a unit are committed to the event log before the unit gets LOG_ACK
(`unit_records.py`); the building store keeps the settings last set on each unit: the UTC offset,
which follows the building's time zone as the access registry does, and the auto-relock
time, which follows the building's options (`door_settings.py`); units without auto-relock
are locked by the hub after a guest's open (`guest_relock.py`). Each
unit's PIN codes and tags follow the registry (`credential_sync.py`). Each authenticated
snapshot also goes to the door's battery history (`battery_store.py`), and the door's
battery repair follows its level and silence (`battery_repairs.py`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from datetime import timedelta
import logging
from typing import Any

from homeassistant.config_entries import ConfigSubentry
from homeassistant.const import EVENT_CORE_CONFIG_UPDATE
from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback
from homeassistant.exceptions import ConfigEntryError, ConfigEntryNotReady
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.event import async_track_time_interval

from .access.errors import AccessError
from .battery_facts import wants_probe
from .battery_repairs import CHECK_S as BATTERY_CHECK_S, async_delete_battery, async_manage_battery
from .battery_store import BatteryHistories, battery_signal
from .building_options import event_retention_days
from .building_saver import BuildingSaver
from .building_store import BuildingStore, empty
from .company_ids import configured_company_ids, format_company_ids
from .const import (
    CONF_ADDRESS,
    CONF_FEATURES,
    CONF_FIRMWARE,
    CONF_HUB_KEY,
    CONF_LOCATION,
    CONF_UNIT_ID,
    CONF_UNIT_PUBLIC,
    CONF_UNIT_SECRET,
    DOMAIN,
    EVENT_DOOR_REMOVED,
    HUB_CLOCK_NOT_BEFORE,
    HUB_CLOCK_TOLERANCE_S,
    SILENCE_CHECK_S,
    SUBENTRY_DOOR,
)
from .context_origins import ContextOrigins
from .credential_sync import CredentialSync
from .door_link import DoorLink, DoorLinkHooks
from .door_settings import DoorSettings
from .door_state import DoorIdentity
from .event_log import EventLogError, EventLogVersionError
from .event_log_runner import AsyncEventLog
from .guest_relock import GuestRelock
from .pairing import async_rediscover_door, async_rediscover_units_under
from .protocol.advertisement import format_unit_id, local_name
from .protocol.constants import Feature
from .protocol.errors import DoorUnitError
from .protocol.keys import StaticKey
from .protocol.messages import Snapshot
from .registry_doors import async_follow_doors
from .registry_store import AccessRuntime
from .repairs import (
    async_delete_stale_issues,
    async_manage_hub_clock,
    async_manage_still_paired,
    async_manage_unpaired,
)
from .runtime import DigitalKeyConfigEntry, DigitalKeyRuntime
from .unit_records import UnitRecords

_LOGGER = logging.getLogger(__name__)


def door_identity(subentry: ConfigSubentry) -> DoorIdentity:
    """Identity of a paired door from its subentry."""
    return DoorIdentity(
        subentry_id=subentry.subentry_id,
        name=subentry.title,
        unit_id=bytes.fromhex(subentry.data[CONF_UNIT_ID]),
        address=subentry.data[CONF_ADDRESS],
        unit_public=bytes.fromhex(subentry.data[CONF_UNIT_PUBLIC]),
        features=Feature(int(subentry.data.get(CONF_FEATURES, 0))),
        firmware=str(subentry.data.get(CONF_FIRMWARE, "")),
        location=str(subentry.data.get(CONF_LOCATION, "")),
        unit_secret=bytes.fromhex(str(subentry.data.get(CONF_UNIT_SECRET, ""))),
    )


def _door_subentries(entry: DigitalKeyConfigEntry) -> dict[str, ConfigSubentry]:
    return {
        subentry_id: subentry
        for subentry_id, subentry in entry.subentries.items()
        if subentry.subentry_type == SUBENTRY_DOOR
    }


class Building:
    """Creates, updates and removes the door links of one building entry."""

    def __init__(self, hass: HomeAssistant, entry: DigitalKeyConfigEntry) -> None:
        """Nothing loaded yet; `async_setup` builds the runtime."""
        self.hass = hass
        self.entry = entry

    async def async_setup(self) -> DigitalKeyRuntime:
        """Load what was stored and create a link per door (not listening yet)."""
        store = BuildingStore(self.hass, self.entry.entry_id)
        data = await store.async_load() or empty()
        access = await self._async_load_registry()
        event_log = await self._async_open_event_log()
        try:
            self._positions = await event_log.async_unit_positions()
        except EventLogError:
            await event_log.async_close()
            raise
        runtime = DigitalKeyRuntime(
            hub_key=StaticKey.from_private(bytes.fromhex(self.entry.data[CONF_HUB_KEY])),
            saver=BuildingSaver(store, data),
            data=data,
            event_log=event_log,
            access=access,
            origins=ContextOrigins(self.hass),
            entry_options=lambda: self.entry.options,
            company_ids=configured_company_ids(self.entry.options),
        )
        self._runtime = runtime
        self._records = UnitRecords(self.hass, self.entry, runtime)
        self._settings = DoorSettings(self.hass, runtime, self._spawn, self._hub_clock_ok)
        self._relock = runtime.guest_relock = GuestRelock(self.hass, runtime, self._spawn)
        self._credentials = runtime.credential_sync = CredentialSync(
            self.hass, self.entry, runtime, self._spawn
        )
        self._batteries = runtime.batteries = BatteryHistories(
            runtime,
            self._hub_clock_ok,
            lambda: async_dispatcher_send(self.hass, battery_signal(self.entry.entry_id)),
        )
        self._battery_listeners: dict[str, CALLBACK_TYPE] = {}
        subentries = _door_subentries(self.entry)
        for subentry in subentries.values():
            self._add_link(subentry)
        await async_follow_doors(access, subentries)
        await self._credentials.async_prime()
        async_delete_stale_issues(self.hass, self.entry.entry_id, set(runtime.doors))
        return runtime

    async def _async_load_registry(self) -> AccessRuntime:
        """The building's people and keys; an unreadable file stops setup, changing nothing."""
        try:
            return await AccessRuntime.async_load(self.hass, self.entry.entry_id)
        except AccessError as err:
            raise ConfigEntryError(
                translation_domain=DOMAIN,
                translation_key="registry_unreadable",
                translation_placeholders={"code": err.code},
            ) from err

    async def _async_open_event_log(self) -> AsyncEventLog:
        try:
            return await AsyncEventLog.async_open(self.hass, self.entry.entry_id)
        except EventLogVersionError as err:
            raise ConfigEntryError(
                translation_domain=DOMAIN,
                translation_key="event_log_newer",
                translation_placeholders={"found": str(err.found)},
            ) from err
        except EventLogError as err:
            raise ConfigEntryNotReady(
                translation_domain=DOMAIN,
                translation_key="event_log_unavailable",
                translation_placeholders={"error": str(err)},
            ) from err

    def _add_link(self, subentry: ConfigSubentry) -> DoorLink:
        runtime = self._runtime
        record = runtime.data["doors"].get(subentry.subentry_id)
        log_seq = self._positions.get(subentry.subentry_id, record["log_seq"] if record else None)
        snapshot = None
        if record is not None and "snapshot" in record:
            try:
                snapshot = Snapshot.decode(bytes.fromhex(record["snapshot"]))
            except ValueError, DoorUnitError:
                snapshot = None  # not worth failing over: the unit is read again soon
        link = DoorLink(
            self.hass,
            door_identity(subentry),
            runtime.hub_key,
            DoorLinkHooks(
                records=self._records.async_store,
                not_paired=self._on_not_paired,
                slots=runtime.slots,
                spawn=self._spawn,
                clock=lambda: runtime.clock(),  # noqa: PLW0108 - runtime.clock may be replaced
                wall_clock=lambda: runtime.wall_clock(),  # noqa: PLW0108 - as above
                hub_clock_ok=self._hub_clock_ok,
                company_ids=lambda: runtime.company_ids,
                reached=self._settings.async_reached,
                snapshot=self._on_snapshot,
            ),
            log_seq=log_seq,
            snapshot=snapshot,
        )
        runtime.doors[subentry.subentry_id] = link
        self._battery_listeners[subentry.subentry_id] = link.async_add_listener(
            lambda: async_manage_battery(self.hass, self.entry, link)
        )
        return link

    @callback
    def _on_snapshot(self, link: DoorLink, snapshot: Snapshot) -> None:
        """An authenticated snapshot: the credential sync and the battery history read it."""
        self._credentials.async_snapshot(link, snapshot)
        self._batteries.async_snapshot(link, snapshot)

    def _spawn(self, coro: Coroutine[Any, Any, None], name: str) -> asyncio.Task[None]:
        return self.entry.async_create_background_task(self.hass, coro, name)

    @callback
    def async_start(self) -> None:
        """Start listening to every door (after the entities exist)."""
        for door in self._runtime.doors.values():
            door.async_start()
        self.entry.async_on_unload(self._runtime.origins.async_start())
        self.entry.async_on_unload(
            async_track_time_interval(
                self.hass,
                self._check_silence,
                timedelta(seconds=SILENCE_CHECK_S),
                name="digitalkey silence check",
                cancel_on_shutdown=True,
            )
        )
        self.entry.async_on_unload(
            async_track_time_interval(
                self.hass,
                self._check_batteries,
                timedelta(seconds=BATTERY_CHECK_S),
                name="digitalkey battery check",
                cancel_on_shutdown=True,
            )
        )
        self._check_batteries(None)  # the issues are not kept over a restart
        self.entry.async_on_unload(
            self._runtime.event_log.async_start_retention(
                lambda: event_retention_days(self.entry.options),
                lambda: self._runtime.wall_clock(),  # noqa: PLW0108 - may be replaced
                self._spawn,
            )
        )
        self.entry.async_on_unload(self._settings.async_start())
        self.entry.async_on_unload(self._relock.async_stop)
        self.entry.async_on_unload(self._credentials.async_start())
        self.entry.async_on_unload(
            self.hass.bus.async_listen(EVENT_CORE_CONFIG_UPDATE, self._on_core_config_update)
        )

    @callback
    def _on_core_config_update(self, _event: Event) -> None:
        """Home Assistant's country or time zone may have changed: the building follows.

        The registry (reasons, weekly schedules) first, then the units' UTC offsets, so all
        of them read the zone event times are shown in.
        """
        zone = self._runtime.access.registry.settings.time_zone
        if not self._runtime.access.async_follow_core_config():
            return
        if self._runtime.access.registry.settings.time_zone != zone:
            _LOGGER.debug("Time zone now %s", self._runtime.access.registry.settings.time_zone)
            self._settings.async_zone_changed()

    @callback
    def _check_silence(self, _now: object) -> None:
        for door in self._runtime.doors.values():
            door.async_check_silence()

    @callback
    def _check_batteries(self, _now: object) -> None:
        """Evaluate every door's battery issue (a unit that fell silent tells nobody).

        A critical door not answered for a while is read: its advertisements could be a
        recording, and only an answer shows the unit still has power.
        """
        for door in self._runtime.doors.values():
            if wants_probe(self.entry, door):
                door.async_request_read()
            async_manage_battery(self.hass, self.entry, door)

    async def async_stop(self) -> None:
        """Release every connection and callback; save what must survive.

        The battery repairs go too: nothing keeps them current while the building is not
        loaded, and setup evaluates every door again.
        """
        for door_id, door in self._runtime.doors.items():
            await door.async_stop()
            async_delete_battery(self.hass, self.entry.entry_id, door_id)
        await self._runtime.saver.async_close()
        await self._runtime.event_log.async_close()

    # Changes of the entry ---------------------------------------------------------------

    async def async_entry_updated(self) -> None:
        """Options or doors changed: apply each change to what it concerns only."""
        runtime = self._runtime
        subentries = _door_subentries(self.entry)
        for subentry_id in [s for s in runtime.doors if s not in subentries]:
            await self._async_remove_door(subentry_id)
        for subentry_id, subentry in subentries.items():
            link = runtime.doors.get(subentry_id)
            if link is None:
                self._async_add_door(subentry)
            elif (identity := door_identity(subentry)) != link.identity:
                await self._async_update_door(link, identity)
        await async_follow_doors(runtime.access, subentries)
        self._apply_company_ids()
        self._settings.async_options_changed()
        for link in runtime.doors.values():
            link.notify()  # e.g. a new battery threshold

    @callback
    def _apply_company_ids(self) -> None:
        """Read advertisements under the building's company ids as they are now.

        Each door takes in its unit's last advertisement again, so a unit whose id was just
        added is heard at once; units in range under an added id are offered for discovery
        again (they were turned away before).
        """
        runtime = self._runtime
        company_ids = configured_company_ids(self.entry.options)
        if company_ids == runtime.company_ids:
            return
        added = [cid for cid in company_ids if cid not in runtime.company_ids]
        _LOGGER.debug("Company ids now %s", format_company_ids(company_ids))
        runtime.company_ids = company_ids
        for link in runtime.doors.values():
            link.async_hear_last_advertisement()
        async_rediscover_units_under(self.hass, added)

    @callback
    def _async_add_door(self, subentry: ConfigSubentry) -> None:
        link = self._add_link(subentry)
        async_manage_still_paired(self.hass, self.entry, link.identity, active=False)
        for add in self._runtime.entity_adders:
            add(link)
        link.async_start()
        _LOGGER.debug("Door %s added to the building", link.identity.name)

    async def _async_update_door(self, link: DoorLink, identity: DoorIdentity) -> None:
        old = link.identity
        if identity.unit_public != old.unit_public:
            await link.connection.async_disconnect()  # re-paired: the old session is void
            self._settings.async_forget(identity.subentry_id)  # reset to 0 before pairing
            self._relock.async_forget(identity.subentry_id)
            self._credentials.async_forget(identity.subentry_id)  # a new, empty database
            await self._runtime.saver.async_save()
        link.async_update_identity(identity)
        if identity.name != old.name:
            registry = dr.async_get(self.hass)
            device = registry.async_get_device_by_identifier(
                (DOMAIN, format_unit_id(identity.unit_id)), self.entry.entry_id
            )
            if device is not None:
                registry.async_update_device(device.id, name=identity.name)
        _LOGGER.debug("Door %s updated in place", identity.name)

    async def _async_remove_door(self, subentry_id: str) -> None:
        link = self._runtime.doors.pop(subentry_id)
        link.async_stop_listening()  # a unit reset below must not look like a lost pairing
        self._settings.async_forget(subentry_id)
        self._relock.async_forget(subentry_id)
        self._records.forget_door(subentry_id)
        self._credentials.async_forget(subentry_id)
        self._batteries.async_forget(subentry_id)
        self._battery_listeners.pop(subentry_id)()
        async_delete_battery(self.hass, self.entry.entry_id, subentry_id)
        self._runtime.data["doors"].pop(subentry_id, None)
        await self._runtime.saver.async_save()
        async_manage_unpaired(self.hass, self.entry, link.identity, active=False)
        self._spawn(self._async_release(link), f"digitalkey release {link.identity.name}")

    async def _async_release(self, link: DoorLink) -> None:
        """Factory-reset a deleted door's unit so it can be paired anew (or say it must be)."""
        released = not link.state.not_paired and await link.async_release_unit()
        await link.async_stop()
        if released:
            _LOGGER.info("Door %s was removed and its unit reset", link.identity.name)
        else:
            _LOGGER.info(
                "Door %s was removed; its unit could not be reached and must be reset by hand",
                link.identity.name,
            )
        async_manage_still_paired(self.hass, self.entry, link.identity, active=not released)
        self.hass.bus.async_fire(
            EVENT_DOOR_REMOVED,
            {
                "config_entry_id": self.entry.entry_id,
                "door_id": link.identity.subentry_id,
                "unit": local_name(link.identity.unit_id),
                "released": released,
            },
        )
        # The unit was filtered out of discovery while it was ours: offer it again.
        async_rediscover_door(self.hass, link.address)

    # Repairs ----------------------------------------------------------------------------

    def _hub_clock_ok(self) -> bool:
        """Whether the hub's clock is plausible; raises or clears the repair that says so.

        Wrong when earlier than this integration's build, or well behind the latest clock
        a unit of the building reported: then the hub does not push its time to units.
        """
        runtime = self._runtime
        now = runtime.wall_clock()
        reported = [d.unit_clock for d in runtime.doors.values() if d.unit_clock is not None]
        latest = max(reported, default=0)
        plausible = now >= HUB_CLOCK_NOT_BEFORE and now >= latest - HUB_CLOCK_TOLERANCE_S
        async_manage_hub_clock(self.hass, self.entry, active=not plausible)
        return plausible

    def _on_not_paired(self, door: DoorLink, not_paired: bool) -> None:
        async_manage_unpaired(self.hass, self.entry, door.identity, active=not_paired)
