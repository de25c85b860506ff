"""Every log record the protocol defines becomes a well-formed access event."""

from __future__ import annotations

from hypothesis import given, strategies as st

from custom_components.digitalkey.access.model import CredentialKind
from custom_components.digitalkey.access_events import EVENT_TYPES, access_event, event_record
from custom_components.digitalkey.attribution import HUB_RELOCK, KeyUse
from custom_components.digitalkey.const import HUB_CLOCK_NOT_BEFORE, HUB_CLOCK_TOLERANCE_S
from custom_components.digitalkey.credential_holders import CredentialHolder
from custom_components.digitalkey.door_state import DoorIdentity
from custom_components.digitalkey.event_records import EventKind, EventSource, encode_detail
from custom_components.digitalkey.protocol.constants import DenyReason, LogEvent, LogSource
from custom_components.digitalkey.protocol.records import LogRecord

DOOR = DoorIdentity("sub1", "Entrance", b"\x01" * 6, "AA:BB:CC:DD:EE:FF", b"\x02" * 32)
HUB_SUBJECT = 0x826F921C


@given(
    event=st.sampled_from(LogEvent),
    source=st.sampled_from(LogSource),
    subject=st.integers(0, 0xFFFFFFFF),
    detail=st.integers(0, 0xFFFF),
)
def test_every_record_maps(event: LogEvent, source: LogSource, subject: int, detail: int) -> None:
    record = LogRecord(9, 1_790_000_000, event, source, subject, detail)
    result = access_event(DOOR, record, "user-1")
    if result.on_entity:
        assert result.event_type in EVENT_TYPES
    data = result.bus_data()
    assert data["door_id"] == "sub1"
    assert "door" not in data  # ids only: names are looked up when shown
    assert data["seq"] == 9
    assert data["time"].startswith("2026-")
    if source in (LogSource.PIN, LogSource.TAG) and subject:
        assert data["credential"] == subject
    else:
        assert "credential" not in data
    if event is LogEvent.DENIED:
        assert data["reason"] in {r.name.lower() for r in DenyReason} | {"unknown"}


def test_unlock_by_source() -> None:
    def kind(source: LogSource, subject: int = HUB_SUBJECT) -> str:
        record = LogRecord(1, 0, LogEvent.UNLOCKED, source, subject)
        return access_event(DOOR, record, None).event_type

    assert kind(LogSource.PIN) == "pin_used"
    assert kind(LogSource.TAG) == "tag_used"
    assert kind(LogSource.BUTTON) == "button"
    assert kind(LogSource.BLE) == "unlocked"
    assert kind(LogSource.MANUAL) == "unlocked"


def test_the_hubs_relock_has_its_own_source_and_an_app_lock_keeps_its_own() -> None:
    """The LOCK the hub sent on `HUB_RELOCK` reads as its relock; any other key as the app."""
    locked = LogRecord(1, 1_790_000_000, LogEvent.LOCKED, LogSource.BLE, HUB_SUBJECT)
    relock = KeyUse(HUB_RELOCK)
    assert access_event(DOOR, locked, None, key=relock).source == "hub_relock"
    stored = event_record("sub1", locked, None, 1_790_000_000, key=relock)
    assert (stored.source, stored.detail["key"]) == (EventSource.HUB_RELOCK, HUB_RELOCK)
    for key in (None, KeyUse("admin"), KeyUse("grant", "p1", "g1")):
        assert access_event(DOOR, locked, "u1", key=key).source == "app"
        assert event_record("sub1", locked, "u1", 1_790_000_000, key=key).source is EventSource.BLE
    # The unit's own auto-relock stays its own, whatever the hub sent before.
    auto = LogRecord(2, 1_790_000_000, LogEvent.LOCKED, LogSource.AUTO, 0)
    assert access_event(DOOR, auto, None, key=relock).source == "auto_relock"


@given(
    event=st.sampled_from(LogEvent),
    source=st.sampled_from([source for source in LogSource if source is not LogSource.BLE]),
    subject=st.integers(0, 0xFFFFFFFF),
)
def test_no_keypad_reader_button_or_unit_record_reads_as_the_hubs_relock(
    event: LogEvent, source: LogSource, subject: int
) -> None:
    """Only a BLE record of our own LOCK can be the hub's: a PIN, a tag, the button or the
    unit's own records never are, even handed the relock's key."""
    record = LogRecord(3, 1_790_000_000, event, source, subject)
    relock = KeyUse(HUB_RELOCK)
    assert access_event(DOOR, record, None, key=relock).source != "hub_relock"
    stored = event_record("sub1", record, None, 1_790_000_000, key=relock)
    assert stored.source is not EventSource.HUB_RELOCK


