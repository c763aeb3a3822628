STRINGS = {
    "nav.coverage": ("Analisis cakupan", "Coverage analytics"),
    "cov.title": ("Analisis cakupan kepesertaan", "Coverage analytics"),
    "cov.intro": (
        "Peserta aktif BPJS Ketenagakerjaan per segmen dan kelompok pekerja, peringkat wilayah, sebaran, "
        "perbandingan, dan perubahan sebelum/sesudah regulasi daerah. UCJ = peserta aktif semua segmen / "
        "penduduk bekerja (Sakernas).",
        "Active BPJS Ketenagakerjaan participants by segment and worker group, regional rankings, "
        "distribution, comparison, and change before/after a regional regulation. UCJ = active "
        "participants of all segments / employed population (Sakernas).",
    ),
    "cov.view": ("Tampilan", "View"),
    "cov.view.trends": ("Tren", "Trends"),
    "cov.view.rankings": ("Peringkat", "Rankings"),
    "cov.view.distribution": ("Sebaran", "Distribution"),
    "cov.view.compare": ("Perbandingan", "Comparison"),
    "cov.view.effect": ("Efek regulasi", "Regulation effect"),
    "cov.scope": ("Wilayah", "Area"),
    "cov.national": ("Nasional", "National"),
    "cov.region": ("Kabupaten/kota", "Regency/city"),
    "cov.whole_province": ("Seluruh provinsi", "Whole province"),
    "cov.no_data": ("Belum ada data kepesertaan kabupaten/kota.", "No kabupaten/kota coverage data yet."),
    "cov.segments": ("Peserta aktif per segmen ({scope})", "Active participants by segment ({scope})"),
    "cov.groups": ("Cakupan kelompok pekerja: aktif / sasaran ({scope})",
                   "Worker-group coverage: active / target ({scope})"),
    "cov.active_axis": ("Peserta aktif", "Active participants"),
    "cov.coverage_axis": ("Cakupan (%)", "Coverage (%)"),
    "cov.cycle_note": (
        "Kelompok yang iurannya dibayar sekaligus setahun sekali dapat turun mendekati nol di awal tahun dan "
        "naik lagi setelah pembayaran: itu siklus anggaran, bukan hilangnya perlindungan. Bandingkan bulan "
        "yang sama antartahun.",
        "Groups whose contributions are paid once a year can fall near zero early in the year and come "
        "back after the payment: a budget cycle, not lost protection. Compare the same month across years.",
    ),
    "cov.level": ("Tingkat", "Level"),
    "cov.level.kabupaten_kota": ("Kabupaten/kota", "Regencies/cities"),
    "cov.level.provinsi": ("Provinsi", "Provinces"),
    "cov.rank_by": ("Urutkan menurut", "Rank by"),
    "cov.metric.ucj_pct": ("UCJ (%)", "UCJ (%)"),
    "cov.metric.active_participants": ("Peserta aktif", "Active participants"),
    "cov.metric.growth_pct": ("Pertumbuhan setahun (%)", "Growth over a year (%)"),
    "cov.metric.gap_workers": ("Penduduk bekerja belum terlindungi", "Employed people not covered"),
    "cov.order": ("Urutan", "Order"),
    "cov.order.top": ("Tertinggi", "Highest"),
    "cov.order.bottom": ("Terendah", "Lowest"),
    "cov.period": ("Bulan", "Month"),
    "cov.ranking_chart": ("20 wilayah: {metric}", "20 regions: {metric}"),
    "cov.ranking_note": (
        "Pertumbuhan = bulan ini dibanding bulan yang sama setahun sebelumnya. Selisih = penduduk bekerja − "
        "peserta aktif (penyebut: {edition}). Tanpa penyebut: tidak ada data, bukan 0%.",
        "Growth = this month against the same month a year earlier. Gap = employed − active (denominator: "
        "{edition}). No denominator: no data, not 0%.",
    ),
    "cov.col.rank": ("Peringkat", "Rank"),
    "cov.col.name": ("Wilayah", "Region"),
    "cov.col.province": ("Provinsi", "Province"),
    "cov.col.active": ("Peserta aktif", "Active"),
    "cov.col.employed": ("Penduduk bekerja", "Employed"),
    "cov.col.ucj": ("UCJ (%)", "UCJ (%)"),
    "cov.col.growth": ("Tumbuh (%)", "Growth (%)"),
    "cov.col.ucj_change": ("Δ UCJ (poin)", "Δ UCJ (pts)"),
    "cov.col.gap": ("Belum terlindungi", "Not covered"),
    "cov.col.active_trend": ("Peserta 24 bln", "Active, 24 mo"),
    "cov.col.ucj_trend": ("UCJ 24 bln", "UCJ, 24 mo"),
    "cov.col.outlier": ("Pencilan", "Outlier"),
    "cov.col.lower": ("Batas bawah", "Lower fence"),
    "cov.col.upper": ("Batas atas", "Upper fence"),
    "cov.col.edition": ("Edisi penyebut", "Denominator edition"),
    "cov.distribution": ("Sebaran UCJ kabupaten/kota, {period}", "UCJ of regencies/cities, {period}"),
    "cov.outliers": ("Pencilan (di luar Q1 − 1,5×IQR … Q3 + 1,5×IQR per provinsi): {n}",
                     "Outliers (outside Q1 − 1.5×IQR … Q3 + 1.5×IQR per province): {n}"),
    "cov.outlier.high": ("tinggi", "high"),
    "cov.outlier.low": ("rendah", "low"),
    "cov.compare_regions": ("Wilayah yang dibandingkan", "Regions to compare"),
    "cov.compare_metric": ("Ukuran", "Measure"),
    "cov.compare_empty": ("Pilih satu atau lebih wilayah.", "Choose one or more regions."),
    "cov.group": ("Kelompok pekerja", "Worker group"),
    "cov.effect_title": (
        "Pertumbuhan peserta 12 bulan sebelum dan sesudah Perda/Perbup/Perwali pertama",
        "Participant growth in the 12 months before and after the first Perda/Perbup/Perwali",
    ),
    "cov.effect_disclaimer": (
        "Ini perbandingan deskriptif, bukan bukti sebab-akibat: daerah yang menerbitkan regulasi bisa berbeda "
        "dalam banyak hal lain, dan tanggal sebagian regulasi hanya 'diketahui per' tanggal laporan.",
        "This is a descriptive comparison, not evidence of cause and effect: regions that issue a regulation "
        "may differ in many other ways, and some regulations are dated only by the report that mentions them.",
    ),
    "cov.effect_method": (
        "Untuk tiap daerah dengan regulasi pertama pada bulan M: pertumbuhan M−12→M dan M→M+12, dibanding "
        "median daerah tanpa regulasi sampai M+12 pada jendela yang sama.",
        "For each region whose first regulation took effect in month M: growth M−12→M and M→M+12, against "
        "the median of regions without one by M+12 over the same windows.",
    ),
    "cov.effect.treated": ("Dengan regulasi baru", "With a new regulation"),
    "cov.effect.control": ("Tanpa regulasi", "Without a regulation"),
    "cov.effect.before": ("12 bulan sebelum", "12 months before"),
    "cov.effect.after": ("12 bulan sesudah", "12 months after"),
    "cov.effect.axis": ("Median pertumbuhan (%)", "Median growth (%)"),
    "cov.effect.n": ("Daerah dengan regulasi baru", "Regions with a new regulation"),
    "cov.effect.diff": ("Median selisih perubahan", "Median difference in change"),
    "cov.effect.share": ("Tumbuh lebih cepat dari pembanding", "Grew faster than comparison"),
    "cov.effect.none": (
        "Tidak ada daerah dengan regulasi pertama yang memiliki data 12 bulan sebelum dan sesudahnya.",
        "No region's first regulation has data 12 months before and after it.",
    ),
    "cov.col.reg_month": ("Bulan regulasi", "Regulation month"),
    "cov.col.instrument": ("Jenis", "Instrument"),
    "cov.col.growth_before": ("Tumbuh sebelum (%)", "Growth before (%)"),
    "cov.col.growth_after": ("Tumbuh sesudah (%)", "Growth after (%)"),
    "cov.col.control_before": ("Pembanding sebelum (%)", "Comparison before (%)"),
    "cov.col.control_after": ("Pembanding sesudah (%)", "Comparison after (%)"),
    "cov.col.difference": ("Selisih perubahan (poin)", "Difference in change (pts)"),
    "cov.col.known_by": ("Tanggal = diketahui per", "Date = known by"),
    # views without public data (no_public_data): what is missing
    "cov.nodata.segments": (
        "peserta aktif per segmen, {scope} (perlu angka semua kabupaten/kota)",
        "active participants by segment, {scope} (needs every regency/city's figure)",
    ),
    "cov.partial_months": (
        "{n} bulan yang tidak dilaporkan oleh semua {total} kabupaten/kota tidak ditampilkan (jumlahnya bukan total).",
        "{n} months not reported by all {total} regencies/cities are left out (their sum is no total).",
    ),
    "cov.nodata.groups": (
        "cakupan per kelompok pekerja, {scope} (perlu jumlah sasaran per kelompok)",
        "coverage by worker group, {scope} (needs each group's target headcount)",
    ),
    "cov.nodata.ranking": ("{metric} per {level}, {period}", "{metric} by {level}, {period}"),
    "cov.nodata.distribution": ("sebaran UCJ kabupaten/kota, {period}", "the spread of regency/city UCJ, {period}"),
    "cov.nodata.compare": ("{metric} wilayah yang dipilih", "{metric} of the regions chosen"),
    "cov.nodata.effect": (
        "perbandingan sebelum/sesudah regulasi (perlu deret bulanan kepesertaan kabupaten/kota)",
        "the before/after comparison (needs monthly regency/city participant series)",
    ),
}
