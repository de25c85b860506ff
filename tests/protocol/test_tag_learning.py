"""TAG_LEARN and TAG_LEARNED (§7.4): "present the tag now" at the reference unit.

The unit keeps the UID of the first unknown tag presented in the window, in RAM, until an
admin reads it, the window's time is up, or the unit reboots. Time is manual: the unit's
clocks and timers move only when a test advances them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from custom_components.digitalkey.protocol.client import DoorUnitClient, pair
from custom_components.digitalkey.protocol.constants import (
    TAG_LEARN_MAX_S,
    CredentialType,
    DenyReason,
    Feature,
    LogEvent,
    LogSource,
    Opcode,
    Role,
    Status,
)
from custom_components.digitalkey.protocol.errors import (
    ConnectionLost,
    Forbidden,
    InvalidArgument,
    Unsupported,
)
from custom_components.digitalkey.protocol.keys import StaticKey
from custom_components.digitalkey.protocol.records import (
    CredentialOp,
    CredentialRecord,
    credential_secret,
)
from custom_components.digitalkey.protocol.wire import u8
from simulator.door_unit import DoorUnit, UnitConfig
from tests.helpers.manual_time import ManualTime

from .conftest import SETUP_CODE, UNIT_ID, UNIT_SECRET
from .loopback import LoopbackClient

UNKNOWN = bytes.fromhex("04a1b2c3d4e5f6")
OTHER = bytes.fromhex("deadbeef")
KNOWN = bytes.fromhex("04112233445566")


class Door:
    """A unit on manual time, paired with one hub key."""

    def __init__(
        self, unit: DoorUnit, hub_key: StaticKey, unit_public: bytes, time: ManualTime
    ) -> None:
        self.unit = unit
        self.time = time
        self.hub_key = hub_key
        self.unit_public = unit_public

    async def connect(self, key: StaticKey | None = None) -> tuple[LoopbackClient, DoorUnitClient]:
        ble = LoopbackClient(self.unit)
        client = DoorUnitClient(
            ble,
            unit_id=UNIT_ID,
            hub_key=key or self.hub_key,
            unit_public=self.unit_public,
            clock=self.time.time,
            monotonic=self.time.monotonic,
        )
        ble.disconnected_callback = lambda _ble: client.connection_lost()
        await ble.connect()
        await client.start()
        return ble, client


async def _door(time: ManualTime, features: Feature | None = None) -> Door:
    config = UnitConfig(unit_id=UNIT_ID, setup_code=SETUP_CODE)
    if features is not None:
        config.features = features
    unit = DoorUnit(config, clock=time.time, monotonic=time.monotonic, call_later=time.call_later)
    unit.flash.unit_secret = UNIT_SECRET
    hub_key = StaticKey.generate()
    assert unit.press_pairing_button()
    ble = LoopbackClient(unit)
    await ble.connect()
    result = await pair(ble, setup_code=SETUP_CODE, hub_key=hub_key, label="Hub", clock=time.time)
    await ble.disconnect()
    return Door(unit, hub_key, result.unit_public, time)


@pytest.fixture
def time() -> ManualTime:
    return ManualTime()


def _close(unit: DoorUnit) -> None:
    unit.detach()
    for connection in list(unit.connections.values()):
        connection.close()


@pytest.fixture
async def door(time: ManualTime) -> AsyncIterator[Door]:
    found = await _door(time)
    yield found
    _close(found.unit)


def _last_denied(unit: DoorUnit) -> tuple[int, int]:
    record = unit.flash.log.records[-1]
    assert (record.event, record.source) == (LogEvent.DENIED, LogSource.TAG)
    return record.subject, record.detail


async def test_the_first_unknown_tag_is_caught_and_read_once(door: Door) -> None:
    _, admin = await door.connect()
    await admin.tag_learn(TAG_LEARN_MAX_S)

    assert not door.unit.present_tag(UNKNOWN)
    assert _last_denied(door.unit) == (0, DenyReason.UNKNOWN_CREDENTIAL)  # logged as usual
    assert not door.unit.present_tag(OTHER)  # only the first is remembered

    assert await admin.tag_learned() == UNKNOWN
    assert await admin.tag_learned() is None  # read once: the window is over
    door.unit.present_tag(OTHER)
    assert await admin.tag_learned() is None


async def test_a_known_tag_works_as_usual_and_is_not_caught(door: Door) -> None:
    unit = door.unit
    _, admin = await door.connect()
    secret = credential_secret(UNIT_SECRET, CredentialType.TAG, KNOWN)
    blocked_uid = bytes.fromhex("0a0b0c0d")
    blocked = credential_secret(UNIT_SECRET, CredentialType.TAG, blocked_uid)
    await admin.cred_begin()
    await admin.cred_write(
        [
            CredentialOp.upsert(CredentialRecord(64, 1, CredentialType.TAG, secret)),
            CredentialOp.upsert(CredentialRecord(128, 2, CredentialType.TAG, blocked, False)),
        ]
    )
    await admin.cred_commit(unit.flash.credentials.shadow.hash())  # type: ignore[union-attr]
    await admin.tag_learn(30)

    assert unit.present_tag(KNOWN)
    assert not unit.present_tag(blocked_uid)
    assert _last_denied(unit) == (128, DenyReason.DISABLED)
    assert not unit.present_tag(UNKNOWN)

    assert await admin.tag_learned() == UNKNOWN


async def test_the_window_ends_by_its_time(door: Door, time: ManualTime) -> None:
    _, admin = await door.connect()
    await admin.tag_learn(5)
    time.advance(5)
    door.unit.present_tag(UNKNOWN)
    assert await admin.tag_learned() is None


async def test_a_caught_uid_is_forgotten_when_the_window_ends(door: Door, time: ManualTime) -> None:
    _, admin = await door.connect()
    await admin.tag_learn(8)
    door.unit.present_tag(UNKNOWN)
    time.advance(8)
    assert door.unit._learned_uid is None  # wiped by the unit's timer, not only when asked
    assert await admin.tag_learned() is None


async def test_a_new_window_forgets_what_the_last_one_caught(door: Door) -> None:
    _, admin = await door.connect()
    await admin.tag_learn(30)
    door.unit.present_tag(UNKNOWN)
    await admin.tag_learn(30)
    door.unit.present_tag(OTHER)
    assert await admin.tag_learned() == OTHER


async def test_a_reboot_ends_the_window(door: Door) -> None:
    _, admin = await door.connect()
    await admin.tag_learn(60)
    door.unit.present_tag(UNKNOWN)

    await door.unit.reboot()

    _, again = await door.connect()
    assert await again.tag_learned() is None


async def test_only_tag_uids_of_a_valid_length_are_caught(door: Door) -> None:
    _, admin = await door.connect()
    await admin.tag_learn(30)
    door.unit.present_tag(bytes(5))  # no UID has 5 bytes: denied unknown, not caught
    door.unit.enter_pin("24681357")  # a PIN is never caught
    door.unit.present_tag(OTHER)
    assert await admin.tag_learned() == OTHER


async def test_a_lost_answer_is_answered_again_from_memory(door: Door) -> None:
    _, admin = await door.connect()
    await admin.tag_learn(30)
    door.unit.present_tag(UNKNOWN)
    door.unit.drop_link_before_reply = True
    with pytest.raises(ConnectionLost):
        await admin.request(Opcode.TAG_LEARNED, request_id=0x7A6)

    _, retry = await door.connect()
    response = await retry.request(Opcode.TAG_LEARNED, request_id=0x7A6)
    assert response.body == u8(len(UNKNOWN)) + UNKNOWN
    assert await retry.tag_learned() is None  # a new request: the window is over


async def test_a_user_may_not_learn_tags(door: Door) -> None:
    _, admin = await door.connect()
    key = StaticKey.generate()
    await admin.controller_add(key.public, Role.USER, "Resident phone")
    _, user = await door.connect(key)
    await admin.tag_learn(30)
    door.unit.present_tag(UNKNOWN)

    for command in (user.tag_learn(30), user.tag_learned()):
        with pytest.raises(Forbidden) as err:
            await command
        assert err.value.status == Status.FORBIDDEN
    assert await admin.tag_learned() == UNKNOWN  # the user's refusals changed nothing


@pytest.mark.parametrize("seconds", [0, TAG_LEARN_MAX_S + 1, 255])
async def test_a_window_outside_1_to_60_seconds_is_refused(door: Door, seconds: int) -> None:
    _, admin = await door.connect()
    with pytest.raises(InvalidArgument):
        await admin.request(Opcode.TAG_LEARN, u8(seconds))
    with pytest.raises(ValueError, match="1 to 60"):
        await admin.tag_learn(seconds)
    door.unit.present_tag(UNKNOWN)
    assert await admin.tag_learned() is None  # no window was opened


async def test_a_unit_without_a_tag_reader_does_not_support_it(time: ManualTime) -> None:
    door = await _door(time, Feature.DOOR_CONTACT | Feature.KEYPAD)
    _, admin = await door.connect()
    try:
        for command in (admin.tag_learn(30), admin.tag_learned()):
            with pytest.raises(Unsupported) as err:
                await command
            assert err.value.status == Status.UNSUPPORTED
    finally:
        _close(door.unit)
