"""A door unit that lost its pairing gets a repair issue and is paired again from Repairs.

The fix flow is driven through Repairs' HTTP API, as the frontend does; the unit is the
reference unit on the simulated radio, reset with its own hook.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any
from zoneinfo import ZoneInfo

from homeassistant.components.lock import LockState as HaLockState
from homeassistant.config_entries import ConfigEntry, ConfigEntryState, ConfigSubentry
from homeassistant.const import ATTR_ENTITY_ID, STATE_UNAVAILABLE
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.digitalkey.const import DOMAIN
from custom_components.digitalkey.pairing import async_pair_unit
from custom_components.digitalkey.protocol.constants import ConfigKey, LockState
from custom_components.digitalkey.protocol.keys import StaticKey
from custom_components.digitalkey.zone_offsets import offset_at

from .conftest import SETUP_CODE, SimUnit, Site, pair_into_entry, until

FIX_URL = "/api/repairs/issues/fix"


def _state(hass: HomeAssistant, entity_id: str) -> str | None:
    state = hass.states.get(entity_id)
    return None if state is None else state.state


def _door(entry: ConfigEntry, title: str) -> ConfigSubentry:
    return next(door for door in entry.subentries.values() if door.title == title)


def _issue_id(entry: ConfigEntry, door: ConfigSubentry) -> str:
    return f"unpaired_{entry.entry_id}_{door.subentry_id}"


def _hub_public(entry: ConfigEntry) -> bytes:
    return StaticKey.from_private(bytes.fromhex(entry.data["hub_key"])).public


class FixFlow:
    """Repairs' fix-flow endpoints, as the frontend calls them."""

    def __init__(self, hass: HomeAssistant, hass_client: ClientSessionGenerator) -> None:
        self.hass = hass
        self.hass_client = hass_client
        self.flow_id = ""

    async def start(self, issue_id: str) -> dict[str, Any]:
        assert await async_setup_component(self.hass, "repairs", {})
        client = await self.hass_client()
        response = await client.post(FIX_URL, json={"handler": DOMAIN, "issue_id": issue_id})
        assert response.status == HTTPStatus.OK
        result: dict[str, Any] = await response.json()
        self.flow_id = result["flow_id"]
        return result

    async def submit(self, setup_code: str) -> dict[str, Any]:
        client = await self.hass_client()
        response = await client.post(f"{FIX_URL}/{self.flow_id}", json={"setup_code": setup_code})
        assert response.status == HTTPStatus.OK
        result: dict[str, Any] = await response.json()
        return result


@pytest.fixture
def fix_flow(hass: HomeAssistant, hass_client: ClientSessionGenerator) -> FixFlow:
    return FixFlow(hass, hass_client)


async def _reset(hass: HomeAssistant, sim: SimUnit, issue_id: str) -> ir.IssueEntry:
    """Factory-reset the unit (long press in the housing); HA notices from its advertisement."""
    sim.unit.factory_reset()
    registry = ir.async_get(hass)
    await until(hass, lambda: registry.async_get_issue(DOMAIN, issue_id) is not None)
    issue = registry.async_get_issue(DOMAIN, issue_id)
    assert issue is not None
    return issue


async def test_reset_unit_is_paired_again_from_repairs(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, fix_flow: FixFlow
) -> None:
    sim = site.units["entrance"]
    door = _door(loaded, "Entrance")
    stored = dict(door.data)
    issue_id = _issue_id(loaded, door)
    wanted = offset_at(ZoneInfo(hass.config.time_zone), loaded.runtime_data.wall_clock())
    assert wanted != 0
    await until(hass, lambda: sim.unit.flash.setting(ConfigKey.UTC_OFFSET_S) == wanted)

    issue = await _reset(hass, sim, issue_id)

    assert issue.is_fixable
    assert not issue.is_persistent
    assert issue.severity is ir.IssueSeverity.ERROR
    assert issue.translation_key == "unpaired"
    assert issue.translation_placeholders == {"door": "Entrance"}
    for entity_id in ("lock.entrance", "sensor.entrance_battery"):
        await until(hass, lambda e=entity_id: _state(hass, e) == STATE_UNAVAILABLE)
    assert _state(hass, "lock.garage") == HaLockState.LOCKED
    # The last access event stays shown: it is still what last happened at the door.
    assert _state(hass, "event.entrance_access") != STATE_UNAVAILABLE

    result = await fix_flow.start(issue_id)
    assert result["type"] == "form"
    assert result["step_id"] == "init"
    assert result["errors"] == {}
    assert result["description_placeholders"] == {"door": "Entrance"}
    assert [field["name"] for field in result["data_schema"]] == ["setup_code"]
    (code_field,) = result["data_schema"]
    assert code_field["selector"]["text"]["type"] == "tel"  # the number pad on a phone

    # Right code, but the installer has not pressed the pairing button yet.
    result = await fix_flow.submit(SETUP_CODE)
    assert result["errors"] == {"base": "not_in_pairing_mode"}

    sim.unit.press_pairing_button()
    result = await fix_flow.submit("2718 2818")
    assert result["step_id"] == "init"
    assert result["errors"] == {"base": "invalid_code"}
    assert result["description_placeholders"] == {"door": "Entrance", "attempts": "4"}
    assert not sim.unit.flash.controllers
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is not None

    result = await fix_flow.submit(f"{SETUP_CODE[:4]}-{SETUP_CODE[4:]}")
    assert result["type"] == "create_entry"
    await hass.async_block_till_done()

    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is None
    (controller,) = sim.unit.flash.controllers.values()
    assert controller.public == _hub_public(loaded)
    assert controller.label == loaded.title
    door = loaded.subentries[door.subentry_id]
    assert door.title == "Entrance"  # name, history and settings stay
    assert dict(door.data) == {
        **stored,
        "unit_public": sim.unit.flash.static.public.hex(),
        "unit_secret": sim.unit.flash.unit_secret.hex(),  # a reset unit has a new secret
    }
    assert loaded.state is ConfigEntryState.LOADED
    await until(hass, lambda: _state(hass, "lock.entrance") not in (None, STATE_UNAVAILABLE))

    await hass.services.async_call(
        "lock", "unlock", {ATTR_ENTITY_ID: "lock.entrance"}, blocking=True
    )
    assert sim.unit.lock_state is LockState.UNLOCKED
    assert _state(hass, "lock.entrance") == HaLockState.UNLOCKED
    # The reset put the unit's UTC offset back to 0: the hub sets the building's again.
    await until(hass, lambda: sim.unit.flash.setting(ConfigKey.UTC_OFFSET_S) == wanted)


