"""The event-log bench runs and prints figures in the `name value unit` form."""

from __future__ import annotations

import re

from .event_log import measure


def test_event_log_bench_figures() -> None:
    lines = measure(records=20_000)
    assert [line.split()[0] for line in lines] == ["event_append_per_s", "event_query_1m_ms"]
    for line in lines:
        assert re.fullmatch(r"[a-z_0-9]+ [0-9.]+ [a-z/]+", line), line
        assert float(line.split()[1]) > 0
