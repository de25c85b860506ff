"""The protocol tests' fixtures: a reference unit, and one paired with a hub key."""

from tests.protocol.conftest import clock, paired, unit

__all__ = ["clock", "paired", "unit"]
