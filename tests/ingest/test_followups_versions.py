"""Issue 22, class 4: the follow-up register never loses an update. Every item carries a version;
an import row or a web edit made on an older version is refused for that item, naming who changed
what and when; a re-import never undoes a later change; exports carry the version."""

from __future__ import annotations

import re

import duckdb
import pytest

from analytics import exports
from analytics import followups as F
from analytics import store as store_module
from analytics.ingest import followups as imp
from analytics.queries import direct


@pytest.fixture
def store(empty_store):
    F.add_item(empty_store, {"province_code": "62", "region_code": "62.10", "kind": "other",
                             "action": "Rapat lanjutan", "owner": "Setda", "agreed_at_meeting": "2021-11-15",
                             "due_date": "2022-03-31"}, by="Budi")
    return empty_store


def _export(store, kind="csv") -> bytes:
    frame = F.export_frame(F.register(direct(store), "62", "2022-04-01"))
    assert list(frame.columns[:2]) == ["id", "version"]
    return exports.csv_bytes(frame) if kind == "csv" else exports.xlsx_bytes(frame)


def _fingerprint(store):
    return direct(store)("followup_fingerprint").to_dict("records")


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_stale_export_reimported_is_refused_and_undoes_nothing(store, kind):
    stale = _export(store, kind)  # version 1: open, no note
    F.update_item(store, 1, {"status": "done", "note": "Perbup terbit", F.VERSION: 1}, by="Ani")
    assert int(direct(store)("followup_items", {"province": None})["version"][0]) == 2
    before = _fingerprint(store)
    report = imp.prepare(direct(store), stale, f"lama.{kind}")
    assert not report.ok and not report.updates
    [problem] = report.problems
    assert (problem.row, problem.column) == (2, "version")
    text = str(problem)
    assert re.search(r"item 1: changed since version 1, which this change was made on: Ani on \d{4}-\d\d-\d\d "
                     r"\d\d:\d\d \(version 2\): Status 'Open' -> 'Done', Note / evidence \(empty\) -> 'Perbup terbit'",
                     text), text
    assert "take its version 2 and make the change again" in text
    with pytest.raises(imp.FollowupImportRefused):
        imp.commit(store, report, by="Citra")
    assert _fingerprint(store) == before
    item = direct(store)("followup_items", {"province": None}).iloc[0]
    assert (item["status"], item["note"]) == ("done", "Perbup terbit")


def test_a_fresh_export_changed_and_imported_is_taken_and_raises_the_version(store):
    fresh = _export(store).replace(b"Setda", b"Bagian Hukum")
    report = imp.prepare(direct(store), fresh, "baru.csv")
    assert report.ok, report.summary()
    imp.commit(store, report, by="Citra")
    items = direct(store)("followup_items", {"province": None})
    assert (items["owner"][0], int(items["version"][0])) == ("Bagian Hukum", 2)
    log = direct(store)("followup_history", {"id": 1})
    assert log.loc[log["field"] == "owner", "version"].tolist() == [1, 2]  # created, then changed
    assert set(log.loc[log["field"] != "owner", "version"]) == {1}
    # the same file again, made on version 1: it changes nothing now, so it is read as unchanged
    again = imp.prepare(direct(store), fresh, "baru.csv")
    assert again.ok and again.unchanged == [1]


def test_the_check_is_made_again_when_the_file_is_written(store):
    report = imp.prepare(direct(store), _export(store).replace(b"Setda", b"Bappeda"), "a.csv")
    assert report.ok
    F.update_item(store, 1, {"status": "in_progress"}, by="Ani")  # between the check and the write
    with pytest.raises(imp.FollowupImportRefused, match=r"changed since version 1.*Ani"):
        imp.commit(store, report, by="Citra")
    assert direct(store)("followup_items", {"province": None})["owner"][0] == "Setda"


def test_a_change_without_a_version_is_refused(store):
    text = ("id;Provinsi;Tindak lanjut;Penanggung jawab;Tanggal rapat;Status\n"
            "1;62;Rapat lanjutan;Setda;15/11/2021;selesai\n")
    report = imp.prepare(direct(store), text.encode(), "tangan.csv")
    assert not report.ok
    assert "a change to item 1 needs the version it was made on" in str(report.problems[0])
    ok = imp.prepare(direct(store), text.replace("id;", "id;Versi;").replace("1;62", "1;1;62").encode(), "t.csv")
    assert ok.ok and ok.updates[0][0] == 1, ok.summary()


def test_a_web_edit_on_an_older_version_is_refused(store):
    form = {"status": "done", "owner": "Setda", "note": "", F.VERSION: 1}  # what the form was opened on
    F.update_item(store, 1, {"note": "menunggu fasilitasi", F.VERSION: 1}, by="ani@kalteng.go.id")
    with pytest.raises(F.FollowupError) as caught:
        F.update_item(store, 1, form, by="editor (web)")
    assert re.search(r"item 1: changed since version 1, .*ani@kalteng.go.id on .* \(version 2\): Note / evidence "
                     r"\(empty\) -> 'menunggu fasilitasi'", str(caught.value)), str(caught.value)
    [said] = caught.value.texts("id")  # on an Indonesian page
    assert re.search(r"^tindak lanjut 1: sudah diubah sejak versi 1, .*ani@kalteng.go.id pada \d{4}-\d\d-\d\d "
                     r"\d\d\.\d\d \(versi 2\): Catatan / bukti \(kosong\) -> 'menunggu fasilitasi'\. Tidak ada yang "
                     r"disimpan", said), said
    assert direct(store)("followup_items", {"province": None})["note"][0] == "menunggu fasilitasi"
    reloaded = {**form, "note": "menunggu fasilitasi", F.VERSION: 2}  # the form opened again
    assert F.update_item(store, 1, reloaded, by="editor (web)") == ["status"]
    with pytest.raises(F.FollowupError, match="version 9 does not exist"):
        F.update_item(store, 1, {"status": "open", F.VERSION: 9}, by="x")