async def test_repair_of_unit_paired_to_another_hub_meanwhile(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, fix_flow: FixFlow
) -> None:
    sim = site.units["garage"]
    door = _door(loaded, "Garage")
    issue_id = _issue_id(loaded, door)
    await _reset(hass, sim, issue_id)
    await fix_flow.start(issue_id)
    sim.unit.press_pairing_button()
    await hass.async_block_till_done(wait_background_tasks=True)
    # The caretaker's hub needs the unit's only connection.
    await loaded.runtime_data.doors[door.subentry_id].connection.async_release_if_idle()
    other = StaticKey.generate()
    await async_pair_unit(hass, sim.address, SETUP_CODE, other, "Caretaker's hub")

    result = await fix_flow.submit(SETUP_CODE)

    assert result["type"] == "form"
    assert result["errors"] == {"base": "already_paired"}
    assert [c.public for c in sim.unit.flash.controllers.values()] == [other.public]
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is not None


async def test_removing_a_door_removes_its_repair(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry
) -> None:
    door = _door(loaded, "Laundry")
    issue_id = _issue_id(loaded, door)
    await _reset(hass, site.units["laundry"], issue_id)
    assert hass.config_entries.async_remove_subentry(loaded, door.subentry_id)
    await hass.async_block_till_done()

    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is None


async def test_door_removed_while_its_repair_is_open(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, fix_flow: FixFlow
) -> None:
    door = _door(loaded, "Laundry")
    issue_id = _issue_id(loaded, door)
    await _reset(hass, site.units["laundry"], issue_id)
    await fix_flow.start(issue_id)
    assert hass.config_entries.async_remove_subentry(loaded, door.subentry_id)
    await hass.async_block_till_done()

    result = await fix_flow.submit(SETUP_CODE)

    assert result["type"] == "abort"
    assert result["reason"] == "door_removed"
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is None
    assert not site.units["laundry"].unit.flash.controllers  # nothing was paired


async def test_removing_a_building_removes_its_repairs(hass: HomeAssistant, site: Site) -> None:
    sim = await site.add_unit("entrance")
    entry = await pair_into_entry(site, ["entrance"])
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)  # first read done
    issue_id = _issue_id(entry, _door(entry, "Entrance"))
    await _reset(hass, sim, issue_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    ir.async_create_issue(  # another integration's issue, with a look-alike id
        hass, "other", issue_id, is_fixable=False, severity=ir.IssueSeverity.WARNING,
        translation_key="x",
    )  # fmt: skip
    other_building = "unpaired_another-building_door"
    ir.async_create_issue(  # another building's
        hass, DOMAIN, other_building, is_fixable=False, severity=ir.IssueSeverity.WARNING,
        translation_key="unpaired",
    )  # fmt: skip
    assert await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done()

    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is None
    assert ir.async_get(hass).async_get_issue("other", issue_id) is not None
    assert ir.async_get(hass).async_get_issue(DOMAIN, other_building) is not None


async def test_stale_unpaired_advertisement_is_checked_not_believed(
    hass: HomeAssistant, site: Site
) -> None:
    """Pair a unit while the proxy is not scanning, then set the building up.

    The last advertisement HA holds is from before pairing and still says "not paired":
    advertisements are not authenticated, so the hub reads the door, which answers.
    """
    await site.add_unit("entrance")
    await site.proxies[0].central.stop_scanning()
    entry = await pair_into_entry(site, ["entrance"])
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    issue_id = _issue_id(entry, _door(entry, "Entrance"))
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is None
    assert _state(hass, "lock.entrance") == HaLockState.LOCKED
    door = entry.runtime_data.doors[_door(entry, "Entrance").subentry_id]
    assert not door.state.not_paired
    await site.proxies[0].central.start_scanning()


async def test_repair_while_the_building_is_not_loaded(
    hass: HomeAssistant, site: Site, loaded: MockConfigEntry, fix_flow: FixFlow
) -> None:
    sim = site.units["laundry"]
    door = _door(loaded, "Laundry")
    issue_id = _issue_id(loaded, door)
    await _reset(hass, sim, issue_id)
    await fix_flow.start(issue_id)
    assert await hass.config_entries.async_unload(loaded.entry_id)
    await hass.async_block_till_done()
    sim.unit.press_pairing_button()

    result = await fix_flow.submit(SETUP_CODE)

    assert result["type"] == "create_entry"
    (controller,) = sim.unit.flash.controllers.values()
    assert controller.public == _hub_public(loaded)
