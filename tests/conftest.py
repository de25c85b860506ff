"""Fixtures shared by every test: the virtual air and HA's view of our advertisements."""

from collections.abc import AsyncIterator
import shutil

import pytest
from pytest_homeassistant_custom_component.common import get_test_config_dir

from simulator.radio import VirtualRadio

collect_ignore = ["browser"]
"""The browser tests are a run of their own (scripts/test-browser; see browser/conftest.py)."""


@pytest.fixture
async def radio() -> AsyncIterator[VirtualRadio]:
    """A fresh virtual air, closed (all timers cancelled) after the test."""
    air = VirtualRadio()
    yield air
    await air.close()


@pytest.fixture
def hass_config_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A configuration directory per test, so each building's event log file is its own.

    A folder of its own, not `tmp_path`, which some tests fill with their own files.
    """
    folder = tmp_path_factory.mktemp("config")
    shutil.copytree(get_test_config_dir(), folder, symlinks=True, dirs_exist_ok=True)
    return str(folder)
