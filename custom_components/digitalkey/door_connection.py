"""The hub's Bluetooth connection to one door unit: connect on demand, share, let go.

A unit serves one connection at a time and a proxy has few slots, so a connection is opened
for a job, kept a few seconds for a quick second command, and released at once when another
door of the building waits. Jobs queue by priority (`jobs.Priority`). A job whose link drops
before the answer is run once more on a new connection with the same request id, so a
command never runs twice on the unit. The whole job, connecting included, is bounded in
time: a door out of range fails in seconds with a sentence that says what to check.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
import logging
import time
from typing import TYPE_CHECKING, Any

from bleak.exc import BleakError
import bleak_retry_connector as brc
from homeassistant.components import bluetooth
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.event import async_call_later

from .const import (
    CHALLENGE_FRESH_S,
    COMMAND_TIMEOUT_S,
    CONNECT_ONLY_HEARD_WITHIN_S,
    IDLE_DISCONNECT_S,
)
from .errors import CommandTimedOut, DoorNotHeard
from .jobs import Priority, PriorityLock
from .protocol.client import DoorUnitClient
from .protocol.errors import ConnectionLost, DoorUnitConnectionError, DoorUnitError, DoorUnitTimeout
from .slot_broker import SlotBroker

if TYPE_CHECKING:
    from bleak.backends.device import BLEDevice

    from .door_state import DoorIdentity
    from .protocol.keys import StaticKey

_LOGGER = logging.getLogger(__name__)

type Clock = Callable[[], float]
type Job[T] = Callable[[DoorUnitClient], Awaitable[T]]


@dataclass(slots=True)
class _Challenge:
    value: bytes
    seen: float


class DoorConnection:
    """Connection, challenge, proxy slot and job queue of one door unit."""

    def __init__(
        self,
        hass: HomeAssistant,
        identity: DoorIdentity,
        hub_key: StaticKey,
        *,
        slots: SlotBroker,
        spawn: Callable[[Coroutine[Any, Any, None], str], asyncio.Task[None]],
        clock: Clock,
        wall_clock: Clock = time.time,
    ) -> None:
        """Not connected; `clock` is monotonic seconds, `wall_clock` Unix time (for tests)."""
        self.hass = hass
        self.identity = identity
        self._hub_key = hub_key
        self._slots = slots
        self._spawn = spawn
        self._clock = clock
        self._wall_clock = wall_clock
        self.send_time = True
        """False while the hub doubts its own clock: its time is not pushed to the unit."""
        self._queue = PriorityLock()
        self._ble: brc.BleakClientWithServiceCache | None = None
        self._client: DoorUnitClient | None = None
        self._idle_cancel: CALLBACK_TYPE | None = None
        self._challenge: _Challenge | None = None
        self.last_heard: float | None = None
        """Monotonic time of the unit's last advertisement (None: not heard since start)."""
        self._last_own: float | None = None
        self._last_proven: float | None = None
        """Monotonic time the unit itself was last heard (`heard(..., own=True)`, `proven`)."""
        self._connected_at = 0.0
        self._started = clock()
        self._stopped = False
        slots.register(self)

    # State ------------------------------------------------------------------------------

    @property
    def connected(self) -> bool:
        """Whether a connection to the unit is open."""
        return self._ble is not None

    @property
    def busy(self) -> bool:
        """Whether a job is running or waiting."""
        return self._queue.locked or self._queue.waiting > 0

    def connected_for(self) -> float | None:
        """Seconds the open connection has been up (None when not connected).

        A unit drops every link `LINK_MAX_S` after it was made: long work starts on a new one.
        """
        return None if self._ble is None else self._clock() - self._connected_at

    @property
    def client(self) -> DoorUnitClient | None:
        """The protocol client of the open connection, if any."""
        return self._client

    def heard(self, challenge: bytes, *, own: bool = True) -> None:
        """An advertisement of the unit arrived carrying `challenge`.

        `own` is False for a form anyone can send (the unpaired one names the unit id
        printed on it): it is worth a connection attempt, but no proof the unit is there.
        """
        now = self._clock()
        self.last_heard = now
        if own:
            self._last_own = now
        if self._challenge is None or self._challenge.value != challenge:
            self._challenge = _Challenge(challenge, now)

    def silent_for(self) -> float:
        """Seconds since the unit was last heard (or since the link started, if not yet)."""
        return self._clock() - (self.last_heard if self.last_heard is not None else self._started)

    def proven(self) -> None:
        """An authenticated exchange with the unit succeeded: it is there."""
        self._last_own = self._last_proven = self._clock()

    def unproven_for(self) -> float:
        """Seconds since the last authenticated exchange with the unit (or the link started).

        Even the unit's own advertisement can be recorded and played back by anyone, so
        only this measures that a unit is really still answering.
        """
        start = self._last_proven if self._last_proven is not None else self._started
        return self._clock() - start

    def own_silent_for(self) -> float:
        """Seconds since the unit itself was last heard (or since the link started).

        Its own advertisement or an authenticated exchange counts, not a form anyone can
        send: the silence a dead battery makes is measured on this.
        """
        return self._clock() - (self._last_own if self._last_own is not None else self._started)

    def fresh_challenge(self) -> bytes | None:
        """The advertised challenge if recent enough to be accepted (§2.2), else None."""
        challenge = self._challenge
        if challenge is None or self._clock() - challenge.seen > CHALLENGE_FRESH_S:
            return None
        return challenge.value

    def reachability(self) -> str:
        """HA's explanation of why the unit may not be reachable (debug log, diagnostics)."""
        return bluetooth.async_address_reachability_diagnostics(
            self.hass, self.identity.address, bluetooth.BluetoothReachabilityIntent.CONNECTION
        )

    # Jobs -------------------------------------------------------------------------------

    async def async_run[T](
        self, job: Job[T], priority: Priority, *, timeout: float = COMMAND_TIMEOUT_S
    ) -> T:
        """Run `job` on a connected client, after more urgent work, within `timeout` s.

        Raises `DoorNotHeard` at once when no adapter or proxy has heard the unit lately,
        `CommandTimedOut` when connecting and running took longer than `timeout`.
        """
        try:
            async with self._queue.hold(priority), self._slots.permit(priority):
                self._cancel_idle()
                try:
                    async with asyncio.timeout(timeout):
                        return await self._async_run_with_retry(job)
                except TimeoutError as err:
                    _LOGGER.debug(
                        "Door %s: no result within %.0f s; %s",
                        self.identity.name,
                        timeout,
                        self.reachability(),
                    )
                    await self._async_disconnect()
                    raise CommandTimedOut(timeout) from err
        finally:
            # After the queue let go, so a release asked for now is not refused as busy.
            self._schedule_idle()

    async def _async_run_with_retry[T](self, job: Job[T]) -> T:
        for attempt in range(2):
            client = await self._async_connect()
            handshake = client.last_handshake
            offered = self._challenge
            try:
                result = await job(client)
            except ConnectionLost, DoorUnitTimeout:
                self._drop_challenge(offered)
                await self._async_disconnect()
                if attempt:
                    raise
                _LOGGER.debug("Door %s: link dropped, retrying once", self.identity.name)
                continue
            except DoorUnitError:
                # Whatever the unit answered, nothing stale may be read on this link later.
                self._drop_challenge(offered)
                await self._async_disconnect()
                raise
            if client.last_handshake is not handshake:
                self._drop_challenge(offered)  # used or refused: good for one HELLO
            return result
        raise AssertionError("unreachable")  # pragma: no cover

    def _drop_challenge(self, offered: _Challenge | None) -> None:
        """Forget a challenge a handshake used, unless a newer one arrived meanwhile."""
        if offered is not None and self._challenge is offered:
            self._challenge = None

    # Connecting -------------------------------------------------------------------------

    def _ble_device(self) -> BLEDevice | None:
        return bluetooth.async_ble_device_from_address(
            self.hass, self.identity.address, connectable=True
        )

    def ensure_heard(self) -> BLEDevice:
        """The unit's device, or `DoorNotHeard` when connecting is not worth trying.

        Called before a command shows as under way, so a door out of reach fails at once
        without a moment of "Unlocking" in its history.
        """
        device = self._ble_device()
        if device is None or not bluetooth.async_scanner_devices_by_address(
            self.hass, self.identity.address, connectable=True
        ):
            _LOGGER.debug("Door %s not in range: %s", self.identity.name, self.reachability())
            raise DoorNotHeard(None)  # no adapter or proxy that can connect hears it now
        silent = self.silent_for()
        if self.last_heard is None or silent > CONNECT_ONLY_HEARD_WITHIN_S:
            # It advertises a new challenge every 5 s: silent this long, it is out of reach,
            # and a connection attempt would only keep the person at the door waiting.
            _LOGGER.debug(
                "Door %s not heard for %.0f s: %s", self.identity.name, silent, self.reachability()
            )
            raise DoorNotHeard(silent)
        return device

    async def _async_connect(self) -> DoorUnitClient:
        if self._client is not None and self._ble is not None and self._ble.is_connected:
            self._client.send_time = self.send_time
            return self._client
        device = self.ensure_heard()
        silent = self.silent_for()
        await brc.close_stale_connections_by_address(self.identity.address)
        _LOGGER.debug("Door %s: connecting (heard %.1f s ago)", self.identity.name, silent)
        async with self._slots.connecting(self):
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
                _LOGGER.debug(
                    "Door %s: connecting failed: %s; %s",
                    self.identity.name,
                    err,
                    self.reachability(),
                )
                raise DoorUnitConnectionError(str(err)) from err
        client = DoorUnitClient(
            ble,
            unit_id=self.identity.unit_id,
            hub_key=self._hub_key,
            unit_public=self.identity.unit_public,
            clock=self._wall_clock,
            monotonic=self._clock,
            send_time=self.send_time,
        )
        try:
            await client.start()
        except DoorUnitError:
            await ble.disconnect()
            raise
        self._ble, self._client = ble, client
        self._connected_at = self._clock()
        _LOGGER.debug("Door %s: connected", self.identity.name)
        return client

    def _on_disconnected(self, ble: object) -> None:
        if ble is not self._ble:
            return  # a late callback of a connection already replaced
        _LOGGER.debug("Door %s: disconnected", self.identity.name)
        client, self._client, self._ble = self._client, None, None
        if client is not None:
            client.connection_lost()

    async def async_disconnect(self) -> None:
        """Close the connection now (the unit was re-paired: its old session is void)."""
        await self._async_disconnect()

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

    # Idle release -----------------------------------------------------------------------

    def _cancel_idle(self) -> None:
        if self._idle_cancel is not None:
            self._idle_cancel()
            self._idle_cancel = None

    def _schedule_idle(self) -> None:
        self._cancel_idle()
        if self._stopped or self._ble is None:
            return
        if self._slots.contended:
            self._spawn(self.async_release_if_idle(), f"digitalkey release {self.identity.name}")
            return

        @callback
        def idle(_now: object) -> None:
            self._idle_cancel = None
            self._spawn(self.async_release_if_idle(), f"digitalkey release {self.identity.name}")

        self._idle_cancel = async_call_later(self.hass, IDLE_DISCONNECT_S, idle)

    async def async_release_if_idle(self) -> None:
        """Give up the connection now unless a job is running or waiting."""
        if self.busy or self._ble is None:
            return
        self._cancel_idle()
        _LOGGER.debug("Door %s: releasing the connection", self.identity.name)
        await self._async_disconnect()

    async def async_stop(self) -> None:
        """Release the connection for good (the door is unloaded or removed)."""
        self._stopped = True
        self._cancel_idle()
        self._slots.unregister(self)
        await self._async_disconnect()
