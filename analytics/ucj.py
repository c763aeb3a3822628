"""UCJ (Universal Coverage Jamsostek): rates per region and nationally, targets and bands.

UCJ = active participants of all segments / employed population (BPS Sakernas). The numbers
come from the ``ucj`` view (analytics/store.py); this module adds what a reader needs beside a
rate: the target for the year and the distance to it, and a band. A region without a
denominator has no rate and no band ("no data"), never 0 % or 100 %.

Bands are NOT an official classification: no public source gives UCJ thresholds. The defaults
in ``data/ucj_bands.csv`` are this project's own choice, and users may edit that file.

Public helpers other areas call (map, rankings, province brief):
``load_bands()``, ``band_of(pct, bands)``, ``annotate(frame, bands)``,
``region_ucj(query, codes, period)``, ``national_ucj(query, period)``.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analytics import config, i18n
from analytics.i18n.formats import is_missing
from analytics.presentation import colours
from analytics.queries import Query

BANDS_PATH = config.DATA_DIR / "ucj_bands.csv"
BAND_COLUMNS = ("band", "min_pct", "max_pct", "label_id", "label_en", "colour")
NO_DATA_COLOUR = colours.NO_DATA


class BandsError(ValueError):
    """The bands file is unusable; the message names the file, the row and the problem."""


@dataclass(frozen=True)
class Band:
    key: str
    min_pct: float  # inclusive
    max_pct: float  # exclusive; math.inf for the open top band
    label_id: str
    label_en: str
    colour: str

    def label(self) -> str:
        return self.label_id if i18n.language() == "id" else self.label_en

    def contains(self, pct: float) -> bool:
        return self.min_pct <= pct < self.max_pct


# --- bands ---------------------------------------------------------------------------------
def load_bands(path: Path | str | None = None) -> tuple[Band, ...]:
    """Bands from ``data/ucj_bands.csv`` (or ``path``), lowest first, checked to be contiguous."""
    path = Path(path) if path else BANDS_PATH
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise BandsError(f"{path}: cannot read the UCJ bands file ({exc.strerror})") from None
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    reader = csv.DictReader(lines)
    missing = [c for c in BAND_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise BandsError(f"{path}: missing column(s) {', '.join(missing)}; expected {', '.join(BAND_COLUMNS)}")
    bands: list[Band] = []
    for row_no, row in enumerate(reader, start=2):
        where = f"{path}, data row {row_no - 1} (band {row.get('band')!r})"
        try:
            low = float(row["min_pct"])
            high = math.inf if not (row["max_pct"] or "").strip() else float(row["max_pct"])
        except ValueError:
            raise BandsError(f"{where}: min_pct/max_pct must be numbers in percent, "
                             f"got {row['min_pct']!r} and {row['max_pct']!r}") from None
        if not (row["band"] or "").strip():
            raise BandsError(f"{where}: the band key is empty")
        if high <= low:
            raise BandsError(f"{where}: max_pct ({high:g}) must be greater than min_pct ({low:g})")
        bands.append(Band(row["band"].strip(), low, high, row["label_id"].strip(),
                          row["label_en"].strip(), (row["colour"] or NO_DATA_COLOUR).strip()))
    return validate_bands(bands, str(path))


def validate_bands(bands: Sequence[Band], where: str = "bands") -> tuple[Band, ...]:
    if not bands:
        raise BandsError(f"{where}: no bands defined")
    ordered = sorted(bands, key=lambda b: b.min_pct)
    if ordered[0].min_pct > 0:
        raise BandsError(f"{where}: the lowest band must start at 0 (starts at {ordered[0].min_pct:g})")
    keys = [b.key for b in ordered]
    if len(set(keys)) != len(keys):
        raise BandsError(f"{where}: band keys repeat: {', '.join(keys)}")
    for below, above in zip(ordered, ordered[1:]):
        if below.max_pct != above.min_pct:
            kind = "overlap" if below.max_pct > above.min_pct else "leave a gap"
            raise BandsError(f"{where}: bands {below.key!r} (to {below.max_pct:g}) and {above.key!r} "
                             f"(from {above.min_pct:g}) {kind}")
    if not math.isinf(ordered[-1].max_pct):
        raise BandsError(f"{where}: the top band {ordered[-1].key!r} must be open-ended (empty max_pct): "
                         "UCJ can exceed 100% when participants work in a region they do not live in")
    return tuple(ordered)


def band_of(pct: float | None, bands: Sequence[Band]) -> Band | None:
    """The band a UCJ rate (in percent) falls in; None for no rate ("no data", never a band)."""
    if pct is None:
        return None
    try:
        if pd.isna(pct):
            return None
    except (TypeError, ValueError):
        return None
    for band in bands:
        if band.contains(float(pct)):
            return band
    return None  # negative rates cannot come from the view; they get no band either


# --- frames ---------------------------------------------------------------------------------
def annotate(frame: pd.DataFrame, bands: Sequence[Band] | None = None,
             pct_col: str = "ucj_pct", target_col: str = "target_pct") -> pd.DataFrame:
    """Add band, band_label, band_colour and gap_pp (rate minus target, percentage points).

    Rows without a rate get band None, the "no data" label and colour, and gap None."""
    bands = bands if bands is not None else load_bands()
    out = frame.copy()
    found = [band_of(v, bands) for v in out[pct_col]] if len(out) else []
    out["band"] = pd.array([b.key if b else None for b in found], dtype="str")
    out["band_label"] = pd.array([b.label() if b else i18n.t("common.no_data") for b in found], dtype="str")
    out["band_colour"] = pd.array([b.colour if b else NO_DATA_COLOUR for b in found], dtype="str")
    if target_col in out.columns:
        out["gap_pp"] = (pd.to_numeric(out[pct_col], errors="coerce")
                         - pd.to_numeric(out[target_col], errors="coerce")).round(2)
    return out


def national_from_provinces(provinces: pd.DataFrame) -> dict:
    """National UCJ from a frame of province rows (active_participants, employed, edition):
    sum of numerators / sum of denominators over provinces that have both."""
    both = provinces[provinces["active_participants"].notna() & (provinces["employed"] > 0)]
    active = int(both["active_participants"].sum()) if len(both) else None
    employed = int(both["employed"].sum()) if len(both) else None
    return {
        "active_participants": active,
        "employed": employed,
        "ucj_pct": round(100.0 * active / employed, 2) if employed else None,
        "provinces_included": int(len(both)),
        "provinces_total": int(len(provinces)),
        "editions": "; ".join(sorted(set(both["edition"].dropna()))) if len(both) else None,
    }


# --- store-backed helpers ------------------------------------------------------------------
def _month(period) -> dt.date | None:
    if period is None:
        return None
    stamp = pd.Timestamp(period)
    if pd.isna(stamp):
        return None
    return dt.date(stamp.year, stamp.month, 1)


def region_ucj(query: Query, codes: Iterable[str] | None = None, period=None,
               bands: Sequence[Band] | None = None) -> pd.DataFrame:
    """UCJ of the given regions (all provinces when ``codes`` is None) for one month, or each
    region's latest month when ``period`` is None. One row per known region requested, with or
    without data (then NULL rate, "no data" band), with numerator, denominator, edition, target,
    gap to target (percentage points) and band."""
    codes = list(codes) if codes is not None else list(
        query("ucj_province_codes")["code"])
    frame = query("ucj_regions", {"codes": codes, "period": _month(period)})
    return annotate(frame, bands)


def kabkota_ucj(query: Query, province_code: str, period=None, bands: Sequence[Band] | None = None) -> pd.DataFrame:
    """UCJ of every kabupaten/kota of a province (see :func:`region_ucj`)."""
    codes = list(query("ucj_kabkota_codes", {"province": province_code})["code"])
    return region_ucj(query, codes, period, bands)


def national_series(query: Query) -> pd.DataFrame:
    """National UCJ per month with provinces included/total, editions, target and gap."""
    return annotate(query("ucj_national_series"))


def national_ucj(query: Query, period=None) -> dict | None:
    """National UCJ for one month (latest when None) as a dict; None when there is no such month."""
    series = national_series(query)
    if series.empty:
        return None
    month = _month(period)
    if month is not None:
        series = series[series["period"] == pd.Timestamp(month)]
        if series.empty:
            return None
    row = series.iloc[-1]
    return {k: (None if is_missing(v) else v) for k, v in row.to_dict().items()}


def numerator_source_text(source, reporting=None, total=None) -> str | None:
    """Where a numerator comes from, in the UI language; a province summed from its kabupaten/
    kota says how many of them reported ("jumlah kab/kota (12 dari 14)"), so a partial sum is
    not read as the whole province."""
    if not isinstance(source, str):
        return None
    text = i18n.t(f"numsrc.{source}")
    if source == "sum_of_kabupaten_kota" and not is_missing(reporting) and not is_missing(total):
        text += " " + i18n.t("numsrc.reporting", n=i18n.fmt_int(reporting), total=i18n.fmt_int(total))
    return text


def rate_note(ucj_pct, employed, edition, employment_year=None) -> str | None:
    """Why a UCJ reads above 100 %, said beside it: the denominator (employed residents of the
    region, from its Sakernas edition) against participants counted where they are registered,
    which for a capital counts commuters from around it. None for a rate of 100 % or less."""
    if is_missing(ucj_pct) or float(ucj_pct) <= 100 or is_missing(employed):
        return None
    from analytics.presentation.texts import data_text

    edition_text = data_text(edition) if isinstance(edition, str) and edition else (
        str(int(employment_year)) if not is_missing(employment_year) else "–")
    return i18n.t("ucj.over_100", employed=i18n.fmt_int(employed), edition=edition_text)


def rate_notes(frame: pd.DataFrame) -> pd.Series:
    """``rate_note`` for every row of a frame with ucj_pct, employed and edition (or employment_year)."""
    editions = frame["edition"] if "edition" in frame else pd.Series([None] * len(frame), index=frame.index)
    years = frame["employment_year"] if "employment_year" in frame else pd.Series([None] * len(frame), index=frame.index)
    return pd.Series([rate_note(u, e, ed, y) for u, e, ed, y in zip(frame["ucj_pct"], frame["employed"], editions, years)],
                     index=frame.index, dtype=object)


def targets(query: Query) -> pd.DataFrame:
    return query("ucj_targets")
