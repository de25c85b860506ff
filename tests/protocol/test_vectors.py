"""docs/protocol.md's test vectors match the reference implementation, byte for byte.

Besides equality, the published bytes are fed back into the reference implementation's
receiving sides (unit and hub), which must accept them.
"""

from __future__ import annotations

import hmac

import pytest

from custom_components.digitalkey.protocol.advertisement import AdvertPayload, PairedAdvert, resolve
from custom_components.digitalkey.protocol.constants import (
    CredentialType,
    LockState,
    MessageType,
    Opcode,
)
from custom_components.digitalkey.protocol.framing import Reassembler
from custom_components.digitalkey.protocol.keys import advert_key, hello_hint, hint_key, match_hint
from custom_components.digitalkey.protocol.messages import (
    Envelope,
    Hello,
    HelloPayload,
    Request,
    Response,
    WelcomePayload,
)
from custom_components.digitalkey.protocol.pairing import HubPairing, UnitPairing
from custom_components.digitalkey.protocol.records import credential_secret
from custom_components.digitalkey.protocol.session import NoiseSession

from . import vector_inputs as given, vectors
from .spec_blocks import INPUTS, VECTORS, entries
from .vector_inputs import stated

PUBLISHED = entries(VECTORS)
PUBLISHED_INPUTS = entries(INPUTS)
COMPUTED = vectors.compute()


def test_same_vector_names() -> None:
    assert list(PUBLISHED) == list(COMPUTED)


@pytest.mark.parametrize("name", list(COMPUTED))
def test_vector(name: str) -> None:
    assert PUBLISHED[name] == COMPUTED[name]


def _b(name: str) -> bytes:
    return bytes.fromhex(PUBLISHED[name])


def _input(name: str) -> bytes:
    return bytes.fromhex(PUBLISHED_INPUTS[name])


def test_published_fragments_reassemble() -> None:
    reassembler = Reassembler()
    pieces = [_b(f"framing.mtu23.fragment{i}") for i in range(3)]
    assert [reassembler.feed(p) for p in pieces] == [None, None, bytes(range(40))]


def test_unit_side_accepts_published_pairing() -> None:
    unit = UnitPairing(vectors.SETUP_CODE, vectors.UNIT_ID, stated(given.SPAKE_UNIT_RANDOM))
    reply = unit.on_request(Envelope.decode(_b("pairing.request")).body, given.ATTEMPTS_LEFT)
    assert reply == _b("pairing.challenge")
    grant = unit.on_confirm(Envelope.decode(_b("pairing.confirm")).body)
    assert grant.hub_public == vectors.HUB_KEY.public
    assert grant.time == vectors.HUB_TIME


def test_hub_side_accepts_published_pairing() -> None:
    hub = HubPairing(vectors.SETUP_CODE, vectors.UNIT_ID, stated(given.SPAKE_HUB_RANDOM))
    assert hub.request() == _b("pairing.request")
    assert hub.on_challenge(Envelope.decode(_b("pairing.challenge")).body) == given.ATTEMPTS_LEFT
    identity = hub.on_complete(Envelope.decode(_b("pairing.complete")).body)
    assert identity.unit_public == vectors.UNIT_KEY.public
    assert identity.unit_secret == _input("inputs.unit_secret")


def test_unit_side_decodes_published_hello() -> None:
    responder = NoiseSession(
        initiator=False,
        static=vectors.UNIT_KEY,
        remote_public=vectors.HUB_KEY.public,
        unit_id=vectors.UNIT_ID,
    )
    hello = Hello.decode(Envelope.decode(_b("session.hello")).body)
    assert hello.hint == _b("session.hello_hint")
    assert hello.hint == hello_hint(vectors.hub_hint_key(), vectors.UNIT_ID, vectors.HINT_NONCE)
    payload = HelloPayload.decode(responder.read_handshake(hello.noise))
    assert payload.challenge == vectors.CHALLENGE
    assert payload.request == Request(1, Opcode.UNLOCK)


def test_hub_side_decodes_published_welcome_and_data() -> None:
    initiator = vectors.hub_session()
    assert initiator.write_handshake(_b("session.hello_payload")) == _b("session.hello")[17:]
    welcome = Envelope.decode(_b("session.welcome"))
    assert welcome.type is MessageType.WELCOME
    payload = WelcomePayload.decode(initiator.read_handshake(welcome.body))
    assert payload.challenge_accepted
    assert payload.response is not None
    assert payload.response.body == bytes([LockState.UNLOCKED])
    reply = Envelope.decode(_b("session.data_unit_to_hub_0"))
    initiator.encrypt(Request(2, Opcode.LOCK).encode())
    assert Response.decode(initiator.decrypt(reply.body)).request_id == 2


def test_hub_side_resolves_published_advertisement() -> None:
    advert = AdvertPayload.decode(_b("advertisement.paired"))
    assert isinstance(advert, PairedAdvert)
    assert advert.prand == vectors.PRAND
    assert resolve(advert, advert_key(_input("inputs.unit_secret"))) == given.PAIRED_ADVERT_COUNTER
    assert resolve(advert, advert_key(bytes(32))) is None


def test_unit_side_matches_published_hint() -> None:
    key = hint_key(vectors.UNIT_KEY, vectors.HUB_KEY.public)
    assert key == _b("keys.hint")
    assert match_hint(_b("session.hello_hint"), vectors.UNIT_ID, [("hub", key)]) == "hub"


def test_published_pin_secret_uses_the_unit_secret() -> None:
    secret = credential_secret(_input("inputs.unit_secret"), CredentialType.PIN, "1234")
    assert secret == _b("credential.pin_1234_secret")
    assert hmac.digest(_b("keys.credential"), b"\x011234", "sha256")[:8] == secret
