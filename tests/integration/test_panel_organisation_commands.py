"""The organisation pages' websocket commands: the actions' own checks, no service event."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from homeassistant.auth.models import User
from homeassistant.const import EVENT_CALL_SERVICE
from homeassistant.core import Event, HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.digitalkey.panel_commands import BRIDGED, action_data

from .conftest import Site
from .organisation_support import Organisations, async_organisations
from .services_support import Building, async_building
from .websocket_support import Socket, async_socket

ADMIN_COMMANDS = {
    "digitalkey/organisations/list": {},
    "digitalkey/organisations/create": {"name": "Cleaners"},
    "digitalkey/organisations/update": {"name": "Care"},
    "digitalkey/organisations/delete": {},
    "digitalkey/organisations/staff": {"add": []},
}
"""Every admin command, with data that works for an admin (the organisation id added)."""


@pytest.fixture
async def building(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, hass_admin_user: User
) -> AsyncIterator[Building]:
    async for value in async_building(hass, loaded, hass_admin_user):
        yield value


@pytest.fixture
async def orgs(building: Building) -> Organisations:
    return await async_organisations(building)


@pytest.fixture
async def admin(
    hass: HomeAssistant, building: Building, hass_ws_client: WebSocketGenerator
) -> Socket:
    return await async_socket(hass, hass_ws_client, building.admin)


@pytest.fixture
async def mona(
    hass: HomeAssistant, orgs: Organisations, hass_ws_client: WebSocketGenerator
) -> Socket:
    return await async_socket(hass, hass_ws_client, orgs.mona_user)


def _admin_data(command: str, orgs: Organisations) -> dict[str, Any]:
    data = dict(ADMIN_COMMANDS[command])
    if command not in ("digitalkey/organisations/list", "digitalkey/organisations/create"):
        data["organisation_id"] = orgs.care
    return data


def test_every_admin_command_is_covered() -> None:
    ours = {
        command: bridged
        for command, bridged in BRIDGED.items()
        if "organisation" in command.removeprefix("digitalkey/")
    }
    admin = {command for command, bridged in ours.items() if bridged.admin}
    assert admin | {"digitalkey/organisations/list"} == set(ADMIN_COMMANDS)
    assert {command for command, bridged in ours.items() if not bridged.admin} == {
        "digitalkey/my_organisation/get",
        "digitalkey/my_organisation/grant",
        "digitalkey/my_organisation/revoke",
    }


def test_entry_id_names_the_building() -> None:
    message = {"id": 7, "type": "digitalkey/organisations/create", "entry_id": "e1", "name": "X"}
    assert action_data(message) == {"config_entry_id": "e1", "name": "X"}


@pytest.mark.parametrize("command", sorted(ADMIN_COMMANDS))
async def test_admin_commands_are_refused_to_a_manager(
    building: Building, orgs: Organisations, mona: Socket, command: str
) -> None:
    before = building.registry.to_dict()
    error = await mona.refusal(command, **_admin_data(command, orgs))
    assert error["code"] == "unauthorized"
    assert building.registry.to_dict() == before


@pytest.mark.parametrize("command", sorted(ADMIN_COMMANDS))
async def test_admin_commands_work_for_an_admin(
    building: Building, orgs: Organisations, admin: Socket, command: str
) -> None:
    result = await admin.result(command, **_admin_data(command, orgs))
    assert isinstance(result, dict)


async def test_the_board_lists_every_organisation(
    building: Building, orgs: Organisations, admin: Socket
) -> None:
    await building.call(
        "grant_staff_access",
        {"person_ids": [orgs.nils], "doors": [building.lock("garage")]},
        user=orgs.mona_user,
    )
    result = await admin.result("digitalkey/organisations/list", entry_id=building.entry.entry_id)
    rows = {row["organisation_id"]: row for row in result["organisations"]}
    assert [row["name"] for row in result["organisations"]] == ["Home care", "Newspaper"]
    care = rows[orgs.care]
    assert {door["name"] for door in care["doors"]} == {"Entrance", "Garage"}
    assert care["valid_until"] is not None
    assert care["schedule"] is None
    assert care["managers"] == [{"person_id": orgs.mona, "name": "Mona Manager"}]
    assert (care["staff"], care["keys"]) == (2, 1)
    assert (care["may_share"], care["share_limit"]) == (True, 1)
    assert rows[orgs.paper]["keys"] == 0


async def test_a_command_fires_no_service_event(
    hass: HomeAssistant, building: Building, orgs: Organisations, admin: Socket
) -> None:
    """What a caretaker types in the panel never reaches the recorder as action data."""
    events: list[Event] = []
    hass.bus.async_listen(EVENT_CALL_SERVICE, events.append)
    created = await admin.result("digitalkey/organisations/create", name="Secret cleaners")
    await hass.async_block_till_done()
    assert created["organisation_id"] in building.registry.organisations
    assert events == []


async def test_a_manager_works_through_the_commands(
    building: Building, orgs: Organisations, mona: Socket
) -> None:
    given = await mona.result(
        "digitalkey/my_organisation/grant",
        person_ids=[orgs.nils],
        doors=[building.lock("entrance")],
    )
    (grant_id,) = given["grant_ids"]
    view = await mona.result("digitalkey/my_organisation/get")
    nils = next(person for person in view["staff"] if person["person_id"] == orgs.nils)
    assert [key["grant_id"] for key in nils["keys"]] == [grant_id]
    taken = await mona.result("digitalkey/my_organisation/revoke", grant_ids=[grant_id])
    assert taken == {"grant_ids": [grant_id]}
    assert building.registry.grants_of_organisation(orgs.care) == []


async def test_a_managers_refusal_is_translated(
    building: Building, orgs: Organisations, mona: Socket
) -> None:
    before = building.registry.to_dict()
    error = await mona.refusal(
        "digitalkey/my_organisation/grant",
        person_ids=[orgs.nils],
        doors=[building.lock("laundry")],
    )
    assert error["code"] == "service_validation_error"
    assert error["translation_domain"] == "digitalkey"
    assert error["translation_key"] == "access_door_not_held"
    assert error["translation_placeholders"] == {"door_id": building.doors["laundry"]}
    assert building.registry.to_dict() == before


async def test_a_non_manager_is_refused(
    hass: HomeAssistant, orgs: Organisations, hass_ws_client: WebSocketGenerator
) -> None:
    nils = await async_socket(hass, hass_ws_client, orgs.nils_user)
    error = await nils.refusal("digitalkey/my_organisation/get")
    assert error["translation_key"] == "access_not_a_manager"


async def test_a_message_the_schema_refuses_is_invalid_format(
    building: Building, orgs: Organisations, mona: Socket
) -> None:
    error = await mona.refusal(
        "digitalkey/my_organisation/grant",
        person_ids=[orgs.cato],
        doors=[building.lock("laundry")],
        manager_id=orgs.per,
    )
    assert error["code"] == "invalid_format"


async def test_a_doors_page_names_the_organisation_behind_a_staff_key(
    building: Building, orgs: Organisations, admin: Socket
) -> None:
    await orgs.as_manager(
        "grant_staff_access", {"person_ids": [orgs.nils], "doors": [building.lock("entrance")]}
    )
    page = await admin.result("digitalkey/door/get", door=building.lock("entrance"))
    rows = {row["person_id"]: row for row in page["access"]}
    assert (rows[orgs.nils]["organisation_id"], rows[orgs.nils]["organisation_name"]) == (
        orgs.care,
        "Home care",
    )
    assert rows[orgs.kari]["organisation_id"] is None, "the board's own key"
