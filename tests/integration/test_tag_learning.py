"""The tag-learning follow-up on its own: which records wake it and what it answers.

Over the simulated radio `test_services_credentials.py` enrols tags end to end; here the
follow-up meets the cases a unit rarely produces on cue.
"""

from __future__ import annotations

import asyncio

import pytest

from custom_components.digitalkey.protocol.constants import DenyReason, LogEvent, LogSource
from custom_components.digitalkey.protocol.errors import ConnectionLost
from custom_components.digitalkey.protocol.records import LogRecord
from custom_components.digitalkey.tag_learning import TagLearner

UID = bytes.fromhex("04A23B1C")


def _denied(seq: int, source: LogSource = LogSource.TAG, reason: int = 1) -> LogRecord:
    return LogRecord(seq, 1_800_000_000, LogEvent.DENIED, source, 0, reason)


class Unit:
    """Answers TAG_LEARNED with `uid`, or fails with `error`; counts the requests."""

    def __init__(self, uid: bytes | None = UID, error: Exception | None = None) -> None:
        self.uid = uid
        self.error = error
        self.asked = 0

    async def tag_learned(self) -> bytes | None:
        self.asked += 1
        if self.error is not None:
            raise self.error
        return self.uid


async def test_only_an_unknown_tag_after_the_window_opened_wakes_it() -> None:
    learner = TagLearner(asyncio.get_running_loop().create_future())
    unit = Unit()
    assert await learner(unit, [_denied(5)]) is False  # type: ignore[arg-type]
    learner.after_seq = 5
    others = [
        _denied(5),
        _denied(6, LogSource.PIN),
        _denied(7, reason=DenyReason.DISABLED),
        LogRecord(8, 1_800_000_000, LogEvent.UNLOCKED, LogSource.TAG, 1 << 6, 0),
    ]
    assert await learner(unit, others) is False  # type: ignore[arg-type]
    assert unit.asked == 0
    assert await learner(unit, [_denied(9)]) is True  # type: ignore[arg-type]
    assert unit.asked == 1
    assert learner.result.result() == UID


async def test_a_failed_tag_learned_reaches_the_waiting_caller() -> None:
    learner = TagLearner(asyncio.get_running_loop().create_future())
    learner.after_seq = 0
    unit = Unit(error=ConnectionLost("link dropped"))
    assert await learner(unit, [_denied(1)]) is True  # type: ignore[arg-type]
    with pytest.raises(ConnectionLost):
        learner.result.result()