def test_migration_gives_existing_items_the_versions_their_history_shows(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER, applied_at TIMESTAMP)")
    for version, migration in enumerate(store_module._MIGRATIONS[:3], start=1):
        con.execute(migration)
        con.execute("INSERT INTO schema_version VALUES (?, now())", [version])
    con.execute("INSERT INTO followup (province_code, kind, action, owner, agreed_at_meeting, created_by, "
                "created_at, updated_by, updated_at) VALUES ('62', 'other', 'a', 'b', DATE '2021-11-15', 'x', "
                "TIMESTAMP '2022-01-01 10:00', 'y', TIMESTAMP '2022-02-01 10:00')")
    for at, fld in [("2022-01-01 10:00", "action"), ("2022-01-01 10:00", "owner"), ("2022-01-05 09:00", "status"),
                    ("2022-02-01 10:00", "note")]:
        con.execute("INSERT INTO followup_history (followup_id, changed_at, changed_by, field, old_value, new_value)"
                    " VALUES (1, ?, 'x', ?, NULL, 'v')", [at, fld])
    con.close()
    migrated = store_module.Store(path)
    assert migrated.query_value("SELECT version FROM followup WHERE id = 1") == 3
    assert migrated.query_df("SELECT field, version FROM followup_history ORDER BY change_id")["version"].tolist() \
        == [1, 1, 2, 3]
    migrated.close()


def test_cli_update_on_an_older_version_is_refused(store, capsys):
    from analytics import cli

    F.update_item(store, 1, {"status": "in_progress"}, by="Ani")
    db = store.path
    store.close()
    assert cli.main(["followups", "update", "1", "--status", "done", "--version", "1", "--by", "Budi",
                     "--db", str(db), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "not changed: item 1: changed since version 1" in err and "Ani on" in err and "Traceback" not in err
    assert cli.main(["followups", "update", "1", "--status", "done", "--version", "1", "--by", "Budi",
                     "--db", str(db)]) == 2  # in the command line's default language, Indonesian
    err = capsys.readouterr().err
    assert "tidak diubah: tindak lanjut 1: sudah diubah sejak versi 1" in err and "Ani pada" in err
    assert cli.main(["followups", "update", "1", "--status", "done", "--version", "2", "--by", "Budi",
                     "--db", str(db)]) == 0
    assert cli.main(["followups", "list", "--db", str(db)]) == 0
    assert "1,3,62," in capsys.readouterr().out


# English words the register's messages used to carry; none may show on an Indonesian page
ENGLISH = re.compile(r"\b(changed|expected|unknown|since|version|item|value|row|column|use|one of|not|before|"
                     r"already|register|required|empty|must|nothing|saved|problems?|header|new)\b", re.IGNORECASE)


def test_an_indonesian_page_import_says_a_stale_row_and_a_bad_row_in_indonesian_only(store):
    from analytics import i18n

    F.update_item(store, 1, {"status": "done", "note": "Perbup terbit", F.VERSION: 1}, by="Ani")  # now version 2
    text = ("id;Versi;Provinsi;Kabupaten/Kota;Jenis;Tindak lanjut;Penanggung jawab;Tanggal rapat;Tenggat;Status;"
            "Target\n"
            "1;1;62;62.10;lainnya;Rapat lanjutan;Bagian Hukum;15/11/2021;31/03/2022;terbuka;\n"  # made on version 1
            ";;62;62.10;perbup;Tetapkan Perbup;Hukum;15/11/2021;01/01/2021;hampir;\n"  # kind, status, due date
            ";;62;62.10;kepesertaan;Daftarkan Non-ASN;BPJS;15/11/2021;31/13/2022;;banyak\n")  # date, target
    before = _fingerprint(store)
    with i18n.using("id"):  # the register page in Indonesian: problems are shown in the UI language
        report = imp.prepare(direct(store), text.encode(), "rapat.csv")
        said = [p.render() for p in report.problems]
        summary = report.summary()
    assert not report.ok and _fingerprint(store) == before
    assert [(p.row, p.column) for p in report.problems] == [
        (2, "Versi"), (3, "Jenis"), (3, "Status"), (3, "Tenggat"), (4, "Tenggat"), (4, "Target")], said
    assert re.search(r"^baris 2, kolom 'Versi': tindak lanjut 1: sudah diubah sejak versi 1, versi yang menjadi "
                     r"dasar perubahan ini: Ani pada \d{4}-\d\d-\d\d \d\d\.\d\d \(versi 2\): Status 'Terbuka' -> "
                     r"'Selesai', Catatan / bukti \(kosong\) -> 'Perbup terbit'\. Tidak ada yang disimpan",
                     said[0]), said[0]
    assert "gunakan salah satu dari: Regulasi, Kepesertaan, Anggaran, Lainnya (nilai 'perbup')" in said[1]
    assert said[4].startswith("baris 4, kolom 'Tenggat': bulan 13 tidak ada") and "teks di kolom angka" in said[5]
    for message in [*said, summary]:
        assert not ENGLISH.search(message), message
    # the same report read by the command line in English, or in a test's str()
    assert "item 1: changed since version 1" in report.summary("en")
    assert str(report.problems[1]) == "row 3, column 'Jenis': use one of Regulation, Coverage, Budget, Other (value 'perbup')"
