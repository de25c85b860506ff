"""CONTROLLER_ADD's limits (§7.4): label, public key, a key already stored, the caller itself.

The capacity (CONFLICT) and the last admin (INVALID_ARGUMENT) are in
tests/security/test_request_memory.py.
"""

from __future__ import annotations

import pytest

from custom_components.digitalkey.protocol.client import DoorUnitClient
from custom_components.digitalkey.protocol.constants import MAX_CONTROLLERS, Opcode, Role, Status
from custom_components.digitalkey.protocol.errors import CommandError, InvalidArgument
from custom_components.digitalkey.protocol.keys import StaticKey
from custom_components.digitalkey.protocol.messages import ControllerInfo
from custom_components.digitalkey.protocol.wire import u8

from .conftest import Paired

LOW_ORDER_KEYS = [
    bytes(32),
    bytes.fromhex("0100000000000000000000000000000000000000000000000000000000000000"),
    bytes.fromhex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"),
    bytes.fromhex("5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157"),
    bytes.fromhex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
    bytes.fromhex("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
    bytes.fromhex("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
]
"""u = 0, 1, the two points of order 8, p - 1, and the non-canonical p and p + 1 (RFC 7748)."""


def _args(public: bytes, role: int, label: bytes) -> bytes:
    return public + u8(role) + u8(len(label)) + label


async def _add_raw(admin: DoorUnitClient, args: bytes) -> None:
    await admin.request(Opcode.CONTROLLER_ADD, args)


@pytest.mark.parametrize("label", [b"", b"x" * 32, "é".encode() * 16], ids=["0", "32", "utf8"])
async def test_labels_of_0_to_32_bytes_are_taken(paired: Paired, label: bytes) -> None:
    _, admin = await paired.connect()
    key = StaticKey.generate()

    await _add_raw(admin, _args(key.public, Role.USER, label))

    assert (await admin.controller_list())[-1] == ControllerInfo(
        key.key_id, Role.USER, label.decode()
    )


@pytest.mark.parametrize(
    "label",
    [b"x" * 33, b"\xff\xfe", b"ab\xc3", b"\xed\xa0\x80", b"\xc0\xaf"],
    ids=["33-bytes", "not-utf8", "cut-character", "surrogate", "overlong"],
)
async def test_other_labels_are_invalid_arguments(paired: Paired, label: bytes) -> None:
    _, admin = await paired.connect()

    with pytest.raises(InvalidArgument):
        await _add_raw(admin, _args(StaticKey.generate().public, Role.USER, label))

    assert len(paired.unit.flash.controllers) == 1


@pytest.mark.parametrize("declared", [0, 1, 3, 255])
async def test_a_label_length_that_is_not_the_rest_is_malformed(
    paired: Paired, declared: int
) -> None:
    _, admin = await paired.connect()
    args = StaticKey.generate().public + u8(Role.USER) + u8(declared) + b"ab"

    with pytest.raises(CommandError) as err:
        await _add_raw(admin, args)

    assert err.value.status == Status.MALFORMED
    assert len(paired.unit.flash.controllers) == 1


@pytest.mark.parametrize("public", LOW_ORDER_KEYS, ids=lambda key: key.hex()[:8])
async def test_a_low_order_public_key_is_an_invalid_argument(paired: Paired, public: bytes) -> None:
    _, admin = await paired.connect()

    with pytest.raises(InvalidArgument):
        await admin.controller_add(public, Role.USER, "Nobody")

    assert len(paired.unit.flash.controllers) == 1


async def test_a_stored_key_is_updated_in_place(paired: Paired) -> None:
    _, admin = await paired.connect()
    first, second = StaticKey.generate(), StaticKey.generate()
    await admin.controller_add(first.public, Role.USER, "Phone")
    await admin.controller_add(second.public, Role.USER, "Tablet")

    await admin.controller_add(first.public, Role.ADMIN, "Phone, now admin")

    assert [info.key_id for info in await admin.controller_list()] == [
        paired.hub_key.key_id,
        first.key_id,
        second.key_id,
    ]
    assert (await admin.controller_list())[1] == ControllerInfo(
        first.key_id, Role.ADMIN, "Phone, now admin"
    )


async def test_a_stored_key_is_updated_even_when_the_unit_is_full(paired: Paired) -> None:
    _, admin = await paired.connect()
    keys = [StaticKey.generate() for _ in range(MAX_CONTROLLERS - 1)]
    for key in keys:
        await admin.controller_add(key.public, Role.USER, "User")

    await admin.controller_add(keys[3].public, Role.ADMIN, "Promoted")

    assert len(paired.unit.flash.controllers) == MAX_CONTROLLERS
    assert paired.unit.flash.controllers[keys[3].key_id].role is Role.ADMIN


async def test_the_caller_may_rename_itself_and_keeps_its_session(paired: Paired) -> None:
    ble, admin = await paired.connect()

    await admin.controller_add(paired.hub_key.public, Role.ADMIN, "Renamed hub")

    assert ble.is_connected
    assert await admin.controller_list() == [
        ControllerInfo(paired.hub_key.key_id, Role.ADMIN, "Renamed hub")
    ]
