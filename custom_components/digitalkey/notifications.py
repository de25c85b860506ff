"""Telling a person or the board that something happened: translated, through notify actions.

A person is written to on their own phone when they have one: the Home Assistant
companion app registers a `notify.mobile_app_<device>` action per phone, and its config
entry names the user it belongs to. A person without one is written to through the
building's notify target (an SMS or e-mail gateway, say), with their phone number or
e-mail as the target, and only with their consent to digital communication. The board is
written to through the building's notify target.

Texts live under `exceptions` in the translation files (keys `notify_*`), the one section
of a custom integration's translations Home Assistant loads for code to read, and are
written in the reader's language: the person's own, the building's for the board.
Messages carry door names and times, never the name of whoever used a key.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
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


async def async_notify_person(
    hass: HomeAssistant, runtime: DigitalKeyRuntime, person_id: str, title: Text, message: Text
) -> bool:
    """Write to a person in their language (see the module docstring); whether it went out."""
    person = runtime.access.registry.people.get(person_id)
    if person is None:
        return False
    data = {
        "title": await async_translate(hass, person.language, title),
        "message": await async_translate(hass, person.language, message),
    }
    if person.ha_user_id is not None and (apps := mobile_app_actions(hass, person.ha_user_id)):
        sent = [await _async_call(hass, f"{NOTIFY}.{app}", data) for app in apps]
        return any(sent)
    target = notify_target(runtime.entry_options())
    addresses = [value for value in (person.phone, person.email) if value]
    if target is None or not addresses or not person.consent:
        _LOGGER.debug("Person %s has no phone app and no channel they agreed to", person_id)
        return False
    return await _async_call(hass, target, {**data, "target": addresses})


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
