"""Attack 1: a PAIR_CONFIRM that arrives after its window is over must not add a controller.

The attacker knows the setup code (it is printed on the unit) and is in range while the
owner installs it. Its attempt starts on a second link while the window is open and is
confirmed only after the owner paired, after the window closed, or long after it began.
"""

from __future__ import annotations

import pytest

from custom_components.digitalkey.protocol.client import pair
from custom_components.digitalkey.protocol.constants import (
    PAIR_ATTEMPT_S,
    PAIRING_WINDOW_S,
    MessageType,
    Role,
)
from custom_components.digitalkey.protocol.errors import (
    AlreadyPaired,
    DoorUnitError,
    NotInPairingMode,
    ProtocolError,
)
from custom_components.digitalkey.protocol.keys import StaticKey
from custom_components.digitalkey.protocol.pairing import HubGrant, HubPairing
from simulator.door_unit import DoorUnit
from tests.helpers.manual_time import ManualTime
from tests.protocol.loopback import LoopbackClient

from .conftest import SETUP_CODE, UNIT_ID, pair_owner, raw_link


async def _start_attempt(unit: DoorUnit) -> tuple[HubPairing, object]:
    """PAIR_REQUEST on a link of the attacker's own; returns its pairing and channel."""
    _, channel = await raw_link(unit)
    attacker = HubPairing(SETUP_CODE, UNIT_ID)
    attacker.on_challenge(await channel.exchange(attacker.request(), MessageType.PAIR_CHALLENGE))
    return attacker, channel


async def _confirm(attacker: HubPairing, channel: object, time: ManualTime) -> None:
    grant = HubGrant(StaticKey.generate().public, Role.ADMIN, int(time.time()), "Mallory")
    await channel.exchange(attacker.confirm(grant), MessageType.PAIR_COMPLETE)  # type: ignore[attr-defined]


async def test_a_confirm_after_the_owner_paired_is_refused(
    unit: DoorUnit, time: ManualTime
) -> None:
    assert unit.press_pairing_button()
    attacker, channel = await _start_attempt(unit)
    owner = await pair_owner(unit, time)  # on another link, while the attempt is pending

    with pytest.raises(AlreadyPaired):
        await _confirm(attacker, channel, time)

    assert list(unit.flash.controllers) == [owner.key.key_id]
    assert unit.flash.controllers[owner.key.key_id].role is Role.ADMIN


async def test_a_confirm_after_the_window_closed_is_refused(
    unit: DoorUnit, time: ManualTime
) -> None:
    assert unit.press_pairing_button()
    time.advance(PAIRING_WINDOW_S - 5)
    attacker, channel = await _start_attempt(unit)
    time.advance(8)  # the window is over, the attempt is 8 s old

    with pytest.raises(NotInPairingMode):
        await _confirm(attacker, channel, time)
    assert not unit.flash.controllers


async def test_an_attempt_expires_after_pair_attempt_s(
    unit: DoorUnit, time: ManualTime, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Out of the way so that the attempt's own expiry is what refuses the confirm.
    monkeypatch.setattr("simulator.unit_connection.IDLE_CLOSE_S", 1000.0)
    assert unit.press_pairing_button()
    attacker, channel = await _start_attempt(unit)
    time.advance(PAIR_ATTEMPT_S + 1)  # the window is still open

    with pytest.raises(ProtocolError):
        await _confirm(attacker, channel, time)
    assert not unit.flash.controllers


async def test_an_attempt_from_an_earlier_window_is_void(unit: DoorUnit, time: ManualTime) -> None:
    assert unit.press_pairing_button()
    attacker, channel = await _start_attempt(unit)
    unit.factory_reset()  # closes the window (and drops the attacker's link)
    assert unit.press_pairing_button()  # a new window, the old attempt must not count

    with pytest.raises(DoorUnitError):  # link gone or refused, either way
        await _confirm(attacker, channel, time)
    assert not unit.flash.controllers


async def test_an_attempt_in_time_still_pairs(unit: DoorUnit, time: ManualTime) -> None:
    assert unit.press_pairing_button()
    hub, channel = await _start_attempt(unit)
    time.advance(5)
    await _confirm(hub, channel, time)
    assert len(unit.flash.controllers) == 1


async def test_the_first_controller_must_be_an_admin(unit: DoorUnit) -> None:
    """A pairing that grants USER would leave a unit nobody can manage or free."""
    unit.press_pairing_button()
    ble = LoopbackClient(unit)
    await ble.connect()
    with pytest.raises(DoorUnitError):
        await pair(ble, setup_code=SETUP_CODE, hub_key=StaticKey.generate(), label="Hub",
                   role=Role.USER)  # fmt: skip
    assert not unit.flash.controllers


async def test_a_confirm_of_a_length_none_has_is_malformed_and_uses_the_attempt_up(
    unit: DoorUnit,
) -> None:
    assert unit.press_pairing_button()
    attacker, channel = await _start_attempt(unit)
    too_short = bytes([MessageType.PAIR_CONFIRM]) + bytes(69)
    with pytest.raises(ProtocolError):
        await channel.exchange(too_short, MessageType.PAIR_COMPLETE)  # type: ignore[attr-defined]

    grant = HubGrant(StaticKey.generate().public, Role.ADMIN, 0, "Late")
    with pytest.raises(ProtocolError):  # the attempt is gone: UNEXPECTED
        await channel.exchange(attacker.confirm(grant), MessageType.PAIR_COMPLETE)  # type: ignore[attr-defined]
    assert not unit.flash.controllers
    assert unit.flash.pairing_failures == 1
