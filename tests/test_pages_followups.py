"""AppTest of the follow-up register: adopting the brief's drafts, the next brief opening with
them, editing (editors only) with history, filters in the URL, and the all-or-nothing import."""

from __future__ import annotations

import datetime as dt

import pytest

from analytics import followups as F
from analytics import snapshots
from analytics.queries import direct
from analytics.web import roles
from tests.apptest_support import errors_of, page_test
from tests.ingest.test_followups_versions import ENGLISH

PASSWORD_HASH = roles.hash_password("rapat-kalteng")
BRIEF = {"brief_province": "62", "brief_date": "2021-11-15"}


def _query(path):
    """The published snapshot, read as the app reads it."""
    return direct(snapshots.reader(path).state().store)


def _seed(path, **values):
    item = {"province_code": "62", "region_code": "62.10", "kind": "regulation",
            "action": "Tetapkan Perbup Gunung Mas", "owner": "Bagian Hukum", "agreed_at_meeting": "2021-11-15",
            "due_date": "2022-03-31", **values}
    with snapshots.writing(path, who="test", what="seed a follow-up") as session:
        return F.add_item(session.store, item, by="sekretariat")


def _fingerprint(path):
    return _query(path)("followup_fingerprint").iloc[0].tolist()


def _keys(at) -> set[str]:
    from streamlit.testing.v1.element_tree import Widget

    keys = set()

    def walk(node):
        for child in getattr(node, "children", {}).values():
            if isinstance(child, Widget) and child.key:
                keys.add(child.key)
            walk(child)

    walk(at.main)
    return keys


def _texts(at, kind="markdown") -> str:
    return " ".join(str(e.value) for e in at.get(kind))


def test_adopt_drafted_items_during_the_meeting(demo_env):
    at = page_test("brief", params=BRIEF).run(timeout=120)
    assert not errors_of(at), errors_of(at)
    at.toggle(key="brief_adopt_open").set_value(True).run(timeout=120)
    picks = [c for c in at.checkbox if c.key.startswith("brief_adopt_pick_")]
    labels = [c.label for c in picks]
    regulation = next(c for c in picks if c.label.startswith("Regulasi: Tetapkan Perbup Kabupaten Gunung Mas"))
    coverage = next(c for c in picks if c.label.startswith("Kepesertaan: Daftarkan") and "Gunung Mas" in c.label)
    assert len(labels) >= 10, labels

    # ticked without owner and due date: refused, nothing written
    before = _fingerprint(demo_env)
    regulation.check()
    at.button(key="brief_adopt_save").click().run(timeout=120)
    assert "penanggung jawab dan tenggat" in " ".join(str(e.value) for e in at.error)
    assert _fingerprint(demo_env) == before

    for box in (regulation, coverage):
        suffix = box.key.removeprefix("brief_adopt_pick_")
        at.checkbox(key=box.key).check()
        at.text_input(key=f"brief_adopt_owner_{suffix}").input("Bagian Hukum Setda Gunung Mas")
        at.date_input(key=f"brief_adopt_due_{suffix}").set_value(dt.date(2022, 3, 31))
    at.button(key="brief_adopt_save").click().run(timeout=120)
    assert not errors_of(at), errors_of(at)
    assert any("2 tindak lanjut dicatat dengan tanggal rapat 15 November 2021" in str(s.value) for s in at.success)
    # adopted drafts leave the form; the caption says so
    assert "2 draf sudah tercatat dari rapat ini." in _texts(at, "caption")
    assert not [c for c in at.checkbox if c.key in (regulation.key, coverage.key)]

    items = F.load_items(_query(demo_env), "62")
    assert len(items) == 2
    assert set(items["kind"]) == {"regulation", "coverage"} and set(items["region_code"]) == {"62.10"}
    assert (items["agreed_at_meeting"].dt.date == dt.date(2021, 11, 15)).all()
    assert (items["due_date"].dt.date == dt.date(2022, 3, 31)).all()
    assert (items["created_by"] == "editor (web)").all()
    coverage_item = items[items["kind"] == "coverage"].iloc[0]
    assert coverage_item["worker_group"] == "non_asn" and coverage_item["target_value"] > 0

    # the next meeting's brief opens with them
    later = page_test("brief", params={"brief_province": "62", "brief_date": "2022-04-01"}).run(timeout=120)
    assert not errors_of(later), errors_of(later)
    assert later.subheader[0].value == "Tindak lanjut rapat sebelumnya"
    table = later.table[0].value
    assert set(table["Tindak lanjut"]) == set(items["action"])
    assert set(table["Status"]) == {"Terbuka"} and table["Tenggat"].str.contains("lewat tenggat").all()
    # the meeting's own brief does not open with what it agreed
    assert "Tindak lanjut rapat sebelumnya" not in [h.value for h in page_test("brief", params=BRIEF)
                                                     .run(timeout=120).subheader]


