"""The written-out pairing steps (docs/protocol.md §6) against the library-based pairing.

`spake2_steps` follows the text; `HubPairing`/`UnitPairing` run python-spake2 0.9. For the
inputs stated in §11 both must produce the same bytes, and both must refuse the same
hostile messages.
"""

from __future__ import annotations

import hashlib

import pytest
from spake2.parameters.ed25519 import ParamsEd25519

from custom_components.digitalkey.protocol.errors import ProtocolError
from custom_components.digitalkey.protocol.messages import Envelope
from custom_components.digitalkey.protocol.pairing import (
    HubPairing,
    PairingKeys,
    UnitPairing,
    check_element_encoding,
)

from . import spake2_steps as steps, vectors
from .spec_blocks import INPUTS, SPEC, entries
from .test_vectors import PUBLISHED
from .vector_inputs import stated

INPUT = entries(INPUTS)
PASSWORD = bytes.fromhex(INPUT["inputs.setup_code"])
ID_A = bytes.fromhex(INPUT["inputs.id_a"])
ID_B = bytes.fromhex(INPUT["inputs.id_b"])
HUB_RANDOM = bytes.fromhex(INPUT["inputs.spake_hub_random"])
UNIT_RANDOM = bytes.fromhex(INPUT["inputs.spake_unit_random"])


def _published(name: str) -> bytes:
    return bytes.fromhex(PUBLISHED[name])


def _steps_run() -> tuple[steps.Side, steps.Side]:
    w = steps.password_scalar(PASSWORD)
    msg_a = steps.message(b"A", steps.ephemeral_scalar(HUB_RANDOM), w)
    msg_b = steps.message(b"B", steps.ephemeral_scalar(UNIT_RANDOM), w)
    hub = steps.run(b"A", PASSWORD, ID_A, ID_B, HUB_RANDOM, msg_b)
    unit = steps.run(b"B", PASSWORD, ID_A, ID_B, UNIT_RANDOM, msg_a)
    return hub, unit


def test_inputs_are_what_section_11_says() -> None:
    assert vectors.SETUP_CODE.encode() == PASSWORD
    assert ID_A == b"DKP2 hub"
    assert ID_B == b"DKP2 unit" + vectors.UNIT_ID
    assert hashlib.shake_256(b"dkp2 vector spake hub/1").digest(64) == HUB_RANDOM
    assert hashlib.shake_256(b"dkp2 vector spake unit/1").digest(64) == UNIT_RANDOM


def test_constants_match_the_library() -> None:
    assert steps.encode(steps.G) == ParamsEd25519.group.Base.to_bytes()
    assert steps.encode(steps.M) == ParamsEd25519.M.to_bytes() == _published("pairing.spake_m")
    assert steps.encode(steps.N) == ParamsEd25519.N.to_bytes() == _published("pairing.spake_n")
    assert ParamsEd25519.group.order() == steps.L
    for point in (steps.G, steps.M, steps.N):
        assert steps.decode(steps.encode(point)) == point


def test_constants_in_the_text_are_the_ones_used() -> None:
    text = SPEC.read_text()
    assert f"M = {steps.encode(steps.M).hex()}" in text
    assert f"N = {steps.encode(steps.N).hex()}" in text
    assert f"encoding `{steps.encode(steps.G).hex()}`" in text
    assert f"`{steps.scalar_bytes(steps.L).hex()}`" in text
    assert f"`{steps.encode(steps.IDENTITY).hex()}`" in text


def test_written_steps_reproduce_every_published_intermediate() -> None:
    hub, unit = _steps_run()
    expanded = steps.hkdf_sha256(PASSWORD, b"SPAKE2 pw", 48)
    assert expanded == _published("pairing.password_expanded")
    w = steps.password_scalar(PASSWORD)
    assert steps.scalar_bytes(w) == _published("pairing.password_scalar")
    assert steps.scalar_bytes(hub.scalar) == _published("pairing.hub_scalar")
    assert steps.scalar_bytes(unit.scalar) == _published("pairing.unit_scalar")
    assert hub.message[1:] == _published("pairing.x")
    assert unit.message[1:] == _published("pairing.y")
    assert hub.shared_element == unit.shared_element == _published("pairing.shared_element")
    assert hub.key == unit.key == _published("pairing.key")
    keys = steps.pairing_keys(hub.key)
    for label in ("unit confirm", "hub confirm", "hub seal", "unit seal"):
        name = "pairing." + label.replace(" ", "_") + "_key"
        assert keys[label] == _published(name), name
    unit_tag = steps.tag(keys["unit confirm"], hub.message, unit.message)
    hub_tag = steps.tag(keys["hub confirm"], hub.message, unit.message)
    assert unit_tag == _published("pairing.unit_tag")
    assert hub_tag == _published("pairing.hub_tag")


def test_written_steps_match_the_library_pairing_byte_for_byte() -> None:
    hub_steps, unit_steps = _steps_run()
    hub = HubPairing(vectors.SETUP_CODE, vectors.UNIT_ID, stated(HUB_RANDOM))
    unit = UnitPairing(vectors.SETUP_CODE, vectors.UNIT_ID, stated(UNIT_RANDOM))
    request = hub.request()
    assert request == b"\x01" + hub_steps.message
    challenge = unit.on_request(Envelope.decode(request).body, attempts_left=4)
    keys = steps.pairing_keys(unit_steps.key)
    unit_tag = steps.tag(keys["unit confirm"], hub_steps.message, unit_steps.message)
    assert challenge == b"\x02" + unit_steps.message + unit_tag + b"\x04"
    assert hub.on_challenge(Envelope.decode(challenge).body) == 4
    library = PairingKeys.derive(unit_steps.key)
    assert library.unit_confirm == keys["unit confirm"]
    assert library.hub_confirm == keys["hub confirm"]
    assert library.hub_seal == keys["hub seal"]
    assert library.unit_seal == keys["unit seal"]


