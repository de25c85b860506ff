"""Credential syncs as tests watch them: holders in the registry, the unit's commands, cuts.

Holders are added through the registry store (`AccessRuntime.async_apply`) as actions add
them; many at once in one operation, so a batch of 2,500 is one change, saved once. The
reference units' credential commands are noted as they handle them (`UnitCommands`), and
a link can be cut at any of them, before or after the unit carried it out: the unit still
decides everything about what it received.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_fire_time_changed

from custom_components.digitalkey.access.credential_vault import CredentialVault
from custom_components.digitalkey.access.model import CredentialKind, Role
from custom_components.digitalkey.access.plan import Change
from custom_components.digitalkey.access.registry import Registry
from custom_components.digitalkey.const import CONF_HUB_KEY
from custom_components.digitalkey.credential_sync import CredentialSync
from custom_components.digitalkey.credential_sync_state import DoorSyncStatus, SyncState
from custom_components.digitalkey.protocol.constants import Opcode, Status
from custom_components.digitalkey.protocol.records import CredentialRecord
from custom_components.digitalkey.protocol.wire import Reader
from custom_components.digitalkey.registry_store import AccessRuntime
from simulator import unit_commands
from simulator.door_unit import DoorUnit
from simulator.unit_commands import Caller

from .conftest import Residents, SimUnit, Site, door_link, until

CREDENTIAL_OPCODES = (
    Opcode.CRED_BEGIN,
    Opcode.CRED_WRITE,
    Opcode.CRED_COMMIT,
    Opcode.CRED_ABORT,
    Opcode.CRED_BUCKETS,
    Opcode.CRED_READ_BUCKET,
)


def vault_of(entry: MockConfigEntry) -> CredentialVault:
    """The building's credential vault, as the actions make it from the hub key."""
    return CredentialVault.from_hub_key(bytes.fromhex(entry.data[CONF_HUB_KEY]))


def sync_of(entry: MockConfigEntry) -> CredentialSync:
    sync = entry.runtime_data.credential_sync
    assert sync is not None
    return sync


def status_of(entry: MockConfigEntry, door_id: str) -> DoorSyncStatus:
    return sync_of(entry).status(door_id)


def live(sim: SimUnit) -> dict[int, CredentialRecord]:
    """The unit's live credential records by id (what it decides with)."""
    return dict(sim.unit.flash.credentials.live.records)


def synced(entry: MockConfigEntry, sim: SimUnit, door_id: str) -> bool:
    """The hub has looked at every change, says in sync, and the unit holds that set."""
    status = status_of(entry, door_id)
    return (
        sync_of(entry).settled(door_id)
        and status.state is SyncState.IN_SYNC
        and status.desired_hash == sim.unit.flash.credentials.live.hash()
    )


async def move_time(hass: HomeAssistant, to: datetime) -> None:
    """Fire every timer due by `to`, once nothing is connecting.

    Firing fires the simulated radio's timers too: a connection attempt under way would
    see its own timeouts early.
    """
    await hass.async_block_till_done(wait_background_tasks=True)
    async_fire_time_changed(hass, to)
    await hass.async_block_till_done(wait_background_tasks=True)


async def until_synced(
    hass: HomeAssistant, entry: MockConfigEntry, sim: SimUnit, door_id: str, timeout: float = 15
) -> None:
    await until(hass, lambda: synced(entry, sim, door_id), timeout)


async def add_kari_pin(residents: Residents, pin: str) -> None:
    """Kari gets the PIN code `pin`, as the actions give one: through the registry store."""
    await residents.apply(
        lambda r: r.add_credential(
            CredentialKind.PIN,
            pin,
            vault=vault_of(residents.entry),
            person_id=residents.kari_id,
            now=residents.now(),
        )
    )


async def entrance_out_of_reach(site: Site, residents: Residents, connect_wait: float) -> None:
    """The entrance let go of and off the air; a connect to it fails after `connect_wait`."""
    await door_link(residents.entry, "Entrance").connection.async_release_if_idle()
    site.radio.max_connect_wait = connect_wait
    site.units["entrance"].peripheral.set_reachable(False)


def tag_uid(number: int) -> bytes:
    """A 4-byte tag UID of the test's own numbering (never all 00 or FF)."""
    return (0x04000000 + number).to_bytes(4)


def merged(changes: list[Change], operation: str) -> Change:
    """One change standing for several operations applied one after another."""

    def union(name: str) -> frozenset[str]:
        return frozenset().union(*(getattr(change, name) for change in changes))

    return Change(
        operation,
        people=union("people"),
        doors=union("doors"),
        bundles=union("bundles"),
        grants=union("grants"),
        shares=union("shares"),
        credentials=union("credentials"),
        created=tuple(created for change in changes for created in change.created),
    )


@dataclass
class Holders:
    """People added with a grant to some doors and one tag each."""

    people: list[str]
    credentials: list[str]
    uids: list[bytes]


