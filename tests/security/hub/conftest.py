"""The integration tests' simulated building, for attacks over the air."""

from __future__ import annotations

from tests.integration.conftest import (
    FakeClock,
    SimUnit,
    Site,
    auto_enable_custom_integrations,
    fast_slot_backoff,
    loaded,
    site,
    until,
)

__all__ = [
    "FakeClock",
    "SimUnit",
    "Site",
    "auto_enable_custom_integrations",
    "fast_slot_backoff",
    "loaded",
    "site",
    "until",
]
