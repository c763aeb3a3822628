"""The low reading layer: file sniffing, CSV/XLSX reading, header detection, total rows and the
Indonesian value parsers, on bytes shaped like the files branch offices and agencies send."""

import datetime as dt
import io
import re
import zipfile

import openpyxl
from openpyxl.styles import Font
import pytest
import xlsxwriter

from analytics.ingest import tabular as T
from analytics.i18n import set_language
from analytics.i18n.strings_tabular import STRINGS
from analytics.ingest.tabular import Reason, TabularError

SYNONYMS = {
    "region": ["kabupaten/kota", "kab/kota", "kabupaten", "kota", "wilayah", "nama daerah"],
    "active_participants": ["jumlah peserta aktif", "peserta aktif", "aktif"],
    "target_workers": ["jumlah pegawai non asn", "jumlah non asn", "sasaran"],
    "period": ["periode", "bulan"],
    "issued_on": ["tanggal penetapan", "tgl penetapan"],
    "title": ["tentang", "judul"],
    "number": ["nomor", "nomor peraturan"],
    "note": ["keterangan"],
}
TODAY = dt.date(2025, 6, 15)


# --- value parsers ------------------------------------------------------------------------------
@pytest.mark.parametrize("value, expected", [
    ("21.800", 21800), ("21,800", 21800), ("1.234.567", 1234567), ("1,234,567", 1234567),
    ("0", 0), ("007", 7), ("  21.800 ", 21800), ("21\u00a0800", 21800), ("21 800", 21800),
    ("-5", -5), ("-1.234", -1234), ("\u22121.234", -1234), ("(1.234)", -1234), ("+12", 12),
    (21800, 21800), (21800.0, 21800), (21800.000000000004, 21800), ("21800.0", 21800),
    ("12,0", 12), ("12,00", 12), ("1.500,00", 1500), ("2,18E+04", 21800), ("1.2E+05", 120000),
])
def test_parse_int_id_reads(value, expected):
    assert T.parse_int_id(value) == (expected, None)


@pytest.mark.parametrize("value", ["", "   ", "-", "–", "—", None, float("nan")])
def test_parse_int_id_missing_is_none_without_error(value):
    assert T.parse_int_id(value) == (None, None)


@pytest.mark.parametrize("value, reason", [
    ("12,5", Reason.NOT_WHOLE), ("29.84", Reason.NOT_WHOLE), (12.5, Reason.NOT_WHOLE),
    ("1.234,5", Reason.NOT_WHOLE), ("0,5", Reason.NOT_WHOLE),
    ("abc", Reason.TEXT), ("12 orang", Reason.TEXT), ("21.800 jiwa", Reason.TEXT), ("Rp 5", Reason.TEXT),
    ("29%", Reason.TEXT), ("1 2 3", Reason.TEXT),
    ("1.23.4", Reason.BAD_NUMBER), ("1,2,3", Reason.BAD_NUMBER), ("1.234,5,6", Reason.BAD_NUMBER),
    ("12.", Reason.BAD_NUMBER), (".5", Reason.BAD_NUMBER), ("1234.567,8", Reason.BAD_NUMBER),
    (float("inf"), Reason.BAD_NUMBER), ("9" * 5000, Reason.BAD_NUMBER), ("1E+999999", Reason.TEXT),
    ("=SUM(D6:D19)", Reason.FORMULA), ("#N/A", Reason.EXCEL_ERROR), ("#DIV/0!", Reason.EXCEL_ERROR),
    (True, Reason.BOOLEAN), (dt.date(2021, 8, 12), Reason.DATE_IN_NUMBER),
])
def test_parse_int_id_errors_say_why(value, reason):
    assert T.parse_int_id(value) == (None, reason)


def test_reasons_are_plain_text_for_messages():
    assert T.parse_int_id("12,5")[1] == "not a whole number"
    assert T.parse_int_id("abc")[1] == "text in a numeric column"
    assert "text in a numeric column" in f"row 3: {T.parse_int_id('banyak')[1]}"


@pytest.mark.parametrize("value, expected", [
    ("29,84", 29.84), ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("29.84", 29.84), ("0,123", 0.123),
    ("1.234", 1234.0), ("1.234.567,89", 1234567.89), ("-0,5", -0.5), ("100", 100.0),
    ("Rp 1.234.567", 1234567.0), ("Rp1.234.567,00", 1234567.0), ("Rp. 1.234.567", 1234567.0),
    ("IDR 1.234.567", 1234567.0), ("Rp 1.234.567,-", 1234567.0), ("-Rp 5.000", -5000.0),
    ("Rp -5.000", -5000.0), ("(Rp 5.000)", -5000.0),
    ("29,84%", 29.84), ("29.84%", 29.84), ("50 %", 50.0),
    (0.2984, 0.2984), (1234567, 1234567.0), (1.234, 1.234),
])
def test_parse_decimal_id_reads(value, expected):
    assert T.parse_decimal_id(value) == (pytest.approx(expected), None)


@pytest.mark.parametrize("value, reason", [
    ("abc", Reason.TEXT), ("29,84 persen", Reason.TEXT), ("1.2.3,4", Reason.BAD_NUMBER),
    ("=A1*2", Reason.FORMULA), (False, Reason.BOOLEAN), ("#VALUE!", Reason.EXCEL_ERROR),
])
def test_parse_decimal_id_errors(value, reason):
    assert T.parse_decimal_id(value) == (None, reason)


def test_ambiguous_single_group_follows_the_number_style():
    # Indonesian first: a dot before three digits is a thousands separator, a comma a decimal one
    assert T.parse_decimal_id("1.234") == (1234.0, None)
    assert T.parse_decimal_id("21,800") == (pytest.approx(21.8), None)
    assert T.parse_decimal_id("1.234", style="en") == (pytest.approx(1.234), None)
    assert T.parse_decimal_id("21,800", style="en") == (21800.0, None)
    # a whole-number column has no three-decimal counts: both read as thousands in either style
    assert T.parse_int_id("21,800", style="en") == T.parse_int_id("21.800", style="en") == (21800, None)


@pytest.mark.parametrize("values, style", [
    (["1.234,5", "12", "7"], "id"), (["29,84", "30,1"], "id"), (["1.234.567"], "id"),
    (["1,234.5", "29.84"], "en"), (["1,234,567"], "en"),
    (["1.234", "21,800", "12"], None),  # nothing settles it
    (["1.234,5", "1,234.5"], None),  # contradicting
    ([12.5, None], None),
])
def test_guess_number_style(values, style):
    assert T.guess_number_style(values) == style


