"""Scenario 5: the administrator imports a 270-dwelling residents file with broken lines.

The file is the board's export that `tests/access/residents_csv.py` writes (Norwegian
headers, semicolons, a BOM, a title comment, a few broken lines it lists). Uploaded through
the import page's file input, the dry run's report must list exactly those lines as
rejected, each with the problems the file was broken with, and change nothing. The owners'
entrances (A-F) are then mapped to the entrance door, and after a second dry run and the
confirmation everyone is in the building, the owners with a key, and one of them is found
by phone in the overview as it is typed.
"""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.access.residents_csv import messy_file

from .building import Building
from .ha_api import HaApi
from .server import HomeAssistantServer
from .ui import CONTROL_CENTER, Screenshots, hook, open_panel

IMPORT_TIMEOUT_MS = 30_000


def _people(admin: HaApi, building: Building) -> list[dict[str, object]]:
    overview = admin.ws("digitalkey/overview/get", entry_id=building.entry_id)
    people: list[dict[str, object]] = overview["people"]
    return people


def test_5_admin_imports_270_dwellings_and_finds_a_person_by_phone(
    admin_page: Page,
    home_assistant: HomeAssistantServer,
    admin_api: HaApi,
    building: Building,
    shots: Screenshots,
) -> None:
    table = messy_file(270)
    entrances = sorted({row.entrance or "" for row in table.rows if row.role == "owner"})
    owners = sum(row.role == "owner" for row in table.rows)
    before = len(_people(admin_api, building))
    page = admin_page
    open_panel(page, home_assistant.url, CONTROL_CENTER)
    page.locator(hook("nav-import")).click()
    page.locator(hook("import-file")).set_input_files(
        {"name": "beboerliste-2026.csv", "mimeType": "text/csv", "buffer": table.data}
    )
    shots(page, "file chosen")
    page.locator(hook("import-dry-run")).click()

    # The report lists the broken lines first, each with the problems it was broken with.
    report = page.locator(hook("import-report"))
    rejected = report.locator(hook("import-line", outcome="rejected"))
    expect(rejected).to_have_count(len(table.broken), timeout=IMPORT_TIMEOUT_MS)
    lines = rejected.evaluate_all("rows => rows.map(row => Number(row.dataset.line))")
    assert sorted(lines) == sorted(table.broken)
    for line, problems in table.broken.items():
        codes = rejected.and_(page.locator(f'[data-line="{line}"]')).locator(hook("import-reason"))
        given = set(codes.evaluate_all("reasons => reasons.map(r => r.dataset.code)"))
        assert problems <= given, f"line {line}: {given}, wanted {problems}"
    counts = page.locator(hook("import-count", outcome="created"))
    expect(counts).to_contain_text(str(len(table.rows)))
    expect(page.locator(hook("import-count", outcome="rejected"))).to_contain_text(
        str(len(table.broken))
    )
    rejected.first.scroll_into_view_if_needed()
    shots(page, "dry run report, broken lines first")
    assert len(_people(admin_api, building)) == before, "a dry run changed the building"

    # Every owner's entrance opens the entrance door; a second dry run shows the keys.
    mapping = page.locator(hook("import-entrance"))
    expect(mapping).to_have_count(len(entrances))
    for entrance in entrances:
        select = page.locator(hook("import-entrance", entrance=entrance))
        select.select_option(building.doors["entrance"].door_id)
    shots(page, "entrances mapped to the entrance door")
    page.locator(hook("import-dry-run")).click()
    expect(page.locator(hook("import-count", outcome="grants"))).to_contain_text(str(owners))
    page.locator(hook("import-confirm")).click()
    expect(page.locator(hook("import-done"))).to_be_visible(timeout=IMPORT_TIMEOUT_MS)
    shots(page, "imported")
    people = _people(admin_api, building)
    assert len(people) == before + len(table.rows)
    imported = [person for person in people if person["dwelling"]]
    assert sum(bool(person["keys"]) for person in imported) == owners

    wanted = next(row for row in table.rows if row.phone and row.role == "owner")
    assert wanted.phone is not None
    national = wanted.phone.removeprefix("+47")
    page.locator(hook("nav-overview")).click()
    page.locator(hook("people-search")).press_sequentially(national)
    found = page.locator(hook("person-row"))
    expect(found.filter(has_text=wanted.name)).to_have_count(1)
    expect(found).to_have_count(sum(row.phone == wanted.phone for row in table.rows))
    shots(page, "found by phone")
