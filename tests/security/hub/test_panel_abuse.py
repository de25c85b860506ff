"""A resident attacks the panels' commands: forged doors, someone else's person, other buildings.

Each attack is sent over a real websocket connection as a non-admin user, as a browser's
developer console would send it, against `residents`' building (Kari holds the bundle
"Entrance + laundry"; the garage is nobody's). The reference door units are the judges:
a refused command leaves them locked.
"""

from __future__ import annotations

import logging
from typing import Any, Final

from homeassistant.components.websocket_api import DOMAIN as WEBSOCKET_API
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey.panel_commands import BRIDGED
from custom_components.digitalkey.protocol.constants import LockState
from tests.integration.conftest import pair_into_entry
from tests.integration.websocket_support import Socket

from .conftest import Residents, Site

OPERATE = "digitalkey/my_keys/operate"


@pytest.fixture
async def neighbour(hass: HomeAssistant, site: Site, residents: Residents) -> MockConfigEntry:
    """A second building next door, with its own shed (and the proxy near it)."""
    await site.add_proxy()
    await site.add_unit("shed")
    entry = await pair_into_entry(
        site, ["shed"], title="Naboen sameie", options={}, building_id="building-2"
    )
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    for door in entry.runtime_data.doors.values():
        await door.async_refresh()
    return entry


async def test_a_forged_open_of_a_door_without_a_key_is_refused_by_the_gate(
    site: Site, residents: Residents, kari: Socket
) -> None:
    """The panel offers Kari no garage; a forged command gets the lock's own refusal."""
    garage = site.units["garage"].unit
    with pytest.raises(ServiceValidationError) as by_lock:
        await residents.call("unlock", "garage", residents.kari)
    for action in ("unlock", "open"):
        error = await kari.refusal(OPERATE, door="lock.garage", action=action)
        assert error["code"] == "service_validation_error"
        assert error["translation_key"] == by_lock.value.translation_key == "denied_no_key"
        assert error["translation_placeholders"] == by_lock.value.translation_placeholders
        assert error["message"] == str(by_lock.value) == "You have no key to Garage"
    error = await kari.refusal(OPERATE, door=residents.door_ids["garage"], action="unlock")
    assert error["translation_key"] == "denied_no_key"
    assert garage.lock_state is LockState.LOCKED
    refusals = await residents.entry.runtime_data.event_log.async_query(kinds=["denied"])
    assert len(refusals.records) == 4  # logged by the gate, like every refused call
    # Her own door opens the same way.
    assert await kari.result(OPERATE, door="lock.entrance", action="unlock") == {}
    assert site.units["entrance"].unit.lock_state is LockState.UNLOCKED


async def test_a_made_up_door_is_unknown(site: Site, residents: Residents, kari: Socket) -> None:
    for door in ("lock.nowhere", "nowhere", "sensor.entrance_battery", ""):
        error = await kari.refusal(OPERATE, door=door, action="unlock")
        assert error["translation_key"] == "access_unknown_door", door
    error = await kari.refusal(OPERATE, door="lock.entrance", action="explode")
    assert error["code"] == "invalid_format"
    assert all(sim.unit.lock_state is LockState.LOCKED for sim in site.units.values())


async def test_a_lock_of_another_building_is_unknown_to_this_one(
    site: Site, residents: Residents, neighbour: MockConfigEntry, kari: Socket
) -> None:
    """Named to her building, the neighbour's shed is no door of it, whatever her keys."""
    error = await kari.refusal(
        OPERATE, entry_id=residents.entry.entry_id, door="lock.shed", action="unlock"
    )
    assert error["translation_key"] == "access_unknown_door"
    (shed,) = neighbour.runtime_data.doors
    error = await kari.refusal(
        OPERATE, entry_id=residents.entry.entry_id, door=shed, action="unlock"
    )
    assert error["translation_key"] == "access_unknown_door"
    # Named to the neighbour's building, its gate decides: she holds no key there.
    error = await kari.refusal(
        OPERATE, entry_id=neighbour.entry_id, door="lock.shed", action="unlock"
    )
    assert error["translation_key"] == "denied_no_key"
    assert site.units["shed"].unit.lock_state is LockState.LOCKED


