"""What the reference unit answers to messages out of place, malformed or cut off (§4-7)."""

from __future__ import annotations

import asyncio

import pytest

from custom_components.digitalkey.protocol.channel import MessageChannel
from custom_components.digitalkey.protocol.constants import (
    PROTOCOL_VERSION,
    LockState,
    MessageType,
)
from custom_components.digitalkey.protocol.errors import (
    ConnectionLost,
    ProtocolError,
    UnsupportedVersion,
    WrongSetupCode,
)
from custom_components.digitalkey.protocol.framing import fragment
from custom_components.digitalkey.protocol.keys import hint_key, new_hello_hint
from custom_components.digitalkey.protocol.messages import Envelope, Hello
from custom_components.digitalkey.protocol.pairing import HubPairing
from custom_components.digitalkey.protocol.session import NoiseSession
from custom_components.digitalkey.protocol.wire import u8, u32
from simulator.door_unit import DoorUnit

from .conftest import SETUP_CODE, UNIT_ID, Paired
from .loopback import LoopbackClient


def _hint_key(paired: Paired) -> bytes:
    key = hint_key(paired.hub_key, paired.result.unit_public)
    assert key is not None
    return key


def _hello(paired: Paired, payload: bytes) -> bytes:
    session = NoiseSession(
        initiator=True,
        static=paired.hub_key,
        remote_public=paired.result.unit_public,
        unit_id=UNIT_ID,
    )
    hint = new_hello_hint(_hint_key(paired), UNIT_ID)
    return Hello(hint, session.write_handshake(payload)).encode()


@pytest.mark.parametrize(
    "kind", [MessageType.PAIR_CHALLENGE, MessageType.PAIR_COMPLETE, MessageType.WELCOME]
)
async def test_messages_only_a_unit_sends_are_unexpected(
    raw: MessageChannel, kind: MessageType
) -> None:
    with pytest.raises(ProtocolError, match="UNEXPECTED"):
        await raw.exchange(Envelope(kind, b"").encode(), MessageType.ERROR)


async def test_data_before_a_session_is_unexpected(raw: MessageChannel) -> None:
    with pytest.raises(ProtocolError, match="UNEXPECTED"):
        await raw.exchange(Envelope(MessageType.DATA, bytes(32)).encode(), MessageType.DATA)


# Pairing --------------------------------------------------------------------------------


async def test_malformed_pair_request_costs_an_attempt(unit: DoorUnit, raw: MessageChannel) -> None:
    unit.press_pairing_button()
    with pytest.raises(ProtocolError, match="MALFORMED"):
        await raw.exchange(Envelope(MessageType.PAIR_REQUEST, bytes(5)).encode(), MessageType.ERROR)
    assert unit.flash.pairing_failures == 1
    assert unit.pairing_mode  # attempts are left


async def test_pair_confirm_without_a_request_is_unexpected(
    unit: DoorUnit, raw: MessageChannel
) -> None:
    unit.press_pairing_button()
    confirm = Envelope(MessageType.PAIR_CONFIRM, bytes(64)).encode()
    with pytest.raises(ProtocolError, match="UNEXPECTED"):
        await raw.exchange(confirm, MessageType.PAIR_COMPLETE)
    assert not unit.flash.controllers


async def test_a_wrong_confirmation_tag_is_a_wrong_code(
    unit: DoorUnit, raw: MessageChannel
) -> None:
    unit.press_pairing_button()
    hub = HubPairing(SETUP_CODE, UNIT_ID)
    hub.on_challenge(await raw.exchange(hub.request(), MessageType.PAIR_CHALLENGE))
    forged = Envelope(MessageType.PAIR_CONFIRM, bytes(16) + bytes(64)).encode()

    with pytest.raises(WrongSetupCode) as err:
        await raw.exchange(forged, MessageType.PAIR_COMPLETE)

    assert err.value.attempts_left == 4
    assert not unit.flash.controllers
    # The attempt is used up: confirming again needs a new PAIR_REQUEST.
    with pytest.raises(ProtocolError, match="UNEXPECTED"):
        await raw.exchange(forged, MessageType.PAIR_COMPLETE)


# Handshake ------------------------------------------------------------------------------


async def test_a_truncated_hello_is_malformed(paired: Paired, raw: MessageChannel) -> None:
    hint = new_hello_hint(_hint_key(paired), UNIT_ID)
    hello = Envelope(MessageType.HELLO, hint + bytes(20)).encode()
    with pytest.raises(ProtocolError, match="MALFORMED"):
        await raw.exchange(hello, MessageType.WELCOME)


async def test_a_newer_protocol_version_is_refused(paired: Paired, raw: MessageChannel) -> None:
    payload = u8(PROTOCOL_VERSION + 1) + u8(0) + u32(0)
    with pytest.raises(UnsupportedVersion):
        await raw.exchange(_hello(paired, payload), MessageType.WELCOME)


async def test_a_hello_payload_with_unknown_flags_is_malformed(
    paired: Paired, raw: MessageChannel
) -> None:
    payload = u8(PROTOCOL_VERSION) + u8(0x80) + u32(0)
    with pytest.raises(ProtocolError, match="MALFORMED"):
        await raw.exchange(_hello(paired, payload), MessageType.WELCOME)


# Links that drop --------------------------------------------------------------------------


async def test_link_lost_before_a_slow_cold_unlock_finishes(paired: Paired) -> None:
    unit = paired.unit
    unit.config.motor_time = 0.02
    _, client = await paired.connect()
    unit.drop_link_before_reply = True  # ACCEPTED goes out in WELCOME, the final answer not

    with pytest.raises(ConnectionLost):
        await client.unlock(challenge=unit.challenge, request_id=0x51)

    assert unit.motor_operations == 1
    _, retry = await paired.connect()
    assert await retry.unlock(request_id=0x51) is LockState.UNLOCKED
    assert unit.motor_operations == 1


async def test_a_link_gone_before_the_answer_stops_the_handler(unit: DoorUnit) -> None:
    ble = LoopbackClient(unit)
    await ble.connect()
    (connection,) = unit.connections.values()
    link = ble._link
    assert link is not None
    for piece in fragment(Envelope(MessageType.WELCOME, b"").encode(), link.mtu):
        unit.on_write(link, piece, True)
    ble._link = None  # gone before the unit answers, and the radio has not said so yet

    for _ in range(3):
        await asyncio.sleep(0)

    assert connection._task.done()
    unit.on_disconnect(link)
    assert not unit.connections
