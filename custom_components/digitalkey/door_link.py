"""One door unit as Home Assistant sees it: connect on demand, commands, push updates.

Nothing polls. The unit's advertisement carries a change counter; when it moves, the link
connects, reads the status and the new event-log records, and lets go of the connection
(and the proxy slot) a few seconds after the last command. Commands carry a fresh advertised
challenge when there is one, so a cold unlock is one round trip after connecting.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
import logging
import time
from typing import TYPE_CHECKING

from bleak.exc import BleakError
import bleak_retry_connector as brc
from homeassistant.components import bluetooth
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.event import async_call_later

from .const import (
    CHALLENGE_FRESH_S,
    CLOCK_DRIFT_TOLERANCE_S,
    IDLE_DISCONNECT_S,
)
from .door_state import DoorIdentity, DoorState
from .events import AccessEvent, access_event
from .protocol.advertisement import AdvertPayload
from .protocol.client import DoorUnitClient, new_request_id
from .protocol.constants import LockState, LogEvent, LogSource, Opcode
from .protocol.errors import (
    ConnectionLost,
    DoorUnitConnectionError,
    DoorUnitError,
    DoorUnitTimeout,
    Jammed,
    NotPairedError,
    ProtocolError,
)
from .protocol.gatt import MANUFACTURER_ID
from .protocol.keys import StaticKey
from .protocol.messages import Snapshot
from .protocol.records import LogRecord
from .slot_broker import SlotBroker

if TYPE_CHECKING:
    from bleak.backends.device import BLEDevice

_LOGGER = logging.getLogger(__name__)

LOG_PAGE = 100
REFRESH_RETRY_S = 30.0
"""After a failed read, wait this long before an advertisement triggers another."""
ATTRIBUTION_WINDOW_S = 30
"""A BLE log record this close to a command we sent is attributed to that command's user."""


@dataclass(slots=True)
class _Attribution:
    opcode: Opcode
    at: float
    user_id: str | None


@dataclass(slots=True)
class _Challenge:
    value: bytes
    seen: float


@dataclass(slots=True)
class DoorLinkHooks:
    """What the building gives a link: persistence, events and shared proxy slots."""

    save_log_seq: Callable[[str, int], None]
    not_paired: Callable[[DoorLink, bool], None]
    access_events: list[Callable[[AccessEvent], None]] = field(default_factory=list)
    slots: SlotBroker = field(default_factory=SlotBroker)


