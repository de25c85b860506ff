"""The one error the access model raises, with a stable code for translations.

Every refusal of an operation is an `AccessError` whose `code` is a stable, snake_case
string (an `ErrorCode` member) that the Home Assistant layer uses as a translation key, and
whose `placeholders` fill that translation. Placeholders carry ids, field names, numbers and
the caller's own input only, never another person's name, phone or e-mail: an error shown
to a resident must not tell them who else holds a key. A PIN or tag UID is never a
placeholder, not even the caller's own: errors end up in logs.

An operation that raises has changed nothing (see `registry.Registry`).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum


class ErrorCode(StrEnum):
    """Why an operation was refused; the value is the translation key."""

    INVALID_DATA = "invalid_data"
    """Stored data that does not load (corrupt, or written by an unknown layout)."""
    SCHEMA_TOO_NEW = "schema_too_new"
    INVALID_FIELD = "invalid_field"
    """A field's value is out of range or malformed (`field`, and `value` for own input)."""
    INVALID_PHONE = "invalid_phone"
    INVALID_EMAIL = "invalid_email"
    INVALID_TIME = "invalid_time"
    """A datetime without a time zone (the model only keeps aware UTC times)."""
    INVALID_WINDOW = "invalid_window"
    """A validity window whose end is not after its start, or a malformed weekly window."""
    UNKNOWN_PERSON = "unknown_person"
    UNKNOWN_DOOR = "unknown_door"
    UNKNOWN_BUNDLE = "unknown_bundle"
    UNKNOWN_GRANT = "unknown_grant"
    UNKNOWN_SHARE = "unknown_share"
    DOOR_EXISTS = "door_exists"
    HA_USER_ALREADY_LINKED = "ha_user_already_linked"
    """The Home Assistant user is linked to another person (who is not named)."""
    BUNDLE_IN_USE = "bundle_in_use"
    NOTHING_TO_GRANT = "nothing_to_grant"
    REASON_REQUIRED = "reason_required"
    NO_KEY = "no_key"
    """The person holds no key to that door (so has nothing to share)."""
    SHARING_NOT_ALLOWED = "sharing_not_allowed"
    SHARE_LIMIT_REACHED = "share_limit_reached"
    SHARE_OUTSIDE_GRANT = "share_outside_grant"
    """The share's window has nothing in common with the key it comes from."""
    SHARE_TO_SELF = "share_to_self"
    SHARE_NOT_ACTIVE = "share_not_active"
    INVALID_SHARE_TARGET = "invalid_share_target"
    INVALID_PIN = "invalid_pin"
    """Not 4 to 8 digits (the PIN itself is never a placeholder)."""
    PIN_TOO_SHORT = "pin_too_short"
    """Fewer digits than the building's minimum (`min_length`)."""
    TRIVIAL_PIN = "trivial_pin"
    """A repeated digit, a run, a repeated pair, a year or one of the most common PINs."""
    PIN_IN_USE = "pin_in_use"
    """Another credential of the building has that PIN (blocked ones included); who is not said."""
    INVALID_TAG = "invalid_tag"
    """Not 4, 7 or 10 bytes of hex, or all 00 / all FF."""
    TAG_IN_USE = "tag_in_use"
    """The tag belongs to another credential of the building; whose is not said."""
    UNKNOWN_CREDENTIAL = "unknown_credential"
    CREDENTIAL_HOLDER = "credential_holder"
    """A credential needs exactly one holder: a person, or (PINs only) a PIN share."""
    SHARE_HAS_CREDENTIAL = "share_has_credential"
    """A PIN share has its one PIN already."""
    UNKNOWN_ORGANISATION = "unknown_organisation"
    IN_OTHER_ORGANISATION = "in_other_organisation"
    """The person (`person_id`) is staff of another organisation; remove them there first."""
    NOT_A_MANAGER = "not_a_manager"
    """The caller's person manages no organisation."""
    NOT_STAFF = "not_staff"
    """The person (`person_id`) is not staff of the manager's organisation."""
    DOOR_NOT_HELD = "door_not_held"
    """The manager's organisation was not given that door (`door_id`)."""
    BUNDLE_NOT_HELD = "bundle_not_held"
    """The manager's organisation was not given that key bundle (`bundle_id`)."""
    OUTSIDE_ORGANISATION_WINDOW = "outside_organisation_window"
    """A staff key would have no time left inside the organisation's validity."""
    OUTSIDE_ORGANISATION_HOURS = "outside_organisation_hours"
    """A staff key's weekly hours have no minute in common with the organisation's."""
    STAFF_SHARING_NOT_ALLOWED = "staff_sharing_not_allowed"
    """The board lets the organisation's keys not be shared."""
    STAFF_SHARE_LIMIT = "staff_share_limit"
    """A staff key's share limit above the organisation's (`limit`)."""


class AccessError(Exception):
    """An operation of the access model was refused.

    `str(error)` is an English developer message for logs; users see the translation of
    `code` with `placeholders`.
    """

    def __init__(self, code: ErrorCode, /, **placeholders: str | int) -> None:
        """Keep the code and its placeholders (numbers are turned into text)."""
        self.code: ErrorCode = code
        self.placeholders: Mapping[str, str] = {
            key: str(value) for key, value in placeholders.items()
        }
        detail = ", ".join(f"{key}={value}" for key, value in self.placeholders.items())
        super().__init__(f"{code.value}: {detail}" if detail else code.value)
