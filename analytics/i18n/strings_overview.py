STRINGS = {
    "overview.title": ("Ringkasan nasional", "National overview"),
    "overview.period": ("Data kepesertaan bulan {period}", "Coverage data for {period}"),
    "overview.active": ("Peserta aktif", "Active participants"),
    "overview.ucj": ("UCJ nasional", "National UCJ"),
    "overview.ucj_help": (
        "Universal Coverage Jamsostek = peserta aktif semua segmen / penduduk bekerja (Sakernas {year})",
        "Universal Coverage Jamsostek = active participants of all segments / employed population (Sakernas {year})",
    ),
    # short: a longer label was cut off on the card ("Kab/kota dengan Perbup/Perwali/P…")
    "overview.regulated": ("Kab/kota dengan regulasi", "Regencies/cities with a regulation"),
    "overview.regulated_help": (
        "Perbup, Perwali atau Perda yang berlaku hari ini (sudah berlaku dan belum dicabut). "
        "Instruksi dan surat edaran tidak dihitung.",
        "A Perbup, Perwali or Perda in force today (in effect and not revoked). Instructions and "
        "circulars are not counted.",
    ),
    "overview.regulated_value": ("{n} dari {total}", "{n} of {total}"),
    "overview.budget": ("Anggaran dialokasikan {year}", "Budget allocated {year}"),
    "overview.by_segment": ("Peserta aktif per segmen", "Active participants by segment"),
    "overview.by_province": ("UCJ per provinsi", "UCJ by province"),
    "overview.table": ("Per provinsi", "By province"),
    "overview.no_coverage": (
        "Belum ada data kepesertaan tingkat kabupaten/kota. Impor data di halaman Data.",
        "No kabupaten/kota coverage data yet. Import data on the Data page.",
    ),
    "col.province": ("Provinsi", "Province"),
    "col.regions_total": ("Jumlah kab/kota", "Regencies/cities"),
    "col.regions_with_regulation": ("Kab/kota beregulasi", "With regulation"),
    "col.active_participants": ("Peserta aktif", "Active participants"),
    "col.employed": ("Penduduk bekerja", "Employed population"),
    "col.ucj_pct": ("UCJ (%)", "UCJ (%)"),
    "col.allocated_rp": ("Anggaran (Rp)", "Budget (Rp)"),
}
