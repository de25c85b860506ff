"""Errors raised by the simulated radio."""

__all__ = ["NoFreeSlotError", "NotConnectedError", "RadioError"]


class RadioError(Exception):
    """Base class of errors raised by the simulated radio."""


class NotConnectedError(RadioError, ConnectionError):
    """The link is gone (or went away while waiting for the peer)."""


class NoFreeSlotError(RadioError):
    """The central already uses all its connection slots."""
