"""One door unit as Home Assistant sees it: its state, its listeners and the work it runs.

Nothing polls. The unit's advertisement carries a change counter; when it moves, the link
reads the status and the new event-log records (a move heard during the hub's own command
or read is read when that ends: the read after a command fetches it). Everything that
talks to the unit is a job with a priority (`jobs.Priority`), run by the door's connection
(`door_connection.py`), which connects on demand and lets go of the proxy slot soon after.
Log records are handed to the building's sink, which stores them before the unit is told
it may forget them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass, replace
import functools
import logging
import time
from typing import Any

from homeassistant.components import bluetooth
from homeassistant.core import CALLBACK_TYPE, Context, HomeAssistant, callback
from homeassistant.helpers.event import async_call_later

from .attribution import Attributor, KeyUse
from .const import ADVERT_READ_BURST, ADVERT_READ_INTERVAL_S, UNREACHABLE_AFTER_S
from .door_connection import DoorConnection, Job
from .door_state import DoorIdentity, LinkState
from .errors import OutcomeUnknown
from .jobs import Priority
from .protocol.advertisement import UnpairedAdvert, find_advert, resolve
from .protocol.client import (
    DoorUnitClient,
    HandshakeResult,
    OpenDeadlinePassed,
    new_request_id,
    open_deadline,
)
from .protocol.constants import OPENING_OPCODES, LockState, LogSource, Opcode
from .protocol.errors import (
    DoorUnitConnectionError,
    DoorUnitError,
    Jammed,
    NotPairedError,
)
from .protocol.gatt import DEFAULT_MANUFACTURER_IDS
from .protocol.keys import StaticKey, advert_key
from .protocol.messages import Snapshot
from .protocol.records import LogRecord
from .protocol.semantics import hub_should_set_time
from .slot_broker import SlotBroker

_LOGGER = logging.getLogger(__name__)

LOG_PAGE = 100
REFRESH_RETRY_S = 30.0
"""After a failed read, wait this long before an advertisement triggers another."""

type Clock = Callable[[], float]
type Spawn = Callable[[Coroutine[Any, Any, None], str], asyncio.Task[None]]
"""Starts a background task that unloading the building cancels."""


@functools.lru_cache(maxsize=256)
def _advert_key(unit_secret: bytes) -> bytes | None:
    """A door's advert key (None for a door stored without a unit secret)."""
    return advert_key(unit_secret) if unit_secret else None


@dataclass(frozen=True, slots=True)
class ReadRecord:
    """A log record read from the unit, with the context of the command that caused it."""

    record: LogRecord
    context: Context | None
    ours: bool
    """Whether this hub was the controller (for BLE records)."""
    key: KeyUse | None = None
    """The key the access gate allowed the command on, for a record our command caused."""


type RecordSink = Callable[["DoorLink", list[ReadRecord], int], Awaitable[None]]
"""Stores records and the new log position durably; LOG_ACK is sent after it returned."""
type FollowUp = Callable[[DoorUnitClient, Sequence[LogRecord]], Awaitable[bool]]
"""Work that waits for a record: run in the same session after new records were read.

It gets the session's client and the records just read (stored and acknowledged), and
answers whether it is done (then it is dropped) or still waiting for a later read.
"""


@dataclass(slots=True)
class DoorLinkHooks:
    """What the building gives its links: record sink, repairs, slots, clocks, job follow-up."""

    records: RecordSink
    not_paired: Callable[[DoorLink, bool], None]
    slots: SlotBroker
    spawn: Spawn
    clock: Clock = time.monotonic
    wall_clock: Clock = time.time
    """Unix time the hub sends to units (replaceable in tests)."""
    hub_clock_ok: Callable[[], bool] = lambda: True
    """Whether the hub's own clock is plausible (the building raises a repair when not)."""
    company_ids: Callable[[], Sequence[int]] = lambda: DEFAULT_MANUFACTURER_IDS
    """The company ids the building reads advertisements under now (its options change them)."""
    reached: Callable[[DoorLink], None] = lambda _door: None
    """Told after every job that reached the unit: work that can follow on its connection."""
    snapshot: Callable[[DoorLink, Snapshot], None] = lambda _door, _snapshot: None
    """Told of every authenticated snapshot the unit sent (each WELCOME, each STATUS): the
    credential sync compares the database hash in it with the one it wants the unit to have."""


