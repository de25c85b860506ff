"""The bench of the HA layer runs on the integration tests' simulated building."""

from tests.integration.conftest import (  # noqa: F401 - fixtures
    auto_enable_custom_integrations,
    fast_slot_backoff,
    loaded,
    residents,
    site,
)
