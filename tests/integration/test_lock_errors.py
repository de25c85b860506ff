"""Every failure a real unit can cause on lock, unlock and open is a translated error.

Each case makes the reference unit (or the air around it) fail with the simulator's own
hooks, then runs the lock service through HA's Bluetooth stack. Error types no simulated
unit can produce are covered by the table tests at the end, without a radio.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
import json
from pathlib import Path
import re
import string

from homeassistant.components.lock import LockState as HaLockState
from homeassistant.const import ATTR_ENTITY_ID, STATE_UNAVAILABLE
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import issue_registry as ir
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey import door_connection, errors
from custom_components.digitalkey.const import DOMAIN
from custom_components.digitalkey.door_link import DoorLink
from custom_components.digitalkey.errors import CommandTimedOut, DoorNotHeard
from custom_components.digitalkey.protocol import errors as protocol_errors
from custom_components.digitalkey.protocol.errors import DoorUnitError

from .conftest import FakeClock, Site, until

DOOR = "garage"
ENTITY = f"lock.{DOOR}"
ACTIONS = ["lock", "unlock", "open"]
PENDING = {HaLockState.LOCKING, HaLockState.UNLOCKING, HaLockState.OPENING}
TRANSLATIONS = Path(__file__).parents[2] / "custom_components" / DOMAIN / "translations"


def _door(entry: MockConfigEntry) -> DoorLink:
    return next(d for d in entry.runtime_data.doors.values() if d.identity.name == "Garage")


async def _jam(site: Site, entry: MockConfigEntry, monkeypatch: pytest.MonkeyPatch) -> None:
    site.units[DOOR].unit.jam()


async def _factory_reset(
    site: Site, entry: MockConfigEntry, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _door(entry).connection.async_release_if_idle()
    site.units[DOOR].unit.factory_reset()  # the service runs before its advert is heard


async def _motor_busy(site: Site, entry: MockConfigEntry, monkeypatch: pytest.MonkeyPatch) -> None:
    site.units[DOOR].unit.motor_busy = True  # e.g. its own auto-relock run is under way


async def _refuses_connections(
    site: Site, entry: MockConfigEntry, monkeypatch: pytest.MonkeyPatch
) -> None:
    site.radio.max_connect_wait = 0.05
    await _door(entry).connection.async_release_if_idle()
    site.units[DOOR].peripheral.set_reachable(False)  # heard a moment ago, gone now


async def _silent(site: Site, entry: MockConfigEntry, monkeypatch: pytest.MonkeyPatch) -> None:
    door = _door(entry)
    await door.connection.async_release_if_idle()
    site.units[DOOR].peripheral.set_reachable(False)
    clock = FakeClock()
    entry.runtime_data.clock = clock
    door.connection.heard(b"\x00" * 8)
    clock.now += 3 * 60


async def _no_proxy(site: Site, entry: MockConfigEntry, monkeypatch: pytest.MonkeyPatch) -> None:
    await _door(entry).connection.async_release_if_idle()
    await site.proxies[0].async_stop()
    site.proxies.clear()


async def _unresponsive(
    site: Site, entry: MockConfigEntry, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The 15 s bound of a whole command, shortened (it limits time, not what happens).
    monkeypatch.setattr(
        door_connection.DoorConnection.async_run, "__kwdefaults__", {"timeout": 0.5}
    )
    door = _door(entry)
    await door.connection.async_release_if_idle()
    # A challenge the unit has not accepted yet: the command rides in HELLO, so it leaves
    # the hub before the silence (an unlock or open is then not confirmed, not timed out).
    used = door.connection.fresh_challenge()
    await until(site.hass, lambda: door.connection.fresh_challenge() not in (None, used), 8)
    site.units[DOOR].unit.responsive = False


type Breaker = Callable[[Site, MockConfigEntry, pytest.MonkeyPatch], Awaitable[None]]


@dataclass(frozen=True)
class Case:
    """How to make the unit fail, and what the hub must then say and show."""

    breaker: Breaker
    key: str
    state: str | None
    """Lock state afterwards; None: anything but a pending state (left as it was)."""
    opening_key: str | None = None
    """The key of an unlock or open, when it differs: one that left the hub unanswered may
    have opened, so the hub says it is not confirmed (and books it)."""


CASES = {
    "jammed": Case(_jam, "jammed", HaLockState.JAMMED),
    "not_paired": Case(_factory_reset, "not_paired", STATE_UNAVAILABLE),
    "busy": Case(_motor_busy, "busy", HaLockState.LOCKED),
    "cannot_connect": Case(_refuses_connections, "cannot_connect", HaLockState.LOCKED),
    "door_not_heard": Case(_silent, "door_not_heard", HaLockState.LOCKED),
    "door_out_of_range": Case(_no_proxy, "door_out_of_range", None),
    "timeout": Case(_unresponsive, "timeout", HaLockState.LOCKED, "not_confirmed"),
}


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("case", list(CASES.values()), ids=list(CASES))
async def test_lock_action_fails_with_translated_error(
    hass: HomeAssistant,
    site: Site,
    loaded: MockConfigEntry,
    monkeypatch: pytest.MonkeyPatch,
    issue_registry: ir.IssueRegistry,
    case: Case,
    action: str,
) -> None:
    assert hass.states.get(ENTITY).state == HaLockState.LOCKED
    await case.breaker(site, loaded, monkeypatch)
    with pytest.raises(HomeAssistantError) as caught:
        await hass.services.async_call("lock", action, {ATTR_ENTITY_ID: ENTITY}, blocking=True)
    err = caught.value
    assert isinstance(err.__cause__, DoorUnitError)
    assert err.translation_domain == DOMAIN
    key = case.opening_key if case.opening_key is not None and action != "lock" else case.key
    assert err.translation_key == key
    assert err.translation_placeholders["door"] == "Garage"
    message = str(err)
    assert message != key
    assert "Garage" in message
    assert "{" not in message  # every placeholder filled

    state = hass.states.get(ENTITY).state
    assert state not in PENDING
    if case.state is not None:
        assert state == case.state
    issue_id = f"unpaired_{loaded.entry_id}_{_door(loaded).identity.subentry_id}"
    issue = issue_registry.async_get_issue(DOMAIN, issue_id)
    assert (issue is not None) is (key == "not_paired")


# Without a radio: the whole table ---------------------------------------------------


def _instance(kind: type[DoorUnitError]) -> DoorUnitError:
    if kind is DoorNotHeard:
        return DoorNotHeard(95.0)
    if kind is CommandTimedOut:
        return CommandTimedOut(15.0)
    if issubclass(kind, protocol_errors.CommandError):
        return kind(0x42)
    return kind("boom")


@pytest.mark.parametrize(
    ("kind", "key"), errors.TRANSLATION_KEYS, ids=[k.__name__ for k, _ in errors.TRANSLATION_KEYS]
)
def test_every_error_type_maps_to_its_key(kind: type[DoorUnitError], key: str) -> None:
    err = _instance(kind)
    assert errors.translation_key(err) == key
    ha_err = errors.door_error("Garage", err)
    assert ha_err.translation_domain == DOMAIN
    assert ha_err.translation_key == key
    assert ha_err.translation_placeholders["door"] == "Garage"


def test_every_protocol_error_type_has_a_key() -> None:
    """No error class of the protocol library falls through to the generic key by accident."""
    kinds = [
        value
        for value in vars(protocol_errors).values()
        if isinstance(value, type) and issubclass(value, DoorUnitError)
    ]
    listed = {kind for kind, _ in errors.TRANSLATION_KEYS}
    for kind in kinds:
        err = _instance(kind)
        key = errors.translation_key(err)
        # The key is that of the nearest listed ancestor.
        owner = next(k for k in kind.__mro__ if k in listed)
        assert key == dict(errors.TRANSLATION_KEYS)[owner], kind


def test_door_not_heard_keys_and_placeholders() -> None:
    never = errors.door_error("Garage", DoorNotHeard(None))
    assert never.translation_key == "door_out_of_range"
    assert never.translation_placeholders == {"door": "Garage"}
    cases = ((12.2, "12 s"), (59.0, "59 s"), (60.0, "1 min"), (61.0, "2 min"), (180.0, "3 min"))
    for silent, duration in cases:
        err = errors.door_error("Garage", DoorNotHeard(silent))
        assert err.translation_key == "door_not_heard"
        assert err.translation_placeholders == {"door": "Garage", "duration": duration}


def _placeholders(message: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(message) if name}


@pytest.mark.parametrize("language", sorted(p.stem for p in TRANSLATIONS.glob("*.json")))
def test_every_key_is_translated_with_the_placeholders_passed(language: str) -> None:
    exceptions = json.loads((TRANSLATIONS / f"{language}.json").read_text())["exceptions"]
    passed: dict[str, set[str]] = {}
    for kind, _key in errors.TRANSLATION_KEYS:
        ha_err = errors.door_error("Garage", _instance(kind))
        assert ha_err.translation_key is not None
        passed[ha_err.translation_key] = set(ha_err.translation_placeholders or {})
    out_of_range = errors.door_error("Garage", DoorNotHeard(None))
    assert out_of_range.translation_key is not None
    passed[out_of_range.translation_key] = set(out_of_range.translation_placeholders or {})
    for key, given in passed.items():
        assert key in exceptions, f"{language}: {key}"
        message = exceptions[key]["message"]
        assert _placeholders(message) <= given, f"{language}: {key}: {message}"
        assert "door" in _placeholders(message), f"{language}: {key}"
        assert not re.search(r"\{\s*\}", message)


def test_there_are_four_languages() -> None:
    assert sorted(p.stem for p in TRANSLATIONS.glob("*.json")) == ["da", "en", "nb", "nl"]
