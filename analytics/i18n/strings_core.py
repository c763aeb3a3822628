"""Strings shared by every page: navigation, language, demo marks, generic messages."""

STRINGS = {
    "app.title": ("Dasbor Jaminan Sosial Ketenagakerjaan", "Employment Social Security Dashboard"),
    "app.subtitle": (
        "Cakupan BPJS Ketenagakerjaan dan regulasi daerah pelaksanaan Inpres No. 2 Tahun 2021",
        "BPJS Ketenagakerjaan coverage and regional regulations under Inpres No. 2/2021",
    ),
    "nav.overview": ("Ringkasan", "Overview"),
    "nav.data": ("Data & Impor", "Data & import"),
    "nav.group.main": ("Dasbor", "Dashboard"),
    "nav.group.admin": ("Data", "Data"),
    "lang.label": ("Bahasa", "Language"),
    "demo.banner": (
        "DATA DEMO: angka cakupan, regulasi dan anggaran di sini dibuat oleh generator demo proyek "
        "ini, bukan data resmi. Fakta terkurasi dari berita ditandai dengan sumbernya.",
        "DEMO DATA: coverage, regulation and budget figures here are made by this project's demo "
        "generator, not official data. Curated facts from news reports carry their source.",
    ),
    "demo.mark": ("DEMO", "DEMO"),
    "num.trillion": ("Rp {value} triliun", "Rp {value} trillion"),
    "num.billion": ("Rp {value} miliar", "Rp {value} billion"),
    "num.million": ("Rp {value} juta", "Rp {value} million"),
    "count.billion": ("{value} miliar", "{value} billion"),
    "count.million": ("{value} juta", "{value} million"),
    "count.thousand": ("{value} ribu", "{value} thousand"),
    "common.no_data": ("tidak ada data", "no data"),
    "common.download_csv": ("Unduh CSV", "Download CSV"),
    "common.download_xlsx": ("Unduh XLSX", "Download XLSX"),
    "common.province": ("Provinsi", "Province"),
    "common.all_provinces": ("Semua provinsi", "All provinces"),
    "common.region": ("Wilayah", "Region"),
    "common.period": ("Periode", "Period"),
    "common.segment": ("Segmen", "Segment"),
    "common.group": ("Kelompok pekerja", "Worker group"),
    "common.year": ("Tahun", "Year"),
    "common.as_of": ("Per tanggal", "As of"),
    "common.data_version": ("Versi data {version}", "Data version {version}"),
    "common.not_yet": ("Belum tersedia", "Not yet available"),
    "db.empty": (
        "Basis data belum berisi wilayah. Jalankan `python -m analytics init --demo`.",
        "The database holds no regions yet. Run `python -m analytics init --demo`.",
    ),
    "refdata.missing": (
        "Data rujukan (penduduk, luas, batas wilayah) tidak tersedia: {reason}",
        "Reference data (population, area, boundaries) unavailable: {reason}",
    ),
    # segment and group labels
    "segment.PU": ("Penerima Upah (PU)", "Wage earners (PU)"),
    "segment.BPU": ("Bukan Penerima Upah (BPU)", "Non-wage earners (BPU)"),
    "segment.JAKON": ("Jasa Konstruksi (Jakon)", "Construction (Jakon)"),
    "segment.PMI": ("Pekerja Migran Indonesia (PMI)", "Migrant workers (PMI)"),
    "segment.JAKON_PMI": ("Jakon dan PMI (tidak dipisah sumbernya)", "Jakon and PMI (not separated by the source)"),
    "segment.ALL": ("Semua segmen", "All segments"),
    "group.all": ("Semua pekerja", "All workers"),
    "group.non_asn": ("Non-ASN", "Non-ASN staff"),
    "group.pekerja_rentan": ("Pekerja rentan", "Vulnerable workers"),
    "group.perangkat_desa": ("Perangkat desa", "Village officials"),
    "group.rt_rw": ("Ketua RT/RW", "RT/RW heads"),
    "group.gtt_ptt": ("GTT/PTT", "GTT/PTT"),
    "group.nelayan": ("Nelayan", "Fishers"),
    "group.petani": ("Petani", "Farmers"),
    "group.other": ("Lainnya", "Other"),
    "level.provinsi": ("Provinsi", "Province"),
    "level.kabupaten": ("Kabupaten", "Regency"),
    "level.kota": ("Kota", "City"),
}

STRINGS.update({
    "app.demo_start": (
        "Menyiapkan dataset demo (sekali saja, beberapa detik)…",
        "Preparing the demo dataset (once, a few seconds)…",
    ),
    "demo.switch": ("Data demo", "Demo data"),
    "demo.switch_help": (
        "Dataset demo terpisah dengan angka buatan (ditandai DEMO di setiap halaman), untuk mencoba "
        "tampilan yang belum punya data publik. Data bawaan hanya berisi data rujukan dan fakta publik "
        "bersumber.",
        "A separate demo dataset with generated numbers (marked DEMO on every page), to try views "
        "that have no public data yet. The default data holds reference data and sourced public facts "
        "only.",
    ),
    "nodata.public": (
        "Belum ada data publik untuk {what}. Buka dataset demo untuk mencoba tampilan ini, atau impor "
        "berkas Anda sendiri di halaman Data & Impor.",
        "There is no public data for {what} yet. Open the demo dataset to try this view, or import your "
        "own file on the Data & import page.",
    ),
    "nodata.open_demo": ("Buka data demo", "Open the demo data"),
    "nodata.import": ("Impor berkas", "Import a file"),
    "app.first_start": (
        "Menyiapkan basis data pertama kali (wilayah, data rujukan, fakta publik bersumber)...",
        "Preparing the database for the first time (regions, reference data, sourced public facts)...",
    ),
    "app.reference_download": ("Mengambil data rujukan...", "Fetching reference data..."),
})
