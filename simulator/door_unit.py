"""Reference door unit: the lock side of protocol v2 with hooks a test can drive.

State that a real unit keeps in flash (keys, controllers, credentials, event log and its
sequence number, boot counter, pairing lockout) survives `reboot()`; what a real unit keeps
in RAM (sessions, challenges, the request-id memory) does not. The protocol handling of one
connection lives in `unit_connection.py`; this module owns the state and the physical world
(bolt, door contact, battery, keypad, tag reader, buttons).
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable
import os
import time

from custom_components.digitalkey.protocol.advertisement import (
    NO_UNIT_ID,
    PairedAdvert,
    UnitInfo,
    UnpairedAdvert,
    local_name,
    paired_local_name,
)
from custom_components.digitalkey.protocol.constants import (
    CHALLENGE_LEN,
    CHALLENGE_ROTATE_S,
    CHALLENGE_VALID_S,
    HELLO_BUDGET,
    HELLO_BUDGET_S,
    KEYPAD_LOCKOUT_S,
    PAIRING_LOCKOUT_S,
    PAIRING_MAX_ATTEMPTS,
    PAIRING_WINDOW_S,
    PRAND_LEN,
    AdvertFlag,
    ConfigKey,
    CredentialType,
    DenyReason,
    DoorState,
    Feature,
    LockState,
    LogEvent,
    LogSource,
    Opcode,
)
from custom_components.digitalkey.protocol.gatt import SERVICE_UUID
from custom_components.digitalkey.protocol.keys import StaticKey, advert_key, hint_key, match_hint
from custom_components.digitalkey.protocol.messages import Snapshot
from custom_components.digitalkey.protocol.records import credential_secret
from custom_components.digitalkey.protocol.schedule import deny_reason
from custom_components.digitalkey.protocol.semantics import motor_run, time_set_detail

from .radio import Advertisement, PeripheralLink, RadioPeripheral
from .timers import CallLater, Timer, loop_call_later
from .unit_connection import UnitConnection
from .unit_state import Flash, PairedController, Remembered, UnitConfig

__all__ = ["DoorUnit", "Flash", "PairedController", "UnitConfig", "subject_of"]

REQUEST_MEMORY = 32
"""Final responses remembered per controller, so retries never operate the bolt twice."""
BATTERY_LOW_PERCENT = 15
_AFTER_POWER_LOSS = {
    LockState.UNLOCKING: LockState.UNLOCKED,
    LockState.LOCKING: LockState.LOCKED,
    LockState.UNLATCHED: LockState.UNLOCKED,
}
"""A reboot stops the motor (it has reached its end by the time the unit is back) and lets
go of a held latch."""


def subject_of(key_id: bytes) -> int:
    """Subject of a record with source BLE: the first 4 bytes of the key id (§9)."""
    return int.from_bytes(key_id[:4])


class DoorUnit:
    """One simulated door unit."""

    def __init__(
        self,
        config: UnitConfig,
        *,
        clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
        entropy: Callable[[int], bytes] = os.urandom,
        session_ephemeral: Callable[[], bytes] | None = None,
        call_later: CallLater = loop_call_later,
        link_call_later: CallLater | None = None,
        battery_percent: int = 90,
    ) -> None:
        """Build a unit in factory state (not paired, not in pairing mode).

        `clock` and `monotonic` are the unit's wall and monotonic clocks; `entropy` draws
        its challenges, prands and SPAKE2 randomness; `session_ephemeral`, when given, draws
        the private half of each session's ephemeral X25519 key, which otherwise the Noise
        library draws itself (only reproducible test vectors need it); `call_later`
        schedules what the unit does by itself later (challenge rotation, latch release,
        auto-relock); `link_call_later` the links' timeouts (pre-auth, idle, lifetime),
        by default the same as `call_later`. Tests pass their own to move time without
        sleeping.
        """
        self.config = config
        self.unit_id = config.unit_id
        self._clock = clock
        self.monotonic = monotonic
        self.entropy = entropy
        self.session_ephemeral = session_ephemeral
        self.call_later = call_later
        self.link_call_later = call_later if link_call_later is None else link_call_later
        self.flash = Flash(static=StaticKey.generate())
        self.flash.credentials.capacity = config.credential_capacity
        self.flash.log.capacity = config.log_capacity
        self.clock_offset = 0.0
        self.lock_state = LockState.LOCKED
        self.door_state = (
            DoorState.CLOSED if config.features & Feature.DOOR_CONTACT else DoorState.UNKNOWN
        )
        self.battery_percent = battery_percent
        self.battery_mv = self._mv_for(battery_percent)
        self.change_counter = 0
        self.pairing_until = 0.0
        self.pairing_epoch = 0
        """Changes whenever the pairing window opens or closes: voids pending attempts."""
        self._hello_times: list[float] = []
        self.jammed = False
        self.responsive = True
        self.drop_link_before_reply = False
        self.motor_busy = False
        self.keypad_wrong = 0
        self.keypad_locked_until = 0.0
        self.request_memory: dict[bytes, OrderedDict[int, Remembered]] = {}
        self.connections: dict[int, UnitConnection] = {}
        self.peripheral: RadioPeripheral | None = None
        self._challenges: dict[bytes, float] = {}
        self._challenge = b""
        self._rotate_timer: Timer | None = None
        self._latch_timer: Timer | None = None
        """Releases a pulled latch once the unlatch hold time is over."""
        self._relock_timer: Timer | None = None
        """Locks an unlocked bolt once the auto-relock time is over (or ends that run)."""
        self._relocking = False
        self._learn_until: float | None = None
        """Monotonic end of the TAG_LEARN window, None while none is open (RAM only)."""
        self._learned_uid: bytes | None = None
        """The first unknown tag's UID presented in the window, until TAG_LEARNED reads it."""
        self._learn_timer: Timer | None = None
        self._advert: tuple[tuple[object, ...], bytes] | None = None
        """Last advertised payload and what it was made from: a new prand only on change."""
        self._derived: dict[tuple[bytes, ...], bytes | None] = {}
        """Advert and hint keys derived from the flash (cheap to keep, costly to redo)."""
        self.motor_operations = 0
        self.change_listeners: list[Callable[[], None]] = []
        """Called after every change the unit advertises (for measurements and persistence)."""
        self._new_challenge()

    # Radio ------------------------------------------------------------------------------

    @property
    def name(self) -> str:
        """Advertised local name."""
        return local_name(self.unit_id)

    def attach(self, peripheral: RadioPeripheral) -> None:
        """Advertise through `peripheral`, start rotating challenges and arm the bolt's timers.

        Arming here is what makes a restored unit (persistence) release a latch or relock.
        """
        self.peripheral = peripheral
        self._publish()
        self._schedule_rotation()
        self._arm_bolt_timers()

    def detach(self) -> None:
        """Stop timers (the radio closes the links)."""
        if self._rotate_timer is not None:
            self._rotate_timer.cancel()
            self._rotate_timer = None
        self._cancel_bolt_timers()
        self._end_tag_learning()
        self.peripheral = None

    def _schedule_rotation(self) -> None:
        if self._rotate_timer is not None:
            self._rotate_timer.cancel()
        self._rotate_timer = self.call_later(CHALLENGE_ROTATE_S, self._rotate)

    def _rotate(self) -> None:
        self._new_challenge()
        self._publish()
        self._schedule_rotation()

    def _new_challenge(self) -> None:
        now = self.monotonic()
        self._challenges = {
            value: issued
            for value, issued in self._challenges.items()
            if now - issued <= CHALLENGE_VALID_S
        }
        self._challenge = self.entropy(CHALLENGE_LEN)
        self._challenges[self._challenge] = now

    @property
    def challenge(self) -> bytes:
        """The challenge currently advertised."""
        return self._challenge

    def consume_challenge(self, value: bytes) -> bool:
        """Accept a challenge once, and only while it is fresh."""
        issued = self._challenges.pop(value, None)
        fresh = issued is not None and self.monotonic() - issued <= CHALLENGE_VALID_S
        if value == self._challenge:
            self._new_challenge()
            self._publish()
        return fresh

    @property
    def flags(self) -> AdvertFlag:
        """Pairing state as advertised and in INFO."""
        flags = AdvertFlag(0)
        if self.pairing_mode:
            flags |= AdvertFlag.PAIRING_MODE
        if self.flash.controllers:
            flags |= AdvertFlag.PAIRED
        if self.locked_out:
            flags |= AdvertFlag.LOCKED_OUT
        return flags

    def advertisement(self) -> Advertisement:
        """What the unit broadcasts now: its unit id only while unpaired (§2.2).

        Paired, it advertises a resolvable identifier with a prand drawn afresh whenever
        the challenge, the counter or the flags change, and a name without its unit id.
        The simulated radio keeps a fixed Bluetooth address; a real unit MUST use a
        resolvable private address as well.
        """
        flags = self.flags
        if not flags & AdvertFlag.PAIRED:
            payload = UnpairedAdvert(flags, self._challenge, self.unit_id, self.change_counter)
            return self._advertise(self.name, payload.encode())
        state = (self.flash.unit_secret, flags, self.change_counter, self._challenge)
        if self._advert is None or self._advert[0] != state:
            paired = PairedAdvert.build(
                self._advert_key(),
                flags=flags,
                change_counter=self.change_counter,
                challenge=self._challenge,
                prand=self.entropy(PRAND_LEN),
            )
            self._advert = (state, paired.encode())
        return self._advertise(paired_local_name(), self._advert[1])

    def _advertise(self, name: str, payload: bytes) -> Advertisement:
        return Advertisement(
            local_name=name,
            service_uuids=[SERVICE_UUID],
            manufacturer_data={self.config.company_id: payload},
        )

    def _advert_key(self) -> bytes:
        cache_key = (b"advert", self.flash.unit_secret)
        if cache_key not in self._derived:
            self._derived[cache_key] = advert_key(self.flash.unit_secret)
        key = self._derived[cache_key]
        assert key is not None
        return key

    def find_controller(self, hint: bytes) -> PairedController | None:
        """The controller whose HELLO hint this is (each one is tried), else None."""
        static = self.flash.static
        candidates: list[tuple[PairedController, bytes]] = []
        for controller in self.flash.controllers.values():
            cache_key = (b"hint", static.public, controller.public)
            if cache_key not in self._derived:
                self._derived[cache_key] = hint_key(static, controller.public)
            key = self._derived[cache_key]
            if key is not None:
                candidates.append((controller, key))
        return match_hint(hint, self.unit_id, candidates)

    def _publish(self) -> None:
        if self.peripheral is not None:
            self.peripheral.set_advertisement(self.advertisement())

    def bump(self) -> None:
        """Something changed: bump the advertised change counter so the hub comes to read."""
        self.change_counter = (self.change_counter + 1) & 0xFFFF
        self._publish()
        for listener in list(self.change_listeners):
            listener()

    def read_info(self) -> bytes:
        """INFO characteristic value."""
        flags = self.flags
        return UnitInfo(
            NO_UNIT_ID if flags & AdvertFlag.PAIRED else self.unit_id,
            flags,
            self.config.features,
            self.config.max_message,
            self.config.firmware,
        ).encode()

    def on_connect(self, link: PeripheralLink) -> None:
        """A central connected: start a protocol handler for this link."""
        self.connections[link.connection_id] = UnitConnection(self, link)

    def on_write(self, link: PeripheralLink, data: bytes, with_response: bool) -> None:  # noqa: ARG002
        """RX written: hand the fragment to the link's handler."""
        connection = self.connections.get(link.connection_id)
        if connection is not None and self.responsive:
            connection.feed(data)

    def on_disconnect(self, link: PeripheralLink) -> None:
        """A link dropped."""
        connection = self.connections.pop(link.connection_id, None)
        if connection is not None:
            connection.close()

    # Time -------------------------------------------------------------------------------

    def now(self) -> int:
        """The unit's own clock (unix seconds), which may drift from the hub's."""
        return int(self._clock() + self.clock_offset)

    def set_clock(self, unix_time: int, by: bytes) -> int:
        """Set the clock for the controller with key id `by`; returns the previous reading.

        Every correction comes from a controller (SET_TIME, HELLO, PAIR_CONFIRM), so one of
        CLOCK_TOLERANCE_S or more is logged as TIME_SET with source BLE and its subject,
        at the new time (§9).
        """
        previous = self.now()
        self.clock_offset = unix_time - self._clock()
        detail = time_set_detail(previous, unix_time)
        if detail is not None:
            self.log(LogEvent.TIME_SET, LogSource.BLE, subject_of(by), detail)
        return previous

    def drift(self, seconds: float) -> None:
        """Hook: let the unit clock run off by `seconds`."""
        self.clock_offset += seconds

    # Flash-backed state -----------------------------------------------------------------

    def log(self, event: LogEvent, source: LogSource, subject: int = 0, detail: int = 0) -> None:
        """Append to the event log and advertise the change."""
        self.flash.log.append(self.now(), event, source, subject, detail)
        self.bump()

    def snapshot(self, clock: int | None = None) -> Snapshot:
        """Status as sent in WELCOME and STATUS."""
        creds = self.flash.credentials
        return Snapshot(
            lock_state=self.lock_state,
            door_state=self.door_state,
            battery_percent=self.battery_percent,
            battery_mv=self.battery_mv,
            clock=self.now() if clock is None else clock,
            boot_count=self.flash.boot_count,
            log_last_seq=self.flash.log.last_seq,
            cred_version=creds.version,
            cred_hash=creds.live.hash(),
            features=self.config.features,
            change_counter=self.change_counter,
        )

    def remembered(self, controller: bytes) -> OrderedDict[int, Remembered]:
        """Request-id memory of one controller."""
        return self.request_memory.setdefault(controller, OrderedDict())

    def remember(self, controller: bytes, entry: Remembered) -> None:
        """Keep a final response so a retry gets it back instead of a second run."""
        memory = self.remembered(controller)
        memory.pop(entry.response.request_id, None)
        memory[entry.response.request_id] = entry
        while len(memory) > REQUEST_MEMORY:
            memory.popitem(last=False)

    def reset_hello_budget(self) -> None:
        """Forget the handshakes counted so far (benches open sessions faster than people)."""
        self._hello_times.clear()

    def hello_budget_taken(self) -> bool:
        """Count a HELLO against the unit's budget; False when the budget is used up."""
        now = self.monotonic()
        self._hello_times = [t for t in self._hello_times if now - t < HELLO_BUDGET_S]
        if len(self._hello_times) >= HELLO_BUDGET:
            return False
        self._hello_times.append(now)
        return True

    def controller_changed(self, key_id: bytes, *, end_sessions: bool = True) -> None:
        """A controller was removed or changed role: forget its answers, end its sessions.

        An admin changing its own role keeps its links (its answer still has to go out);
        the new role holds from its next command, as roles are read on every command.
        """
        self.request_memory.pop(key_id, None)
        if not end_sessions:
            return
        for connection in list(self.connections.values()):
            if connection.controller_key_id == key_id:
                connection.drop()

    # Pairing ----------------------------------------------------------------------------

    @property
    def pairing_window_open(self) -> bool:
        """Whether the pairing window is open (whatever the lockout)."""
        return self.monotonic() < self.pairing_until

    @property
    def pairing_mode(self) -> bool:
        """Whether the pairing window is open and pairing is not locked out."""
        return self.pairing_window_open and not self.locked_out

    def close_pairing_window(self) -> None:
        """End the window; every attempt still pending on any link becomes void."""
        self.pairing_until = 0.0
        self.pairing_epoch += 1

    @property
    def locked_out(self) -> bool:
        """Whether too many wrong codes closed pairing for a while."""
        return self.monotonic() < self.flash.lockout_until

    def press_pairing_button(self) -> bool:
        """Hook: open the 5-minute pairing window (only in factory state, not locked out)."""
        if self.flash.controllers or self.locked_out:
            return False
        self.pairing_until = self.monotonic() + PAIRING_WINDOW_S
        self.pairing_epoch += 1
        self._publish()
        return True

    def pairing_attempt_started(self) -> int:
        """Count an attempt before it can succeed; returns attempts left if it fails.

        Counting at the start (not on failure) means aborting a guess still costs an attempt.
        """
        if self.flash.pairing_failures >= PAIRING_MAX_ATTEMPTS:
            self.flash.pairing_failures = 0  # the previous lockout has run out
        self.flash.pairing_failures += 1
        left = max(0, PAIRING_MAX_ATTEMPTS - self.flash.pairing_failures)
        if left == 0:
            self.flash.lockout_until = self.monotonic() + PAIRING_LOCKOUT_S
        return left

    def pairing_failed(self) -> None:
        """A confirmation failed; close the window when attempts are used up."""
        if self.flash.pairing_failures >= PAIRING_MAX_ATTEMPTS:
            self.close_pairing_window()
            self.flash.pairing_failures = 0
        self._publish()

    def paired(self, controller: PairedController) -> None:
        """Store the first controller and leave pairing mode."""
        self.flash.controllers[controller.key_id] = controller
        self.flash.pairing_failures = 0
        self.flash.lockout_until = 0.0
        self.close_pairing_window()
        self.log(LogEvent.PAIRED, LogSource.BLE, subject_of(controller.key_id))

    def lockout_left(self) -> int:
        """Seconds until pairing opens again."""
        return max(0, int(self.flash.lockout_until - self.monotonic()) + 1)

    def factory_reset(self) -> None:
        """Hook (long press inside the housing): forget keys, controllers and credentials."""
        for connection in list(self.connections.values()):
            connection.drop()
        log = self.flash.log
        log.records.clear()
        self.flash = Flash(static=StaticKey.generate(), log=log, boot_count=self.flash.boot_count)
        self.flash.credentials.capacity = self.config.credential_capacity
        self.request_memory.clear()
        self._end_tag_learning()
        self.close_pairing_window()
        self._arm_bolt_timers()  # the settings are back at their defaults
        self.bump()

    # Physical world -------------------------------------------------------------------

    def set_battery(self, percent: int, millivolts: int | None = None) -> None:
        """Hook: the battery level changed."""
        was_low = self.battery_percent <= BATTERY_LOW_PERCENT
        self.battery_percent = max(0, min(100, percent))
        self.battery_mv = self._mv_for(self.battery_percent) if millivolts is None else millivolts
        if self.battery_percent <= BATTERY_LOW_PERCENT and not was_low:
            self.log(LogEvent.BATTERY_LOW, LogSource.SYSTEM, detail=self.battery_percent)
        else:
            self.bump()

    @staticmethod
    def _mv_for(percent: int) -> int:
        """Rough 2xAA alkaline curve: 2.2 V empty, 3.2 V full."""
        return 2200 + percent * 10

    def jam(self, jammed: bool = True) -> None:
        """Hook: the bolt sticks (every motor run fails until cleared)."""
        self.jammed = jammed
        if jammed:
            self.set_lock_state(LockState.JAMMED)
            self.log(LogEvent.JAMMED, LogSource.SYSTEM)

    def open_door(self) -> None:
        """Hook: the door contact opens."""
        self._set_door(DoorState.OPEN, LogEvent.DOOR_OPENED)

    def close_door(self) -> None:
        """Hook: the door contact closes."""
        self._set_door(DoorState.CLOSED, LogEvent.DOOR_CLOSED)

    def _set_door(self, state: DoorState, event: LogEvent) -> None:
        if not self.config.features & Feature.DOOR_CONTACT or self.door_state is state:
            return
        self.door_state = state
        self._arm_bolt_timers()  # auto-relock waits for a closed door
        self.log(event, LogSource.SYSTEM)

    def press_inside_button(self) -> None:
        """Hook: the exit button on the inside opens the door."""
        self.set_lock_state(LockState.UNLOCKED)
        self.log(LogEvent.UNLOCKED, LogSource.BUTTON)

    def enter_pin(self, pin: str) -> bool:
        """Hook: someone types a PIN on the keypad. Returns whether the door opened."""
        if not self.config.features & Feature.KEYPAD:
            return False
        if self.monotonic() < self.keypad_locked_until:
            self.log(LogEvent.DENIED, LogSource.PIN, detail=DenyReason.KEYPAD_LOCKED)
            return False
        opened = self._present(CredentialType.PIN, pin.encode(), LogSource.PIN)
        if opened:
            self.keypad_wrong = 0
        else:
            self.keypad_wrong += 1
            if self.keypad_wrong >= self.flash.setting(ConfigKey.KEYPAD_LOCKOUT_ATTEMPTS):
                self.keypad_wrong = 0
                self.keypad_locked_until = self.monotonic() + KEYPAD_LOCKOUT_S
        return opened

    def present_tag(self, uid: bytes) -> bool:
        """Hook: a tag is held to the reader, `uid` as the reader reports it (UID0 first).

        Returns whether the door opened.
        """
        if not self.config.features & Feature.TAG_READER:
            return False
        return self._present(CredentialType.TAG, uid, LogSource.TAG)

    def _present(self, kind: CredentialType, value: bytes, source: LogSource) -> bool:
        try:
            secret: bytes | None = credential_secret(self.flash.unit_secret, kind, value)
        except ValueError:  # a PIN or UID of a length no record can have (§8.1)
            secret = None
        records = [] if secret is None else self.flash.credentials.live.matching(kind, secret)
        if not records:
            if kind is CredentialType.TAG and secret is not None:
                self._catch_unknown_tag(value)  # before the record the hub waits for
            self.log(LogEvent.DENIED, source, detail=DenyReason.UNKNOWN_CREDENTIAL)
            return False
        # Records sharing a secret (§8.1): the lowest id that opens opens, else the lowest
        # id's reason is the refusal, so a disabled duplicate never blocks an enabled one.
        utc_offset = self.flash.setting(ConfigKey.UTC_OFFSET_S)
        reasons = [(record, deny_reason(record, self.now(), utc_offset)) for record in records]
        opening = [record for record, reason in reasons if reason is DenyReason.NONE]
        if not opening:
            record, reason = reasons[0]
            self.log(LogEvent.DENIED, source, record.cred_id, reason)
            return False
        record = opening[0]
        if self.jammed:
            self.log(LogEvent.JAMMED, source, record.cred_id)
            return False
        self.set_lock_state(LockState.UNLOCKED)
        self.log(LogEvent.UNLOCKED, source, record.cred_id)
        return True

    # Tag learning (TAG_LEARN, TAG_LEARNED; RAM only) ----------------------------------

    def start_tag_learning(self, seconds: int) -> None:
        """Open a window of `seconds` in which the first unknown tag's UID is kept.

        A new window forgets what an earlier one caught: one UID, for the admin who asked
        last. The timer wipes it when the window ends, as a real unit would.
        """
        self._end_tag_learning()
        self._learn_until = self.monotonic() + seconds
        self._learn_timer = self.call_later(seconds, self._end_tag_learning)

    def take_learned_tag(self) -> bytes | None:
        """The UID caught in the open window, None without one; the window ends either way."""
        uid = self._learned_uid if self._tag_learning_open() else None
        self._end_tag_learning()
        return uid

    @property
    def tag_learning_open(self) -> bool:
        """Whether a TAG_LEARN window is open now (what an installer sees as a blinking LED)."""
        return self._tag_learning_open()

    def _tag_learning_open(self) -> bool:
        return self._learn_until is not None and self.monotonic() < self._learn_until

    def _catch_unknown_tag(self, uid: bytes) -> None:
        """Keep `uid` when a window is open and has caught nothing yet (only the first)."""
        if self._tag_learning_open() and self._learned_uid is None:
            self._learned_uid = bytes(uid)

    def _end_tag_learning(self) -> None:
        if self._learn_timer is not None:
            self._learn_timer.cancel()
        self._learn_timer = None
        self._learn_until = None
        self._learned_uid = None

    async def reboot(self, *, clock_lost: bool = False) -> None:
        """Hook: restart. Links drop; RAM state is lost; flash survives.

        `clock_lost` is a power loss that stopped the real-time clock as well: the unit
        starts it again from the time of its newest log record (0 without one), so the
        log never goes back in time and an ADMIN's SET_TIME brings it forward (§5.1).
        """
        for connection in list(self.connections.values()):
            connection.drop()
        self.connections.clear()
        self.request_memory.clear()
        self.flash.credentials.abort()  # a transaction is RAM: it ends with the power
        self._end_tag_learning()  # so is a learning window and the UID it caught
        self._challenges.clear()
        self._hello_times.clear()
        self.close_pairing_window()
        self.motor_busy = self._relocking = False
        self._cancel_bolt_timers()
        self.lock_state = _AFTER_POWER_LOSS.get(self.lock_state, self.lock_state)
        self._arm_bolt_timers()
        if clock_lost:
            records = self.flash.log.records
            self.clock_offset = (records[-1].time if records else 0) - self._clock()
        self.flash.boot_count += 1
        self.log(LogEvent.BOOT, LogSource.SYSTEM, detail=min(self.flash.boot_count, 0xFFFF))
        self._new_challenge()
        self._publish()
        await asyncio.sleep(0)

    # Bolt and latch ---------------------------------------------------------------------

    def set_lock_state(self, state: LockState) -> None:
        """Move the bolt's state and (re)arm what follows from it; the caller logs or bumps.

        UNLATCHED arms the latch release after the unlatch hold time; UNLOCKED arms the
        auto-relock; any other state cancels both.
        """
        self.lock_state = state
        self._arm_bolt_timers()

    @property
    def unlatch_hold_s(self) -> int:
        """Seconds the latch stays pulled after UNLATCH (config key 2)."""
        return self.flash.setting(ConfigKey.UNLATCH_HOLD_S)

    @property
    def auto_relock_s(self) -> int | None:
        """Seconds after which an unlocked bolt locks itself; None when off.

        Only a unit with the auto-relock feature relocks, and only with config key 1 set
        above 0.
        """
        seconds = self.flash.setting(ConfigKey.AUTO_RELOCK_S)
        if not self.config.features & Feature.AUTO_RELOCK or seconds <= 0:
            return None
        return seconds

    def settings_changed(self) -> None:
        """CONFIG_SET wrote a setting: timers count again from now with the new values."""
        self._arm_bolt_timers()

    def _cancel_bolt_timers(self) -> None:
        for timer in (self._latch_timer, self._relock_timer):
            if timer is not None:
                timer.cancel()
        self._latch_timer = self._relock_timer = None

    def _arm_bolt_timers(self) -> None:
        if self._relocking:
            return  # an auto-relock run is under way: it ends by itself
        self._cancel_bolt_timers()
        if self.lock_state is LockState.UNLATCHED:
            self._latch_timer = self.call_later(self.unlatch_hold_s, self._release_latch)
        elif (
            self.lock_state is LockState.UNLOCKED
            and self.door_state is not DoorState.OPEN
            and (relock := self.auto_relock_s) is not None
        ):
            self._relock_timer = self.call_later(relock, self._auto_relock)

    def _release_latch(self) -> None:
        """The latch springs back; the bolt stays withdrawn. Not an access event: no record."""
        self._latch_timer = None
        if self.lock_state is LockState.UNLATCHED:
            self.set_lock_state(LockState.UNLOCKED)
            self.bump()

    def _auto_relock(self) -> None:
        self._relock_timer = None
        if (
            self.lock_state is not LockState.UNLOCKED
            or self.door_state is DoorState.OPEN
            or self.motor_busy
        ):
            return
        if self.config.motor_time <= 0:
            self._finish_relock()
            return
        self.motor_busy = self._relocking = True
        self.lock_state = motor_run(Opcode.LOCK).moving
        self._relock_timer = self.call_later(self.config.motor_time, self._finish_relock)
        self.bump()

    def _finish_relock(self) -> None:
        self._relock_timer = None
        self.motor_busy = self._relocking = False
        self.motor_operations += 1
        if self.jammed:
            self.set_lock_state(LockState.JAMMED)
            self.log(LogEvent.JAMMED, LogSource.AUTO)
            return
        run = motor_run(Opcode.LOCK)
        self.set_lock_state(run.final)
        self.log(run.event, LogSource.AUTO)
