"""Every vector of docs/protocol.md §11 from the stated inputs, following the text.

Each function builds one group of vectors and names the section it follows; field by
field, a message is the concatenation the section's table gives, and since every input is
stated in the width of its field, most fields are copied as they are. Constants of the
protocol (magic, message types, labels) are written here as the text writes them.
"""

from __future__ import annotations

import functools

from tests.protocol import spake2_steps as steps

from .document import Inputs
from .noise_kk import KKHandshake
from .primitives import (
    aes128_block,
    chacha_seal,
    hkdf,
    hmac_sha256,
    sha256,
    x25519,
    x25519_public,
)

MAGIC = bytes.fromhex("d16b")
VERSION_NIBBLE = 2
FIRST, LAST = 0x80, 0x40
PAIR_REQUEST, PAIR_CHALLENGE, PAIR_CONFIRM, PAIR_COMPLETE = b"\x01", b"\x02", b"\x03", b"\x04"
HELLO, WELCOME, DATA = b"\x10", b"\x11", b"\x20"
SEAL_NONCE = bytes(12)
SEAL_AD = b"DKP2 pair"
BUCKETS = 64

type Vectors = dict[str, bytes]


def build(inputs: Inputs) -> Vectors:
    """Every vector by its name in the document."""
    out: Vectors = {}
    out |= keys(inputs)
    out |= framing(inputs)
    out |= advertisements(inputs, out["keys.advert"])
    out |= info(inputs)
    out |= pairing(inputs, out)
    out |= session(inputs, out)
    out |= records(inputs, out["keys.credential"])
    return out


def keys(inputs: Inputs) -> Vectors:
    """§5: public keys, the hub's key id and the three derived keys."""
    unit_secret = inputs.sized("inputs.unit_secret", 32)
    hub_public = x25519_public(inputs.sized("inputs.hub_static_private", 32))
    unit_public = x25519_public(inputs.sized("inputs.unit_static_private", 32))
    static_static = x25519(inputs["inputs.hub_static_private"], unit_public)
    return {
        "keys.hub_static_public": hub_public,
        "keys.unit_static_public": unit_public,
        "keys.hub_ephemeral_public": x25519_public(
            inputs.sized("inputs.hub_ephemeral_private", 32)
        ),
        "keys.unit_ephemeral_public": x25519_public(
            inputs.sized("inputs.unit_ephemeral_private", 32)
        ),
        "key_id.hub": sha256(hub_public)[:8],
        "keys.credential": hkdf(unit_secret, b"DKP2 credential", 32),
        "keys.advert": hkdf(unit_secret, b"DKP2 advert", 16),
        "keys.hint": hkdf(static_static, b"DKP2 hint", 32),
    }


def fragments(message: bytes, mtu: int) -> list[bytes]:
    """§3: MTU - 3 bytes per write, a 1-byte header, the length in the FIRST fragment."""
    room = mtu - 3 - 1
    pieces = [message[: room - 2]]
    pieces += [message[pos : pos + room] for pos in range(room - 2, len(message), room)]
    out = []
    for index, piece in enumerate(pieces):
        header = index % 64
        header |= FIRST if index == 0 else 0
        header |= LAST if index == len(pieces) - 1 else 0
        length = len(message).to_bytes(2) if index == 0 else b""
        out.append(bytes([header]) + length + piece)
    return out


def framing(inputs: Inputs) -> Vectors:
    mtu = inputs.number("inputs.framing.mtu")
    pieces = fragments(inputs["inputs.framing.message"], mtu)
    return {f"framing.mtu{mtu}.fragment{index}": piece for index, piece in enumerate(pieces)}


def _head(flags: bytes) -> bytes:
    """Byte 2 of the advertisement: the version in the high nibble, the flags in the low."""
    return bytes([VERSION_NIBBLE << 4 | flags[0]])


