"""Both sides of pairing (docs/protocol.md §6) as pure functions, without a link."""

from __future__ import annotations

from functools import cache
from typing import cast

from hypothesis import given, settings, strategies as st
import pytest
from spake2 import SPAKE2_A, SPAKE2_B

from custom_components.digitalkey.protocol.constants import Feature, MessageType, Role
from custom_components.digitalkey.protocol.errors import (
    AuthenticationError,
    ProtocolError,
    WrongSetupCode,
)
from custom_components.digitalkey.protocol.keys import StaticKey
from custom_components.digitalkey.protocol.messages import Envelope
from custom_components.digitalkey.protocol.pairing import (
    HUB_IDENTITY,
    UNIT_IDENTITY,
    HubGrant,
    HubPairing,
    PairingKeys,
    UnitIdentity,
    UnitPairing,
    confirm_tag,
    normalize_setup_code,
    seal,
    validate_setup_code,
)

from .conftest import SETUP_CODE, UNIT_ID

OTHER_UNIT_ID = bytes.fromhex("D1C0FFEE0002")
GRANT = HubGrant(bytes(range(32)), Role.ADMIN, 1_790_000_000, "Hub")
IDENTITY = UnitIdentity(bytes(range(32, 64)), UNIT_ID, bytes(range(64, 96)), Feature.KEYPAD, 3)


def _body(message: bytes, expected: MessageType) -> bytes:
    envelope = Envelope.decode(message)
    assert envelope.type is expected
    return envelope.body


def _challenged(
    hub_code: str = SETUP_CODE, unit_code: str = SETUP_CODE
) -> tuple[HubPairing, UnitPairing, bytes]:
    """A hub and a unit after PAIR_REQUEST; returns the PAIR_CHALLENGE body."""
    hub = HubPairing(hub_code, UNIT_ID)
    unit = UnitPairing(unit_code, UNIT_ID)
    request = _body(hub.request(), MessageType.PAIR_REQUEST)
    return hub, unit, _body(unit.on_request(request, 4), MessageType.PAIR_CHALLENGE)


def _confirmed() -> tuple[HubPairing, UnitPairing, bytes]:
    """After PAIR_CHALLENGE was accepted; returns the PAIR_CONFIRM body."""
    hub, unit, challenge = _challenged()
    hub.on_challenge(challenge)
    return hub, unit, _body(hub.confirm(GRANT), MessageType.PAIR_CONFIRM)


@cache
def _shared_confirm() -> tuple[UnitPairing, bytes]:
    """One unit waiting for PAIR_CONFIRM (it keeps no state between confirmations)."""
    _, unit, confirm = _confirmed()
    return unit, confirm


def test_both_sides_agree_and_exchange_keys() -> None:
    hub, unit, challenge = _challenged()
    assert hub.on_challenge(challenge) == 4
    grant = unit.on_confirm(_body(hub.confirm(GRANT), MessageType.PAIR_CONFIRM))
    assert grant == GRANT
    assert hub.on_complete(_body(unit.complete(IDENTITY), MessageType.PAIR_COMPLETE)) == IDENTITY


def test_a_wrong_code_is_noticed_by_the_hub_first() -> None:
    hub, _, challenge = _challenged(hub_code="00000000")
    with pytest.raises(WrongSetupCode) as err:
        hub.on_challenge(challenge)
    assert err.value.attempts_left == 4
    with pytest.raises(ProtocolError, match="out of order"):
        hub.confirm(GRANT)  # nothing to confirm with


# PAIR_REQUEST ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [b"", bytes(32), bytes(34), b"B" + bytes(32), b"A" + b"\xff" * 32, bytes(33)],
    ids=["empty", "short", "long", "hub side byte", "not a group element", "no side byte"],
)
def test_malformed_pair_request_is_a_protocol_error(body: bytes) -> None:
    unit = UnitPairing(SETUP_CODE, UNIT_ID)
    with pytest.raises(ProtocolError):
        unit.on_request(body, 4)
    with pytest.raises(ProtocolError, match="before PAIR_REQUEST"):
        unit.on_confirm(bytes(16 + 64))


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=40))
def test_a_pair_request_is_answered_or_refused_as_malformed(body: bytes) -> None:
    unit = UnitPairing(SETUP_CODE, UNIT_ID)
    try:
        reply = unit.on_request(body, 4)
    except ProtocolError:
        return
    assert Envelope.decode(reply).type is MessageType.PAIR_CHALLENGE


