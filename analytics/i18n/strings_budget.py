STRINGS = {
    "nav.budget": ("Simulasi anggaran", "Budget simulator"),
    "bud.title": ("Simulasi anggaran perlindungan pekerja", "Budget simulator for worker protection"),
    "bud.intro": (
        "Kebutuhan anggaran = pekerja yang belum terlindungi × iuran per bulan × 12. Pekerja belum "
        "terlindungi = sasaran − peserta aktif pada bulan terakhir tahun itu yang ada datanya. "
        "Pemerintah daerah umumnya membayar JKK + JKM (SE Mendagri 842.2/5193/SJ): Non-ASN dan perangkat "
        "desa sebagai Penerima Upah atas upahnya, pekerja rentan pada iuran BPU terendah.",
        "Budget needed = workers not yet covered × monthly contribution × 12. Workers not yet covered = "
        "target − active participants in the latest month of that year with data. Regions usually pay "
        "JKK + JKM (SE Mendagri 842.2/5193/SJ): Non-ASN staff and village officials as wage earners on "
        "their wage, vulnerable workers at the lowest BPU contribution.",
    ),
    "bud.province": ("Provinsi", "Province"),
    "bud.region": ("Kabupaten/kota", "Regency/city"),
    "bud.whole_province": ("Seluruh provinsi (total kab/kota)", "Whole province (sum of regencies/cities)"),
    "bud.group": ("Kelompok pekerja", "Worker group"),
    "bud.year": ("Tahun anggaran", "Budget year"),
    "bud.wage": ("Upah per bulan (Rp)", "Monthly wage (Rp)"),
    "bud.wage_help": (
        "Dasar upah untuk iuran Penerima Upah (Non-ASN, perangkat desa). Tidak dipakai untuk BPU "
        "kecuali tabel iuran memuat tarif BPU berbasis upah.",
        "Wage basis for wage-earner contributions (Non-ASN, village officials). Not used for BPU "
        "unless the rate table holds a wage-based BPU rate.",
    ),
    "bud.risk": ("Kelas risiko JKK", "JKK risk class"),
    "bud.risk_help": (
        "PP 44/2015: 1 sangat rendah (0,24%) … 5 sangat tinggi (1,74%). Kantor pemerintah: kelas 1.",
        "PP 44/2015: 1 very low (0.24%) … 5 very high (1.74%). Government offices: class 1.",
    ),
    "bud.programs": ("Program yang dibayar", "Programs paid"),
    "bud.monthly": ("Iuran per pekerja per bulan", "Contribution per worker per month"),
    "bud.uncovered": ("Pekerja belum terlindungi", "Workers not yet covered"),
    "bud.needed": ("Kebutuhan anggaran {year}", "Budget needed {year}"),
    "bud.allocated": ("Anggaran dialokasikan", "Budget allocated"),
    "bud.gap": ("Selisih (kebutuhan − alokasi)", "Gap (needed − allocated)"),
    "bud.gap_help": (
        "Positif: kekurangan. Alokasi adalah seluruh anggaran kelompok ini (semua sumber dana), yang "
        "biasanya sudah membiayai peserta yang aktif; bandingkan juga dengan biaya seluruh sasaran.",
        "Positive: a shortfall. The allocation is the group's whole budget (all funding sources), which "
        "usually already pays for the active participants; compare with the cost of the whole target too.",
    ),
    "bud.full_cost": ("Biaya seluruh sasaran setahun: {value}", "Cost of the whole target for a year: {value}"),
    "bud.formula": ("Rincian iuran per bulan: {text}", "Monthly contribution detail: {text}"),
    "bud.wage_assumed": (
        "Upah tidak diisi: dipakai asumsi proyek Rp {wage} per bulan.",
        "No wage given: the project's assumption of Rp {wage} a month is used.",
    ),
    "bud.no_target": (
        "{n} dari {total} kab/kota tidak melaporkan jumlah sasaran untuk kelompok ini pada {year}: "
        "kebutuhannya tidak diketahui (bukan nol).",
        "{n} of {total} regencies/cities report no target headcount for this group in {year}: their need "
        "is unknown (not zero).",
    ),
    "bud.no_alloc": (
        "{n} dari {total} kab/kota tidak memiliki catatan anggaran untuk kelompok ini pada {year}.",
        "{n} of {total} regencies/cities have no budget record for this group in {year}.",
    ),
    "bud.period_note": ("Peserta aktif per {period}.", "Active participants as of {period}."),
    "bud.by_source": ("Alokasi per sumber dana", "Allocation by funding source"),
    "bud.by_region": ("Per kabupaten/kota", "By regency/city"),
    "bud.chart_title": ("Kebutuhan dan alokasi per kabupaten/kota", "Need and allocation by regency/city"),
    "bud.total": ("Total provinsi", "Province total"),
    "bud.rates": ("Tabel tarif iuran", "Contribution rate table"),
    "bud.rates_intro": (
        "Tarif dalam persen upah atau rupiah per bulan; tarif yang dipakai untuk "
        "suatu tahun adalah baris dengan tanggal berlaku terakhir pada atau sebelum tahun itu.",
        "Rates in percent of the wage or rupiah per month; a year uses the row "
        "with the latest valid-from date in or before that year.",
    ),
    "bud.rates_edit": ("Ubah tabel tarif", "Edit the rate table"),
    "bud.rates_save": ("Simpan tabel tarif", "Save the rate table"),
    "bud.rates_saved": ("Tabel tarif disimpan ({n} baris).", "Rate table saved ({n} rows)."),
    "bud.rates_invalid": ("Tabel tarif tidak disimpan. Perbaiki:", "Rate table not saved. Fix:"),
    "bud.rates_editor_only": (
        "Hanya editor yang dapat mengubah tabel tarif.", "Only editors can change the rate table."),
    "bud.error": ("Tidak dapat menghitung: {reason}", "Cannot compute: {reason}"),
    "bud.no_data": ("Belum ada data kelompok pekerja untuk dihitung.", "No worker-group data to compute yet."),
    "bud.col.region_code": ("Kode", "Code"),
    "bud.col.name": ("Wilayah", "Region"),
    "bud.col.level": ("Tingkat", "Level"),
    "bud.col.period": ("Periode", "Period"),
    "bud.col.target_workers": ("Sasaran", "Target"),
    "bud.col.uncovered_workers": ("Belum terlindungi", "Not covered"),
    "bud.col.monthly_contribution_rp": ("Iuran/bulan (Rp)", "Monthly contribution (Rp)"),
    "bud.col.needed_rp": ("Kebutuhan (Rp)", "Needed (Rp)"),
    "bud.col.gap_rp": ("Selisih (Rp)", "Gap (Rp)"),
    "bud.col.full_cost_rp": ("Biaya seluruh sasaran (Rp)", "Cost of whole target (Rp)"),
    "bud.col.allocated_rp": ("Alokasi (Rp)", "Allocated (Rp)"),
    "bud.col.funding_source": ("Sumber dana", "Funding source"),
    "bud.col.realised_rp": ("Realisasi (Rp)", "Realised (Rp)"),
    "bud.col.workers_funded": ("Pekerja dibiayai", "Workers funded"),
    "bud.col.is_demo": ("Demo", "Demo"),
    "bud.col.program": ("Program", "Program"),
    "bud.col.segment": ("Segmen", "Segment"),
    "bud.col.basis": ("Dasar", "Basis"),
    "bud.col.risk_class": ("Kelas risiko", "Risk class"),
    "bud.col.rate": ("Tarif", "Rate"),
    "bud.col.valid_from": ("Berlaku sejak", "Valid from"),
    "bud.col.legal_source": ("Dasar hukum", "Legal source"),
    "bud.col.note": ("Catatan", "Note"),
    "bud.funding.apbd": ("APBD", "APBD"),
    "bud.funding.apbdes": ("APBDes / dana desa", "APBDes / village funds"),
    "bud.funding.dbh_sawit": ("DBH Sawit", "DBH Sawit (palm oil revenue share)"),
    "bud.funding.dbhcht": ("DBHCHT", "DBHCHT (tobacco excise revenue share)"),
    "bud.funding.csr": ("CSR / TJSL", "CSR"),
    "bud.funding.other": ("Lainnya", "Other"),
    "bud.nodata.what": (
        "jumlah sasaran dan anggaran {group} di {region} tahun {year}",
        "the target headcount and budget of {group} in {region}, {year}",
    ),
    "bud.wage_shown": ("Upah yang dipakai: {wage} per bulan", "Wage used: {wage} a month"),
}
