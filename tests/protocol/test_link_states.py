"""The link's state machine (§7.5): what each state accepts and what everything else gets.

Rows tested elsewhere: DATA before a handshake and unit-only types in CONNECTED, PAIR_CONFIRM
without an attempt, truncated HELLO, version and unknown HELLO flags (test_unit_connection);
framing errors in CONNECTED (test_client); a failed DATA drops the link (test_client); the
9th HELLO (tests/security/test_link_hogging); the link timers (same file).
"""

from __future__ import annotations

import pytest

from custom_components.digitalkey.protocol.channel import MessageChannel
from custom_components.digitalkey.protocol.client import DoorUnitClient
from custom_components.digitalkey.protocol.constants import (
    PROTOCOL_VERSION,
    LockState,
    MessageType,
    Opcode,
    Role,
)
from custom_components.digitalkey.protocol.errors import (
    AlreadyPaired,
    NotPairedError,
    ProtocolError,
)
from custom_components.digitalkey.protocol.keys import StaticKey, hint_key, new_hello_hint
from custom_components.digitalkey.protocol.messages import Envelope, Hello, Request
from custom_components.digitalkey.protocol.pairing import HubGrant, HubPairing
from custom_components.digitalkey.protocol.session import NoiseSession
from custom_components.digitalkey.protocol.wire import u8, u32
from simulator.door_unit import DoorUnit

from .conftest import SETUP_CODE, UNIT_ID, Paired


async def _in_session(paired: Paired) -> DoorUnitClient:
    _, client = await paired.connect()
    await client.handshake()
    return client


async def _session_ended(client: DoorUnitClient) -> bool:
    """Send a request in the old session: the unit answers ERROR UNEXPECTED when it is gone."""
    await client._send_data(Request(77, Opcode.STATUS).encode())
    reply = await client._channel.receive(plaintext_errors=False)
    return reply.type is MessageType.ERROR


def _hello(paired: Paired, payload: bytes) -> bytes:
    session = NoiseSession(
        initiator=True,
        static=paired.hub_key,
        remote_public=paired.result.unit_public,
        unit_id=UNIT_ID,
    )
    key = hint_key(paired.hub_key, paired.result.unit_public)
    assert key is not None
    return Hello(new_hello_hint(key, UNIT_ID), session.write_handshake(payload)).encode()


# SESSION: plaintext out of place is answered, and the session goes on ---------------------


@pytest.mark.parametrize(
    ("message", "error"),
    [
        (b"\x7e", "MALFORMED"),  # not a message type
        (Envelope(MessageType.WELCOME, b"").encode(), "UNEXPECTED"),
        (Envelope(MessageType.ERROR, bytes(3)).encode(), "UNEXPECTED"),
        (Envelope(MessageType.PAIR_CONFIRM, bytes(64)).encode(), "UNEXPECTED"),
    ],
    ids=["unknown-type", "welcome", "error", "pair-confirm"],
)
async def test_plaintext_out_of_place_in_a_session_leaves_it_up(
    paired: Paired, message: bytes, error: str
) -> None:
    client = await _in_session(paired)

    with pytest.raises(ProtocolError, match=error):
        await client._channel.exchange(message, MessageType.DATA)

    assert await client.lock() is LockState.LOCKED  # the same session still answers


async def test_pair_request_in_a_session_is_already_paired_and_the_session_goes_on(
    paired: Paired,
) -> None:
    client = await _in_session(paired)
    request = HubPairing(SETUP_CODE, UNIT_ID).request()
    failures = paired.unit.flash.pairing_failures

    with pytest.raises(AlreadyPaired):
        await client._channel.exchange(request, MessageType.PAIR_CHALLENGE)

    assert paired.unit.flash.pairing_failures == failures  # refused before it counts
    assert await client.lock() is LockState.LOCKED


# SESSION: any HELLO ends the session first --------------------------------------------------


async def test_a_second_handshake_replaces_the_session(paired: Paired) -> None:
    client = await _in_session(paired)
    old = client._session

    await client.handshake()

    assert client._session is not old
    assert await client.lock() is LockState.LOCKED  # under the new session's keys


