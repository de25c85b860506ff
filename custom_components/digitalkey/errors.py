"""Door-unit failures as translated Home Assistant errors, in one place.

The protocol library raises typed errors and knows nothing of translations; this module
holds the one table from error type to translation key, the hub's own connection errors
(a door not heard, a command out of time), and the decorator entity actions use.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from functools import wraps
import math
from typing import TYPE_CHECKING, Any, Final, cast

from homeassistant.exceptions import HomeAssistantError

from .const import DOMAIN
from .protocol.client import OpenDeadlinePassed
from .protocol.errors import (
    AuthenticationError,
    CommandError,
    Conflict,
    ConnectionLost,
    DoorUnitConnectionError,
    DoorUnitError,
    DoorUnitTimeout,
    Expired,
    Forbidden,
    Jammed,
    NotPairedError,
    PairingError,
    ProtocolError,
    UnitBusy,
    Unsupported,
    UnsupportedVersion,
)

if TYPE_CHECKING:
    from .entity import DoorEntity


class DoorNotHeard(DoorUnitConnectionError):
    """No Bluetooth adapter or proxy heard the unit lately, so no connection was tried."""

    def __init__(self, silent_for: float | None) -> None:
        """`silent_for`: seconds since the last advertisement (None: no scanner has it)."""
        super().__init__(
            "not in range" if silent_for is None else f"not heard for {silent_for:.0f} s"
        )
        self.silent_for = silent_for


class CommandTimedOut(DoorUnitTimeout):
    """Connecting and running a command took longer than the hub allows."""

    def __init__(self, seconds: float) -> None:
        """`seconds`: the bound that was reached."""
        super().__init__(f"no result within {seconds:.0f} s")
        self.seconds = seconds


class OutcomeUnknown(DoorUnitError):
    """A command may have reached the unit, but no authenticated answer says what it did.

    Raised instead of an unauthenticated refusal the unit contradicted, when a retry of
    an opening command would have been too late, and when an opening command left the
    hub but the link dropped or timed out before an answer came.
    """


TRANSLATION_KEYS: Final[tuple[tuple[type[DoorUnitError], str], ...]] = (
    # Most specific first: the first matching type decides.
    (DoorNotHeard, "door_not_heard"),
    (OutcomeUnknown, "not_confirmed"),
    (OpenDeadlinePassed, "open_too_late"),
    (CommandTimedOut, "timeout"),
    (ConnectionLost, "connection_lost"),
    (DoorUnitTimeout, "timeout"),
    (DoorUnitConnectionError, "cannot_connect"),
    (UnsupportedVersion, "unsupported_version"),
    (ProtocolError, "protocol_error"),
    (AuthenticationError, "auth_failed"),
    (NotPairedError, "not_paired"),
    (PairingError, "pairing_failed"),
    (Forbidden, "forbidden"),
    (UnitBusy, "busy"),
    (Jammed, "jammed"),
    (Expired, "expired"),
    (Unsupported, "unsupported"),
    (Conflict, "conflict"),
    (CommandError, "command_failed"),
    (DoorUnitError, "unit_error"),
)
"""Error type → translation key under `exceptions` in translations/*.json."""


def translation_key(err: DoorUnitError) -> str:
    """The translation key of a door-unit error."""
    return next(key for kind, key in TRANSLATION_KEYS if isinstance(err, kind))


def door_error(door_name: str, err: DoorUnitError) -> HomeAssistantError:
    """A translated error naming the door and saying what to do."""
    key = translation_key(err)
    placeholders = {"door": door_name}
    if isinstance(err, DoorNotHeard):
        if err.silent_for is None:
            key = "door_out_of_range"
        elif err.silent_for < 60:
            placeholders["duration"] = f"{round(err.silent_for)} s"
        else:
            placeholders["duration"] = f"{math.ceil(err.silent_for / 60)} min"
    return HomeAssistantError(
        translation_domain=DOMAIN, translation_key=key, translation_placeholders=placeholders
    )


def door_action[F: Callable[..., Coroutine[Any, Any, None]]](action: F) -> F:
    """Decorate an entity action: door-unit errors become translated HA errors.

    Availability is not changed here: only the unit's advertisements (or their absence)
    decide it, because a failed connection attempt proves nothing about the unit.
    """

    @wraps(action)
    async def wrapper(self: DoorEntity, *args: Any, **kwargs: Any) -> None:
        try:
            await action(self, *args, **kwargs)
        except DoorUnitError as err:
            raise door_error(self.link.identity.name, err) from err

    return cast("F", wrapper)
