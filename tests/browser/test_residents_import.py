"""Scenario 5: the administrator imports a 270-dwelling residents file with broken lines.

The file is the board's export that `tests/access/residents_csv.py` writes (Norwegian
headers, semicolons, a BOM, a few broken lines it lists). Uploaded through the import
page's file input, the dry run's report must show every line with the outcome the reader
gives it; after confirming, the people are in the building and one is found by phone in
the overview as it is typed.
"""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.access.residents_csv import messy_file

from .building import Building
from .ha_api import HaApi
from .server import HomeAssistantServer
from .ui import CONTROL_CENTER, Screenshots, hook, open_panel


def _people(admin: HaApi, building: Building) -> int:
    overview = admin.ws("digitalkey/overview/get", entry_id=building.entry_id)
    return len(overview["people"])


def test_5_admin_imports_270_dwellings_and_finds_a_person_by_phone(
    admin_page: Page,
    home_assistant: HomeAssistantServer,
    admin_api: HaApi,
    building: Building,
    shots: Screenshots,
) -> None:
    table = messy_file(270)
    lines = len(table.rows) + len(table.broken)
    before = _people(admin_api, building)
    page = admin_page
    open_panel(page, home_assistant.url, CONTROL_CENTER)
    page.locator(hook("nav-import")).click()
    page.locator(hook("import-file")).set_input_files(
        {"name": "beboerliste-2026.csv", "mimeType": "text/csv", "buffer": table.data}
    )
    shots(page, "file chosen")
    page.locator(hook("import-dry-run")).click()
    report = page.locator(hook("import-report"))
    expect(report).to_be_visible()
    expect(report.locator(hook("import-line"))).to_have_count(lines)
    rejected = report.locator(hook("import-line", outcome="rejected"))
    expect(rejected).to_have_count(len(table.broken))
    expect(report.locator(hook("import-line", outcome="created"))).to_have_count(len(table.rows))
    shots(page, "dry run report")
    rejected.first.scroll_into_view_if_needed()
    shots(page, "a rejected line")
    assert _people(admin_api, building) == before, "a dry run changed the building"

    page.locator(hook("import-confirm")).click()
    expect(page.locator(hook("import-done"))).to_be_visible(timeout=30_000)
    shots(page, "imported")
    assert _people(admin_api, building) == before + len(table.rows)

    wanted = next(row for row in table.rows if row.phone and row.role == "owner")
    assert wanted.phone is not None
    national = wanted.phone.removeprefix("+47")
    page.locator(hook("nav-overview")).click()
    page.locator(hook("people-search")).fill(national)
    found = page.locator(hook("person-row"))
    expect(found.filter(has_text=wanted.name)).to_have_count(1)
    expect(found).to_have_count(sum(row.phone == wanted.phone for row in table.rows))
    shots(page, "found by phone")
