"""AppTest of the overview and data pages on a demo database."""

from __future__ import annotations

import re

import pandas as pd

from tests.apptest_support import errors_of, page_test


def test_overview_shows_national_figures_and_charts(demo_env):
    at = page_test("overview").run()
    assert not errors_of(at), errors_of(at)
    assert [m.label for m in at.metric][0] == "Peserta aktif (jumlah provinsi)"
    assert len(at.metric) == 5  # no national figure reported for the demo's month: no such card
    values = {m.label: m.value for m in at.metric}
    # what is known of the regulation of every kab/kota, apart from what is in force (issue 25)
    assert re.fullmatch(r"\d+ dari 514", values["Status regulasi diketahui"]), values
    assert all(v for v in values.values()), values
    # the demo mark is always visible where demo data is shown
    assert any("demo" in str(w.value).lower() for w in at.warning), [w.value for w in at.warning]
    assert len(at.get("plotly_chart")) == 2
    assert len(at.dataframe) == 1 and len(at.dataframe[0].value) == 38
    # the budget card is short enough to read (the exact rupiah cut off as "Rp 852.880.…" was);
    # the exact sum, equal to the table's, is in its help
    budget = next(m for m in at.metric if m.label.startswith("Anggaran"))
    exact = int(at.dataframe[0].value["allocated_rp"].sum())
    assert re.fullmatch(r"Rp \d{1,3},\d (juta|miliar|triliun)", budget.value), budget.value
    assert budget.proto.help == f"Rp {exact:,}".replace(",", "."), budget.proto.help


def test_overview_in_english(demo_env):
    at = page_test("overview", lang="en").run()
    assert not errors_of(at)
    assert at.title[0].value == "National overview"
    assert [m.label for m in at.metric][0] == "Active participants (sum of provinces)"


def test_overview_in_english_reads_reported_figures_in_english(public_env):
    # the card and the conflict warning give the number in the UI language; the source's own
    # wording ("41,56 juta") stays as written in the sources table only
    at = page_test("overview", lang="en").run()
    assert not errors_of(at), errors_of(at)
    cards = {m.label: m for m in at.metric}
    assert cards["Active participants, national (reported)"].value == "41.56 million"
    conflict = " ".join(w.value for w in at.warning)
    assert "41.56 million" in conflict and "41.46 million" in conflict and "juta" not in conflict, conflict
    # the curation's notes beside the figures, as stored in English here; in Indonesian below
    notes = " ".join(at.dataframe[0].value["note"].dropna())
    assert "Kemnaker's table gives 41.56 million" in notes and "Dossier confidence" in notes, notes


def test_overview_on_public_data_opens_on_december_2023_with_sums_beside_reported_figures(public_env):
    at = page_test("overview").run()
    assert not errors_of(at), errors_of(at)
    assert at.selectbox(key="ov_period").value == "2023-12"  # the month most provinces report
    cards = {m.label: m for m in at.metric}
    # the sum of the 28 provinces the Kemnaker table gives, and the national figure beside it
    assert cards["Peserta aktif (jumlah provinsi)"].value == "39.782.324"
    assert "28 dari 38 provinsi" in cards["Peserta aktif (jumlah provinsi)"].proto.help
    assert cards["Peserta aktif nasional (dilaporkan)"].value == "41,56 juta"
    assert "keyakinan tinggi" in cards["Peserta aktif nasional (dilaporkan)"].proto.help
    # UCJ only over the provinces with a denominator, and saying how many
    assert "7 dari 38" in cards["UCJ 7 provinsi"].proto.help
    # the country's UCJ as a source reports it, beside the sum of 7 provinces
    assert any(label.startswith("UCJ nasional (dilaporkan") for label in cards)
    # kab/kota with a regulation counted as the tracker counts them (provinces with records)
    assert not cards["Kab/kota dengan regulasi"].value.endswith("dari 514")
    # no budget record: "no data", never "Rp 0"
    assert cards["Anggaran dialokasikan 2023"].value == "tidak ada data"
    # the two sources that differ on the national figure, both shown, not averaged
    conflict = " ".join(w.value for w in at.warning)
    assert "41,56 juta" in conflict and "41,46 juta" in conflict, conflict
    reported = at.dataframe[0].value
    assert {"41,56 juta", "41,46 juta"} <= set(reported["value_reported"])
    notes = " ".join(reported["note"].dropna())
    assert "Keyakinan dossier" in notes and "Dossier confidence" not in notes and "table gives" not in notes, notes
    assert reported["source_url"].notna().all()
    # segments: the national figures a source reports (public data has no national segment sum)
    assert any("Angka nasional per segmen menurut" in c.value for c in at.caption)
    assert len(at.get("plotly_chart")) == 2
    # the province chart leaves out provinces without a figure: 28 bars, not 38 with zeros
    assert at.get("segmented_control")[0].value == "active"
    table = at.dataframe[1].value
    aceh = table[table["province"] == "Aceh"].iloc[0]
    assert aceh["active_participants"] == 583638 and aceh["confidence"] == "tinggi"  # the label
    assert aceh["source_url"].startswith("https://")
    assert table["active_participants"].notna().sum() == 28
    assert table["allocated_rp"].isna().all()


