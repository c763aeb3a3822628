"""Time the reading layer on a 100,000-row coverage file, as CSV and as XLSX.

Prints seconds per step (read, header detection, mapping, parsing one numeric column) and the
peak memory of the process. Run: .venv/bin/python benchmarks/bench_tabular.py [rows]
"""

from __future__ import annotations

import io
import resource
import sys
import time
from pathlib import Path

import xlsxwriter

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analytics.ingest import tabular  # noqa: E402

SYNONYMS = {
    "region": ["kabupaten/kota"],
    "period": ["periode"],
    "segment": ["segmen"],
    "active_participants": ["jumlah peserta aktif"],
    "target_workers": ["jumlah pegawai non asn"],
}
HEADER = ["No.", "Kabupaten/Kota", "Periode", "Segmen", "Jumlah Pegawai Non ASN", "Jumlah Peserta Aktif"]


def _rows(n: int):
    for i in range(n):
        yield [i + 1, f"Kabupaten {i % 514}", f"{2015 + i // 6168}-{i % 12 + 1:02d}", "PU",
               i * 7 % 100000 + 1000, i * 5 % 90000 + 500]


def make_csv(n: int) -> bytes:
    out = io.StringIO()
    out.write("\ufeffDATA KEPESERTAAN;;;;;\nPer Oktober 2021;;;;;\n;;;;;\n" + ";".join(HEADER) + "\n")
    for r in _rows(n):
        out.write(";".join([str(r[0]), r[1], r[2], r[3], f"{r[4]:,}".replace(",", "."),
                            f"{r[5]:,}".replace(",", ".")]) + "\n")
    out.write(";JUMLAH;;;;\n")
    return out.getvalue().encode("utf-8")


def make_xlsx(n: int) -> bytes:
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"constant_memory": True, "in_memory": True})
    sheet = book.add_worksheet("Data")
    sheet.write(0, 0, "DATA KEPESERTAAN")
    sheet.write_row(2, 0, HEADER)
    for i, r in enumerate(_rows(n)):
        sheet.write_row(3 + i, 0, r)
    sheet.write(3 + n, 1, "JUMLAH")
    sheet.write_formula(3 + n, 5, f"=SUM(F4:F{3 + n})")
    book.close()
    return buf.getvalue()


def run(label: str, data: bytes) -> None:
    t0 = time.perf_counter()
    raw = tabular.read_table(data, f"bench.{label}")
    t1 = time.perf_counter()
    guess = tabular.detect_header(raw, SYNONYMS)
    t2 = time.perf_counter()
    table = tabular.apply_mapping(raw, guess, guess.mapping)
    t3 = time.perf_counter()
    parsed = [tabular.parse_int_id(v) for v in table.frame["active_participants"]]
    t4 = time.perf_counter()
    errors = sum(1 for _, e in parsed if e)
    print(f"{label}: {len(data) / 1e6:.1f} MB, {len(table.frame)} data rows, totals {table.total_rows}, "
          f"{errors} parse errors")
    print(f"  read {t1 - t0:.2f} s | header {t2 - t1:.3f} s | mapping {t3 - t2:.2f} s | "
          f"parse one int column {t4 - t3:.2f} s | total {t4 - t0:.2f} s")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    run("csv", make_csv(n))
    run("xlsx", make_xlsx(n))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