def test_viewers_get_no_controls(demo_env, monkeypatch):
    _seed(demo_env)
    editor_brief = _keys(page_test("brief", params=BRIEF).run(timeout=120))
    editor_register = _keys(page_test("followups", params={"fu_province": "62"}).run(timeout=120))
    assert "brief_adopt_open" in editor_brief
    assert {"fu_edit_item", "fu_add_open", "fu_import_file"} <= editor_register
    for env in ({"JAMSOSTEK_EDITOR_PASSWORD_HASH": PASSWORD_HASH}, {"JAMSOSTEK_READ_ONLY": "1"}):
        with monkeypatch.context() as m:
            for key, value in env.items():
                m.setenv(key, value)
            brief = page_test("brief", params=BRIEF).run(timeout=120)
            register = page_test("followups", params={"fu_province": "62"}).run(timeout=120)
            assert not errors_of(register), errors_of(register)
            assert not {k for k in _keys(brief) if k.startswith("brief_adopt")}
            viewer = _keys(register)
            assert not {k for k in viewer if k.startswith(("fu_edit", "fu_add", "fu_import"))}, viewer
            assert viewer < editor_register
            assert not register.get("file_uploader")
            assert len(register.dataframe[0].value) == 1  # viewing stays open


def test_editing_keeps_the_history_and_the_data_verdict_beside_the_status(demo_env):
    item_id = _seed(demo_env)
    at = page_test("followups", params={"fu_province": "62", "fu_as_of": "2022-04-01"}).run(timeout=120)
    assert not errors_of(at), errors_of(at)
    at.selectbox(key="fu_edit_item").set_value(item_id).run(timeout=120)
    at.selectbox(key=f"fu_edit_status_{item_id}").set_value("done")
    at.text_input(key=f"fu_edit_owner_{item_id}").input("Biro Hukum Setda Provinsi")
    at.button(key="fu_edit_save").click().run(timeout=120)
    assert not errors_of(at), errors_of(at)
    assert any("2 kolom diubah" in str(s.value) for s in at.success)
    row = at.dataframe[0].value.iloc[0]
    assert row["Status"] == "Selesai" and row["Perbedaan status dan data"] == "ditandai selesai, data belum menunjukkan"
    at.selectbox(key=f"fu_edit_status_{item_id}").set_value("in_progress")
    at.button(key="fu_edit_save").click().run(timeout=120)
    log = at.dataframe[1].value  # the history expander
    changes = log[log["Oleh"] == "editor (web)"][["Kolom", "Sebelumnya", "Menjadi"]].values.tolist()
    assert changes == [["Penanggung jawab", "Bagian Hukum", "Biro Hukum Setda Provinsi"],
                       ["Status", "Terbuka", "Selesai"], ["Status", "Selesai", "Dalam proses"]]
    assert (log[log["Oleh"] == "sekretariat"]["Sebelumnya"] == "–").all()  # creation


def test_an_edit_made_on_an_older_version_is_refused_naming_who_changed_what(demo_env):
    item_id = _seed(demo_env)
    at = page_test("followups", params={"fu_province": "62", "fu_as_of": "2022-04-01"}).run(timeout=120)
    at.selectbox(key="fu_edit_item").set_value(item_id).run(timeout=120)
    with snapshots.writing(demo_env, who="test", what="another editor") as session:  # meanwhile
        F.update_item(session.store, item_id, {"status": "done", "note": "Perbup terbit"}, by="ani@kalteng.go.id")
    before = _fingerprint(demo_env)
    at.text_input(key=f"fu_edit_owner_{item_id}").input("Biro Hukum")
    at.button(key="fu_edit_save").click().run(timeout=120)
    said = " ".join(str(e.value) for e in at.error) + " " + " ".join(
        str(v) for d in at.dataframe for v in d.value.astype(str).values.ravel())
    said = said.replace("\\", "").replace("\u2060", "")  # shown as text: markdown escapes, no autolink
    assert "ani@kalteng.go.id" in said and "Status 'Terbuka' -> 'Selesai'" in said, said
    refusal = " ".join(str(e.value) for e in at.error).replace("\\", "")
    assert "sudah diubah sejak versi" in refusal and not ENGLISH.search(refusal), refusal  # the page's language
    assert _fingerprint(demo_env) == before
    items = F.load_items(_query(demo_env), "62").set_index("id")
    assert (items.loc[item_id, "status"], items.loc[item_id, "owner"]) == ("done", "Bagian Hukum")
    # opened again on the item as it is now, the same change is taken and keeps the other's
    at.text_input(key=f"fu_edit_owner_{item_id}").input("Biro Hukum")
    at.button(key="fu_edit_save").click().run(timeout=120)
    items = F.load_items(_query(demo_env), "62").set_index("id")
    assert (items.loc[item_id, "status"], items.loc[item_id, "owner"], items.loc[item_id, "note"]) == \
        ("done", "Biro Hukum", "Perbup terbit")


