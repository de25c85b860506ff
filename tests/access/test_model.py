"""Records refuse values no decision could be made on."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from custom_components.digitalkey.access.errors import AccessError, ErrorCode
from custom_components.digitalkey.access.model import (
    Grant,
    GrantKind,
    Organisation,
    Share,
    ShareKind,
    utc,
    within,
)
from custom_components.digitalkey.access.registry import BuildingSettings
from custom_components.digitalkey.access.schedules import WeeklySchedule

from .conftest import NOW

HOUR = timedelta(hours=1)


def test_validity_windows_are_half_open() -> None:
    assert within(NOW, NOW, NOW + HOUR)
    assert not within(NOW + HOUR, NOW, NOW + HOUR)
    assert within(NOW, None, None)
    assert not within(NOW - HOUR, NOW, None)


def test_times_must_carry_a_zone() -> None:
    with pytest.raises(AccessError) as err:
        utc(NOW.replace(tzinfo=None), "now")
    assert err.value.code is ErrorCode.INVALID_TIME
    assert err.value.placeholders == {"field": "now"}


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"door_id": None}, ErrorCode.INVALID_FIELD),
        ({"bundle_id": "b"}, ErrorCode.INVALID_FIELD),
        ({"valid_from": NOW, "valid_until": NOW}, ErrorCode.INVALID_WINDOW),
        ({"share_limit": -1}, ErrorCode.INVALID_FIELD),
        (
            {"kind": GrantKind.EMERGENCY, "created_by": "a", "valid_until": NOW},
            ErrorCode.REASON_REQUIRED,
        ),
        ({"kind": GrantKind.EMERGENCY, "reason": "x", "valid_until": NOW}, ErrorCode.INVALID_FIELD),
        (
            {
                "kind": GrantKind.EMERGENCY,
                "reason": "x",
                "created_by": "a",
                "valid_until": NOW,
                "schedule": WeeklySchedule.of((0, 0, 60)),
            },
            ErrorCode.INVALID_FIELD,
        ),
        ({"kind": GrantKind.EMERGENCY, "reason": "x", "created_by": "a"}, ErrorCode.INVALID_FIELD),
        (
            {
                "kind": GrantKind.EMERGENCY,
                "reason": "x",
                "created_by": "a",
                "valid_until": NOW,
                "organisation_id": "o",
            },
            ErrorCode.INVALID_FIELD,
        ),
    ],
)
def test_impossible_grants_are_refused(fields: dict[str, object], code: ErrorCode) -> None:
    terms: dict[str, object] = {
        "id": "g",
        "person_id": "p",
        "door_id": "d",
        "bundle_id": None,
        "created_at": NOW,
    }
    with pytest.raises(AccessError) as err:
        Grant(**(terms | fields))  # type: ignore[arg-type]
    assert err.value.code is code


def test_share_counts_and_states() -> None:
    share = Share(
        id="s",
        grant_id="g",
        from_person_id="p",
        door_id="d",
        kind=ShareKind.HA_USER,
        target="u",
        created_at=NOW,
        valid_from=NOW + HOUR,
        valid_until=NOW + 2 * HOUR,
        use_limit=2,
        uses=1,
    )
    assert share.counts_against_limit(NOW), "a share that starts later holds its place"
    assert not share.usable_at(NOW)
    assert share.usable_at(NOW + HOUR)
    assert not share.counts_against_limit(NOW + 2 * HOUR)
    assert Share.from_json(share.to_json()) == share
    with pytest.raises(AccessError):
        replace(share, use_limit=0)
    with pytest.raises(AccessError):
        replace(share, uses=-1)


def test_an_organisation_reads_back_and_refuses_what_could_not_be_held() -> None:
    organisation = Organisation(
        id="o",
        name="Home care",
        created_at=NOW,
        door_ids=frozenset({"d2", "d1"}),
        valid_from=NOW,
        valid_until=NOW + HOUR,
        schedule=WeeklySchedule.of((0, 0, 60)),
        manager_ids=frozenset({"m"}),
        may_share=True,
        share_limit=2,
    )
    assert organisation.to_json()["door_ids"] == ["d1", "d2"]
    assert "bundle_ids" in organisation.to_json()
    assert Organisation.from_json(organisation.to_json()) == organisation
    assert organisation.valid_at(NOW)
    assert not organisation.valid_at(NOW + HOUR)
    with pytest.raises(AccessError) as err:
        replace(organisation, valid_until=NOW)
    assert err.value.code is ErrorCode.INVALID_WINDOW
    with pytest.raises(AccessError) as err:
        replace(organisation, share_limit=-1)
    assert err.value.code is ErrorCode.INVALID_FIELD


def test_building_settings_need_a_real_time_zone() -> None:
    assert BuildingSettings().tz.key == "Europe/Oslo"
    with pytest.raises(AccessError) as err:
        BuildingSettings(time_zone="Mars/Olympus_Mons")
    assert err.value.code is ErrorCode.INVALID_FIELD
