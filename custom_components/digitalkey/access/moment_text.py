"""A moment as a person reads it: "Wednesday 2 December, 07:00", "tomorrow, 07:00".

For a guest who opens a link on a phone at the door: no ISO dates, the weekday (what a
guest plans by), the day and the month's name, the year only when it is not this year,
and "today" or "tomorrow" where those say it sooner. Each language writes it as its
readers do: Norwegian `onsdag 2. desember kl. 07.00`, Danish `onsdag den 2. december kl.
07.00`, Dutch `woensdag 2 december om 07:00`. Weekday names and clock times are the ones
`schedules.describe` writes, so the page's hours line and its dates read alike.

The same form serves every sentence a person reads: the guest page, the reasons and
refusals an answer gives, the messages the board and a share's maker are sent. A message
is read later than it is written, so it leaves "today" and "tomorrow" out
(`relative=False`) and names the day, which stays true.

The moment is written on the building's clock (its time zone, `Registry.settings.tz`):
the guest uses the key at the building. Which zone that is is said once on the page
(`zone_name`), not after every time.

A table here and not a library: Home Assistant ships no CLDR data (no `babel`), and the C
library's locales are missing from most containers, where `strftime("%A")` is English.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from .contact import Language
from .schedules import clock_in, day_name

_MONTHS: Final[dict[Language, tuple[str, ...]]] = {
    Language.ENGLISH: (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    Language.NORWEGIAN: (
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ),
    Language.DANISH: (
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ),
    Language.DUTCH: (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
}


_TODAY: Final = {
    Language.ENGLISH: "today, {time}",
    Language.NORWEGIAN: "i dag kl. {time}",
    Language.DANISH: "i dag kl. {time}",
    Language.DUTCH: "vandaag om {time}",
}
_TOMORROW: Final = {
    Language.ENGLISH: "tomorrow, {time}",
    Language.NORWEGIAN: "i morgen kl. {time}",
    Language.DANISH: "i morgen kl. {time}",
    Language.DUTCH: "morgen om {time}",
}
_DAY: Final = {
    Language.ENGLISH: "{weekday} {day} {month}, {time}",
    Language.NORWEGIAN: "{weekday} {day}. {month} kl. {time}",
    Language.DANISH: "{weekday} den {day}. {month} kl. {time}",
    Language.DUTCH: "{weekday} {day} {month} om {time}",
}
_DAY_OF_YEAR: Final = {
    Language.ENGLISH: "{weekday} {day} {month} {year}, {time}",
    Language.NORWEGIAN: "{weekday} {day}. {month} {year} kl. {time}",
    Language.DANISH: "{weekday} den {day}. {month} {year} kl. {time}",
    Language.DUTCH: "{weekday} {day} {month} {year} om {time}",
}


def moment_text(
    value: datetime, now: datetime, tz: ZoneInfo, language: Language, *, relative: bool = True
) -> str:
    """`value` on the clocks of zone `tz`, as read on `now`'s day there.

    "today" and "tomorrow" are days on those clocks too, not 24-hour spans; without
    `relative` the day is named even then (a message may be read another day).
    """
    local = value.astimezone(tz)
    today = now.astimezone(tz).date()
    time = clock_in(local.hour * 60 + local.minute, language)
    if relative and local.date() == today:
        return _TODAY[language].format(time=time)
    if relative and local.date() == today + timedelta(days=1):
        return _TOMORROW[language].format(time=time)
    form = _DAY if local.year == today.year else _DAY_OF_YEAR
    return form[language].format(
        weekday=day_name(local.weekday(), language),
        day=local.day,
        month=_MONTHS[language][local.month - 1],
        year=local.year,
        time=time,
    )


def zone_name(tz: ZoneInfo) -> str:
    """The zone as a reader recognises it: `Europe/Oslo`, `America/New York`, `UTC`."""
    return str(tz.key).replace("_", " ")