class DoorLink:
    """The hub's connection to one paired door unit."""

    def __init__(
        self,
        hass: HomeAssistant,
        identity: DoorIdentity,
        hub_key: StaticKey,
        hooks: DoorLinkHooks,
        *,
        log_seq: int | None = None,
    ) -> None:
        """Prepare the link; `async_start` begins listening to advertisements."""
        self.hass = hass
        self.identity = identity
        self._hub_key = hub_key
        self._hooks = hooks
        # The read counter is not restored: a unit's counter restarts at every reboot, so
        # only a read after start-up proves the state shown is current.
        self.state = DoorState(log_seq=log_seq)
        hooks.slots.register(self)
        self._listeners: list[CALLBACK_TYPE] = []
        self._unsubscribe: list[CALLBACK_TYPE] = []
        self._lock = asyncio.Lock()
        self._ble: brc.BleakClientWithServiceCache | None = None
        self._client: DoorUnitClient | None = None
        self._idle_cancel: CALLBACK_TYPE | None = None
        self._challenge: _Challenge | None = None
        self._attributions: list[_Attribution] = []
        self._refresh_task: asyncio.Task[None] | None = None
        self._stopped = False
        self._reported_unreachable = False
        self._refresh_retry_at = 0.0

    @property
    def address(self) -> str:
        """Bluetooth address of the unit."""
        return self.identity.address

    # Listeners --------------------------------------------------------------------------

    @callback
    def async_add_listener(self, update: CALLBACK_TYPE) -> CALLBACK_TYPE:
        """Call `update` whenever the door's state changes; returns a remover."""
        self._listeners.append(update)

        @callback
        def remove() -> None:
            self._listeners.remove(update)

        return remove

    @callback
    def _notify(self) -> None:
        for update in list(self._listeners):
            update()

    # Lifecycle --------------------------------------------------------------------------

    @callback
    def async_start(self) -> None:
        """Listen to advertisements and availability (no connection yet)."""
        self._unsubscribe.append(
            bluetooth.async_register_callback(
                self.hass,
                self._on_advertisement,
                bluetooth.BluetoothCallbackMatcher(address=self.address, connectable=True),
                bluetooth.BluetoothScanningMode.PASSIVE,
            )
        )
        self._unsubscribe.append(
            bluetooth.async_track_unavailable(
                self.hass, self._on_unavailable, self.address, connectable=True
            )
        )
        if info := bluetooth.async_last_service_info(self.hass, self.address, connectable=True):
            self._on_advertisement(info, bluetooth.BluetoothChange.ADVERTISEMENT)

    async def async_stop(self) -> None:
        """Stop listening and release the connection."""
        self._stopped = True
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe.clear()
        if self._refresh_task is not None:
            self._refresh_task.cancel()
        self._cancel_idle()
        await self._async_disconnect()

    # Advertisements ---------------------------------------------------------------------

    @callback
    def _on_advertisement(
        self, info: bluetooth.BluetoothServiceInfoBleak, _change: bluetooth.BluetoothChange
    ) -> None:
        raw = info.manufacturer_data.get(MANUFACTURER_ID)
        if raw is None:
            return
        try:
            advert = AdvertPayload.decode(raw)
        except ProtocolError:
            return
        if advert.unit_id != self.identity.unit_id:
            return
        if self._reported_unreachable:
            _LOGGER.info("Door %s is reachable again", self.identity.name)
            self._reported_unreachable = False
        # Entities only hear about what they show: a new challenge every few seconds is
        # not worth a state write of every entity of the door.
        visible_change = not self.state.available or self.state.rssi != info.rssi
        self.state.available = True
        self.state.rssi = info.rssi
        if self._challenge is None or self._challenge.value != advert.challenge:
            self._challenge = _Challenge(advert.challenge, time.monotonic())
        self.state.advertised_counter = advert.change_counter
        if not advert.paired:
            self._set_not_paired(True)
        elif self.state.not_paired or advert.change_counter != self.state.read_counter:
            # A read confirms a pairing (clearing the repair) or fetches what changed.
            self._schedule_refresh()
        if visible_change:
            self._notify()

    @callback
    def _on_unavailable(self, _info: bluetooth.BluetoothServiceInfoBleak) -> None:
        if not self._reported_unreachable:
            _LOGGER.info("Door %s is unreachable", self.identity.name)
            self._reported_unreachable = True
        self.state.available = False
        self._notify()

    def _fresh_challenge(self) -> bytes | None:
        """The advertised challenge if recent; it is dropped once a handshake used it."""
        challenge = self._challenge
        if challenge is None or time.monotonic() - challenge.seen > CHALLENGE_FRESH_S:
            return None
        return challenge.value

    @callback
    def _schedule_refresh(self, *, after_command: bool = False) -> None:
        if self._stopped or (self._refresh_task is not None and not self._refresh_task.done()):
            return
        if not after_command and time.monotonic() < self._refresh_retry_at:
            return  # the last read failed: advertisements alone do not retry at once
        self._refresh_task = self.hass.async_create_background_task(
            self._async_refresh_quietly(), f"digitalkey refresh {self.identity.name}"
        )

    async def _async_refresh_quietly(self) -> None:
        try:
            await self.async_refresh()
        except DoorUnitError as err:
            self._refresh_retry_at = time.monotonic() + REFRESH_RETRY_S
            _LOGGER.debug("Reading door %s failed: %s", self.identity.name, err)
        else:
            self._refresh_retry_at = 0.0

    # Connection -------------------------------------------------------------------------

    def reachability(self) -> str:
        """HA's explanation of why the unit may not be reachable (for error messages)."""
        return bluetooth.async_address_reachability_diagnostics(
            self.hass, self.address, bluetooth.BluetoothReachabilityIntent.CONNECTION
        )

    def _ble_device(self) -> BLEDevice | None:
        return bluetooth.async_ble_device_from_address(self.hass, self.address, connectable=True)

    async def _async_connect(self) -> DoorUnitClient:
        if self._client is not None and self._ble is not None and self._ble.is_connected:
            return self._client
        device = self._ble_device()
        if device is None:
            raise DoorUnitConnectionError(f"door unit {self.identity.name} is not in range")
        await brc.close_stale_connections_by_address(self.address)
        slots = self._hooks.slots
        await slots.async_acquire(self)
        try:
            ble = await brc.establish_connection(
                brc.BleakClientWithServiceCache,  # looked up now: HA swaps in its wrapper
                device,
                self.identity.name,
                disconnected_callback=self._on_disconnected,
                ble_device_callback=lambda: self._ble_device() or device,
                max_attempts=3,
            )
        except (BleakError, TimeoutError) as err:
            raise DoorUnitConnectionError(str(err)) from err
        finally:
            slots.release()
        client = DoorUnitClient(
            ble,
            unit_id=self.identity.unit_id,
            hub_key=self._hub_key,
            unit_public=self.identity.unit_public,
        )
        try:
            await client.start()
        except DoorUnitError:
            await ble.disconnect()
            raise
        self._ble, self._client = ble, client
        return client

    def _on_disconnected(self, ble: object) -> None:
        if ble is not self._ble:
            return  # a late callback of a connection already replaced
        client, self._client, self._ble = self._client, None, None
        if client is not None:
            client.connection_lost()

    async def _async_disconnect(self) -> None:
        client, ble = self._client, self._ble
        self._client = self._ble = None
        if client is not None:
            await client.close()
        if ble is not None:
            try:
                await ble.disconnect()
            except BleakError as err:
                _LOGGER.debug("Disconnect from %s failed: %s", self.identity.name, err)

    def _cancel_idle(self) -> None:
        if self._idle_cancel is not None:
            self._idle_cancel()
            self._idle_cancel = None

    def _schedule_idle(self) -> None:
        self._cancel_idle()
        if self._stopped:
            return
        if self._hooks.slots.contended:
            self.hass.async_create_background_task(
                self._async_idle_disconnect(), f"digitalkey release {self.identity.name}"
            )
            return

        @callback
        def idle(_now: object) -> None:
            self._idle_cancel = None
            self.hass.async_create_background_task(
                self._async_idle_disconnect(), f"digitalkey release {self.identity.name}"
            )

        self._idle_cancel = async_call_later(self.hass, IDLE_DISCONNECT_S, idle)

    async def _async_idle_disconnect(self) -> None:
        async with self._lock:
            await self._async_disconnect()

    async def async_release_if_idle(self) -> None:
        """Give up the connection now unless a command or read is running."""
        if self._lock.locked() or self._ble is None:
            return
        self._cancel_idle()
        await self._async_idle_disconnect()

    async def _async_session[T](self, run: Callable[[DoorUnitClient], Awaitable[T]]) -> T:
        """Run `run` on a connected client; reconnect once when the link drops."""
        self._cancel_idle()
        try:
            for attempt in range(2):
                client = await self._async_connect()
                handshake = client.last_handshake
                offered = self._challenge
                try:
                    result = await run(client)
                except ConnectionLost, DoorUnitTimeout:
                    self._drop_challenge(offered)
                    await self._async_disconnect()
                    if attempt:
                        raise
                    continue
                except NotPairedError:
                    self._set_not_paired(True)
                    raise
                if client.last_handshake is not handshake:
                    self._drop_challenge(offered)  # used or refused: good for one HELLO
                self._after_session(client)
                return result
            raise AssertionError("unreachable")  # pragma: no cover
        finally:
            self._schedule_idle()

    def _drop_challenge(self, offered: _Challenge | None) -> None:
        """Forget a challenge a handshake used, unless a newer one arrived meanwhile."""
        if offered is not None and self._challenge is offered:
            self._challenge = None

    async def _after_session_time(self, client: DoorUnitClient) -> None:
        result = client.last_handshake
        if (
            result is not None
            and not result.time_applied
            and abs(result.clock_drift) >= CLOCK_DRIFT_TOLERANCE_S
        ):
            await client.set_time()

    def _after_session(self, client: DoorUnitClient) -> None:
        if (result := client.last_handshake) is not None:
            self.state.clock_drift = result.clock_drift
        if self.state.not_paired:
            self._set_not_paired(False)

    def _set_not_paired(self, not_paired: bool) -> None:
        if self.state.not_paired == not_paired:
            return
        self.state.not_paired = not_paired
        self._hooks.not_paired(self, not_paired)
        self._notify()

    # Commands ---------------------------------------------------------------------------

    async def async_operate(self, opcode: Opcode, user_id: str | None) -> LockState:
        """Lock, unlock or unlatch; retries reuse the request id so nothing runs twice."""
        request_id = new_request_id()
        moving = {
            Opcode.LOCK: LockState.LOCKING,
            Opcode.UNLOCK: LockState.UNLOCKING,
            Opcode.UNLATCH: LockState.UNLOCKING,
        }[opcode]
        self.state.pending_state = moving
        self._notify()

        async def run(client: DoorUnitClient) -> LockState:
            challenge = None if client.has_session else self._fresh_challenge()
            command = {
                Opcode.LOCK: client.lock,
                Opcode.UNLOCK: client.unlock,
                Opcode.UNLATCH: client.unlatch,
            }[opcode]
            state = await command(challenge=challenge, request_id=request_id)
            await self._after_session_time(client)
            return state

        self._attributions.append(_Attribution(opcode, time.time(), user_id))
        try:
            async with self._lock:
                try:
                    state = await self._async_session(run)
                except Jammed:
                    self._apply_lock_state(LockState.JAMMED, None)
                    raise
                handshake = self._client.last_handshake if self._client else None
                self._apply_lock_state(state, handshake.snapshot if handshake else None)
        finally:
            self.state.pending_state = None
            self._notify()
            self._schedule_refresh(after_command=True)
        return state

    def _apply_lock_state(self, state: LockState, snapshot: Snapshot | None) -> None:
        base = snapshot or self.state.snapshot
        if base is not None:
            self.state.snapshot = replace(base, lock_state=state)

    async def async_refresh(self) -> None:
        """Read status and new event-log records (after the change counter moved)."""

        async def run(client: DoorUnitClient) -> None:
            snapshot = await client.status(challenge=self._fresh_challenge())
            await self._after_session_time(client)
            self.state.snapshot = snapshot
            await self._async_read_log(client, snapshot)
            self.state.read_counter = snapshot.change_counter

        async with self._lock:
            await self._async_session(run)
        self._notify()

    async def _async_read_log(self, client: DoorUnitClient, snapshot: Snapshot) -> None:
        last = self.state.log_seq
        if last is None or last > snapshot.log_last_seq:
            # First contact (or a unit whose log was replaced): start from now; old
            # records are history from before this hub and are not replayed as events.
            self.state.log_seq = snapshot.log_last_seq
            self._hooks.save_log_seq(self.identity.subentry_id, snapshot.log_last_seq)
            return
        while last < snapshot.log_last_seq:
            oldest, records = await client.read_log(last + 1, LOG_PAGE)
            if oldest > last + 1:
                missed = oldest - (last + 1)
                self.state.missed_records += missed
                _LOGGER.warning(
                    "Door %s overwrote %d event-log records before they were read",
                    self.identity.name,
                    missed,
                )
            if not records:
                break
            for record in records:
                self._emit(record)
            last = records[-1].seq
            await client.ack_log(last)
        self.state.log_seq = last
        self._hooks.save_log_seq(self.identity.subentry_id, last)

    def _emit(self, record: LogRecord) -> None:
        user_id = self._attribute(record)
        event = access_event(self.identity, record, user_id, self._hub_key.key_id)
        for listener in self._hooks.access_events:
            listener(event)

    def _attribute(self, record: LogRecord) -> str | None:
        """Match a BLE log record to the command (and HA user) that caused it."""
        now = time.time()
        self._attributions = [a for a in self._attributions if now - a.at < ATTRIBUTION_WINDOW_S]
        for attribution in self._attributions:
            if access_event_opcode_matches(record, attribution.opcode):
                self._attributions.remove(attribution)
                return attribution.user_id
        return None


def access_event_opcode_matches(record: LogRecord, opcode: Opcode) -> bool:
    """Whether a log record is what `opcode` produces."""
    if record.source is not LogSource.BLE:
        return False
    expected = {
        Opcode.LOCK: {LogEvent.LOCKED, LogEvent.JAMMED},
        Opcode.UNLOCK: {LogEvent.UNLOCKED, LogEvent.JAMMED},
        Opcode.UNLATCH: {LogEvent.UNLATCHED, LogEvent.JAMMED},
    }[opcode]
    return record.event in expected
