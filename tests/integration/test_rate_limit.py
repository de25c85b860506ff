"""The guest page's sliding-window limit against an oracle that keeps every event."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st
import pytest

from custom_components.digitalkey.rate_limit import SlidingWindow

KEYS = ("10.0.0.1", "10.0.0.2", "2001:db8::/64")
steps = st.lists(
    st.tuples(st.sampled_from(KEYS), st.floats(0, 30, allow_nan=False), st.booleans()),
    max_size=60,
)


PROPERTY = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@PROPERTY
@given(st.integers(1, 5), st.sampled_from([1.0, 3.0, 60.0]), steps)
def test_the_limit_is_exactly_the_count_of_events_in_the_window(
    limit: int, window: float, drawn: list[tuple[str, float, bool]]
) -> None:
    limiter = SlidingWindow(limit, window)
    hits: dict[str, list[float]] = {key: [] for key in KEYS}
    now = 0.0
    for key, step, hit in drawn:
        now += step
        recent = [at for at in hits[key] if at > now - window]
        assert limiter.spent(key, now) == (len(recent) >= limit)
        expected_wait = 0.0 if len(recent) < limit else recent[-limit] + window - now
        assert limiter.retry_after(key, now) == pytest.approx(expected_wait)
        if hit:
            limiter.hit(key, now)
            hits[key].append(now)
    assert len(limiter) <= len(KEYS)


def test_memory_is_bounded_and_the_longest_silent_go_first() -> None:
    limiter = SlidingWindow(1, 60.0, max_keys=3)
    for number in range(3):
        limiter.hit(f"a{number}", float(number))
    limiter.hit("a0", 3.0)  # heard again: now the most recent
    limiter.hit("b", 4.0)
    assert len(limiter) == 3
    assert limiter.spent("a0", 4.0)
    assert not limiter.spent("a1", 4.0), "heard longest ago, forgotten first"
    assert limiter.spent("b", 4.0)
    limiter.hit("c", 100.0)  # every other key has left its window
    assert len(limiter) == 1


def test_a_limit_needs_a_positive_size_and_window() -> None:
    for limit, window in ((0, 1.0), (1, 0.0), (-1, -1.0)):
        with pytest.raises(ValueError):
            SlidingWindow(limit, window)