def _enc(y: int, sign: int = 0) -> bytes:
    return (y | sign << 255).to_bytes(32, "little")


SMALL_ORDER = {
    "order 2": _enc(steps.P - 1),
    "order 4": _enc(0),
    "order 8": bytes.fromhex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"),
    "order 8, other sign": bytes.fromhex(
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"
    ),
}
MIXED_ORDER = steps.encode(steps.add(steps.mul(5, steps.G), (0, steps.P - 1)))
NON_CANONICAL = {
    "identity with sign bit": _enc(1, 1),
    "identity as y = p + 1": _enc(steps.P + 1),
    "identity as y = p + 1 with sign bit": _enc(steps.P + 1, 1),
    "order 4 as y = p": _enc(steps.P),
    "order 2 with sign bit": _enc(steps.P - 1, 1),
}
NOT_ON_CURVE = _enc(2)
HOSTILE = {
    "identity": _enc(1),
    "mixed order": MIXED_ORDER,
    "not on curve": NOT_ON_CURVE,
    **SMALL_ORDER,
    **NON_CANONICAL,
}


def _point(raw: bytes) -> steps.Point:
    """Decode without any check, to show what the hostile encodings are."""
    value = int.from_bytes(raw, "little")
    y = value & ((1 << 255) - 1)
    x = steps.x_from_y(y % steps.P)
    assert x is not None
    return (steps.P - x if (x & 1) != value >> 255 else x) % steps.P, y % steps.P


def test_hostile_encodings_are_what_their_names_say() -> None:
    for raw in SMALL_ORDER.values():
        assert steps.mul(8, _point(raw)) == steps.IDENTITY
    assert steps.mul(steps.L, _point(MIXED_ORDER)) == (0, steps.P - 1)
    assert steps.x_from_y(2) is None
    for name, raw in NON_CANONICAL.items():
        assert steps.encode(_point(raw)) != raw, name
    assert _point(NON_CANONICAL["identity with sign bit"]) == steps.IDENTITY


@pytest.mark.parametrize("name", list(HOSTILE))
def test_written_steps_refuse(name: str) -> None:
    with pytest.raises(steps.Refused):
        steps.run(b"B", PASSWORD, ID_A, ID_B, UNIT_RANDOM, b"A" + HOSTILE[name])


@pytest.mark.parametrize("name", list(HOSTILE))
def test_unit_refuses_hostile_request(name: str) -> None:
    unit = UnitPairing(vectors.SETUP_CODE, vectors.UNIT_ID, stated(UNIT_RANDOM))
    with pytest.raises(ProtocolError):
        unit.on_request(b"A" + HOSTILE[name], attempts_left=4)


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hub_refuses_hostile_challenge(name: str) -> None:
    hub = HubPairing(vectors.SETUP_CODE, vectors.UNIT_ID, stated(HUB_RANDOM))
    hub.request()
    with pytest.raises(ProtocolError):
        hub.on_challenge(b"B" + HOSTILE[name] + bytes(16) + b"\x04")


@pytest.mark.parametrize("name", list(NON_CANONICAL))
def test_encoding_check_refuses_what_the_library_alone_would_pass(name: str) -> None:
    with pytest.raises(ProtocolError, match="canonical"):
        check_element_encoding(NON_CANONICAL[name])


def test_reflected_message_is_refused() -> None:
    hub = HubPairing(vectors.SETUP_CODE, vectors.UNIT_ID, stated(HUB_RANDOM))
    msg_a = Envelope.decode(hub.request()).body
    reflected = b"B" + msg_a[1:]
    with pytest.raises(ProtocolError):
        hub.on_challenge(reflected + bytes(16) + b"\x04")
    with pytest.raises(steps.Refused, match="reflection"):
        steps.run(b"A", PASSWORD, ID_A, ID_B, HUB_RANDOM, reflected)
    unit = UnitPairing(vectors.SETUP_CODE, vectors.UNIT_ID, stated(UNIT_RANDOM))
    own_y = steps.message(
        b"B", steps.ephemeral_scalar(UNIT_RANDOM), steps.password_scalar(PASSWORD)
    )
    with pytest.raises(ProtocolError):
        unit.on_request(b"A" + own_y[1:], attempts_left=4)


def test_wrong_side_byte_is_refused() -> None:
    hub = HubPairing(vectors.SETUP_CODE, vectors.UNIT_ID, stated(HUB_RANDOM))
    msg_a = Envelope.decode(hub.request()).body
    with pytest.raises(ProtocolError):
        hub.on_challenge(msg_a + bytes(16) + b"\x04")
    unit = UnitPairing(vectors.SETUP_CODE, vectors.UNIT_ID, stated(UNIT_RANDOM))
    with pytest.raises(ProtocolError):
        unit.on_request(b"B" + msg_a[1:], attempts_left=4)
