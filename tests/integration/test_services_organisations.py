"""Organisation actions: the board sets them up; a manager acts for their own staff only.

The attack tests call a manager's actions the way a manager could: with another
organisation's staff, a door their organisation lacks, a window beyond its own, an
emergency key, or without being a manager at all. Each is refused with a translated
error, and nothing changes: not the registry, not its file, not the event log.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta
from typing import Any

from homeassistant.auth.models import User
from homeassistant.core import Event, HomeAssistant
from homeassistant.exceptions import ServiceValidationError
import probatio as vol
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey.event_records import EventKind
from custom_components.digitalkey.service_support import EVENT_REGISTRY_CHANGED
from custom_components.digitalkey.services import RESIDENT_ACTIONS

from .conftest import Site
from .organisation_support import Organisations, async_organisations
from .services_support import Building, async_building

EVENINGS = [
    {
        "weekdays": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
        "start": "18:00",
        "end": "23:00",
    }
]
"""Every evening: more than an organisation with weekday hours holds."""


@pytest.fixture
async def building(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, hass_admin_user: User
) -> AsyncIterator[Building]:
    async for value in async_building(hass, loaded, hass_admin_user):
        yield value


@pytest.fixture
async def orgs(building: Building) -> Organisations:
    return await async_organisations(building)


def test_the_managers_actions_are_resident_actions() -> None:
    assert {"organisation_staff", "grant_staff_access", "revoke_staff_access"} <= set(
        RESIDENT_ACTIONS
    )


# The board -----------------------------------------------------------------------------------


async def test_the_board_sets_up_an_organisation(
    hass: HomeAssistant, building: Building, orgs: Organisations
) -> None:
    registry = building.registry
    organisation = registry.organisations[orgs.care]
    assert organisation.door_ids == {building.doors["entrance"], building.doors["garage"]}
    assert organisation.valid_until == orgs.until
    assert organisation.manager_ids == {orgs.mona}
    assert organisation.created_by == building.admin.id
    assert registry.people[orgs.nils].organisation_id == orgs.care
    page = await building.entry.runtime_data.event_log.async_query(person=orgs.nils)
    assert any(record.reason == "update_staff" for record in page.records)


async def test_changing_and_deleting_an_organisation_is_told_by_id(
    hass: HomeAssistant, building: Building, orgs: Organisations
) -> None:
    given = await orgs.as_manager(
        "grant_staff_access", {"person_ids": [orgs.nils], "doors": [building.lock("garage")]}
    )
    assert given
    events: list[Event] = []
    hass.bus.async_listen(EVENT_REGISTRY_CHANGED, events.append)
    updated = await building.call(
        "update_organisation",
        {"organisation_id": orgs.care, "doors": [building.lock("entrance")], "name": "Care"},
        user=building.admin,
        response=True,
    )
    assert updated
    assert updated["organisations"] == [orgs.care]
    assert updated["grants"] == given["grant_ids"], "the garage key went with the garage"
    deleted = await building.call(
        "delete_organisation", {"organisation_id": orgs.care}, user=building.admin, response=True
    )
    assert deleted
    assert set(deleted["people"]) == {orgs.mona, orgs.nils}  # type: ignore[arg-type]
    await hass.async_block_till_done()
    assert [event.data["operation"] for event in events] == [
        "update_organisation",
        "delete_organisation",
    ]
    assert events[1].data["organisations"] == [orgs.care]
    assert "Nils" not in str([event.data for event in events])
    assert building.registry.people[orgs.nils].organisation_id is None


async def test_a_schedule_and_a_window_are_cleared_with_null(
    building: Building, orgs: Organisations
) -> None:
    await building.call(
        "update_organisation",
        {"organisation_id": orgs.care, "schedule": EVENINGS},
        user=building.admin,
    )
    assert building.registry.organisations[orgs.care].schedule is not None
    await building.call(
        "update_organisation",
        {"organisation_id": orgs.care, "schedule": None, "valid_until": None},
        user=building.admin,
    )
    organisation = building.registry.organisations[orgs.care]
    assert (organisation.schedule, organisation.valid_until) == (None, None)


async def test_staff_of_two_organisations_is_refused_by_name(
    building: Building, orgs: Organisations
) -> None:
    with pytest.raises(ServiceValidationError) as refused:
        await building.call(
            "set_organisation_staff",
            {"organisation_id": orgs.paper, "add": [orgs.nils]},
            user=building.admin,
        )
    assert refused.value.translation_key == "access_in_other_organisation"
    assert refused.value.translation_placeholders == {"person_id": orgs.nils}


# A manager's view and keys -------------------------------------------------------------------


async def test_a_manager_reads_their_organisation(building: Building, orgs: Organisations) -> None:
    await orgs.as_manager(
        "grant_staff_access", {"person_ids": [orgs.nils], "doors": [building.lock("entrance")]}
    )
    answer = await orgs.as_manager("organisation_staff")
    assert answer
    assert answer["organisation_id"] == orgs.care
    assert answer["name"] == "Home care"
    assert {door["name"] for door in answer["doors"]} == {"Entrance", "Garage"}  # type: ignore[union-attr]
    assert answer["valid_until"] is not None
    assert answer["managers"] == [orgs.mona]
    staff = {person["person_id"]: person for person in answer["staff"]}  # type: ignore[union-attr]
    assert set(staff) == {orgs.mona, orgs.nils}
    assert staff[orgs.mona]["manager"] is True
    (key,) = staff[orgs.nils]["keys"]
    assert key["name"] == "Entrance"
    assert "+4791234567" not in str(answer), "a manager is not shown contact details"
    assert "Kari" not in str(answer)
    assert "Cato" not in str(answer)


async def test_a_manager_gives_a_key_clipped_to_the_organisation(
    building: Building, orgs: Organisations
) -> None:
    answer = await orgs.as_manager(
        "grant_staff_access",
        {
            "person_ids": [orgs.nils],
            "doors": [building.lock("entrance")],
            "valid_until": (orgs.until + timedelta(days=90)).isoformat(),
            "may_share": True,
            "share_limit": 1,
        },
    )
    assert answer
    (grant_id,) = answer["grant_ids"]  # type: ignore[misc]
    grant = building.registry.grants[grant_id]
    assert grant.organisation_id == orgs.care
    assert grant.created_by == orgs.mona_user.id
    assert grant.valid_until == orgs.until
    (key,) = answer["keys"]  # type: ignore[misc]
    assert key["valid_until"] == orgs.until.astimezone(building.registry.settings.tz).isoformat()
    access = await building.call(
        "get_access", {"person_id": orgs.nils}, user=building.admin, response=True
    )
    assert access
    (door,) = access["doors"]  # type: ignore[misc]
    assert door["reasons"][0]["key"]["organisation_id"] == orgs.care


async def test_a_manager_takes_a_key_back(building: Building, orgs: Organisations) -> None:
    await orgs.as_manager(
        "grant_staff_access",
        {"person_ids": [orgs.nils], "doors": [building.lock("entrance"), building.doors["garage"]]},
    )
    taken = await orgs.as_manager(
        "revoke_staff_access", {"person_ids": [orgs.nils], "doors": [building.lock("garage")]}
    )
    assert taken
    (grant_id,) = taken["grant_ids"]  # type: ignore[misc]
    assert building.registry.grants.get(grant_id) is None
    (left,) = building.registry.grants_of_organisation(orgs.care)
    assert left.door_id == building.doors["entrance"]
    page = await building.entry.runtime_data.event_log.async_query(person=orgs.nils)
    reasons = [
        record.reason for record in page.records if record.kind is EventKind.REGISTRY_CHANGED
    ]
    assert reasons[:2] == ["revoke_staff_access", "grant_staff_access"]


# Attacks: each refused, translated, nothing changed ------------------------------------------


type Attempt = Callable[[Building, Organisations], Awaitable[Any]]


async def _nothing_changes(
    hass_storage: dict[str, Any],
    building: Building,
    orgs: Organisations,
    attempt: Attempt,
) -> ServiceValidationError:
    before = building.registry.to_dict()
    stored = building.stored(hass_storage)
    records = await building.entry.runtime_data.event_log.async_count()
    with pytest.raises(ServiceValidationError) as refused:
        await attempt(building, orgs)
    await building.hass.async_block_till_done()
    assert building.registry.to_dict() == before
    assert building.stored(hass_storage) == stored
    assert await building.entry.runtime_data.event_log.async_count() == records
    assert refused.value.translation_domain == "digitalkey"
    return refused.value


def _grant(**data: Any) -> Attempt:
    """Mona's `grant_staff_access` with `data`; door names become lock entity ids."""

    async def attempt(building: Building, orgs: Organisations) -> Any:
        fields = {
            key: value(building, orgs) if callable(value) else value for key, value in data.items()
        }
        return await orgs.as_manager("grant_staff_access", fields)

    return attempt