@pytest.mark.parametrize("value, expected", [
    ("12 Agustus 2021", (2021, 8, 12)), ("12 Agt 2021", (2021, 8, 12)), ("12 agu 2021", (2021, 8, 12)),
    ("12 Ags. 2021", (2021, 8, 12)), ("12-Aug-21", (2021, 8, 12)), ("12 August 2021", (2021, 8, 12)),
    ("August 12, 2021", (2021, 8, 12)), ("Kamis, 12 Agustus 2021", (2021, 8, 12)),
    ("1 Mei 2022", (2022, 5, 1)), ("17 Sep 2021", (2021, 9, 17)), ("5 Juli 2021", (2021, 7, 5)),
    ("3 Okt 2021", (2021, 10, 3)), ("30 Nopember 2021", (2021, 11, 30)), ("31 Des 2021", (2021, 12, 31)),
    ("9 Pebruari 2022", (2022, 2, 9)), ("2 Maret 2022", (2022, 3, 2)), ("2 Mar 2022", (2022, 3, 2)),
    ("12-08-2021", (2021, 8, 12)), ("02/10/2023", (2023, 10, 2)), ("2/10/2023", (2023, 10, 2)),
    ("12.08.2021", (2021, 8, 12)), ("12/08/21", (2021, 8, 12)),
    ("2021-08-12", (2021, 8, 12)), ("2021/08/12", (2021, 8, 12)), ("2021-08-12 00:00:00", (2021, 8, 12)),
    ("2021-08-12T10:30", (2021, 8, 12)), ("20210812", (2021, 8, 12)),
    (44420, (2021, 8, 12)), (44420.75, (2021, 8, 12)), ("44420", (2021, 8, 12)),
    (dt.date(2021, 8, 12), (2021, 8, 12)), (dt.datetime(2021, 8, 12, 23, 59), (2021, 8, 12)),
    ("29/02/2024", (2024, 2, 29)),
])
def test_parse_date_id_reads(value, expected):
    assert T.parse_date_id(value) == (dt.date(*expected), None)


@pytest.mark.parametrize("value, reason", [
    ("31/02/2021", Reason.IMPOSSIBLE_DATE), ("29/02/2021", Reason.IMPOSSIBLE_DATE),
    ("12/13/2021", Reason.IMPOSSIBLE_DATE),  # never swapped to month first
    ("32 Agustus 2021", Reason.IMPOSSIBLE_DATE), ("2021-02-30", Reason.IMPOSSIBLE_DATE),
    ("Agustus 2021", Reason.MONTH_ONLY), ("08/2021", Reason.MONTH_ONLY), ("2021", Reason.YEAR_ONLY),
    ("12 Agustos 2021", Reason.NOT_A_DATE), ("kemarin", Reason.NOT_A_DATE), ("12", Reason.NOT_A_DATE),
    (True, Reason.NOT_A_DATE), (dt.time(10, 0), Reason.NOT_A_DATE),
    ("12/08/1850", Reason.DATE_OUT_OF_RANGE), (5, Reason.DATE_OUT_OF_RANGE),
    ("=TODAY()", Reason.FORMULA), ("#REF!", Reason.EXCEL_ERROR),
])
def test_parse_date_id_errors(value, reason):
    assert T.parse_date_id(value) == (None, reason)


def test_parse_date_id_month_only_when_asked():
    assert T.parse_date_id("Agustus 2021", allow_month=True) == (dt.date(2021, 8, 1), None)
    assert T.parse_date_id("Agt 2021", allow_month=True) == (dt.date(2021, 8, 1), None)
    assert T.parse_date_id("08/2021", allow_month=True) == (dt.date(2021, 8, 1), None)
    assert T.parse_date_id("12 Agustus 2021", allow_month=True) == (dt.date(2021, 8, 12), None)
    assert T.parse_date_id("13/2021", allow_month=True) == (None, Reason.IMPOSSIBLE_DATE)
    assert T.parse_date_id("", allow_month=True) == (None, None)


@pytest.mark.parametrize("value", [
    "2021-10", "2021/10", "Okt 2021", "Oktober 2021", "OKTOBER 2021", "Oct 2021", "October 2021",
    "Oct-21", "okt-2021", "10/2021", "10-2021", "202110", 202110, 202110.0, "2021-10-15",
    "15/10/2021", "15 Oktober 2021", dt.date(2021, 10, 15), dt.datetime(2021, 10, 31, 12), 44484,
    "44484",
])
def test_parse_period_gives_first_of_month(value):
    assert T.parse_period(value, today=TODAY) == (dt.date(2021, 10, 1), None)


@pytest.mark.parametrize("value, reason", [
    ("2021-13", Reason.IMPOSSIBLE_MONTH), ("13/2021", Reason.IMPOSSIBLE_MONTH), ("202113", Reason.IMPOSSIBLE_MONTH),
    ("2021-00", Reason.IMPOSSIBLE_MONTH), ("1999-12", Reason.PERIOD_TOO_EARLY), ("Des 1998", Reason.PERIOD_TOO_EARLY),
    (dt.date(1999, 5, 1), Reason.PERIOD_TOO_EARLY), ("2030-01", Reason.PERIOD_IN_FUTURE),
    ("2026-07", Reason.PERIOD_IN_FUTURE), ("2021", Reason.YEAR_ONLY_PERIOD), (2021, Reason.YEAR_ONLY_PERIOD),
    ("bulan lalu", Reason.NOT_A_PERIOD), ("Oktobre 2021", Reason.NOT_A_PERIOD), (True, Reason.NOT_A_PERIOD),
    ("31/02/2021", Reason.IMPOSSIBLE_DATE), ("=B1", Reason.FORMULA),
    ("Triwulan IV 2021", Reason.QUARTER_PERIOD), ("Q4 2021", Reason.QUARTER_PERIOD),
    ("Semester II 2021", Reason.QUARTER_PERIOD), ("Triwulan 5 2021", Reason.NOT_A_PERIOD),
    ("Semester 3 2021", Reason.NOT_A_PERIOD), ("Q4", Reason.NOT_A_PERIOD),
])
def test_parse_period_errors(value, reason):
    assert T.parse_period(value, today=TODAY) == (None, reason)


def test_parse_period_limits_move_with_today():
    assert T.parse_period("2026-06", today=TODAY) == (dt.date(2026, 6, 1), None)  # a year ahead at most
    assert T.parse_period("", today=TODAY) == (None, None)
    assert T.parse_period("-", today=TODAY) == (None, None)