def advertisements(inputs: Inputs, advert_key: bytes) -> Vectors:
    """§2.2: the unpaired payload in clear, the paired one resolvable."""
    challenge = inputs.sized("inputs.challenge", 8)
    unpaired = (
        MAGIC
        + _head(inputs.sized("inputs.advertisement.unpaired.flags", 1))
        + inputs.sized("inputs.unit_id", 6)
        + inputs.sized("inputs.advertisement.unpaired.change_counter", 2)
        + challenge
    )
    head = _head(inputs.sized("inputs.advertisement.paired.flags", 1))
    prand = inputs.sized("inputs.advertisement.paired.prand", 4)
    counter = inputs.sized("inputs.advertisement.paired.change_counter", 2)
    keystream = aes128_block(advert_key, b"\x02" + prand + bytes(11))[:2]
    blinded = bytes(a ^ b for a, b in zip(counter, keystream, strict=True))
    tag = aes128_block(advert_key, b"\x01" + head + prand + blinded + challenge)[:4]
    paired = MAGIC + head + prand + tag + blinded + challenge
    return {"advertisement.unpaired": unpaired, "advertisement.paired": paired}


def info(inputs: Inputs) -> Vectors:
    """§2.3: 15 bytes; a paired unit shows the all-zero unit id it is given."""

    def value(unit_id: bytes, flags: bytes) -> bytes:
        return (
            MAGIC
            + inputs.sized("inputs.info.version", 1)
            + unit_id
            + flags
            + inputs.sized("inputs.info.features", 1)
            + inputs.sized("inputs.info.max_message", 2)
            + inputs.sized("inputs.info.firmware_major", 1)
            + inputs.sized("inputs.info.firmware_minor", 1)
        )

    return {
        "info.unpaired": value(
            inputs.sized("inputs.unit_id", 6), inputs.sized("inputs.info.unpaired.flags", 1)
        ),
        "info.paired": value(
            inputs.sized("inputs.info.paired.unit_id", 6),
            inputs.sized("inputs.info.paired.flags", 1),
        ),
    }


@functools.lru_cache(maxsize=4)
def _spake(
    password: bytes, id_a: bytes, id_b: bytes, r_a: bytes, r_b: bytes
) -> tuple[steps.Side, steps.Side]:
    """Both sides of §6.1 (slow in plain integers, so a run is kept for equal inputs)."""
    w = steps.password_scalar(password)
    msg_b = steps.message(b"B", steps.ephemeral_scalar(r_b), w)
    hub = steps.run(b"A", password, id_a, id_b, r_a, msg_b)
    unit = steps.run(b"B", password, id_a, id_b, r_b, hub.message)
    assert hub.key == unit.key
    return hub, unit


def seal(key: bytes, plaintext: bytes) -> bytes:
    """§6: ChaCha20-Poly1305, zero nonce, associated data "DKP2 pair"."""
    return chacha_seal(key, SEAL_NONCE, plaintext, SEAL_AD)


