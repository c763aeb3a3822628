"""Regulation status on any day: which kabupaten/kota had issued their regulation by then.

The rule (README, "regulation" view): a record is ISSUED AS OF D when its status is issued or
revoked, its effective date is on or before D, and it was not revoked on or before D. The
effective date is the date of issue (penetapan); a record known only from a report ("Perbup
Katingan existed by 15 Nov 2021") counts from that ``known_by`` date; one known only by its year
counts from 31 December of that year (the store computes ``effective_date`` so).

What counts for a kabupaten/kota (Inpres 2/2021 asks bupati and wali kota for their own act):
a Perda of the region, a Perbup for a kabupaten, a Perwali for a kota. A province's Pergub or
Instruksi Gubernur is listed apart and never counts for a kabupaten; Instruksi Bupati/Wali Kota,
Surat Edaran and Keputusan are shown beside a region but are not a regulation.

"No data" (nothing recorded for the province in any status, and no curated snapshot) is kept
apart from "none issued" (records exist, none in force by D): no data is never shown as 0.

Everything here is a pure function of frames from the queries in ``regulations.sql``; the
``load_*`` helpers at the end fetch those frames from a store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import numpy as np
import pandas as pd

from analytics.ingest.datasets import INSTRUMENT_LEVELS
from analytics.i18n import fmt_date, t
from analytics.i18n.formats import is_missing
from analytics.queries import Query

# Instruksi Presiden No. 2 Tahun 2021 came into force on this day: timelines start here.
INPRES_IN_FORCE = dt.date(2021, 3, 25)
ISSUED_STATUSES = ("issued", "revoked")
STATUSES = ("issued", "revoked", "facilitation", "draft")
# what status_on can say about a record shown on a date (not_yet records are not shown)
STATUSES_ON = (*STATUSES, "undated")
# The region's own regulation, by level: what completeness counts.
COUNTED_INSTRUMENTS: dict[str, tuple[str, ...]] = {
    "kabupaten": ("perda", "perbup"),
    "kota": ("perda", "perwali"),
}
PROVINCE_INSTRUMENTS = tuple(i for i, levels in INSTRUMENT_LEVELS.items() if levels == ("provinsi",))
# Instrument names as written in Indonesian documents (the same in both UI languages).
SHORT_NAMES = {
    "perda": "Perda", "pergub": "Pergub", "perbup": "Perbup", "perwali": "Perwali",
    "instruksi_gubernur": "Instruksi Gubernur", "instruksi_bupati": "Instruksi Bupati",
    "instruksi_walikota": "Instruksi Wali Kota", "surat_edaran": "Surat Edaran",
    "keputusan": "Keputusan", "regulasi": "Regulasi",
}
# What a region's own regulation is called, for "belum ada Perbup".
EXPECTED_INSTRUMENT = {"kabupaten": "perbup", "kota": "perwali", "provinsi": "pergub"}

# data_state of a province
HAS_RECORDS = "records"
SNAPSHOT_ONLY = "snapshot_only"
NO_DATA = "no_data"


def as_date(value) -> dt.date:
    """A date from a date, datetime, Timestamp or ISO text; raises ValueError on nonsense."""
    if value is None:
        raise ValueError("a date is required")
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError):
        raise ValueError(f"not a date: {value!r} (use YYYY-MM-DD)") from None
    if pd.isna(stamp):
        raise ValueError(f"not a date: {value!r}")
    return stamp.date()


def _dates(series: pd.Series) -> pd.Series:
    return pd.to_datetime(series, errors="coerce")


# --- the rule ------------------------------------------------------------------------------
def in_force(records: pd.DataFrame, as_of) -> pd.Series:
    """Per record: issued as of ``as_of`` (see the module docstring)."""
    day = pd.Timestamp(as_date(as_of))
    effective = _dates(records["effective_date"])
    revoked = _dates(records["revoked_on"])
    issued = records["status"].isin(ISSUED_STATUSES)
    return (issued & effective.notna() & (effective <= day) & (revoked.isna() | (revoked > day))).astype(bool)


def status_on(records: pd.DataFrame, as_of) -> pd.Series:
    """Per record, its status on ``as_of``: issued (in force), revoked (revoked on or before),
    not_yet (issued later), undated (issued, but no date or year known: never counted), or the
    recorded draft/facilitation status."""
    day = pd.Timestamp(as_date(as_of))
    effective = _dates(records["effective_date"])
    revoked = _dates(records["revoked_on"])
    issued = records["status"].isin(ISSUED_STATUSES)
    result = records["status"].astype("object").copy()
    result[issued] = "issued"
    result[issued & revoked.notna() & (revoked <= day)] = "revoked"
    result[issued & (effective > day)] = "not_yet"
    # issued with no date and no year: cannot be placed in time, so never counted; said so
    result[issued & effective.isna()] = "undated"
    return result.astype("str")


def counts_for_region(records: pd.DataFrame) -> pd.Series:
    """Per record: is it the kind that completes its own kabupaten/kota (Perda, Perbup of a
    kabupaten, Perwali of a kota)? Province records and instruksi/SE never are."""
    allowed = pd.Series(False, index=records.index)
    for level, instruments in COUNTED_INSTRUMENTS.items():
        allowed |= (records["region_level"] == level) & records["instrument"].isin(instruments)
    return allowed


def date_basis(records: pd.DataFrame) -> pd.Series:
    """Which date the effective date rests on: issued_on, known_by, year (31 Dec) or none."""
    basis = np.where(records["issued_on"].notna(), "issued_on",
                     np.where(records["known_by"].notna(), "known_by",
                              np.where(records["year"].notna(), "year", "none")))
    return pd.Series(basis, index=records.index, dtype="str")


def label(instrument: str, number=None, year=None) -> str:
    """"Perbup 12/2021", "Pergub 3/2022", "Perbup" when number and year are unknown."""
    name = SHORT_NAMES.get(instrument, instrument)
    num = None if is_missing(number) or str(number) == "" else str(number)
    yr = None if is_missing(year) else int(year)
    if num and yr:
        return f"{name} {num}/{yr}"
    if yr:
        return f"{name} ({yr})"
    if num:
        return f"{name} {num}"
    return name


# --- the situation on a day -------------------------------------------------------------------
def situation(records: pd.DataFrame, as_of) -> pd.DataFrame:
    """The records as they stood on ``as_of``: those effective by then (or with no known date,
    e.g. an undated draft), with ``status_on`` and ``in_force`` columns and ``date_basis``."""
    effective = _dates(records["effective_date"])
    keep = effective.isna() | (effective <= pd.Timestamp(as_date(as_of)))
    frame = records[keep].copy()
    frame["status_on"] = status_on(frame, as_of)
    frame["in_force"] = in_force(frame, as_of)
    frame["date_basis"] = date_basis(frame)
    frame["counts"] = counts_for_region(frame)
    return frame.reset_index(drop=True)


def filter_records(frame: pd.DataFrame, instruments: Iterable[str] = (), statuses: Iterable[str] = (),
                   scopes: Iterable[str] = (), years: Iterable[int] = ()) -> pd.DataFrame:
    """Keep records matching every non-empty filter: instrument, status (``status_on`` when
    present, else the recorded status), any of the scopes, year."""
    mask = pd.Series(True, index=frame.index)
    if instruments := list(instruments):
        mask &= frame["instrument"].isin(instruments)
    if statuses := list(statuses):
        column = "status_on" if "status_on" in frame else "status"
        mask &= frame[column].isin(statuses)
    if scopes := list(scopes):
        parts = frame["scopes"].fillna("").astype("str").str.split(",")
        mask &= parts.map(lambda items: any(s.strip() in scopes for s in items)).astype(bool)
    if years := [int(y) for y in years]:
        mask &= pd.to_numeric(frame["year"], errors="coerce").isin(years)
    return frame[mask].reset_index(drop=True)


def scope_values(records: pd.DataFrame) -> list[str]:
    parts = records["scopes"].dropna().astype("str").str.split(",").explode().str.strip()
    return sorted(set(parts[parts != ""]))


def data_states(records: pd.DataFrame, snapshots: pd.DataFrame, province_codes: Iterable[str]) -> pd.Series:
    """Per province: records (any regulation row in any status), snapshot_only, or no_data."""
    with_records = set(records["province_code"])
    with_snapshot = set(snapshots["province_code"])
    codes = list(province_codes)
    return pd.Series(
        [HAS_RECORDS if c in with_records else SNAPSHOT_ONLY if c in with_snapshot else NO_DATA for c in codes],
        index=codes, dtype="str",
    )


def region_status(records: pd.DataFrame, kabkota: pd.DataFrame, as_of,
                  snapshots: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per kabupaten/kota: has_regulation (True/False, or NA when its province has no
    data), the regulation(s) in force and since when, other instruments in force (instruksi,
    SE), pending ones (draft/facilitation known by then), and the province's data_state."""
    snapshots = snapshots if snapshots is not None else records.iloc[0:0].assign(province_code=[])
    now = situation(records, as_of)
    now = now[now["region_level"].isin(["kabupaten", "kota"])]
    counted = now[now["counts"] & now["in_force"]]
    other = now[~now["counts"] & now["in_force"]]
    pending = pending_records(now)

    def labels(frame: pd.DataFrame) -> pd.Series:
        if frame.empty:
            return pd.Series(dtype="str")
        texts = [label(i, n, y) for i, n, y in zip(frame["instrument"], frame["number"], frame["year"])]
        return pd.Series(texts, index=frame["region_code"].to_numpy()).groupby(level=0).agg("; ".join)

    since = (counted.assign(d=_dates(counted["effective_date"])).groupby("region_code")["d"].min()
             if not counted.empty else pd.Series(dtype="datetime64[ns]"))
    basis = (counted.assign(d=_dates(counted["effective_date"])).sort_values("d")
             .drop_duplicates("region_code").set_index("region_code")["date_basis"]
             if not counted.empty else pd.Series(dtype="str"))
    out = kabkota[["region_code", "name", "level", "province_code", "province_name"]].copy().reset_index(drop=True)
    codes = out["region_code"]
    out["regulation"] = _lookup(codes, labels(counted)).astype("str")
    out["since"] = pd.to_datetime(_lookup(codes, since))
    out["since_basis"] = _lookup(codes, basis).astype("str")
    out["other_instruments"] = _lookup(codes, labels(other)).astype("str")
    out["pending"] = _lookup(codes, labels(pending)).astype("str")
    out["expected_instrument"] = out["level"].map(EXPECTED_INSTRUMENT)
    states = data_states(records, snapshots, out["province_code"].unique())
    out["data_state"] = out["province_code"].map(states)
    has = pd.array(codes.isin(counted["region_code"]).to_numpy(), dtype="boolean")
    has[(out["data_state"] != HAS_RECORDS).to_numpy()] = pd.NA
    out["has_regulation"] = has
    # any record of the region at all (any status, any date): without one, "no regulation in
    # force" only says nothing was found, not that the region has none
    out["recorded"] = codes.isin(set(records["region_code"])).to_numpy()
    return out


