"""The follow-up register: one item's rules, met_by_data for each kind on any date, overdue,
disagreements, history, and refused writes that leave nothing behind."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analytics import followups as F
from analytics import i18n
from analytics.queries import direct

MEETING = dt.date(2021, 11, 15)


@pytest.fixture(autouse=True)
def indonesian():
    i18n.set_language("id")
    yield
    i18n.set_language("id")


@pytest.fixture
def store(empty_store):
    return empty_store


def _regions(store):
    return direct(store)("followup_regions")


def _item(**values):
    base = {"province_code": "62", "region_code": "62.10", "kind": "regulation", "action": "Terbitkan Perbup",
            "owner": "Bagian Hukum Setda Gunung Mas", "agreed_at_meeting": MEETING, "due_date": "2022-03-31"}
    return {**base, **values}


def _judge(store, as_of, province="62"):
    return F.register(direct(store), province, as_of).set_index("id")


def _fingerprint(store):
    return direct(store)("followup_fingerprint").iloc[0].tolist()


def _batch(store, dataset, rows):
    return store.add_batch(dataset, pd.DataFrame(rows), f"{dataset}-test.csv", None)


# --- one item's rules -----------------------------------------------------------------------
def test_clean_item_normalises_words_and_fills_defaults(store):
    item, problems = F.clean_item(_item(kind="Kepesertaan", region_code="6210", target_value="85%",
                                        worker_group="Honorer", status=None), _regions(store))
    assert not problems, problems
    assert (item["kind"], item["region_code"], item["status"]) == ("coverage", "62.10", "open")
    assert (item["target_value"], item["target_unit"], item["worker_group"]) == (85.0, "percent", "non_asn")
    assert item["due_date"] == dt.date(2022, 3, 31) and item["budget_year"] is None
    budget, problems = F.clean_item(_item(kind="anggaran", target_value=1e9), _regions(store))
    assert not problems and budget["target_unit"] == "rupiah" and budget["budget_year"] == 2022  # the due year


@pytest.mark.parametrize("values,field", [
    ({"province_code": "62.10"}, "province_code"),
    ({"region_code": "63.01"}, "region_code"),  # Tanah Laut is in Kalimantan Selatan
    ({"kind": "perbup"}, "kind"),
    ({"status": "finished"}, "status"),
    ({"owner": "  "}, "owner"),
    ({"due_date": "2021-10-01"}, "due_date"),  # before the meeting
    ({"agreed_at_meeting": "15/11/2021x"}, "agreed_at_meeting"),
    ({"target_value": 10}, "target_value"),  # a regulation item has no target
    ({"kind": "coverage", "target_value": 120, "target_unit": "percent"}, "target_value"),
    ({"kind": "coverage", "target_value": 10, "target_unit": "rupiah"}, "target_unit"),
    ({"kind": "coverage", "worker_group": "pilots"}, "worker_group"),
    ({"evidence_url": "javascript:alert(1)"}, "evidence_url"),
])
def test_clean_item_refuses_with_the_field(store, values, field):
    _, problems = F.clean_item(_item(**values), _regions(store))
    assert [p.field for p in problems] == [field], problems


def test_kind_change_drops_fields_that_no_longer_apply(store):
    stored, _ = F.clean_item(_item(kind="budget", target_value=5e8), _regions(store))
    item, problems = F.clean_item({"kind": "regulation"}, _regions(store), base=stored)
    assert not problems and item["target_value"] is None and item["budget_year"] is None


# --- met_by_data for each kind ----------------------------------------------------------------
def test_regulation_item_met_once_a_perbup_is_in_force(store):
    item_id = F.add_item(store, _item(), by="tester")
    assert _judge(store, "2022-04-01").loc[item_id, "met_by_data"] == False  # noqa: E712
    _batch(store, "regulation", [{"region_code": "62.10", "instrument": "perbup", "number": "7", "year": 2022,
                                  "issued_on": dt.date(2022, 2, 1), "title": "Jamsostek", "status": "issued",
                                  "revoked_on": dt.date(2023, 6, 1)}])
    assert _judge(store, "2022-01-31").loc[item_id, "met_by_data"] == False  # noqa: E712
    on = _judge(store, "2022-04-01").loc[item_id]
    assert on["met_by_data"] == True and "Perbup 7/2022" in on["data_detail"]  # noqa: E712
    assert _judge(store, "2023-07-01").loc[item_id, "met_by_data"] == False  # revoked: the tracker's rule  # noqa: E712
    # an instruksi bupati is listed by the tracker but is not a regulation
    _batch(store, "regulation", [{"region_code": "62.11", "instrument": "instruksi_bupati", "number": "1",
                                  "year": 2022, "issued_on": dt.date(2022, 1, 5), "title": "x", "status": "issued"}])
    other = F.add_item(store, _item(region_code="62.11"), by="tester")
    assert _judge(store, "2022-04-01").loc[other, "met_by_data"] == False  # noqa: E712


def test_regulation_item_of_the_province_counts_its_pergub(store):
    item_id = F.add_item(store, _item(region_code=None, action="Pergub ditetapkan"), by="tester")
    # the curated Pergub 3/2022 is known by its year only: in force from 31 December 2022
    assert _judge(store, "2022-06-01").loc[item_id, "met_by_data"] == False  # noqa: E712
    assert _judge(store, "2023-01-01").loc[item_id, "met_by_data"] == True  # noqa: E712


def test_no_regulation_data_gives_no_verdict(store):
    # Sumatera Selatan: no regulation on record at all (Aceh now has its Pergub and Qanun)
    item_id = F.add_item(store, _item(province_code="16", region_code="16.01"), by="tester")
    row = _judge(store, "2022-04-01", "16").loc[item_id]
    assert row["met_by_data"] is pd.NA and row["data_detail"]


def test_coverage_item_workers_and_percent(store):
    province = F.add_item(store, _item(kind="coverage", region_code=None, action="1.000 Non-ASN se-provinsi",
                                       target_value=1100, worker_group="non_asn"), by="t")
    # no kabupaten/kota row yet: the province's own curated figure (21.800 Non-ASN, Nov 2021) counts
    assert _judge(store, "2021-11-20").loc[province, "met_by_data"] == True  # noqa: E712
    rows = [{"region_code": "62.10", "period": dt.date(2021, 10, 1), "segment": "PU", "worker_group": "non_asn",
             "active_participants": 800, "target_workers": 1000},
            {"region_code": "62.10", "period": dt.date(2022, 1, 1), "segment": "PU", "worker_group": "non_asn",
             "active_participants": 1000, "target_workers": 1000},
            {"region_code": "62.11", "period": dt.date(2022, 1, 1), "segment": "PU", "worker_group": "non_asn",
             "active_participants": 100, "target_workers": 400}]
    _batch(store, "coverage", rows)
    workers = F.add_item(store, _item(kind="coverage", action="Daftarkan Non-ASN", target_value=1000,
                                      worker_group="non_asn"), by="t")
    share = F.add_item(store, _item(kind="coverage", action="90% Non-ASN", target_value=90, target_unit="percent",
                                    worker_group="non_asn"), by="t")
    before, after = _judge(store, "2021-12-01"), _judge(store, "2022-02-01")
    assert before.loc[workers, "met_by_data"] == False and after.loc[workers, "met_by_data"] == True  # noqa: E712
    assert "800 dari target 1.000 pekerja (Oktober 2021)" == before.loc[workers, "data_detail"]
    assert before.loc[share, "met_by_data"] == False and after.loc[share, "met_by_data"] == True  # noqa: E712
    assert "80,00%" in before.loc[share, "data_detail"]
    # the province sums its kabupaten/kota (1.000 + 100), not its own reported 21.800
    assert after.loc[province, "met_by_data"] == True  # noqa: E712
    assert before.loc[province, "met_by_data"] == False  # noqa: E712
    assert _judge(store, "2021-09-01").loc[workers, "met_by_data"] is pd.NA  # no data yet: no verdict


def test_budget_item_met_when_allocation_reaches_the_target(store):
    item_id = F.add_item(store, _item(kind="budget", action="Anggarkan iuran Non-ASN di APBD 2022",
                                      target_value=1_000_000_000, worker_group="non_asn", budget_year=2022), by="t")
    assert _judge(store, "2022-04-01").loc[item_id, "met_by_data"] is pd.NA  # nothing recorded for 2022
    base = {"region_code": "62.10", "year": 2022, "worker_group": "non_asn"}
    _batch(store, "budget", [{**base, "funding_source": "apbd", "allocated_rp": 600_000_000},
                             {**base, "worker_group": "pekerja_rentan", "funding_source": "apbd",
                              "allocated_rp": 5e9}])  # another group's money does not count
    assert _judge(store, "2022-04-01").loc[item_id, "met_by_data"] == False  # noqa: E712
    _batch(store, "budget", [{**base, "funding_source": "dbh_sawit", "allocated_rp": 400_000_000},
                             {**base, "year": 2023, "funding_source": "apbd", "allocated_rp": 9e9}])
    row = _judge(store, "2022-04-01").loc[item_id]
    assert row["met_by_data"] == True and "Rp 1.000.000.000" in row["data_detail"]  # noqa: E712


def test_other_item_has_no_data_verdict(store):
    item_id = F.add_item(store, _item(kind="other", action="Rapat lanjutan dengan kejaksaan"), by="t")
    row = _judge(store, "2022-04-01").loc[item_id]
    assert row["met_by_data"] is pd.NA and F.verdict_text(row["met_by_data"]) == "–"


# --- overdue and disagreements ----------------------------------------------------------------
def test_overdue_is_due_before_the_date_and_not_closed():
    due = pd.Series([dt.date(2022, 3, 31)] * 4 + [None])
    status = pd.Series(["open", "in_progress", "done", "dropped", "open"])
    assert F.overdue(due, status, "2022-04-01").tolist() == [True, True, False, False, False]
    assert F.overdue(due, status, "2022-03-31").tolist() == [False] * 5  # due that day: not yet late


def test_disagreements_both_ways():
    status = pd.Series(["done", "done", "open", "in_progress", "open", "dropped", "done"])
    met = pd.array([False, True, True, True, False, True, None], dtype="boolean")
    assert F.disagreement(status, met).tolist() == [
        F.DONE_NOT_MET, None, F.MET_STILL_OPEN, F.MET_STILL_OPEN, None, None, None]


def test_disagreement_shown_in_the_register(store):
    item_id = F.add_item(store, _item(), by="t")
    F.update_item(store, item_id, {"status": "done"}, by="t")
    row = _judge(store, "2022-04-01").loc[item_id]
    assert row["disagreement"] == F.DONE_NOT_MET and not row["overdue"]
    assert "ditandai selesai, data belum menunjukkan" in F.display_frame(_judge(store, "2022-04-01").reset_index()) \
        .iloc[0].tolist()
    F.update_item(store, item_id, {"status": "open"}, by="t")
    assert _judge(store, "2022-04-01").loc[item_id, "overdue"]
    i18n.set_language("en")
    _batch(store, "regulation", [{"region_code": "62.10", "instrument": "perbup", "number": "7", "year": 2022,
                                  "issued_on": dt.date(2022, 2, 1), "title": "Jamsostek", "status": "issued"}])
    shown = F.display_frame(_judge(store, "2022-04-01").reset_index()).iloc[0]
    assert shown["Status and data differ"] == "the data shows it met, still open"


# --- history and refused writes ---------------------------------------------------------------
def test_history_keeps_every_change(store):
    item_id = F.add_item(store, _item(), by="kabid@disnaker")
    assert F.update_item(store, item_id, {"status": "in_progress", "owner": "Biro Hukum"}, by="a@x") == \
        ["owner", "status"]
    assert F.update_item(store, item_id, {"status": "done", "note": "Perbup 7/2022"}, by="b@x") == ["status", "note"]
    assert F.update_item(store, item_id, {"status": "done"}, by="c@x") == []  # no change, no history
    log = F.history(direct(store), item_id)
    created = log[log["changed_by"] == "kabid@disnaker"]
    assert set(created["field"]) >= {"province_code", "region_code", "kind", "action", "owner", "status"}
    assert created["old_value"].isna().all()
    changes = log[log["changed_by"] != "kabid@disnaker"]
    assert changes[["changed_by", "field", "old_value", "new_value"]].fillna("").values.tolist() == [
        ["a@x", "owner", "Bagian Hukum Setda Gunung Mas", "Biro Hukum"],
        ["a@x", "status", "open", "in_progress"],
        ["b@x", "status", "in_progress", "done"],
        ["b@x", "note", "", "Perbup 7/2022"],
    ]
    items = F.load_items(direct(store), "62").set_index("id")
    assert items.loc[item_id, "updated_by"] == "b@x" and items.loc[item_id, "created_by"] == "kabid@disnaker"


def test_a_refused_write_changes_nothing(store):
    first = F.add_item(store, _item(), by="t")
    before = _fingerprint(store)
    with pytest.raises(F.FollowupError) as refused:
        F.write_changes(store, adds=[_item(action="Baru"), _item(kind="nope")],
                        updates=[(first, {"status": "done"}), (999, {"status": "done"})], by="t")
    text = str(refused.value)
    assert "new 2: Kind: use one of Regulation, Coverage, Budget, Other (value 'nope')" in text
    assert "item 999: no such follow-up" in text
    said = refused.value.texts("id")  # the same refusal on an Indonesian page
    assert "baru 2: Jenis: gunakan salah satu dari: Regulasi, Kepesertaan, Anggaran, Lainnya (nilai 'nope')" in said
    assert "tindak lanjut 999: tidak ada di daftar" in said
    assert _fingerprint(store) == before
    with pytest.raises(F.FollowupError, match=f"already in the register as item {first}"):
        F.add_item(store, _item(action="terbitkan perbup"), by="t")  # the same item again
    with pytest.raises(F.FollowupError, match="By: say who makes the change"):
        F.add_item(store, _item(action="x"), by=" ")
    assert _fingerprint(store) == before


def test_store_checks_refuse_what_code_would(store):
    import duckdb

    with pytest.raises(duckdb.ConstraintException):
        store.cursor().execute(
            "INSERT INTO followup (province_code, kind, action, owner, agreed_at_meeting, status, created_by,"
            " created_at, updated_by, updated_at) VALUES ('62', 'regulation', 'x', 'y', DATE '2021-11-15',"
            " 'finished', 't', now(), 't', now())")


def test_earlier_items_for_the_next_brief(store):
    q = direct(store)
    old_done = F.add_item(store, _item(action="A", agreed_at_meeting="2021-06-01", due_date=None,
                                       kind="other"), by="t")
    old_open = F.add_item(store, _item(action="B", agreed_at_meeting="2021-06-01", due_date="2021-09-30",
                                       kind="other"), by="t")
    last = F.add_item(store, _item(action="C", status="done", kind="other"), by="t")
    later = F.add_item(store, _item(action="D", agreed_at_meeting="2022-04-01", due_date=None, kind="other"), by="t")
    F.update_item(store, old_done, {"status": "done"}, by="t")
    shown = F.earlier_items(q, "62", "2022-04-01")
    assert shown["id"].tolist() == [old_open, last]  # overdue open first; older closed ones left out
    assert later not in shown["id"].tolist()
    assert bool(shown.set_index("id").loc[old_open, "overdue"])