def pairing(inputs: Inputs, built: Vectors) -> Vectors:
    """§6 and §6.1: SPAKE2 and its intermediates, then the four pairing messages."""
    password = inputs.sized("inputs.setup_code", 8)
    r_a = inputs.sized("inputs.spake_hub_random", 64)
    r_b = inputs.sized("inputs.spake_unit_random", 64)
    hub, unit = _spake(password, inputs["inputs.id_a"], inputs["inputs.id_b"], r_a, r_b)
    msg_a, msg_b, key = hub.message, unit.message, hub.key
    derived = {
        label: hkdf(key, b"DKP2 pair " + label.encode(), 32)
        for label in ("unit confirm", "hub confirm", "hub seal", "unit seal")
    }
    unit_tag = hmac_sha256(derived["unit confirm"], msg_a + msg_b)[:16]
    hub_tag = hmac_sha256(derived["hub confirm"], msg_a + msg_b)[:16]
    label = inputs["inputs.pair_confirm.label"]
    assert len(label) <= 32
    grant = (
        built["keys.hub_static_public"]
        + inputs.sized("inputs.pair_confirm.role", 1)
        + inputs.sized("inputs.pair_confirm.hub_time", 4)
        + bytes([len(label)])
        + label
    )
    identity = (
        built["keys.unit_static_public"]
        + inputs.sized("inputs.unit_id", 6)
        + inputs.sized("inputs.unit_secret", 32)
        + inputs.sized("inputs.pair_complete.features", 1)
        + inputs.sized("inputs.pair_complete.boot_count", 4)
    )
    attempts_left = inputs.sized("inputs.pair_challenge.attempts_left", 1)
    return {
        "pairing.spake_m": steps.encode(steps.M),
        "pairing.spake_n": steps.encode(steps.N),
        "pairing.password_expanded": hkdf(password, b"SPAKE2 pw", 48),
        "pairing.password_scalar": steps.scalar_bytes(steps.password_scalar(password)),
        "pairing.hub_scalar": steps.scalar_bytes(hub.scalar),
        "pairing.unit_scalar": steps.scalar_bytes(unit.scalar),
        "pairing.x": msg_a[1:],
        "pairing.y": msg_b[1:],
        "pairing.shared_element": hub.shared_element,
        "pairing.key": key,
        "pairing.unit_confirm_key": derived["unit confirm"],
        "pairing.hub_confirm_key": derived["hub confirm"],
        "pairing.hub_seal_key": derived["hub seal"],
        "pairing.unit_seal_key": derived["unit seal"],
        "pairing.unit_tag": unit_tag,
        "pairing.hub_tag": hub_tag,
        "pairing.request": PAIR_REQUEST + msg_a,
        "pairing.challenge": PAIR_CHALLENGE + msg_b + unit_tag + attempts_left,
        "pairing.confirm": PAIR_CONFIRM + hub_tag + seal(derived["hub seal"], grant),
        "pairing.complete": PAIR_COMPLETE + seal(derived["unit seal"], identity),
    }


def hello_payload(inputs: Inputs) -> bytes:
    """§7.1, msg1's payload: the flags say which of challenge and request follow."""
    flags = inputs.sized("inputs.hello.flags", 1)
    payload = inputs.sized("inputs.hello.version", 1) + flags
    payload += inputs.sized("inputs.hello.hub_time", 4)
    if flags[0] & 0x01:
        payload += inputs.sized("inputs.challenge", 8)
    if flags[0] & 0x02:  # §7.3: request id (4) ‖ opcode (1) ‖ arguments (none for UNLOCK)
        payload += inputs.sized("inputs.hello.request_id", 4)
        payload += inputs.sized("inputs.hello.opcode", 1)
    return payload


def welcome_payload(inputs: Inputs) -> bytes:
    """§7.1 and §7.2: flags, the 40-byte snapshot, the response if flagged."""
    snapshot = b"".join(
        inputs.sized(f"inputs.welcome.{name}", size)
        for name, size in (
            ("lock_state", 1), ("door_state", 1), ("battery_percent", 1), ("battery_mv", 2),
            ("clock", 4), ("boot_count", 4), ("log_last_seq", 4), ("cred_version", 4),
            ("cred_hash", 16), ("features", 1), ("change_counter", 2),
        )
    )  # fmt: skip
    assert len(snapshot) == 40
    flags = inputs.sized("inputs.welcome.flags", 1)
    payload = flags + snapshot
    if flags[0] & 0x04:  # §7.3: request id (4) ‖ status (1) ‖ body
        payload += inputs.sized("inputs.welcome.response_id", 4)
        payload += inputs.sized("inputs.welcome.response_status", 1)
        payload += inputs["inputs.welcome.response_body"]
    return payload