@pytest.mark.parametrize(
    "hello",
    ["truncated", "unknown-controller", "request-without-challenge"],
)
async def test_a_refused_hello_still_ends_the_session(paired: Paired, hello: str) -> None:
    client = await _in_session(paired)
    stranger = StaticKey.generate()
    message = {
        "truncated": Envelope(MessageType.HELLO, bytes(20)).encode(),
        "unknown-controller": Envelope(
            MessageType.HELLO, stranger.public[:16] + bytes(60)
        ).encode(),
        "request-without-challenge": _hello(
            paired, u8(PROTOCOL_VERSION) + u8(0x02) + u32(0) + Request(1, Opcode.LOCK).encode()
        ),
    }[hello]

    with pytest.raises((ProtocolError, NotPairedError)):
        await client._channel.exchange(message, MessageType.WELCOME)

    assert await _session_ended(client)


# HELLO payloads ---------------------------------------------------------------------------


async def test_a_request_flagged_without_a_challenge_is_malformed_and_runs_nothing(
    paired: Paired, raw: MessageChannel
) -> None:
    unit = paired.unit
    challenge = unit.challenge
    unlock = Request(9, Opcode.UNLOCK).encode()
    payload = u8(PROTOCOL_VERSION) + u8(0x02) + u32(0) + unlock

    with pytest.raises(ProtocolError, match="MALFORMED"):
        await raw.exchange(_hello(paired, payload), MessageType.WELCOME)

    assert unit.motor_operations == 0
    assert unit.challenge == challenge  # nothing was used up


# PAIRING ------------------------------------------------------------------------------------


async def test_data_during_a_pairing_attempt_is_unexpected_and_the_attempt_goes_on(
    unit: DoorUnit, raw: MessageChannel
) -> None:
    unit.press_pairing_button()
    hub = HubPairing(SETUP_CODE, UNIT_ID)
    hub.on_challenge(await raw.exchange(hub.request(), MessageType.PAIR_CHALLENGE))

    with pytest.raises(ProtocolError, match="UNEXPECTED"):
        await raw.exchange(Envelope(MessageType.DATA, bytes(32)).encode(), MessageType.DATA)

    grant = HubGrant(StaticKey.generate().public, Role.ADMIN, 1_790_000_000, "Hub")
    hub.on_complete(await raw.exchange(hub.confirm(grant), MessageType.PAIR_COMPLETE))
    assert len(unit.flash.controllers) == 1


async def test_a_hello_during_a_pairing_attempt_ends_the_attempt(
    unit: DoorUnit, raw: MessageChannel
) -> None:
    unit.press_pairing_button()
    hub = HubPairing(SETUP_CODE, UNIT_ID)
    hub.on_challenge(await raw.exchange(hub.request(), MessageType.PAIR_CHALLENGE))

    with pytest.raises(NotPairedError):  # no controller is stored yet
        await raw.exchange(Envelope(MessageType.HELLO, bytes(80)).encode(), MessageType.WELCOME)

    grant = HubGrant(StaticKey.generate().public, Role.ADMIN, 1_790_000_000, "Hub")
    with pytest.raises(ProtocolError, match="UNEXPECTED"):
        await raw.exchange(hub.confirm(grant), MessageType.PAIR_COMPLETE)
    assert not unit.flash.controllers


async def test_a_second_pair_request_replaces_the_attempt(
    unit: DoorUnit, raw: MessageChannel
) -> None:
    unit.press_pairing_button()
    first = HubPairing(SETUP_CODE, UNIT_ID)
    first.on_challenge(await raw.exchange(first.request(), MessageType.PAIR_CHALLENGE))
    second = HubPairing(SETUP_CODE, UNIT_ID)
    second.on_challenge(await raw.exchange(second.request(), MessageType.PAIR_CHALLENGE))
    assert unit.flash.pairing_failures == 2  # each PAIR_REQUEST counts

    grant = HubGrant(StaticKey.generate().public, Role.ADMIN, 1_790_000_000, "Hub")
    second.on_complete(await raw.exchange(second.confirm(grant), MessageType.PAIR_COMPLETE))
    assert len(unit.flash.controllers) == 1
