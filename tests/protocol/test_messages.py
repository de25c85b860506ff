"""Codecs: every message round-trips and random bytes only ever raise ProtocolError."""

from __future__ import annotations

import contextlib

from hypothesis import given, strategies as st
import pytest

from custom_components.digitalkey.protocol.advertisement import (
    AdvertPayload,
    PairedAdvert,
    UnitInfo,
    UnpairedAdvert,
    format_unit_id,
    local_name,
    parse_unit_id,
    resolve,
)
from custom_components.digitalkey.protocol.constants import (
    MSG1_OPCODES,
    AdvertFlag,
    CredentialType,
    DoorState,
    ErrorCode,
    Feature,
    LockState,
    LogEvent,
    LogSource,
    Opcode,
    Status,
)
from custom_components.digitalkey.protocol.errors import ProtocolError, UnsupportedVersion
from custom_components.digitalkey.protocol.messages import (
    BucketPage,
    Envelope,
    ErrorMessage,
    Hello,
    HelloPayload,
    LogReadResult,
    Request,
    Response,
    Snapshot,
    WelcomePayload,
)
from custom_components.digitalkey.protocol.pairing import (
    HubGrant,
    UnitIdentity,
    normalize_setup_code,
)
from custom_components.digitalkey.protocol.records import (
    CredentialOp,
    CredentialRecord,
    LogRecord,
    bucket_hashes,
    credential_secret,
    database_hash,
    decode_ops,
    encode_ops,
)
from tests.helpers.records import credential_records

u32s = st.integers(min_value=0, max_value=0xFFFFFFFF)
u16s = st.integers(min_value=0, max_value=0xFFFF)

snapshots = st.builds(
    Snapshot,
    lock_state=st.sampled_from(LockState),
    door_state=st.sampled_from(DoorState),
    battery_percent=st.integers(0, 100),
    battery_mv=u16s,
    clock=u32s,
    boot_count=u32s,
    log_last_seq=u32s,
    cred_version=u32s,
    cred_hash=st.binary(min_size=16, max_size=16),
    features=st.builds(Feature, st.integers(0, 0x1F)),
    change_counter=u16s,
)
requests = st.builds(Request, u32s, st.sampled_from(Opcode), st.binary(max_size=64))
msg1_requests = st.builds(
    Request, u32s, st.sampled_from(sorted(MSG1_OPCODES)), st.binary(max_size=64)
)
responses = st.builds(Response, u32s, st.sampled_from(Status), st.binary(max_size=64))


@given(snapshots)
def test_snapshot_round_trip(snapshot: Snapshot) -> None:
    raw = snapshot.encode()
    assert len(raw) == Snapshot.SIZE
    assert Snapshot.decode(raw) == snapshot


@given(requests)
def test_request_round_trip(request: Request) -> None:
    assert Request.decode(request.encode()) == request


@given(responses)
def test_response_round_trip(response: Response) -> None:
    assert Response.decode(response.encode()) == response


@given(u32s, st.none() | st.binary(min_size=8, max_size=8), st.none() | msg1_requests)
def test_hello_payload_round_trip(
    hub_time: int, challenge: bytes | None, request: Request | None
) -> None:
    payload = HelloPayload(hub_time, challenge, request)
    if request is not None and challenge is None:  # a request rides only with a challenge
        with pytest.raises(ValueError, match="needs a challenge"):
            payload.encode()
        return
    assert HelloPayload.decode(payload.encode()) == payload


@given(u32s, st.binary(min_size=8, max_size=8), requests)
def test_msg1_carries_only_status_and_motor_commands(
    hub_time: int, challenge: bytes, request: Request
) -> None:
    payload = HelloPayload(hub_time, challenge, request)
    if request.opcode in MSG1_OPCODES:
        assert HelloPayload.decode(payload.encode()) == payload
        return
    with pytest.raises(ValueError, match="cannot ride in HELLO"):
        payload.encode()
    raw = HelloPayload(hub_time, challenge).encode()
    flagged = raw[:1] + bytes([raw[1] | 0x02]) + raw[2:] + request.encode()
    with pytest.raises(ProtocolError, match="cannot ride in HELLO"):
        HelloPayload.decode(flagged)  # a unit answers ERROR MALFORMED (§7.5 check 7)


