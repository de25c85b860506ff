"""CRED_READ_BUCKET in pages (§7.4): ascending credential id, 127 per answer, stable paging."""

from __future__ import annotations

import random

import pytest

from custom_components.digitalkey.protocol.client import DoorUnitClient
from custom_components.digitalkey.protocol.constants import (
    BUCKET_PAGE_RECORDS,
    CredentialType,
    MessageType,
    Opcode,
    Status,
)
from custom_components.digitalkey.protocol.errors import ProtocolError
from custom_components.digitalkey.protocol.framing import MAX_MESSAGE
from custom_components.digitalkey.protocol.messages import BucketPage, Envelope, Response
from custom_components.digitalkey.protocol.records import (
    CredentialOp,
    CredentialRecord,
    bucket_hashes,
    bucket_of,
    database_hash,
)
from custom_components.digitalkey.protocol.wire import u8, u16

from .conftest import Paired

BUCKET = 5
AEAD_TAG = 16


def _ids_in(bucket: int, count: int) -> list[int]:
    ids: list[int] = []
    cred_id = 1
    while len(ids) < count:
        if bucket_of(cred_id) == bucket:
            ids.append(cred_id)
        cred_id += 1
    return ids


def _records(ids: list[int]) -> list[CredentialRecord]:
    return [CredentialRecord(n, n, CredentialType.TAG, n.to_bytes(8)) for n in ids]


async def _store(client: DoorUnitClient, records: list[CredentialRecord]) -> None:
    """Commit `records`, written in a shuffled order and 100 ops per CRED_WRITE."""
    shuffled = list(records)
    random.Random(4).shuffle(shuffled)
    await client.cred_begin()
    for start in range(0, len(shuffled), 100):
        chunk = shuffled[start : start + 100]
        await client.cred_write([CredentialOp.upsert(record) for record in chunk])
    await client.cred_commit(database_hash(bucket_hashes(records)))


async def _page(client: DoorUnitClient, bucket: int, first: int) -> BucketPage:
    response = await client.request(Opcode.CRED_READ_BUCKET, u8(bucket) + u16(first))
    return BucketPage.decode(response.body)


def test_a_full_page_fits_the_smallest_message_limit_and_one_more_does_not() -> None:
    def data_length(count: int) -> int:
        body = BucketPage(2500, (bytes(32),) * count).encode()
        plaintext = Response(0xFFFFFFFF, Status.OK, body).encode()
        return len(Envelope(MessageType.DATA, plaintext + bytes(AEAD_TAG)).encode())

    assert data_length(BUCKET_PAGE_RECORDS) <= MAX_MESSAGE < data_length(BUCKET_PAGE_RECORDS + 1)


async def test_a_bucket_larger_than_a_page_is_read_whole_in_ascending_id(paired: Paired) -> None:
    ids = _ids_in(BUCKET, 300)
    _, client = await paired.connect()
    await _store(client, _records(ids))
    before = client.stats.round_trips

    read = await client.cred_read_bucket(BUCKET)

    assert [record.cred_id for record in read] == ids
    assert read == _records(ids)
    assert client.stats.round_trips - before == 3 + 1  # three pages, then the bucket hashes


async def test_pages_are_consecutive_slices_in_ascending_id(paired: Paired) -> None:
    ids = _ids_in(BUCKET, 300)
    _, client = await paired.connect()
    await _store(client, _records(ids))

    pages = [await _page(client, BUCKET, first) for first in (0, 127, 254, 299)]

    assert [page.total for page in pages] == [300] * 4
    assert [len(page.records) for page in pages] == [127, 127, 46, 1]
    got = [CredentialRecord.decode(raw).cred_id for page in pages[:3] for raw in page.records]
    assert got == ids
    assert CredentialRecord.decode(pages[3].records[0]).cred_id == ids[-1]


@pytest.mark.parametrize("first", [3, 4, 0xFFFF])
async def test_a_first_index_at_or_past_the_total_is_an_empty_page(
    paired: Paired, first: int
) -> None:
    _, client = await paired.connect()
    await _store(client, _records(_ids_in(BUCKET, 3)))

    page = await _page(client, BUCKET, first)

    assert page == BucketPage(3, ())


async def test_an_empty_bucket_is_one_empty_page(paired: Paired) -> None:
    _, client = await paired.connect()
    assert await _page(client, BUCKET, 0) == BucketPage(0, ())
    assert await client.cred_read_bucket(BUCKET) == []


async def test_a_commit_between_pages_is_noticed_and_the_bucket_read_again(
    paired: Paired,
) -> None:
    ids = _ids_in(BUCKET, 301)
    _, client = await paired.connect()
    _, other = await paired.connect()
    await _store(client, _records(ids[:300]))
    # Delete the first record and add one past the last: the total stays 300 and every
    # later page shifts by one, so page 2 skips a record unless the hash says so.
    changed = _records(ids[1:301])
    real_request = client.request
    commits = 0

    async def request(opcode: Opcode, args: bytes = b"", **kwargs: object) -> Response:
        nonlocal commits
        response = await real_request(opcode, args, **kwargs)  # type: ignore[arg-type]
        if opcode is Opcode.CRED_READ_BUCKET and not commits:
            commits += 1
            await other.cred_begin()
            await other.cred_write(
                [CredentialOp.delete(ids[0]), CredentialOp.upsert(_records([ids[300]])[0])]
            )
            await other.cred_commit(database_hash(bucket_hashes(changed)))
        return response

    client.request = request  # type: ignore[method-assign]

    read = await client.cred_read_bucket(BUCKET)

    assert read == changed


async def test_a_bucket_that_never_settles_is_a_protocol_error(paired: Paired) -> None:
    ids = _ids_in(BUCKET, 200)
    _, client = await paired.connect()
    await _store(client, _records(ids))
    real_buckets = client.cred_buckets

    async def stale_buckets() -> tuple[int, list[bytes]]:
        version, hashes = await real_buckets()
        hashes[BUCKET] = bytes(8)
        return version, hashes

    client.cred_buckets = stale_buckets  # type: ignore[method-assign]

    with pytest.raises(ProtocolError, match="kept changing"):
        await client.cred_read_bucket(BUCKET)
