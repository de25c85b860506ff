"""The reference unit answers every case of docs/protocol.md §11.1 exactly as published.

Each case's bytes are taken from the document's ```negative-vectors``` block and written to
a reference unit put in the state §11.1 states for it, at ATT MTU 23, on manual time with
deterministic randomness: its answers, and whether it keeps the link, must be the
published ones byte for byte.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
import re
from typing import Any

import pytest

from custom_components.digitalkey.protocol.constants import CHALLENGE_LEN, HELLO_BUDGET, Role
from custom_components.digitalkey.protocol.framing import Reassembler, fragment
from custom_components.digitalkey.protocol.gatt import RX_CHAR_UUID, TX_CHAR_UUID
from custom_components.digitalkey.protocol.keys import StaticKey
from simulator.door_unit import DoorUnit, PairedController, UnitConfig
from tests.helpers.manual_time import ManualTime

from . import negative_vectors as negative, vector_inputs as given
from .loopback import LoopbackClient
from .spec_blocks import INPUTS, NEGATIVE, entries

PUBLISHED = entries(NEGATIVE)
INPUT = {name: bytes.fromhex(value) for name, value in entries(INPUTS).items()}
_STEP = re.compile(r"(send_second|send|write|answer)(\d+)")
_AFTER = re.compile(r"after(\d+)")
UNUSED_EPHEMERAL = given.labelled_secret("dkp2 vector unit ephemeral unused")
"""Drawn for a handshake the unit refuses after it began it: no WELCOME is made with it."""


@dataclass
class Step:
    """What the peer sends (a whole message, or one raw RX write) and what the unit answers."""

    whole: bool
    data: bytes
    answer: bytes | None
    second_link: bool = False
    after: int = 0
    """Seconds that pass before the step."""


@dataclass
class Case:
    """One published case: what it is given, its steps, whether the link ends dropped."""

    given: dict[str, bytes] = field(default_factory=dict)
    steps: list[Step] = field(default_factory=list)
    dropped: bool = False
    delays: dict[int, int] = field(default_factory=dict)


def _cases() -> dict[str, Case]:
    cases: dict[str, Case] = {}
    for name, value in PUBLISHED.items():
        case_name, _, what = name.rpartition(".")
        case = cases.setdefault(case_name, Case())
        step = _STEP.fullmatch(what)
        after = _AFTER.fullmatch(what)
        if what == "link":
            assert value in {"up", "dropped"}
            case.dropped = value == "dropped"
        elif after is not None:
            assert int(after.group(1)) == len(case.steps), f"{name} precedes no step"
            case.delays[len(case.steps)] = int(value, 16)
        elif step is None:
            case.given[what] = bytes.fromhex(value)
        elif step.group(1) == "answer":
            assert int(step.group(2)) == len(case.steps) - 1, f"{name} answers no step"
            case.steps[-1].answer = None if value == negative.NO_ANSWER else bytes.fromhex(value)
        else:
            assert int(step.group(2)) == len(case.steps), f"{name} is out of order"
            kind = step.group(1)
            case.steps.append(
                Step(
                    kind != "write",
                    bytes.fromhex(value),
                    None,
                    second_link=kind == "send_second",
                    after=case.delays.get(len(case.steps), 0),
                )
            )
    return cases


CASES = _cases()


class Entropy:
    """The unit's randomness as §11.1 states it: `inputs.challenge` first, then r_B.

    A case with a second attempt states the unit's r_B for it (`unit_random`).
    """

    def __init__(self, *later_spake: bytes) -> None:
        self._challenges = self._challenge_stream()
        self._spake = [*reversed(later_spake), INPUT["inputs.spake_unit_random"]]

    @staticmethod
    def _challenge_stream() -> Iterator[bytes]:
        yield INPUT["inputs.challenge"]
        call = 0
        while True:  # later challenges: used by no case, only drawn
            call += 1
            yield given.labelled_stream("dkp2 vector later challenge", call, CHALLENGE_LEN)

    def __call__(self, count: int) -> bytes:
        if count == CHALLENGE_LEN:
            return next(self._challenges)
        assert self._spake, "the unit drew SPAKE2 randomness for a second attempt"
        assert count == len(self._spake[0]), f"the unit drew {count} unstated bytes"
        return self._spake.pop()


def _ephemerals(*keys: bytes) -> Callable[[], bytes]:
    """The unit ephemeral of each handshake the unit begins, in turn.

    Beyond the stated ones it draws `UNUSED_EPHEMERAL`: a WELCOME made with it matches no
    published answer, so a session the case does not state still fails the test.
    """
    remaining = list(keys)

    def draw() -> bytes:
        return remaining.pop(0) if remaining else UNUSED_EPHEMERAL

    return draw


def _vector_unit(
    time: ManualTime, *ephemerals: bytes, later_spake: tuple[bytes, ...] = ()
) -> DoorUnit:
    """The unit of §11 in factory state: its keys, secret and features, bolt locked."""
    unit = DoorUnit(
        UnitConfig(
            unit_id=INPUT["inputs.unit_id"],
            setup_code=INPUT["inputs.setup_code"].decode(),
            features=given.INFO_FEATURES,
            max_message=int.from_bytes(INPUT["inputs.info.max_message"]),
        ),
        clock=time.time,
        monotonic=time.monotonic,
        call_later=time.call_later,
        entropy=Entropy(*later_spake),
        session_ephemeral=_ephemerals(*ephemerals),
        battery_percent=given.SNAPSHOT_BATTERY_PERCENT,
    )
    unit.flash.static = StaticKey.from_private(INPUT["inputs.unit_static_private"])
    unit.flash.unit_secret = INPUT["inputs.unit_secret"]
    return unit


def _factory(time: ManualTime, _case: Case) -> DoorUnit:
    return _vector_unit(time)


def _pairing(time: ManualTime, case: Case) -> DoorUnit:
    later = (case.given["unit_random"],) if "unit_random" in case.given else ()
    unit = _vector_unit(time, later_spake=later)
    assert unit.press_pairing_button()
    return unit


def _paired(
    challenge_age: float,
    *,
    first_ephemeral: bool = False,
    refused_first: bool = False,
    role: Role = given.GRANT_ROLE,
    budget_used_up: bool = False,
) -> Callable[[ManualTime, Case], DoorUnit]:
    """The paired unit of §11.1's session cases, its challenge `challenge_age` s old.

    `refused_first`: the first handshake it begins is refused, so it draws its ephemeral
    for nothing; `role`: the role it holds the hub of §11 with; `budget_used_up`: it
    counted `HELLO_BUDGET` HELLOs (from other links) in the seconds before the case.
    """

    def build(time: ManualTime, case: Case) -> DoorUnit:
        keys = [UNUSED_EPHEMERAL] if refused_first else []
        keys += [INPUT["inputs.unit_ephemeral_private"]] if first_ephemeral else []
        keys += (
            [case.given["unit_ephemeral_private"]] if "unit_ephemeral_private" in case.given else []
        )
        time.wall = negative.PAIRED_SNAPSHOT.clock - challenge_age
        unit = _vector_unit(time, *keys)  # draws inputs.challenge now
        hub = StaticKey.from_private(INPUT["inputs.hub_static_private"])
        controller = PairedController(hub.public, role, given.GRANT_LABEL)
        unit.flash.controllers[controller.key_id] = controller
        unit.flash.log.next_seq = negative.PAIRED_LOG_LAST_SEQ + 1
        unit.change_counter = negative.PAIRED_CHANGE_COUNTER
        time.advance(challenge_age)
        if budget_used_up:
            for _ in range(HELLO_BUDGET):
                assert unit.hello_budget_taken()
        assert unit.snapshot() == negative.PAIRED_SNAPSHOT
        return unit

    return build


ACCEPTED = negative.ACCEPTED_CHALLENGE_AGE_S
STATES: dict[str, Callable[[ManualTime, Case], DoorUnit]] = {
    "pairing.intact": _pairing,
    "pairing.wrong_code": _pairing,
    "pairing.late_confirm": _pairing,
    "framing.intact": _factory,
    "framing.continuation_without_first": _factory,
    "framing.first_while_open": _factory,
    "framing.wrong_index": _factory,
    "framing.beyond_length": _factory,
    "framing.last_early": _factory,
    "framing.length_zero": _factory,
    "framing.length_above_limit": _factory,
    "challenge.expired": _paired(negative.EXPIRED_CHALLENGE_AGE_S),
    "challenge.reused": _paired(ACCEPTED, first_ephemeral=True),
    "hello.unknown_controller": _paired(ACCEPTED),
    "transport.intact": _paired(ACCEPTED, first_ephemeral=True),
    "transport.tampered": _paired(ACCEPTED, first_ephemeral=True),
    "hello.budget_used_up": _paired(ACCEPTED, budget_used_up=True),
    "hello.handshake_failed": _paired(ACCEPTED),
    "hello.unsupported_version": _paired(ACCEPTED),
    "hello.admin_command_in_msg1": _paired(ACCEPTED, first_ephemeral=True, refused_first=True),
    "transport.window_expired": _paired(ACCEPTED),
    "transport.forbidden": _paired(ACCEPTED, role=Role.USER),
    "transport.retry_from_memory": _paired(ACCEPTED, first_ephemeral=True),
}
"""The state §11.1 puts the unit in for each case."""


class Peer:
    """A raw link at MTU 23: whole messages or single writes out, reassembled answers in."""

    def __init__(self, unit: DoorUnit) -> None:
        self.ble = LoopbackClient(unit, mtu=negative.MTU)
        self._reassembler = Reassembler()
        self.answers: list[bytes] = []

    async def connect(self) -> None:
        await self.ble.connect()
        await self.ble.start_notify(TX_CHAR_UUID, self._notified)

    def _notified(self, _sender: Any, data: bytearray) -> None:
        message = self._reassembler.feed(bytes(data))
        if message is not None:
            self.answers.append(message)

    async def step(self, step: Step) -> list[bytes]:
        pieces = list(fragment(step.data, negative.MTU)) if step.whole else [step.data]
        for piece in pieces:
            await self.ble.write_gatt_char(RX_CHAR_UUID, piece, response=True)
        for _ in range(20):  # the unit handles its inbox in a task of its own
            await asyncio.sleep(0)
        answers, self.answers = self.answers, []
        return answers


@pytest.fixture
async def units() -> AsyncIterator[list[DoorUnit]]:
    made: list[DoorUnit] = []
    yield made
    for unit in made:
        for connection in list(unit.connections.values()):
            connection.close()


def test_every_published_case_has_a_stated_unit() -> None:
    assert list(CASES) == list(STATES)


@pytest.mark.parametrize("name", list(CASES))
async def test_reference_unit_answers_as_published(name: str, units: list[DoorUnit]) -> None:
    case = CASES[name]
    time = ManualTime()
    unit = STATES[name](time, case)
    units.append(unit)
    peer, second = Peer(unit), Peer(unit)
    await peer.connect()
    if any(step.second_link for step in case.steps):
        await second.connect()

    for index, step in enumerate(case.steps):
        time.advance(step.after)
        expected = [] if step.answer is None else [step.answer]
        answered = await (second if step.second_link else peer).step(step)
        assert [m.hex() for m in answered] == [m.hex() for m in expected], index

    assert peer.ble.is_connected is not case.dropped


def test_the_wrong_code_hub_really_has_another_code() -> None:
    code = CASES["pairing.wrong_code"].given["hub_setup_code"]
    assert code != INPUT["inputs.setup_code"]
    assert code.isdigit()
    assert len(code) == len(INPUT["inputs.setup_code"])
