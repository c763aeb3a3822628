"""Strings of the presentation layer (analytics/presentation): missing values, gaps, points,
and the labels of codes no page area owns."""

STRINGS = {
    "present.missing_help": ("– : {reason}", "– : {reason}"),
    "present.shortfall": ("kekurangan {amount}", "shortfall {amount}"),
    "present.surplus": ("kelebihan {amount}", "surplus {amount}"),
    "present.shortfall_word": ("kekurangan", "shortfall"),
    "present.surplus_word": ("kelebihan", "surplus"),
    "present.points": ("{value} poin", "{value} pts"),
    "present.points_unit": ("poin", "pts"),
    "present.unstyled": (
        "Tabel lebih dari {n} sel: nilai ditampilkan apa adanya agar halaman tetap cepat (unduh XLSX untuk format).",
        "Table over {n} cells: values are shown as stored to keep the page fast (download XLSX for formats).",
    ),
    "present.csv_help": (
        "Data mentah untuk diolah: kode, angka dengan titik desimal, tanggal ISO. Untuk dibaca, unduh XLSX.",
        "Raw data for processing: codes, dot decimals, ISO dates. To read, download XLSX.",
    ),
    "present.xlsx_help": (
        "Seperti yang tampil: judul kolom dan label dalam bahasa ini, angka tetap angka dengan format.",
        "As shown: headers and labels in this language, numbers kept as numbers with formats.",
    ),
    # contribution_rate.basis
    "code.basis.wage_pct": ("% dari upah", "% of wage"),
    "code.basis.fixed_rp": ("nominal tetap (Rp)", "fixed amount (Rp)"),
    # import_batch.status
    "code.batch_status.active": ("aktif", "active"),
    "code.batch_status.rolled_back": ("dibatalkan", "rolled back"),
    # import_batch.dataset: generated from the dataset declarations (strings_datasets.py)
    "code.dataset.followups": ("Tindak lanjut rapat", "Meeting follow-ups"),
    # Paritrana criteria
    "code.direction.higher": ("lebih tinggi lebih baik", "higher is better"),
    "code.direction.lower": ("lebih rendah lebih baik", "lower is better"),
    "code.normalisation.minmax": ("min–maks", "min–max"),
    # why a value is missing (header help of tables)
    "missing.employed": ("tidak ada data penduduk bekerja (Sakernas) untuk tahun ini",
                         "no employed-population (Sakernas) figure for the year"),
    "missing.target": ("tidak ada sasaran (jumlah pekerja yang harus dilindungi)",
                       "no target (headcount of workers to cover)"),
    "missing.no_report": ("wilayah tidak melaporkan angka untuk bulan ini", "the region reported no figure that month"),
    "missing.previous": ("tidak ada angka bulan pembanding", "no figure for the month compared with"),
    "missing.budget": ("tidak ada catatan anggaran untuk tahun ini", "no budget recorded for the year"),
    "missing.not_revoked": ("tidak dicabut", "not revoked"),
    "missing.no_value": ("tidak ada nilai", "no value"),
    "missing.not_rolled_back": ("tidak dibatalkan", "not rolled back"),
}
