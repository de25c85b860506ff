"""The credential bench runs and its figures meet the aims of the sync design (§8.3)."""

from __future__ import annotations

from custom_components.digitalkey.protocol.credential_sync import WRITE_BUDGET

from .credentials import measure


async def test_bench_figures() -> None:
    figures = {figure.name: figure for figure in await measure()}
    assert list(figures) == [
        "full_sync_2500_att_bytes",
        "full_sync_2500_round_trips",
        "full_sync_2500_ms",
        "delta_sync_1_change_att_bytes",
        "delta_sync_1_change_round_trips",
        "derive_2500_ms",
    ]
    full_bytes = figures["full_sync_2500_att_bytes"].value
    # 2,500 records of 32 bytes cannot travel in less than 80 KB.
    assert full_bytes > 2500 * 32
    # One change costs under 5 % of a full sync's bytes.
    assert figures["delta_sync_1_change_att_bytes"].value < 0.05 * full_bytes
    # A full sync's round trips stay close to its bytes over the 4 KB window.
    windows = full_bytes / WRITE_BUDGET
    assert windows <= figures["full_sync_2500_round_trips"].value <= 1.5 * windows
    assert figures["delta_sync_1_change_round_trips"].value <= 5
    for timed in ("full_sync_2500_ms", "derive_2500_ms"):
        assert figures[timed].unit == "ms"
        assert figures[timed].value > 0
