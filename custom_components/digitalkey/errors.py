"""Map door-unit failures to translated Home Assistant errors, in one place."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from homeassistant.exceptions import HomeAssistantError

from .const import DOMAIN
from .door_link import DoorLink
from .protocol.errors import DoorUnitConnectionError, DoorUnitError

ERROR_KEYS = frozenset(
    {
        "cannot_connect",
        "connection_lost",
        "timeout",
        "protocol_error",
        "unsupported_version",
        "auth_failed",
        "not_paired",
        "forbidden",
        "busy",
        "jammed",
        "expired",
        "unsupported",
        "conflict",
        "command_failed",
        "unit_error",
        "pairing_failed",
    }
)
"""Translation keys under `exceptions` that a door-unit error can map to."""


def door_error(link: DoorLink, err: DoorUnitError) -> HomeAssistantError:
    """A translated error naming the door; unreachable doors get HA's diagnostics text."""
    key = err.translation_key if err.translation_key in ERROR_KEYS else "unit_error"
    placeholders = {"door": link.identity.name}
    if isinstance(err, DoorUnitConnectionError):
        placeholders["diagnostics"] = link.reachability()
    return HomeAssistantError(
        translation_domain=DOMAIN, translation_key=key, translation_placeholders=placeholders
    )


@contextmanager
def door_errors(link: DoorLink) -> Iterator[None]:
    """Around an entity action: door-unit errors become translated HA errors."""
    try:
        yield
    except DoorUnitError as err:
        raise door_error(link, err) from err
