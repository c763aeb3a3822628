"""UI strings of the UCJ page, budget cycles and funding sources."""

STRINGS = {
    "nav.ucj": ("UCJ & siklus anggaran", "UCJ & budget cycles"),
    "ucj.title": ("Universal Coverage Jamsostek (UCJ)", "Universal Coverage Jamsostek (UCJ)"),
    "ucj.definition": (
        "UCJ = peserta aktif BPJS Ketenagakerjaan semua segmen (PU, BPU, Jakon, PMI) / penduduk "
        "bekerja (BPS Sakernas). Pembilang, penyebut dan edisi Sakernas selalu ditampilkan di samping "
        "angka. Wilayah tanpa penyebut ditampilkan \"tidak ada data\", bukan 0% atau 100%.",
        "UCJ = active BPJS Ketenagakerjaan participants of all segments (PU, BPU, Jakon, PMI) / "
        "employed population (BPS Sakernas). Numerator, denominator and Sakernas edition are always "
        "shown beside the rate. Regions without a denominator show \"no data\", never 0% or 100%.",
    ),
    "ucj.no_data_at_all": (
        "Belum ada data kepesertaan untuk menghitung UCJ. Impor data kepesertaan dan penduduk bekerja "
        "di halaman Data.",
        "No coverage data to compute UCJ yet. Import coverage and employed population on the Data page.",
    ),
    "ucj.period": ("Bulan", "Month"),
    "ucj.province": ("Provinsi untuk tabel kabupaten/kota", "Province for the regency/city table"),
    "ucj.national": ("UCJ nasional", "National UCJ"),
    "ucj.national_help": (
        "Jumlah pembilang provinsi / jumlah penyebut provinsi, hanya provinsi yang memiliki keduanya "
        "({n} dari {total} provinsi). Edisi penyebut: {editions}",
        "Sum of provinces' numerators / sum of their denominators, only provinces with both "
        "({n} of {total} provinces). Denominator edition(s): {editions}",
    ),
    "ucj.national_delta": ("{gap} poin dari target", "{gap} pp from target"),
    "ucj.target": ("Target {year}", "Target {year}"),
    "ucj.no_target": ("Tidak ada target untuk {year}", "No target for {year}"),
    "ucj.no_target_short": ("tidak ada", "none"),
    "ucj.target_source": ("Sumber target: {source}", "Target source: {source}"),
    "ucj.numerator": ("Pembilang (peserta aktif)", "Numerator (active participants)"),
    "ucj.denominator": ("Penyebut (penduduk bekerja)", "Denominator (employed population)"),
    "ucj.provinces_included": ("Provinsi dihitung", "Provinces included"),
    "ucj.provinces_included_value": ("{n} dari {total}", "{n} of {total}"),
    "ucj.trend": ("UCJ nasional per bulan dan target", "National UCJ by month and target"),
    "ucj.by_province": ("UCJ per provinsi", "UCJ by province"),
    "ucj.by_kabkota": ("UCJ kabupaten/kota di {province}", "UCJ of regencies/cities in {province}"),
    "ucj.bands_note": (
        "Pita (band) UCJ adalah pilihan proyek ini sendiri, bukan klasifikasi resmi: tidak ada sumber "
        "publik yang memberi ambang UCJ. Ubah di data/ucj_bands.csv.",
        "UCJ bands are this project's own choice, not an official classification: no public source "
        "gives UCJ thresholds. Edit them in data/ucj_bands.csv.",
    ),
    "ucj.bands_error": ("Berkas pita UCJ tidak dapat dipakai: {error}", "The UCJ bands file is unusable: {error}"),
    "ucj.tab.ucj": ("UCJ", "UCJ"),
    "ucj.tab.cycles": ("Siklus anggaran", "Budget cycles"),
    "ucj.tab.funding": ("Sumber dana", "Funding sources"),
    "ucj.axis": ("UCJ (%)", "UCJ (%)"),
    "ucj.target_line": ("Target {value}", "Target {value}"),
    "ucj.series_name": ("UCJ nasional", "National UCJ"),
    "ucj.partial": (
        "Hanya {n} dari {total} provinsi memiliki pembilang dan penyebut untuk bulan ini; angka "
        "nasional hanya mencakup provinsi tersebut.",
        "Only {n} of {total} provinces have both numerator and denominator this month; the national "
        "figure covers those provinces only.",
    ),
    "ucj.no_national": ("Tidak ada provinsi dengan pembilang dan penyebut pada bulan ini.",
                        "No province has both numerator and denominator this month."),
    # table columns
    "ucjcol.region": ("Wilayah", "Region"),
    "ucjcol.level": ("Tingkat", "Level"),
    "ucjcol.period": ("Bulan", "Month"),
    "ucjcol.active": ("Pembilang: peserta aktif", "Numerator: active participants"),
    "ucjcol.numerator_source": ("Asal pembilang", "Numerator from"),
    "ucjcol.employed": ("Penyebut: penduduk bekerja", "Denominator: employed population"),
    "ucjcol.edition": ("Edisi penyebut", "Denominator edition"),
    "ucjcol.ucj": ("UCJ (%)", "UCJ (%)"),
    "ucjcol.band": ("Pita", "Band"),
    "ucjcol.target": ("Target (%)", "Target (%)"),
    "ucjcol.gap": ("Selisih ke target (poin %)", "Distance to target (pp)"),
    "ucjcol.demo": ("Demo", "Demo"),
    "numsrc.reported_total": ("total dilaporkan", "reported total"),
    "numsrc.sum_of_segments": ("jumlah segmen", "sum of segments"),
    "numsrc.sum_of_kabupaten_kota": ("jumlah kab/kota", "sum of regencies/cities"),
    "numsrc.reporting": ("({n} dari {total} melapor)", "({n} of {total} reporting)"),
    # budget cycles
    "cycles.title": ("Siklus anggaran", "Budget cycles"),
    "cycles.intro": (
        "Banyak daerah membayar iuran Non-ASN setahun atau setengah tahun sekali, sehingga jumlah "
        "peserta aktif bisa turun mendekati nol lalu naik lagi. Bulan yang turun di bawah 20% dari "
        "maksimum 12 bulan sebelumnya dan pulih dalam setahun ditandai sebagai kemungkinan siklus "
        "pembayaran. Data tidak dihaluskan.",
        "Many regions pay Non-ASN contributions once or twice a year, so the active count can fall "
        "close to zero and jump back. Months below 20% of the previous 12 months' maximum that recover "
        "within a year are marked as a likely payment cycle. The data is not smoothed.",
    ),
    "cycles.province": ("Provinsi", "Province"),
    "cycles.as_of": ("Per bulan", "As of month"),
    "cycles.flagged": ("Kelompok dengan penurunan dalam 12 bulan terakhir",
                       "Groups with a drop in the last 12 months"),
    "cycles.none": ("Tidak ada kelompok yang turun mendekati nol dalam 12 bulan terakhir.",
                    "No group fell close to zero in the last 12 months."),
    "cycles.region": ("Wilayah", "Region"),
    "cycles.group": ("Kelompok pekerja", "Worker group"),
    "cycles.chart_title": ("Peserta aktif per bulan: {region}, {group}", "Active participants by month: {region}, {group}"),
    "cycles.annotation": (
        "kemungkinan siklus pembayaran, bukan kehilangan kepesertaan",
        "likely a payment cycle, not lost coverage",
    ),
    "cycles.decline_annotation": ("turun dan tidak pulih: kemungkinan kehilangan kepesertaan",
                                  "fell and did not recover: possible lost coverage"),
    "cycles.pending_annotation": ("turun; belum dapat dipastikan", "dropped; too early to tell"),
    "cycles.series": ("Peserta aktif", "Active participants"),
    "cycles.like_series": ("Bulan yang sama tahun sebelumnya", "Same month a year earlier"),
    "cycles.latest": ("Bulan terakhir ({period})", "Latest month ({period})"),
    "cycles.like": ("Bulan sama tahun lalu ({period})", "Same month last year ({period})"),
    "cycles.year_max": ("Maksimum 12 bulan", "12-month maximum"),
    "cycles.year_avg": ("Rata-rata 12 bulan", "12-month average"),
    "cycles.reason.cycle": (
        "{month}: turun ke {share}% dari maksimum 12 bulan sebelumnya ({max}) dan pulih pada "
        "{recovered}: kemungkinan siklus pembayaran, bukan kehilangan kepesertaan",
        "{month}: fell to {share}% of the previous 12 months' maximum ({max}) and recovered in "
        "{recovered}: likely a payment cycle, not lost coverage",
    ),
    "cycles.reason.cycle_repeat": (
        "{month}: turun ke {share}% dari maksimum 12 bulan sebelumnya ({max}); bulan yang sama tahun "
        "lalu juga turun lalu pulih: kemungkinan siklus pembayaran, bukan kehilangan kepesertaan",
        "{month}: fell to {share}% of the previous 12 months' maximum ({max}); the same month a year "
        "earlier also fell and recovered: likely a payment cycle, not lost coverage",
    ),
    "cycles.reason.decline": (
        "{month}: turun ke {share}% dari maksimum 12 bulan sebelumnya ({max}) dan tidak pulih dalam "
        "12 bulan: kemungkinan kehilangan kepesertaan",
        "{month}: fell to {share}% of the previous 12 months' maximum ({max}) and did not recover "
        "within 12 months: possible lost coverage",
    ),
    "cycles.reason.pending": (
        "{month}: turun ke {share}% dari maksimum 12 bulan sebelumnya ({max}); belum ada data "
        "sesudahnya untuk memastikan apakah ini siklus pembayaran",
        "{month}: fell to {share}% of the previous 12 months' maximum ({max}); no later data yet to "
        "tell whether it is a payment cycle",
    ),
    "cyclecol.likely_cycle": ("Kemungkinan siklus", "Likely cycle"),
    "cyclecol.note": ("Keterangan", "Note"),
    "cyclecol.flagged_months": ("Bulan turun", "Low months"),
    "cyclecol.latest": ("Bulan terakhir", "Latest month"),
    "cyclecol.like_month": ("Bulan sama tahun lalu", "Same month last year"),
    "cyclecol.year_max": ("Maks. 12 bulan", "12-month max"),
    "cyclecol.year_avg": ("Rata-rata 12 bulan", "12-month average"),
    # funding
    "funding.title": ("Anggaran menurut sumber dana", "Budget by funding source"),
    "funding.intro": (
        "Alokasi anggaran perlindungan (APBD, APBDes/dana desa, DBH Sawit, DBHCHT, CSR, lainnya) per "
        "provinsi dan tahun: anggaran provinsi ditambah anggaran kabupaten/kotanya.",
        "Budget allocated for protection (APBD, APBDes/village funds, DBH Sawit, DBHCHT, CSR, other) "
        "per province and year: the province's own budget plus its regencies'/cities'.",
    ),
    "funding.year": ("Tahun anggaran", "Budget year"),
    "funding.none": ("Belum ada data anggaran.", "No budget data yet."),
    "funding.axis": ("Alokasi (Rp)", "Allocated (Rp)"),
    "funding.by_year": ("{province}: alokasi per tahun menurut sumber dana",
                        "{province}: allocation by year and funding source"),
    "funding.by_province": ("Alokasi {year} per provinsi menurut sumber dana",
                            "Allocation {year} by province and funding source"),
    "source.apbd": ("APBD", "APBD (regional budget)"),
    "source.apbdes": ("APBDes / dana desa", "APBDes / village funds"),
    "source.dbh_sawit": ("DBH Sawit", "DBH Sawit (palm oil revenue share)"),
    "source.dbhcht": ("DBHCHT", "DBHCHT (tobacco excise revenue share)"),
    "source.csr": ("CSR", "CSR"),
    "source.other": ("Lainnya", "Other"),
    "fundcol.source": ("Sumber dana", "Funding source"),
    "fundcol.allocated": ("Alokasi (Rp)", "Allocated (Rp)"),
    "fundcol.realised": ("Realisasi (Rp)", "Realised (Rp)"),
    "fundcol.workers": ("Pekerja dibiayai", "Workers funded"),
    "fundcol.regions": ("Jumlah wilayah", "Regions"),
    "cycles.nodata.what": (
        "deret bulanan peserta per kelompok pekerja di kabupaten/kota {province} (siklus pembayaran)",
        "monthly participant series by worker group in the regencies/cities of {province} (payment cycles)",
    ),
    "ucj.nodata.kabkota": ("UCJ kabupaten/kota di {province}, {period}", "the UCJ of the regencies/cities of {province}, {period}"),
    "funding.nodata.what": ("anggaran per sumber dana (APBD, APBDes, DBH, CSR)",
                            "budgets by funding source (APBD, APBDes, DBH, CSR)"),
    "ucj.over_100": (
        "di atas 100 %: penyebutnya {employed} penduduk bekerja yang tinggal di wilayah ini ({edition}), "
        "sedangkan peserta dihitung di tempat terdaftar, termasuk pekerja dari luar wilayah",
        "above 100 %: its denominator is the {employed} employed residents of the region ({edition}), while "
        "participants are counted where registered, workers from outside the region included",
    ),
    "ucjcol.note": ("Catatan UCJ", "UCJ note"),
}
