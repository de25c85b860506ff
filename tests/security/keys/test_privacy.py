"""An observer without a unit's keys can neither follow the unit nor link its hub's HELLOs."""

from __future__ import annotations

import itertools
import os

import pytest

from custom_components.digitalkey.protocol.advertisement import (
    NO_UNIT_ID,
    PAIRED_ADVERT_LEN,
    AdvertPayload,
    AdvertResolver,
    PairedAdvert,
    UnitInfo,
    UnpairedAdvert,
    local_name,
    paired_local_name,
    resolve,
)
from custom_components.digitalkey.protocol.constants import (
    HINT_NONCE_LEN,
    MAX_CONTROLLERS,
    AdvertFlag,
    MessageType,
    Role,
    Status,
)
from custom_components.digitalkey.protocol.errors import CommandError, NotPairedError
from custom_components.digitalkey.protocol.gatt import MANUFACTURER_ID
from custom_components.digitalkey.protocol.keys import (
    StaticKey,
    advert_key,
    hint_key,
    match_hint,
    new_hello_hint,
)
from custom_components.digitalkey.protocol.messages import Envelope, Hello
from simulator.door_unit import DoorUnit, PairedController, UnitConfig
from tests.protocol.conftest import FakeClock, Paired
from tests.protocol.loopback import LoopbackClient

# Fields of the 21-byte paired payload an observer could use to follow a unit.
FIELDS = {"prand": slice(3, 7), "tag": slice(7, 11), "counter": slice(11, 13)}


def _payload(unit: DoorUnit) -> bytes:
    return unit.advertisement().manufacturer_data[MANUFACTURER_ID]


def _advertisements(unit: DoorUnit, count: int) -> list[bytes]:
    """What a unit advertises across `count` changes (challenge rotations and door events)."""
    seen = [_payload(unit)]
    for index in range(count - 1):
        if index % 2:
            unit.bump()  # a door event: the counter moves
        else:
            unit.consume_challenge(unit.challenge)  # a used challenge is replaced at once
        seen.append(_payload(unit))
    return seen


def test_a_paired_unit_advertises_no_stable_field(paired: Paired) -> None:
    adverts = _advertisements(paired.unit, 40)
    assert all(len(raw) == PAIRED_ADVERT_LEN for raw in adverts)
    assert len(set(adverts)) == len(adverts)
    for name, where in FIELDS.items():
        values = [raw[where] for raw in adverts]
        # Only the 2-byte counter field may repeat by chance (40 draws of 16 bits).
        repeats = len(values) - len(set(values))
        assert repeats <= (1 if name == "counter" else 0), name
    unit_id = paired.unit.unit_id
    assert not any(unit_id in raw or unit_id[-2:] in raw[3:13] for raw in adverts)
    assert paired.unit.advertisement().local_name == paired_local_name()


def test_the_counter_is_blinded_but_its_hub_reads_it(paired: Paired) -> None:
    unit = paired.unit
    key = advert_key(paired.result.unit_secret)
    counters: list[int] = []
    blinded: list[int] = []
    for _ in range(20):
        unit.bump()
        advert = AdvertPayload.decode(_payload(unit))
        assert isinstance(advert, PairedAdvert)
        blinded.append(advert.blinded_counter)
        counters.append(unit.change_counter)
        assert resolve(advert, key) == unit.change_counter
    # Consecutive plain counters differ by one; the blinded values do not follow them.
    steps = {(b - a) & 0xFFFF for a, b in itertools.pairwise(blinded)}
    assert steps != {1}
    assert blinded != counters


def test_an_observer_cannot_link_two_advertisements() -> None:
    """Two adverts of one unit look no more alike than adverts of two units."""
    one, other = os.urandom(16), os.urandom(16)
    challenge = bytes(8)

    def advert(key: bytes) -> bytes:
        return PairedAdvert.build(
            key, flags=AdvertFlag.PAIRED, change_counter=7, challenge=challenge,
            prand=os.urandom(4),
        ).encode()  # fmt: skip

    same = [advert(one) for _ in range(200)]
    mixed = [advert(one if i % 2 else other) for i in range(200)]
    for sample in (same, mixed):
        for where in FIELDS.values():
            values = [raw[where] for raw in sample]
            # Even the same unit with the same counter and challenge repeats nothing but
            # (by chance) the 2-byte counter field.
            assert len(set(values)) >= len(values) - 3


