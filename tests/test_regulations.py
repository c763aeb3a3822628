"""Regulation status as of a date, completeness per province, no data vs none issued, timeline."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analytics import regulations as R
from analytics.queries import direct

KALTENG_WITH = {"Kabupaten Katingan", "Kabupaten Kapuas", "Kabupaten Kotawaringin Barat", "Kabupaten Sukamara"}


# --- pure functions on small frames ---------------------------------------------------------
def _records(rows: list[dict]) -> pd.DataFrame:
    base = {"region_name": None, "province_name": "Prov", "number": None, "year": None, "issued_on": None,
            "known_by": None, "title": "t", "scopes": "non_asn", "revoked_on": None, "amends": None,
            "source_url": None, "source_note": None, "batch_id": 1, "is_demo": False}
    frame = pd.DataFrame([{**base, **r} for r in rows])
    for col in ("issued_on", "known_by", "revoked_on"):
        frame[col] = pd.to_datetime(frame[col])
    frame["effective_date"] = frame["issued_on"].fillna(frame["known_by"]).fillna(
        pd.to_datetime(frame["year"].map(lambda y: f"{int(y)}-12-31" if pd.notna(y) else None)))
    return frame


def _kabkota(codes_levels: list[tuple[str, str]], province="99") -> pd.DataFrame:
    return pd.DataFrame([{"region_code": c, "name": f"Region {c}", "level": lvl, "province_code": province,
                          "province_name": "Prov"} for c, lvl in codes_levels])


KAB = _kabkota([("99.01", "kabupaten"), ("99.02", "kabupaten"), ("99.71", "kota")])
NO_SNAPSHOTS = pd.DataFrame(columns=["province_code", "as_of", "regions_with_regulation", "regions_total",
                                     "instrument", "source", "note"])


def test_issued_as_of_uses_issue_date_known_by_and_year():
    recs = _records([
        {"region_code": "99.01", "region_level": "kabupaten", "province_code": "99", "instrument": "perbup",
         "status": "issued", "issued_on": "2021-06-10"},
        {"region_code": "99.02", "region_level": "kabupaten", "province_code": "99", "instrument": "perbup",
         "status": "issued", "known_by": "2021-11-15"},
        {"region_code": "99.71", "region_level": "kota", "province_code": "99", "instrument": "perwali",
         "status": "issued", "year": 2022},
    ])
    assert R.in_force(recs, "2021-06-09").tolist() == [False, False, False]
    assert R.in_force(recs, "2021-06-10").tolist() == [True, False, False]
    assert R.in_force(recs, "2021-11-15").tolist() == [True, True, False]
    assert R.in_force(recs, "2022-12-30").tolist() == [True, True, False]  # year only: counts from 31 Dec
    assert R.in_force(recs, dt.date(2022, 12, 31)).tolist() == [True, True, True]
    assert R.date_basis(recs).tolist() == ["issued_on", "known_by", "year"]


def test_revoked_counts_until_revocation_day():
    recs = _records([
        {"region_code": "99.01", "region_level": "kabupaten", "province_code": "99", "instrument": "perbup",
         "status": "revoked", "issued_on": "2021-06-10", "revoked_on": "2023-01-01"},
    ])
    assert R.in_force(recs, "2022-12-31").tolist() == [True]
    assert R.in_force(recs, "2023-01-01").tolist() == [False]  # revoked on D: no longer in force on D
    assert R.status_on(recs, "2022-12-31").tolist() == ["issued"]
    assert R.status_on(recs, "2023-01-01").tolist() == ["revoked"]
    assert R.status_on(recs, "2021-01-01").tolist() == ["not_yet"]
    comp = R.completeness(recs, KAB, NO_SNAPSHOTS, "2023-06-01")
    assert comp.loc[0, "regions_with"] == 0 and comp.loc[0, "data_state"] == R.HAS_RECORDS


def test_issued_without_any_date_is_listed_but_not_counted():
    recs = _records([
        {"region_code": "99.01", "region_level": "kabupaten", "province_code": "99", "instrument": "perbup",
         "status": "issued"},
    ])
    assert R.in_force(recs, "2030-01-01").tolist() == [False]
    assert R.status_on(recs, "2030-01-01").tolist() == ["undated"]
    assert len(R.situation(recs, "2021-01-01")) == 1  # still shown in the table


def test_drafts_and_facilitation_never_count():
    recs = _records([
        {"region_code": "99.01", "region_level": "kabupaten", "province_code": "99", "instrument": "perbup",
         "status": "draft", "known_by": "2021-01-01"},
        {"region_code": "99.02", "region_level": "kabupaten", "province_code": "99", "instrument": "perbup",
         "status": "facilitation", "known_by": "2021-01-01"},
    ])
    status = R.region_status(recs, KAB, "2022-01-01")
    assert not status["has_regulation"].any()
    assert status.set_index("region_code").loc["99.01", "pending"] == "Perbup"


def test_province_pergub_and_instruksi_do_not_count_for_kabupaten():
    recs = _records([
        {"region_code": "99", "region_level": "provinsi", "province_code": "99", "instrument": "pergub",
         "status": "issued", "issued_on": "2021-05-01", "number": "3", "year": 2021},
        # an instruksi bupati or a surat edaran is shown but is not the kabupaten's regulation
        {"region_code": "99.01", "region_level": "kabupaten", "province_code": "99", "instrument": "instruksi_bupati",
         "status": "issued", "issued_on": "2021-05-01"},
        # a Perbup filed against a kota is not a kota's act
        {"region_code": "99.71", "region_level": "kota", "province_code": "99", "instrument": "perbup",
         "status": "issued", "issued_on": "2021-05-01"},
        {"region_code": "99.02", "region_level": "kabupaten", "province_code": "99", "instrument": "perda",
         "status": "issued", "issued_on": "2021-05-01"},
    ])
    comp = R.completeness(recs, KAB, NO_SNAPSHOTS, "2022-01-01").iloc[0]
    assert (comp["regions_with"], comp["regions_total"], comp["regions_without"]) == (1, 3, 2)
    assert comp["province_regulation"] == "Pergub 3/2021"
    status = R.region_status(recs, KAB, "2022-01-01").set_index("region_code")
    assert status.loc["99.01", "other_instruments"] == "Instruksi Bupati"
    assert status.loc["99.02", "regulation"] == "Perda"
    assert list(R.without_regulation(R.region_status(recs, KAB, "2022-01-01"))["region_code"]) == ["99.01", "99.71"]


def test_no_data_is_not_none_issued():
    other = _kabkota([("98.01", "kabupaten")], province="98")
    kab = pd.concat([KAB, other], ignore_index=True)
    recs = _records([
        {"region_code": "99.01", "region_level": "kabupaten", "province_code": "99", "instrument": "perbup",
         "status": "draft", "known_by": "2021-01-01"},
    ])
    snaps = pd.DataFrame([{"province_code": "97", "as_of": "2023-04-30", "regions_with_regulation": 19,
                           "regions_total": 24, "instrument": None, "source": "news", "note": None}])
    provinces = pd.DataFrame({"province_code": ["97", "98", "99"], "province_name": ["P97", "P98", "P99"]})
    comp = R.completeness(recs, kab, snaps, "2024-01-01", provinces).set_index("province_code")
    # 99: records exist, none issued -> 0 of 3
    assert comp.loc["99", "data_state"] == R.HAS_RECORDS and comp.loc["99", "regions_with"] == 0
    # 98: nothing at all -> no data, never 0
    assert comp.loc["98", "data_state"] == R.NO_DATA and pd.isna(comp.loc["98", "regions_with"])
    assert pd.isna(comp.loc["98", "share_pct"])
    # 97: only a reported count -> shown as the snapshot, not as 0
    assert comp.loc["97", "data_state"] == R.SNAPSHOT_ONLY and pd.isna(comp.loc["97", "regions_with"])
    assert (comp.loc["97", "snapshot_with"], comp.loc["97", "snapshot_total"]) == (19, 24)
    # a snapshot after the as-of date is not shown
    early = R.completeness(recs, kab, snaps, "2023-01-01", provinces).set_index("province_code")
    assert pd.isna(early.loc["97", "snapshot_with"])
    status = R.region_status(recs, kab, "2024-01-01")
    assert status.loc[status["region_code"] == "98.01", "has_regulation"].isna().all()
    assert "98.01" not in set(R.without_regulation(status)["region_code"])


def test_timeline_counts_up_and_down():
    recs = _records([
        {"region_code": "99.01", "region_level": "kabupaten", "province_code": "99", "instrument": "perbup",
         "status": "revoked", "issued_on": "2021-06-10", "revoked_on": "2023-01-01"},
        {"region_code": "99.02", "region_level": "kabupaten", "province_code": "99", "instrument": "perbup",
         "status": "issued", "known_by": "2021-11-15"},
        # a second act for the same region does not count twice
        {"region_code": "99.02", "region_level": "kabupaten", "province_code": "99", "instrument": "perda",
         "status": "issued", "issued_on": "2022-03-01"},
    ])
    tl = R.timeline(recs, KAB, until="2024-01-01")
    steps = list(zip(tl["date"].dt.strftime("%Y-%m-%d"), tl["regions_with"]))
    assert steps == [("2021-06-10", 1), ("2021-11-15", 2), ("2023-01-01", 1), ("2024-01-01", 1)]
    started = R.timeline(recs, KAB, until="2024-01-01", start=R.INPRES_IN_FORCE)
    assert list(zip(started["date"].dt.strftime("%Y-%m-%d"), started["regions_with"]))[:2] == [
        ("2021-03-25", 0), ("2021-06-10", 1)]
    nat = R.national_timeline(recs, KAB, until="2024-01-01")
    assert nat["regions_with"].tolist() == [1, 2, 1, 1] and set(nat["regions_total"]) == {3}


def test_filters_and_labels():
    recs = _records([
        {"region_code": "99.01", "region_level": "kabupaten", "province_code": "99", "instrument": "perbup",
         "status": "issued", "issued_on": "2021-06-10", "number": "12", "year": 2021, "scopes": "non_asn,rt_rw"},
        {"region_code": "99.02", "region_level": "kabupaten", "province_code": "99", "instrument": "surat_edaran",
         "status": "issued", "issued_on": "2022-06-10", "year": 2022, "scopes": "pekerja_rentan"},
    ])
    now = R.situation(recs, "2022-01-01")
    assert list(now["region_code"]) == ["99.01"]  # the SE of 2022 did not exist yet
    both = R.situation(recs, "2023-01-01")
    assert list(R.filter_records(both, scopes=["rt_rw"])["region_code"]) == ["99.01"]
    assert list(R.filter_records(both, instruments=["surat_edaran"])["region_code"]) == ["99.02"]
    assert list(R.filter_records(both, years=[2022])["region_code"]) == ["99.02"]
    assert R.scope_values(recs) == ["non_asn", "pekerja_rentan", "rt_rw"]
    assert R.label("perbup", "12", 2021) == "Perbup 12/2021"
    assert R.label("pergub", None, 2022) == "Pergub (2022)"


def test_bad_date_is_refused_clearly():
    with pytest.raises(ValueError, match="not a date"):
        R.as_date("kemarin")


# --- with the curated facts in a real store --------------------------------------------------
def test_kalteng_four_of_fourteen_on_15_november_2021(empty_store):
    c = R.province_completeness(direct(empty_store), "62", "2021-11-15")
    assert (c["regions_with"], c["regions_total"], c["regions_without"]) == (4, 14, 10)
    assert set(c["with"]["name"]) == KALTENG_WITH
    assert len(c["without"]) == 10 and not (set(c["without"]["name"]) & KALTENG_WITH)
    assert "Kota Palangkaraya" in set(c["without"]["name"])
    # the Pergub was in facilitation and is listed apart, not counted
    assert c["province_pending"] == "Pergub (facilitation)" and c["province_regulation"] is None
    assert (c["snapshot_with"], c["snapshot_total"]) == (4, 14)
    assert c["data_state"] == R.HAS_RECORDS and c["is_demo"] is False


def test_kalteng_earlier_date_has_fewer_and_later_pergub_listed_apart(empty_store):
    early = R.province_completeness(direct(empty_store), "62", "2021-06-01")
    assert early["regions_with"] == 0 and early["regions_total"] == 14 and len(early["without"]) == 14
    later = R.province_completeness(direct(empty_store), "62", "2023-01-01")
    assert later["regions_with"] == 4  # the Pergub 3/2022 does not add a kabupaten
    assert later["province_regulation"] == "Pergub 3/2022"
    assert later["province_pending"] is None  # the facilitated draft became the Pergub


def test_curated_store_no_data_and_snapshots(empty_store):
    comp = R.completeness(R.load_records(direct(empty_store)), R.load_kabkota(direct(empty_store)),
                          R.load_snapshots(direct(empty_store)), "2024-06-01",
                          R.load_provinces(direct(empty_store))).set_index("province_code")
    assert len(comp) == 38 and comp["regions_total"].sum() == 514
    # Sumatera Selatan: nothing recorded at all (no regulation row, no snapshot) is no data, never 0
    assert comp.loc["16", "data_state"] == R.NO_DATA and pd.isna(comp.loc["16", "regions_with"])
    # Papua Barat Daya: the reported count (4 of 6) beside the four regions it names, whose regulations
    # are of a type the source does not state ("Regulasi"): recorded, shown, never counted
    assert comp.loc["96", "data_state"] == R.HAS_RECORDS and comp.loc["96", "snapshot_with"] == 4
    assert comp.loc["96", "regions_with"] == 0
    # Aceh: only the province's own Pergub and Qanun, which never count for a kabupaten/kota
    assert comp.loc["11", "data_state"] == R.HAS_RECORDS and comp.loc["11", "regions_with"] == 0
    # Sulawesi Selatan: a reported count (19 of 24) beside named records (Perbup Sidrap, Perwali Makassar):
    # records win, the count stays beside them
    assert comp.loc["73", "data_state"] == R.HAS_RECORDS and comp.loc["73", "snapshot_with"] == 19
    # Jawa Timur: Perbup Gresik 20/2022 in force; the Lamongan draft Instruksi Bupati is recorded, not counted
    assert comp.loc["35", "data_state"] == R.HAS_RECORDS and comp.loc["35", "regions_with"] == 1


def test_default_data_has_50_kabkota_with_a_sourced_record(empty_store):
    """Issue 25: the default data (init without --demo) records a sourced regulation for at least 50
    kab/kota; drafts and plans are recorded but never counted as in force."""
    query = direct(empty_store)
    records = R.load_records(query)
    status = R.region_status(records, R.load_kabkota(query), dt.date.today(), R.load_snapshots(query))
    kabkota = records[records["region_level"].isin(["kabupaten", "kota"])]
    sourced = kabkota[kabkota["source_title"].notna() & kabkota["confidence"].notna()]
    assert sourced["region_code"].nunique() >= 50
    assert int(status["recorded"].sum()) == kabkota["region_code"].nunique()
    with_regulation = set(status.loc[status["has_regulation"].fillna(False).astype(bool), "region_code"])
    only_pending = set(kabkota["region_code"]) - set(kabkota.loc[kabkota["status"].isin(R.ISSUED_STATUSES), "region_code"])
    assert only_pending and not (only_pending & with_regulation)  # e.g. Denpasar (plan), Tangerang Selatan (draft)
    assert {"51.71", "36.74"} <= only_pending
    assert {"63.01", "73.14"} <= with_regulation  # Perbup Tanah Laut 62/2020; Sidrap's two Perbup


def test_unknown_province_is_refused(empty_store):
    with pytest.raises(ValueError, match="unknown province"):
        R.province_completeness(direct(empty_store), "00", "2021-11-15")
