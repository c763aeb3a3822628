"""What formatting tables in the UI language costs: Babel per cell against the hand-written
rule it replaced, and a 514-row table (all kabupaten/kota, the biggest table a page shows)
through ``st.dataframe``'s marshalling with and without the pandas Styler.

    .venv/bin/python benchmarks/bench_presentation.py [--rows 514]

Prints medians of repeated runs. The Styler path is what ``web.tables.show_table`` sends: the
values (Arrow) plus every cell's display text (a second Arrow table).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import timeit
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def per_call_us(fn, number: int = 20000) -> float:
    return min(timeit.repeat(fn, number=number, repeat=3)) / number * 1e6


def median_ms(fn, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def frame(rows: int):
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(1)
    return pd.DataFrame({
        "rank": np.arange(1, rows + 1),
        "name": [f"Kabupaten Contoh {i}" for i in range(rows)],
        "province": [f"Provinsi {i % 38}" for i in range(rows)],
        "level": np.where(rng.random(rows) < 0.2, "kota", "kabupaten"),
        "ucj_pct": np.where(rng.random(rows) < 0.05, np.nan, rng.random(rows) * 80),
        "growth_pct": rng.normal(3, 10, rows),
        "active_participants": rng.integers(1_000, 2_000_000, rows).astype(float),
        "employed": rng.integers(10_000, 5_000_000, rows).astype(float),
        "gap_rp": rng.normal(0, 5e9, rows),
        "ucj_change_pts": rng.normal(0, 3, rows),
    })


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=514)
    args = parser.parse_args()

    from streamlit import dataframe_util
    from streamlit.elements.lib.pandas_styler_utils import marshall_styler
    from streamlit.proto.ArrowData_pb2 import ArrowData as ArrowProto

    from analytics import i18n
    from analytics.i18n import formats
    from analytics.presentation.tables import col, present

    i18n.set_language("id")
    print("per cell (Indonesian):")
    print(f"  babel number(1234567.891, 2)            {per_call_us(lambda: formats.number(1234567.891, 2)):6.1f} µs")
    print(f"  babel percent(29.84)                    {per_call_us(lambda: formats.percent(29.84)):6.1f} µs")
    print(f"  babel money(2842603000)                 {per_call_us(lambda: formats.money(2842603000)):6.1f} µs")
    print(f"  babel date(2021-11-15)                  {per_call_us(lambda: formats.date('2021-11-15'), 5000):6.1f} µs")
    hand = lambda: f"{1234567.891:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")  # noqa: E731
    print(f"  hand-written rule (old i18n.fmt_decimal) {per_call_us(hand):6.1f} µs")

    data = frame(args.rows)
    columns = [col("rank", "cov.col.rank", "count"), col("name", "cov.col.name"), col("province", "cov.col.province"),
               col("level", "bud.col.level", "code", vocab="level"), col("ucj_pct", "cov.col.ucj", "pct"),
               col("growth_pct", "cov.col.growth", "pct"),
               col("active_participants", "cov.col.active", "count"), col("employed", "cov.col.employed", "count"),
               col("gap_rp", "bud.col.gap_rp", "gap"), col("ucj_change_pts", "cov.col.ucj_change", "points")]
    cells = data.shape[0] * data.shape[1]

    def plain():
        proto = ArrowProto()
        proto.data = dataframe_util.convert_pandas_df_to_arrow_bytes(data)

    def styled():
        table = present(data, columns)
        proto = ArrowProto()
        marshall_styler(proto, table.styler(), "bench")
        proto.data = dataframe_util.convert_pandas_df_to_arrow_bytes(table.data)

    def present_only():
        present(data, columns)

    def as_text():
        present(data, columns).display()

    print(f"\n{args.rows}-row table, {data.shape[1]} columns ({cells} cells), what st.dataframe marshals:")
    print(f"  raw values (no formatting)              {median_ms(plain):7.1f} ms")
    print(f"  present(): labels for codes              {median_ms(present_only):7.1f} ms")
    print(f"  present() + Styler (values + texts)      {median_ms(styled):7.1f} ms")
    print(f"  present().display(): all cells as text   {median_ms(as_text):7.1f} ms")


if __name__ == "__main__":
    main()
