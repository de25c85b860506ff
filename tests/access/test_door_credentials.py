"""The records a door unit gets: who, which schedules and validity, and that they decide alike.

The property at the end runs the unit's own rule (`protocol.schedule.deny_reason`, §8.1.1)
on the derived records and compares it with the policy, instant by instant.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
import itertools

from hypothesis import HealthCheck, given, settings, strategies as st
import pytest

from custom_components.digitalkey.access.contact import Country
from custom_components.digitalkey.access.door_credentials import (
    ALL_WEEKDAYS,
    SLOTS,
    DoorCredential,
    door_credentials,
    holder_of_record,
    next_change,
    schedule_spans,
)
from custom_components.digitalkey.access.errors import AccessError, ErrorCode
from custom_components.digitalkey.access.model import CredentialKind, Role, ShareKind
from custom_components.digitalkey.access.policy import credential_opens
from custom_components.digitalkey.access.registry import BuildingSettings, Registry
from custom_components.digitalkey.access.schedules import WeeklySchedule
from custom_components.digitalkey.protocol.constants import CredentialType, DenyReason
from custom_components.digitalkey.protocol.records import CredentialRecord
from custom_components.digitalkey.protocol.schedule import deny_reason

from .conftest import NOW, Building, sharing_grant
from .strategies import (
    BASE as BASE_STEPS,
    VAULT,
    ZONES,
    Step,
    apply,
    registry_for,
    schedules,
    steps,
)

MINUTE = timedelta(minutes=1)
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
PIN = "583920"
WEEKDAYS_7_17 = WeeklySchedule.of(*((day, 420, 1020) for day in range(5)), (5, 540, 780))


def _unix(at: datetime) -> int:
    return int(at.timestamp())


def _pin(registry: Registry, person: str, pin: str = PIN) -> str:
    return registry.add_credential(
        CredentialKind.PIN, pin, vault=VAULT, person_id=person, now=NOW
    ).created[0]


def _terms(records: list[DoorCredential]) -> list[tuple[int, int, int, int, int]]:
    return [
        (r.valid_from, r.valid_until, r.weekdays, r.window_start, r.window_end) for r in records
    ]


# What records look like -----------------------------------------------------------------------


def test_a_weekly_schedule_becomes_one_record_per_window(building: Building) -> None:
    registry = building.registry
    registry.grant_access(
        [building.kari],
        door_ids=["front"],
        schedule=WEEKDAYS_7_17,
        valid_from=NOW,
        valid_until=NOW + 30 * DAY,
        now=NOW,
    )
    credential = _pin(registry, building.kari)
    records = door_credentials(registry, "front", NOW)
    number = registry.credentials[credential].number
    assert [r.record_id for r in records] == [number << 6, number << 6 | 1]
    assert {r.credential_id for r in records} == {credential}
    assert all(r.enabled and r.kind is CredentialKind.PIN for r in records)
    assert _terms(records) == [
        (_unix(NOW), _unix(NOW + 30 * DAY), 0b0011111, 420, 1020),
        (_unix(NOW), _unix(NOW + 30 * DAY), 0b0100000, 540, 780),
    ]


def test_overnight_windows_map_as_they_are() -> None:
    schedule = WeeklySchedule.of((4, 1320, 360), (5, 1320, 360), (6, 0, 1440))
    assert schedule_spans(schedule) == ((0b0110000, 1320, 360), (0b1000000, 0, 1440))


def test_no_schedule_and_emergency_keys_open_all_week(building: Building) -> None:
    registry = building.registry
    registry.grant_access([building.kari], door_ids=["front"], now=NOW)
    registry.issue_emergency_key(
        building.ola, reason="Water leak", admin_user_id="admin", door_ids=["front"], now=NOW
    )
    _pin(registry, building.kari)
    _pin(registry, building.ola, "740163")
    assert _terms(door_credentials(registry, "front", NOW)) == [
        (0, 0, ALL_WEEKDAYS, 0, 1440),
        (_unix(NOW), _unix(NOW + DAY), ALL_WEEKDAYS, 0, 1440),
    ]


def test_identical_records_from_two_grants_are_merged(building: Building) -> None:
    registry = building.registry
    registry.grant_access(
        [building.kari], door_ids=["front"], bundle_ids=[building.common], now=NOW
    )
    registry.grant_access(
        [building.ola],
        door_ids=["front"],
        bundle_ids=[building.common],
        schedule=WEEKDAYS_7_17,
        now=NOW,
    )
    registry.grant_access(
        [building.ola], door_ids=["front"], schedule=WeeklySchedule.of((0, 420, 600)), now=NOW
    )
    _pin(registry, building.kari)
    _pin(registry, building.ola, "740163")
    records = door_credentials(registry, "front", NOW)
    assert len(records) == 1 + 3
    assert len(door_credentials(registry, "laundry", NOW)) == 1 + 2


def test_every_credential_of_a_holder_gets_the_same_records(building: Building) -> None:
    registry = building.registry
    registry.grant_access([building.kari], door_ids=["front"], schedule=WEEKDAYS_7_17, now=NOW)
    pin = _pin(registry, building.kari)
    tag = registry.add_credential(
        CredentialKind.TAG, "04a23b1c", vault=VAULT, person_id=building.kari, now=NOW
    ).created[0]
    records = door_credentials(registry, "front", NOW)
    by_credential = {
        key: _terms(list(group))
        for key, group in itertools.groupby(records, key=lambda r: r.credential_id)
    }
    assert by_credential[pin] == by_credential[tag]
    assert {r.kind for r in records} == {CredentialKind.PIN, CredentialKind.TAG}
    pins_only = door_credentials(registry, "front", NOW, kinds=frozenset({CredentialKind.PIN}))
    assert {r.credential_id for r in pins_only} == {pin}
    assert door_credentials(registry, "front", NOW, kinds=frozenset()) == []


def test_who_is_on_a_door(building: Building) -> None:
    registry = building.registry
    registry.grant_access([building.kari], door_ids=["garage"], valid_until=NOW + HOUR, now=NOW)
    registry.grant_access([building.ola], door_ids=["garage"], valid_from=NOW + DAY, now=NOW)
    ended = _pin(registry, building.kari)
    later = _pin(registry, building.ola, "740163")
    assert {r.credential_id for r in door_credentials(registry, "garage", NOW)} == {ended, later}
    assert {r.credential_id for r in door_credentials(registry, "garage", NOW + HOUR)} == {later}
    assert door_credentials(registry, "front", NOW) == []


def test_a_blocked_credential_stays_disabled(building: Building) -> None:
    registry = building.registry
    registry.grant_access([building.kari], door_ids=["front"], now=NOW)
    credential = _pin(registry, building.kari)
    registry.block_credential(credential, now=NOW)
    [record] = door_credentials(registry, "front", NOW)
    assert record.credential_id == credential
    assert not record.enabled


def test_pin_shares_on_the_door_until_they_are_spent(building: Building) -> None:
    registry = building.registry
    registry.grant_access(
        [building.kari],
        door_ids=["front"],
        schedule=WEEKDAYS_7_17,
        valid_until=NOW + 10 * DAY,
        may_share=True,
        share_limit=4,
        now=NOW,
    )
    later = registry.share_key(
        building.kari,
        "front",
        kind=ShareKind.PIN,
        vault=VAULT,
        valid_from=NOW + DAY,
        valid_until=NOW + 20 * DAY,
        now=NOW,
    )
    once = registry.share_key(
        building.kari, "front", kind=ShareKind.PIN, vault=VAULT, use_limit=1, now=NOW
    )
    revoked = registry.share_key(building.kari, "front", kind=ShareKind.PIN, vault=VAULT, now=NOW)
    registry.revoke_share(revoked.created[0], now=NOW)
    records = door_credentials(registry, "front", NOW)
    assert {r.credential_id for r in records} == {later.created[1], once.created[1]}
    [first, *_] = [r for r in records if r.credential_id == later.created[1]]
    assert (first.valid_from, first.valid_until) == (_unix(NOW + DAY), _unix(NOW + 10 * DAY))
    assert first.weekdays == 0b0011111, "the share follows its grant's schedule"
    registry.record_share_use(once.created[0], now=NOW)
    assert {r.credential_id for r in door_credentials(registry, "front", NOW)} == {later.created[1]}
    assert door_credentials(registry, "front", NOW + 10 * DAY) == []


def test_validity_is_rounded_inwards_to_whole_seconds(building: Building) -> None:
    registry = building.registry
    start = NOW + timedelta(seconds=10, microseconds=1)
    end = NOW + timedelta(hours=2, microseconds=999_999)
    registry.grant_access(
        [building.kari], door_ids=["front"], valid_from=start, valid_until=end, now=NOW
    )
    _pin(registry, building.kari)
    [record] = door_credentials(registry, "front", NOW)
    assert (record.valid_from, record.valid_until) == (_unix(NOW) + 11, _unix(NOW) + 7200)


def test_a_credential_holds_at_most_64_records_per_door(building: Building) -> None:
    registry = building.registry
    many = WeeklySchedule.of(*((0, start, start + 5) for start in range(0, 700, 10)))
    registry.grant_access([building.kari], door_ids=["front"], schedule=many, now=NOW)
    _pin(registry, building.kari)
    records = door_credentials(registry, "front", NOW)
    assert len(records) == SLOTS
    assert len({r.record_id for r in records}) == SLOTS
    assert records[-1].record_id & 0x3F == SLOTS - 1


def test_an_unknown_door_is_refused(building: Building) -> None:
    for call in (door_credentials, next_change):
        with pytest.raises(AccessError) as err:
            call(building.registry, "attic", NOW)
        assert err.value.code is ErrorCode.UNKNOWN_DOOR


# Next change and log attribution --------------------------------------------------------------


def test_the_next_change_is_the_first_end_of_a_key_with_a_credential(building: Building) -> None:
    registry = building.registry
    registry.grant_access([building.kari], door_ids=["front"], valid_until=NOW + 3 * DAY, now=NOW)
    registry.grant_access([building.ola], door_ids=["front"], valid_until=NOW + DAY, now=NOW)
    assert next_change(registry, "front", NOW) is None, "nobody has a PIN yet"
    _pin(registry, building.kari)
    assert next_change(registry, "front", NOW) == NOW + 3 * DAY
    _pin(registry, building.ola, "740163")
    assert next_change(registry, "front", NOW) == NOW + DAY
    assert next_change(registry, "front", NOW + DAY) == NOW + 3 * DAY
    assert next_change(registry, "front", NOW + 3 * DAY) is None
    assert next_change(registry, "front", NOW, kinds=frozenset({CredentialKind.TAG})) is None


def test_a_pin_shares_end_is_a_change(building: Building) -> None:
    registry = building.registry
    sharing_grant(building, valid_until=NOW + 5 * DAY)
    registry.share_key(
        building.kari,
        "front",
        kind=ShareKind.PIN,
        vault=VAULT,
        valid_until=NOW + 2 * DAY,
        now=NOW,
    )
    assert next_change(registry, "front", NOW) == NOW + 2 * DAY


def test_a_record_id_names_its_holder(building: Building) -> None:
    registry = building.registry
    registry.grant_access([building.kari], door_ids=["front"], schedule=WEEKDAYS_7_17, now=NOW)
    credential = _pin(registry, building.kari)
    for record in door_credentials(registry, "front", NOW):
        holder = holder_of_record(registry, record.record_id)
        assert holder is not None
        assert holder.id == credential
    assert holder_of_record(registry, 99 << 6) is None
    registry.remove_credential(credential)
    assert holder_of_record(registry, 1 << 6) is None


# The door decides as the policy does ----------------------------------------------------------

FIXED_ZONES = ("UTC", "Etc/GMT-3", "Asia/Kolkata", "America/Sao_Paulo", "Europe/Oslo")
"""Zones without DST, and one with (the unit then runs on the offset in force, as the hub
sets it at every change)."""
BASE = datetime(2026, 3, 16, tzinfo=UTC)
DOOR_IDS = ("d0", "d1")


@dataclass(frozen=True)
class KeyPlan:
    """One key of a drawn person: where, when (hours from BASE) and how."""

    bundle: bool
    start: int | None
    end: int | None
    schedule: WeeklySchedule | None
    emergency: bool


keys = st.builds(
    KeyPlan,
    st.booleans(),
    st.none() | st.integers(-72, 24 * 14),
    st.none() | st.integers(-48, 24 * 21),
    schedules,
    st.booleans(),
)
shares = st.tuples(
    st.integers(-48, 24 * 10),
    st.none() | st.integers(1, 24 * 14),
    st.none() | st.integers(1, 2),
    st.integers(0, 2),
)
"""A PIN share: start, length (hours), use limit, uses recorded (or revoked, for 2)."""


@st.composite
def buildings(draw: st.DrawFn) -> Registry:
    """A registry with people holding keys, PINs and tags (some blocked) and PIN shares."""
    counter = (f"id{n}" for n in itertools.count())
    zone = draw(st.sampled_from(FIXED_ZONES))
    registry = Registry(BuildingSettings(Country.NORWAY, zone), id_factory=lambda: next(counter))
    created = BASE - 4 * DAY
    for door in DOOR_IDS:
        registry.add_door(door, door)
    bundle = registry.create_bundle("both", DOOR_IDS).created[0]
    pins = iter(f"{n:06d}" for n in range(583920, 584920, 7))
    for _ in range(draw(st.integers(1, 3))):
        person = registry.add_person("P", role=Role.OWNER, now=created).created[0]
        for plan in draw(st.lists(keys, max_size=3)):
            start = None if plan.start is None else BASE + plan.start * HOUR
            end = None if plan.end is None else BASE + plan.end * HOUR
            if end is not None and (end <= created or (start is not None and end <= start)):
                continue
            doors, bundles = ([], [bundle]) if plan.bundle else (["d0"], [])
            if plan.emergency and end is not None:
                registry.issue_emergency_key(
                    person,
                    reason="r",
                    admin_user_id="a",
                    door_ids=doors,
                    bundle_ids=bundles,
                    valid_until=end,
                    now=created,
                )
            elif not plan.emergency:
                registry.grant_access(
                    [person],
                    valid_from=start,
                    valid_until=end,
                    schedule=plan.schedule,
                    may_share=True,
                    share_limit=3,
                    now=created,
                    door_ids=doors,
                    bundle_ids=bundles,
                )
        for kind, blocked in draw(
            st.lists(st.tuples(st.sampled_from(CredentialKind), st.booleans()), max_size=2)
        ):
            value = next(pins) if kind is CredentialKind.PIN else bytes.fromhex(next(pins) + "aa")
            credential = registry.add_credential(
                kind, value, vault=VAULT, person_id=person, now=created
            ).created[0]
            if blocked:
                registry.block_credential(credential, now=created)
        for start_h, length_h, limit, uses in draw(st.lists(shares, max_size=2)):
            start = BASE + start_h * HOUR
            try:
                share = registry.share_key(
                    person,
                    "d0",
                    kind=ShareKind.PIN,
                    pin=next(pins),
                    vault=VAULT,
                    valid_from=start,
                    valid_until=None if length_h is None else start + length_h * HOUR,
                    use_limit=limit,
                    now=min(created, start),
                ).created[0]
            except AccessError:
                continue  # no sharing key at that time: nothing to share
            if uses == 2:
                registry.revoke_share(share, now=BASE)
            for _ in range(uses):
                try:
                    registry.record_share_use(share, now=start)
                except AccessError:
                    break
    assert registry.problems() == []
    return registry


def _unit_opens(records: list[DoorCredential], at: datetime, registry: Registry) -> bool:
    offset = registry.settings.tz.utcoffset(at)
    assert offset is not None
    for record in records:
        wire = CredentialRecord(
            cred_id=record.record_id,
            user_id=0,
            kind=CredentialType.PIN if record.kind is CredentialKind.PIN else CredentialType.TAG,
            secret=bytes(8),
            enabled=record.enabled,
            valid_from=record.valid_from,
            valid_until=record.valid_until,
            weekdays=record.weekdays,
            window_start=record.window_start,
            window_end=record.window_end,
        )
        if deny_reason(wire, _unix(at), int(offset.total_seconds())) is DenyReason.NONE:
            return True
    return False


def _edges(registry: Registry) -> set[datetime]:
    """Every instant where some key's answer may flip, and the second before it.

    Validity ends of grants and shares, and each weekly window's start and end on the
    wall clock in the first week after BASE: where an off-by-one would show.
    """
    tz = registry.settings.tz
    edges: set[datetime] = set()
    windows = [(g.valid_from, g.valid_until) for g in registry.grants.values()]
    windows += [(s.valid_from, s.valid_until) for s in registry.shares.values()]
    edges |= {edge for window in windows for edge in window if edge is not None}
    first_day = BASE.astimezone(tz).date()
    for grant in registry.grants.values():
        for window in () if grant.schedule is None else grant.schedule.windows:
            for offset in range(8):
                day = first_day + timedelta(days=offset)
                if day.weekday() != window.weekday:
                    continue
                midnight = datetime(day.year, day.month, day.day, tzinfo=tz)
                end_day = midnight + DAY if window.overnight else midnight
                for local in (midnight + window.start * MINUTE, end_day + window.end * MINUTE):
                    edges.add(local.astimezone(UTC))
    return {
        edge + shift
        for edge in edges
        for shift in (timedelta(0), -timedelta(seconds=1))
        if edge + shift >= BASE
    }


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(buildings(), st.lists(st.integers(0, 21 * 86400), min_size=1, max_size=8))
def test_a_units_records_open_exactly_when_the_policy_does(
    registry: Registry, seconds: list[int]
) -> None:
    """Derived at BASE, checked at later whole seconds and at every edge, per credential."""
    instants = {BASE + timedelta(seconds=second) for second in seconds} | _edges(registry)
    for door in DOOR_IDS:
        records = door_credentials(registry, door, BASE)
        by_credential = {
            key: list(group)
            for key, group in itertools.groupby(records, key=lambda r: r.credential_id)
        }
        for credential_id in registry.credentials:
            mine = by_credential.get(credential_id, [])
            for at in sorted(instants):
                assert _unit_opens(mine, at, registry) == credential_opens(
                    registry, credential_id, door, at
                ), (door, credential_id, at.isoformat(), mine)


# Change.doors names every door whose records changed ----------------------------------------


def _all_records(registry: Registry, at: datetime) -> dict[str, list[DoorCredential]]:
    return {door: door_credentials(registry, door, at) for door in registry.doors}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps, st.sampled_from(ZONES))
def test_every_door_whose_records_change_is_in_the_change(drawn: list[Step], zone: str) -> None:
    registry = registry_for(zone)
    for step in drawn:
        at = BASE_STEPS + timedelta(hours=step.hour)
        before = _all_records(registry, at)
        try:
            change = apply(registry, step)
        except AccessError:
            continue
        after = _all_records(registry, at)
        for door in before.keys() & after.keys():
            if before[door] != after[door]:
                assert door in change.doors, (step.op[0], door)
