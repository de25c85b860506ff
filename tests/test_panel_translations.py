"""The panels' texts: every language has the same keys and placeholders, and every key the
panels' sources name exists.

The panels (frontend/src) keep their texts in `i18n/<group>.<language>.json`; a key that is
missing in one language would show English there, a placeholder missing would show `{name}`.
"""

from __future__ import annotations

import json
from pathlib import Path
import re

import pytest

FRONTEND = Path(__file__).resolve().parents[1] / "frontend" / "src"
I18N = FRONTEND / "i18n"
LANGUAGES = ("en", "nb", "da", "nl")
GROUPS = sorted({path.name.split(".")[0] for path in I18N.glob("*.json")})
PLACEHOLDER = re.compile(r"\{(\w+)\}")
KEY_IN_SOURCE = re.compile(
    r"""\b(?:localize|this\.t|t)\(\s*(?:[\w.]+,\s*)?["'`]([a-z][\w-]*\.[\w.-]+)["'`]"""
)
"""A text key given literally to `localize(language, "…")` or a `t("…")` shorthand."""


def _texts(group: str, language: str) -> dict[str, str]:
    data = json.loads((I18N / f"{group}.{language}.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_every_group_exists_in_every_language() -> None:
    assert GROUPS, "no panel texts found"
    for group in GROUPS:
        for language in LANGUAGES:
            assert (I18N / f"{group}.{language}.json").is_file(), f"{group}.{language}.json"


@pytest.mark.parametrize("group", GROUPS)
@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_a_language_has_the_keys_and_placeholders_of_english(group: str, language: str) -> None:
    english = _texts(group, "en")
    other = _texts(group, language)
    assert sorted(other) == sorted(english)
    for key, text in english.items():
        assert text.strip(), f"{group}.en: {key} is empty"
        assert other[key].strip(), f"{group}.{language}: {key} is empty"
        assert set(PLACEHOLDER.findall(other[key])) == set(PLACEHOLDER.findall(text)), key


def test_every_key_the_sources_name_exists_in_english() -> None:
    english: dict[str, str] = {}
    for group in GROUPS:
        for key in _texts(group, "en"):
            assert key not in english, f"{key} is defined twice"
        english.update(_texts(group, "en"))
    named = {
        key
        for source in FRONTEND.rglob("*.ts")
        for key in KEY_IN_SOURCE.findall(source.read_text(encoding="utf-8"))
    }
    assert named, "no localize() calls found: the pattern no longer matches the sources"
    assert sorted(named - set(english)) == []