@pytest.fixture
def english_here():
    # AppTest formats a widget's options again in this thread when it sends the widget's state:
    # the labels must come out in the page's language here too
    from analytics import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("id")


def test_filters_live_in_the_url(demo_env, english_here):
    _seed(demo_env)
    _seed(demo_env, action="Anggarkan iuran", kind="other", due_date=None)
    at = page_test("followups", lang="en", params={"fu_province": "62", "fu_as_of": "2022-04-01",
                                                  "fu_overdue": "true"}).run(timeout=120)
    assert not errors_of(at), errors_of(at)
    table = at.dataframe[0].value
    assert table["Follow-up"].tolist() == ["Tetapkan Perbup Gunung Mas"] and table["Due"].str.contains("overdue").all()
    at.multiselect(key="fu_kind").set_value(["other"]).run(timeout=120)
    assert at.query_params["fu_kind"] == "other"
    assert "fu_overdue" in at.query_params
    assert "No follow-up matches the filters." in [i.value for i in at.info]  # other + overdue: none
    at.toggle(key="fu_overdue").set_value(False).run(timeout=120)
    assert at.dataframe[0].value["Follow-up"].tolist() == ["Anggarkan iuran"]
    assert "fu_overdue" not in at.query_params


GOOD = ("id;Versi;Kode Provinsi;Kabupaten/Kota;Jenis;Tindak lanjut;Penanggung jawab;Tanggal rapat;Tenggat;Status\n"
        "1;1;62;62.10;regulasi;Tetapkan Perbup Gunung Mas;Bagian Hukum;15 November 2021;30 Juni 2022;dalam proses\n"
        ";;62;Kapuas;kepesertaan;Daftarkan Non-ASN;BPJS Cabang;1 April 2022;31/12/2022;\n")


@pytest.mark.parametrize("bad_text,where", [
    (GOOD.replace("dalam proses", "hampir"), ("2", "Status")),
    (GOOD.replace("31/12/2022", "31/13/2022"), ("3", "Tenggat")),
    (GOOD.replace(";62;Kapuas", ";62;Banjar"), ("3", "Kabupaten/Kota")),
])
def test_import_refuses_a_bad_file_with_nothing_changed(demo_env, bad_text, where):
    _seed(demo_env)
    at = page_test("followups", params={"fu_province": "62"}).run(timeout=120)
    before = _fingerprint(demo_env)
    at.file_uploader(key="fu_import_file").set_value(("rapat.csv", bad_text.encode(), "text/csv")).run(timeout=120)
    assert any("tidak ada yang diimpor" in str(e.value) for e in at.error)
    problems = at.dataframe[-1].value
    assert [str(problems.iloc[0]["Baris"]), problems.iloc[0]["Kolom"]] == list(where)
    assert not [b for b in at.button if b.key == "fu_import_do"]
    assert _fingerprint(demo_env) == before

    at.file_uploader(key="fu_import_file").set_value(("rapat.csv", GOOD.encode(), "text/csv")).run(timeout=120)
    assert any("1 baru, 1 diubah" in str(s.value) for s in at.success)
    at.button(key="fu_import_do").click().run(timeout=120)
    items = F.load_items(_query(demo_env), "62").set_index("id")
    assert items.loc[1, "status"] == "in_progress" and items.loc[2, "region_code"] == "62.03"
    assert F.history(_query(demo_env), 1)["changed_by"].iloc[-1] == "editor (web)"


def test_an_import_on_the_indonesian_page_says_a_stale_row_and_a_bad_row_in_indonesian(demo_env):
    item_id = _seed(demo_env)
    with snapshots.writing(demo_env, who="test", what="another editor") as session:  # version 2
        F.update_item(session.store, item_id, {"status": "done"}, by="ani@kalteng.go.id")
    at = page_test("followups", params={"fu_province": "62"}).run(timeout=120)
    stale_and_bad = GOOD.replace(";62;Kapuas;kepesertaan;", ";62;Kapuas;perbup;")  # row 2 on version 1; row 3 bad
    at.file_uploader(key="fu_import_file").set_value(("rapat.csv", stale_and_bad.encode(), "text/csv")).run(timeout=120)
    assert any("2 masalah; tidak ada yang diimpor" in str(e.value) for e in at.error)
    problems = at.dataframe[-1].value
    assert problems[["Baris", "Kolom"]].astype(str).values.tolist() == [["2", "Versi"], ["3", "Jenis"]]
    reasons = problems["Masalah"].tolist()
    assert reasons[0].startswith("tindak lanjut 1: sudah diubah sejak versi 1")
    assert "ani@kalteng.go.id pada" in reasons[0]
    assert "Status 'Terbuka' -> 'Selesai'" in reasons[0] and reasons[1].startswith("gunakan salah satu dari: Regulasi")
    for reason in reasons:
        assert not ENGLISH.search(reason), reason
