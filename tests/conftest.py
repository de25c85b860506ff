"""Fixtures shared by every test: the virtual air and HA's view of our advertisements."""

from collections.abc import AsyncIterator

import pytest

from simulator.radio import VirtualRadio


@pytest.fixture
async def radio() -> AsyncIterator[VirtualRadio]:
    """A fresh virtual air, closed (all timers cancelled) after the test."""
    air = VirtualRadio()
    yield air
    await air.close()


@pytest.fixture
def hass_config_dir(hass_tmp_config_dir: str) -> str:
    """A configuration directory per test: each building's event log file is its own."""
    return hass_tmp_config_dir