def test_unknown_deny_reason_and_bus_only_events() -> None:
    denied = LogRecord(1, 0, LogEvent.DENIED, LogSource.PIN, 0, 999)
    event = access_event(DOOR, denied, None)
    assert event.reason == "unknown"
    assert "credential" not in event.bus_data()
    boot = access_event(DOOR, LogRecord(2, 0, LogEvent.BOOT, LogSource.SYSTEM), None)
    assert (boot.event_type, boot.on_entity) == ("rebooted", False)
    assert boot.entity_data() == {"source": "system", "seq": 2, "time": boot.time.isoformat()}


NOW = 1_800_000_000


@given(
    event=st.sampled_from(LogEvent),
    source=st.sampled_from(LogSource),
    subject=st.integers(0, 0xFFFFFFFF),
    detail=st.integers(0, 0xFFFF),
    time=st.integers(0, 0xFFFFFFFF),
)
def test_every_record_becomes_a_storable_event_log_record(
    event: LogEvent, source: LogSource, subject: int, detail: int, time: int
) -> None:
    record = event_record("sub1", LogRecord(9, time, event, source, subject, detail), "u1", NOW)
    assert record.door_id == "sub1"
    assert record.unit_seq == 9
    assert record.user_id == "u1"
    assert record.person_id is None  # known once the access registry maps credentials
    encode_detail(record.detail)  # small, flat, ids only
    if HUB_CLOCK_NOT_BEFORE <= time <= NOW + HUB_CLOCK_TOLERANCE_S:
        assert record.time == time
        assert "unit_time" not in record.detail
    else:  # a unit clock that cannot be right: dated when read, its reading kept
        assert record.time == NOW
        assert record.detail["unit_time"] == time
    assert record.credential_id is None  # only the registry names a credential
    if source in (LogSource.PIN, LogSource.TAG) and subject:
        assert record.detail["record_id"] == subject  # the unit's own id of it, kept
    else:
        assert "record_id" not in record.detail
    if event is LogEvent.DENIED:
        assert record.kind is EventKind.DENIED  # no holder: not a blocked credential
        assert record.reason in {r.name.lower() for r in DenyReason} | {"unknown"}
    else:
        assert record.reason is None


def _holder(*, blocked: bool = False, share: bool = False) -> CredentialHolder:
    return CredentialHolder(
        credential_id="cred-1",
        kind=CredentialKind.PIN,
        person_id="maker-1" if share else "person-1",
        share_id="share-1" if share else None,
        grant_id="grant-1" if share else None,
        blocked=blocked,
        hint=None,
    )


@given(event=st.sampled_from(LogEvent), detail=st.integers(0, 0xFFFF), blocked=st.booleans())
def test_a_named_credential_gives_its_ids_and_a_blocked_one_its_own_kind(
    event: LogEvent, detail: int, blocked: bool
) -> None:
    record = LogRecord(9, NOW, event, LogSource.PIN, 5 << 6 | 2, detail)
    holder = _holder(blocked=blocked, share=True)
    stored = event_record("sub1", record, None, NOW, holder=holder)
    assert (stored.credential_id, stored.person_id, stored.share_id, stored.grant_id) == (
        "cred-1",
        "maker-1",
        "share-1",
        "grant-1",
    )
    assert stored.detail["record_id"] == 5 << 6 | 2
    presented = event is LogEvent.DENIED and detail == DenyReason.DISABLED and blocked
    assert (stored.kind is EventKind.BLOCKED_CREDENTIAL_PRESENTED) == presented
    if presented:
        assert stored.reason == "disabled"
    data = access_event(DOOR, record, None, holder=holder).bus_data()
    assert (data["credential"], data["credential_id"]) == (5 << 6 | 2, "cred-1")
    assert (data["person_id"], data["share_id"]) == ("maker-1", "share-1")


def test_a_persons_credential_names_no_share() -> None:
    record = LogRecord(3, NOW, LogEvent.UNLOCKED, LogSource.TAG, 8 << 6)
    data = access_event(DOOR, record, None, holder=_holder()).bus_data()
    assert data["person_id"] == "person-1"
    assert "share_id" not in data
