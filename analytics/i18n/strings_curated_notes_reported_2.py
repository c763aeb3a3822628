"""Notes 83-164 of data/curated/reported_figures.csv (``catatan``), written in English by the project,
in both languages; notes 1-82 are in strings_curated_notes_reported_1.py (a module stays under 600
lines).

``analytics.presentation.texts.data_text`` shows a note in the UI language when the stored text is
exactly one of these; the English side is the note as stored (after ``strip``), keyed in the file's
order. Names, numbers, regulation numbers, URLs and the dossier's quoted wording are kept as
written. A test (tests/presentation/test_curated_notes_reported.py) fails on a note missing here or
changed in the file: when you edit a note in reported_figures.csv, edit its entry here.
"""

STRINGS = {
    # data/curated/reported_figures.csv: catatan, notes 83-164
    "datatext.note_rf_83": (
        "Sumber hanya menyebut tahun (2023); disimpan sebagai Desember. Ukuran di sumber: 'coverage (BPS & "
        "Bappenas basis)'. UCJ 2023 dengan dasar BPS & Bappenas (4.336.959 / 14.531.668); target 2025: 40 "
        "%.",
        "Source gives the year only (2023); stored as December. Source metric: 'coverage (BPS & "
        "Bappenas basis)'. UCJ 2023 on a BPS & Bappenas basis (4,336,959 / 14,531,668); 2025 "
        'target 40 %.'),
    "datatext.note_rf_84": (
        "Disampaikan pada November 2021; periode tidak disebutkan. Ukuran di sumber: 'terdaftar / angkatan "
        "kerja'. Penyebut: angkatan kerja, bukan penduduk bekerja.",
        "Stated in November 2021; period not stated. Source metric: 'terdaftar / angkatan kerja'. "
        "Denominator: labour force (angkatan kerja), not employed."),
    "datatext.note_rf_85": (
        "Ukuran di sumber: 'coverage pekerja formal'. Hanya pekerja formal. BPU & rentan 12 % (baris "
        "terpisah).",
        "Source metric: 'coverage pekerja formal'. Formal workers only. BPU & rentan 12 % (separate row)."),
    "datatext.note_rf_86": (
        "Konflik: 52,89 % dilaporkan untuk bulan yang sama dua minggu sebelumnya (R110); dasarnya mungkin "
        "berbeda. Pembilang 1,327 juta dari 2,8 juta pekerja potensial; target 2025: 62,93 % (1.763.259). "
        "Ukuran di sumber: 'UCJ'.",
        'Conflict: 52.89 % reported for the same month two weeks earlier (R110); bases may '
        'differ. Numerator 1,327 million of 2.8 million potential; target 2025 62.93 % '
        "(1,763,259). Source metric: 'UCJ'."),
    "datatext.note_rf_87": (
        "Konflik: 47 % dilaporkan dua minggu kemudian untuk Juni 2025 (R109); dasarnya mungkin berbeda. "
        "Peringkat 13 dari 38 provinsi. Disampaikan pada 26 Juni 2025. Ukuran di sumber: 'UCJ'.",
        'Conflict: 47 % reported two weeks later for June 2025 (R109); bases may differ. Rank 13 '
        "of 38 provinces. Stated on 26 June 2025. Source metric: 'UCJ'."),
    "datatext.note_rf_88": (
        "Sumber tidak mencantumkan tanggal. Ukuran di sumber: 'coverage pekerja formal'. Hanya pekerja "
        "formal. Dari 104.508 pekerja formal. Tanggal sumber tidak berupa tanggal (dossier: 'unknown').",
        "The source gives no date. Source metric: 'coverage pekerja formal'. Formal workers only."
        " Of 104,508 formal workers. No source date as a date (dossier: 'unknown')."),
    "datatext.note_rf_89": (
        "Sumber tidak mencantumkan tanggal. Ukuran di sumber: 'coverage pekerja informal/rentan'. Hanya "
        "pekerja informal / rentan. Dari 170.616 pekerja informal. Tanggal sumber tidak berupa tanggal "
        "(dossier: 'unknown').",
        "The source gives no date. Source metric: 'coverage pekerja informal/rentan'. Informal / "
        'vulnerable workers only. Of 170,616 informal workers. No source date as a date (dossier:'
        " 'unknown')."),
    "datatext.note_rf_90": (
        "Sumber menyebut sekitar 2021 (artikel jurnal tahun 2022); disimpan sebagai Desember 2021. Ukuran "
        "di sumber: 'coverage PU / BPU'. Cakupan pekerja PU dan BPU, sesuai yang tertulis dalam artikel "
        "(36,95 / 1,24). Keyakinan dossier: 'medium (academic)'.",
        'Source says about 2021 (journal article of 2022); stored as December 2021. Source '
        "metric: 'coverage PU / BPU'. Coverage of PU and BPU workers, as given in the article "
        "(36.95 / 1.24). Dossier confidence: 'medium (academic)'."),
    "datatext.note_rf_91": (
        "Ukuran di sumber: 'cakupan jamsostek'. Penyebut tidak disebutkan. Target 50 % pada semester I "
        "2023.",
        "Source metric: 'cakupan jamsostek'. Denominator not stated. Target 50 % in the first half of 2023."),
    "datatext.note_rf_92": (
        "Sumber hanya menyebut tahun (2023); disimpan sebagai Desember. Ukuran di sumber: 'kepesertaan "
        "aktif'. Penyebut tidak disebutkan.",
        "Source gives the year only (2023); stored as December. Source metric: 'kepesertaan aktif'. "
        "Denominator not stated."),
    "datatext.note_rf_93": (
        "Cakupan PU. Dari catatan dossier pada baris R084 (sumber yang sama).",
        "PU coverage. From the dossier's note on the R084 row (same source)."),
    "datatext.note_rf_94": (
        "Cakupan BPU. Dari catatan dossier pada baris R084 (sumber yang sama).",
        "BPU coverage. From the dossier's note on the R084 row (same source)."),
    "datatext.note_rf_95": (
        "Pekerja formal. Dari catatan dossier pada baris R103 (sumber yang sama).",
        "Formal workers. From the dossier's note on the R103 row (same source)."),
    "datatext.note_rf_96": (
        "Pekerja informal. Dari catatan dossier pada baris R103 (sumber yang sama).",
        "Informal workers. From the dossier's note on the R103 row (same source)."),
    "datatext.note_rf_97": (
        "UCJ pekerja formal. Dari catatan dossier pada baris R105 (sumber yang sama).",
        "UCJ of formal workers. From the dossier's note on the R105 row (same source)."),
    "datatext.note_rf_98": (
        "UCJ pekerja informal. Dari catatan dossier pada baris R105 (sumber yang sama).",
        "UCJ of informal workers. From the dossier's note on the R105 row (same source)."),
    "datatext.note_rf_99": (
        "BPU dan pekerja rentan; penyebut tidak disebutkan. Dari catatan dossier pada baris R108 (sumber "
        "yang sama).",
        "BPU and vulnerable workers; denominator not stated. From the dossier's note on the R108 "
        'row (same source).'),
    "datatext.note_rf_100": (
        "Per 31 Maret 2025, dengan 935.079 peserta dari 1.873.899 penduduk bekerja, yang jika dibagi "
        "menghasilkan sekitar 49,9 %, bukan 50,88 %: tetap dicatat sebagaimana dilaporkan. Sumber ditemukan "
        "oleh kurator (tidak ada di dossier).",
        'As of 31 March 2025, with 935,079 participants of 1,873,899 employed, which divide to '
        'about 49.9 %, not 50.88 %: kept as reported. Source found by the curator (not in the '
        'dossier).'),
    "datatext.note_rf_101": (
        "Jumlah penduduk bekerja yang dikutip bersama UCJ per 31 Maret 2025 (R124); edisinya tidak "
        "disebutkan, jadi tidak dimasukkan ke employment.csv. Sumber ditemukan oleh kurator (tidak ada di "
        "dossier).",
        "Employed population quoted with the UCJ of 31 March 2025 (R124); edition not stated, so not in "
        "employment.csv. Source found by the curator (not in the dossier)."),
    "datatext.note_rf_102": (
        "Per 2019-10-15. Kab/kota yang memberikan jamsostek kepada tenaga honorernya, sebelum Inpres; bukan "
        "jumlah regulasi (4 dari 13).",
        "As of 2019-10-15. Kab/kota giving jamsostek to their honorer staff, before the Inpres; not a "
        "regulation count (4 of 13)."),
    "datatext.note_rf_103": (
        "Per 2024-02-23. Klaim bahwa hanya 4 kab/kota di Indonesia yang memiliki Perda tentang jamsostek "
        "bagi pekerja rentan informal (Wali Kota Pekalongan mengutip BPJS). Keyakinan dossier: 'low "
        "(second-hand claim)'.",
        'As of 2024-02-23. Claim that only 4 kab/kota in Indonesia have a Perda on jamsostek for '
        "informal vulnerable workers (Wali Kota Pekalongan citing BPJS). Dossier confidence: 'low"
        " (second-hand claim)'."),
    "datatext.note_rf_104": (
        "Provinsi yang telah mencapai target UCJ 52,15 % (0 dari 38).",
        'Provinces that had reached the 52.15 % UCJ target (0 of 38).'),
    "datatext.note_rf_105": (
        "Per 2025-12-16. Kab/kota di Sulut yang melampaui target UCJ nasional 2025 (Kepulauan Talaud) (1 "
        "dari 15).",
        "As of 2025-12-16. Kab/kota in Sulut above the national 2025 UCJ target (Kepulauan Talaud) (1 of "
        "15)."),
    "datatext.note_rf_106": (
        "Per 2025-08-08. Kabupaten di Malut yang masih di bawah target UCJ; namanya tidak disebutkan.",
        "As of 2025-08-08. Kabupaten in Malut below the UCJ target; names not given."),
    "datatext.note_rf_107": (
        "Per 2023-07-05. Kab/kota asal 100.000 pekerja rentan yang didaftarkan berdasarkan Pergub 19/2023 "
        "(Kaltim memiliki 10 kab/kota).",
        'As of 2023-07-05. Kab/kota the 100,000 vulnerable workers registered under Pergub '
        '19/2023 come from (Kaltim has 10 kab/kota).'),
    "datatext.note_rf_108": (
        "Pekerja rentan yang didaftarkan Pemprov Kaltim segera setelah Pergub 19/2023 terbit (per "
        "2023-07-05).",
        'Vulnerable workers registered by Pemprov Kaltim right after Pergub 19/2023 (as of '
        '2023-07-05).'),
    "datatext.note_rf_109": (
        "Per 2021-04-14. Pihak yang menerima instruksi Inpres 2/2021 (penyebut cakupan regulasi pada 2021).",
        "As of 2021-04-14. Addressees of Inpres 2/2021 (denominators for regulation coverage in 2021)."),
    "datatext.note_rf_110": (
        "Per 2022-10-27. Paritrana edisi 2021: daerah yang dinilai (34 provinsi; 514 kab/kota disaring) dan "
        "finalis yang diwawancarai (12 provinsi, 9 kab/kota).",
        "As of 2022-10-27. Paritrana 2021 edition: regions assessed (34 provinces; 514 kab/kota screened) "
        "and finalists interviewed (12 provinces, 9 kab/kota)."),
    "datatext.note_rf_111": (
        "Dipindahkan dari coverage.csv setelah pemeriksaan acak public-facts-2: sumber menyebut 'terdaftar "
        "menjadi peserta', bukan aktif. Periode tidak disebutkan; disimpan pada bulan pernyataan (November "
        "2021), bukan Desember, yang jatuh setelah pernyataan itu. Istilah di sumber: 'terdaftar peserta "
        "Jamsostek'. Dilaporkan sebagai 17 % dari angkatan kerja (Agustus 2021: 17.536.934).",
        'Moved from coverage.csv after the spot check of public-facts-2: the source says '
        "'terdaftar menjadi peserta' (registered), not active. Period not stated; stored at the "
        'month it was stated (November 2021), not December, which would be after the statement. '
        "Source wording: 'terdaftar peserta Jamsostek'. Reported as 17 % of the labour force "
        '(August 2021: 17,536,934).'),
    "datatext.note_rf_112": (
        "Jumlah persis pada akhir triwulan I 2025; Kontan membulatkannya menjadi 40,2 juta (R065).",
        'Exact count at the end of Q1 2025; Kontan rounds it to 40.2 million (R065).'),
    "datatext.note_rf_113": (
        "Databoks juga menyebut PU 26,20 juta, BPU 8,28 juta dan Jakon 4,56 juta untuk Jan-Mei 2025 "
        "(periodenya tidak jelas, tidak disimpan).",
        'Databoks also gives PU 26.20 million, BPU 8.28 million and Jakon 4.56 million for '
        'Jan-May 2025 (period unclear, not stored).'),
    "datatext.note_rf_114": (
        "Halaman yang sama menyebut 45,22 juta untuk Des 2024.",
        'The same page gives 45.22 million for Dec 2024.'),
    "datatext.note_rf_115": (
        "Terdaftar, 16,34 % (baris cakupan_pct dari sumber yang sama). Periode tidak disebutkan: disimpan "
        "pada bulan pernyataan.",
        'Registered, 16.34 % (the coverage-share row of the same source). No period given: stored'
        ' at the month stated.'),
    "datatext.note_rf_116": (
        "Pekerja terdaftar sebagai persentase dari jumlah pekerja; penyebutnya tidak disebutkan.",
        "Registered workers as a share of workers; the denominator is not stated."),
    "datatext.note_rf_117": (
        "Pekerja rentan yang didaftarkan provinsi pada 2022 (hanya tahun, disimpan sebagai Desember); "
        "41.570 jika ditambah 2023.",
        'Vulnerable workers registered by the province in 2022 (year only, stored as December); '
        '41,570 with 2023.'),
    "datatext.note_rf_118": (
        "Pekerja rentan yang didaftarkan provinsi pada 2023 (hanya tahun, disimpan sebagai Desember). "
        "Rencana 2024: 64.756 (12.000 APBD + 52.756 DBH Sawit).",
        'Vulnerable workers registered by the province in 2023 (year only, stored as December). '
        'The 2024 plan: 64,756 (12,000 APBD + 52,756 DBH Sawit).'),
    "datatext.note_rf_119": (
        "2025, disampaikan pada 9 Okt 2025: 17.361 pekerja sawit di 21 kab/kota dan 3.518 pekerja pertanian "
        "dan perikanan di wilayah kemiskinan ekstrem.",
        '2025, stated on 9 Oct 2025: 17,361 palm-oil workers in 21 kab/kota and 3,518 farm and '
        'fishery workers in extreme-poverty areas.'),
    "datatext.note_rf_120": (
        "Istilah di sumber: 'terlindungi', belum tentu aktif, jadi tidak dimasukkan ke coverage.csv. Dari "
        "sekitar 14,2 juta 'angkatan kerja'; pekerja formal sekitar 80 % terlindungi.",
        "Source wording: 'terlindungi' (protected), not clearly active, so not in coverage.csv. "
        "Of about 14.2 million 'angkatan kerja'; formal workers about 80 % protected."),
    "datatext.note_rf_121": (
        "Pekerja sawit yang didaftarkan berdasarkan Pergub Riau 42/2023 (DBH Sawit).",
        "Palm-oil workers registered under Pergub Riau 42/2023 (DBH Sawit)."),
    "datatext.note_rf_122": (
        "Pekerja rentan yang iurannya dibayar APBD provinsi, sekitar Rp2 M per tahun. Rencana sebelumnya "
        "75.000 (Okt 2025); target Des 2024: 114.883 (34.465 provinsi, 80.418 kab/kota).",
        'Vulnerable workers paid by the provincial APBD, about Rp2 M a year. Earlier plan 75,000 '
        '(Oct 2025); Dec 2024 target 114,883 (34,465 province, 80,418 kab/kota).'),
    "datatext.note_rf_123": (
        "Cakupan kepesertaan menurut Kakanwil Sumbagsel; penyebut tidak disebutkan.",
        "Coverage of participation per the Kakanwil Sumbagsel; denominator not stated."),
    "datatext.note_rf_124": (
        "Peserta dari pekerja yang memenuhi syarat (992.730), per 28 Jul 2025.",
        'Participants of eligible workers (992,730), as of 28 Jul 2025.'),
    "datatext.note_rf_125": (
        "Pekerja formal, per 28 Jul 2025.",
        "Formal workers, as of 28 Jul 2025."),
    "datatext.note_rf_126": (
        "Pekerja informal, per 28 Jul 2025.",
        "Informal workers, as of 28 Jul 2025."),
    "datatext.note_rf_127": (
        "Peserta dari jumlah pekerja; target 58 % (tahunnya tidak disebutkan).",
        "Participants of workers; target 58 % (year not stated)."),
    "datatext.note_rf_128": (
        "Hanya tahun (2024), disimpan sebagai Desember. Dari pekerja yang memenuhi syarat; naik 4,26 poin "
        "dibanding 2023.",
        'Year only (2024), stored as December. Of eligible workers; +4.26 points on 2023.'),
    "datatext.note_rf_129": (
        "Pekerja terlindungi dari 472.000 pekerja, disampaikan pada 8 Des 2022.",
        'Protected workers of 472,000 workers, stated on 8 Dec 2022.'),
    "datatext.note_rf_130": (
        "Persentase terlindungi dari 606.996 pekerja (baris terpisah).",
        'Protected share of 606,996 workers (separate row).'),
    "datatext.note_rf_131": (
        "Dasar angka 29,67 %: 196.234 PU + 374.505 BPU + 86.260 pekerja Jakon menurut kantor cabang BPJS; "
        "rumusannya tidak menjelaskan apakah ini pekerja atau peserta, dan ini bukan angka BPS.",
        'The basis of the 29.67 %: 196,234 PU + 374,505 BPU + 86,260 Jakon workers per the BPJS '
        'branch; the wording does not make clear whether these are workers or participants, and '
        'it is not a BPS figure.'),
    "datatext.note_rf_132": (
        "Pekerja informal yang terdaftar sampai 31 Des 2024, dari 215.243 (BPJS Cabang Semarang Pemuda).",
        'Informal workers registered by 31 Dec 2024, of 215,243 (BPJS Cabang Semarang Pemuda).'),
    "datatext.note_rf_133": (
        "Hanya segmen informal: 40.196 dari 215.243 (31 Des 2024).",
        'Informal segment only: 40,196 of 215,243 (31 Dec 2024).'),
    "datatext.note_rf_134": (
        "Pekerja rentan yang iurannya dibayar Pemkot berdasarkan Perwali 23/2023; 34.782 pada Okt 2023-Sep "
        "2024. Sumber bertanggal Januari atau Februari 2025 (dossier: '2025-01/02'), disimpan hanya sebagai "
        "tahun.",
        'Vulnerable workers paid by the Pemkot under Perwali 23/2023; 34,782 in Oct 2023-Sep '
        "2024. Source dated January or February 2025 (dossier: '2025-01/02'), stored as the year."),
    "datatext.note_rf_135": (
        "APBD dan DBHCHT, 2025, disampaikan pada 8 Des 2025. Terpisah dari itu, 30.400 pekerja rentan "
        "dibayar oleh desa (Jun 2023).",
        'APBD and DBHCHT, 2025, stated on 8 Dec 2025. Separately 30,400 vulnerable workers paid '
        'by villages (Jun 2023).'),
    "datatext.note_rf_136": (
        "Dibaca di salinan (mirror) Surya. Anggaran Rp35 M untuk 2025; 157.058 rumah tangga miskin "
        "terdaftar (mirror beritajatim, 26 Mei 2025).",
        'Read on a mirror of Surya. Rp35 M budget for 2025; 157,058 poor households registered '
        '(beritajatim mirror, 26 May 2025).'),
    "datatext.note_rf_137": (
        "DBHCHT dalam APBD Perubahan 2025, disampaikan pada 8 Des 2025. Sebelumnya 9.290 (APBD, Agu 2025); "
        "sekitar 249 ribu pekerja belum terdaftar (Kaifanews).",
        'DBHCHT in the revised 2025 APBD, stated on 8 Dec 2025. Earlier 9,290 (APBD, Aug 2025); '
        'about 249 thousand workers still unregistered (Kaifanews).'),
    "datatext.note_rf_138": (
        "Dari 230.141 pekerja, 43 %. Tanpa periode dan tanpa tanggal sumber: kutipannya tidak memuat "
        "keduanya.",
        'Of 230,141 workers, 43 %. No period and no source date: the excerpt shows none.'),
    "datatext.note_rf_139": (
        "Terdaftar dari jumlah pekerja (99.205 dari 230.141). Tanpa periode dan tanpa tanggal sumber: "
        "kutipannya tidak memuat keduanya.",
        'Registered of workers (99,205 of 230,141). No period and no source date: the excerpt '
        'shows none.'),
    "datatext.note_rf_140": (
        "Konflik: Nusantarainsight menyebut 263.903 pekerja yang sama sebagai 52 % (baris lain). Juga "
        "Notuladaily.",
        'Conflict: Nusantarainsight gives the same 263,903 workers as 52 % (other row). Also '
        'Notuladaily.'),
    "datatext.note_rf_141": (
        "Konflik: Sulseltimes menyebut 263.903 pekerja yang sama sebagai 63,47 % (baris lain). Advertorial "
        "yang mengutip Kadisnaker.",
        'Conflict: Sulseltimes gives the same 263,903 workers as 63.47 % (other row). An '
        'advertorial quoting the Kadisnaker.'),
    "datatext.note_rf_142": (
        "Hanya tahun (2024), disimpan sebagai Desember.",
        "Year only (2024), stored as December."),
    "datatext.note_rf_143": (
        "Dibayar dari APBD 2024 (hanya tahun, disimpan sebagai Desember): 11.815 non-ASN, 6.107 kader "
        "Posyandu/KB, 36.000 petugas pemilu, 6.004 RT/RW, 5.750 pekerja keagamaan, 35.782 pekerja rentan. "
        "2025: 81.466.",
        'Paid by the 2024 APBD (year only, stored as December): 11,815 non-ASN, 6,107 Posyandu/KB'
        ' cadres, 36,000 election staff, 6,004 RT/RW, 5,750 religious workers, 35,782 vulnerable '
        'workers. 2025: 81.466.'),
    "datatext.note_rf_144": (
        "130.300 terlindungi; penyebut 198.628.",
        '130,300 protected; denominator 198.628.'),
    "datatext.note_rf_145": (
        "Pekerja dengan jaminan sosial menurut Sakernas 2024 (survei, bukan data BPJS); hanya tahun, "
        "disimpan sebagai Desember. 1.473 pekerja rentan didanai pada 2025.",
        'Workers with social protection per Sakernas 2024 (a survey, not BPJS records); year '
        'only, stored as December. 1,473 vulnerable workers funded in 2025.'),
    "datatext.note_rf_146": (
        "Pegawai non-ASN yang dibayar dari APBD 2022 (hanya tahun, disimpan sebagai Desember). 2023: 2.456 "
        "pemangku adat (Rp495.129.600).",
        'Non-ASN staff paid by the 2022 APBD (year only, stored as December). 2023: 2,456 adat '
        'functionaries (Rp495,129,600).'),
    "datatext.note_rf_147": (
        "'Satu Desa 100 Pekerja Rentan' di 122 desa; ditambah 2.100 pekerja sawit (DBH Sawit).",
        "'Satu Desa 100 Pekerja Rentan' in 122 villages; plus 2,100 palm-oil workers (DBH Sawit)."),
    "datatext.note_rf_148": (
        "Hanya tahun (2022), disimpan sebagai Desember. Tanpa tanggal sumber (dossier: '~2023-12').",
        "Year only (2022), stored as December. No source date (dossier: '~2023-12')."),
    "datatext.note_rf_149": (
        "110.013 peserta. Tanpa tanggal sumber (dossier: '~2023-12').",
        "110,013 participants. No source date (dossier: '~2023-12')."),
    "datatext.note_rf_150": (
        "Aparatur, THL, ketua RT/RW dan pekerja rentan yang didaftarkan Pemkot 'tahun ini'.",
        "Officials, THL, RT/RW heads and vulnerable workers registered by the Pemkot 'this year'."),
    "datatext.note_rf_151": (
        "Pegawai non-ASN yang dibayar sejak 2018. Tanpa periode dan tanpa tanggal sumber (dossier: "
        "'~2021').",
        "Non-ASN staff paid since 2018. No period and no source date (dossier: '~2021')."),
    "datatext.note_rf_152": (
        "Konflik: Tipikal menyebut 3.158 (baris lain). Pekerja rentan yang direncanakan dalam APBD 2026, "
        "disampaikan pada Des 2025 (rencana, bukan jumlah).",
        'Conflict: Tipikal gives 3,158 (other row). Vulnerable workers planned in the 2026 APBD, '
        'stated in Dec 2025 (a plan, not a count).'),
    "datatext.note_rf_153": (
        "Konflik: ANTARA Sumbar menyebut 3.156 (baris lain). Pekerja rentan yang direncanakan dalam APBD "
        "2026 (Rp661.149.750), disampaikan saat penandatanganan MoU 5 Des 2025 (rencana, bukan jumlah). "
        "Sumber disebut dalam catatan dossier; URL-nya disusun kurator dari catatan itu.",
        'Conflict: ANTARA Sumbar gives 3,156 (other row). Vulnerable workers planned in the 2026 '
        'APBD (Rp661,149,750), stated at the MoU of 5 Dec 2025 (a plan, not a count). Source '
        "named in the dossier's note; URL built from it by the curator."),
    "datatext.note_rf_154": (
        "Akhir 2025, peringkat 7 nasional; target 2026: 72 %. Bukan satu deret dengan 41,64 % (Mei 2025, "
        "R092) atau 61 % dari target (Agu 2025, R093): dasarnya berbeda.",
        'End of 2025, rank 7 nationally; 2026 target 72 %. Not a series with 41.64 % (May 2025, '
        'R092) or 61 % of target (Aug 2025, R093): the bases differ.'),
    "datatext.note_rf_155": (
        "Kab/kota yang memenuhi target UCJ 2025, pada monitoring 11 Des 2025. Sumber tidak menyebut "
        "totalnya; Maluku Utara memiliki 10 kab/kota.",
        "Kab/kota that met the 2025 UCJ target, at the monitoring of 11 Dec 2025. The source does not give "
        "the total; Maluku Utara has 10 kab/kota."),
    "datatext.note_rf_156": (
        "Sekitar 40 % dari 1,7-1,8 juta pekerja potensial sudah aktif (Kakanwil). Penyebutnya berbeda dari "
        "angka 46,2 % dari 1.009.250 pekerja yang memenuhi syarat (Mar 2025, R091): bukan satu deret.",
        'About 40 % of 1.7-1.8 million potential workers active (Kakanwil). Another denominator '
        'than the 46.2 % of 1,009,250 eligible (Mar 2025, R091): not a series.'),
    "datatext.note_rf_157": (
        "Kab/kota dengan cakupan di atas 80 %: Sukamara dan Barito Utara (dari 14).",
        "Kab/kota above 80 % coverage: Sukamara and Barito Utara (of 14)."),
    "datatext.note_rf_158": (
        "Kab/kota dengan cakupan di bawah 50 % (dari 14); 543.310 pekerja belum terlindungi.",
        'Kab/kota below 50 % coverage (of 14); 543,310 workers unprotected.'),
    "datatext.note_rf_159": (
        "Kab/kota dengan cakupan di atas 50 %, disampaikan pada 18 Des 2025. Riau memiliki 12 kab/kota.",
        "Kab/kota above 50 % coverage, stated on 18 Dec 2025. Riau has 12 kab/kota."),
    "datatext.note_rf_160": (
        "Peringkat di antara 38 provinsi menurut UCJ pada Agu 2025; target 85 % pada 2029.",
        "Rank of 38 provinces by UCJ in Aug 2025; target 85 % by 2029."),
    "datatext.note_rf_161": (
        "UCJ pekerja formal. Tanpa periode dan tanpa tanggal sumber: kutipannya tidak memuat keduanya.",
        "UCJ of formal workers. No period and no source date: the excerpt shows none."),
    "datatext.note_rf_162": (
        "UCJ pekerja informal. Tanpa periode dan tanpa tanggal sumber: kutipannya tidak memuat keduanya.",
        "UCJ of informal workers. No period and no source date: the excerpt shows none."),
    "datatext.note_rf_163": (
        "Disampaikan pada 4 Agu 2025; target 2025: 51,4 %.",
        'Stated on 4 Aug 2025; 2025 target 51.4 %.'),
    "datatext.note_rf_164": (
        "Klaim (BPJS): Sijunjung adalah pemerintah daerah pertama di Sumbar, dan yang ketiga di Sumatra, "
        "yang memiliki Perda tentang jamsostek (Perda 2/2024, 5 Apr 2024). Perbup tidak dihitung dalam "
        "klaim ini.",
        "Claim (BPJS): Sijunjung is the first regional government in Sumbar, and the third in Sumatra, with "
        "a Perda covering jamsostek (Perda 2/2024, 5 Apr 2024). Perbup are not counted in it."),
}