# PAIR_CHALLENGE -------------------------------------------------------------------------


def test_malformed_pair_challenge_is_a_protocol_error() -> None:
    _, _, challenge = _challenged()
    for body in (b"", challenge[:-1], challenge + b"\x00", b"A" + challenge[1:]):
        hub = HubPairing(SETUP_CODE, UNIT_ID)
        hub.request()
        with pytest.raises(ProtocolError):
            hub.on_challenge(body)


@settings(max_examples=40, deadline=None)
@given(st.binary(min_size=50, max_size=50))
def test_a_forged_pair_challenge_never_passes_for_the_unit(body: bytes) -> None:
    hub = HubPairing(SETUP_CODE, UNIT_ID)
    hub.request()
    with pytest.raises((ProtocolError, WrongSetupCode)):
        hub.on_challenge(body)


# PAIR_CONFIRM ---------------------------------------------------------------------------


def test_malformed_pair_confirm_is_refused() -> None:
    unit, confirm = _shared_confirm()
    with pytest.raises(ProtocolError):
        unit.on_confirm(confirm[:15])  # not even a tag
    with pytest.raises(AuthenticationError, match="wrong setup code"):
        unit.on_confirm(bytes(16) + confirm[16:])
    with pytest.raises(AuthenticationError, match="sealed"):
        unit.on_confirm(confirm[:-1])


def test_a_grant_with_an_unknown_role_is_a_wrong_code() -> None:
    hub, unit, challenge = _challenged()
    hub.on_challenge(challenge)
    odd = HubGrant(GRANT.hub_public, cast(Role, 3), GRANT.time, GRANT.label)
    with pytest.raises(AuthenticationError, match="does not decode"):
        unit.on_confirm(_body(hub.confirm(odd), MessageType.PAIR_CONFIRM))


def test_a_grant_with_trailing_bytes_is_a_wrong_code() -> None:
    hub, unit, challenge = _challenged()
    hub.on_challenge(challenge)
    keys = hub._require_keys()
    confirm = _body(hub.confirm(GRANT), MessageType.PAIR_CONFIRM)
    tag = confirm[:16]
    with pytest.raises(AuthenticationError, match="does not decode"):
        unit.on_confirm(tag + seal(keys.hub_seal, GRANT.encode() + b"\x00"))


@pytest.mark.parametrize("length", [0, 69, 103])
def test_a_pair_confirm_of_a_length_none_has_is_malformed(length: int) -> None:
    hub, unit, challenge = _challenged()
    hub.on_challenge(challenge)
    confirm = _body(hub.confirm(GRANT), MessageType.PAIR_CONFIRM)
    with pytest.raises(ProtocolError, match="wrong length"):
        unit.on_confirm((confirm * 2)[:length])


def test_a_zero_scalar_that_makes_z_the_identity_never_pairs() -> None:
    # Someone who knows the code sends X = w·M exactly (scalar 0): both Zs are the
    # identity, so its tag even matches; libsodium cannot compute that Z, so no side
    # accepts it (§6.1).
    unit = UnitPairing(SETUP_CODE, UNIT_ID)
    hub = SPAKE2_A(SETUP_CODE.encode(), idA=HUB_IDENTITY, idB=UNIT_IDENTITY + UNIT_ID,
                   entropy_f=bytes)  # fmt: skip
    msg_a = bytes(hub.start())
    msg_b = _body(unit.on_request(msg_a, 4), MessageType.PAIR_CHALLENGE)[:33]
    keys = PairingKeys.derive(bytes(hub.finish(msg_b)))
    body = confirm_tag(keys.hub_confirm, msg_a, msg_b) + seal(keys.hub_seal, GRANT.encode())
    with pytest.raises(AuthenticationError, match="identity"):
        unit.on_confirm(body)