@pytest.mark.parametrize(
    ("command", "data"),
    [
        ("digitalkey/my_keys/list", {}),
        ("digitalkey/shares/list", {}),
        ("digitalkey/shares/add", {"door": "lock.entrance", "kind": "link"}),
        ("digitalkey/my_credentials/remove", {"credential_id": "any"}),
        ("digitalkey/shares/revoke", {"share_id": "any"}),
    ],
)
async def test_someone_elses_person_id_is_refused_by_every_resident_command(
    hass_storage: dict[str, Any],
    residents: Residents,
    ola: Socket,
    command: str,
    data: dict[str, Any],
) -> None:
    """Ola names Kari, who may share the entrance: no field of a resident command takes a
    person, so the message is refused whole and nothing of Kari's is shown or changed."""
    before = residents.access.registry.to_dict()
    error = await ola.refusal(command, person_id=residents.kari_id, **data)
    assert error["code"] == "invalid_format"
    assert "person_id" in error["message"]
    assert residents.access.registry.to_dict() == before
    assert "Kari" not in str(error)


async def test_a_resident_reads_no_other_persons_page_or_door(
    residents: Residents, ola: Socket
) -> None:
    for command, data in (
        ("digitalkey/person/get", {"person_id": residents.kari_id}),
        ("digitalkey/door/get", {"door": "lock.entrance"}),
        ("digitalkey/overview/get", {}),
        ("digitalkey/access/explain", {"person_id": residents.kari_id}),
    ):
        error = await ola.refusal(command, **data)
        assert error["code"] == "unauthorized", command


TYPED: Final = "Per Olsen 913 45 678 " * 12
"""A name and a phone number as a panel's form sends them, longer than any text field takes."""
JUNK: Final[tuple[Any, ...]] = (None, 7, 1.5, True, [], {}, TYPED, [TYPED], {"x": TYPED})
FIELDS: Final = ("entry_id", "person_id", "door", "label", "share_id", "action", "unexpected")
"""Fields the commands take (one or another of them), and one none takes."""


def _commands(hass: HomeAssistant) -> list[str]:
    return sorted(name for name in hass.data[WEBSOCKET_API] if name.startswith("digitalkey/"))


async def test_junk_of_every_type_is_refused_in_words_and_never_lands_in_the_log(
    hass: HomeAssistant,
    residents: Residents,
    admin: Socket,
    ola: Socket,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Every command, sent a value of every JSON type in each field, by an administrator
    (who passes `require_admin`) and by a resident: each answer is a result or a refusal the
    panel can put in words, no stack trace is logged, and what was typed is in no log line
    (Home Assistant's own schema check would log the refused value as an error)."""
    caplog.set_level(logging.INFO)
    before = residents.access.registry.to_dict()
    commands = _commands(hass)
    assert len(commands) > 30
    for socket, sent in ((admin, commands), (ola, [c for c in commands if not _admin_only(c)])):
        for command in sent:
            for field in FIELDS:
                for value in JUNK:
                    answer = await socket.ask(command, **{field: value})
                    if answer["success"]:
                        continue
                    error = answer["error"]
                    assert error["code"] in ("invalid_format", "unauthorized") or error.get(
                        "translation_key"
                    ), (command, field, value, error)
    await hass.async_block_till_done()
    assert residents.access.registry.to_dict() == before
    assert not [record for record in caplog.records if record.exc_info], "a stack trace"
    assert "Per Olsen" not in caplog.text


ADMIN_READS: Final = (
    "digitalkey/overview/get",
    "digitalkey/person/get",
    "digitalkey/door/get",
    "digitalkey/credentials/add_pin",
    "digitalkey/credentials/add_tag",
)
"""The admin commands that are not bridged to an action."""


def _admin_only(command: str) -> bool:
    bridged = BRIDGED.get(command)
    return command in ADMIN_READS if bridged is None else bridged.admin


async def test_the_bridge_takes_the_building_as_entry_id_only(
    residents: Residents, admin: Socket, kari: Socket
) -> None:
    """`config_entry_id` is the action's own name for the building: a panel names it
    `entry_id`, and a message that smuggles the other name in is refused, not obeyed."""
    entry_id = residents.entry.entry_id
    for socket, command in (
        (admin, "digitalkey/people/add"),
        (kari, "digitalkey/my_keys/list"),
    ):
        data = {"name": "Per", "role": "tenant"} if socket is admin else {}
        error = await socket.refusal(command, config_entry_id=entry_id, **data)
        assert error["code"] == "invalid_format"
        assert "config_entry_id" in error["message"]
        error = await socket.refusal(command, entry_id="nope", config_entry_id=entry_id, **data)
        assert error["code"] == "invalid_format"
    assert await kari.result("digitalkey/my_keys/list", entry_id=entry_id)
