"""PINs and tags presented at the reference unit: lookup, schedules in local time, hardware."""

from __future__ import annotations

from custom_components.digitalkey.protocol.client import DoorUnitClient
from custom_components.digitalkey.protocol.constants import (
    ConfigKey,
    CredentialType,
    DenyReason,
    Feature,
    LockState,
    LogEvent,
    LogSource,
)
from custom_components.digitalkey.protocol.records import (
    CredentialOp,
    CredentialRecord,
    LogRecord,
    bucket_hashes,
    credential_secret,
    database_hash,
)
from simulator.door_unit import DoorUnit, UnitConfig

from .conftest import SETUP_CODE, UNIT_ID, UNIT_SECRET, FakeClock, Paired

DAY = 86_400
TAG_UID = bytes.fromhex("04a1b2c3d4e5f6")
SUNDAY = 1 << 6  # weekday mask: bit 0 Monday ... bit 6 Sunday


def _credential(
    cred_id: int, kind: CredentialType, value: str | bytes, **kwargs: int
) -> CredentialRecord:
    secret = credential_secret(UNIT_SECRET, kind, value)
    return CredentialRecord(cred_id, cred_id * 10, kind, secret, **kwargs)  # type: ignore[arg-type]


async def _commit(client: DoorUnitClient, records: list[CredentialRecord]) -> None:
    await client.cred_begin()
    await client.cred_write([CredentialOp.upsert(record) for record in records])
    await client.cred_commit(database_hash(bucket_hashes(records)))


def _last(unit: DoorUnit) -> LogRecord:
    return unit.flash.log.records[-1]


