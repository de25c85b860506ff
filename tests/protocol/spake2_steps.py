"""The pairing construction of docs/protocol.md §6, written from the text alone.

A second, deliberately plain implementation (affine edwards25519 arithmetic, integers, the
standard library): what a firmware engineer would write from the specification. The tests
check it against python-spake2 0.9, which the reference implementation runs.
"""

from __future__ import annotations

from dataclasses import dataclass
import hashlib
import hmac

P = 2**255 - 19
L = 2**252 + 27742317777372353535851937790883648493
D = -121665 * pow(121666, P - 2, P) % P
SQRT_M1 = pow(2, (P - 1) // 4, P)

type Point = tuple[int, int]
IDENTITY: Point = (0, 1)


class Refused(ValueError):
    """A received SPAKE2 message that §6 says to refuse."""


def add(a: Point, b: Point) -> Point:
    """The complete twisted Edwards addition law (a = -1)."""
    (x1, y1), (x2, y2) = a, b
    t = D * x1 * x2 * y1 * y2 % P
    x3 = (x1 * y2 + y1 * x2) * pow(1 + t, P - 2, P) % P
    y3 = (y1 * y2 + x1 * x2) * pow(1 - t, P - 2, P) % P
    return x3, y3


def mul(k: int, point: Point) -> Point:
    """k * point by double-and-add, k >= 0, no reduction of k."""
    result = IDENTITY
    for bit in bin(k)[2:]:
        result = add(result, result)
        if bit == "1":
            result = add(result, point)
    return result


def negate(point: Point) -> Point:
    return (-point[0]) % P, point[1]


def x_from_y(y: int) -> int | None:
    """The even x with (x, y) on the curve, or None when there is none."""
    u, v = (y * y - 1) % P, (D * y * y + 1) % P
    xx = u * pow(v, P - 2, P) % P
    x = pow(xx, (P + 3) // 8, P)
    if x * x % P != xx:
        x = x * SQRT_M1 % P
    if x * x % P != xx:
        return None
    return P - x if x & 1 else x


def encode(point: Point) -> bytes:
    """32 bytes little-endian y, the top bit holding the low bit of x."""
    x, y = point
    return (y | (x & 1) << 255).to_bytes(32, "little")


def decode(data: bytes) -> Point:
    """Decode a received element, refusing everything §6 refuses."""
    if len(data) != 32:
        raise Refused("length")
    value = int.from_bytes(data, "little")
    y, sign = value & ((1 << 255) - 1), value >> 255
    if y >= P:
        raise Refused("non-canonical y")
    x = x_from_y(y)
    if x is None:
        raise Refused("not on the curve")
    if x == 0 and sign:
        raise Refused("non-canonical sign")
    if (x & 1) != sign:
        x = P - x
    point = (x, y)
    if point == IDENTITY:
        raise Refused("identity")
    if mul(L, point) != IDENTITY:
        raise Refused("not in the prime-order subgroup")
    return point


def hkdf_sha256(ikm: bytes, info: bytes, length: int) -> bytes:
    """RFC 5869 with an empty salt (that is, 32 zero bytes)."""
    prk = hmac.digest(bytes(32), ikm, "sha256")
    out, block = b"", b""
    for counter in range(1, -(-length // 32) + 1):
        block = hmac.digest(prk, block + info + bytes([counter]), "sha256")
        out += block
    return out[:length]


def big_endian_mod_l(data: bytes) -> int:
    return int.from_bytes(data, "big") % L


def scalar_bytes(k: int) -> bytes:
    """How §11 prints a scalar: 32 bytes little-endian."""
    return k.to_bytes(32, "little")


BASE_Y = 4 * pow(5, P - 2, P) % P
G: Point = (x_from_y(BASE_Y) or 0, BASE_Y)  # x is even: encoding 58 66 66 ... 66


def fixed_element(seed: bytes) -> Point:
    """M and N: hash the seed to y, try y, y + 1, ... and multiply the first point by 8."""
    y = int.from_bytes(hkdf_sha256(seed, b"SPAKE2 arbitrary element", 48), "big") % P
    while True:
        x = x_from_y(y)
        if x is not None:
            point = mul(8, (x, y))
            if point != IDENTITY:
                return point
        y = (y + 1) % P


M = fixed_element(b"M")
N = fixed_element(b"N")


def password_scalar(password: bytes) -> int:
    """w = HKDF-SHA256(password, info "SPAKE2 pw", 48 bytes) as big-endian, mod L."""
    return big_endian_mod_l(hkdf_sha256(password, b"SPAKE2 pw", 48))


def ephemeral_scalar(random64: bytes) -> int:
    """x (or y) = the 64 random bytes as a big-endian integer, mod L."""
    assert len(random64) == 64
    return big_endian_mod_l(random64)


@dataclass(frozen=True)
class Side:
    """One side's view of a run: what §11 lists as intermediate values."""

    scalar: int
    message: bytes  # 33 bytes: side byte and element
    shared_element: bytes
    key: bytes


def message(side: bytes, scalar: int, w: int) -> bytes:
    """msgA = 41 || enc(x*G + w*M); msgB = 42 || enc(y*G + w*N)."""
    blind = M if side == b"A" else N
    return side + encode(add(mul(scalar, G), mul(w, blind)))


def run(
    side: bytes, password: bytes, id_a: bytes, id_b: bytes, random64: bytes, inbound: bytes
) -> Side:
    """One side of SPAKE2 given its random bytes and the other side's 33-byte message."""
    w = password_scalar(password)
    scalar = ephemeral_scalar(random64)
    own = message(side, scalar, w)
    other = b"B" if side == b"A" else b"A"
    if len(inbound) != 33 or inbound[:1] != other:
        raise Refused("side byte")
    if inbound[1:] == own[1:]:
        raise Refused("reflection")
    element = decode(inbound[1:])
    unblind = N if side == b"A" else M
    shared = encode(mul(scalar, add(element, negate(mul(w, unblind)))))
    x_msg, y_msg = (own[1:], inbound[1:]) if side == b"A" else (inbound[1:], own[1:])
    key = hashlib.sha256(
        hashlib.sha256(password).digest()
        + hashlib.sha256(id_a).digest()
        + hashlib.sha256(id_b).digest()
        + x_msg
        + y_msg
        + shared
    ).digest()
    return Side(scalar, own, shared, key)


def pairing_keys(key: bytes) -> dict[str, bytes]:
    """The four HKDF keys of §6, by label."""
    labels = ("unit confirm", "hub confirm", "hub seal", "unit seal")
    return {label: hkdf_sha256(key, b"DKP2 pair " + label.encode(), 32) for label in labels}


def tag(key: bytes, msg_a: bytes, msg_b: bytes) -> bytes:
    """Confirmation tag over both 33-byte messages."""
    return hmac.digest(key, msg_a + msg_b, "sha256")[:16]
