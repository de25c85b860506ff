"""The battery report bench runs and names its figure as the bench output promises."""

from __future__ import annotations

from .batteries import doors, measure


def test_bench_figure() -> None:
    figures = measure(count=4, readings=60, runs=1)
    assert set(figures) == {"battery_report_4_doors_ms"}
    assert all(value > 0 for value in figures.values())


def test_the_bench_histories_are_full() -> None:
    """Each reading differs from the one before by a level or 20 mV: every one is kept."""
    assert all(len(door.history.readings) == 500 for door in doors(2, 500))