ATTACKS: dict[str, tuple[Attempt, str, Callable[[Building, Organisations], dict[str, str]]]] = {
    "staff of another organisation": (
        _grant(person_ids=lambda b, o: [o.cato], doors=lambda b, o: [b.lock("entrance")]),
        "access_not_staff",
        lambda b, o: {"person_id": o.cato},
    ),
    "a resident in no organisation": (
        _grant(person_ids=lambda b, o: [o.nils, o.kari], doors=lambda b, o: [b.lock("entrance")]),
        "access_not_staff",
        lambda b, o: {"person_id": o.kari},
    ),
    "a door the organisation lacks": (
        _grant(person_ids=lambda b, o: [o.nils], doors=lambda b, o: [b.lock("laundry")]),
        "access_door_not_held",
        lambda b, o: {"door_id": b.doors["laundry"]},
    ),
    "beyond the organisation's window": (
        _grant(
            person_ids=lambda b, o: [o.nils],
            doors=lambda b, o: [b.lock("entrance")],
            valid_from=lambda b, o: (o.until + timedelta(days=1)).isoformat(),
            valid_until=lambda b, o: (o.until + timedelta(days=60)).isoformat(),
        ),
        "access_outside_organisation_window",
        lambda b, o: {},
    ),
    "sharing beyond what the board allowed": (
        _grant(
            person_ids=lambda b, o: [o.nils],
            doors=lambda b, o: [b.lock("entrance")],
            may_share=True,
            share_limit=3,
        ),
        "access_staff_share_limit",
        lambda b, o: {"limit": "1"},
    ),
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
async def test_a_manager_cannot_reach_outside_their_organisation(
    hass_storage: dict[str, Any], building: Building, orgs: Organisations, attack: str
) -> None:
    attempt, key, placeholders = ATTACKS[attack]
    refused = await _nothing_changes(hass_storage, building, orgs, attempt)
    assert refused.translation_key == key
    assert (refused.translation_placeholders or {}) == placeholders(building, orgs)


async def test_a_manager_cannot_issue_themselves_an_emergency_key(
    hass_storage: dict[str, Any], building: Building, orgs: Organisations
) -> None:
    async def emergency(building: Building, orgs: Organisations) -> Any:
        return await building.call(
            "issue_emergency_key",
            {"person_id": orgs.mona, "reason": "Locked out", "doors": [building.lock("laundry")]},
            user=orgs.mona_user,
        )

    refused = await _nothing_changes(hass_storage, building, orgs, emergency)
    assert refused.translation_key == "unauthorized"
    before = building.registry.to_dict()
    with pytest.raises(vol.Invalid):  # Home Assistant's own schema refusal: no such field
        await orgs.as_manager(
            "grant_staff_access",
            {
                "person_ids": [orgs.mona],
                "doors": [building.lock("entrance")],
                "kind": "emergency",
                "reason": "Locked out",
            },
        )
    assert building.registry.to_dict() == before
    given = await orgs.as_manager(
        "grant_staff_access", {"person_ids": [orgs.mona], "doors": [building.lock("entrance")]}
    )
    assert given
    (grant_id,) = given["grant_ids"]  # type: ignore[misc]
    grant = building.registry.grants[grant_id]
    assert grant.kind.value == "normal", "a manager's own key is an ordinary staff key"
    assert grant.valid_until == orgs.until


async def test_a_manager_cannot_take_a_key_the_board_gave(
    hass_storage: dict[str, Any], building: Building, orgs: Organisations
) -> None:
    async def revoke(building: Building, orgs: Organisations) -> Any:
        return await orgs.as_manager("revoke_staff_access", {"grant_ids": [orgs.kari_key]})

    refused = await _nothing_changes(hass_storage, building, orgs, revoke)
    assert refused.translation_key == "access_unknown_grant"
    assert refused.translation_placeholders == {"grant_id": orgs.kari_key}


async def test_a_manager_cannot_name_another_manager(
    building: Building, orgs: Organisations
) -> None:
    """The manager is the caller's own person: a field naming one is refused by the schema."""
    before = building.registry.to_dict()
    with pytest.raises(vol.Invalid):
        await orgs.as_manager(
            "grant_staff_access",
            {
                "manager_id": orgs.per,
                "person_ids": [orgs.cato],
                "doors": [building.lock("laundry")],
            },
        )
    assert building.registry.to_dict() == before


@pytest.mark.parametrize(
    "action", ["organisation_staff", "grant_staff_access", "revoke_staff_access"]
)
@pytest.mark.parametrize(
    ("who", "key"),
    [
        ("nurse", "access_not_a_manager"),
        ("resident", "access_not_a_manager"),
        ("no person", "no_person"),
        ("automation", "user_required"),
    ],
)
async def test_only_a_manager_may_use_the_managers_actions(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    building: Building,
    orgs: Organisations,
    action: str,
    who: str,
    key: str,
) -> None:
    stranger = await hass.auth.async_create_user("Stranger", group_ids=["system-users"])
    users: dict[str, User | None] = {
        "nurse": orgs.nils_user,
        "resident": orgs.kari_user,
        "no person": stranger,
        "automation": None,
    }
    data: dict[str, Any] = {
        "organisation_staff": {},
        "grant_staff_access": {"person_ids": [orgs.nils], "doors": [building.lock("entrance")]},
        "revoke_staff_access": {"person_ids": [orgs.nils], "doors": [building.lock("entrance")]},
    }[action]

    async def call(building: Building, orgs: Organisations) -> Any:
        return await building.call(action, data, user=users[who], response=True)

    refused = await _nothing_changes(hass_storage, building, orgs, call)
    assert refused.translation_key == key


async def test_an_admin_is_a_manager_only_through_their_own_person(
    building: Building, orgs: Organisations
) -> None:
    with pytest.raises(ServiceValidationError) as refused:
        await orgs.as_manager("organisation_staff", user=building.admin)
    assert refused.value.translation_key == "no_person"