def test_overview_on_public_data_in_english(public_env):
    at = page_test("overview", lang="en").run()
    assert not errors_of(at), errors_of(at)
    cards = {m.label: m.value for m in at.metric}
    assert cards["Active participants (sum of provinces)"] == "39,782,324"
    assert cards["Budget allocated 2023"] == "no data"
    assert any("Sources differ" in w.value for w in at.warning)


def test_data_page_lists_batches_and_refuses_bad_file(demo_env):
    at = page_test("data").run()
    assert not errors_of(at), errors_of(at)
    # batch history is a table with the demo and curated batches
    assert any(len(df.value) >= 4 for df in at.dataframe)


def _count(path, sql):
    # what every reader sees: the published snapshot of the dataset
    from analytics import snapshots

    return snapshots.reader(path).state().store.query_value(sql)


def _find(elements, label_start):
    return next(e for e in elements if str(e.label).startswith(label_start))


def test_data_page_upload_validate_import_and_rollback(demo_env):
    from tests.conftest import ROOT

    fixture = ROOT / "tests" / "fixtures" / "kalteng_non_asn_2021-10.xlsx"
    at = page_test("data").run()
    at.selectbox(key="const_coverage_segment").select("PU")
    at.selectbox(key="const_coverage_worker_group").select("non_asn")
    at.text_input(key="const_coverage_period").input("2021-10")
    at.file_uploader[0].set_value((fixture.name, fixture.read_bytes(),
                                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    at.run()
    assert not errors_of(at), errors_of(at)
    assert any("14 baris valid" in s.value for s in at.success), [s.value for s in at.success]
    before = _count(demo_env, "SELECT count(*) FROM import_batch")
    at.button(key="do_import").click().run()
    assert not errors_of(at), errors_of(at)
    assert _count(demo_env, "SELECT count(*) FROM import_batch") == before + 1
    new_batch = _count(demo_env, "SELECT max(batch_id) FROM import_batch")
    assert _count(demo_env, f"SELECT count(*) FROM coverage WHERE batch_id = {new_batch}") == 14
    assert any(f"batch {new_batch}" in s.value for s in at.success)
    # roll it back: needs the confirmation tick first
    at.selectbox(key="rollback_batch").select(new_batch).run()
    assert at.button(key="do_rollback").disabled
    at.checkbox(key=f"rollback_confirm_{new_batch}").check().run()
    at.button(key="do_rollback").click().run()
    assert not errors_of(at), errors_of(at)
    assert _count(demo_env, f"SELECT count(*) FROM coverage WHERE batch_id = {new_batch}") == 0
    assert _count(demo_env, f"SELECT status FROM import_batch WHERE batch_id = {new_batch}") == "rolled_back"


def test_data_page_shows_every_problem_and_stores_nothing(demo_env):
    bad = (b"Kabupaten/Kota;Periode;Segmen;Kelompok;Jumlah Peserta Aktif\n"
           b"Bogor;2021-10;PU;Non ASN;100\n"
           b"Katingan;2021-13;PU;Non ASN;-5\n"
           b"Kapuas;2021-10;PU;Non ASN;banyak\n")
    at = page_test("data").run()
    at.file_uploader[0].set_value(("buruk.csv", bad, "text/csv")).run()
    assert not at.exception
    assert at.error and "4 masalah" in at.error[0].value, [e.value for e in at.error]
    problems = next(d.value for d in at.dataframe if "Masalah" in d.value.columns)
    assert {"Baris", "Kolom", "Nilai", "Masalah"} <= set(problems.columns)
    assert sorted(problems["Baris"].tolist()) == [2, 3, 3, 4]
    assert "Kabupaten Bogor" in " ".join(problems["Masalah"]) and "Kota Bogor" in " ".join(problems["Masalah"])
    assert not [b for b in at.button if b.key == "do_import"]
    assert _count(demo_env, "SELECT count(*) FROM import_batch WHERE file_name = 'buruk.csv'") == 0


def test_data_page_hides_write_controls_for_viewers(demo_env, monkeypatch):
    monkeypatch.setenv("JAMSOSTEK_READ_ONLY", "1")
    at = page_test("data").run()
    assert not errors_of(at)
    assert not at.file_uploader and not [b for b in at.button if b.key in ("do_import", "do_rollback")]
    assert any("editor" in i.value for i in at.info)


def test_language_buttons_switch_and_keep_it_in_the_url(demo_env):
    at = page_test("overview").run()
    assert at.button(key="lang_id").disabled and not at.button(key="lang_en").disabled
    at.button(key="lang_en").click().run()
    assert not errors_of(at), errors_of(at)
    assert at.query_params["lang"] == ["en"] or at.query_params["lang"] == "en"
    assert at.title[0].value == "National overview"
    at.button(key="lang_id").click().run()
    assert "lang" not in at.query_params and at.title[0].value == "Ringkasan nasional"


def test_data_page_reads_the_data_sheet_of_a_two_sheet_workbook_and_says_which(demo_env):
    from tests.ingest.test_importers import petunjuk_workbook

    at = page_test("data", lang="en").run()
    at.file_uploader(key="import_file").set_value(("cabang.xlsx", petunjuk_workbook(),
                                                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    at.run()
    assert not errors_of(at), errors_of(at)
    assert at.selectbox(key="import_sheet").value == "Data"
    assert any("2 valid rows" in s.value for s in at.success), [s.value for s in at.success]
    notes = [i.value for i in at.info]
    assert any("read sheet 'Data'" in n and "'Sheet' box" in n for n in notes), notes


def test_data_page_suggestions_name_fields_on_the_page(demo_env):
    """Every whole-file value the problems suggest is named by a label the page shows for the
    dataset (no CLI flag), and so is a refused value typed in a box."""
    empty = b"Kabupaten/Kota;Catatan\nBanjar;x\n"
    for dataset in ("coverage", "regulations", "budget", "employment"):
        at = page_test("data")
        at.session_state["import_dataset"] = dataset
        at.run()
        for box in at.text_input:
            if box.key in (f"const_{dataset}_period", f"const_{dataset}_year"):
                box.input("2021-13" if box.key.endswith("period") else "abc")
        at.file_uploader(key="import_file").set_value((f"{dataset}.csv", empty, "text/csv"))
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        labels = {w.label for w in [*at.selectbox, *at.text_input]}
        problems = next(d.value for d in at.dataframe if "Masalah" in d.value.columns)
        text = " ".join(problems["Masalah"])
        assert not re.search(r"--[a-z]", text), text
        named = set(re.findall(r"kotak '([^']+)'", text))
        assert named and named <= labels, (dataset, named - labels, text)
        assert "Provinsi (konteks nama)" in named, text  # Banjar: Kota in Jawa Barat, Kabupaten in Kalsel
        given = [c for r, c in zip(problems["Baris"], problems["Kolom"]) if pd.isna(r) and not pd.isna(c)]
        assert all(c in labels for c in given), (dataset, given)
        assert given or dataset == "regulations", problems  # a period or year typed in a box, refused
