"""The control center's battery commands: the report and a battery changed by hand.

The building is `residents`' (entrance, garage, laundry; Kari and Ola are non-admin
users). Each command is sent over a real websocket connection as the panel sends it.
"""

from __future__ import annotations

import json

from homeassistant.core import HomeAssistant

from .battery_support import read_battery, use_wall_clock
from .conftest import Residents, Site
from .websocket_support import Socket

REPORT = "digitalkey/battery/report"
RECORD_CHANGE = "digitalkey/battery/record_change"


async def test_the_report_is_the_actions_answer(
    hass: HomeAssistant, site: Site, residents: Residents, admin: Socket
) -> None:
    await read_battery(hass, site, residents.entry, "garage", 11)
    answer = await admin.result(
        REPORT, entry_id=residents.entry.entry_id, all_doors=True, language="nl"
    )
    assert answer["config_entry_id"] == residents.entry.entry_id
    assert answer["language"] == "nl"
    assert [row["name"] for row in answer["doors"]] == ["Garage", "Entrance", "Laundry"]
    assert answer["doors"][0]["critical"] is True
    assert answer["doors"][0]["summary"].startswith("Garage, garage entrance: batterij 11 %")
    assert answer["markdown"].splitlines()[0].startswith("| Deur | Batterij | Vervangen |")


async def test_a_change_by_hand_is_recorded_and_answered(
    hass: HomeAssistant, site: Site, residents: Residents, admin: Socket
) -> None:
    clock = use_wall_clock(residents.entry)
    answer = await admin.result(RECORD_CHANGE, door="lock.garage")
    assert answer["door_id"] == residents.door_ids["garage"]
    batteries = residents.entry.runtime_data.batteries
    assert batteries is not None
    assert batteries.history(residents.door_ids["garage"]).changed_at == int(clock.now)
    await hass.async_block_till_done(wait_background_tasks=True)


async def test_a_threshold_out_of_range_is_refused_in_words(
    residents: Residents, admin: Socket
) -> None:
    error = await admin.refusal(REPORT, threshold=101)
    assert error["translation_key"] == "battery_threshold_invalid"
    assert error["translation_placeholders"] == {"field": "threshold", "value": "101"}


async def test_a_non_admin_is_refused_both_commands(
    hass: HomeAssistant, site: Site, residents: Residents, kari: Socket, ola: Socket
) -> None:
    saver = residents.entry.runtime_data.saver
    before = json.dumps(saver.data())
    for socket in (kari, ola):
        for command, data in (
            (REPORT, {"all_doors": True}),
            (RECORD_CHANGE, {"door": "lock.garage"}),
        ):
            error = await socket.refusal(command, **data)
            assert error["code"] == "unauthorized"
    assert json.dumps(saver.data()) == before
