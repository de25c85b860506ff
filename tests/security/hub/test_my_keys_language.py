"""A resident sends My keys a language of their own making.

`language` is the panel's, so My keys' sentences match the labels around them. Anything
but the four languages the integration is written in is refused by the schema before
any text is loaded: no path into the translation files, no huge string held or echoed,
and nothing of the building changes (the person's own language included).
"""

from __future__ import annotations

from typing import Any

from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import translation
import probatio as vol
import pytest

from custom_components.digitalkey.access.contact import Language
from custom_components.digitalkey.const import DOMAIN
from tests.integration.websocket_support import Socket

from .conftest import Residents

BAD: tuple[Any, ...] = (
    "../../../../etc/passwd",
    "en/../../secrets",
    "en\x00",
    "EN",
    "de",
    "",
    "x" * 1_000_000,
    7,
    None,
    ["en"],
    {"code": "en"},
)


@pytest.fixture
def loaded_languages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every language Home Assistant is asked to load translations of (observed only)."""
    asked: list[str] = []
    real = translation.async_get_translations

    async def observed(hass: HomeAssistant, language: str, *args: Any, **kwargs: Any) -> Any:
        asked.append(language)
        return await real(hass, language, *args, **kwargs)

    monkeypatch.setattr(translation, "async_get_translations", observed)
    return asked


async def test_a_made_up_language_is_refused_by_the_action(
    hass: HomeAssistant, residents: Residents, loaded_languages: list[str]
) -> None:
    before = residents.access.registry.to_dict()
    for value in BAD:
        with pytest.raises(vol.Invalid):
            await hass.services.async_call(
                DOMAIN,
                "my_keys",
                {"language": value},
                blocking=True,
                context=residents_context(residents),
                return_response=True,
            )
    assert residents.access.registry.to_dict() == before
    assert set(loaded_languages) <= {language.value for language in Language}
    # One of the four is taken, and changes nothing either.
    answer = await hass.services.async_call(
        DOMAIN,
        "my_keys",
        {"language": "nl"},
        blocking=True,
        context=residents_context(residents),
        return_response=True,
    )
    assert answer is not None
    assert answer["doors"]
    assert "nl" in loaded_languages  # the loading is observed
    assert residents.access.registry.to_dict() == before


async def test_a_made_up_language_is_refused_over_the_panels_socket(
    residents: Residents, kari: Socket, loaded_languages: list[str]
) -> None:
    before = residents.access.registry.to_dict()
    for value in BAD:
        error = await kari.refusal("digitalkey/my_keys/list", language=value)
        assert error["code"] == "invalid_format", value
        assert len(str(error)) < 2_000  # a huge value is not sent back
    assert set(loaded_languages) <= {language.value for language in Language}
    assert residents.access.registry.to_dict() == before


def residents_context(residents: Residents) -> Context:
    return Context(user_id=residents.kari.id)
