"""Field validators the actions share: ids, door references, times, no PIN codes or tag ids.

A weekly schedule is written as a list of windows, each with weekdays and a start and an
end in the building's local time:

    schedule:
      - weekdays: [mon, tue, wed, thu, fri]
        start: "07:00"
        end: "17:00"
      - weekdays: [sat]
        start: "22:00"
        end: "02:00"     # overnight: Saturday 22:00 to Sunday 02:00

An end of "24:00" (or "00:00") is midnight at the end of the day. Leaving `schedule` out
means at any time of the week (the access model's `None`). The schema takes the field as
given; `service_schedule.read_schedule` checks it, so that each problem is a translated
sentence naming the window rather than a schema path.

No action takes a PIN code someone chose (`no_chosen_pin`): Home Assistant fires a
`call_service` event with every action's data once its schema accepted it, the recorder
keeps that event in its database and debug logging of `homeassistant.core` prints it. A
chosen PIN code goes to the websocket commands instead (`websocket_credentials.py`), which
the Digital Key panels call. A typed tag UID likewise (`no_typed_tag_uid`): a reader that
reads only the UID opens for anyone who has it, so the UID is as much a key as a PIN code.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final

from homeassistant.helpers import config_validation as cv
from homeassistant.util import dt as dt_util
import probatio as vol

from .access.contact import Language
from .access.model import Role
from .service_support import ATTR_CONFIG_ENTRY_ID, validation_error

CHOSEN_PIN_REFUSED: Final = (
    "PIN codes are chosen in the Digital Key panel, never in an action: Home Assistant "
    "records every action's data. {random}"
)
"""The refusal of a `pin` field (English only: the schema's message cannot be translated)."""
TYPED_TAG_REFUSED: Final = (
    "Tag ids are typed in the Digital Key panel, never in an action: Home Assistant "
    "records every action's data. To add a tag with an action, present it at a door's "
    "reader with learn_at_door."
)
"""The refusal of a `tag_uid` field (English only, as `CHOSEN_PIN_REFUSED`)."""
MAX_IDS: Final = 10_000
"""Most ids one call may list (a whole building's people at once)."""


def aware(value: Any) -> datetime:
    """A datetime; one without a time zone is read in Home Assistant's time zone.

    A time at the very edge of the calendar (year 1 east of UTC) has no UTC form: refused
    like any other bad time, not left to fail the action.
    """
    parsed = cv.datetime(value)
    try:
        return dt_util.as_utc(parsed)
    except OverflowError as err:
        raise vol.Invalid("out of range") from err


def id_list(value: Any) -> list[str]:
    """One id or a list of ids, each a non-empty string, without repeats."""
    ids = vol.Schema(vol.All(cv.ensure_list, [cv.string], vol.Length(max=MAX_IDS)))(value)
    return list(dict.fromkeys(item.strip() for item in ids if item.strip()))


def no_chosen_pin(random: str) -> dict[vol.Marker, Any]:
    """The schema entry that refuses a `pin` field; `random` says how to get a random code.

    The schema refuses it, so Home Assistant fires no `call_service` event with it (it
    prints refused data only in its debug log). `Secret` keeps the value out of any
    rendering of the refusal.
    """
    message = CHOSEN_PIN_REFUSED.format(random=random)
    return {vol.Forbidden(vol.Secret("pin"), msg=message): object}


def no_typed_tag_uid() -> dict[vol.Marker, Any]:
    """The schema entry that refuses a `tag_uid` field, for the reason of `no_chosen_pin`.

    A tag presented at the door (`learn_at_door`) never is action data: the hub reads its
    UID from the unit.
    """
    return {vol.Forbidden(vol.Secret("tag_uid"), msg=TYPED_TAG_REFUSED): object}


ENTRY: Final[dict[vol.Marker, Any]] = {vol.Optional(ATTR_CONFIG_ENTRY_ID): cv.string}
"""Every action's building field (the one loaded building when omitted)."""
TEXT: Final = vol.All(cv.string, vol.Length(max=200))
OPTIONAL_TEXT: Final = vol.Any(None, vol.All(cv.string, vol.Length(max=200)))
ROLE: Final = vol.In([role.value for role in Role])
LANGUAGE: Final = vol.In([language.value for language in Language])
SHARE_LIMIT: Final = vol.All(vol.Coerce(int), vol.Range(min=0, max=100))
GRANT_TERMS: Final[dict[vol.Marker, Any]] = {
    vol.Optional("doors", default=list): id_list,
    vol.Optional("bundle_ids", default=list): id_list,
    vol.Optional("valid_from"): aware,
    vol.Optional("valid_until"): aware,
    # Checked by `read_schedule` in the handler, so every problem is a translated sentence.
    vol.Optional("schedule"): object,
    vol.Optional("may_share"): cv.boolean,
    vol.Optional("share_limit"): SHARE_LIMIT,
}
"""The keys a grant gives and their terms, the same for the board's and a manager's grants."""
REVOKE_TARGETS: Final[dict[vol.Marker, Any]] = {
    vol.Optional("grant_ids", default=list): id_list,
    vol.Optional("person_ids", default=list): id_list,
    vol.Optional("doors", default=list): id_list,
    vol.Optional("bundle_ids", default=list): id_list,
}
"""Which keys to take: by id, or people × doors and bundles (see `require_revoke_target`)."""


def require_revoke_target(data: dict[str, Any]) -> None:
    """Refuse a revocation that names no key (ids, or people with doors or bundles).

    Checked in the handler rather than in the schema, so the refusal is a translated
    sentence and not a schema path.
    """
    if not data["grant_ids"] and not (data["person_ids"] and (data["doors"] or data["bundle_ids"])):
        raise validation_error("nothing_to_revoke")