@given(snapshots, st.booleans(), st.booleans(), st.none() | responses)
def test_welcome_payload_round_trip(
    snapshot: Snapshot, accepted: bool, applied: bool, response: Response | None
) -> None:
    payload = WelcomePayload(snapshot, accepted, applied, response)
    assert WelcomePayload.decode(payload.encode()) == payload


@given(u16s, st.lists(credential_records(), max_size=5))
def test_bucket_page_round_trip(total: int, records: list[CredentialRecord]) -> None:
    page = BucketPage(total, tuple(record.encode() for record in records))
    raw = page.encode()
    assert len(raw) == 3 + 32 * len(records)
    assert BucketPage.decode(raw) == page


@given(credential_records())
def test_credential_record_round_trip(record: CredentialRecord) -> None:
    raw = record.encode()
    assert len(raw) == 32
    assert CredentialRecord.decode(raw) == record


@given(st.lists(credential_records(), max_size=20), st.lists(u32s, max_size=10))
def test_credential_ops_round_trip(records: list[CredentialRecord], deletes: list[int]) -> None:
    ops = [CredentialOp.upsert(r) for r in records] + [CredentialOp.delete(i) for i in deletes]
    assert decode_ops(encode_ops(ops)) == ops


@given(st.lists(credential_records(), max_size=30, unique_by=lambda r: r.cred_id), st.randoms())
def test_bucket_hashes_ignore_order(records: list[CredentialRecord], rnd) -> None:  # type: ignore[no-untyped-def]
    shuffled = list(records)
    rnd.shuffle(shuffled)
    assert bucket_hashes(records) == bucket_hashes(shuffled)
    assert database_hash(bucket_hashes(records)) == database_hash(bucket_hashes(shuffled))


def test_database_hash_needs_64_buckets() -> None:
    with pytest.raises(ValueError, match="64"):
        database_hash([b"\0" * 8])


@given(u32s, u32s, st.sampled_from(LogEvent), st.sampled_from(LogSource), u32s, u16s)
def test_log_record_round_trip(
    seq: int, time: int, event: LogEvent, source: LogSource, subject: int, detail: int
) -> None:
    record = LogRecord(seq, time, event, source, subject, detail)
    raw = record.encode()
    assert len(raw) == 16
    assert LogRecord.decode(raw) == record


@given(
    st.binary(min_size=6, max_size=6),
    st.builds(AdvertFlag, st.integers(0, 7)),
    u16s,
    st.binary(min_size=8, max_size=8),
)
def test_advert_round_trip(
    unit_id: bytes, flags: AdvertFlag, counter: int, challenge: bytes
) -> None:
    flags &= ~AdvertFlag.PAIRED
    advert = UnpairedAdvert(flags, challenge, unit_id, counter)
    raw = advert.encode()
    assert len(raw) == 19
    assert AdvertPayload.decode(raw) == advert


@given(
    st.binary(min_size=16, max_size=16),
    st.builds(AdvertFlag, st.integers(0, 7)),
    u16s,
    st.binary(min_size=8, max_size=8),
    st.binary(min_size=4, max_size=4),
)
def test_paired_advert_round_trip_and_resolve(
    key: bytes, flags: AdvertFlag, counter: int, challenge: bytes, prand: bytes
) -> None:
    advert = PairedAdvert.build(
        key, flags=flags, change_counter=counter, challenge=challenge, prand=prand
    )
    raw = advert.encode()
    assert len(raw) == 21
    decoded = AdvertPayload.decode(raw)
    assert decoded == advert
    assert decoded.paired
    assert resolve(decoded, key) == counter
    assert resolve(decoded, bytes(16)) is None or key == bytes(16)


def test_info_round_trip_and_version_check() -> None:
    info = UnitInfo(b"\x01" * 6, AdvertFlag.PAIRED, Feature.KEYPAD, 4096, (1, 2))
    assert UnitInfo.decode(info.encode()) == info
    newer = UnitInfo(b"\x01" * 6, AdvertFlag(0), Feature(0), 4096, (1, 0), version=3)
    with pytest.raises(UnsupportedVersion):
        UnitInfo.decode(newer.encode())