async def test_daily_window_is_checked_in_local_time(paired: Paired) -> None:
    unit = paired.unit
    # Move to Monday 02:00 UTC: with a UTC offset of -3 h it is Sunday 23:00 locally.
    now = unit.now()
    monday = now - now % DAY - ((now // DAY + 3) % 7) * DAY
    paired.clock.advance(monday + 7 * DAY + 2 * 3600 - now)
    _, client = await paired.connect()
    sunday_late = _credential(
        1, CredentialType.PIN, "2300", weekdays=SUNDAY, window_start=23 * 60, window_end=1440
    )
    await _commit(client, [sunday_late])

    assert not unit.enter_pin("2300")
    assert _last(unit).detail == DenyReason.OUTSIDE_SCHEDULE

    await client.config_set(ConfigKey.UTC_OFFSET_S, -3 * 3600)

    assert unit.enter_pin("2300")
    assert (_last(unit).event, _last(unit).subject) == (LogEvent.UNLOCKED, 1)


async def test_known_tag_opens_and_unknown_tag_is_denied(paired: Paired) -> None:
    unit = paired.unit
    _, client = await paired.connect()
    await _commit(
        client,
        [_credential(7, CredentialType.TAG, TAG_UID), _credential(8, CredentialType.TAG, b"5678")],
    )

    assert unit.present_tag(TAG_UID)
    assert unit.lock_state is LockState.UNLOCKED
    assert (_last(unit).event, _last(unit).source, _last(unit).subject) == (
        LogEvent.UNLOCKED,
        LogSource.TAG,
        7,
    )

    assert not unit.present_tag(bytes.fromhex("deadbeef"))
    assert (_last(unit).event, _last(unit).subject, _last(unit).detail) == (
        LogEvent.DENIED,
        0,
        DenyReason.UNKNOWN_CREDENTIAL,
    )
    # A PIN with the same bytes as a tag's UID is another credential: no match.
    assert not unit.enter_pin("5678")
    assert (_last(unit).source, _last(unit).detail) == (
        LogSource.PIN,
        DenyReason.UNKNOWN_CREDENTIAL,
    )


async def test_disabled_tag_and_jammed_bolt_do_not_open(paired: Paired) -> None:
    unit = paired.unit
    _, client = await paired.connect()
    await _commit(
        client,
        [
            _credential(1, CredentialType.TAG, TAG_UID, enabled=False),
            _credential(2, CredentialType.TAG, b"\x02\x11\x22\x33"),
        ],
    )

    assert not unit.present_tag(TAG_UID)
    assert (_last(unit).subject, _last(unit).detail) == (1, DenyReason.DISABLED)
    unit.jam()
    assert not unit.present_tag(b"\x02\x11\x22\x33")
    assert (_last(unit).event, _last(unit).source, _last(unit).subject) == (
        LogEvent.JAMMED,
        LogSource.TAG,
        2,
    )


async def test_a_unit_without_the_hardware_ignores_tags_and_pins(clock: FakeClock) -> None:
    unit = DoorUnit(
        UnitConfig(unit_id=UNIT_ID, setup_code=SETUP_CODE, features=Feature.DOOR_CONTACT),
        clock=clock.time,
        monotonic=clock.monotonic,
    )
    tag = _credential(1, CredentialType.TAG, TAG_UID)
    pin = _credential(2, CredentialType.PIN, "1234")
    for record in (tag, pin):
        unit.flash.credentials.live.apply(CredentialOp.upsert(record))
    logged = unit.flash.log.last_seq

    assert not unit.present_tag(TAG_UID)
    assert not unit.enter_pin("1234")
    assert unit.flash.log.last_seq == logged
    assert unit.lock_state is LockState.LOCKED


async def test_a_shared_pin_keeps_working_when_one_holder_is_removed(paired: Paired) -> None:
    unit = paired.unit
    _, client = await paired.connect()
    await _commit(
        client,
        [_credential(1, CredentialType.PIN, "2468"), _credential(2, CredentialType.PIN, "2468")],
    )

    await client.cred_begin()
    await client.cred_write([CredentialOp.delete(2)])
    await client.cred_commit(
        database_hash(bucket_hashes([_credential(1, CredentialType.PIN, "2468")]))
    )

    assert unit.enter_pin("2468")
    assert _last(unit).subject == 1


async def test_an_overnight_window_from_sunday_opens_early_monday_in_local_time(
    paired: Paired,
) -> None:
    unit = paired.unit
    _, client = await paired.connect()
    await client.config_set(ConfigKey.UTC_OFFSET_S, 2 * 3600)
    sunday_night = _credential(
        1, CredentialType.PIN, "2201", weekdays=SUNDAY, window_start=22 * 60, window_end=2 * 60
    )
    await _commit(client, [sunday_night])
    now = unit.now()
    monday = now - now % DAY - ((now // DAY + 3) % 7) * DAY + 7 * DAY  # 00:00 UTC

    # Sunday 23:30 UTC is Monday 01:30 locally: still Sunday's window.
    paired.clock.advance(monday - 30 * 60 - now)
    assert unit.enter_pin("2201")
    # Monday 00:30 UTC is 02:30 locally: past the end.
    paired.clock.advance(3600)
    assert not unit.enter_pin("2201")
    assert _last(unit).detail == DenyReason.OUTSIDE_SCHEDULE
    # Sunday 20:30 UTC is 22:30 locally, but a week on (the next Sunday): open again.
    paired.clock.advance(6 * DAY + 20 * 3600)
    assert unit.enter_pin("2201")


async def test_pins_and_uids_of_other_lengths_are_unknown_credentials(paired: Paired) -> None:
    unit = paired.unit
    for pin in ("123", "123456789", "12a4", "١٢٣٤"):  # the last: Arabic-Indic digits
        assert not unit.enter_pin(pin)
        assert (_last(unit).detail, _last(unit).subject) == (DenyReason.UNKNOWN_CREDENTIAL, 0)
    for uid in (b"", bytes(3), bytes(5), bytes(11)):
        assert not unit.present_tag(uid)
        assert (_last(unit).detail, _last(unit).subject) == (DenyReason.UNKNOWN_CREDENTIAL, 0)