def session(inputs: Inputs, built: Vectors) -> Vectors:
    """§7.1 and §7.3: HELLO, WELCOME and the first transport message each way."""
    unit_id = inputs.sized("inputs.unit_id", 6)
    prologue = b"DKP2" + unit_id
    hub = KKHandshake(
        initiator=True, static=inputs["inputs.hub_static_private"],
        remote_static=built["keys.unit_static_public"],
        ephemeral=inputs["inputs.hub_ephemeral_private"], prologue=prologue,
    )  # fmt: skip
    unit = KKHandshake(
        initiator=False, static=inputs["inputs.unit_static_private"],
        remote_static=built["keys.hub_static_public"],
        ephemeral=inputs["inputs.unit_ephemeral_private"], prologue=prologue,
    )  # fmt: skip
    nonce = inputs.sized("inputs.hello.hint_nonce", 8)
    hint = nonce + hmac_sha256(built["keys.hint"], b"DKP2 hello" + nonce + unit_id)[:8]
    hello_plain = hello_payload(inputs)
    msg1 = hub.write_message(hello_plain)
    assert unit.read_message(msg1) == hello_plain
    welcome_plain = welcome_payload(inputs)
    msg2 = unit.write_message(welcome_plain)
    assert hub.read_message(msg2) == welcome_plain
    assert hub.send is not None
    assert unit.send is not None
    assert unit.receive is not None
    request = inputs.sized("inputs.data.request_id", 4) + inputs.sized("inputs.data.opcode", 1)
    to_unit = hub.send.encrypt_with_ad(b"", request)
    assert unit.receive.decrypt_with_ad(b"", to_unit) == request
    response = (
        inputs.sized("inputs.data.response_id", 4)
        + inputs.sized("inputs.data.response_status", 1)
        + inputs["inputs.data.response_body"]
    )
    return {
        "session.hello_payload": hello_plain,
        "session.hello_hint": hint,
        "session.hello": HELLO + hint + msg1,
        "session.welcome_payload": welcome_plain,
        "session.welcome": WELCOME + msg2,
        "session.handshake_hash": hub.handshake_hash,
        "session.data_hub_to_unit_0": DATA + to_unit,
        "session.data_unit_to_hub_0": DATA + unit.send.encrypt_with_ad(b"", response),
    }


def records(inputs: Inputs, credential_key: bytes) -> Vectors:
    """§8.1, §8.2 and §9: a credential record with its secret, digest and bucket; a log record."""
    kind = inputs.sized("inputs.credential.type", 1)
    pin = inputs["inputs.credential.pin"]
    secret = hmac_sha256(credential_key, kind + pin)[:8]
    cred_id = inputs.sized("inputs.credential.id", 4)
    record = (
        cred_id
        + inputs.sized("inputs.credential.user_id", 4)
        + kind
        + inputs.sized("inputs.credential.flags", 1)
        + inputs.sized("inputs.credential.weekdays", 1)
        + b"\x00"  # reserved
        + inputs.sized("inputs.credential.valid_from", 4)
        + inputs.sized("inputs.credential.valid_until", 4)
        + inputs.sized("inputs.credential.window_start", 2)
        + inputs.sized("inputs.credential.window_end", 2)
        + secret
    )
    log = (
        inputs.sized("inputs.log.seq", 4)
        + inputs.sized("inputs.log.time", 4)
        + inputs.sized("inputs.log.event", 1)
        + inputs.sized("inputs.log.source", 1)
        + inputs.sized("inputs.log.subject", 4)
        + inputs.sized("inputs.log.detail", 2)
    )
    return {
        f"credential.pin_{pin.decode()}_secret": secret,
        "credential.record": record,
        "credential.record_digest": sha256(b"DKP2 record" + record)[:8],
        "credential.record_bucket": bytes([sha256(cred_id)[0] % BUCKETS]),
        "credential.empty_database_hash": sha256(b"DKP2 db" + bytes(8 * BUCKETS))[:16],
        "log.record": log,
    }
