"""What the reference unit writes into its event log, by the table of docs/protocol.md §9.

Every record a controller causes names it (source BLE, subject = the first 4 bytes of its
key id), including the clock corrections and the commits the table used to leave open.
"""

from __future__ import annotations

from dataclasses import replace

from custom_components.digitalkey.protocol.constants import CredentialType, LogEvent, LogSource
from custom_components.digitalkey.protocol.records import (
    CredentialOp,
    CredentialRecord,
    bucket_hashes,
    credential_secret,
    database_hash,
)

from .conftest import UNIT_SECRET, Paired


def _subject(paired: Paired) -> int:
    return int.from_bytes(paired.hub_key.key_id[:4])


async def test_pairing_and_its_clock_correction_name_the_new_controller(
    paired: Paired,
) -> None:
    # The fixture's unit clock and hub clock agree: pairing logged PAIRED alone.
    records = list(paired.unit.flash.log.records)
    assert [(r.event, r.source, r.subject) for r in records] == [
        (LogEvent.PAIRED, LogSource.BLE, _subject(paired))
    ]


async def test_a_time_set_from_hello_names_the_admin_and_comes_before_the_request(
    paired: Paired,
) -> None:
    unit = paired.unit
    unit.drift(-100)
    counter = unit.change_counter
    _, client = await paired.connect()
    await client.unlock(challenge=unit.challenge)

    time_set, unlocked = list(unit.flash.log.records)[-2:]
    assert (time_set.event, time_set.source, time_set.subject) == (
        LogEvent.TIME_SET, LogSource.BLE, _subject(paired),
    )  # fmt: skip
    assert time_set.detail == 100
    assert time_set.time == int(paired.clock.time())  # written at the new time
    assert (unlocked.event, unlocked.seq) == (LogEvent.UNLOCKED, time_set.seq + 1)
    assert unit.change_counter == counter + 2  # one per record, the unlock counted once


async def test_set_time_logs_its_caller(paired: Paired) -> None:
    unit = paired.unit
    _, client = await paired.connect()
    await client.set_time(int(paired.clock.time()) + 500)
    last = unit.flash.log.records[-1]
    assert (last.event, last.source, last.subject, last.detail) == (
        LogEvent.TIME_SET, LogSource.BLE, _subject(paired), 500,
    )  # fmt: skip


async def test_credentials_updated_names_the_committer_and_the_new_version(
    paired: Paired,
) -> None:
    unit = paired.unit
    _, client = await paired.connect()
    secret = credential_secret(UNIT_SECRET, CredentialType.PIN, "2468")
    record = CredentialRecord(5, 50, CredentialType.PIN, secret)
    for _ in range(2):
        await client.cred_begin()
        await client.cred_write([CredentialOp.upsert(record)])
        await client.cred_commit(database_hash(bucket_hashes([record])))
        record = replace(record, user_id=record.user_id + 1)
    updates = [r for r in unit.flash.log.records if r.event is LogEvent.CREDENTIALS_UPDATED]
    assert [(r.source, r.subject, r.detail) for r in updates] == [
        (LogSource.BLE, _subject(paired), 1),
        (LogSource.BLE, _subject(paired), 2),
    ]
