"""The browser tests' harness: one Home Assistant and one Chromium for the whole run.

This directory is its own pytest run (`scripts/test-browser`), without the
pytest-homeassistant-custom-component plugin and without `tests/conftest.py`: that plugin
blocks sockets and runs each test in an event loop, and the Playwright sync API refuses to
run inside one. The main run ignores this directory (`tests/conftest.py`).

Home Assistant runs as a subprocess started like `scripts/develop` (`server.py`); the
building is paired and the users are made once (`building.py`). Every test gets numbered
screenshots (`shots`); a failed test's report carries its slice of Home Assistant's log, and
a traceback or an error of the integration logged while a test ran fails that test, one
logged while Home Assistant stops fails the run.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
import os
from pathlib import Path
import time
from typing import Final

from playwright.sync_api import Browser, Page, Playwright, expect, sync_playwright
import pytest

from .building import Building, User, create_user, set_up_building
from .ha_api import HaApi, HttpError, wait_for
from .server import HomeAssistantServer, free_port
from .ui import CONTROL_CENTER, Screenshots, desktop_context, log_in

CHROMIUM: Final = os.environ.get("DK_CHROMIUM", "/usr/bin/chromium")
"""Debian's Chromium (`apt-get install chromium`); Playwright never downloads a browser."""
ADMIN: Final = ("dev", "dev")
START_TIMEOUT_S: Final = 90.0

SERVER_KEY: Final = pytest.StashKey[HomeAssistantServer]()
LOG_START_KEY: Final = pytest.StashKey[int]()
SHOTS_KEY: Final = pytest.StashKey[Screenshots]()
TIMINGS_KEY: Final = pytest.StashKey[dict[str, float]]()
START_FAILED_KEY: Final = pytest.StashKey[str]()
EXPECT_TIMEOUT_MS: Final = 10_000
"""How long `expect` waits for the UI (Playwright's 5 s is short on a busy CI machine)."""


def pytest_configure(config: pytest.Config) -> None:
    if config.pluginmanager.has_plugin("homeassistant"):
        raise pytest.UsageError(
            "tests/browser is its own run: scripts/test-browser "
            "(pytest -p no:homeassistant --confcutdir=tests/browser tests/browser)"
        )
    config.stash[TIMINGS_KEY] = {}
    expect.set_options(timeout=EXPECT_TIMEOUT_MS)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    timings = terminalreporter.config.stash.get(TIMINGS_KEY, {})
    if timings:
        terminalreporter.section("browser test harness")
        for name, seconds in timings.items():
            terminalreporter.write_line(f"{name:<40} {seconds:6.1f} s")


@pytest.fixture(scope="session")
def timings(pytestconfig: pytest.Config) -> dict[str, float]:
    """Figures for the run's summary (start-up of Home Assistant, the building's set-up)."""
    return pytestconfig.stash[TIMINGS_KEY]


@pytest.fixture(scope="session")
def home_assistant(
    pytestconfig: pytest.Config,
    tmp_path_factory: pytest.TempPathFactory,
    timings: dict[str, float],
) -> Iterator[HomeAssistantServer]:
    """Home Assistant with the simulated building, up and running; stopped cleanly after.

    Started once: when it fails to start, the other tests fail at once instead of trying
    again.
    """
    if (failed := pytestconfig.stash.get(START_FAILED_KEY, None)) is not None:
        pytest.fail(f"Home Assistant did not start (see the first error): {failed}", pytrace=False)
    folder = tmp_path_factory.mktemp("home-assistant")
    server = HomeAssistantServer(folder / "config", free_port(), folder / "console.log")
    started = time.monotonic()
    server.start()
    try:
        admin = wait_for(
            lambda: _logged_in(server),
            START_TIMEOUT_S,
            lambda: f"Home Assistant did not answer the login flow\n{server.log_tail(0)}",
        )
        wait_for(
            lambda: admin.rest("GET", "/api/config")["state"] == "RUNNING",
            START_TIMEOUT_S,
            lambda: f"Home Assistant did not finish starting\n{server.log_tail(0)}",
        )
        admin.close()
    except BaseException as err:
        pytestconfig.stash[START_FAILED_KEY] = str(err).splitlines()[0] if str(err) else repr(err)
        server.stop()
        raise
    timings["Home Assistant: devserver prepared"] = server.prepare_s
    timings["Home Assistant: running (from the start)"] = time.monotonic() - started
    yield server
    stopping = server.log_size()
    code = server.stop()
    found = server.take_problems()
    if code != 0 or found:
        pytest.fail(
            f"Home Assistant stopped with exit code {code}"
            + "".join(f"\n\n{problem}" for problem in found)
            + f"\n\nits log while stopping:\n{server.log_tail(stopping)}",
            pytrace=False,
        )