# --- CSV and other text ---------------------------------------------------------------------------
BRANCH_CSV = (
    "\ufeffDATA KEPESERTAAN NON ASN;;;;\r\n"
    "Kantor Cabang Palangka Raya;;;;\r\n"
    "Per Oktober 2021;;;;\r\n"
    ";;;;\r\n"
    "No.;Kab/Kota;Jumlah Pegawai Non ASN;Jumlah Peserta Aktif;Keterangan\r\n"
    "1;Kab. Kotawaringin Barat;2.315;1.980;\r\n"
    "2;KOTAWARINGIN TIMUR;3.102;2.450;\"catatan; dengan titik koma\"\r\n"
    ";;;;\r\n"
    "3;Palangka Raya;4.410;3.817;rasio 86,55%\r\n"
    "4;;;;\r\n"
    "JUMLAH;;9.827;8.247;\r\n"
    "Sumber: BPJS Ketenagakerjaan;;;;\r\n"
).encode("utf-8")


def test_branch_office_csv_end_to_end():
    raw = T.read_table(BRANCH_CSV, "peserta.csv")
    assert (raw.kind, raw.encoding, raw.delimiter, raw.sheet, raw.sheet_names) == ("csv", "utf-8-sig", ";", None, [])
    assert raw.rows[0][0] == "DATA KEPESERTAAN NON ASN" and raw.width == 5
    guess = T.detect_header(raw, SYNONYMS)
    assert (guess.row_index, guess.row_number, guess.header_rows, guess.method) == (4, 5, 1, "synonyms")
    assert guess.mapping == {"Kab/Kota": "region", "Jumlah Pegawai Non ASN": "target_workers",
                             "Jumlah Peserta Aktif": "active_participants", "Keterangan": "note"}
    assert guess.number_column == 0 and "period" in guess.missing
    table = T.apply_mapping(raw, guess.row_index, guess.mapping)
    frame = table.frame
    assert frame[T.SOURCE_ROW].tolist() == [6, 7, 9]  # spreadsheet rows, counting the title rows
    assert frame["region"].tolist() == ["Kab. Kotawaringin Barat", "KOTAWARINGIN TIMUR", "Palangka Raya"]
    assert frame["note"].tolist() == ["", "catatan; dengan titik koma", "rasio 86,55%"]
    assert [T.parse_int_id(v) for v in frame["active_participants"]] == [(1980, None), (2450, None), (3817, None)]
    assert table.total_rows == [11]
    assert [(s.row_number, s.why) for s in table.skipped] == [(11, "total"), (12, "note")]
    assert table.blank_rows == [8, 10]  # row 10 holds only its running number
    assert table.columns["region"] == "Kab/Kota"


def test_cp1252_text_is_decoded():
    data = "Kabupaten/Kota;Keterangan\nKapuas;Perbup \u2013 sudah terbit \u2018final\u2019\n".encode("cp1252")
    raw = T.read_table(data, "x.csv")
    assert raw.encoding == "cp1252" and raw.rows[1][1] == "Perbup \u2013 sudah terbit \u2018final\u2019"


def test_latin1_fallback_when_cp1252_has_undefined_bytes():
    raw = T.read_table(b"Kabupaten;Catatan\nKapuas;a\x81b\n", "x.csv")
    assert raw.encoding == "latin-1" and raw.rows[1] == ["Kapuas", "a\x81b"]


def test_utf16_unicode_text_export_is_read():
    data = "Kabupaten/Kota\tJumlah Peserta Aktif\r\nKatingan\t1.874\r\n".encode("utf-16")
    raw = T.read_table(data, "unicode.txt")
    assert (raw.encoding, raw.delimiter) == ("utf-16", "\t") and raw.rows[1] == ["Katingan", "1.874"]


@pytest.mark.parametrize("delimiter", [";", ",", "\t", "|"])
def test_delimiter_detection(delimiter):
    lines = ["Judul laporan", "", delimiter.join(["No", "Kabupaten/Kota", "Peserta Aktif"])]
    lines += [delimiter.join([str(i), f"Kab {i}", f"{i}.000"]) for i in range(1, 6)]
    raw = T.read_table("\n".join(lines).encode(), "x.txt")
    assert raw.delimiter == delimiter and raw.rows[3] == ["1", "Kab 1", "1.000"]


def test_semicolon_file_with_decimal_commas_is_not_read_as_comma_separated():
    text = "Kabupaten;Rasio;Realisasi\n" + "".join(f"Kab {i};{i},5;1.234,{i}\n" for i in range(10))
    raw = T.read_table(text.encode(), "x.csv")
    assert raw.delimiter == ";" and raw.rows[1] == ["Kab 0", "0,5", "1.234,0"]


def test_quotes_and_embedded_newlines_count_as_one_spreadsheet_row():
    text = 'Wilayah,Tentang,Nomor\nKapuas,"Jaminan Sosial, ""Non ASN""\nbaris kedua",30\nKatingan,Lain,12\n'
    raw = T.read_table(text.encode(), "x.csv")
    assert raw.delimiter == ","
    assert raw.rows[1] == ["Kapuas", 'Jaminan Sosial, "Non ASN"\nbaris kedua', "30"]
    table = T.apply_mapping(raw, 0, {"Wilayah": "region", "Nomor": "number"})
    assert table.frame[T.SOURCE_ROW].tolist() == [2, 3]


def test_excel_sep_line_sets_the_delimiter_and_is_not_a_row():
    raw = T.read_table(b"sep=,\nKabupaten;x,Peserta Aktif\nKapuas;y,10\n", "x.csv")
    assert raw.delimiter == "," and raw.rows == [["Kabupaten;x", "Peserta Aktif"], ["Kapuas;y", "10"]]


def test_ragged_rows_are_padded_and_blank_trailing_columns_dropped():
    raw = T.read_table(b"Kabupaten;Peserta Aktif;;;\nKapuas;10\nKatingan;20;;;\n\n\n", "x.csv")
    assert raw.rows == [["Kabupaten", "Peserta Aktif"], ["Kapuas", "10"], ["Katingan", "20"]]


def test_unclosed_quote_is_refused_with_its_row():
    with pytest.raises(TabularError, match=r"x\.csv, row 3: .*unclosed quote") as err:
        T.read_table(b'Kabupaten;Peserta\nKapuas;10\n"Katingan;20\nSeruyan;5\n', "x.csv")
    assert err.value.key == "tabular.err.bad_csv" and err.value.params["row"] == 3


def test_text_without_any_separator_is_not_a_table():
    with pytest.raises(TabularError, match="no column separator"):
        T.read_table("Surat ini berisi laporan\ntanpa tabel sama sekali\n".encode(), "surat.txt")


