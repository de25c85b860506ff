"""Attack 5: settings the unit ignored or took without bounds (§7.4 config keys)."""

from __future__ import annotations

import pytest

from custom_components.digitalkey.protocol.constants import (
    KEYPAD_LOCKOUT_S,
    ConfigKey,
    CredentialType,
    DenyReason,
    LogEvent,
)
from custom_components.digitalkey.protocol.errors import InvalidArgument
from custom_components.digitalkey.protocol.records import (
    CredentialOp,
    CredentialRecord,
    credential_secret,
)
from simulator.door_unit import DoorUnit
from tests.helpers.manual_time import ManualTime

from .conftest import Hub

PIN = "2468"


def _with_pin(unit: DoorUnit) -> None:
    creds = unit.flash.credentials
    creds.begin()
    secret = credential_secret(unit.flash.unit_secret, CredentialType.PIN, PIN)
    creds.write([CredentialOp.upsert(CredentialRecord(1, 7, CredentialType.PIN, secret))])
    assert creds.shadow is not None
    assert creds.commit(creds.shadow.hash())


async def test_the_keypad_lockout_follows_the_setting(owner: Hub, time: ManualTime) -> None:
    unit = owner.unit
    _with_pin(unit)
    ble, client = await owner.connect()
    await client.config_set(ConfigKey.KEYPAD_LOCKOUT_ATTEMPTS, 2)
    await ble.disconnect()

    assert not unit.enter_pin("0000")
    assert not unit.enter_pin("0001")
    assert not unit.enter_pin(PIN)  # locked after 2 wrong PINs, not 5
    assert unit.flash.log.records[-1].event is LogEvent.DENIED
    assert unit.flash.log.records[-1].detail == DenyReason.KEYPAD_LOCKED
    time.advance(KEYPAD_LOCKOUT_S)
    assert unit.enter_pin(PIN)


async def test_a_higher_setting_allows_more_guesses(owner: Hub) -> None:
    unit = owner.unit
    _with_pin(unit)
    ble, client = await owner.connect()
    await client.config_set(ConfigKey.KEYPAD_LOCKOUT_ATTEMPTS, 7)
    await ble.disconnect()
    for n in range(6):
        assert not unit.enter_pin(f"000{n}")
    assert unit.enter_pin(PIN)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        (ConfigKey.AUTO_RELOCK_S, 3601),
        (ConfigKey.UNLATCH_HOLD_S, 31),
        (ConfigKey.KEYPAD_LOCKOUT_ATTEMPTS, 0),
        (ConfigKey.KEYPAD_LOCKOUT_ATTEMPTS, 11),
        (ConfigKey.UTC_OFFSET_S, -43_201),
        (ConfigKey.UTC_OFFSET_S, 50_401),
    ],
)
async def test_out_of_range_settings_are_refused(owner: Hub, key: ConfigKey, value: int) -> None:
    ble, client = await owner.connect()
    before = await client.config_get(key)
    with pytest.raises(InvalidArgument):
        await client.config_set(key, value)
    assert await client.config_get(key) == before
    await ble.disconnect()


@pytest.mark.parametrize(
    ("key", "value"),
    [
        (ConfigKey.AUTO_RELOCK_S, 0),
        (ConfigKey.AUTO_RELOCK_S, 3600),
        (ConfigKey.UNLATCH_HOLD_S, 30),
        (ConfigKey.KEYPAD_LOCKOUT_ATTEMPTS, 1),
        (ConfigKey.KEYPAD_LOCKOUT_ATTEMPTS, 10),
        (ConfigKey.UTC_OFFSET_S, -43_200),
        (ConfigKey.UTC_OFFSET_S, 50_400),
    ],
)
async def test_settings_at_the_bounds_are_taken(owner: Hub, key: ConfigKey, value: int) -> None:
    ble, client = await owner.connect()
    await client.config_set(key, value)
    assert await client.config_get(key) == value
    await ble.disconnect()
