"""Strings of the SQL explorer, shareable links, chart/table downloads and roles."""

STRINGS = {
    "nav.explorer": ("Penjelajah SQL", "SQL explorer"),
    "explorer.title": ("Penjelajah SQL (hanya baca)", "SQL explorer (read-only)"),
    "explorer.intro": (
        "Tulis satu kueri SELECT atas tabel dan view yang terdokumentasi. Setiap kueri berjalan "
        "dalam prosesnya sendiri pada salinan data terpisah yang hanya dapat dibaca: paling banyak "
        "{rows} baris ditampilkan, batas waktu {seconds} detik, batas memori {memory}.",
        "Write one SELECT query over the documented tables and views. Each query runs in its own "
        "process on a separate, read-only copy of the data: at most {rows} rows are shown, time "
        "limit {seconds} s, memory limit {memory}.",
    ),
    "explorer.query": ("Kueri SQL", "SQL query"),
    "explorer.run": ("Jalankan", "Run"),
    "explorer.examples": ("Contoh kueri", "Example queries"),
    "explorer.use_example": ("Pakai contoh", "Use example"),
    "explorer.schema": ("Skema", "Schema"),
    "explorer.schema_help": (
        "Tabel dan view yang dapat dikueri, dengan kolom dan tipenya.",
        "Tables and views you can query, with their columns and types.",
    ),
    "explorer.col.column": ("Kolom", "Column"),
    "explorer.col.type": ("Tipe", "Type"),
    "explorer.result": ("Hasil", "Result"),
    "explorer.rows": ("{n} baris dalam {seconds} detik", "{n} rows in {seconds} s"),
    "explorer.truncated": (
        "Hasil dipotong: hanya {n} baris pertama yang ditampilkan dan diunduh. Tambahkan LIMIT "
        "atau agregasi untuk melihat sisanya.",
        "Result cut: only the first {n} rows are shown and downloaded. Add a LIMIT or an "
        "aggregation to see the rest.",
    ),
    "explorer.empty_result": ("Kueri tidak menghasilkan baris.", "The query returned no rows."),
    "explorer.chart": ("Grafik otomatis", "Automatic chart"),
    "explorer.no_chart": (
        "Tidak ada grafik: hasil perlu satu kolom angka dan satu kolom label atau tanggal.",
        "No chart: the result needs a numeric column and a label or date column.",
    ),
    "explorer.refused_title": ("Kueri ditolak", "Query refused"),
    "explorer.refused.empty": ("kueri kosong", "empty query"),
    "explorer.refused.too_long": (
        "kueri lebih panjang dari {limit} karakter", "query longer than {limit} characters",
    ),
    "explorer.refused.syntax": (
        "SQL tidak valid (periksa ejaan, tanda kutip dan kurung). Pesan asli DuckDB:\n\n{message}",
        "not valid SQL (check spelling, quotes and brackets). DuckDB's own message:\n\n{message}",
    ),
    "explorer.refused.statements": (
        "hanya satu pernyataan yang diizinkan, ditemukan {n}",
        "exactly one statement is allowed, got {n}",
    ),
    "explorer.refused.kind": (
        "hanya kueri SELECT yang diizinkan, ini pernyataan {kind}",
        "only SELECT queries are allowed, got {kind}",
    ),
    "explorer.refused.timeout": (
        "dihentikan: kueri berjalan lebih dari {seconds} detik",
        "stopped: the query ran longer than {seconds} s",
    ),
    "explorer.refused.memory": (
        "dihentikan: kueri ini memerlukan memori lebih dari {limit} MB; saring (WHERE, LIMIT) atau "
        "agregasikan (GROUP BY) lebih dulu",
        "stopped: this query needs more than {limit} MB of memory; filter (WHERE, LIMIT) or "
        "aggregate (GROUP BY) first",
    ),
    "explorer.refused.writes": (
        "kueri ini berisi pernyataan yang mengubah data atau struktur ({kind}); penjelajah hanya "
        "membaca, juga di dalam WITH dan subkueri",
        "the query contains a statement that changes data or structure ({kind}); the explorer only "
        "reads, inside WITH and subqueries too",
    ),
    "explorer.refused.function": (
        "fungsi {name} tidak diizinkan: fungsi itu menjalankan SQL dari teks",
        "the function {name} is not allowed: it runs SQL given as text",
    ),
    "explorer.refused.crashed": (
        "kueri berhenti tanpa hasil (kode {code}); coba lagi atau sederhanakan kueri",
        "the query stopped without a result (code {code}); try again or simplify the query",
    ),
    "explorer.refused.too_wide": (
        "hasil terlalu besar (lebih dari {limit_mb} MB); pilih lebih sedikit kolom atau baris",
        "result too large (more than {limit_mb} MB); select fewer columns or rows",
    ),
    "explorer.refused.busy": (
        "terlalu banyak kueri berjalan bersamaan; coba lagi sebentar lagi",
        "too many queries running at once; try again in a moment",
    ),
    "explorer.refused.bad_limit": ("batas baris harus minimal 1", "the row limit must be at least 1"),
    "explorer.refused.bad_timeout": ("batas waktu harus lebih dari 0", "the time limit must be above 0"),
    "explorer.refused.duckdb": (
        "DuckDB tidak dapat menjalankan kueri ini (nama tabel atau kolom, tipe data, atau fungsi "
        "yang salah?). Pesan aslinya:\n\n{message}",
        "DuckDB could not run this query (a wrong table or column name, data type or function?). "
        "Its own message:\n\n{message}",
    ),
    "explorer.link_stored": (
        "Kueri ini terlalu panjang untuk sebuah tautan: tautan ke tampilan ini membawa kode "
        "pendek kueri (sql_id) dan server menyimpan teksnya.",
        "This query is too long for a link: the link to this view carries a short code for it "
        "(sql_id) and the server keeps its text.",
    ),
    "explorer.link_unknown": (
        "Kueri dari tautan ini tidak ditemukan di server ini (kode sql_id tidak dikenal). Tulis "
        "atau tempel kuerinya lagi.",
        "The query of this link is not on this server (unknown sql_id). Write or paste the query "
        "again.",
    ),
    "explorer.refused.too_deep": (
        "ekspresi terlalu dalam (lebih dari {limit} tingkat kurung, atau rantai operator yang "
        "terlalu panjang); sederhanakan kueri",
        "expression too deep (more than {limit} levels of brackets, or too long a chain of "
        "operators); simplify the query",
    ),
    "explorer.refused.unexpected": (
        "kueri tidak dapat dijalankan karena kesalahan tak terduga ({name}); coba lagi atau "
        "sederhanakan kueri",
        "the query could not be run because of an unexpected error ({name}); try again or simplify "
        "the query",
    ),
    "explorer.cut_cells": (
        "hasil dipotong menjadi {n} baris: penjelajah menampilkan paling banyak {cells} sel "
        "(baris × kolom); pilih lebih sedikit kolom",
        "result cut to {n} rows: the explorer shows at most {cells} cells (rows × columns); select "
        "fewer columns",
    ),
    # examples (names from analytics/queries/explorer_examples.sql)
    "explorer.example.example_ucj_by_province": (
        "UCJ per provinsi, periode terakhir", "UCJ per province, latest period",
    ),
    "explorer.example.example_coverage_trend": (
        "Tren peserta aktif nasional per segmen", "National active participants by segment over time",
    ),
    "explorer.example.example_regulation_by_instrument": (
        "Regulasi terbit per jenis instrumen dan tahun", "Issued regulations by instrument and year",
    ),
    "explorer.example.example_kalteng_regulations": (
        "Regulasi di Kalimantan Tengah (62)", "Regulations in Kalimantan Tengah (62)",
    ),
    "explorer.example.example_budget_by_source": (
        "Anggaran per sumber dana dan tahun", "Budget by funding source and year",
    ),
    "explorer.example.example_batches": ("Riwayat impor", "Import history"),
    # share link
    "share.label": ("Tautan ke tampilan ini", "Link to this view"),
    "share.help": (
        "Salin tautan ini (klik kanan, salin alamat tautan): membuka halaman yang sama dengan filter yang sama.",
        "Copy this link (right-click, copy link address): it opens the same page with the same filters.",
    ),
    # downloads
    "download.png": ("PNG", "PNG"),
    "download.svg": ("SVG", "SVG"),
    "download.no_image_engine": (
        "PNG dan SVG belum dapat dibuat di server ini: Chromium (paket Debian chromium) belum terpasang.",
        "PNG and SVG cannot be made on this server: Chromium (Debian package chromium) is not installed.",
    ),
    "download.image_failed": (
        "Gambar tidak dapat dibuat (Chromium untuk ekspor tidak tersedia): {reason}",
        "The image could not be made (no Chromium for export): {reason}",
    ),
    # roles
    "roles.unlock": ("Buka hak editor", "Unlock editor rights"),
    "roles.password": ("Kata sandi editor", "Editor password"),
    "roles.unlocked": ("Hak editor aktif untuk sesi ini.", "Editor rights active for this session."),
    "roles.wrong_password": ("Kata sandi salah.", "Wrong password."),
    "roles.lock": ("Kunci lagi", "Lock again"),
    "roles.login": ("Masuk", "Log in"),
    "roles.logout": ("Keluar", "Log out"),
    "roles.signed_in": ("Masuk sebagai {email}", "Signed in as {email}"),
    "roles.foreign_host": (
        "Dasbor ini tidak melayani alamat {host}. Buka dengan alamat yang diberikan saat server dijalankan.",
        "This dashboard does not answer for the address {host}. Open it with the address given when the server started.",
    ),
    "roles.token_accepted": ("Hak editor aktif di peramban ini.", "Editor rights active in this browser."),
    "roles.token_active": ("Hak editor aktif (tautan editor).", "Editor rights active (editor link)."),
    "roles.token_refused": (
        "Token editor pada tautan tidak berlaku; Anda melihat sebagai pembaca.",
        "The editor token in the link is not valid; you are viewing as a reader.",
    ),
    "roles.throttled": (
        "Terlalu banyak percobaan yang gagal. Coba lagi dalam {seconds} detik.",
        "Too many failed attempts. Try again in {seconds} seconds.",
    ),
    "roles.password_setting_refused": (
        "Kata sandi editor disimpan dengan cara lama yang tidak aman dan tidak diterima; administrator perlu "
        "membuatnya lagi dengan `python -m analytics password-hash`.",
        "The editor password is stored the old, unsafe way and is not accepted; the administrator needs to "
        "make it again with `python -m analytics password-hash`.",
    ),
    "roles.viewer": (
        "Anda melihat sebagai pembaca; impor dan perubahan data hanya untuk editor.",
        "You are viewing as a reader; imports and data changes are for editors only.",
    ),
    "explorer.measure": ("Ukuran di grafik", "Measure on the chart"),
    "explorer.measure_help": (
        "Kolom dengan satuan berbeda (mis. penduduk dan luas) tidak digambar pada satu sumbu: pilih satu.",
        "Columns in different units (e.g. population and area) are not drawn on one axis: pick one.",
    ),
}
