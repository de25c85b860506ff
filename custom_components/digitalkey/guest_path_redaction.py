"""The guest page's token cut out of the log lines Home Assistant writes for every request.

A guest link's path is its token (`/api/digitalkey/share/<token>`), and whoever holds it
opens the door. Home Assistant writes the path of every request to a view at DEBUG
(`homeassistant.helpers.http`: "Serving <path> to <address>"), and aiohttp's access log
writes the request line at INFO (Home Assistant sets that logger to WARNING, which a
`logger:` setting can undo). A debug log is what people paste into a bug report, so
either would hand a live link to anyone who reads it.

`async_redact_guest_paths` puts a filter on those two loggers that replaces each guest
path in a record (its message, its arguments and the extra fields the access log adds) by
`/api/digitalkey/share/redacted`, the path the IP-ban warning of a wrong token names
too. The records still say that the guest page was served, to whom and how it answered.
The filter is added once per process; loggers are shared by every Home Assistant in it.
"""

from __future__ import annotations

import logging
import re
from typing import Final

from homeassistant.core import callback

GUEST_PATH_PREFIX: Final = "/api/digitalkey/share/"
REDACTED_PATH: Final = f"{GUEST_PATH_PREFIX}redacted"
_GUEST_PATH: Final = re.compile(re.escape(GUEST_PATH_PREFIX) + r"[^\s\"'?#/]+")
LOGGERS: Final = ("homeassistant.helpers.http", "aiohttp.access")
"""Loggers that write a request's path: Home Assistant's view handler and aiohttp's."""


def redact(text: str) -> str:
    """`text` with every guest path's token replaced by `redacted`."""
    return _GUEST_PATH.sub(REDACTED_PATH, text)


def _redacted(value: object) -> object:
    if isinstance(value, str) and GUEST_PATH_PREFIX in value:
        return redact(value)
    return value


class GuestPathFilter(logging.Filter):
    """Rewrites a record's guest paths; lets every record through."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact the message, its arguments and the record's extra text fields."""
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(_redacted(arg) for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {key: _redacted(arg) for key, arg in record.args.items()}
        for name, value in list(vars(record).items()):
            if name not in ("msg", "args") and isinstance(value, str):
                setattr(record, name, _redacted(value))
        return True


@callback
def async_redact_guest_paths() -> None:
    """Filter the request loggers (once: a second call adds nothing)."""
    for name in LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(existing, GuestPathFilter) for existing in logger.filters):
            logger.addFilter(GuestPathFilter())