async def add_tag_holders(
    access: AccessRuntime,
    vault: CredentialVault,
    door_ids: list[str],
    count: int,
    *,
    now: datetime,
    first: int = 1,
    **grant: object,
) -> Holders:
    """`count` people with a grant to `door_ids` (terms in `grant`) and a tag each, at once."""
    people: list[str] = []
    credentials: list[str] = []
    uids = [tag_uid(number) for number in range(first, first + count)]

    def operation(registry: Registry) -> Change:
        changes = [
            registry.add_person(f"Holder {first + n}", role=Role.TENANT, now=now)
            for n in range(count)
        ]
        people.extend(change.created[0] for change in changes)
        changes.append(registry.grant_access(people, now=now, door_ids=door_ids, **grant))  # type: ignore[arg-type]
        for person_id, uid in zip(people, uids, strict=True):
            change = registry.add_credential(
                CredentialKind.TAG, uid, vault=vault, person_id=person_id, now=now
            )
            credentials.append(change.created[0])
            changes.append(change)
        return merged(changes, "add holders")

    await access.async_apply(operation)
    return Holders(people, credentials, uids)


# What the units handle -------------------------------------------------------------------


@dataclass(frozen=True)
class Handled:
    """One credential command a unit handled (or, with `cut`, lost the link at)."""

    unit: str
    opcode: Opcode
    status: Status | None
    args: bytes
    cut: bool = False

    @property
    def ops(self) -> int:
        """A CRED_WRITE's op count."""
        return self.args[0] if self.opcode is Opcode.CRED_WRITE else 0


@dataclass
class _Cut:
    unit: str
    opcode: Opcode
    nth: int
    times: int
    before: bool


type Hook = Callable[[DoorUnit, Handled], None]


@dataclass
class UnitCommands:
    """Every credential command the simulated units handle, in order, and cuts and hooks."""

    seen: list[Handled] = field(default_factory=list)
    marks: list[tuple[int, str]] = field(default_factory=list)
    """(index into `seen`, label): events of the test placed among the commands."""
    hooks: list[Hook] = field(default_factory=list)
    _cuts: list[_Cut] = field(default_factory=list)
    _in_transaction: dict[tuple[str, Opcode], int] = field(default_factory=dict)

    def mark(self, label: str) -> None:
        self.marks.append((len(self.seen), label))

    def of(self, unit: DoorUnit, opcode: Opcode | None = None) -> list[Handled]:
        return [h for h in self.seen if h.unit == unit.name and opcode in (None, h.opcode)]

    def since(self, index: int) -> Iterator[Handled]:
        return iter(self.seen[index:])

    def cut(
        self, unit: DoorUnit, opcode: Opcode, *, nth: int = 1, times: int = 2, before: bool = False
    ) -> None:
        """Drop the link at the `nth` `opcode` of a transaction, `times` times.

        `before`: the unit never carries the command out; otherwise it does, and the link
        drops before its answer. Two times by default: the hub's connection retries a job
        once on a new link, so the job as a whole fails.
        """
        self._cuts.append(_Cut(unit.name, opcode, nth, times, before))

    def handle(
        self,
        opcode: Opcode,
        real: unit_commands.Handler,
        unit: DoorUnit,
        args: Reader,
        caller: Caller,
    ) -> tuple[Status, bytes]:
        raw = args.rest()
        if opcode is Opcode.CRED_BEGIN:
            for key in [key for key in self._in_transaction if key[0] == unit.name]:
                del self._in_transaction[key]
        key = (unit.name, opcode)
        self._in_transaction[key] = self._in_transaction.get(key, 0) + 1
        cut = next(
            (
                c
                for c in self._cuts
                if c.unit == unit.name
                and c.opcode is opcode
                and c.times > 0
                and c.nth == self._in_transaction[key]
            ),
            None,
        )
        if cut is not None:
            cut.times -= 1
            unit.drop_link_before_reply = True
            if cut.before:
                self.seen.append(Handled(unit.name, opcode, None, raw, cut=True))
                return Status.OK, b""  # never sent: the link drops first
        status, body = real(unit, Reader(raw), caller)
        handled = Handled(unit.name, opcode, status, raw, cut=cut is not None)
        self.seen.append(handled)
        for hook in list(self.hooks):
            hook(unit, handled)
        return status, body


@pytest.fixture
def unit_commands_seen(monkeypatch: pytest.MonkeyPatch) -> UnitCommands:
    """Every credential command the simulated units handle from now on."""
    seen = UnitCommands()
    for opcode in CREDENTIAL_OPCODES:

        def noting(
            unit: DoorUnit,
            args: Reader,
            caller: Caller,
            opcode: Opcode = opcode,
            real: unit_commands.Handler = unit_commands.HANDLERS[opcode],
        ) -> tuple[Status, bytes]:
            return seen.handle(opcode, real, unit, args, caller)

        monkeypatch.setitem(unit_commands.HANDLERS, opcode, noting)
    return seen
