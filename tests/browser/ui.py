"""Driving Home Assistant's frontend: the login page, the panels' test hooks, screenshots.

The panels mark what the tests touch with `data-test="<name>"` (the contract in the issue's
design); Playwright's CSS engine pierces shadow roots, so `hook("door-card", id=...)`
finds an element however deep inside Home Assistant's and the panel's shadow DOM it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
import json
from pathlib import Path
import re
import shutil
from typing import Any, Final
from zoneinfo import ZoneInfo

from playwright.sync_api import Browser, BrowserContext, Page, ViewportSize

from .server import REPO

CONTROL_CENTER: Final = "/digitalkey"
MY_KEYS: Final = "/digitalkey-keys"
PHONE: Final[ViewportSize] = {"width": 390, "height": 844}
"""The residents' screen: a phone in the companion app."""
DESKTOP: Final[ViewportSize] = {"width": 1280, "height": 900}
TIME_ZONE: Final = "Europe/Oslo"
"""The browsers' time zone: not the building's, so a panel that confuses the two is caught."""
BUILDING_ZONE: Final = "UTC"
"""Home Assistant's time zone, and so the building's: the panels show and take times in it."""
TRANSLATIONS: Final = REPO / "custom_components" / "digitalkey" / "translations" / "en.json"
SHOTS_FOLDER: Final = REPO / ".develop" / "screenshots"
"""Where a run's screenshots are copied for people to look at (git-ignored)."""


def desktop_context(browser: Browser) -> BrowserContext:
    """A fresh browser context (no login) on a desktop screen."""
    return browser.new_context(viewport=DESKTOP, timezone_id=TIME_ZONE)


def phone_context(browser: Browser) -> BrowserContext:
    """A fresh browser context (no login) on a phone-sized touch screen."""
    return browser.new_context(
        viewport=PHONE, is_mobile=True, has_touch=True, timezone_id=TIME_ZONE
    )


def local_input(moment: datetime) -> str:
    """The value of a `datetime-local` input for `moment`, on the building's clock."""
    return moment.astimezone(ZoneInfo(BUILDING_ZONE)).strftime("%Y-%m-%dT%H:%M")


def guest_text(key: str, **placeholders: str) -> str:
    """A text of the guest page in English, from the integration's translations."""
    translations = json.loads(TRANSLATIONS.read_text(encoding="utf-8"))
    return str(translations["guest_page"][key]).format(**placeholders)


def hook(name: str, **attributes: str) -> str:
    """CSS for an element with `data-test=name` and `data-<key>=value` for each attribute."""
    selector = f'[data-test="{name}"]'
    for key, value in attributes.items():
        selector += f'[data-{key}="{value}"]'
    return selector


def log_in(page: Page, base_url: str, username: str, password: str, path: str = "/") -> None:
    """Log in through Home Assistant's own login page, then open `path`.

    The frontend keeps the tokens in the browser context, so its other pages are logged
    in too.
    """
    page.goto(base_url)
    page.wait_for_url(re.compile(r"/auth/authorize"))
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("ha-button:has-text('Log in')")
    page.wait_for_url(lambda url: "/auth/authorize" not in url and "auth_callback" not in url)
    wait_for_frontend(page)
    if path != "/":
        open_panel(page, base_url, path)


def wait_for_frontend(page: Page) -> None:
    """Wait until the frontend is connected and knows its user."""
    page.wait_for_function("() => document.querySelector('home-assistant')?.hass?.user?.id")


def open_panel(page: Page, base_url: str, path: str) -> None:
    """Load the frontend at `path` (a panel's URL) and wait until it is connected."""
    answer = page.goto(f"{base_url}{path}")
    assert answer is not None
    assert answer.ok, f"{path} answered HTTP {answer.status}: is the panel registered?"
    wait_for_frontend(page)


def send_from_page(page: Page, message: dict[str, Any]) -> dict[str, Any]:
    """Send a websocket command over the page's own connection, as that user's code could.

    Returns `{"success": True, "result": ...}` or `{"success": False, "error": {code, message}}`.
    """
    answer: dict[str, Any] = page.evaluate(
        """async (message) => {
            const { conn } = await window.hassConnection;
            try {
                return { success: true, result: await conn.sendMessagePromise(message) };
            } catch (error) {
                return { success: false, error: { code: error.code, message: error.message } };
            }
        }""",
        message,
    )
    return answer


@dataclass
class Screenshots:
    """Numbered screenshots of one test: in its tmp folder and in .develop/screenshots."""

    test_name: str
    folder: Path
    pages: list[Page] = field(default_factory=list)
    """Every page the test shot, shot once more if the test fails."""
    count: int = 0

    def __post_init__(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(self.shared_folder, ignore_errors=True)
        self.shared_folder.mkdir(parents=True)

    @property
    def shared_folder(self) -> Path:
        return SHOTS_FOLDER / self.test_name

    def __call__(self, page: Page, step: str) -> Path:
        """Save what `page` shows now as `NN-step.png`."""
        if page not in self.pages:
            self.pages.append(page)
        self.count += 1
        name = f"{self.count:02d}-{re.sub(r'[^a-z0-9]+', '-', step.lower()).strip('-')}.png"
        path = self.folder / name
        page.screenshot(path=path)
        shutil.copy2(path, self.shared_folder / name)
        return path

    def failure(self) -> None:
        """Shoot every open page the test used, after a failure."""
        for index, page in enumerate(self.pages):
            if not page.is_closed():
                self(page, f"failed-page-{index + 1}")