def test_a_hub_resolves_its_units_and_not_another_buildings() -> None:
    ours = {f"door {i}": advert_key(os.urandom(32)) for i in range(50)}
    theirs = advert_key(os.urandom(32))
    resolver = AdvertResolver(ours)
    assert len(resolver) == 50

    for name, key in list(ours.items())[::7]:
        advert = PairedAdvert.build(
            key, flags=AdvertFlag.PAIRED, change_counter=0x1234, challenge=os.urandom(8),
            prand=os.urandom(4),
        )  # fmt: skip
        assert resolver.resolve(AdvertPayload.decode(advert.encode())) == (name, 0x1234)
    foreign = PairedAdvert.build(
        theirs, flags=AdvertFlag.PAIRED, change_counter=1, challenge=os.urandom(8),
        prand=os.urandom(4),
    )  # fmt: skip
    assert resolver.resolve(foreign) is None
    unpaired = UnpairedAdvert(AdvertFlag(0), bytes(8), bytes(6), 1)
    assert resolver.resolve(unpaired) is None
    resolver.remove("door 0")
    assert "door 0" not in set(resolver)


def test_an_altered_advertisement_does_not_resolve() -> None:
    key = advert_key(os.urandom(32))
    raw = bytearray(
        PairedAdvert.build(
            key, flags=AdvertFlag.PAIRED, change_counter=5, challenge=os.urandom(8),
            prand=os.urandom(4),
        ).encode()
    )  # fmt: skip
    for offset in range(3, len(raw)):  # prand, tag, counter and challenge are all bound
        forged = bytearray(raw)
        forged[offset] ^= 0x01
        assert resolve(AdvertPayload.decode(bytes(forged)), key) is None
    forged = bytearray(raw)
    forged[2] |= AdvertFlag.PAIRING_MODE  # nor can the flags be changed
    assert resolve(AdvertPayload.decode(bytes(forged)), key) is None


def test_an_unpaired_unit_names_itself_for_discovery(unit: DoorUnit) -> None:
    advert = AdvertPayload.decode(_payload(unit))
    assert isinstance(advert, UnpairedAdvert)
    assert advert.unit_id == unit.unit_id
    assert unit.advertisement().local_name == local_name(unit.unit_id)
    assert UnitInfo.decode(unit.read_info()).unit_id == unit.unit_id


def test_info_of_a_paired_unit_names_nobody(paired: Paired) -> None:
    assert UnitInfo.decode(paired.unit.read_info()).unit_id == NO_UNIT_ID


def test_a_factory_reset_unit_is_not_resolved_by_its_old_hub(paired: Paired) -> None:
    old_key = advert_key(paired.result.unit_secret)
    unit = paired.unit
    unit.factory_reset()
    # Paired again, by someone else: the new advertisements are not the old hub's.
    other = StaticKey.generate()
    unit.paired(PairedController(other.public, Role.ADMIN, "Elsewhere"))
    advert = AdvertPayload.decode(_payload(unit))
    assert advert.paired
    assert resolve(advert, old_key) is None
    assert resolve(advert, advert_key(unit.flash.unit_secret)) == unit.change_counter


# HELLO ----------------------------------------------------------------------------------


async def _hello_hint(paired: Paired, unit: DoorUnit | None = None) -> bytes:
    """The hint of the HELLO a hub client really sends (captured on the link)."""
    target = paired.unit if unit is None else unit
    ble = LoopbackClient(target)
    sent: list[bytes] = []
    original = target.on_write

    def capture(link: object, data: bytes, with_response: bool) -> None:
        sent.append(data)
        original(link, data, with_response)  # type: ignore[arg-type]

    target.on_write = capture  # type: ignore[method-assign]
    client = paired.client(ble)
    await ble.connect()
    await client.start()
    await client.status()
    await ble.disconnect()
    target.on_write = original  # type: ignore[method-assign]
    first = sent[0]
    assert first[0] & 0x80  # FIRST fragment: header, length, then the message
    message = first[3:]
    assert message[0] == MessageType.HELLO
    return Hello.decode(Envelope.decode(message + b"".join(p[1:] for p in sent[1:])).body).hint


