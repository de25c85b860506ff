"""Telling a person or the board that something happened: translated, through notify actions.

A person is written to on their own phone when they have one: the Home Assistant
companion app registers a `notify.mobile_app_<device>` action per phone, and its config
entry names the user it belongs to. A person without one is written to through the
building's notify target (an SMS or e-mail gateway, say), with their phone number or
e-mail as the target, and only with their consent to digital communication. The board is
written to through the building's notify target. `person_channel` decides which of these
reaches a person, or why none does; `async_notify_person` writes through it, and
`share_key` uses it to warn a resident who asks to be told of uses that they will not be.

Texts live under `exceptions` in the translation files (keys `notify_*`), the one section
of a custom integration's translations Home Assistant loads for code to read, and are
written in the reader's language: the person's own, the building's for the board.
Messages carry door names and times, never the name of whoever used a key: the one
exception is a share's label, the maker's own words for their guest, told to the maker
alone (`share_uses.use_message`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
import logging
from typing import Any, Final

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import translation
from homeassistant.util import slugify

from .access.contact import Language
from .access.model import Person
from .building_options import notify_target
from .const import DOMAIN
from .runtime import DigitalKeyRuntime

_LOGGER = logging.getLogger(__name__)

MOBILE_APP: Final = "mobile_app"
NOTIFY: Final = "notify"


@dataclass(frozen=True, slots=True)
class Text:
    """A message to be translated: its key under `exceptions` and its placeholders."""

    key: str
    placeholders: Mapping[str, str] = field(default_factory=dict)


def configured_language(hass: HomeAssistant) -> Language | None:
    """The language of Home Assistant's configuration, None when it is none we write in."""
    code = (hass.config.language or "").lower().replace("_", "-")
    for candidate in (code, code.split("-")[0], "nb" if code in ("no", "nn") else ""):
        try:
            return Language(candidate)
        except ValueError:
            continue
    return None


def building_language(hass: HomeAssistant) -> Language:
    """The language of Home Assistant's configuration when it is one we write in."""
    return configured_language(hass) or Language.ENGLISH


def reader_language(hass: HomeAssistant, person: Person | None) -> Language:
    """The language to write to someone in: their person's, else the building's."""
    return building_language(hass) if person is None else person.language


type TextWriter = Callable[[Text], str | None]
"""Writes a text in one language, English where it lacks one; None when neither has it."""


async def async_text_writer(hass: HomeAssistant, language: Language) -> TextWriter:
    """A writer of texts in `language`, its strings loaded once.

    An answer of many sentences is then written without awaiting between them.
    """
    strings = [
        await translation.async_get_translations(hass, code, "exceptions", [DOMAIN])
        for code in (language.value, Language.ENGLISH.value)
    ]

    def write(text: Text) -> str | None:
        key = f"component.{DOMAIN}.exceptions.{text.key}.message"
        for table in strings:
            if message := table.get(key):
                try:
                    return message.format(**text.placeholders)
                except KeyError, IndexError, ValueError:
                    return message
        return None

    return write


async def async_translate(hass: HomeAssistant, language: Language, text: Text) -> str:
    """The text in `language` (English where a translation is missing)."""
    return (await async_text_writer(hass, language))(text) or text.key


def mobile_app_actions(hass: HomeAssistant, ha_user_id: str) -> list[str]:
    """The companion apps' notify actions (`mobile_app_<device>`) of one user's phones."""
    actions = []
    for entry in hass.config_entries.async_entries(MOBILE_APP):
        if entry.data.get("user_id") != ha_user_id:
            continue
        action = f"{MOBILE_APP}_{slugify(str(entry.data.get('device_name', '')))}"
        if hass.services.has_service(NOTIFY, action):
            actions.append(action)
    return sorted(actions)


async def _async_call(hass: HomeAssistant, action: str, data: dict[str, Any]) -> bool:
    domain, _, name = action.partition(".")
    if not hass.services.has_service(domain, name):
        _LOGGER.warning("The notify action %s does not exist (building options)", action)
        return False
    try:
        await hass.services.async_call(domain, name, data, blocking=True)
    except HomeAssistantError as err:
        # Only the kind of error: a gateway's message tends to repeat the phone number or
        # address it could not reach, and contact details stay out of the log.
        _LOGGER.warning("The notify action %s failed (%s)", action, type(err).__name__)
        return False
    return True


class Unreachable(StrEnum):
    """Why a person without a phone app cannot be written to either (in the order checked)."""

    NO_NOTIFY_TARGET = "no_notify_target"
    """The building has no notify target (no SMS or e-mail gateway)."""
    NO_CONSENT = "no_consent"
    """They have not agreed to digital communication."""
    NO_ADDRESS = "no_address"
    """They have neither a phone number nor an e-mail address."""


@dataclass(frozen=True, slots=True)
class PhoneApps:
    """Written to on their phones only: the companion apps' notify actions."""

    actions: tuple[str, ...]
    """`mobile_app_<device>` under `notify`, one per phone."""


@dataclass(frozen=True, slots=True)
class Gateway:
    """Written to through the building's notify target, to their phone number or e-mail."""

    target: str
    addresses: tuple[str, ...]


type Channel = PhoneApps | Gateway
"""How a person is written to."""


def person_channel(
    person: Person, apps: Sequence[str], target: str | None
) -> Channel | Unreachable:
    """How `person` is reached, given their user's phone apps and the building's target.

    Pure, so that sending (`async_notify_person`) and warning that nothing will be sent
    (`share_key`) cannot disagree.
    """
    if apps:
        return PhoneApps(tuple(apps))
    if target is None:
        return Unreachable.NO_NOTIFY_TARGET
    if not person.consent:
        return Unreachable.NO_CONSENT
    addresses = tuple(value for value in (person.phone, person.email) if value)
    if not addresses:
        return Unreachable.NO_ADDRESS
    return Gateway(target, addresses)


def channel_of(
    hass: HomeAssistant, runtime: DigitalKeyRuntime, person: Person
) -> Channel | Unreachable:
    """`person_channel` with the phone apps Home Assistant has now and the building's target."""
    apps = [] if person.ha_user_id is None else mobile_app_actions(hass, person.ha_user_id)
    return person_channel(person, apps, notify_target(runtime.entry_options()))


async def async_notify_person(
    hass: HomeAssistant, runtime: DigitalKeyRuntime, person_id: str, title: Text, message: Text
) -> bool:
    """Write to a person in their language (see the module docstring); whether it went out."""
    person = runtime.access.registry.people.get(person_id)
    if person is None:
        return False
    channel = channel_of(hass, runtime, person)
    if isinstance(channel, Unreachable):
        _LOGGER.debug("Person %s cannot be written to (%s)", person_id, channel.value)
        return False
    data = {
        "title": await async_translate(hass, person.language, title),
        "message": await async_translate(hass, person.language, message),
    }
    if isinstance(channel, PhoneApps):
        sent = [await _async_call(hass, f"{NOTIFY}.{app}", data) for app in channel.actions]
        return any(sent)
    return await _async_call(hass, channel.target, {**data, "target": list(channel.addresses)})


async def async_notify_board(
    hass: HomeAssistant, runtime: DigitalKeyRuntime, title: Text, message: Text
) -> bool:
    """Write to the board through the building's notify target; whether it went out."""
    target = notify_target(runtime.entry_options())
    if target is None:
        _LOGGER.debug("No notify target for the board in the building options")
        return False
    language = building_language(hass)
    data = {
        "title": await async_translate(hass, language, title),
        "message": await async_translate(hass, language, message),
    }
    return await _async_call(hass, target, data)
