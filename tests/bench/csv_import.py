"""Figures of the residents import (`scripts/bench csv`).

`csv_parse_10k_rows_ms`: reading a 10,000-row export (Norwegian headers, semicolons, BOM,
every row valid, phone numbers in mixed formats) into checked rows, the median of a few
runs, wall-clock on this machine. `csv_parse_10k_rows_cp1252_ms` is the same file saved as
Windows-1252, which adds the encoding detection. Applying the rows to the registry is not
part of either.
"""

from __future__ import annotations

import random
import statistics
import time

from custom_components.digitalkey.access.csv_import import read_residents
from tests.access.residents_csv import Dialect, building, write_table

ROWS = 10_000


def measure(rows: int = ROWS, runs: int = 5) -> dict[str, float]:
    """Median milliseconds to read `rows` rows, by encoding."""
    people = building(rows, random.Random(1))[:rows]
    figures: dict[str, float] = {}
    for name, encoding in (("", "utf-8-sig"), ("_cp1252", "cp1252")):
        table = write_table(people, Dialect(encoding=encoding))
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            result = read_residents(table.data)
            times.append((time.perf_counter() - start) * 1000)
            assert len(result.rows) == rows, "the bench file must read whole"
        figures[f"csv_parse_{rows // 1000}k_rows{name}_ms"] = statistics.median(times)
    return figures


def main() -> None:
    """Print `name value unit` lines."""
    for name, value in measure().items():
        print(f"{name} {value:.1f} ms")


if __name__ == "__main__":
    main()