class DoorLink:
    """The hub's view of, and work for, one paired door unit."""

    def __init__(
        self,
        hass: HomeAssistant,
        identity: DoorIdentity,
        hub_key: StaticKey,
        hooks: DoorLinkHooks,
        *,
        log_seq: int | None = None,
        snapshot: Snapshot | None = None,
    ) -> None:
        """Prepare the link; `async_start` begins listening to advertisements.

        `snapshot` is the unit's last status from before a restart: the door shows it (and
        counts as available, like a unit just heard) until it is read again or falls silent.
        """
        self.hass = hass
        self.identity = identity
        self._hub_key = hub_key
        self._hooks = hooks
        self._clock = hooks.clock
        # The read counter is not restored: a unit's counter restarts at every reboot, so
        # only a read after start-up proves the state shown is current.
        self.state = LinkState(snapshot=snapshot, available=snapshot is not None, log_seq=log_seq)
        self.connection = DoorConnection(
            hass,
            identity,
            hub_key,
            slots=hooks.slots,
            spawn=hooks.spawn,
            clock=hooks.clock,
            wall_clock=hooks.wall_clock,
        )
        self._attributor = Attributor(hooks.clock)
        self._listeners: list[CALLBACK_TYPE] = []
        self._unsubscribe: list[CALLBACK_TYPE] = []
        self._refresh_task: asyncio.Task[None] | None = None
        self._stopped = False
        self._reported_unreachable = False
        self._refresh_retry_at = 0.0
        self._read_tokens = float(ADVERT_READ_BURST)
        self._tokens_at: float | None = None
        self._deferred_read: CALLBACK_TYPE | None = None
        self._heard_while_busy = False
        """An unread counter was heard during our command or read (`_hear_change`)."""
        self._acked_seq: int | None = None
        """The last LOG_ACK sent since start-up."""
        self._follow_ups: list[FollowUp] = []
        self.unit_clock: int | None = None
        """The unit's clock in the last snapshot it sent (before any correction)."""
        self._reported_handshake: HandshakeResult | None = None
        """The last handshake whose snapshot went to `DoorLinkHooks.snapshot` (once each)."""

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
    def notify(self) -> None:
        """Tell every entity of the door to write its state."""
        for update in list(self._listeners):
            update()

    @callback
    def async_add_follow_up(self, follow_up: FollowUp) -> CALLBACK_TYPE:
        """Run `follow_up` after each read that brings new records, until it is done.

        For a command whose answer depends on a record the unit writes later (TAG_LEARNED
        after the DENIED record of an unknown tag): it runs in the session that read the
        record, so the unit is not connected to again. Returns a remover.
        """
        self._follow_ups.append(follow_up)
        return lambda: self._drop_follow_up(follow_up)

    @property
    def follow_ups(self) -> tuple[FollowUp, ...]:
        """The follow-ups still waiting for records."""
        return tuple(self._follow_ups)

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
        self.async_hear_last_advertisement()

    @callback
    def async_hear_last_advertisement(self) -> None:
        """Take in the unit's last advertisement again, e.g. under new company ids.

        A unit whose id was only just accepted is then heard at once, not at its next
        advertisement.
        """
        if self._stopped:
            return
        if info := bluetooth.async_last_service_info(self.hass, self.address, connectable=True):
            self._on_advertisement(info, bluetooth.BluetoothChange.ADVERTISEMENT)

    async def async_stop(self) -> None:
        """Stop listening and release the connection."""
        self._stopped = True
        self._stop_listening()
        self._cancel_deferred_read()
        if self._refresh_task is not None:
            self._refresh_task.cancel()
        await self.connection.async_stop()

    @callback
    def async_stop_listening(self) -> None:
        """Ignore the unit from now on (its door is being deleted)."""
        self._stopped = True
        self._stop_listening()
        self._cancel_deferred_read()

    def _stop_listening(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe.clear()

    @callback
    def async_update_identity(self, identity: DoorIdentity) -> None:
        """The door was renamed or moved, or its unit got a new address (no reload)."""
        moved = identity.address != self.identity.address
        rekeyed = identity.unit_secret != self.identity.unit_secret  # re-paired: new advert key
        repaired = identity.unit_public != self.identity.unit_public
        self.identity = identity
        self.connection.identity = identity
        if (moved or rekeyed) and not self._stopped:  # (re)reads the last advertisement
            self._stop_listening()
            self.async_start()
        if repaired:
            # Paired anew: read at once (it confirms the pairing), whatever was read before.
            self._read_tokens = float(ADVERT_READ_BURST)
            self._refresh_retry_at = 0.0
            self._schedule_refresh()
        self.notify()

    async def async_release_unit(self) -> bool:
        """Factory-reset the unit as its admin (its door was deleted); False if unreachable."""
        try:
            # Straight to the connection: no clock correction on a unit about to forget us.
            await self.connection.async_run(
                lambda client: client.factory_reset(), Priority.INTERACTIVE
            )
        except NotPairedError:
            pass  # the answer was lost and the retry met a unit that is already free
        except DoorUnitError as err:
            _LOGGER.debug("Door %s: could not be released: %r", self.identity.name, err)
            return False
        _LOGGER.debug("Door %s: unit factory-reset", self.identity.name)
        return True

    # Advertisements and availability ----------------------------------------------------

    @callback
    def _on_advertisement(
        self, info: bluetooth.BluetoothServiceInfoBleak, _change: bluetooth.BluetoothChange
    ) -> None:
        advert = find_advert(info.manufacturer_data, self._hooks.company_ids())
        if advert is None:
            return
        if isinstance(advert, UnpairedAdvert):
            if advert.unit_id != self.identity.unit_id:
                return
            # Anyone can send this form (the unit id is printed on the unit). It lets the
            # hub try a connection, which confirms a factory reset or finds nothing, but it
            # never makes the door look available: only its own resolvable form does.
            self.connection.heard(advert.challenge, own=False)
            self._schedule_refresh()
            return
        # paired: ours only if it resolves under this door's advert key
        key = _advert_key(self.identity.unit_secret)
        resolved = None if key is None else resolve(advert, key)
        if resolved is None:
            return
        counter = resolved
        self.connection.heard(advert.challenge)
        if self._reported_unreachable:
            _LOGGER.info("Door %s is reachable again", self.identity.name)
            self._reported_unreachable = False
        # Entities only hear about what they show: a new challenge every few seconds is
        # not worth a state write of every entity of the door.
        visible_change = not self.state.available or self.state.rssi != info.rssi
        self.state.available = True
        self.state.rssi = info.rssi
        self.state.advertised_counter = counter
        # Advertisements are not authenticated: a flag or counter is only a hint, which an
        # authenticated read confirms (the pairing, the repair) or fetches (what changed).
        if self._unread():
            self._hear_change()
        if visible_change:
            self.notify()

    def _unread(self) -> bool:
        """Whether the last advertisement hints at something no read has fetched yet."""
        return self.state.not_paired or self.state.advertised_counter != self.state.read_counter

    @callback
    def _hear_change(self) -> None:
        """Read what an advertisement hints at: now, or once the work under way is done.

        During our own motor command the counter moves by the command's doing, and the read
        after it (exempt from the advertisement limit) fetches whatever else changed too:
        a read for it now would spend the door's advertisement reads on the hub's own
        command and hold back the read of the next real change (a tag right after an app
        lock) by seconds. During a read, the change may have come after the unit answered
        STATUS: it is read once more when that read ends, within the same limit.
        """
        reading = self._refresh_task is not None and not self._refresh_task.done()
        if self.state.pending_opcode is not None or reading:
            self._heard_while_busy = True
            return
        self._schedule_refresh()

    @callback
    def _read_what_was_heard(self, _task: object = None) -> None:
        """After a command or a read: read a change heard meanwhile that is still unread."""
        if self._heard_while_busy and self.state.pending_opcode is None:
            self._heard_while_busy = False
            if self._unread():
                self._schedule_refresh()

    @callback
    def _on_unavailable(self, _info: bluetooth.BluetoothServiceInfoBleak) -> None:
        self._mark_unreachable()

    @callback
    def async_check_silence(self) -> None:
        """Mark the door unavailable once its unit has been silent too long.

        Home Assistant's own tracking checks every five minutes; a caretaker should see a
        door with a dead battery or a proxy down within a minute. Only the unit's own
        resolvable advertisements and authenticated exchanges break the silence: the
        unpaired form, which anyone can send, would otherwise keep a dead unit available.
        """
        if self.state.available and self.connection.own_silent_for() > UNREACHABLE_AFTER_S:
            self._mark_unreachable()

    def _mark_unreachable(self) -> None:
        if not self._reported_unreachable:
            _LOGGER.info("Door %s is unreachable", self.identity.name)
            self._reported_unreachable = True
        if self.state.available:
            self.state.available = False
            self.notify()

    # Jobs -------------------------------------------------------------------------------

    async def async_run[T](
        self, job: Job[T], priority: Priority, *, timeout: float | None = None
    ) -> T:
        """Run `job` on the unit after more urgent work; track pairing and the clock.

        A refusal "unknown controller" is a plaintext message anyone can send: the door is
        only taken for unpaired when a new connection's handshake is refused again.
        `timeout` bounds connecting and the job when it needs longer than a command (a
        credential transaction does).
        """
        self.connection.send_time = self._hooks.hub_clock_ok()
        try:
            if timeout is None:
                result = await self.connection.async_run(self._with_clock(job), priority)
            else:
                result = await self.connection.async_run(
                    self._with_clock(job), priority, timeout=timeout
                )
        except NotPairedError as err:
            if not self.state.not_paired and not await self._async_confirm_not_paired(priority):
                raise OutcomeUnknown("unit refusal not confirmed") from err
            self._set_not_paired(True)
            raise
        self.connection.proven()
        if self.state.not_paired:
            self._set_not_paired(False)
        if not self.state.available:
            # An authenticated exchange is proof of presence, which no advertisement is.
            if self._reported_unreachable:
                _LOGGER.info("Door %s is reachable again", self.identity.name)
                self._reported_unreachable = False
            self.state.available = True
            self.notify()
        self._hooks.reached(self)
        return result

    async def _async_confirm_not_paired(self, priority: Priority) -> bool:
        """Whether a fresh handshake on a new connection is refused again."""

        async def handshake(client: DoorUnitClient) -> Snapshot:
            return await client.status(challenge=self.connection.fresh_challenge())

        try:
            snapshot = await self.connection.async_run(handshake, priority)
        except NotPairedError:
            return True
        except DoorUnitError as err:
            _LOGGER.debug("Door %s: refusal not confirmed: %r", self.identity.name, err)
            return False
        _LOGGER.warning(
            "Door %s: an unauthenticated refusal was contradicted by the unit", self.identity.name
        )
        self.state.snapshot = snapshot
        self.unit_clock = snapshot.clock
        self._hooks.snapshot(self, snapshot)
        return False

    def _with_clock[T](self, job: Job[T]) -> Job[T]:
        async def run(client: DoorUnitClient) -> T:
            result = await job(client)
            handshake = client.last_handshake
            if handshake is not None and handshake is not self._reported_handshake:
                # Once per handshake: a later job on this session would report a database
                # hash from before its own commits.
                self._reported_handshake = handshake
                self._hooks.snapshot(self, handshake.snapshot)
            if handshake is not None:
                self.state.clock_drift = handshake.clock_drift
                self.unit_clock = handshake.snapshot.clock
                trusted = self._hooks.hub_clock_ok()
                self.connection.send_time = client.send_time = trusted
                if trusted and hub_should_set_time(
                    time_applied=handshake.time_applied, drift=handshake.clock_drift
                ):
                    _LOGGER.debug(
                        "Door %s: clock off by %d s, setting it",
                        self.identity.name,
                        handshake.clock_drift,
                    )
                    await client.set_time()
            return result

        return run

    def _set_not_paired(self, not_paired: bool) -> None:
        if self.state.not_paired == not_paired:
            return
        self.state.not_paired = not_paired
        self._hooks.not_paired(self, not_paired)
        self.notify()

    # Commands ---------------------------------------------------------------------------

    async def async_operate(
        self, opcode: Opcode, context: Context | None, key: KeyUse | None = None
    ) -> LockState:
        """Lock, unlock or unlatch for `context` (allowed on `key`); a retry reuses the request id.

        An opening command is sent (first try or retry) only within `OPEN_DEADLINE_S` of
        the call. When a try may have reached the unit but no authenticated answer came,
        the outcome is unknown and the call says so (`OutcomeUnknown`).
        """
        request_id = new_request_id()
        not_after = open_deadline(self._clock) if opcode in OPENING_OPCODES else None
        sent = False
        _LOGGER.debug("Door %s: %s requested", self.identity.name, opcode.name)
        if not self.connection.connected:
            self.connection.ensure_heard()  # out of reach: fail before showing it under way
        self.state.pending_opcode = opcode
        self.notify()

        async def run(client: DoorUnitClient) -> tuple[LockState, Snapshot | None]:
            nonlocal sent
            challenge = None if client.has_session else self.connection.fresh_challenge()
            command = {
                Opcode.LOCK: client.lock,
                Opcode.UNLOCK: client.unlock,
                Opcode.UNLATCH: client.unlatch,
            }[opcode]
            try:
                state = await command(
                    challenge=challenge, request_id=request_id, not_after=not_after
                )
            except DoorUnitError as err:
                if (
                    client.last_sent_request_id == request_id
                    and err is client.last_refusal
                    and not isinstance(err, NotPairedError)  # confirmed or not by async_run
                ):
                    # A plaintext refusal after the command left: anyone may have sent it.
                    raise OutcomeUnknown("unauthenticated answer to a command") from err
                raise
            finally:
                sent = sent or client.last_sent_request_id == request_id
            handshake = client.last_handshake
            return state, handshake.snapshot if handshake else None

        sent_command = self._attributor.sent(opcode, context, key)
        reached = True
        try:
            state, snapshot = await self.async_run(run, Priority.INTERACTIVE)
        except Jammed:
            self._apply_lock_state(LockState.JAMMED, None)
            _LOGGER.debug("Door %s: %s jammed", self.identity.name, opcode.name)
            raise
        except OpenDeadlinePassed as err:
            _LOGGER.debug("Door %s: %s not sent: %r", self.identity.name, opcode.name, err)
            if sent:  # an earlier try left the hub: it may have opened the door
                raise OutcomeUnknown("opening command not confirmed") from err
            raise
        except DoorUnitConnectionError as err:
            reached = sent  # nothing new to read from a unit the command never reached
            _LOGGER.debug("Door %s: %s failed: %r", self.identity.name, opcode.name, err)
            if sent and opcode in OPENING_OPCODES:
                # It left the hub and no answer came back (a link cut or an answer jammed
                # after the unit acted): it may have opened, and is booked as such.
                raise OutcomeUnknown("opening command sent, no answer heard") from err
            raise
        except DoorUnitError as err:
            _LOGGER.debug("Door %s: %s failed: %r", self.identity.name, opcode.name, err)
            raise
        else:
            # The new state before the pending one ends: entities never show the old one.
            self._apply_lock_state(state, snapshot)
            _LOGGER.debug("Door %s: %s done, %s", self.identity.name, opcode.name, state.name)
        finally:
            self._attributor.settle(sent_command)
            self.state.pending_opcode = None
            self.notify()
            if reached:
                self._schedule_refresh(after_command=True)
            else:
                self._read_what_was_heard()  # never got there: what moved is the unit's own
        return state

    def _apply_lock_state(self, state: LockState, snapshot: Snapshot | None) -> None:
        base = snapshot or self.state.snapshot
        if base is not None:
            self.state.snapshot = replace(base, lock_state=state)

    # Reads ------------------------------------------------------------------------------

    @callback
    def _schedule_refresh(self, *, after_command: bool = False) -> None:
        if self._stopped or (self._refresh_task is not None and not self._refresh_task.done()):
            return
        now = self._clock()
        if not after_command:
            if now < self._refresh_retry_at:
                return  # the last read failed: advertisements alone do not retry at once
            if self._tokens_at is not None:
                self._read_tokens = min(
                    float(ADVERT_READ_BURST),
                    self._read_tokens + (now - self._tokens_at) / ADVERT_READ_INTERVAL_S,
                )
            self._tokens_at = now
            if self._read_tokens < 1 - 1e-6:
                # Unauthenticated counters cannot drive reads (and drain the battery)
                # faster than this: one read later fetches whatever changed meanwhile.
                self._defer_read((1 - self._read_tokens) * ADVERT_READ_INTERVAL_S)
                return
            self._read_tokens -= 1
        self._cancel_deferred_read()
        self._refresh_task = self._hooks.spawn(
            self._async_refresh_quietly(), f"digitalkey refresh {self.identity.name}"
        )
        self._refresh_task.add_done_callback(self._read_what_was_heard)

    @callback
    def async_request_read(self) -> None:
        """Read the unit soon, within the limits advertisement-driven reads keep.

        For a check that a unit still answers (a critical battery's): nothing on the air
        proves that, only an authenticated exchange does.
        """
        self._schedule_refresh()

    def _defer_read(self, wait: float) -> None:
        if self._deferred_read is not None:
            return

        @callback
        def read(_now: object) -> None:
            self._deferred_read = None
            self._schedule_refresh()

        self._deferred_read = async_call_later(self.hass, wait, read)

    def _cancel_deferred_read(self) -> None:
        if self._deferred_read is not None:
            self._deferred_read()
            self._deferred_read = None

    async def _async_refresh_quietly(self) -> None:
        try:
            await self.async_refresh()
        except DoorUnitError as err:
            self._refresh_retry_at = self._clock() + REFRESH_RETRY_S
            _LOGGER.debug("Door %s: reading failed: %r", self.identity.name, err)
        except OSError as err:
            # Records not stored are not acknowledged either: the unit keeps them.
            self._refresh_retry_at = self._clock() + REFRESH_RETRY_S
            _LOGGER.warning("Door %s: could not store its records: %s", self.identity.name, err)
        else:
            self._refresh_retry_at = 0.0

    async def async_refresh(self) -> None:
        """Read status and new event-log records (after the change counter moved)."""

        async def run(client: DoorUnitClient) -> None:
            self._heard_while_busy = False  # this STATUS answers what was heard until now
            settled = self._attributor.settled()  # their records are in the log by now
            snapshot = await client.status(challenge=self.connection.fresh_challenge())
            self.state.snapshot = snapshot
            self.unit_clock = snapshot.clock
            self._hooks.snapshot(self, snapshot)
            await self._async_read_log(client, snapshot)
            self.state.read_counter = snapshot.change_counter
            if snapshot.lock_state not in (LockState.LOCKING, LockState.UNLOCKING):
                # Read through without finding them: they left no record (`attribution`).
                self._attributor.read_through(settled)

        await self.async_run(run, Priority.READ)
        self.notify()

    async def _async_read_log(self, client: DoorUnitClient, snapshot: Snapshot) -> None:
        last = self.state.log_seq
        if last is None or last > snapshot.log_last_seq:
            # First contact (or a unit whose log was replaced): start from now; old
            # records are history from before this hub and are not replayed as events.
            await self._hooks.records(self, [], snapshot.log_last_seq)
            self.state.log_seq = self._acked_seq = snapshot.log_last_seq
            return
        stored = False
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
            last = records[-1].seq
            # Stored first, acknowledged after: a crash in between re-reads, never loses.
            await self._hooks.records(self, [self._attributed(r) for r in records], last)
            stored = True
            self.state.log_seq = last
            await client.ack_log(last)
            self._acked_seq = last
            _LOGGER.debug("Door %s: %d log records read", self.identity.name, len(records))
            await self._async_follow_up(client, records)
        if not stored:
            await self._hooks.records(self, [], last)  # the status is kept all the same
            if self._acked_seq != last:
                # Stored before a restart but never acknowledged (the hub stopped between
                # the commit and LOG_ACK): the unit learns it now, not at its next record.
                await client.ack_log(last)
                self._acked_seq = last

    async def _async_follow_up(self, client: DoorUnitClient, records: list[LogRecord]) -> None:
        """Run the waiting follow-ups on records just stored and acknowledged.

        One that raises is dropped, and its error ends the read like any other (its
        records are safe: they were stored and acknowledged first).
        """
        for follow_up in list(self._follow_ups):
            try:
                done = await follow_up(client, records)
            except BaseException:
                self._drop_follow_up(follow_up)
                raise
            if done:
                self._drop_follow_up(follow_up)

    def _drop_follow_up(self, follow_up: FollowUp) -> None:
        if follow_up in self._follow_ups:
            self._follow_ups.remove(follow_up)

    def _attributed(self, record: LogRecord) -> ReadRecord:
        ours = record.source is LogSource.BLE and record.subject == int.from_bytes(
            self._hub_key.key_id[:4]
        )
        command = self._attributor.command_for(record, ours=ours)
        if command is None:
            return ReadRecord(record, None, ours)
        return ReadRecord(record, command.context, ours, command.key)