def pending_records(frame: pd.DataFrame) -> pd.DataFrame:
    """Draft/facilitation records, except where the same region already has the same
    instrument in force (the draft that became the issued act)."""
    done = set(zip(frame.loc[frame["in_force"], "region_code"], frame.loc[frame["in_force"], "instrument"]))
    waiting = frame["status_on"].isin(["draft", "facilitation"])
    superseded = pd.Series([(r, i) in done for r, i in zip(frame["region_code"], frame["instrument"])],
                           index=frame.index, dtype=bool)
    return frame[waiting & ~superseded]


def _lookup(codes: pd.Series, values: pd.Series) -> pd.Series:
    """values[code] per code (missing: NA); safe when ``values`` is empty."""
    if values.empty:
        return pd.Series([None] * len(codes), index=codes.index, dtype="object")
    return pd.Series(values.reindex(codes.to_numpy()).to_numpy(), index=codes.index)


def date_texts(records: pd.DataFrame) -> pd.Series:
    """How each record's date is known, in the UI language: "15 November 2021", "diketahui per
    15 November 2021", "tahun 2021 (tanggal tidak diketahui)", "tanggal tidak diketahui"."""
    def text(basis, issued_on, known_by, year) -> str:
        if basis == "issued_on":
            return fmt_date(issued_on)
        if basis == "known_by":
            return t("reg.date.known_by", date=fmt_date(known_by))
        if basis == "year" and not pd.isna(year):
            return t("reg.date.year", year=int(year))
        return t("reg.date.none")

    return pd.Series([text(*row) for row in zip(records["date_basis"], records["issued_on"], records["known_by"],
                                                records["year"])], index=records.index, dtype=object)