def test_unit_id_text_forms() -> None:
    unit_id = bytes.fromhex("d1c0ffee1a2b")
    assert format_unit_id(unit_id) == "D1C0FFEE1A2B"
    assert parse_unit_id("D1C0FFEE1A2B") == unit_id
    assert local_name(unit_id) == "DK-1A2B"
    with pytest.raises(ValueError, match="hex"):
        parse_unit_id("zz")
    with pytest.raises(ValueError, match="6 bytes"):
        parse_unit_id("00")


def test_setup_code_normalisation() -> None:
    assert normalize_setup_code("3141 5926") == "31415926"
    assert normalize_setup_code("3141-5926") == "31415926"
    for bad in ["1234567", "123456789", "1234abcd", "１２３４５６７８"]:
        with pytest.raises(ValueError, match="8 digits"):
            normalize_setup_code(bad)


@pytest.mark.parametrize("pin", ["1234", "12345678", b"0000", b"98765"])
def test_pins_of_4_to_8_ascii_digits_have_secrets(pin: str | bytes) -> None:
    text = pin if isinstance(pin, str) else pin.decode()
    secret = credential_secret(b"\x01" * 32, CredentialType.PIN, pin)
    assert secret == credential_secret(b"\x01" * 32, CredentialType.PIN, text)


@pytest.mark.parametrize("pin", ["", "123", "123456789", "12a4", "12 34", "١٢٣٤", b"\x001234"])
def test_other_pins_are_refused(pin: str | bytes) -> None:
    with pytest.raises(ValueError, match="4 to 8 ASCII digits"):
        credential_secret(b"\x01" * 32, CredentialType.PIN, pin)


@pytest.mark.parametrize("size", [4, 7, 10])
def test_tag_uids_of_4_7_or_10_bytes_have_secrets_in_reader_order(size: int) -> None:
    uid = bytes(range(1, size + 1))  # UID0 first, as the reader reports it
    secret = credential_secret(b"\x01" * 32, CredentialType.TAG, uid)
    assert secret != credential_secret(b"\x01" * 32, CredentialType.TAG, uid[::-1])


@pytest.mark.parametrize("size", [0, 1, 3, 5, 6, 8, 9, 11, 16])
def test_tag_uids_of_other_sizes_are_refused(size: int) -> None:
    with pytest.raises(ValueError, match="4, 7 or 10 bytes"):
        credential_secret(b"\x01" * 32, CredentialType.TAG, bytes(size))
    with pytest.raises(TypeError):
        credential_secret(b"\x01" * 32, CredentialType.TAG, "04a1b2c3")


def test_credential_secret_differs_per_door_and_kind() -> None:
    a = credential_secret(b"\x01" * 32, CredentialType.PIN, "1234")
    assert a != credential_secret(b"\x02" * 32, CredentialType.PIN, "1234")
    assert a != credential_secret(b"\x01" * 32, CredentialType.TAG, b"1234")  # a 4-byte UID
    assert len(a) == 8


DECODERS = [
    Envelope.decode,
    ErrorMessage.decode,
    Request.decode,
    Response.decode,
    Snapshot.decode,
    HelloPayload.decode,
    WelcomePayload.decode,
    Hello.decode,
    LogReadResult.decode,
    BucketPage.decode,
    CredentialRecord.decode,
    LogRecord.decode,
    decode_ops,
    AdvertPayload.decode,
    UnitInfo.decode,
    HubGrant.decode,
    UnitIdentity.decode,
]


@pytest.mark.parametrize("decoder", DECODERS, ids=lambda d: d.__qualname__)
@given(data=st.binary(max_size=120))
def test_decoders_raise_only_protocol_errors(decoder, data: bytes) -> None:  # type: ignore[no-untyped-def]
    with contextlib.suppress(ProtocolError):
        decoder(data)


def test_error_message_round_trip() -> None:
    message = ErrorMessage(ErrorCode.WRONG_CODE, 3)
    envelope = Envelope.decode(message.encode())
    assert ErrorMessage.decode(envelope.body) == message


def test_record_validation() -> None:
    with pytest.raises(ValueError, match="8 bytes"):
        CredentialRecord(1, 1, CredentialType.PIN, b"short")
    with pytest.raises(ValueError, match="7 bits"):
        CredentialRecord(1, 1, CredentialType.PIN, b"\0" * 8, weekdays=0x80)
    with pytest.raises(ValueError, match="window"):
        CredentialRecord(1, 1, CredentialType.PIN, b"\0" * 8, window_start=600, window_end=600)
