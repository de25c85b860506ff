"""The residents import bench runs and names its figures as the bench output promises."""

from __future__ import annotations

from .csv_import import measure


def test_bench_figures() -> None:
    figures = measure(rows=2000, runs=1)
    assert set(figures) == {"csv_parse_2k_rows_ms", "csv_parse_2k_rows_cp1252_ms"}
    assert all(value > 0 for value in figures.values())
