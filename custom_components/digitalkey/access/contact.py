"""How a person is reached: phone, e-mail and language, checked and written one way.

People are searched by phone and may be notified by SMS or e-mail, so both are stored in a
single normal form: phones in E.164 (`+4791234567`), e-mail with its domain in lower case.

- Phones are parsed with `phonenumbers` (Google's libphonenumber data). A number written
  without a country code ("912 34 567", "0612345678") is read in the building's country
  (`Country`: Norway, Denmark or the Netherlands); one with `+` or the `00` international
  prefix is read as written. Only numbers that are valid for their country are accepted.
- E-mail addresses get a syntax check only, on purpose: no DNS or mailbox lookup (the
  model does no I/O, and a missing MX record says little). Accepted: one `@`; a local
  part of 1-64 characters without spaces, control characters, backslash or
  `@ " ( ) , : ; < > [ ]`, not starting or ending with a dot and without two dots in a
  row; a domain of at least two dot-separated labels of letters (any script), digits and
  inner hyphens, the last label at least two characters; 254 characters in all.
  Surrounding spaces are dropped.
"""

from __future__ import annotations

from enum import StrEnum
import re
from typing import Final

import phonenumbers

from .errors import AccessError, ErrorCode


class Country(StrEnum):
    """Countries of the housing companies served; the value is the phone region code."""

    NORWAY = "NO"
    DENMARK = "DK"
    NETHERLANDS = "NL"


class Language(StrEnum):
    """Languages a person can be written to in (and the integration is translated into)."""

    ENGLISH = "en"
    NORWEGIAN = "nb"
    DANISH = "da"
    DUTCH = "nl"


_MAX_PHONE_INPUT: Final = 40
_MAX_EMAIL: Final = 254
_LOCAL_PART: Final = re.compile(r"[^\s@\"(),:;<>\[\\\]\x00-\x1f\x7f]{1,64}")
_DOMAIN_LABEL: Final = re.compile(r"[^\W_](?:(?:[^\W_]|-)*[^\W_])?")
"""A letter or digit (any script, no underscore), then letters, digits or hyphens, not
ending in a hyphen."""


def normalise_phone(raw: str, region: Country | str) -> str:
    """`raw` in E.164, reading a number without country code as one of `region`.

    `region` is a `Country` or its code (`"NO"`, `"DK"`, `"NL"`). Raises
    `AccessError(INVALID_PHONE)` for anything that is not a valid number.
    """
    try:
        country = Country(region)
    except ValueError:
        raise AccessError(ErrorCode.INVALID_FIELD, field="region") from None
    text = raw.strip()
    if not text or len(text) > _MAX_PHONE_INPUT:
        raise AccessError(ErrorCode.INVALID_PHONE, value=text[:_MAX_PHONE_INPUT])
    try:
        number = phonenumbers.parse(text, country.value)
    except phonenumbers.NumberParseException:
        raise AccessError(ErrorCode.INVALID_PHONE, value=text) from None
    if not phonenumbers.is_valid_number(number):
        raise AccessError(ErrorCode.INVALID_PHONE, value=text)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_email(raw: str) -> str:
    """`raw` without surrounding spaces and with a lower-case domain, if its syntax is sound.

    Raises `AccessError(INVALID_EMAIL)` otherwise. See the module docstring for the rule.
    """
    text = raw.strip()
    local, at, domain = text.rpartition("@")
    if (
        not at
        or len(text) > _MAX_EMAIL
        or not _LOCAL_PART.fullmatch(local)
        or local.startswith(".")
        or local.endswith(".")
        or ".." in local
    ):
        raise AccessError(ErrorCode.INVALID_EMAIL, value=text[:_MAX_EMAIL])
    labels = domain.split(".")
    if (
        len(labels) < 2
        or len(labels[-1]) < 2
        or not all(_DOMAIN_LABEL.fullmatch(label) and len(label) <= 63 for label in labels)
    ):
        raise AccessError(ErrorCode.INVALID_EMAIL, value=text[:_MAX_EMAIL])
    return f"{local}@{domain.lower()}"
