"""Present the tag now: the UID of the next unknown tag held to a door's reader.

An installer on a ladder enrols a fob by holding it to the reader instead of typing the
UID from a label. The hub opens the unit's learning window (TAG_LEARN, 60 s, protocol
§7.4); the unit handles the tag as usual, logs it DENIED (unknown credential) and keeps its
UID in RAM. The record moves the unit's change counter, the door's log read fetches it,
and in that same session (a `DoorLink` follow-up) the hub asks for the UID (TAG_LEARNED),
which also ends the window. The caller gets the UID as soon as it is read: the one who
presented the tag is waiting with the phone in hand.

- Only records written after the window opened count: the job that opens it reads the
  unit's log position first, so an unknown tag presented just before is not taken for
  the one presented for enrolment.
- One learning at a time per door: a second TAG_LEARN would replace the first window
  (the unit has one), so a second request is refused while one waits.
- The UID goes straight to the caller (it becomes a credential, sealed); it is never
  logged.
- Cancel (`async_cancel_tag_learning`: the installer gave up, or pressed Cancel in the
  panel) ends the wait at once: the waiting call is refused with `tag_learning_cancelled`,
  the follow-up is dropped, so a tag presented afterwards is never read, and the hub sends
  TAG_LEARNED, which ends the unit's window and makes it forget what it caught (§7.4);
  whatever it answers is thrown away. A UID read just before the Cancel is thrown away too:
  nothing is added once Cancel was pressed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
import logging
from typing import Final

from homeassistant.exceptions import HomeAssistantError

from .const import DOMAIN
from .door_link import DoorLink
from .errors import door_error
from .jobs import Priority
from .protocol.client import DoorUnitClient
from .protocol.constants import TAG_LEARN_MAX_S, DenyReason, Feature, LogEvent, LogSource
from .protocol.errors import DoorUnitError, Unsupported
from .protocol.records import LogRecord
from .service_support import validation_error

_LOGGER = logging.getLogger(__name__)

LEARN_WINDOW_S: Final = TAG_LEARN_MAX_S
"""How long the unit waits for the tag: the longest window the protocol allows (60 s)."""
LEARN_WAIT_S: Final = LEARN_WINDOW_S + 5.0
"""How long the hub waits for the UID: the window, and time for the unit's advertisement
and the log read that follow a tag presented in its last second."""


def _unknown_tag(record: LogRecord, after_seq: int) -> bool:
    return (
        record.seq > after_seq
        and record.event is LogEvent.DENIED
        and record.source is LogSource.TAG
        and record.detail == DenyReason.UNKNOWN_CREDENTIAL
    )


class TagLearner:
    """A door-link follow-up: after the unknown tag's record, read the UID it caught."""

    def __init__(self, result: asyncio.Future[bytes | None]) -> None:
        """`result` gets the UID (None: the unit kept none), or the unit's error."""
        self.result = result
        self.after_seq: int | None = None
        """The unit's last log record when the window opened (None: not open yet)."""
        self.cancelled = False
        """Cancel was pressed: whatever the unit caught is not the caller's."""
        self.remove: Callable[[], None] = lambda: None
        """Takes this follow-up off the door link."""

    async def __call__(self, client: DoorUnitClient, records: Sequence[LogRecord]) -> bool:
        """Whether learning is over: TAG_LEARNED was asked (it ends the unit's window)."""
        if self.cancelled:
            return True
        after = self.after_seq
        if after is None or not any(_unknown_tag(record, after) for record in records):
            return False
        try:
            uid = await client.tag_learned()
        except DoorUnitError as err:
            if not self.result.done():
                self.result.set_exception(err)
        else:
            if not self.result.done():
                self.result.set_result(uid)
        return True

    def cancel(self) -> None:
        """End the wait now; the caller is refused, and no UID read later is theirs."""
        self.cancelled = True
        self.remove()
        if not self.result.done():
            self.result.set_result(None)


async def async_learn_tag(link: DoorLink) -> bytes:
    """The UID of the first unknown tag presented at the door within `LEARN_WINDOW_S`.

    Refused when the door has no tag reader, is already waiting for a tag, cannot be
    reached, or no tag came in time (translated errors naming the door).
    """
    name = link.identity.name
    if not link.identity.features & Feature.TAG_READER:
        raise validation_error("tag_reader_missing", door=name)
    if any(isinstance(follow_up, TagLearner) for follow_up in link.follow_ups):
        raise validation_error("tag_learning_busy", door=name)
    learner = TagLearner(asyncio.get_running_loop().create_future())
    learner.remove = remove = link.async_add_follow_up(learner)

    async def open_window(client: DoorUnitClient) -> int:
        snapshot = await client.status(challenge=link.connection.fresh_challenge())
        await client.tag_learn(LEARN_WINDOW_S)
        return snapshot.log_last_seq

    try:
        try:
            learner.after_seq = await link.async_run(open_window, Priority.INTERACTIVE)
            async with asyncio.timeout(LEARN_WAIT_S):
                uid = await learner.result
        except Unsupported as err:  # the unit says so, whatever pairing recorded
            raise validation_error("tag_reader_missing", door=name) from err
        except DoorUnitError as err:
            raise door_error(name, err) from err
        except TimeoutError:
            raise HomeAssistantError(
                translation_domain=DOMAIN,
                translation_key="tag_not_presented",
                translation_placeholders={"door": name, "seconds": str(LEARN_WINDOW_S)},
            ) from None
    finally:
        remove()
    if learner.cancelled:
        raise HomeAssistantError(
            translation_domain=DOMAIN,
            translation_key="tag_learning_cancelled",
            translation_placeholders={"door": name},
        )
    if uid is None:
        # The window had ended before the read, or the tag's UID has a length the unit
        # does not keep (4, 7 or 10 bytes).
        raise HomeAssistantError(
            translation_domain=DOMAIN,
            translation_key="tag_not_read",
            translation_placeholders={"door": name},
        )
    return uid


def _learner(link: DoorLink) -> TagLearner | None:
    return next(
        (follow_up for follow_up in link.follow_ups if isinstance(follow_up, TagLearner)), None
    )


async def async_cancel_tag_learning(link: DoorLink) -> bool:
    """Stop waiting for a tag at this door; whether a learning was waiting.

    The hub forgets the wait first, then asks TAG_LEARNED to end the unit's window (and
    its caught UID, thrown away unread). A unit out of reach keeps its window until it
    ends by itself (at most `LEARN_WINDOW_S`), but nothing it catches is ever asked for:
    only a waiting learning asks, and the next TAG_LEARN opens a fresh window.
    """
    learner = _learner(link)
    if learner is None:
        return False
    learner.cancel()

    async def end_window(client: DoorUnitClient) -> None:
        await client.tag_learned()

    try:
        await link.async_run(end_window, Priority.INTERACTIVE)
    except DoorUnitError as err:
        _LOGGER.debug(
            "Door %s: its tag learning window could not be ended (%s); it ends by itself",
            link.identity.name,
            type(err).__name__,
        )
    return True