def _logged_in(server: HomeAssistantServer) -> HaApi | None:
    """The administrator's client once the login flow answers; None until then."""
    if not server.alive():
        pytest.fail(f"Home Assistant exited while starting\n{server.log_tail(0)}", pytrace=False)
    try:
        return HaApi.log_in(server.url, *ADMIN)
    except OSError:  # not listening yet
        return None
    except HttpError as err:
        if err.status in {404, 502, 503}:  # the auth views are not registered yet
            return None
        raise


@pytest.fixture(scope="session")
def admin_api(home_assistant: HomeAssistantServer) -> Iterator[HaApi]:
    """The `dev` administrator's REST and websocket client."""
    api = HaApi.log_in(home_assistant.url, *ADMIN)
    yield api
    api.close()


@pytest.fixture(scope="session")
def building(admin_api: HaApi, timings: dict[str, float]) -> Building:
    """The three doors paired into one building, as an installer would."""
    started = time.monotonic()
    paired = set_up_building(admin_api)
    timings["building: three doors paired"] = time.monotonic() - started
    return paired


@pytest.fixture(scope="session")
def resident(admin_api: HaApi) -> User:
    """The resident of scenarios 1-4: a non-administrator, not yet a person of the building."""
    return create_user(admin_api, "Kari Nordmann", "kari", "kari-password-1")


@pytest.fixture(scope="session")
def neighbour(admin_api: HaApi) -> User:
    """A non-administrator who is nobody in the building (scenario 6)."""
    return create_user(admin_api, "Nils Nabo", "nils", "nils-password-1")


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright: Playwright, timings: dict[str, float]) -> Iterator[Browser]:
    """Debian's Chromium, headless; a test opens a context per person."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"no Chromium at {CHROMIUM}: scripts/test-browser installs it", pytrace=False)
    started = time.monotonic()
    chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
    timings["Chromium launched"] = time.monotonic() - started
    yield chromium
    chromium.close()


@pytest.fixture(scope="session")
def admin_page(
    browser: Browser, home_assistant: HomeAssistantServer, building: Building
) -> Iterator[Page]:
    """The `dev` administrator, logged in through the login page on a desktop screen.

    After the building is set up: the panels are registered with the first building.
    """
    context = desktop_context(browser)
    page = context.new_page()
    log_in(page, home_assistant.url, *ADMIN, path=CONTROL_CENTER)
    yield page
    context.close()


@pytest.fixture
def shots(request: pytest.FixtureRequest, tmp_path: Path) -> Screenshots:
    """Numbered screenshots of this test (copied to .develop/screenshots/<test>/)."""
    screenshots = Screenshots(request.node.name, tmp_path / "screenshots")
    request.node.stash[SHOTS_KEY] = screenshots
    return screenshots


@pytest.fixture(autouse=True)
def _home_assistant_log(
    request: pytest.FixtureRequest, home_assistant: HomeAssistantServer
) -> Iterator[None]:
    """Attach this test's log to its failure; fail it on a traceback logged meanwhile."""
    request.node.stash[SERVER_KEY] = home_assistant
    request.node.stash[LOG_START_KEY] = home_assistant.log_size()
    yield
    found = home_assistant.take_problems()
    if found:
        pytest.fail("Home Assistant logged problems:\n\n" + "\n\n".join(found), pytrace=False)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report: pytest.TestReport = yield
    if report.failed:
        if (screenshots := item.stash.get(SHOTS_KEY, None)) is not None and call.when == "call":
            screenshots.failure()
        if (server := item.stash.get(SERVER_KEY, None)) is not None:
            start = item.stash.get(LOG_START_KEY, 0)
            report.sections.append(("Home Assistant log", server.log_tail(start)))
    return report