async def test_two_hellos_of_one_hub_share_no_identifier(paired: Paired) -> None:
    hints = [await _hello_hint(paired) for _ in range(10)]
    assert len(set(hints)) == len(hints)
    for half in (slice(0, HINT_NONCE_LEN), slice(HINT_NONCE_LEN, None)):
        assert len({hint[half] for hint in hints}) == len(hints)
    key_id = paired.hub_key.key_id
    assert not any(key_id in hint for hint in hints)


def test_hints_for_different_doors_are_unrelated() -> None:
    hub = StaticKey.generate()
    door_a, door_b = StaticKey.generate(), StaticKey.generate()
    key_a, key_b = hint_key(hub, door_a.public), hint_key(hub, door_b.public)
    assert key_a is not None
    assert key_b is not None
    assert key_a != key_b
    unit_id = bytes(6)
    hint = new_hello_hint(key_a, unit_id)
    assert match_hint(hint, unit_id, [("a", key_a)]) == "a"
    assert match_hint(hint, unit_id, [("b", key_b)]) is None
    # Door B's unit, given the hub's public key, computes the same key the hub does.
    assert hint_key(door_b, hub.public) == key_b


def test_a_hint_names_one_controller_among_many() -> None:
    unit = StaticKey.generate()
    hubs = [StaticKey.generate() for _ in range(MAX_CONTROLLERS)]
    keys = [(index, hint_key(unit, hub.public)) for index, hub in enumerate(hubs)]
    candidates = [(index, key) for index, key in keys if key is not None]
    unit_id = os.urandom(6)
    for index, hub in enumerate(hubs):
        own = hint_key(hub, unit.public)
        assert own is not None
        assert match_hint(new_hello_hint(own, unit_id), unit_id, candidates) == index
    assert match_hint(os.urandom(16), unit_id, candidates) is None
    assert match_hint(b"short", unit_id, candidates) is None


def test_a_low_order_public_key_never_names_a_controller() -> None:
    assert hint_key(StaticKey.generate(), bytes(32)) is None


async def test_a_controller_added_by_an_admin_is_found_by_its_hint(paired: Paired) -> None:
    _, admin = await paired.connect()
    phone = StaticKey.generate()
    await admin.controller_add(phone.public, Role.USER, "Phone")
    phone_paired = Paired(paired.unit, phone, paired.result, paired.clock)
    _, client = await phone_paired.connect()
    assert (await client.status()).lock_state is not None


async def test_a_stranger_hint_is_unknown(paired: Paired) -> None:
    stranger = Paired(paired.unit, StaticKey.generate(), paired.result, paired.clock)
    _, client = await stranger.connect()
    with pytest.raises(NotPairedError):
        await client.status()


async def test_a_unit_holds_a_bounded_number_of_controllers(paired: Paired) -> None:
    """HELLO lookup tries every controller, so their number is capped."""
    _, admin = await paired.connect()
    for index in range(MAX_CONTROLLERS - 1):
        await admin.controller_add(StaticKey.generate().public, Role.USER, f"c{index}")
    assert len(paired.unit.flash.controllers) == MAX_CONTROLLERS
    with pytest.raises(CommandError) as caught:
        await admin.controller_add(StaticKey.generate().public, Role.USER, "one too many")
    assert caught.value.status is Status.CONFLICT
    assert len(paired.unit.flash.controllers) == MAX_CONTROLLERS


def test_the_simulated_unit_keeps_a_fixed_address_but_rotates_its_payload() -> None:
    """Documented limitation: the simulator's address is fixed; the payload still rotates."""
    clock = FakeClock()
    unit = DoorUnit(
        UnitConfig(unit_id=os.urandom(6), setup_code="31415926"),
        clock=clock.time,
        monotonic=clock.monotonic,
    )
    unit.paired(PairedController(StaticKey.generate().public, Role.ADMIN, "Hub"))
    first = _payload(unit)
    unit.bump()
    assert _payload(unit) != first
    assert _payload(unit) == _payload(unit)  # unchanged state: the same advertisement
    unit.detach()
