"""How often a resident may hear that a PIN code is taken: three times an hour.

PIN codes are unique in the building, so "that PIN code is already in use" tells whoever
chose it that some door opens with it. Without a limit a resident could try codes until
the refusal names one that works for a neighbour. A non-admin user refused `pin_in_use`
three times within an hour is refused `too_many_pin_tries` until the oldest of those
refusals is an hour old, before their code is even looked at. Only that refusal counts: a
code that is too short or too easy says nothing about anyone else's. Administrators (and
automations) are not limited: they see every credential anyway.

The count is per Home Assistant user, in memory (a restart forgets it, which a resident
cannot cause), on the building's monotonic clock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from homeassistant.exceptions import ServiceValidationError

from .access.errors import AccessError, ErrorCode
from .access.registry import Change, Registry
from .const import DOMAIN
from .rate_limit import SlidingWindow

PIN_IN_USE_PER_HOUR: Final = 3
HOUR_S: Final = 3600.0


def new_pin_tries() -> SlidingWindow:
    """A building's count of `pin_in_use` refusals per user."""
    return SlidingWindow(PIN_IN_USE_PER_HOUR, HOUR_S)


def limit_pin_tries(
    tries: SlidingWindow,
    user_id: str | None,
    now: float,
    operation: Callable[[Registry], Change],
) -> Callable[[Registry], Change]:
    """`operation`, refused once `user_id` spent their tries, and counting a `pin_in_use`.

    `user_id` None (an administrator or an automation) is not limited. The check and the
    count run inside the operation, under the registry's lock, so calls made at once
    cannot slip past the limit together.
    """
    if user_id is None:
        return operation

    def limited(registry: Registry) -> Change:
        if tries.spent(user_id, now):
            raise ServiceValidationError(
                translation_domain=DOMAIN,
                translation_key="too_many_pin_tries",
                translation_placeholders={
                    "minutes": str(max(1, round(tries.retry_after(user_id, now) / 60)))
                },
            )
        try:
            return operation(registry)
        except AccessError as err:
            if err.code is ErrorCode.PIN_IN_USE:
                tries.hit(user_id, now)
            raise

    return limited
