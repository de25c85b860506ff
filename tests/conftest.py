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