@pytest.mark.parametrize("payload, words", [
    (b"", "empty (0 bytes)"),
    (b"   \r\n\t\n", "holds no data"),
    (b";;;\n;;;\n", "holds no data"),
    (b"\x00\x01\x02\x03binary\xff\xfe" * 50, "binary file, not a table"),
    (bytes(range(256)) * 40, "binary file, not a table"),
    (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 100 + b"a;b\n", "binary file, not a table"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "an image"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "a compressed archive"),
    (b"<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table>", "an HTML page"),
    (b"\xef\xbb\xbf  <html xmlns:o='urn:schemas-microsoft-com:office:office'><table>", "an HTML page"),
    (b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">', "XML 2003"),
    (b"PK\x03\x04 this is not really a zip", "damaged"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "legacy .xls"),
], ids=lambda v: v[:12].hex() if isinstance(v, bytes) else v)
def test_non_tables_are_refused_with_a_clear_message(payload, words):
    with pytest.raises(TabularError) as err:
        T.read_table(payload, "laporan.xls")
    assert words in str(err.value) and str(err.value).startswith("laporan.xls:")


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in entries.items():
            zf.writestr(name, content)
    return buf.getvalue()


@pytest.mark.parametrize("entries, words", [
    ({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"}, ".ods"),
    ({"xl/workbook.bin": b"\x00"}, ".xlsb"),
    ({"word/document.xml": b"<x/>"}, "a Word document"),
    ({"ppt/presentation.xml": b"<x/>"}, "a PowerPoint"),
    ({"data.csv": b"a;b\n1;2\n"}, "a ZIP archive, not an Excel workbook"),
])
def test_other_zip_documents_are_named(entries, words):
    with pytest.raises(TabularError, match="save it as .xlsx|upload a CSV") as err:
        T.read_table(_zip(entries), "x.xlsx")
    assert words in str(err.value)


def test_huge_file_is_refused_before_any_parsing(monkeypatch):
    def must_not_run(*args, **kwargs):
        raise AssertionError("parsing started on an oversized file")

    monkeypatch.setattr(T, "sniff", must_not_run)
    data = b"Kabupaten;Peserta Aktif\n" + b"Kapuas;1.000\n" * (21 * 1024 * 1024 // 13)
    with pytest.raises(TabularError, match=r"x\.csv: the file is 2\d(\.\d)? MB, over the 20 MB limit"):
        T.read_table(data, "x.csv")
    with pytest.raises(TabularError, match="over the 0.1 MB limit"):
        T.read_table(b"a;b\n" * 40000, "x.csv", max_bytes=100 * 1024)


def test_path_like_file_names_are_plain_names():
    raw = T.read_table(b"Kabupaten;Peserta Aktif\nKapuas;10\n", "../../etc/passwd.csv")
    assert raw.file_name == "passwd.csv"
    with pytest.raises(TabularError) as err:
        T.read_table(b"", "..\\..\\Windows\\system.ini")
    assert str(err.value).startswith("system.ini:") and ".." not in str(err.value)
    assert T.safe_name("/") == "upload" and T.safe_name("C:\\data\\kalteng.xlsx") == "kalteng.xlsx"


def test_content_decides_the_type_not_the_extension():
    raw = T.read_table(b"Kabupaten;Peserta Aktif\nKapuas;10\n", "laporan.xlsx")
    assert raw.kind == "csv" and "named .xlsx but its content is CSV" in raw.notes[0]
    xlsx = _workbook(lambda wb: wb.active.append(["Kabupaten", "Peserta Aktif"]))
    assert T.read_table(xlsx, "laporan.csv").kind == "xlsx"


def test_a_sheet_asked_of_a_text_file_is_refused():
    with pytest.raises(TabularError, match="sheet 'Data' was asked for, but the file is CSV text"):
        T.read_table(b"a;b\n1;2\n", "x.csv", sheet="Data")


# --- workbooks ----------------------------------------------------------------------------------
def _workbook(build) -> bytes:
    wb = openpyxl.Workbook()
    build(wb)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _branch_sheet(ws):
    ws["A1"] = "DATA KEPESERTAAN PEGAWAI NON ASN"
    ws.merge_cells("A1:E1")
    ws["A2"] = "BPJS Ketenagakerjaan Kantor Cabang Palangka Raya"
    ws["A3"] = "Posisi: Oktober 2021"
    ws.append([])
    ws.append(["No.", "Kabupaten/Kota", "Jumlah Pegawai Non ASN", "Jumlah Peserta Aktif", "Tanggal Data"])
    ws.append([1, "Kab. Kotawaringin Barat", 2315, "1.980", dt.date(2021, 10, 31)])
    ws.append([2, "Kapuas", 2870.0, 2104, dt.datetime(2021, 10, 31, 8, 0)])
    ws.append([3, "Katingan", 1990, "=C8-116", None])
    ws.append([None, "JUMLAH", "=SUM(C6:C8)", "=SUM(D6:D8)", None])


def test_xlsx_with_title_rows_merged_title_total_row_and_formulas():
    data = _workbook(lambda wb: _branch_sheet(wb.active))
    raw = T.read_table(data, "kalteng.xlsx")
    assert raw.kind == "xlsx" and raw.sheet == "Sheet" and raw.encoding is None
    assert raw.rows[0][0] == "DATA KEPESERTAAN PEGAWAI NON ASN" and raw.rows[0][1:] == ["", "", "", ""]
    assert (0, 0, 0, 4) in raw.merged_ranges
    assert raw.rows[5][:4] == [1, "Kab. Kotawaringin Barat", 2315, "1.980"]  # typed cells stay typed
    assert isinstance(raw.rows[6][2], int) and raw.rows[6][4] == dt.datetime(2021, 10, 31, 8, 0)
    # openpyxl saves no cached values: formulas are shown as formulas, never evaluated
    assert raw.rows[7][3] == "=C8-116"
    assert [(f.row_number, f.column, f.formula) for f in raw.uncached_formulas] == [
        (8, "D", "=C8-116"), (9, "C", "=SUM(C6:C8)"), (9, "D", "=SUM(D6:D8)")]

    guess = T.detect_header(raw, SYNONYMS)
    assert (guess.row_number, guess.number_column) == (5, 0)
    table = T.apply_mapping(raw, guess.row_index, guess.mapping)
    assert table.total_rows == [9] and table.frame[T.SOURCE_ROW].tolist() == [6, 7, 8]
    parsed = [T.parse_int_id(v) for v in table.frame["active_participants"]]
    assert parsed == [(1980, None), (2104, None), (None, Reason.FORMULA)]
    assert [T.parse_int_id(v) for v in table.frame["target_workers"]] == [(2315, None), (2870, None), (1990, None)]


def test_cached_formula_values_are_used_and_error_cells_kept(tmp_path):
    path = tmp_path / "cached.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Rekap")
    sheet.write_row(0, 0, ["Kabupaten/Kota", "Jumlah Peserta Aktif", "Rasio"])
    sheet.write_row(1, 0, ["Kapuas", 2000])
    sheet.write_formula(1, 2, "=B2/0", None, "#DIV/0!")
    sheet.write(2, 0, "Katingan")
    sheet.write_formula(2, 1, "=B2-126", None, 1874)  # as Excel saves it: formula and its value
    book.close()
    raw = T.read_table(path.read_bytes(), "cached.xlsx")
    assert raw.rows[2][1] == 1874 and raw.uncached_formulas == []
    assert raw.rows[1][2] == "#DIV/0!"
    assert T.parse_decimal_id(raw.rows[1][2]) == (None, Reason.EXCEL_ERROR)


def _with_formulas(wb):
    ws = wb.active
    ws.append(["Kabupaten", "Peserta Aktif", "Status"])
    ws.append(["Kapuas", 5, '=IF(B2>0,"ya","tidak")'])
    ws.append(["Katingan", "=B2*2", None])


def test_formula_text_is_unescaped():
    raw = T.read_table(_workbook(_with_formulas), "x.xlsx")
    assert raw.rows[1:] == [["Kapuas", 5, '=IF(B2>0,"ya","tidak")'], ["Katingan", "=B2*2", ""]]


def test_formulas_in_cells_without_references_are_still_found():
    # "r" is optional in the format: such cells are placed by parsing the sheet's XML instead
    src = zipfile.ZipFile(io.BytesIO(_workbook(_with_formulas)))
    entries = {}
    for name in src.namelist():
        content = src.read(name)
        if name.endswith("sheet1.xml"):
            content = re.sub(rb'<c r="[A-Z]+[0-9]+"', b"<c", content)
            assert b'<c r="' not in content
        entries[name] = content
    raw = T.read_table(_zip(entries), "x.xlsx")
    assert [(f.row_number, f.column, f.formula) for f in raw.uncached_formulas] == [
        (2, "C", '=IF(B2>0,"ya","tidak")'), (3, "B", "=B2*2")]
    assert raw.rows[2] == ["Katingan", "=B2*2", ""]


def _three_sheets(wb):
    wb.active.title = "Petunjuk"  # instructions sheet left empty
    hidden = wb.create_sheet("Rahasia")
    hidden["A1"] = "tersembunyi"
    hidden.sheet_state = "hidden"
    data = wb.create_sheet("Data 2021")
    data.append(["Kabupaten/Kota", "Peserta Aktif"])
    data.append(["Kapuas", 10])
    wb.create_sheet("Kosong")


def test_sheet_choice_by_default_name_and_index():
    data = _workbook(_three_sheets)
    raw = T.read_table(data, "x.xlsx")
    assert raw.sheet_names == ["Petunjuk", "Rahasia", "Data 2021", "Kosong"]
    assert raw.sheet == "Data 2021"  # first visible sheet with data
    assert T.read_table(data, "x.xlsx", sheet="Rahasia").rows == [["tersembunyi"]]
    assert T.read_table(data, "x.xlsx", sheet=" data  2021 ").sheet == "Data 2021"
    assert T.read_table(data, "x.xlsx", sheet=2).rows[1] == ["Kapuas", 10]


@pytest.mark.parametrize("sheet, words", [
    ("Tahun 2022", "no sheet named 'Tahun 2022'; the sheets are: 'Petunjuk' (0), 'Rahasia' (1)"),
    (7, "no sheet at index 7"),
    (-1, "no sheet at index -1"),
    ("Kosong", "sheet 'Kosong': the sheet is empty"),
])
def test_bad_sheet_choices_are_refused(sheet, words):
    with pytest.raises(TabularError) as err:
        T.read_table(_workbook(_three_sheets), "x.xlsx", sheet=sheet)
    assert words in str(err.value)


def test_workbook_without_data_is_refused():
    def build(wb):
        wb.create_sheet("Lain")

    with pytest.raises(TabularError, match="no sheet holds any data"):
        T.read_table(_workbook(build), "x.xlsx")


class _NoSheetLoading:
    """A calamine workbook whose sheets must not be loaded (the range check comes first)."""

    def __init__(self, book):
        self._book = book

    def __getattr__(self, name):
        if name.startswith("get_sheet"):
            raise AssertionError("a sheet was loaded before its used range was checked")
        return getattr(self._book, name)


def test_used_range_too_large_is_refused_before_loading(monkeypatch):
    def build(wb):
        wb.active["A1"] = "Kabupaten"
        wb.active["CV100000"] = 1  # 100 columns x 100,000 rows: a dense grid of 10 million cells

    from analytics.ingest import workbooks

    real_open = workbooks._open_calamine
    monkeypatch.setattr(workbooks, "_open_calamine", lambda *a, **kw: _NoSheetLoading(real_open(*a, **kw)))
    with pytest.raises(TabularError, match=r"sheet 'Sheet': the used range A1:CV100000 spans 10000000 cells"):
        T.read_table(_workbook(build), "x.xlsx")


def test_style_only_cells_far_away_do_not_count():
    def build(wb):
        wb.active["A1"] = "Kabupaten"
        wb.active["ZZ90000"].font = Font(bold=True)  # formatted, holds nothing
        wb.active.row_dimensions[500000].height = 30

    assert T.read_table(_workbook(build), "x.xlsx", max_cells=10).rows == [["Kabupaten"]]


def test_cell_limit_is_a_parameter():
    small = _workbook(lambda wb: wb.active.append(["a", "b"]))
    with pytest.raises(TabularError, match="over the limit of 1"):
        T.read_table(small, "x.xlsx", max_cells=1)


def test_zip_bomb_is_refused_by_its_unpacked_size():
    bomb = _zip({"xl/workbook.xml": b"<workbook/>", "xl/worksheets/sheet1.xml": b"\x00" * (40 * 1024 * 1024)})
    assert len(bomb) < 1024 * 1024
    with pytest.raises(TabularError, match=r"unpacks to 40 MB, over the 16 MB limit"):
        T.read_table(bomb, "x.xlsx", max_bytes=1024 * 1024)


def _peak_rss_growth(action) -> tuple[int, BaseException | None]:
    """Run ``action``; (peak RSS growth of this process in bytes, what it raised)."""
    import threading

    import psutil

    me = psutil.Process()
    base, peak, stop = me.memory_info().rss, [0], threading.Event()

    def sample():
        while not stop.is_set():
            peak[0] = max(peak[0], me.memory_info().rss)
            stop.wait(0.005)

    sampler = threading.Thread(target=sample)
    sampler.start()
    raised = None
    try:
        action()
    except BaseException as exc:  # noqa: BLE001  handed back to the test
        raised = exc
    finally:
        stop.set()
        sampler.join()
    return max(peak[0] - base, 0), raised


@pytest.fixture(scope="module")
def shared_strings_bombs():
    from tests.test_hostile import shared_strings_bomb

    return shared_strings_bomb(287), shared_strings_bomb(287, lie=True)


def test_shared_strings_bomb_is_refused_before_memory_grows(shared_strings_bombs):
    bomb, _lying = shared_strings_bombs
    assert len(bomb) < 1024 * 1024  # 0.7 MB on disk, 287 MB of shared strings inside
    growth, raised = _peak_rss_growth(lambda: T.read_table(bomb, "bom.xlsx"))
    assert isinstance(raised, TabularError), raised
    assert re.search(r"part 'xl/sharedStrings.xml' unpacks to 287 MB, over the 40 MB limit \(the file is 0\.\d+ MB\)",
                     str(raised)), str(raised)
    set_language("id")
    assert "bagian 'xl/sharedStrings.xml'" in raised.localized()
    assert growth < 50 * 1024 * 1024, growth >> 20


def test_a_part_that_lies_about_its_size_is_refused_while_unpacking(shared_strings_bombs):
    _bomb, lying = shared_strings_bombs
    assert zipfile.ZipFile(io.BytesIO(lying)).getinfo("xl/sharedStrings.xml").file_size == 1000
    growth, raised = _peak_rss_growth(lambda: T.read_table(lying, "bom.xlsx"))
    assert isinstance(raised, TabularError), raised
    assert "sharedStrings.xml': declares 1000 bytes but unpacks to more than" in str(raised), str(raised)
    assert growth < 50 * 1024 * 1024, growth >> 20


def test_part_limits_follow_the_file_size_limit(shared_strings_bombs):
    from analytics.ingest import xlsx_guard

    assert xlsx_guard.part_limit("xl/sharedStrings.xml", 20 * 2**20) == 40 * 2**20
    assert xlsx_guard.part_limit("xl/worksheets/sheet1.xml", 20 * 2**20) == 160 * 2**20
    small = _zip({"xl/workbook.xml": b"<workbook/>", "xl/sharedStrings.xml": b"<sst>" + b" " * (3 * 2**20) + b"</sst>"})
    with pytest.raises(TabularError, match=r"part 'xl/sharedStrings.xml' unpacks to 3 MB, over the 2 MB limit"):
        T.read_table(small, "x.xlsx", max_bytes=2**20)


def test_sheet_rows_are_read_one_at_a_time_like_the_whole_sheet():
    import python_calamine

    from analytics.ingest import workbooks

    def build(wb):
        wb.active["C4"] = "Kabupaten"
        wb.active["D6"] = 7
        wb.active["E5"] = 1.5

    data = _workbook(build)
    book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    whole = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    rows = workbooks._sheet_rows(book.get_sheet_by_index(0))
    book.close()
    assert rows == [[int(v) if isinstance(v, float) and v.is_integer() else v for v in row] for row in whole]
    assert T.read_table(data, "x.xlsx").rows[3][2] == "Kabupaten"


# --- header detection ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Kab./Kota", "kab kota"), ("KABUPATEN / KOTA", "kabupaten kota"), ("No.", "no"),
    ("Jumlah Peserta Aktif (orang)", "jumlah peserta aktif"), ("  Tanggal\nPenetapan ", "tanggal penetapan"),
    ("(Rp)", "rp"), ("kode_wilayah", "kode wilayah"), ("#", "#"), (2021, "2021"),
])
def test_normalise_header(text, expected):
    assert T.normalise_header(text) == expected


def _raw(rows, **kw) -> T.RawTable:
    width = max((len(r) for r in rows), default=0)
    return T.RawTable("t.csv", "csv", [list(r) + [""] * (width - len(r)) for r in rows], **kw)


def test_header_found_by_synonyms_below_title_rows_with_spelling_variants():
    raw = _raw([
        ["DAFTAR REGULASI DAERAH"], ["Provinsi Kalimantan Tengah"], ["Per 15 November 2021"], [],
        ["NO", "KAB. / KOTA", "Nomor Peraturan", "Tgl. Penetapan", "TENTANG"],
        ["1", "Katingan", "12", "12 Agustus 2021", "Jamsostek"],
    ])
    guess = T.detect_header(raw, SYNONYMS)
    assert guess.row_index == 4 and guess.score == 4
    assert guess.mapping == {"KAB. / KOTA": "region", "Nomor Peraturan": "number",
                             "Tgl. Penetapan": "issued_on", "TENTANG": "title"}
    assert all(m.exact for m in guess.matches if m.field)


def test_partial_header_matches_but_title_sentences_do_not():
    raw = _raw([
        ["DATA JUMLAH PESERTA AKTIF KABUPATEN KOTA SE KALIMANTAN TENGAH"],
        ["Wilayah", "Jumlah Peserta Aktif Bulan Ini", "Sasaran"],
        ["Kapuas", "10", "20"],
    ])
    guess = T.detect_header(raw, SYNONYMS)
    assert guess.row_index == 1
    assert guess.mapping["Jumlah Peserta Aktif Bulan Ini"] == "active_participants"
    match = guess.matches[1]
    assert (match.exact, match.synonym) == (False, "jumlah peserta aktif")


def test_two_columns_for_one_field_are_reported():
    raw = _raw([["Kabupaten", "Peserta Aktif", "Jumlah Peserta Aktif"], ["Kapuas", "1", "2"]])
    guess = T.detect_header(raw, SYNONYMS)
    assert guess.mapping == {"Kabupaten": "region", "Peserta Aktif": "active_participants"}
    assert guess.conflicts == ["'Jumlah Peserta Aktif' also looks like active_participants; 'Peserta Aktif' is used"]


def test_fallback_to_first_row_of_text_cells():
    raw = _raw([["Laporan bulanan"], [], ["Daerah Kerja", "Angka", "Catatan"], ["Kapuas", "10", "x"]])
    guess = T.detect_header(raw, SYNONYMS)
    assert (guess.row_index, guess.method, guess.mapping) == (2, "fallback", {})
    assert guess.headers == ["Daerah Kerja", "Angka", "Catatan"]


def test_no_header_when_nothing_looks_like_one():
    assert T.detect_header(_raw([["1", "2"], ["3", "4"]]), SYNONYMS) is None
    assert T.detect_header(_raw([]), SYNONYMS) is None


def test_blank_and_repeated_header_names_are_made_unique():
    raw = _raw([["Kabupaten", "", "Jumlah", "Jumlah"], ["Kapuas", "x", "1", "2"]])
    guess = T.detect_header(raw, SYNONYMS)
    assert guess.headers == ["Kabupaten", "(B)", "Jumlah (C)", "Jumlah (D)"]
    table = T.apply_mapping(raw, guess.row_index, {"Kabupaten": "region", "Jumlah (D)": "active_participants"})
    assert table.frame["active_participants"].tolist() == ["2"]


def test_two_row_header_in_a_workbook_with_merged_group_cells():
    def build(wb):
        ws = wb.active
        ws["A1"] = "REKAP KEPESERTAAN"
        ws.append([])
        ws.append(["No", "Kabupaten/Kota", "Jumlah Peserta Aktif", None, "Keterangan"])
        ws.append([None, None, "PU", "BPU", None])
        ws.merge_cells("A3:A4")
        ws.merge_cells("B3:B4")
        ws.merge_cells("C3:D3")
        ws.merge_cells("E3:E4")
        ws.append([1, "Kapuas", 100, 50, ""])
        ws.append([2, "Katingan", 80, 40, "ok"])

    raw = T.read_table(_workbook(build), "x.xlsx")
    guess = T.detect_header(raw, SYNONYMS)
    assert (guess.header_rows, guess.row_index, guess.first_row_number) == (2, 3, 3)
    assert guess.headers == ["No", "Kabupaten/Kota", "Jumlah Peserta Aktif PU", "Jumlah Peserta Aktif BPU", "Keterangan"]
    assert guess.mapping["Jumlah Peserta Aktif PU"] == "active_participants"
    assert "Jumlah Peserta Aktif BPU" in guess.conflicts[0]
    table = T.apply_mapping(raw, guess, {"Kabupaten/Kota": "region", "Jumlah Peserta Aktif BPU": "bpu"})
    assert table.frame.to_dict("list") == {"region": ["Kapuas", "Katingan"], "bpu": [50, 40], T.SOURCE_ROW: [5, 6]}
    # the caller may also pass the row index alone, and map by the upper or joined names
    by_index = T.apply_mapping(raw, guess.row_index, {"Jumlah Peserta Aktif PU": "pu", "BPU": "bpu"})
    assert by_index.frame["pu"].tolist() == [100, 80] and by_index.frame["bpu"].tolist() == [50, 40]
    assert by_index.columns == {"pu": "Jumlah Peserta Aktif PU", "bpu": "Jumlah Peserta Aktif BPU"}


def test_two_row_header_in_csv_without_merge_information():
    text = ("No;Kabupaten/Kota;Jumlah Peserta Aktif;;Keterangan\n"
            ";;PU;BPU;\n"
            "1;Kapuas;100;50;\n")
    raw = T.read_table(text.encode(), "x.csv")
    guess = T.detect_header(raw, SYNONYMS)
    assert guess.header_rows == 2 and guess.headers[2:4] == ["Jumlah Peserta Aktif PU", "Jumlah Peserta Aktif BPU"]
    assert T.apply_mapping(raw, guess, guess.mapping).frame[T.SOURCE_ROW].tolist() == [3]


def test_a_data_row_of_text_is_not_taken_for_a_sub_header():
    raw = _raw([["Kabupaten", "Tentang", "Nomor"], ["Kapuas", "Jamsostek", "12"]])
    assert T.detect_header(raw, SYNONYMS).header_rows == 1


def test_running_number_column_is_recognised():
    regs = _raw([["Nomor", "Kabupaten", "Tentang"], ["1", "Kapuas", "a"], ["2", "Katingan", "b"],
                 ["3", "Sukamara", "c"], ["4", "", ""]])
    guess = T.detect_header(regs, {"region": ["kabupaten"], "title": ["tentang"]})
    assert guess.number_column == 0  # "Nomor" holding 1, 2, 3 is the running number here
    table = T.apply_mapping(regs, 0, guess.mapping)
    assert table.blank_rows == [5] and len(table.frame) == 3
    # ...but "Nomor" is the regulation number when the synonyms say so
    assert T.detect_header(regs, SYNONYMS).number_column is None
    numbered = _raw([["No. Urut", "Kabupaten"], ["7", "Kapuas"]])
    assert T.detect_header(numbered, SYNONYMS).number_column == 0


# --- rows: totals, notes, blanks, mapping errors --------------------------------------------------
@pytest.mark.parametrize("cells", [
    ["", "JUMLAH", "9.827"], ["TOTAL", "", "1"], ["Jumlah Total", "1"], ["GRAND TOTAL", "", "5"],
    ["", "Sub Total", "3"], ["SUBTOTAL", "2"], ["Jumlah Kalimantan Tengah", "1"], ["total:", "1"],
    ["", "", "Rata-rata", "3"], ["Total Keseluruhan"],
])
def test_total_rows_are_recognised(cells):
    assert T.is_total_row(cells)


@pytest.mark.parametrize("cells", [
    ["1", "Kapuas", "100"], ["2", "Kab. Totalia", "5"], ["3", "Katingan", "10", "Jumlah naik"],
    ["4", "Jumlahan", "1"], [], ["", ""], [21800, 10],
])
def test_ordinary_rows_are_not_totals(cells):
    assert not T.is_total_row(cells)


def test_rows_are_skipped_and_reported_not_dropped_silently():
    raw = _raw([
        ["Kabupaten", "Peserta Aktif"],
        ["Kapuas", "10"],
        ["", ""],
        ["Kabupaten", "Peserta Aktif"],  # header repeated on the next printed page
        ["Katingan", "20"],
        ["Sub Total", "30"],
        ["Seruyan", ""],  # a data row with a missing value stays: the caller reports it
        ["Grand Total", "30"],
        ["Keterangan: data sementara", ""],
    ])
    table = T.apply_mapping(raw, 0, {"Kabupaten": "region", "Peserta Aktif": "active_participants"})
    assert table.frame[T.SOURCE_ROW].tolist() == [2, 5, 7]
    assert table.frame["active_participants"].tolist() == ["10", "20", ""]
    assert table.total_rows == [6, 8] and table.blank_rows == [3]
    assert [(s.row_number, s.why) for s in table.skipped] == [
        (4, "repeated_header"), (6, "total"), (8, "total"), (9, "note")]
    assert table.skipped[1].text == "Sub Total | 30"


def test_mapping_by_column_index_and_by_loose_header():
    raw = _raw([["Kab/Kota", "Peserta Aktif"], ["Kapuas", "10"]])
    assert T.apply_mapping(raw, 0, {0: "region", 1: None}).frame.columns.tolist() == ["region", T.SOURCE_ROW]
    assert T.apply_mapping(raw, 0, {"kab / kota": "region"}).frame["region"].tolist() == ["Kapuas"]


def test_mapping_errors_name_the_column_and_field():
    raw = _raw([["Kab/Kota", "Peserta Aktif"], ["Kapuas", "10"]])
    with pytest.raises(TabularError, match=r"column 'Kabupaten' is not in header row 1; the headers are: Kab/Kota, Peserta Aktif"):
        T.apply_mapping(raw, 0, {"Kabupaten": "region"})
    with pytest.raises(TabularError, match="field 'region' is mapped from two columns: 'Kab/Kota' and 'Peserta Aktif'"):
        T.apply_mapping(raw, 0, {"Kab/Kota": "region", "Peserta Aktif": "region"})
    with pytest.raises(TabularError, match=r"header row 9 is outside the table \(rows 1–2\)"):
        T.apply_mapping(raw, 8, {0: "region"})
    with pytest.raises(TabularError, match="column '5' is not in header row 1"):
        T.apply_mapping(raw, 0, {5: "region"})


def test_empty_mapping_still_counts_rows():
    table = T.apply_mapping(_raw([["A", "B"], ["1", "2"], ["3", "4"]]), 0, {})
    assert table.frame[T.SOURCE_ROW].tolist() == [2, 3]


# --- helpers and messages -----------------------------------------------------------------------
@pytest.mark.parametrize("index, letters", [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA"), (16383, "XFD")])
def test_column_letter(index, letters):
    assert T.column_letter(index) == letters


@pytest.mark.parametrize("value, text", [
    (None, ""), ("  ", ""), (21800, "21800"), (21800.0, "21800"), (1.234, "1.234"), (True, "TRUE"),
    (dt.date(2021, 8, 12), "2021-08-12"), (dt.datetime(2021, 8, 12), "2021-08-12"),
    (dt.datetime(2021, 8, 12, 9, 30), "2021-08-12 09:30:00"), ("Kapuas", "Kapuas"),
])
def test_cell_text(value, text):
    assert T.cell_text(value) == text


def test_every_message_has_both_languages_and_renders():
    for key, (indonesian, english) in STRINGS.items():
        assert key.startswith("tabular.") and indonesian and english
    for reason in Reason:
        assert STRINGS[reason.key][1] == reason.value
    try:
        T.read_table(b"%PDF-1.4", "a.pdf")
    except TabularError as exc:
        assert str(exc) == "a.pdf: this is a PDF document, not a table; upload a CSV file or an Excel workbook (.xlsx)"
        set_language("id")
        assert exc.localized() == ("a.pdf: berkas ini dokumen PDF, bukan tabel; unggah CSV atau buku kerja "
                                   "Excel (.xlsx)")
        set_language("en")
        assert exc.localized() == str(exc)
        set_language("id")
    else:
        pytest.fail("a PDF was accepted")


def test_pick_reads_the_best_scoring_visible_sheet():
    def build(wb):
        wb.active.title = "Petunjuk"
        wb.active["A1"] = "Isi lembar Data"
        hidden = wb.create_sheet("Daftar")
        hidden.append(["Kabupaten/Kota", "Peserta Aktif", "Periode"])
        hidden.sheet_state = "hidden"
        for title in ("Data", "Data lagi"):
            wb.create_sheet(title).append(["Kabupaten/Kota", "Peserta Aktif"])
    data = _workbook(build)

    def score(raw):
        return float(len(raw.rows[0]) if raw.rows[0][0] == "Kabupaten/Kota" else 0)

    raw = T.read_table(data, "x.xlsx", pick=score)
    assert raw.sheet == "Data"  # the first of two equal scores; the hidden sheet is never compared
    assert raw.sheet_scores == {"Petunjuk": 0.0, "Data": 2.0, "Data lagi": 2.0}
    assert T.read_table(data, "x.xlsx", sheet="Petunjuk", pick=score).sheet == "Petunjuk"
    assert T.read_table(data, "x.xlsx").sheet == "Petunjuk" and T.read_table(data, "x.xlsx").sheet_scores == {}


@pytest.mark.parametrize("value, english, indonesian", [
    ("2022-13-01", "month 13 does not exist (read as year-month-day)", "bulan 13 tidak ada"),
    ("12/13/2021", "month 13 does not exist (read as day/month/year", "dibaca sebagai tanggal/bulan/tahun"),
    ("31/02/2021", "day 31 does not exist in February 2021, which has 28 days", "tanggal 31 tidak ada di Februari 2021"),
    ("32 Agustus 2021", "day 32 does not exist in August 2021", "tanggal 32 tidak ada di Agustus 2021"),
])
def test_impossible_dates_say_which_part_and_how_they_were_read(value, english, indonesian):
    _, reason = T.parse_date_id(value)
    assert reason is Reason.IMPOSSIBLE_DATE
    message = T.explain(value, reason)
    assert english in message and indonesian in message.render("id")
    assert T.explain("2021-13", T.parse_period("2021-13", today=TODAY)[1]) == "month 13 does not exist (read as year-month)"
    assert T.explain("abc", Reason.NOT_A_DATE) == "not a date"


@pytest.mark.parametrize("value, english, indonesian", [
    ("Triwulan IV 2021", "December 2021", "Desember 2021"),
    ("TW 4 2021", "December 2021", "Desember 2021"),
    ("tw-iv tahun 2021", "December 2021", "Desember 2021"),
    ("Kuartal III 2023", "September 2023", "September 2023"),
    ("Q1/2022", "March 2022", "Maret 2022"),
    ("2021-Q2", "June 2021", "Juni 2021"),
    ("Semester I 2022", "June 2022", "Juni 2022"),
    ("smt 2 2021", "December 2021", "Desember 2021"),
    ("H2 2021", "December 2021", "Desember 2021"),
])
def test_a_quarter_or_half_year_is_refused_naming_its_last_month(value, english, indonesian):
    """Branch and budget reports are often by quarter or half-year; the data is monthly. Refused
    (a quarter is not a month, and which month it stands for is the user's call), with the month
    to give if the figures are as of its end."""
    assert T.parse_period(value, today=TODAY) == (None, Reason.QUARTER_PERIOD)
    message = T.explain(value, Reason.QUARTER_PERIOD)
    assert message.startswith("a quarter or half-year, not a month") and message.endswith(english)
    assert message.render("id").startswith("triwulan atau semester, bukan bulan")
    assert message.render("id").endswith(indonesian)
