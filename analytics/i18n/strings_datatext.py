"""Text the project itself writes into data -- import notes, the demo generator's sources, the
curated facts' sources and notes, contribution-rate notes, Paritrana criteria, the UCJ view's
edition prefix -- in both languages. ``analytics.presentation.texts.data_text`` shows a stored
text in the UI language when it is one of these (either language's wording, or a ``{slot}``
pattern); any other text is data and is shown as it is.

A test (tests/presentation/test_texts.py) reads the project's data files and fails on a text
missing here: add it when you add a curated fact or a rate note.
"""

STRINGS = {
    # import batches (analytics/ingest/bootstrap.py) and the demo generator (ingest/demo.py)
    "datatext.demo_note": ("data demo buatan analytics.ingest.demo (bukan angka resmi)",
                           "demo data made by analytics.ingest.demo (not official figures)"),
    "datatext.curated_note": ("fakta terkurasi (berita daerah; lihat data/curated/README.md)",
                              "curated facts (news reports; see data/curated/README.md)"),
    "datatext.demo_generator": ("generator data demo", "demo generator"),
    "datatext.demo_edition": ("Sakernas Agustus {year} (demo)", "Sakernas August {year} (demo)"),
    # the ucj view's edition of a province summed from its kabupaten/kota (analytics/store.py)
    "datatext.sum_of_kabkota": ("jumlah kab/kota: {editions}", "sum of kabupaten/kota: {editions}"),
    # data/curated/ucj_targets.csv
    "datatext.target_kemendagri": ("Target Kemendagri untuk Universal Coverage Jamsostek {year}",
                                   "Kemendagri target for Universal Coverage Jamsostek {year}"),
    # data/curated/regulations.csv: a title the project wrote where the source gives none
    "datatext.title_sidrap_two_perbup": (
        "Dua Peraturan Bupati Sidenreng Rappang tentang program jaminan sosial ketenagakerjaan (judul dan nomor "
        "tidak disebutkan sumber)",
        "Two Peraturan Bupati of Sidenreng Rappang on the employment social security programme (the source "
        "gives neither their titles nor their numbers)"),
    # data/curated/*.csv: sources
    "datatext.src_news": ("Berita daerah {region}, {when}", "Regional news, {region}, {when}"),
    "datatext.src_news_fgd": ("Berita daerah {region} (FGD pemantauan)", "Regional news, {region} (monitoring FGD)"),
    "datatext.src_bpjs_month": ("BPJS Ketenagakerjaan {region}, {when}", "BPJS Ketenagakerjaan {region}, {when}"),
    "datatext.src_bpjs_year": ("BPJS Ketenagakerjaan {region}, dilaporkan untuk {year}",
                               "BPJS Ketenagakerjaan {region}, reported for {year}"),
    "datatext.src_regional_report": ("Laporan daerah (sumber sekunder)", "Regional report (secondary source)"),
    "datatext.edition_quoted": ("Sakernas {year} (sebagaimana dikutip bersama angka UCJ)",
                                "Sakernas {year} (as quoted with the UCJ figure)"),
    # data/curated/*.csv: notes
    "datatext.cur_kalteng_non_asn": (
        "Sekitar 21.800 peserta Non-ASN di seluruh provinsi (angka tingkat provinsi)",
        "About 21,800 Non-ASN participants across the province (a province-level figure)"),
    "datatext.cur_lamongan_draft": (
        "Rancangan diusulkan dalam FGD pemantauan; nelayan dilindungi bertahap sesuai anggaran",
        "Draft proposed at a monitoring FGD; fishermen to be covered in stages as budget allows"),
    "datatext.cur_pergub_kalteng": (
        "Menyusul fasilitasi yang dilaporkan pada Nov 2021; tanggal penetapan tidak ada di sumber (tampilan "
        "per tanggal memakai 31 Des 2022 sampai tanggalnya diketahui)",
        "Followed the facilitation reported in Nov 2021; day of issue not in the source (as-of views use "
        "31 Dec 2022 until a date is known)"),
    "datatext.cur_facilitation": ("Dalam fasilitasi Kemendagri per 15 Nov 2021", "In Kemendagri facilitation on 15 Nov 2021"),
    "datatext.cur_reported_unnamed": ("Dilaporkan {n} dari {total} kabupaten/kota; wilayahnya tidak disebutkan",
                                      "Reported as {n} of {total} kabupaten/kota; regions not named"),
    "datatext.cur_katingan": (
        "Dilaporkan terbit per 15 Nov 2021 (4 dari 14 kabupaten/kota di Kalteng); Perbup Katingan tahun 2019 juga "
        "dilaporkan, jadi regulasi ini mungkin mendahului Inpres",
        "Reported as issued by 15 Nov 2021 (4 of 14 kabupaten/kota in Kalteng); a Perbup Katingan of 2019 is also "
        "reported, so this may predate the Inpres"),
    "datatext.cur_issued_by": (
        "Dilaporkan terbit per 15 Nov 2021; nomor dan tanggal penetapan tidak ada dalam laporan",
        "Reported as issued by 15 Nov 2021; number and date of issue not in the report"),
    "datatext.cur_bali_ucj": (
        "Dilaporkan dengan UCJ 50,88%; penyebut yang dikutip bersamanya tidak menghasilkan angka itu, jadi "
        "penyebut tidak disimpan",
        "Reported with UCJ 50.88%; the denominator quoted with it does not divide to that rate, so no "
        "denominator is stored"),
    "datatext.cur_jatim_numerator": (
        "Pembilang UCJ untuk 2023; bulan tidak disebutkan, disimpan sebagai Des 2023",
        "UCJ numerator for 2023; month not stated, stored as Dec 2023"),
    # data/contribution_rates.csv: notes
    "datatext.risk_very_low": ("risiko sangat rendah", "very low risk"),
    "datatext.risk_low": ("risiko rendah", "low risk"),
    "datatext.risk_medium": ("risiko sedang", "medium risk"),
    "datatext.risk_high": ("risiko tinggi", "high risk"),
    "datatext.risk_very_high": ("risiko sangat tinggi", "very high risk"),
    "datatext.jht_split": ("3,7% pemberi kerja + 2% pekerja", "3.7% employer + 2% worker"),
    "datatext.jp_split": ("2% pemberi kerja + 1% pekerja", "2% employer + 1% worker"),
    "datatext.jkp_2021": ("0,22% pemerintah pusat + 0,24% rekomposisi dari JKK/JKM",
                          "0.22% central government + 0.24% recomposed from JKK/JKM"),
    "datatext.jkp_2025": ("0,22% pemerintah pusat + 0,14% rekomposisi dari JKK",
                          "0.22% central government + 0.14% recomposed from JKK"),
    "datatext.bpu_lowest_1m": ("golongan penghasilan terendah (sampai Rp1 juta)", "lowest income bracket (up to Rp1 million)"),
    "datatext.bpu_lowest": ("golongan penghasilan terendah", "lowest income bracket"),
    # data/paritrana_criteria.csv: descriptions
    "datatext.crit_budget_kab": (
        "Anggaran yang dialokasikan pada tahun penilaian untuk pelindungan pekerja (semua sumber dana) per "
        "penduduk bekerja (Rp)",
        "Budget allocated in the assessment year for worker protection (all funding sources) per employed person (Rp)"),
    "datatext.crit_budget_prov": (
        "Anggaran yang dialokasikan pada tahun penilaian untuk pelindungan pekerja (provinsi dan kabupaten/kotanya, "
        "semua sumber dana) per penduduk bekerja (Rp)",
        "Budget allocated in the assessment year for worker protection (province and its kabupaten/kota, all "
        "funding sources) per employed person (Rp)"),
    "datatext.crit_ucj_growth": ("Perubahan UCJ (poin persentase) dibanding bulan yang sama setahun sebelumnya",
                                 "Change in UCJ (percentage points) against the same month a year earlier"),
    "datatext.crit_bpu_growth": (
        "Pertumbuhan peserta aktif bukan penerima upah (BPU) dibanding bulan yang sama setahun sebelumnya (%)",
        "Growth of active non-wage-earner (BPU) participants against the same month a year earlier (%)"),
    "datatext.crit_pu_growth": (
        "Pertumbuhan peserta aktif penerima upah (PU) dibanding bulan yang sama setahun sebelumnya (%)",
        "Growth of active wage-earner (PU) participants against the same month a year earlier (%)"),
    "datatext.crit_non_asn": ("Non-ASN terlindungi: aktif / sasaran, bulan terakhir tahun itu (%)",
                              "Non-ASN staff covered: active / target headcount, latest month of the year (%)"),
    "datatext.crit_non_asn_prov": (
        "Non-ASN terlindungi: aktif / sasaran, bulan terakhir tahun itu, jumlah kabupaten/kota (%)",
        "Non-ASN staff covered: active / target headcount, latest month of the year, sum of kabupaten/kota (%)"),
    "datatext.crit_scope_prov": (
        "Jumlah kelompok pekerja (Non-ASN, pekerja rentan, perangkat desa, RT/RW, GTT/PTT...) yang disebut dalam "
        "cakupan regulasi yang berlaku",
        "Number of worker groups (Non-ASN staff, vulnerable workers, village officials, RT/RW heads, GTT/PTT...) "
        "named in the scopes of the acts in force"),
    "datatext.crit_scope": ("Jumlah kelompok pekerja yang disebut dalam cakupan regulasi yang berlaku",
                            "Number of worker groups named in the scopes of the acts in force"),
    "datatext.crit_realisation": ("Realisasi / alokasi anggaran pada tahun penilaian (%)",
                                  "Realised / allocated budget in the assessment year (%)"),
    "datatext.crit_kab_share": (
        "Bagian kabupaten/kota di provinsi dengan Perda, Perbup atau Perwali yang berlaku pada tanggal penilaian (%)",
        "Share of the province's kabupaten/kota with a Perda, Perbup or Perwali in force on the as-of date (%)"),
    "datatext.crit_strength_prov": (
        "Regulasi daerah terkuat tentang program yang berlaku pada tanggal penilaian (31 Des tahun penilaian): "
        "Perda 4, Pergub 3, Instruksi Gubernur 2, Surat Edaran/Keputusan 1, tidak ada 0",
        "Strongest regional act on the program in force on the as-of date (31 Dec of the assessment year): "
        "Perda 4, Pergub 3, Instruksi Gubernur 2, Surat Edaran/Keputusan 1, none 0"),
    "datatext.crit_strength": (
        "Regulasi daerah terkuat tentang program yang berlaku pada tanggal penilaian: Perda 4, Perbup/Perwali 3, "
        "Instruksi Bupati/Wali Kota 2, Surat Edaran/Keputusan 1, tidak ada 0",
        "Strongest regional act on the program in force on the as-of date: Perda 4, Perbup/Perwali 3, "
        "Instruksi Bupati/Wali Kota 2, Surat Edaran/Keputusan 1, none 0"),
    "datatext.crit_ucj": (
        "UCJ: peserta aktif semua segmen / penduduk bekerja (BPS Sakernas), bulan terakhir tahun penilaian (%)",
        "UCJ: active participants of all segments / employed population (BPS Sakernas), latest month of the "
        "assessment year (%)"),
    "datatext.crit_rentan": ("Pekerja rentan terlindungi: aktif / sasaran, bulan terakhir tahun itu (%)",
                             "Vulnerable workers covered: active / target, latest month of the year (%)"),
    "datatext.crit_rentan_prov": (
        "Pekerja rentan terlindungi: aktif / sasaran, bulan terakhir tahun itu, jumlah kabupaten/kota (%)",
        "Vulnerable workers covered: active / target, latest month of the year, sum of kabupaten/kota (%)"),
    # data/paritrana_criteria.csv: sources
    "datatext.csrc_budget_apbdes": (
        "Aspek 'anggaran' kriteria Paritrana; Inpres 2/2021 (alokasikan APBD / APBDes); bobot: pilihan proyek",
        "Aspect 'anggaran' of the Paritrana criteria; Inpres 2/2021 (allocate APBD / APBDes); weight: project's own choice"),
    "datatext.csrc_budget_apbd": (
        "Aspek 'anggaran' kriteria Paritrana; Inpres 2/2021 (alokasikan APBD); bobot: pilihan proyek",
        "Aspect 'anggaran' of the Paritrana criteria; Inpres 2/2021 (allocate APBD); weight: project's own choice"),
    "datatext.csrc_budget": ("Aspek 'anggaran' kriteria Paritrana; bobot: pilihan proyek",
                             "Aspect 'anggaran' of the Paritrana criteria; weight: project's own choice"),
    "datatext.csrc_kinerja_pu_bpu": (
        "Aspek 'kinerja' (kepesertaan PU dan BPU) kriteria Paritrana; bobot: pilihan proyek",
        "Aspect 'kinerja' (PU and BPU participation) of the Paritrana criteria; weight: project's own choice"),
    "datatext.csrc_kinerja_ucj": (
        "Aspek 'kinerja' (pekerja terlindungi) kriteria Paritrana; UCJ sebagaimana dipakai Kemendagri dan BPJS "
        "Ketenagakerjaan; bobot: pilihan proyek",
        "Aspect 'kinerja' (workers protected) of the Paritrana criteria; UCJ as used by Kemendagri and BPJS "
        "Ketenagakerjaan; weight: project's own choice"),
    "datatext.csrc_kinerja_protected": (
        "Aspek 'kinerja' (pekerja terlindungi) kriteria Paritrana; bobot: pilihan proyek",
        "Aspect 'kinerja' (workers protected) of the Paritrana criteria; weight: project's own choice"),
    "datatext.csrc_kinerja_like_month": (
        "Aspek 'kinerja' kriteria Paritrana; dibandingkan dengan bulan yang sama karena siklus anggaran; bobot: "
        "pilihan proyek",
        "Aspect 'kinerja' of the Paritrana criteria; like-month comparison because of budget cycles; weight: "
        "project's own choice"),
    "datatext.csrc_kinerja": ("Aspek 'kinerja' kriteria Paritrana; bobot: pilihan proyek",
                              "Aspect 'kinerja' of the Paritrana criteria; weight: project's own choice"),
    "datatext.csrc_regulasi_perbup": (
        "Aspek 'regulasi' kriteria Paritrana Award untuk pemerintah daerah (Perda bernilai lebih tinggi dari "
        "Perbup); nilai ordinal dan bobot: pilihan proyek (tidak ada bobot angka yang dipublikasikan)",
        "Aspect 'regulasi' of the Paritrana Award criteria for regional governments (a Perda scores higher than "
        "a Perbup); ordinal values and weight: project's own choice (no public numeric weights)"),
    "datatext.csrc_regulasi_head": (
        "Aspek 'regulasi' kriteria Paritrana Award untuk pemerintah daerah (Perda bernilai lebih tinggi dari "
        "peraturan kepala daerah); nilai ordinal dan bobot: pilihan proyek (tidak ada bobot angka yang "
        "dipublikasikan)",
        "Aspect 'regulasi' of the Paritrana Award criteria for regional governments (a Perda scores higher than "
        "a head-of-region regulation); ordinal values and weight: project's own choice (no public numeric weights)"),
    "datatext.csrc_inpres_non_asn": ("Inpres 2/2021 (lindungi pegawai Non-ASN); bobot: pilihan proyek",
                                     "Inpres 2/2021 (protect Non-ASN staff); weight: project's own choice"),
    "datatext.csrc_inpres_rentan": ("Inpres 2/2021 (lindungi pekerja rentan); bobot: pilihan proyek",
                                    "Inpres 2/2021 (protect vulnerable workers); weight: project's own choice"),
    "datatext.csrc_inpres_se_groups": (
        "Inpres 2/2021 dan SE Mendagri 842.2/5193/SJ (kelompok yang harus dilindungi daerah); bobot: pilihan proyek",
        "Inpres 2/2021 and SE Mendagri 842.2/5193/SJ (groups regions are to protect); weight: project's own choice"),
    "datatext.csrc_inpres_se": ("Inpres 2/2021 dan SE Mendagri 842.2/5193/SJ; bobot: pilihan proyek",
                                "Inpres 2/2021 and SE Mendagri 842.2/5193/SJ; weight: project's own choice"),
    "datatext.csrc_inpres_governors": (
        "Inpres 2/2021: gubernur mengawasi bupati dan wali kotanya; bobot: pilihan proyek",
        "Inpres 2/2021: governors supervise their bupati and wali kota; weight: project's own choice"),
}
