"""Input checks the registry's operations share: text fields, enums, times, "leave as is".

Each raises `AccessError(INVALID_FIELD)` (or `INVALID_TIME`) naming the field, so a refused
operation tells the caller which input to fix.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum, StrEnum, auto
from typing import Final, Literal

from .errors import AccessError, ErrorCode
from .model import utc

MAX_TEXT: Final = 200
"""Longest name, address, label or reason accepted."""


class _Unset(Enum):
    UNSET = auto()


UNSET: Final = _Unset.UNSET
"""Default of update arguments: leave the field as it is (`None` clears it)."""
type Maybe[T] = T | Literal[_Unset.UNSET]


def required_text(value: str, name: str, *, required: bool = True) -> str:
    """`value` without surrounding spaces; refused when empty (if required) or too long."""
    text = value.strip()
    if (required and not text) or len(text) > MAX_TEXT:
        raise AccessError(ErrorCode.INVALID_FIELD, field=name)
    return text


def optional_text(value: str | None, name: str) -> str | None:
    """`value` stripped, with blank text read as not given (`None`)."""
    if value is None:
        return None
    return required_text(value, name, required=False) or None


def enum_member[E: StrEnum](enum: type[E], value: E | str, name: str) -> E:
    """`value` as a member of `enum`, or `AccessError(INVALID_FIELD)`."""
    try:
        return enum(value)
    except ValueError:
        raise AccessError(
            ErrorCode.INVALID_FIELD, field=name, value=str(value)[:MAX_TEXT]
        ) from None


def optional_utc(value: datetime | None, name: str) -> datetime | None:
    """`value` in UTC when given; a naive datetime is refused."""
    return None if value is None else utc(value, name)
