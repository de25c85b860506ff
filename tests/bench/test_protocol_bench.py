"""The protocol bench runs and reports the round trips the design promises."""

from __future__ import annotations

from .protocol import measure


async def test_bench_figures() -> None:
    figures = {figure.name: figure for figure in await measure(runs=3)}
    assert figures["pairing_round_trips"].value == 2
    assert figures["unlock_round_trips_cold"].value == 1
    assert figures["unlock_round_trips_cold_no_challenge"].value == 2
    assert figures["unlock_round_trips_warm"].value == 1
    assert 0 < figures["unlock_att_bytes"].value < figures["unlock_att_bytes_mtu23"].value
    assert figures["advert_resolve_us"].unit == "us"
    assert figures["advert_resolve_us"].value > 0
    for name in (
        "unlock_cold_median_ms",
        "unlock_cold_no_challenge_median_ms",
        "unlock_warm_median_ms",
    ):
        assert figures[name].unit == "ms"
        assert figures[name].line().startswith(name + " ")
