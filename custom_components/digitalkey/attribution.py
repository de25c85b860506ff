"""Who caused a log record: matching the unit's records to the commands this hub sent.

A door unit logs that "a controller unlocked over Bluetooth"; only the hub knows which Home
Assistant user pressed the button, and with which key the access gate let them through.
Each command sent is remembered for a short while with the context of the call that caused
it and the key it was allowed on (`KeyUse`), and the first matching record read from the
unit's log afterwards takes both. Records of other controllers, or records read too long
after, stay unattributed rather than being pinned on the wrong person.

A command can leave no record: one that never reached the unit, or one an attacker kept
from it while forging a refusal in its place. Remembered on, it would take the record of
the next like command, someone else's, within the window (another person's unlock, or a
resident's lock read as the hub's relock). So a command is forgotten once a whole read of
the unit's log that began after its call ended (`settled`) found nothing of it
(`read_through`): a unit writes a command's record before it answers, except while its
motor still runs, and a read that finds the motor running forgets nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
import time
from typing import Final

from homeassistant.core import Context

from .protocol.constants import LogSource, Opcode
from .protocol.records import LogRecord
from .protocol.semantics import record_from_command

ATTRIBUTION_WINDOW_S = 30.0
"""A BLE log record this close to a command we sent is attributed to that command."""

HUB_RELOCK: Final = "hub_relock"
"""The `KeyUse` kind of the hub's own LOCK after a guest link's open (`guest_relock`).

Nobody calls for it and no key allows it: the hub locks on its own once the building's
relock time is over, and the unit's record of that LOCK says so, not "from the app".
"""

type Clock = Callable[[], float]


@dataclass(frozen=True, slots=True)
class KeyUse:
    """Why the access gate let a command through, by id only (for the event log).

    `kind` is the policy's key kind (`grant`, `bundle`, `emergency`, `share`) or, for
    callers decided without a key, `admin`, `automation` or `unattributed`; the hub's own
    relock after a guest's open is `HUB_RELOCK`.
    """

    kind: str
    person_id: str | None = None
    grant_id: str | None = None
    share_id: str | None = None
    origin: str | None = None
    """The entity id of the automation or script that made the call, when one did."""


@dataclass(frozen=True, slots=True, eq=False)
class SentCommand:
    """A motor command this hub sent, who asked for it, and on which key.

    Compared by identity: two commands alike in every field are still two commands.
    """

    opcode: Opcode
    at: float
    context: Context | None
    key: KeyUse | None = None


class Attributor:
    """Remembers recent commands of one door and matches log records to them."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        """Nothing sent yet; `clock` is injectable so tests can move time."""
        self._clock = clock
        self._sent: list[SentCommand] = []
        self._settled: list[SentCommand] = []
        """Sent commands whose call has ended (answered, refused or given up)."""

    def sent(
        self, opcode: Opcode, context: Context | None, key: KeyUse | None = None
    ) -> SentCommand:
        """A command is about to be sent on behalf of `context` (None: internal)."""
        self._expire()
        command = SentCommand(opcode, self._clock(), context, key)
        self._sent.append(command)
        return command

    def settle(self, command: SentCommand) -> None:
        """The call that sent `command` has ended: a read from now on finds its record."""
        if command in self._sent:
            self._settled.append(command)

    def settled(self) -> tuple[SentCommand, ...]:
        """The commands whose call has ended and whose record has not been read yet."""
        return tuple(self._settled)

    def read_through(self, settled: Sequence[SentCommand]) -> None:
        """A whole read of the log that began after `settled` ended found none of them.

        They left no record (never reached the unit, or were kept from it), and are
        forgotten, so no later record is taken for theirs.
        """
        self._sent = [c for c in self._sent if c not in settled]
        self._settled = [c for c in self._settled if c not in settled]

    def command_for(self, record: LogRecord, *, ours: bool) -> SentCommand | None:
        """The command that produced `record`, consumed; None when unknown.

        `ours` says whether the record names this hub as the controller: records of other
        controllers never take one of our commands.
        """
        self._expire()
        if record.source is not LogSource.BLE or not ours:
            return None
        for command in self._sent:
            if record_from_command(record, command.opcode):
                self._sent.remove(command)
                if command in self._settled:
                    self._settled.remove(command)
                return command
        return None

    def attribute(self, record: LogRecord, *, ours: bool) -> Context | None:
        """The context of the command that produced `record` (see `command_for`)."""
        command = self.command_for(record, ours=ours)
        return None if command is None else command.context

    def _expire(self) -> None:
        now = self._clock()
        self._sent = [c for c in self._sent if now - c.at < ATTRIBUTION_WINDOW_S]
        self._settled = [c for c in self._settled if c in self._sent]
