"""Fuzz the hub's decoders and the reference unit's frame handling (`scripts/bench fuzz`).

Every decoder of `protocol/` and the unit's handling of received frames may raise only the
protocol's own errors (`DoorUnitError`) on any input; anything else escapes the error
mapping of the Home Assistant layer, or kills the unit's connection task. Inputs are random
bytes and mutations of valid frames recorded from a real exchange (pairing, handshake,
commands) between the hub-side client and the reference unit over an in-memory link.

Three parts, run without the radio so a million inputs take a minute or two:

* hub: every decoder, and the typed client commands' response bodies;
* unit decoders: what the unit decodes from a hub (fragments, envelopes, HELLO, requests,
  credential ops, the pairing grant);
* unit connection: whole fragments written to a real `UnitConnection` of a paired unit.

Prints `name value unit` lines: `fuzz_inputs <n> inputs`, `fuzz_exceptions <n> exceptions`.
`tests/security/test_fuzz.py` runs the same targets under Hypothesis with a small budget.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass, field
import random
import sys
import time
from typing import Any, cast

from custom_components.digitalkey.protocol.advertisement import AdvertPayload, UnitInfo
from custom_components.digitalkey.protocol.channel import BleakClientLike, error_from_message
from custom_components.digitalkey.protocol.client import DoorUnitClient, pair
from custom_components.digitalkey.protocol.constants import ConfigKey, ErrorCode, Opcode, Status
from custom_components.digitalkey.protocol.errors import DoorUnitError
from custom_components.digitalkey.protocol.framing import MAX_MESSAGE, Reassembler, fragment
from custom_components.digitalkey.protocol.keys import StaticKey
from custom_components.digitalkey.protocol.messages import (
    BucketPage,
    ControllerInfo,
    Envelope,
    ErrorMessage,
    Hello,
    HelloPayload,
    LogReadResult,
    Request,
    Response,
    Snapshot,
    WelcomePayload,
)
from custom_components.digitalkey.protocol.pairing import HubGrant, UnitIdentity
from custom_components.digitalkey.protocol.records import (
    CredentialRecord,
    LogRecord,
    decode_ops,
)
from custom_components.digitalkey.protocol.wire import Reader, u8, u32
from simulator.door_unit import DoorUnit, UnitConfig
from tests.protocol.loopback import LoopbackClient

UNIT_ID = bytes.fromhex("D1C0FFEE0F22")
SETUP_CODE = "31415926"

type Target = Callable[[bytes], object]


# Hub -------------------------------------------------------------------------------------


class _CannedClient(DoorUnitClient):
    """A client whose every command is answered OK with `body` (no link, no session)."""

    body = b""

    def _session_usable(self, opcode: Opcode) -> bool:
        return True

    async def request(
        self,
        opcode: Opcode,
        args: bytes = b"",
        *,
        request_id: int | None = None,
        challenge: bytes | None = None,
        not_after: float | None = None,
    ) -> Response:
        return Response(request_id or 0, Status.OK, self.body)


def _run_sync(coro: Coroutine[Any, Any, object]) -> object:
    """Run a coroutine that never suspends (the canned client's commands)."""
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    coro.close()
    raise RuntimeError("a canned command suspended")


_CLIENT = _CannedClient(
    cast("BleakClientLike", object()),
    unit_id=UNIT_ID,
    hub_key=StaticKey.generate(),
    unit_public=StaticKey.generate().public,
)

_COMMANDS: dict[str, Callable[[DoorUnitClient], Coroutine[Any, Any, object]]] = {
    "status": lambda c: c.status(),
    "lock": lambda c: c.lock(),
    "unlock": lambda c: c.unlock(),
    "unlatch": lambda c: c.unlatch(),
    "set_time": lambda c: c.set_time(1),
    "read_log": lambda c: c.read_log(1),
    "cred_begin": lambda c: c.cred_begin(),
    "cred_write": lambda c: c.cred_write([]),
    "cred_commit": lambda c: c.cred_commit(bytes(16)),
    "cred_buckets": lambda c: c.cred_buckets(),
    "cred_read_bucket": lambda c: c.cred_read_bucket(0),
    "controller_list": lambda c: c.controller_list(),
    "config_get": lambda c: c.config_get(ConfigKey.AUTO_RELOCK_S),
    "config_get_offset": lambda c: c.config_get(ConfigKey.UTC_OFFSET_S),
}


def _response_body(name: str) -> Target:
    command = _COMMANDS[name]

    def decode(data: bytes) -> object:
        _CLIENT.body = data
        return _run_sync(command(_CLIENT))

    return decode


def _reassemble(data: bytes) -> object:
    """Split `data` into fragments at its own bytes and feed them to one reassembler."""
    reassembler = Reassembler(MAX_MESSAGE)
    cut = (data[0] % 23) + 1 if data else 1
    result = None
    for start in range(0, len(data), cut):
        result = reassembler.feed(data[start : start + cut]) or result
    return result


HUB_TARGETS: dict[str, Target] = {
    "envelope": Envelope.decode,
    "error": lambda b: error_from_message(ErrorMessage.decode(b)),
    "response": Response.decode,
    "snapshot": Snapshot.decode,
    "welcome": WelcomePayload.decode,
    "log_read": LogReadResult.decode,
    "bucket_page": BucketPage.decode,
    "controller_info": lambda b: ControllerInfo.read(Reader(b)),
    "log_record": LogRecord.decode,
    "credential_record": CredentialRecord.decode,
    "advertisement": AdvertPayload.decode,
    "info": UnitInfo.decode,
    "unit_identity": UnitIdentity.decode,
    "fragments": _reassemble,
    **{f"body_{name}": _response_body(name) for name in _COMMANDS},
}
"""What the hub decodes from a unit (or from anyone on the air)."""

UNIT_TARGETS: dict[str, Target] = {
    "fragments": _reassemble,
    "envelope": Envelope.decode,
    "hello": Hello.decode,
    "hello_payload": HelloPayload.decode,
    "request": Request.decode,
    "credential_ops": decode_ops,
    "hub_grant": HubGrant.decode,
}
"""What the reference unit decodes from a hub (or from anyone who connects)."""


def check(target: Target, data: bytes) -> BaseException | None:
    """Run one input; return an exception that is not the protocol's own, else None."""
    try:
        target(data)
    except DoorUnitError:
        return None
    except Exception as err:
        return err
    return None


# Corpus and mutation ---------------------------------------------------------------------


@dataclass
class Corpus:
    """Valid frames and bodies recorded from a real exchange with the reference unit."""

    frames: list[bytes] = field(default_factory=list)

    def add(self, data: bytes) -> None:
        if data:
            self.frames.append(bytes(data))


class _Recorder(LoopbackClient):
    """Loopback client that keeps every notification it delivers."""

    def __init__(self, unit: DoorUnit, corpus: Corpus) -> None:
        super().__init__(unit)
        self.corpus = corpus

    def deliver(self, data: bytes) -> None:
        self.corpus.add(data)
        super().deliver(data)


@dataclass
class PairedUnit:
    """A reference unit paired with a hub key, and the corpus of its exchange."""

    unit: DoorUnit
    hub_key: StaticKey
    unit_public: bytes
    corpus: Corpus


async def record() -> PairedUnit:
    """Pair a unit, run a session with commands, and keep every frame of it."""
    corpus = Corpus()
    unit = DoorUnit(UnitConfig(unit_id=UNIT_ID, setup_code=SETUP_CODE))
    hub_key = StaticKey.generate()
    unit.press_pairing_button()
    ble = _Recorder(unit, corpus)
    await ble.connect()
    result = await pair(ble, setup_code=SETUP_CODE, hub_key=hub_key, label="Fuzz")
    await ble.disconnect()
    ble = _Recorder(unit, corpus)
    await ble.connect()
    client = DoorUnitClient(ble, unit_id=UNIT_ID, hub_key=hub_key, unit_public=result.unit_public)
    await client.start()
    snapshot = await client.status()
    await client.unlock()
    await client.lock()
    _, records = await client.read_log(1, 10)
    await client.controller_list()
    await client.cred_buckets()
    await client.close()
    await ble.disconnect()
    for written in ble.written:
        corpus.add(written)
    for message in (
        snapshot.encode(),
        Response(7, Status.OK, snapshot.encode()).encode(),
        Response(7, Status.OK, u8(3)).encode(),
        Request(7, Opcode.LOG_READ, u32(1) + u8(10)).encode(),
        Request(7, Opcode.UNLOCK).encode(),
        HelloPayload(int(time.time()), bytes(8), Request(7, Opcode.UNLOCK)).encode(),
        ErrorMessage(ErrorCode.UNKNOWN_CONTROLLER, 3).encode(),
        unit.read_info(),
        *(record.encode() for record in records),
        *(piece for piece in fragment(bytes(range(200)), 23)),
    ):
        corpus.add(message)
    advert = unit.advertisement()
    for value in advert.manufacturer_data.values():
        corpus.add(value)
    for frame in list(corpus.frames):
        corpus.add(frame[1:])  # the body under a one-byte header or type
    for connection in list(unit.connections.values()):
        connection.close()
    return PairedUnit(unit, hub_key, result.unit_public, corpus)


def mutate(rng: random.Random, data: bytes) -> bytes:
    """A few random edits: flip, set, insert, delete, truncate, extend, splice."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(7)
        if kind == 0 and buf:
            buf[rng.randrange(len(buf))] ^= 1 << rng.randrange(8)
        elif kind == 1 and buf:
            buf[rng.randrange(len(buf))] = rng.choice((0, 1, 0x7F, 0x80, 0xFF, rng.randrange(256)))
        elif kind == 2:
            buf.insert(rng.randint(0, len(buf)), rng.randrange(256))
        elif kind == 3 and buf:
            del buf[rng.randrange(len(buf))]
        elif kind == 4 and buf:
            del buf[rng.randint(0, len(buf)) :]
        elif kind == 5:
            buf += rng.randbytes(rng.randint(1, 16))
        elif buf:
            start = rng.randrange(len(buf))
            buf[start : start + 4] = rng.randbytes(4)
    return bytes(buf)


def inputs(rng: random.Random, corpus: Corpus) -> Iterator[bytes]:
    """Half random bytes (mostly short), half mutated valid frames."""
    frames = corpus.frames
    while True:
        if rng.random() < 0.5:
            yield rng.randbytes(rng.choice((rng.randint(0, 8), rng.randint(0, 64), 300)))
        else:
            yield mutate(rng, rng.choice(frames))


# Unit connection ------------------------------------------------------------------------


class _Counting(LoopbackClient):
    """Loopback client that counts the unit's notifications (its answers)."""

    def __init__(self, unit: DoorUnit, fuzzer: UnitConnectionFuzzer) -> None:
        super().__init__(unit)
        self._fuzzer = fuzzer

    def deliver(self, data: bytes) -> None:
        self._fuzzer.notifications += 1


class UnitConnectionFuzzer:
    """Writes fragments to a real `UnitConnection` of a paired unit; counts escapes."""

    def __init__(self, paired: PairedUnit) -> None:
        self.paired = paired
        self.escaped: list[BaseException] = []
        self.notifications = 0
        """Fragments the unit sent back (its ERRORs and answers): proof it handled input."""
        self.connections = 0
        self._ble: LoopbackClient | None = None
        self._connections: list[Any] = []

    async def _connect(self) -> LoopbackClient:
        ble = _Counting(self.paired.unit, self)
        self.connections += 1
        await ble.connect()
        link = ble._link
        assert link is not None
        self._connections.append(self.paired.unit.connections[link.connection_id])
        return ble

    async def feed(self, batch: list[bytes]) -> None:
        """Write each input as one fragment (or, if long, as the fragments of a message).

        The unit gets its turn after every input, as over the air: written all at once,
        a batch would only overflow the unit's bounded inbox (§7.3), which drops the link
        before a single input is parsed.
        """
        for data in batch:
            ble = self._ble
            if ble is None or not ble.is_connected:
                self._collect()
                ble = self._ble = await self._connect()
            link = ble._link
            if link is None:
                continue
            if len(data) > 20 and data[0] & 1:
                for piece in fragment(data, 247):
                    self.paired.unit.on_write(link, piece, True)
            else:
                self.paired.unit.on_write(link, data, True)
            for _ in range(2):
                await asyncio.sleep(0)

    def _collect(self) -> None:
        keep = []
        for connection in self._connections:
            task = connection._task
            if task.done():
                if not task.cancelled() and task.exception() is not None:
                    self.escaped.append(task.exception())
            else:
                keep.append(connection)
        self._connections = keep

    async def close(self) -> None:
        """Let the last messages be handled, then count and stop."""
        await asyncio.sleep(0.05)
        self._collect()
        for connection in self._connections:
            connection.close()
        if self._ble is not None:
            await self._ble.disconnect()


# Runner ----------------------------------------------------------------------------------


@dataclass
class Result:
    """Inputs run and unexpected exceptions, per part."""

    inputs: dict[str, int] = field(default_factory=dict)
    escaped: list[tuple[str, bytes, BaseException]] = field(default_factory=list)
    unit_notifications: int = 0
    unit_connections: int = 0


def run_sync_targets(
    part: str,
    targets: dict[str, Target],
    count: int,
    rng: random.Random,
    corpus: Corpus,
    result: Result,
) -> None:
    """Run `count` inputs, spread over `targets`."""
    source = inputs(rng, corpus)
    chosen = list(targets.items())
    for index in range(count):
        name, target = chosen[index % len(chosen)]
        data = next(source)
        escaped = check(target, data)
        if escaped is not None:
            result.escaped.append((f"{part}.{name}", data, escaped))
    result.inputs[part] = result.inputs.get(part, 0) + count


async def run(total: int, seed: int = 1) -> Result:
    """Run `total` inputs: 60 % hub, 15 % unit decoders, 25 % a unit's connection."""
    rng = random.Random(seed)
    paired = await record()
    result = Result()
    run_sync_targets("hub", HUB_TARGETS, total * 60 // 100, rng, paired.corpus, result)
    run_sync_targets("unit", UNIT_TARGETS, total * 15 // 100, rng, paired.corpus, result)
    loop = asyncio.get_running_loop()
    unhandled: list[BaseException] = []
    loop.set_exception_handler(
        lambda _loop, context: unhandled.append(context.get("exception") or RuntimeError())
    )
    fuzzer = UnitConnectionFuzzer(paired)
    remaining = total - sum(result.inputs.values())
    source = inputs(rng, paired.corpus)
    while remaining > 0:
        batch = [next(source) for _ in range(min(64, remaining))]
        await fuzzer.feed(batch)
        remaining -= len(batch)
        result.inputs["unit_connection"] = result.inputs.get("unit_connection", 0) + len(batch)
    await fuzzer.close()
    result.unit_notifications = fuzzer.notifications
    result.unit_connections = fuzzer.connections
    for err in [*fuzzer.escaped, *unhandled]:
        result.escaped.append(("unit_connection", b"", err))
    return result


def main() -> None:
    """Print the figures; the first few escapes go to stderr."""
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    started = time.perf_counter()
    result = asyncio.run(run(total))
    seconds = time.perf_counter() - started
    for where, data, err in result.escaped[:10]:
        print(f"{where}: {type(err).__name__}: {err} <- {data.hex()}", file=sys.stderr)
    for part, count in result.inputs.items():
        print(f"fuzz_{part}_inputs {count} inputs")
    print(f"fuzz_unit_notifications {result.unit_notifications} notifications")
    print(f"fuzz_unit_connections {result.unit_connections} connections")
    print(f"fuzz_inputs {sum(result.inputs.values())} inputs")
    print(f"fuzz_exceptions {len(result.escaped)} exceptions")
    print(f"fuzz_seconds {seconds:.1f} s")


if __name__ == "__main__":
    main()