def test_a_hub_whose_z_is_the_identity_stops_as_for_a_wrong_code() -> None:
    unit = SPAKE2_B(SETUP_CODE.encode(), idA=HUB_IDENTITY, idB=UNIT_IDENTITY + UNIT_ID,
                    entropy_f=bytes)  # fmt: skip
    hub = HubPairing(SETUP_CODE, UNIT_ID)
    msg_a = _body(hub.request(), MessageType.PAIR_REQUEST)
    msg_b = bytes(unit.start())
    keys = PairingKeys.derive(bytes(unit.finish(msg_a)))
    with pytest.raises(WrongSetupCode):
        hub.on_challenge(msg_b + confirm_tag(keys.unit_confirm, msg_a, msg_b) + b"\x04")


@settings(max_examples=60, deadline=None)
@given(position=st.integers(min_value=0), flip=st.integers(min_value=1, max_value=255))
def test_any_altered_pair_confirm_is_refused(position: int, flip: int) -> None:
    unit, confirm = _shared_confirm()
    altered = bytearray(confirm)
    altered[position % len(altered)] ^= flip
    with pytest.raises((AuthenticationError, ProtocolError)):
        unit.on_confirm(bytes(altered))


# PAIR_COMPLETE and step order -----------------------------------------------------------


def test_pair_complete_naming_another_unit_is_refused() -> None:
    hub, unit, confirm = _confirmed()
    unit.on_confirm(confirm)
    impostor = UnitIdentity(
        IDENTITY.unit_public, OTHER_UNIT_ID, IDENTITY.unit_secret, IDENTITY.features, 1
    )
    with pytest.raises(AuthenticationError, match="does not match"):
        hub.on_complete(_body(unit.complete(impostor), MessageType.PAIR_COMPLETE))


def test_altered_pair_complete_is_refused() -> None:
    hub, unit, confirm = _confirmed()
    unit.on_confirm(confirm)
    sealed = bytearray(_body(unit.complete(IDENTITY), MessageType.PAIR_COMPLETE))
    sealed[0] ^= 0x01
    with pytest.raises(AuthenticationError):
        hub.on_complete(bytes(sealed))


def test_steps_out_of_order_are_protocol_errors() -> None:
    hub = HubPairing(SETUP_CODE, UNIT_ID)
    unit = UnitPairing(SETUP_CODE, UNIT_ID)
    with pytest.raises(ProtocolError, match="out of order"):
        hub.confirm(GRANT)
    with pytest.raises(ProtocolError, match="out of order"):
        hub.on_complete(bytes(64))
    with pytest.raises(ProtocolError, match="out of order"):
        unit.complete(IDENTITY)
    with pytest.raises(ProtocolError, match="before PAIR_REQUEST"):
        unit.on_confirm(bytes(64))


# Setup codes ----------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["31415926", "3141 5926", "3141-5926", " 3141\t5926 "])
def test_setup_code_as_typed_is_normalized(typed: str) -> None:
    assert normalize_setup_code(typed) == "31415926"


@pytest.mark.parametrize("code", ["", "1234567", "123456789", "1234567a", "１２３４５６７８"])
def test_invalid_setup_codes_are_rejected(code: str) -> None:
    with pytest.raises(ValueError, match="8 digits"):
        validate_setup_code(code)
    with pytest.raises(ValueError, match="8 digits"):
        HubPairing(code, UNIT_ID)


def test_hub_key_round_trips_through_the_grant() -> None:
    key = StaticKey.generate()
    grant = HubGrant(key.public, Role.USER, 5, "ü" * 20)  # label cut to 32 bytes
    decoded = HubGrant.decode(grant.encode())
    assert decoded.hub_public == key.public
    assert decoded.label == "ü" * 16
