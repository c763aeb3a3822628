STRINGS = {
    "nav.paritrana": ("Penilaian Paritrana", "Paritrana scoring"),
    "par.title": ("Penilaian Paritrana Award", "Paritrana Award scoring"),
    "par.intro": (
        "Skor per indikator = bobot × nilai ternormalisasi (min-max dalam tingkat yang sama; tanpa data = 0). "
        "Kriteria Paritrana yang dipublikasikan bersifat kualitatif (regulasi, inovasi, kinerja, anggaran, "
        "wawancara); bobot angka di sini adalah pilihan proyek, dapat diubah, dan tercatat di setiap ekspor. "
        "Wawancara dan inovasi tidak dapat dinilai dari data dan tidak termasuk.",
        "Indicator score = weight × normalised value (min-max within the level; no data = 0). The published "
        "Paritrana criteria are qualitative (regulation, innovation, performance, budget, interview); the "
        "numeric weights here are the project's own choice, editable, and recorded in every export. The "
        "interview and innovation cannot be scored from data and are not included.",
    ),
    "par.year": ("Tahun penilaian", "Assessment year"),
    "par.as_of": ("Regulasi per tanggal", "Regulations as of"),
    "par.level": ("Tingkat", "Level"),
    "par.level.provinsi": ("Provinsi", "Provinces"),
    "par.level.kabupaten_kota": ("Kabupaten/kota", "Regencies/cities"),
    "par.province_filter": ("Tampilkan provinsi", "Show province"),
    "par.periods": (
        "Kinerja: bulan {period} dibanding {previous}. Versi data {version}; kriteria sha256 {sha}.",
        "Performance: {period} against {previous}. Data version {version}; criteria sha256 {sha}.",
    ),
    "par.no_coverage": ("Tidak ada data kepesertaan untuk tahun ini.", "No coverage data for this year."),
    "par.ranking": ("Peringkat (20 teratas, skor per indikator)", "Ranking (top 20, score by indicator)"),
    "par.table": ("Skor dan rincian", "Scores and breakdown"),
    "par.detail": ("Rincian wilayah", "Region detail"),
    "par.region": ("Wilayah", "Region"),
    "par.rank_of": ("Peringkat {rank} dari {n} · total {total}", "Rank {rank} of {n} · total {total}"),
    "par.evidence": ("Bukti: regulasi", "Evidence: regulations"),
    "par.no_evidence": ("Tidak ada regulasi tercatat per tanggal ini.", "No regulation recorded as of this date."),
    "par.batches": ("Bukti: batch data yang dipakai", "Evidence: data batches used"),
    "par.criteria": ("Kriteria dan bobot", "Criteria and weights"),
    "par.criteria_file": ("Berkas kriteria: {path} (sha256 {sha})", "Criteria file: {path} (sha256 {sha})"),
    "par.criteria_edit": ("Ubah kriteria", "Edit criteria"),
    "par.criteria_save": ("Simpan kriteria", "Save criteria"),
    "par.criteria_saved": ("Kriteria disimpan.", "Criteria saved."),
    "par.criteria_invalid": ("Kriteria tidak disimpan. Perbaiki:", "Criteria not saved. Fix:"),
    "par.criteria_error": ("Berkas kriteria tidak dapat dipakai: {reason}", "The criteria file cannot be used: {reason}"),
    "par.editor_only": ("Hanya editor yang dapat mengubah kriteria.", "Only editors can change the criteria."),
    "par.download": ("Unduh XLSX (skor, kriteria, bukti, provenans)", "Download XLSX (scores, criteria, evidence, provenance)"),
    "par.col.rank": ("Peringkat", "Rank"),
    "par.col.region_code": ("Kode", "Code"),
    "par.col.name": ("Wilayah", "Region"),
    "par.col.total": ("Total", "Total"),
    "par.col.indicator": ("Indikator", "Indicator"),
    "par.col.raw": ("Nilai", "Raw value"),
    "par.col.normalised": ("Ternormalisasi", "Normalised"),
    "par.col.weight": ("Bobot", "Weight"),
    "par.col.contribution": ("Skor", "Score"),
    "par.col.missing": ("Tanpa data", "No data"),
    "par.col.instrument": ("Jenis", "Instrument"),
    "par.col.number": ("Nomor", "Number"),
    "par.col.effective_date": ("Tanggal berlaku", "Effective date"),
    "par.col.title": ("Tentang", "Title"),
    "par.col.status": ("Status", "Status"),
    "par.col.source_url": ("Dokumen", "Document"),
    "par.col.source_note": ("Sumber", "Source"),
    "par.col.batch_id": ("Batch", "Batch"),
    "par.col.dataset": ("Dataset", "Dataset"),
    "par.col.file_name": ("Berkas", "File"),
    "par.col.is_demo": ("Demo", "Demo"),
    "par.col.direction": ("Arah", "Direction"),
    "par.col.normalisation": ("Normalisasi", "Normalisation"),
    "par.col.description": ("Uraian", "Description"),
    "par.col.source": ("Dasar", "Basis"),
    "par.ind.regulation_strength": ("Kekuatan regulasi (0-4)", "Regulation strength (0-4)"),
    "par.ind.regulation_scope_groups": ("Kelompok yang dicakup regulasi", "Worker groups in regulation scope"),
    "par.ind.kab_regulation_share_pct": ("Kab/kota beregulasi (%)", "Regencies/cities with a regulation (%)"),
    "par.ind.budget_per_employed_rp": ("Anggaran per penduduk bekerja (Rp)", "Budget per employed person (Rp)"),
    "par.ind.budget_realisation_pct": ("Realisasi anggaran (%)", "Budget realisation (%)"),
    "par.ind.ucj_pct": ("UCJ (%)", "UCJ (%)"),
    "par.ind.ucj_growth_pts": ("Kenaikan UCJ (poin)", "UCJ change (points)"),
    "par.ind.pu_growth_pct": ("Pertumbuhan peserta PU (%)", "PU participant growth (%)"),
    "par.ind.bpu_growth_pct": ("Pertumbuhan peserta BPU (%)", "BPU participant growth (%)"),
    "par.ind.non_asn_coverage_pct": ("Cakupan Non-ASN (%)", "Non-ASN coverage (%)"),
    "par.ind.pekerja_rentan_coverage_pct": ("Cakupan pekerja rentan (%)", "Vulnerable-worker coverage (%)"),
    # the award's official results, apart from the project's own score
    "par.award.title": ("Hasil resmi Paritrana Award", "Official Paritrana Award results"),
    "par.award.intro": (
        "Hasil yang diumumkan penyelenggara Paritrana Award (Kemenko PMK dan BPJS Ketenagakerjaan), "
        "seperti dilaporkan sumber yang disebut di setiap baris. Daftar ini tidak lengkap: hanya hasil "
        "yang ditemukan di sumber publik.",
        "Results the Paritrana Award's organisers (Kemenko PMK and BPJS Ketenagakerjaan) announced, as "
        "reported by the source named on each row. The list is not complete: only results found in "
        "public sources.",
    ),
    "par.award.count": ("{n} hasil dari {editions} edisi ({first}–{last}).",
                        "{n} results from {editions} editions ({first}–{last})."),
    "par.award.none": ("Belum ada hasil resmi Paritrana Award yang tercatat.",
                       "No official Paritrana Award result is recorded yet."),
    "par.award.edition_filter": ("Edisi", "Edition"),
    "par.award.all_editions": ("Semua edisi", "All editions"),
    "par.award.col.edition": ("Edisi (tahun dinilai)", "Edition (year assessed)"),
    "par.award.col.date": ("Tanggal penganugerahan", "Award date"),
    "par.award.col.level": ("Tingkat", "Level"),
    "par.award.col.category": ("Kategori", "Category"),
    "par.award.col.rank": ("Peringkat / predikat", "Rank / title"),
    "par.award.col.region": ("Wilayah", "Region"),
    "par.award.col.region_code": ("Kode", "Code"),
    "par.award.col.note": ("Catatan kurasi", "Curation note"),
    "par.award.no_date": ("sumber tidak menyebut tanggal", "the source gives no date"),
    "par.award.level.national": ("nasional", "national"),
    "par.award.level.provincial": ("tingkat provinsi", "provincial round"),
    "par.award.download": ("Unduh hasil resmi", "Download the official results"),
    "par.own.title": ("Skor transparan proyek ini", "This project's transparent score"),
    "par.own.not_official": (
        "Skor ini dihitung oleh dasbor dari data yang dimuat, dengan bobot pilihan proyek. Ini bukan "
        "hasil resmi Paritrana Award dan tidak boleh dikutip sebagai hasil resmi.",
        "This score is computed by the dashboard from the data loaded, with weights the project chose. "
        "It is not the official Paritrana Award result and must not be quoted as one.",
    ),
    "par.own.thin": (
        "Data yang dimuat hampir tidak memberi masukan untuk skor ini: dari {total} indikator tingkat "
        "{level}, {sparse} punya nilai untuk kurang dari satu dari sepuluh wilayah ({names}). Wilayah "
        "tanpa nilai mendapat 0, jadi peringkat dari data sesedikit ini tidak bermakna dan tidak "
        "ditampilkan; rincian per wilayah dan kriteria tetap ada di bawah.",
        "The data loaded gives this score almost no inputs: of the {total} indicators at the {level} "
        "level, {sparse} have a value for fewer than one region in ten ({names}). A region without a "
        "value scores 0, so a ranking from so little data means nothing and is not shown; the "
        "per-region breakdown and the criteria are still below.",
    ),
    "par.own.level.provinsi": ("provinsi", "province"),
    "par.own.level.kabupaten_kota": ("kabupaten/kota", "regency/city"),
    "par.own.coverage_title": ("Indikator dengan data", "Indicators with data"),
    "par.own.col.regions_with": ("Wilayah dengan nilai", "Regions with a value"),
    "par.own.col.regions_nonzero": ("Wilayah dengan nilai selain 0", "Regions with a value other than 0"),
    "par.own.col.regions": ("Wilayah", "Regions"),
    "par.own.show_ranking": ("Tampilkan juga peringkatnya", "Show the ranking anyway"),
}
