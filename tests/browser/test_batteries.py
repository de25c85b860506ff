"""The caretaker's battery round: a low battery shows red, a change is recorded, a file is sent on.

The entrance unit's battery is set low on the reference unit (the simulator's own
`set_battery`, as a flat battery would), the unit tells the hub, and the administrator's
Batteries page lists the entrance at or below the building's threshold with its level in
red. "Battery changed…" records the change by hand (the report then names it so), and the
CSV download carries the panel's translated header and the entrance's row. The entrance
goes out of reach (its battery sensor unavailable) and its page keeps the level it last
reported. It is back in reach with a fresh battery at the end, so the other tests find the
building as it was.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Final

from playwright.sync_api import Page, expect

from simulator.digitalkey_simulator.const import DOMAIN as SIMULATOR

from .building import Building
from .ha_api import HaApi, wait_for
from .server import REPO, HomeAssistantServer
from .ui import CONTROL_CENTER, Screenshots, hook, open_panel

LOW: Final = 5
"""Below the building's threshold (15 %) and the unit's own low mark."""
FRESH: Final = 90
"""The entrance's level when the simulator starts."""
TEXTS: Final = REPO / "frontend" / "src" / "i18n" / "batteries.en.json"
CSV_COLUMNS: Final = (
    "door",
    "address",
    "battery",
    "voltage",
    "changed",
    "change_source",
    "days_since_change",
    "days_left",
    "last_contact",
    "status",
)


def _text(key: str) -> str:
    texts: dict[str, str] = json.loads(TEXTS.read_text(encoding="utf-8"))
    return texts[key]


def _entrance_row(admin: HaApi, building: Building) -> dict[str, Any]:
    """The entrance's row of the battery report, as the administrator reads it."""
    report = admin.ws(
        "digitalkey/battery/report", entry_id=building.entry_id, all_doors=True, language="en"
    )
    door_id = building.doors["entrance"].door_id
    rows = [row for row in report["doors"] if row["door_id"] == door_id]
    assert len(rows) == 1, report
    row: dict[str, Any] = rows[0]
    return row


def _set_battery(admin: HaApi, building: Building, percent: int) -> dict[str, Any]:
    """Set the entrance unit's battery and wait until the hub's report has the level."""
    admin.call_service(SIMULATOR, "set_battery", {"door": "entrance", "percent": percent})
    return wait_for(
        lambda: (row := _entrance_row(admin, building))["battery"] == percent and row,
        30,
        lambda: f"the report still says {_entrance_row(admin, building)['battery']} %",
    )


def test_a_low_battery_is_red_its_change_is_recorded_and_the_csv_names_it(
    admin_page: Page,
    home_assistant: HomeAssistantServer,
    admin_api: HaApi,
    building: Building,
    shots: Screenshots,
) -> None:
    entrance, garage = building.doors["entrance"], building.doors["garage"]
    page = admin_page
    open_panel(page, home_assistant.url, CONTROL_CENTER)
    page.locator(hook("nav-batteries")).click()
    expect(page.locator(hook("battery-page"))).to_be_visible()
    row = page.locator(hook("battery-row", **{"door-id": entrance.door_id}))
    # Only the doors at or below the threshold are listed: the entrance (90 %) is not yet.
    expect(page.locator(hook("battery-count"))).to_be_visible()
    expect(row).to_have_count(0)
    try:
        # The open page follows the change notice of the entrance's battery by itself.
        low = _set_battery(admin_api, building, LOW)
        assert low["critical"] is True
        expect(row).to_have_attribute("data-critical", "true")
        expect(row.locator(hook("battery-level"))).to_contain_text(f"{LOW}%")
        # Red: the level's bar and figure are drawn in Home Assistant's error colour.
        error_colour = page.locator(hook("battery-page")).evaluate(
            "el => { const probe = document.createElement('span');"
            " probe.style.color = 'var(--error-color, #db4437)'; el.append(probe);"
            " const colour = getComputedStyle(probe).color; probe.remove(); return colour; }"
        )
        level_colour = (
            row.locator(hook("battery-level"))
            .locator("strong")
            .evaluate("el => getComputedStyle(el).color")
        )
        assert level_colour == error_colour
        expect(page.locator(hook("battery-row", **{"door-id": garage.door_id}))).to_have_count(0)
        expect(page.locator(hook("error"))).to_have_count(0)
        shots(page, "entrance battery low and red")

        row.locator(hook("battery-record")).click()
        confirm = page.locator(hook("battery-change-confirm"))
        expect(confirm).to_be_visible()
        shots(page, "battery changed dialog")
        confirm.click()
        expect(page.locator(hook("toast"))).to_contain_text(entrance.name)
        expect(confirm).to_have_count(0)
        expect(row).to_contain_text(_text("batt.source.manual"))
        recorded = _entrance_row(admin_api, building)
        assert recorded["change_source"] == "manual"
        assert recorded["battery_changed"] is not None
        assert recorded["days_since_change"] == 0
        shots(page, "change recorded by hand")

        with page.expect_download() as download:
            page.locator(hook("battery-csv")).click()
        path = download.value.path()
        text = Path(path).read_bytes().decode("utf-8")
        assert text.startswith("\ufeff"), "Excel needs the byte-order mark"
        lines = text.removeprefix("\ufeff").split("\r\n")
        # The panel speaks English to the administrator: commas, English headers.
        assert lines[0] == ",".join(_text(f"batt.csv.{name}") for name in CSV_COLUMNS)
        entrance_lines = [line for line in lines[1:] if line.startswith(f"{entrance.name},")]
        assert len(entrance_lines) == 1, lines
        cells = entrance_lines[0].split(",")
        assert str(LOW) in cells
        assert _text("batt.source.manual") in cells

        # The door's name opens its page, whose battery line reads the same report.
        row.get_by_role("link", name=entrance.name).click()
        expect(page.locator(hook("door-title"))).to_have_text(entrance.name)
        expect(page.locator(hook("door-battery"))).to_have_attribute("data-critical", "true")
        expect(page.locator(hook("error"))).to_have_count(0)
        shots(page, "the entrance's door page")

        # Out of reach, its battery sensor is unavailable: the page keeps the last level.
        admin_api.call_service(SIMULATOR, "set_reachable", {"door": "entrance", "reachable": False})
        admin_api.wait_for_state(entrance.entity_id, {"unavailable"}, timeout=60)
        expect(page.locator(hook("door-battery"))).to_contain_text(f"{LOW}")
        expect(page.locator(hook("door-battery"))).to_have_attribute("data-critical", "true")
        shots(page, "the entrance out of reach keeps its level")
    finally:
        admin_api.call_service(SIMULATOR, "set_reachable", {"door": "entrance", "reachable": True})
        _set_battery(admin_api, building, FRESH)