RECORD_STATES = ("not_in_force", "no_record")


def without_regulation(status: pd.DataFrame) -> pd.DataFrame:
    """Kabupaten/kota with no regulation in force on record, in provinces that have records (not
    those of provinces with no data), with ``record_state``: ``not_in_force`` (the region has
    records, none in force on the date: a draft, a later act, a revoked one) or ``no_record``
    (nothing recorded for it: the dataset cannot tell whether it has none)."""
    out = status[status["has_regulation"].eq(False).fillna(False).astype(bool)].reset_index(drop=True)
    recorded = out["recorded"].astype(bool) if "recorded" in out else pd.Series(False, index=out.index)
    return out.assign(record_state=np.where(recorded, "not_in_force", "no_record"))


def completeness(records: pd.DataFrame, kabkota: pd.DataFrame, snapshots: pd.DataFrame, as_of,
                 provinces: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per province: regions_total, regions_with / regions_without (NA when no data), share_pct,
    data_state, the latest curated snapshot on or before ``as_of`` (count, total, date, source),
    and the province's own instruments (in force, and pending) as text."""
    status = region_status(records, kabkota, as_of, snapshots)
    grouped = status.groupby("province_code", sort=True)
    out = pd.DataFrame({
        "province_name": grouped["province_name"].first(),
        "regions_total": grouped.size(),
        "regions_with": grouped["has_regulation"].apply(lambda s: int(s.fillna(False).sum())),
        "data_state": grouped["data_state"].first(),
    })
    if provinces is not None:  # provinces without kabupaten/kota rows still get a line
        out = out.reindex(sorted(set(out.index) | set(provinces["province_code"])))
        names = provinces.set_index("province_code")["province_name"]
        out["province_name"] = out["province_name"].fillna(out.index.to_series().map(names))
        out["regions_total"] = out["regions_total"].fillna(0).astype("int64")
        out["regions_with"] = out["regions_with"].fillna(0).astype("int64")
        out["data_state"] = out["data_state"].fillna(
            pd.Series(data_states(records, snapshots, out.index)))
    out.index.name = "province_code"
    out = out.reset_index()
    known = out["data_state"].eq(HAS_RECORDS)
    out["regions_with"] = pd.array(np.where(known, out["regions_with"], 0), dtype="Int64")
    out.loc[~known, "regions_with"] = pd.NA
    out["regions_without"] = (out["regions_total"] - out["regions_with"]).astype("Int64")
    share = 100.0 * out["regions_with"].astype("Float64") / out["regions_total"].replace(0, np.nan)
    out["share_pct"] = share.round(2)

    snaps = snapshots.copy()
    snaps["as_of"] = _dates(snaps["as_of"])
    snaps = snaps[snaps["as_of"] <= pd.Timestamp(as_date(as_of))].sort_values("as_of")
    latest = snaps.drop_duplicates("province_code", keep="last").set_index("province_code")
    codes = out["province_code"]
    out["snapshot_with"] = pd.to_numeric(_lookup(codes, latest["regions_with_regulation"])).astype("Int64")
    out["snapshot_total"] = pd.to_numeric(_lookup(codes, latest["regions_total"])).astype("Int64")
    out["snapshot_as_of"] = pd.to_datetime(_lookup(codes, latest["as_of"]))
    out["snapshot_source"] = _lookup(codes, latest["source"]).astype("str")

    prov = province_instruments(records, as_of)
    in_force_text = prov[prov["in_force"]].groupby("province_code")["label"].agg("; ".join)
    pending_text = (pending_records(prov)
                    .assign(text=lambda f: f["label"] + " (" + f["status_on"] + ")")
                    .groupby("province_code")["text"].agg("; ".join))
    out["province_regulation"] = _lookup(codes, in_force_text).astype("str")
    out["province_pending"] = _lookup(codes, pending_text).astype("str")
    return out


def province_instruments(records: pd.DataFrame, as_of) -> pd.DataFrame:
    """The province-level records (Pergub, Instruksi Gubernur, and any record filed against the
    province itself) as they stood on ``as_of``, with a label."""
    prov = records[records["region_level"].eq("provinsi")]
    frame = situation(prov, as_of)
    frame["label"] = pd.Series([label(i, n, y) for i, n, y in zip(frame["instrument"], frame["number"],
                                                                   frame["year"])], index=frame.index, dtype="str")
    return frame


# --- timeline --------------------------------------------------------------------------------
def timeline(records: pd.DataFrame, kabkota: pd.DataFrame, until=None, start=None) -> pd.DataFrame:
    """Cumulative number of kabupaten/kota with a regulation in force, per province, at every
    date where it changes (issue or revocation), from the first such date to ``until``.

    ``start`` adds a point on that day (e.g. the Inpres coming into force) so a line starts
    there. Columns: province_code, province_name, date, regions_with, regions_total. Revocations
    make the count fall; a regulation replaced the same day by another keeps it level."""
    counted = records[counts_for_region(records) & records["status"].isin(ISSUED_STATUSES)]
    counted = counted[counted["region_code"].isin(kabkota["region_code"])]
    effective = _dates(counted["effective_date"])
    counted = counted[effective.notna()]
    columns = ["province_code", "province_name", "date", "regions_with", "regions_total"]
    if counted.empty:
        return pd.DataFrame(columns=columns)
    revoked = _dates(counted["revoked_on"])
    extra = {pd.Timestamp(as_date(start))} if start is not None else set()
    dates = pd.DatetimeIndex(sorted(set(_dates(counted["effective_date"])) | set(revoked.dropna()) | extra))
    if until is not None:
        end = pd.Timestamp(as_date(until))
        dates = dates[dates <= end].append(pd.DatetimeIndex([end]))
        dates = dates.unique()
    start = _dates(counted["effective_date"]).to_numpy()[:, None]
    stop = revoked.to_numpy()[:, None]
    grid = dates.to_numpy()[None, :]
    active = (start <= grid) & (pd.isna(stop) | (stop > grid))  # records x dates
    regions = counted["region_code"].to_numpy()
    per_region = pd.DataFrame(active, index=regions).groupby(level=0).any()  # regions x dates
    province = kabkota.set_index("region_code")["province_code"]
    per_province = per_region.groupby(province.reindex(per_region.index).to_numpy()).sum()
    per_province.columns = dates
    long = per_province.stack().rename("regions_with").reset_index()
    long.columns = ["province_code", "date", "regions_with"]
    totals = kabkota.groupby("province_code").size()
    names = kabkota.drop_duplicates("province_code").set_index("province_code")["province_name"]
    long["province_name"] = long["province_code"].map(names)
    long["regions_total"] = long["province_code"].map(totals)
    # keep the dates where a province's count changes (and its last date, to draw to the end)
    long = long.sort_values(["province_code", "date"])
    changed = long.groupby("province_code")["regions_with"].diff().ne(0)
    last = ~long.duplicated("province_code", keep="last")
    long = long[changed | last]
    return long[columns].reset_index(drop=True)


def national_timeline(records: pd.DataFrame, kabkota: pd.DataFrame, until=None, start=None) -> pd.DataFrame:
    """The national count over time: date, regions_with, regions_total (all kabupaten/kota)."""
    per = timeline(records, kabkota, until, start)
    if per.empty:
        return pd.DataFrame(columns=["date", "regions_with", "regions_total"])
    wide = per.pivot_table(index="date", columns="province_code", values="regions_with").sort_index().ffill().fillna(0)
    return pd.DataFrame({"date": wide.index, "regions_with": wide.sum(axis=1).astype("int64").to_numpy(),
                         "regions_total": len(kabkota)}).reset_index(drop=True)


# --- store access ---------------------------------------------------------------------------
def load_records(query: Query, province_code: str | None = None) -> pd.DataFrame:
    return query("regulation_records", {"province": province_code})


def load_kabkota(query: Query, province_code: str | None = None) -> pd.DataFrame:
    return query("regulation_kabkota", {"province": province_code})


def load_snapshots(query: Query, province_code: str | None = None) -> pd.DataFrame:
    return query("regulation_snapshots", {"province": province_code})


def load_provinces(query: Query) -> pd.DataFrame:
    return query("regulation_province_list")


def province_completeness(query: Query, province_code: str, as_of) -> dict:
    """The figure the CLI, the tracker and the brief print for one province: a dict with
    province_code, province_name, regions_total, regions_with (None when no data), data_state,
    with/without (region frames), province (its own instruments), snapshot fields."""
    records = load_records(query, province_code)
    kabkota = load_kabkota(query, province_code)
    if kabkota.empty:
        raise ValueError(f"unknown province code {province_code!r} (use a Kemendagri code such as 62)")
    snapshots = load_snapshots(query, province_code)
    status = region_status(records, kabkota, as_of, snapshots)
    row = completeness(records, kabkota, snapshots, as_of).iloc[0].to_dict()
    row["regions"] = status
    row["with"] = status[status["has_regulation"].eq(True).fillna(False).astype(bool)].reset_index(drop=True)
    row["without"] = without_regulation(status)
    row["province"] = province_instruments(records, as_of)
    row["as_of"] = as_date(as_of)
    row["is_demo"] = bool(records["is_demo"].any()) if len(records) else False
    return {k: (None if not isinstance(v, (pd.DataFrame, pd.Series)) and is_missing(v) else v) for k, v in row.items()}


# --- five states per kabupaten/kota (issue 25) ------------------------------------------------
# What is known of each kabupaten/kota's own regulation on a day, from the regulation records
# and the status sheets those who hold the facts filled in (``regulation_status``), strongest
# first. The tracker, the map, the brief, the overview and Paritrana all take it from here.
IN_FORCE = "in_force"
ISSUED_NOT_IN_FORCE = "issued_not_in_force"
DRAFT = "draft"
CONFIRMED_NONE = "confirmed_none"
NO_RECORD = "no_record"
REGION_STATES = (IN_FORCE, ISSUED_NOT_IN_FORCE, DRAFT, CONFIRMED_NONE, NO_RECORD)
KNOWN_STATES = REGION_STATES[:-1]
# The status sheet's drop-down, as written in the sheet (both UI languages: the form is Indonesian)
# and the stored status each means.
SHEET_STATUSES = {
    "issued": "Terbit/berlaku",
    "draft": "Rancangan/dalam proses",
    "confirmed_none": "Belum ada (dikonfirmasi)",
    "unknown": "Tidak diketahui",
}

_STATE_COLUMNS = ["region_code", "name", "level", "province_code", "province_name", "status", "basis",
                  "instrument", "number", "year", "date", "source_title", "source_url", "source_date", "confidence",
                  "confirmed_by", "confirmed_on", "evidence", "confirmed_as_of"]


def _empty_confirmations() -> pd.DataFrame:
    return pd.DataFrame(columns=["region_code", "as_of", "status", "instrument", "number", "issued_on",
                                 "in_force_on", "evidence", "confirmed_by", "confirmed_on", "source_title",
                                 "source_url", "source_date", "confidence"])


def region_states(records: pd.DataFrame, kabkota: pd.DataFrame, as_of,
                  confirmations: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per kabupaten/kota with ``status`` (REGION_STATES) on ``as_of`` and what it rests
    on (``basis``: record or sheet), the instrument, number, date and source, and for a sheet's
    fact who confirmed it, when and on what evidence.

    The rule, strongest first:
    - in_force: a counted record (Perda, Perbup/Perwali of the region) in force on the day, or a
      sheet's "Terbit/berlaku" row whose date of coming into force (else of issue) is on or before it;
    - issued_not_in_force: a sheet's issued row issued by the day, in force only later;
    - draft: a draft or facilitation record of a counted instrument known by the day, or a
      sheet's "Rancangan/dalam proses" row of a sheet dated on or before the day;
    - confirmed_none: a sheet's "Belum ada (dikonfirmasi)" row: no regulation as of the sheet's
      date. None on that date means none before it either; after it, it stays the latest word
      (shown with its date) until a record or a later sheet says otherwise;
    - no_record: nothing of the above (the dataset cannot tell).
    """
    day = pd.Timestamp(as_date(as_of))
    confirmations = confirmations if confirmations is not None else _empty_confirmations()
    now = situation(records, as_of)
    now = now[now["region_level"].isin(["kabupaten", "kota"]) & now["counts"]]
    in_force_rows = now[now["in_force"]].sort_values("effective_date")
    draft_rows = pending_records(now)
    by_record_in_force = {r["region_code"]: r for r in in_force_rows.to_dict("records")}
    by_record_draft = {r["region_code"]: r for r in draft_rows.to_dict("records")}
    sheet = {r["region_code"]: r for r in confirmations.to_dict("records")}

    def when(value):
        return None if is_missing(value) else pd.Timestamp(value)

    rows = []
    for region in kabkota.to_dict("records"):
        code = region["region_code"]
        out = {k: region.get(k) for k in ("region_code", "name", "level", "province_code", "province_name")}
        rec, drf, conf = by_record_in_force.get(code), by_record_draft.get(code), sheet.get(code)
        conf_status = conf["status"] if conf else None
        issued = when(conf.get("issued_on")) if conf else None
        starts = (when(conf.get("in_force_on")) or issued) if conf else None
        conf_as_of = when(conf.get("as_of")) if conf else None
        if rec is not None:
            state, basis, fact = IN_FORCE, "record", rec
        elif conf_status == "issued" and starts is not None and starts <= day:
            state, basis, fact = IN_FORCE, "sheet", conf
        elif conf_status == "issued" and issued is not None and issued <= day:
            state, basis, fact = ISSUED_NOT_IN_FORCE, "sheet", conf
        elif drf is not None:
            state, basis, fact = DRAFT, "record", drf
        elif conf_status == "draft" and conf_as_of is not None and conf_as_of <= day:
            state, basis, fact = DRAFT, "sheet", conf
        elif conf_status == "confirmed_none":
            state, basis, fact = CONFIRMED_NONE, "sheet", conf
        else:
            state, basis, fact = NO_RECORD, None, None
        out.update(status=state, basis=basis)
        if fact is not None:
            date = (fact.get("effective_date") if basis == "record"
                    else (fact.get("in_force_on") or fact.get("issued_on")) if state != ISSUED_NOT_IN_FORCE
                    else fact.get("issued_on"))
            out.update(instrument=fact.get("instrument"), number=fact.get("number"),
                       year=fact.get("year") if basis == "record" else (issued.year if issued is not None else None),
                       date=when(date), source_title=fact.get("source_title"), source_url=fact.get("source_url"),
                       source_date=fact.get("source_date"), confidence=fact.get("confidence"))
            if basis == "sheet":
                out.update(confirmed_by=fact.get("confirmed_by"), confirmed_on=when(fact.get("confirmed_on")),
                           evidence=fact.get("evidence"), confirmed_as_of=conf_as_of)
        rows.append(out)
    frame = pd.DataFrame(rows).reindex(columns=_STATE_COLUMNS)
    for name in ("date", "confirmed_on", "confirmed_as_of"):
        frame[name] = pd.to_datetime(frame[name])
    frame["year"] = pd.to_numeric(frame["year"], errors="coerce").astype("Int64")
    frame["regulation"] = [None if pd.isna(i) else label(i, n, y)
                           for i, n, y in zip(frame["instrument"], frame["number"], frame["year"])]
    return frame


def known_counts(states: pd.DataFrame, by_province: bool = True) -> pd.DataFrame:
    """"Status diketahui k dari n": per province (or for all rows) total, known (any state but
    no_record), with_regulation (in force) and each state's count."""
    flags = pd.DataFrame({s: states["status"].eq(s) for s in REGION_STATES})
    flags["known"] = states["status"].isin(KNOWN_STATES)
    flags["total"] = 1
    if by_province:
        flags["province_code"] = states["province_code"].to_numpy()
        out = flags.groupby("province_code").sum().reset_index()
    else:
        out = flags.sum().to_frame().T
    out = out.rename(columns={IN_FORCE: "with_regulation"})
    out["with_regulation"] = out["with_regulation"].astype("int64")
    return out.astype({c: "int64" for c in out.columns if c != "province_code"})


def to_confirm(states: pd.DataFrame) -> pd.DataFrame:
    """The regions whose status is still to be confirmed (no_record): what a meeting can ask for."""
    return states[states["status"].eq(NO_RECORD)].reset_index(drop=True)


def load_confirmations(query: Query, province_code: str | None = None) -> pd.DataFrame:
    return query("regulation_status_rows", {"province": province_code})


def load_region_states(query: Query, province_code: str | None, as_of) -> pd.DataFrame:
    """region_states for a province (None: every kabupaten/kota) from the store."""
    return region_states(load_records(query, province_code), load_kabkota(query, province_code), as_of,
                         load_confirmations(query, province_code))


def status_json(query: Query, province_code: str, as_of) -> dict:
    """What ``python -m analytics regulations --json`` prints: the province's totals and every
    kabupaten/kota's status with its instrument, number, source and confirmation."""
    kabkota = load_kabkota(query, province_code)
    if kabkota.empty:
        raise ValueError(f"unknown province code {province_code!r} (use a Kemendagri code such as 62)")
    states = region_states(load_records(query, province_code), kabkota, as_of,
                           load_confirmations(query, province_code))
    counts = known_counts(states, by_province=False).iloc[0]

    def text(value):
        if is_missing(value):
            return None
        if isinstance(value, pd.Timestamp):
            return value.date().isoformat()
        return str(value)

    return {
        "province": province_code, "as_of": as_date(as_of).isoformat(),
        "total": int(counts["total"]), "known": int(counts["known"]),
        "with_regulation": int(counts["with_regulation"]),
        "regions": [{
            "code": r["region_code"], "name": r["name"], "status": r["status"],
            "instrument": text(r["instrument"]), "number": text(r["number"]),
            "source": text(r["source_title"]) or text(r["source_url"]),
            "source_url": text(r["source_url"]),
            "confirmed_by": text(r["confirmed_by"]), "confirmed_on": text(r["confirmed_on"]),
            "evidence": text(r["evidence"]),
        } for r in states.to_dict("records")],
    }
