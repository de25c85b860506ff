"""Typed errors of the door-unit protocol.

The library knows nothing of Home Assistant: the integration maps each error type to a
translated message (`errors.py` there) without parsing text. Connection-level errors share
`DoorUnitConnectionError` so callers can tell "could not reach it" from "it said no".
"""

from __future__ import annotations


class DoorUnitError(Exception):
    """Base of every protocol error."""


class DoorUnitConnectionError(DoorUnitError):
    """The unit could not be reached or the link dropped."""


class ConnectionLost(DoorUnitConnectionError):
    """The link dropped while a message was outstanding."""


class DoorUnitTimeout(DoorUnitConnectionError):
    """The unit did not answer in time."""


class ProtocolError(DoorUnitError):
    """Malformed or unexpected data on the wire."""


class InvalidField(ProtocolError):
    """Bytes with the right layout carrying a value the protocol refuses (docs/protocol.md §4.1).

    A unit answers a request whose arguments raise it INVALID_ARGUMENT, and one that raises
    any other `ProtocolError` MALFORMED: a layout error is found before a value error.
    """


class FramingError(ProtocolError):
    """A fragment or message that violates the framing rules (docs/protocol.md §3)."""


class UnsupportedVersion(ProtocolError):
    """The unit speaks a protocol version this hub does not."""


class AuthenticationError(DoorUnitError):
    """The session handshake failed: keys do not match or a message was tampered with."""


class NotPairedError(DoorUnitError):
    """The unit does not know this hub (factory reset or pairing removed)."""


class PairingError(DoorUnitError):
    """Pairing was refused."""


class WrongSetupCode(PairingError):
    """The setup code did not match; `attempts_left` before the unit locks pairing out."""

    def __init__(self, attempts_left: int) -> None:
        """Remember how many attempts remain."""
        super().__init__(f"wrong setup code, {attempts_left} attempts left")
        self.attempts_left = attempts_left


class PairingLockedOut(PairingError):
    """Too many wrong codes: pairing is refused for `retry_after` seconds."""

    def __init__(self, retry_after: int) -> None:
        """Remember when pairing opens again."""
        super().__init__(f"pairing locked out for {retry_after} s")
        self.retry_after = retry_after


class NotInPairingMode(PairingError):
    """The unit's pairing window is closed (press its pairing button)."""


class AlreadyPaired(PairingError):
    """The unit already belongs to a hub; only a factory reset frees it."""


class CommandError(DoorUnitError):
    """The unit refused or failed a command; `status` is the wire status code."""

    def __init__(self, status: int, message: str | None = None) -> None:
        """Remember the status code the unit returned."""
        super().__init__(message or f"command failed with status 0x{status:02x}")
        self.status = status


class Forbidden(CommandError):
    """This controller's role does not allow the command."""


class UnitBusy(CommandError):
    """The unit is busy with another operation."""


class Jammed(CommandError):
    """The bolt did not reach its position."""


class Expired(CommandError):
    """UNLOCK/UNLATCH arrived outside the window after the handshake."""


class Unsupported(CommandError):
    """The unit does not support the command (e.g. UNLATCH without a latch motor)."""


class Conflict(CommandError):
    """A credential-database commit did not match the expected hash or transaction."""


class InvalidArgument(CommandError):
    """The unit understood the command but refused an argument (unknown key, bucket, role)."""


class NotFound(CommandError):
    """The command names something the unit does not have (CONTROLLER_REMOVE)."""
