"""The README's and the user guide's import buttons open the blueprints as published."""

from __future__ import annotations

from pathlib import Path
import re
from urllib.parse import parse_qs, urlsplit

from homeassistant.util import yaml as yaml_util
import pytest

from .blueprint_support import BLUEPRINT_FILES, BLUEPRINT_SOURCE

ROOT = Path(__file__).parents[2]
REDIRECT = "https://my.home-assistant.io/redirect/blueprint_import/"
BADGE = "https://my.home-assistant.io/badges/blueprint_import.svg"
BUTTON = re.compile(r"\[!\[[^\]]+\]\((?P<badge>[^)]+)\)\]\((?P<link>[^)]+)\)")


def buttons(document: str) -> dict[str, str]:
    """The blueprint each import button of `document` opens, by file name: its badge."""
    found: dict[str, str] = {}
    for match in BUTTON.finditer((ROOT / document).read_text(encoding="utf-8")):
        link = urlsplit(match["link"])
        assert f"{link.scheme}://{link.netloc}{link.path}" == REDIRECT
        assert "/" not in link.query.partition("=")[2]  # the address is URL-encoded
        (url,) = parse_qs(link.query)["blueprint_url"]
        found[url.rsplit("/", 1)[1]] = url
        assert match["badge"] == BADGE
    return found


@pytest.mark.parametrize("document", ["README.md", "docs/user-guide.md"])
def test_one_button_per_blueprint_pointing_at_its_source(document: str) -> None:
    found = buttons(document)
    assert sorted(found) == sorted(BLUEPRINT_FILES)
    for name, url in found.items():
        source = yaml_util.load_yaml_dict(BLUEPRINT_SOURCE / name)["blueprint"]["source_url"]
        assert url == source
