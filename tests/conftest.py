"""Fixtures shared by every test: the virtual air and HA's view of our advertisements."""

from collections.abc import AsyncIterator

import homeassistant.loader
import pytest

from simulator.radio import VirtualRadio


@pytest.fixture(autouse=True)
def no_core_bluetooth_discovery(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep HA core integrations from starting discovery flows for our advertisements.

    Company id 0xFFFF matches core matchers (kegtron) whose requirements are not
    installed here; the failing flow would fail the test. Matchers of custom
    integrations still apply.
    """
    monkeypatch.setattr(homeassistant.loader, "BLUETOOTH", [])


@pytest.fixture
async def radio() -> AsyncIterator[VirtualRadio]:
    """A fresh virtual air, closed (all timers cancelled) after the test."""
    air = VirtualRadio()
    yield air
    await air.close()
