"""Messages of the file reader (``analytics.ingest.tabular``): refusals of whole files and reasons a cell
value could not be read. The English text is also what ``str(TabularError)`` and ``Reason`` hold."""

STRINGS = {
    # --- whole-file refusals (TabularError keys) ---
    "tabular.err.empty": ("{file}: berkas kosong (0 byte)", "{file}: the file is empty (0 bytes)"),
    "tabular.err.too_large": (
        "{file}: ukuran berkas {size_mb} MB melebihi batas {limit_mb} MB",
        "{file}: the file is {size_mb} MB, over the {limit_mb} MB limit",
    ),
    "tabular.err.no_data": (
        "{file}: berkas tidak berisi data (semua baris kosong)",
        "{file}: the file holds no data (every row is blank)",
    ),
    "tabular.err.binary": (
        "{file}: berkas biner, bukan tabel (unggah CSV/TSV atau buku kerja Excel .xlsx)",
        "{file}: a binary file, not a table (upload CSV/TSV text or an Excel workbook, .xlsx)",
    ),
    "tabular.err.other_type": (
        "{file}: berkas ini {kind}, bukan tabel; {advice}",
        "{file}: this is {kind}, not a table; {advice}",
    ),
    "tabular.err.damaged_workbook": (
        "{file}: buku kerja Excel rusak atau tidak terbaca ({detail})",
        "{file}: the Excel workbook is damaged or unreadable ({detail})",
    ),
    "tabular.err.unreadable_xls": (
        "{file}: berkas .xls lama tidak terbaca ({detail}); mungkin berkata sandi. Buka di Excel lalu "
        "simpan sebagai .xlsx",
        "{file}: cannot read this legacy .xls file ({detail}); it may be password-protected. Open it "
        "in Excel and save it as .xlsx",
    ),
    "tabular.err.unpacked_too_large": (
        "{file}: isi buku kerja setelah diekstrak {size_mb} MB, melebihi batas {limit_mb} MB",
        "{file}: the workbook unpacks to {size_mb} MB, over the {limit_mb} MB limit",
    ),
    "tabular.err.part_too_large": (
        "{file}: bagian '{part}' dari buku kerja ini berukuran {size_mb} MB setelah diekstrak, melebihi "
        "batas {limit_mb} MB untuk berkas {file_mb} MB; berkas ditolak sebelum dibaca",
        "{file}: the workbook part '{part}' unpacks to {size_mb} MB, over the {limit_mb} MB limit "
        "(the file is {file_mb} MB); refused before reading",
    ),
    "tabular.err.too_many_cells": (
        "{file}, lembar '{sheet}': rentang terpakai {range} berisi {cells} sel, melebihi batas {limit}",
        "{file}, sheet '{sheet}': the used range {range} spans {cells} cells, over the limit of {limit}",
    ),
    "tabular.err.cell_too_long": (
        "{file}, lembar '{sheet}', baris {row}, kolom {column}: isi sel sedikitnya {size} karakter, melebihi "
        "batas {limit} karakter per sel",
        "{file}, sheet '{sheet}', row {row}, column {column}: the cell holds at least {size} characters, "
        "over the limit of {limit} characters a cell",
    ),
    "tabular.err.csv_cell_too_long": (
        "{file}, baris {row}, kolom {column}: isi sel melebihi batas {limit} karakter per sel",
        "{file}, row {row}, column {column}: the cell is over the limit of {limit} characters a cell",
    ),
    "tabular.err.text_expands_too_much": (
        "{file}, lembar '{sheet}', sampai baris {row}: teks sel-selnya (teks bersama yang dipakai berulang "
        "kali dihitung setiap kali) mencapai lebih dari {size_mb} MB, melebihi batas {limit_mb} MB untuk "
        "berkas {file_size}; berkas ditolak sebelum dibaca",
        "{file}, sheet '{sheet}', up to row {row}: the cells' text (shared text counted each time a cell "
        "uses it) comes to more than {size_mb} MB, over the {limit_mb} MB limit (the file is {file_size}); "
        "refused before reading",
    ),
    "tabular.err.too_many_columns": (
        "{file}: baris {row} berisi {columns} kolom, melebihi batas {limit} kolom",
        "{file}: row {row} holds {columns} columns, over the limit of {limit}",
    ),
    "tabular.err.no_sheet_with_data": (
        "{file}: tidak ada lembar yang berisi data (lembar: {sheets})",
        "{file}: no sheet holds any data (sheets: {sheets})",
    ),
    "tabular.err.sheet_not_found": (
        "{file}: tidak ada lembar bernama '{sheet}'; lembar yang ada: {sheets}",
        "{file}: there is no sheet named '{sheet}'; the sheets are: {sheets}",
    ),
    "tabular.err.sheet_index": (
        "{file}: tidak ada lembar nomor indeks {index}; lembar yang ada (indeks dari 0): {sheets}",
        "{file}: there is no sheet at index {index}; the sheets (indexed from 0) are: {sheets}",
    ),
    "tabular.err.sheet_empty": (
        "{file}, lembar '{sheet}': lembar ini kosong",
        "{file}, sheet '{sheet}': the sheet is empty",
    ),
    "tabular.err.sheet_for_text": (
        "{file}: lembar '{sheet}' diminta, tetapi berkas ini teks CSV yang tidak punya lembar",
        "{file}: sheet '{sheet}' was asked for, but the file is CSV text, which has no sheets",
    ),
    "tabular.err.no_delimiter": (
        "{file}: tidak ada pemisah kolom (; , tab atau |) di {lines} baris pertama: ini bukan tabel",
        "{file}: no column separator (; , tab or |) in the first {lines} lines: this is not a table",
    ),
    "tabular.err.bad_csv": (
        "{file}, baris {row}: CSV tidak terbaca ({detail}); periksa tanda kutip (\") yang tidak ditutup",
        "{file}, row {row}: cannot read the CSV ({detail}); look for an unclosed quote (\")",
    ),
    "tabular.err.header_row": (
        "baris judul kolom {row} berada di luar tabel (baris 1–{height})",
        "header row {row} is outside the table (rows 1–{height})",
    ),
    "tabular.err.unknown_column": (
        "kolom '{column}' tidak ada di baris judul {row}; kolom yang ada: {headers}",
        "column '{column}' is not in header row {row}; the headers are: {headers}",
    ),
    "tabular.err.column_twice": (
        "isian '{field}' dipetakan dari dua kolom: '{first}' dan '{second}'",
        "field '{field}' is mapped from two columns: '{first}' and '{second}'",
    ),
    # --- kinds of non-table files and what to do instead ---
    "tabular.kind.pdf": ("dokumen PDF", "a PDF document"),
    "tabular.kind.image": ("gambar", "an image"),
    "tabular.kind.archive": ("arsip terkompresi", "a compressed archive"),
    "tabular.kind.zip": ("arsip ZIP, bukan buku kerja Excel", "a ZIP archive, not an Excel workbook"),
    "tabular.kind.word": ("dokumen Word", "a Word document"),
    "tabular.kind.powerpoint": ("presentasi PowerPoint", "a PowerPoint presentation"),
    "tabular.kind.ods": ("lembar kerja OpenDocument (.ods)", "an OpenDocument spreadsheet (.ods)"),
    "tabular.kind.xlsb": ("buku kerja biner Excel (.xlsb)", "an Excel binary workbook (.xlsb)"),
    "tabular.kind.html": (
        "halaman HTML (beberapa sistem mengekspor HTML dengan nama .xls)",
        "an HTML page (some systems export HTML under an .xls name)",
    ),
    "tabular.kind.xml_spreadsheet": ("lembar kerja XML 2003", "an XML 2003 spreadsheet"),
    "tabular.advice.upload_table": (
        "unggah CSV atau buku kerja Excel (.xlsx)",
        "upload a CSV file or an Excel workbook (.xlsx)",
    ),
    "tabular.advice.save_as_xlsx": (
        "buka di Excel atau LibreOffice lalu simpan sebagai .xlsx atau CSV",
        "open it in Excel or LibreOffice and save it as .xlsx or CSV",
    ),
    # --- why one cell value could not be read (Reason values) ---
    "tabular.reason.text": ("teks di kolom angka", "text in a numeric column"),
    "tabular.reason.not_whole": ("bukan bilangan bulat", "not a whole number"),
    "tabular.reason.bad_number": (
        "angka tidak sah (periksa pemisah ribuan dan desimal)",
        "not a valid number (check the thousands and decimal separators)",
    ),
    "tabular.reason.boolean": ("nilai TRUE/FALSE di kolom angka", "a TRUE/FALSE value in a numeric column"),
    "tabular.reason.date_in_number": ("tanggal di kolom angka", "a date in a numeric column"),
    "tabular.reason.formula": (
        "rumus tanpa nilai terhitung (buka berkas di Excel lalu simpan ulang)",
        "a formula without a computed value (open the file in Excel and save it again)",
    ),
    "tabular.reason.excel_error": ("nilai galat lembar kerja (#N/A, #DIV/0! …)",
                                   "a spreadsheet error value (#N/A, #DIV/0! …)"),
    "tabular.reason.not_a_date": ("bukan tanggal", "not a date"),
    "tabular.reason.impossible_date": (
        "tanggal mustahil (tanggal atau bulan itu tidak ada)",
        "impossible date (no such day or month)",
    ),
    "tabular.reason.date_out_of_range": ("tanggal di luar rentang 1900–2100", "date outside 1900–2100"),
    "tabular.reason.month_only": (
        "hanya bulan dan tahun; diperlukan tanggal lengkap",
        "only a month and year; a full date is needed",
    ),
    "tabular.reason.year_only": ("hanya tahun; diperlukan tanggal lengkap", "only a year; a full date is needed"),
    "tabular.reason.not_a_period": (
        "bukan bulan (contoh: 2021-10 atau Oktober 2021)",
        "not a month (e.g. 2021-10 or Oktober 2021)",
    ),
    "tabular.reason.year_only_period": ("hanya tahun; diperlukan bulan", "only a year; a month is needed"),
    "tabular.reason.quarter_period": (
        "triwulan atau semester, bukan bulan; diperlukan bulan",
        "a quarter or half-year, not a month; a month is needed",
    ),
    "tabular.reason.impossible_month": ("bulan mustahil", "impossible month"),
    "tabular.reason.period_too_early": ("periode sebelum tahun 2000", "period before 2000"),
    "tabular.reason.period_in_future": ("periode terlalu jauh di masa depan", "period too far in the future"),
    # --- which part of an impossible date does not exist, and how the text was read ---
    "tabular.detail.no_month": (
        "bulan {month} tidak ada (dibaca sebagai {layout})",
        "month {month} does not exist (read as {layout})",
    ),
    "tabular.detail.quarter_period": (
        "triwulan atau semester, bukan bulan: bila angkanya per akhir periode itu, tulis bulan "
        "terakhirnya, {month_name} {year}",
        "a quarter or half-year, not a month: if the figures are as of its end, give its last month, "
        "{month_name} {year}",
    ),
    "tabular.detail.no_day": (
        "tanggal {day} tidak ada di {month_name} {year}, yang hanya {days} hari (dibaca sebagai {layout})",
        "day {day} does not exist in {month_name} {year}, which has {days} days (read as {layout})",
    ),
    "tabular.layout.ymd": ("tahun-bulan-tanggal", "year-month-day"),
    "tabular.layout.dmy": (
        "tanggal/bulan/tahun; tanggal selalu dibaca lebih dulu",
        "day/month/year; the day always comes first",
    ),
    "tabular.layout.named": ("tanggal, nama bulan, tahun", "day, month name, year"),
    "tabular.layout.ym": ("tahun-bulan", "year-month"),
    "tabular.layout.my": ("bulan/tahun", "month/year"),
}
