"""Fuzz targets for the hub's and the unit's parsers, with a budget small enough for CI.

Inputs are mutations of valid frames recorded from a real exchange (`tests/bench/fuzz.py`,
which `scripts/bench fuzz` runs with a million inputs); Hypothesis chooses the frame and
the edits, and shrinks whatever escapes to a small example.
"""

from __future__ import annotations

import asyncio
import random

from hypothesis import HealthCheck, given, settings, strategies as st
import pytest

from tests.bench.fuzz import (
    HUB_TARGETS,
    UNIT_TARGETS,
    Corpus,
    PairedUnit,
    Target,
    UnitConnectionFuzzer,
    check,
    mutate,
    record,
)

BUDGET = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return asyncio.run(record()).corpus


def _mutated(corpus: Corpus, frame: int, seed: int) -> bytes:
    frames = corpus.frames
    return mutate(random.Random(seed), frames[frame % len(frames)])


@pytest.mark.parametrize("targets", [HUB_TARGETS, UNIT_TARGETS], ids=["hub", "unit"])
@BUDGET
@given(frame=st.integers(0, 10_000), seed=st.integers(0, 2**32), data=st.data())
def test_parsers_on_mutated_frames(
    corpus: Corpus, targets: dict[str, Target], frame: int, seed: int, data: st.DataObject
) -> None:
    """The hub's and the unit's parsers meet the same mutations, each side its own budget."""
    target = data.draw(st.sampled_from(sorted(targets)), label="target")
    mutated = _mutated(corpus, frame, seed)
    escaped = check(targets[target], mutated)
    assert escaped is None, f"{target}: {escaped!r} <- {mutated.hex()}"


async def _feed_unit(paired: PairedUnit, batch: list[bytes]) -> list[BaseException]:
    fuzzer = UnitConnectionFuzzer(paired)
    await fuzzer.feed(batch)
    await fuzzer.close()
    return fuzzer.escaped


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    picks=st.lists(
        st.tuples(st.integers(0, 10_000), st.integers(0, 2**32), st.binary(max_size=64)),
        min_size=1,
        max_size=30,
    )
)
def test_unit_connection_survives_mutated_and_random_frames(
    picks: list[tuple[int, int, bytes]],
) -> None:
    async def scenario() -> list[BaseException]:
        paired = await record()
        frames = paired.corpus.frames
        batch = [
            noise if seed % 3 == 0 else mutate(random.Random(seed), frames[frame % len(frames)])
            for frame, seed, noise in picks
        ]
        return await _feed_unit(paired, batch)

    escaped = asyncio.run(scenario())
    assert not escaped, escaped
