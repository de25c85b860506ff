"""The access bench runs, on a small building, and reports what it says it measures."""

from __future__ import annotations

from .access import building, measure


def test_bench_figures() -> None:
    figures = {
        figure.name: figure for figure in measure(doors=20, people=200, runs=200, import_rows=1000)
    }
    assert figures["registry_people"].value == 200
    assert figures["registry_grants"].value == 200 * 5
    for name in ("registry_load_ms", "registry_save_ms"):
        assert figures[name].unit == "ms"
        assert figures[name].value > 0
    for name in ("open_decision_p50_us", "open_decision_p99_us", "open_decision_p50_small_us"):
        assert figures[name].unit == "us"
        assert figures[name].value > 0
    assert figures["open_decision_p99_us"].value >= figures["open_decision_p50_us"].value
    assert figures["registry_load_ms"].line().startswith("registry_load_ms ")
    assert figures["import_1k_rows_ms"].unit == "ms"
    assert figures["import_1k_rows_ms"].value > 0


def test_bench_building_is_consistent() -> None:
    registry = building(20, 50)
    assert registry.problems() == []
    assert len(registry.shares) == 25
