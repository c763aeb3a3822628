STRINGS = {
    "overview.title": ("Ringkasan nasional", "National overview"),
    "overview.period": ("Data kepesertaan bulan {period}", "Coverage data for {period}"),
    "overview.active": ("Peserta aktif (jumlah provinsi)", "Active participants (sum of provinces)"),
    "overview.active_help": (
        "Jumlah angka {n} dari {total} provinsi yang memiliki angka bulan ini (angka provinsi sendiri, atau "
        "jumlah kab/kotanya). Ini bukan angka nasional yang dilaporkan: lihat \"Angka nasional menurut sumber\".",
        "The sum of the figures of {n} of {total} provinces with a figure this month (the province's own, or "
        "the sum of its regencies/cities). This is not the national figure a source reports: see "
        "\"National figures as sources report them\".",
    ),
    "overview.active_none": ("tidak ada data", "no data"),
    "overview.reported_active": ("Peserta aktif nasional (dilaporkan)", "Active participants, national (reported)"),
    "overview.reported_help": ("Menurut {source} ({date}; keyakinan {confidence}).",
                               "According to {source} ({date}; confidence {confidence})."),
    "overview.ucj": ("UCJ nasional", "National UCJ"),
    # the UCJ summed over the provinces with both parts: not the country's
    "overview.ucj_of": ("UCJ {n} provinsi", "UCJ of {n} provinces"),
    "overview.ucj_reported": ("UCJ nasional (dilaporkan, {period})", "National UCJ (reported, {period})"),
    "overview.ucj_help": (
        "Universal Coverage Jamsostek = peserta aktif / penduduk bekerja (Sakernas), dijumlahkan atas {n} dari "
        "{total} provinsi yang memiliki keduanya; provinsi lain tidak dihitung.",
        "Universal Coverage Jamsostek = active participants / employed population (Sakernas), summed over the "
        "{n} of {total} provinces that have both; other provinces are not counted.",
    ),
    "overview.sums_line": (
        "Jumlah provinsi di dasbor ini: peserta aktif dari {n} dari {total} provinsi; UCJ dari {u} provinsi "
        "yang juga memiliki penyebut.",
        "Sums of the provinces in this dashboard: active participants from {n} of {total} provinces; UCJ from "
        "the {u} provinces that also have a denominator.",
    ),
    "overview.budget_none_help": (
        "Tidak ada catatan anggaran untuk {year} (bukan nol). Impor anggaran di halaman Data & Impor.",
        "No budget recorded for {year} (not zero). Import budgets on the Data & Import page.",
    ),
    "overview.reported_title": ("Angka nasional menurut sumber", "National figures as sources report them"),
    "overview.reported_intro": (
        "Kartu di atas menjumlahkan provinsi yang dimuat dasbor ini. Angka di bawah dilaporkan sumbernya untuk "
        "seluruh Indonesia, {period}. Keduanya ditampilkan berdampingan; tidak ada yang dijumlahkan, "
        "dirata-rata atau diisi.",
        "The cards above add up the provinces this dashboard holds. The figures below are what sources report "
        "for all of Indonesia, {period}. Both are shown side by side; nothing is added, averaged or filled in.",
    ),
    "overview.reported_none": (
        "Tidak ada angka nasional dari sumber publik untuk {period}.",
        "No national figure from a public source for {period}.",
    ),
    "overview.conflict": (
        "Sumber berbeda untuk {indicator} ({period}): {values}. Keduanya ditampilkan, tidak dirata-rata.",
        "Sources differ on {indicator} ({period}): {values}. Both are shown, not averaged.",
    ),
    "overview.conflict_value": ("{value} menurut {source}", "{value} according to {source}"),
    "overview.beside_sum": (
        "Jumlah {n} provinsi di dasbor ini: {value}.", "Sum of {n} provinces in this dashboard: {value}.",
    ),
    "overview.segments_sum": ("Jumlah kabupaten/kota yang melapor per segmen.",
                              "Sum of the reporting regencies/cities per segment."),
    "overview.segments_reported": ("Angka nasional per segmen menurut {sources}.",
                                   "National figures per segment according to {sources}."),
    "overview.segments_what": ("peserta aktif per segmen bulan ini", "active participants by segment this month"),
    "overview.province_what": ("angka kepesertaan per provinsi bulan ini", "participant figures by province this month"),
    "overview.measure": ("Ukuran per provinsi", "Measure by province"),
    "overview.measure.ucj": ("UCJ (%)", "UCJ (%)"),
    "overview.measure.active": ("Peserta aktif", "Active participants"),
    "overview.by_province_active": ("Peserta aktif per provinsi", "Active participants by province"),
    "overview.province_shown": (
        "{n} dari {total} provinsi memiliki angka; provinsi tanpa angka tidak digambar (bukan nol).",
        "{n} of {total} provinces have a figure; provinces without one are not drawn (not zero).",
    ),
    # short: a longer label was cut off on the card ("Kab/kota dengan Perbup/Perwali/P…")
    "overview.regulated": ("Kab/kota dengan regulasi", "Kab/kota with a regulation"),
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
        "Belum ada data kepesertaan untuk provinsi mana pun. Impor data di halaman Data.",
        "No coverage data for any province yet. Import data on the Data page.",
    ),
    "overview.no_coverage_what": ("data kepesertaan", "coverage data"),
    "col.province": ("Provinsi", "Province"),
    "col.regions_total": ("Jumlah kab/kota", "Regencies/cities"),
    "col.regions_with_regulation": ("Kab/kota beregulasi", "With regulation"),
    "col.active_participants": ("Peserta aktif", "Active participants"),
    "col.employed": ("Penduduk bekerja", "Employed population"),
    "col.ucj_pct": ("UCJ (%)", "UCJ (%)"),
    "col.allocated_rp": ("Anggaran (Rp)", "Budget (Rp)"),
    "col.employment_year": ("Tahun penyebut", "Denominator year"),
}
