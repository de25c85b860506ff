"""Importing a board's messy residents file, and telling owners their keys are ready."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from homeassistant.auth.models import User
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey.access.model import Role
from tests.access.residents_csv import ENTRANCES, Table, messy_file

from .conftest import Site
from .services_support import Building, async_building, use_notify_target


@pytest.fixture
async def building(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, hass_admin_user: User
) -> AsyncIterator[Building]:
    async for value in async_building(hass, loaded, hass_admin_user):
        yield value


@pytest.fixture
def table() -> Table:
    return messy_file(270)


@pytest.fixture
async def residents_file(hass: HomeAssistant, table: Table) -> str:
    """The messy file saved in the configuration directory, as the board uploads it."""
    path = Path(hass.config.path("residents.csv"))
    await hass.async_add_executor_job(path.write_bytes, table.data)
    return "residents.csv"


@pytest.fixture
async def entrances(building: Building) -> dict[str, str]:
    """Entrances A-C open the entrance door (a bundle with the laundry), D-F the garage."""
    bundle = await building.call(
        "create_bundle",
        {
            "name": "Entrance + laundry",
            "doors": [building.lock("entrance"), building.lock("laundry")],
        },
        user=building.admin,
        response=True,
    )
    assert bundle
    mapping = {entrance: str(bundle["bundle_id"]) for entrance in ENTRANCES[:3]}
    mapping |= {entrance: building.lock("garage") for entrance in ENTRANCES[3:]}
    return mapping


async def _import(
    building: Building, path: str, entrances: dict[str, str], *, dry_run: bool
) -> dict[str, Any]:
    result = await building.call(
        "import_residents",
        {"path": path, "entrances": entrances, "dry_run": dry_run},
        user=building.admin,
        response=True,
    )
    assert isinstance(result, dict)
    return result


async def test_dry_run_reports_every_line_and_changes_nothing(
    hass_storage: dict[str, Any],
    building: Building,
    table: Table,
    residents_file: str,
    entrances: dict[str, str],
) -> None:
    before = building.registry.to_dict()
    stored = building.stored(hass_storage)
    report = await _import(building, residents_file, entrances, dry_run=True)
    assert report["dry_run"] is True
    assert report["encoding"] == "utf-8-sig"
    assert report["delimiter"] == ";"
    assert report["created"] == len(table.rows)
    assert report["rejected"] == len(table.broken)
    owners = sum(row.role == "owner" for row in table.rows)
    assert report["grants"] == owners
    rejected = {line["line"]: line for line in report["lines"] if line["outcome"] == "rejected"}
    assert set(rejected) == set(table.broken)
    for number, codes in table.broken.items():
        reasons = rejected[number]["reasons"]
        assert {reason["code"] for reason in reasons} == codes
        for reason in reasons:
            assert reason["text"]
            assert not reason["text"].startswith("import_"), reason  # translated
    assert building.registry.to_dict() == before
    assert building.stored(hass_storage) == stored


async def test_real_import_applies_and_a_second_changes_nothing(
    hass_storage: dict[str, Any],
    building: Building,
    table: Table,
    residents_file: str,
    entrances: dict[str, str],
) -> None:
    first = await _import(building, residents_file, entrances, dry_run=False)
    registry = building.registry
    assert first["created"] == len(table.rows) == len(registry.people)
    owners = [p for p in registry.people.values() if p.role is Role.OWNER]
    assert first["grants"] == len(owners)
    for owner in owners:
        (grant,) = registry.grants_of(owner.id)
        target = entrances[owner.entrance or ""]
        assert target == grant.bundle_id or grant.door_id == _lock_door(building, target)
    for person in registry.people.values():
        if person.role is not Role.OWNER:
            assert not registry.grants_of(person.id), "only owners get a key automatically"
    after_first = registry.to_dict()
    stored = building.stored(hass_storage)
    assert stored["data"] == after_first

    second = await _import(building, residents_file, entrances, dry_run=False)
    assert second["unchanged"] == len(table.rows)
    assert (second["created"], second["updated"], second["grants"]) == (0, 0, 0)
    assert building.registry.to_dict() == after_first
    assert building.stored(hass_storage) == stored
    page = await building.entry.runtime_data.event_log.async_query(kinds=["import"])
    assert len(page.records) == 2
    assert page.records[-1].detail["created"] == len(table.rows)


def _lock_door(building: Building, ref: str) -> str | None:
    return next((door for name, door in building.doors.items() if building.lock(name) == ref), None)


async def test_a_corrected_file_updates_the_known_people(
    building: Building, entrances: dict[str, str]
) -> None:
    text = "Leilighet;Oppgang;Navn;Telefon;Rolle\nH0101;A;Kari Nordmann;912 34 567;Eier\n"
    await building.call(
        "import_residents",
        {"csv": text, "entrances": entrances, "dry_run": False},
        user=building.admin,
    )
    (kari,) = building.registry.people.values()
    moved = "Leilighet;Oppgang;Navn;Telefon;Rolle\nH0305;A;Kari Nordmann-Berg;912 34 567;Eier\n"
    report = await building.call(
        "import_residents",
        {"csv": moved, "entrances": entrances, "dry_run": False},
        user=building.admin,
        response=True,
    )
    assert report
    (line,) = report["lines"]  # type: ignore[misc]
    assert line["outcome"] == "updated"
    assert line["person_id"] == kari.id
    assert set(line["fields"]) == {"dwelling", "name"}
    assert building.registry.people[kari.id].dwelling == "H0305"


async def test_a_path_outside_the_configuration_directory_is_refused(
    hass: HomeAssistant, building: Building, tmp_path: Path, entrances: dict[str, str]
) -> None:
    outside = tmp_path / "residents.csv"
    link = Path(hass.config.path("linked.csv"))

    def write() -> None:
        outside.write_text("Leilighet;Navn\nH0101;Kari\n", encoding="utf-8")
        link.symlink_to(outside)

    await hass.async_add_executor_job(write)
    for path in (str(outside), "../residents.csv", "linked.csv"):
        with pytest.raises(ServiceValidationError) as refused:
            await _import(building, path, entrances, dry_run=True)
        assert refused.value.translation_key == "import_path_outside_config", path


async def test_a_file_level_problem_is_translated(
    building: Building, entrances: dict[str, str]
) -> None:
    with pytest.raises(ServiceValidationError) as refused:
        await building.call(
            "import_residents",
            {"csv": "Leilighet;Navn;Skostørrelse\nH0101;Kari;38\n", "entrances": entrances},
            user=building.admin,
            response=True,
        )
    assert refused.value.translation_key == "import_unknown_columns"
    assert refused.value.translation_placeholders == {"columns": "Skostørrelse"}


async def test_send_keys_tells_owners_with_consent_and_says_why_not_the_others(
    building: Building, entrances: dict[str, str]
) -> None:
    calls = use_notify_target(building)
    text = (
        "Leilighet;Oppgang;Navn;Telefon;E-post;Rolle;Samtykke\n"
        "H0101;A;Kari Nordmann;912 34 567;;Eier;Ja\n"
        "H0102;A;Ola Hansen;;ola@example.no;Eier;Ja\n"
        "H0103;A;Per Olsen;913 34 567;;Eier;Nei\n"
        "H0104;A;Lise Berg;;;Eier;Ja\n"
        "H0104;A;Tor Berg;914 34 567;;Leietaker;Ja\n"
    )
    await building.call(
        "import_residents",
        {"csv": text, "entrances": entrances, "dry_run": False},
        user=building.admin,
    )
    ids = {p.name: p.id for p in building.registry.people.values()}
    result = await building.call("send_keys", user=building.admin, response=True)
    assert result
    assert sorted(result["notified"]) == sorted([ids["Kari Nordmann"], ids["Ola Hansen"]])  # type: ignore[arg-type]
    why = {item["person_id"]: item["reason"] for item in result["not_notified"]}  # type: ignore[union-attr]
    assert why == {ids["Per Olsen"]: "no_consent", ids["Lise Berg"]: "no_contact"}
    targets = sorted(call.data["target"][0] for call in calls)
    assert targets == ["+4791234567", "ola@example.no"]
    assert all(call.data["message"] for call in calls)


async def test_send_keys_needs_a_notify_target(building: Building) -> None:
    with pytest.raises(ServiceValidationError) as refused:
        await building.call("send_keys", user=building.admin)
    assert refused.value.translation_key == "no_notify_target"


async def test_a_send_keys_preview_works_before_a_notify_target_is_set(
    building: Building, entrances: dict[str, str]
) -> None:
    text = (
        "Leilighet;Oppgang;Navn;Telefon;Rolle;Samtykke\nH0101;A;Kari Nordmann;912 34 567;Eier;Ja\n"
    )
    await building.call(
        "import_residents",
        {"csv": text, "entrances": entrances, "dry_run": False},
        user=building.admin,
    )
    preview = await building.call(
        "send_keys", {"dry_run": True}, user=building.admin, response=True
    )
    assert preview
    assert preview["notify_target"] is None
    assert preview["notified"] == [p.id for p in building.registry.people.values()]
