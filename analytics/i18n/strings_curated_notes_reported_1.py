"""Notes 1-82 of data/curated/reported_figures.csv (``catatan``), written in English by the project, in
both languages; notes 83-164 are in strings_curated_notes_reported_2.py (a module stays under 600
lines).

``analytics.presentation.texts.data_text`` shows a note in the UI language when the stored text is
exactly one of these; the English side is the note as stored (after ``strip``), keyed in the file's
order. Names, numbers, regulation numbers, URLs and the dossier's quoted wording are kept as
written. A test (tests/presentation/test_curated_notes_reported.py) fails on a note missing here or
changed in the file: when you edit a note in reported_figures.csv, edit its entry here.
"""

STRINGS = {
    # data/curated/reported_figures.csv: catatan, notes 1-82
    "datatext.note_rf_1": (
        "Peserta nonaktif, baris 1 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 1 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_2": (
        "Peserta nonaktif, baris 2 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 2 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_3": (
        "Peserta nonaktif, baris 3 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 3 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_4": (
        "Peserta nonaktif, baris 4 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 4 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_5": (
        "Peserta nonaktif, baris 5 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 5 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_6": (
        "Peserta nonaktif, baris 6 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 6 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_7": (
        "Peserta nonaktif, baris 7 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 7 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_8": (
        "Peserta nonaktif, baris 8 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 8 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_9": (
        "Peserta nonaktif, baris 9 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 9 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_10": (
        "Peserta nonaktif, baris 10 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 10 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_11": (
        "Peserta nonaktif, baris 11 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 11 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_12": (
        "Peserta nonaktif, baris 12 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 12 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_13": (
        "Peserta nonaktif, baris 13 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 13 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_14": (
        "Peserta nonaktif, baris 14 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 14 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_15": (
        "Peserta nonaktif, baris 15 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 15 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_16": (
        "Peserta nonaktif, baris 16 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 16 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_17": (
        "Peserta nonaktif, baris 17 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 17 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_18": (
        "Peserta nonaktif, baris 18 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 18 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_19": (
        "Peserta nonaktif, baris 19 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 19 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_20": (
        "Peserta nonaktif, baris 20 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 20 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_21": (
        "Peserta nonaktif, baris 21 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 21 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_22": (
        "Peserta nonaktif, baris 22 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 22 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_23": (
        "Peserta nonaktif, baris 23 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 23 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_24": (
        "Peserta nonaktif, baris 24 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 24 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_25": (
        "Peserta nonaktif, baris 25 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 25 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_26": (
        "Peserta nonaktif, baris 26 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 26 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_27": (
        "Peserta nonaktif, baris 27 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 27 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_28": (
        "Peserta nonaktif, baris 28 dari 38 tabel Kemnaker. Keyakinan dossier: 'high (exact table, "
        "re-published)'.",
        "Non-active participants, Kemnaker table row 28 of 38. Dossier confidence: 'high (exact table, "
        "re-published)'."),
    "datatext.note_rf_29": (
        "Sumber tidak mencantumkan tanggal (dossier menduga 2025). Tidak dimasukkan ke coverage.csv karena "
        "tidak ada periodenya. Formal 73.621 (PU 55.974 + Jakon 17.647), informal 77.750, sebagaimana "
        "disebutkan. Keyakinan dossier: 'medium (date missing)'. Tanggal sumber tidak berupa tanggal "
        "(dossier: 'unknown').",
        'The source gives no date (the dossier guesses 2025). Not in coverage.csv because it has '
        'no period. Formal 73,621 (PU 55,974 + Jakon 17,647), informal 77,750, as stated. Dossier'
        " confidence: 'medium (date missing)'. No source date as a date (dossier: 'unknown')."),
    "datatext.note_rf_30": (
        "Sumber hanya menyebut tahun (2023); disimpan sebagai Desember. Pekerja yang iurannya dibayar dari "
        "anggaran (APBD) Kabupaten Bandung, dalam 12 kelompok (mis. guru honorer 14.323, RT & RW 20.843, "
        "guru ngaji 15.345).",
        'Source gives the year only (2023); stored as December. Workers whose contributions the '
        'Kabupaten Bandung budget (APBD) pays, in 12 groups (e.g. guru honorer 14,323, RT & RW '
        '20,843, guru ngaji 15,345).'),
    "datatext.note_rf_31": (
        "Konflik: pembilang UCJ 2023 Pemprov Jatim (dasar BPS & Bappenas; hanya tahun, disimpan sebagai "
        "Desember); tabel Kemnaker menyebut 4.583.246 peserta aktif untuk Desember 2023. PU 3.300.717 + BPU "
        "1.036.242 ada di coverage.csv. Keyakinan dossier: 'medium (official quoted)'. Penyebut 14.531.668 "
        "(R080).",
        "Conflict: Pemprov Jatim's UCJ numerator for 2023 (BPS & Bappenas basis; year only, "
        "stored as December); Kemnaker's table gives 4,583,246 active for December 2023. PU "
        "3,300,717 + BPU 1,036,242 are in coverage.csv. Dossier confidence: 'medium (official "
        "quoted)'. Denominator 14,531,668 (R080)."),
    "datatext.note_rf_32": (
        "Konflik: data Kemnaker yang sama (per Februari 2025), dibulatkan berbeda dari Databoks. Disebut "
        "dalam catatan dossier; URL ditemukan oleh kurator. Halaman tersebut tidak mencantumkan tanggal.",
        'Conflict: same Kemnaker data (per February 2025), rounded differently from Databoks. '
        "Named in the dossier's note; URL found by the curator. The page shows no date."),
    "datatext.note_rf_33": (
        "Sumber hanya menyebut tahun (2018); disimpan sebagai Desember. Keyakinan dossier: 'medium-high "
        "(Dirut at DPR RDP)'.",
        "Source gives the year only (2018); stored as December. Dossier confidence: 'medium-high (Dirut at "
        "DPR RDP)'."),
    "datatext.note_rf_34": (
        "Sumber hanya menyebut tahun (2019); disimpan sebagai Desember. Keyakinan dossier: 'medium-high'.",
        "Source gives the year only (2019); stored as December. Dossier confidence: 'medium-high'."),
    "datatext.note_rf_35": (
        "Sumber hanya menyebut tahun (2020); disimpan sebagai Desember. Keyakinan dossier: 'medium-high'.",
        "Source gives the year only (2020); stored as December. Dossier confidence: 'medium-high'."),
    "datatext.note_rf_36": (
        "Keyakinan dossier: 'medium-high'.",
        "Dossier confidence: 'medium-high'."),
    "datatext.note_rf_37": (
        "Juni 2021: 28,7 juta; target 2021: 33,67 juta (sumber yang sama). Keyakinan dossier: "
        "'medium-high'.",
        'June 2021: 28.7 million; 2021 target 33.67 million (same source). Dossier confidence: '
        "'medium-high'."),
    "datatext.note_rf_38": (
        "Sumber hanya menyebut tahun (2019); disimpan sebagai Desember. Kemungkinan peserta terdaftar, "
        "bukan peserta aktif. Peserta JKK-JKM 2019: 34.367.581.",
        "Source gives the year only (2019); stored as December. Likely registered (terdaftar), not active. "
        "JKK-JKM participants 2019: 34.367.581."),
    "datatext.note_rf_39": (
        "Sumber hanya menyebut tahun (2020); disimpan sebagai Desember. Kemungkinan peserta terdaftar, "
        "bukan peserta aktif. Peserta JKK-JKM 2020: 31.018.686.",
        "Source gives the year only (2020); stored as December. Likely registered (terdaftar), not active. "
        "JKK-JKM participants 2020: 31.018.686."),
    "datatext.note_rf_40": (
        "Keyakinan dossier: 'high (Public Expose)'.",
        "Dossier confidence: 'high (Public Expose)'."),
    "datatext.note_rf_41": (
        "Konflik: public expose BPJS menyebut 55,37 juta (R073).",
        'Conflict: the BPJS public expose gives 55.37 million (R073).'),
    "datatext.note_rf_42": (
        "Konflik: Wakil Presiden menyebut 41,46 juta (R055). 68,05 % dari 61,08 juta peserta terdaftar.",
        'Conflict: the Vice President gave 41.46 million (R055). 68.05 % of 61.08 million '
        'registered.'),
    "datatext.note_rf_43": (
        "PU nonaktif 18,53 juta dan BPU 979 ribu menurut Databoks (dossier tidak mencantumkan URL).",
        'Non-active PU 18.53 million and BPU 979 thousand per Databoks (no URL in the dossier).'),
    "datatext.note_rf_44": (
        "Konflik: tabel Kemnaker menyebut 41,56 juta (R049). Disebut sebagai 'pekerja terdaftar' oleh Wakil "
        "Presiden pada Paritrana 2024, untuk Desember 2023.",
        "Conflict: Kemnaker's table gives 41.56 million (R049). Said as 'pekerja terdaftar' by "
        'the Vice President at Paritrana 2024, for December 2023.'),
    "datatext.note_rf_45": (
        "Dari 53,04 juta penduduk bekerja berstatus PU = 50,23 %. Keyakinan dossier: 'medium-high'.",
        "Of 53.04 million employed with PU status = 50.23 %. Dossier confidence: 'medium-high'."),
    "datatext.note_rf_46": (
        "Kontan menyebut 45,22 juta untuk Desember 2024 (dossier tidak mencantumkan URL). Keyakinan "
        "dossier: 'high (Dirut statement)'.",
        'Kontan gives 45.22 million for December 2024 (no URL in the dossier). Dossier '
        "confidence: 'high (Dirut statement)'."),
    "datatext.note_rf_47": (
        "Pemeriksaan acak (public-facts-2): halaman yang disebut tidak ditemukan lagi; Kontan dan Databoks "
        "mengonfirmasi total Des 2024 sebesar 45,22 juta, tetapi tidak mengonfirmasi rincian PU ini.",
        'Spot check (public-facts-2): the stated page was not found again; Kontan and Databoks '
        'confirm the Dec 2024 total of 45.22 million, not this PU split.'),
    "datatext.note_rf_48": (
        "Jakon dan PMI tidak dipisahkan.",
        "Jakon and PMI not separated."),
    "datatext.note_rf_49": (
        "Data Januari-Februari 2025. Keyakinan dossier: 'medium-high'.",
        "Data for January-February 2025. Dossier confidence: 'medium-high'."),
    "datatext.note_rf_50": (
        "Keyakinan dossier: 'high (Dirut at DPR RDP)'.",
        "Dossier confidence: 'high (Dirut at DPR RDP)'."),
    "datatext.note_rf_51": (
        "Pemberi kerja terdaftar; 80,61 % di antaranya usaha mikro. Provinsi: Jatim 132.364, DKI 116.874 "
        "(TangerangNews: 116.824), Jateng 107.420, Jabar 98.029.",
        'Employers registered; 80.61 % micro. Provinces: Jatim 132,364, DKI 116,874 '
        '(TangerangNews: 116,824), Jateng 107,420, Jabar 98.029.'),
    "datatext.note_rf_52": (
        "Disebut sebagai posisi akhir 2022. Pekerja non-ASN yang didaftarkan dan iurannya dibayar oleh "
        "pemerintah daerah (Dirut Anggoro); ditambah 1,2 juta pekerja rentan (baris terpisah) dan 598.000 "
        "pekerja rentan yang iurannya dibayar perusahaan. Dossier memuat pernyataan yang sama di antara "
        "cuplikan 'X of Y' ('dari Pemda di 34 Provinsi, dan 514 Kabupaten/Kota'): bukan jumlah regulasi.",
        'Stated as end of 2022. Non-ASN workers registered and paid for by regional governments '
        '(Dirut Anggoro); plus 1.2 million vulnerable workers (separate row) and 598,000 rentan '
        "paid by companies. The dossier lists the same statement among its 'X of Y' snapshots "
        "('dari Pemda di 34 Provinsi, dan 514 Kabupaten/Kota'): not a regulation count."),
    "datatext.note_rf_53": (
        "Konflik: tabel Kemnaker (SPN) menyebut 55,38 juta (R048). Peserta terdaftar menurut public expose "
        "BPJS; dari catatan dossier pada baris 35,86 juta. Keyakinan dossier: 'high (Public Expose)'.",
        "Conflict: Kemnaker's table (SPN) gives 55.38 million (R048). Registered participants at "
        "the BPJS public expose; from the dossier's note on the 35.86 million row. Dossier "
        "confidence: 'high (Public Expose)'."),
    "datatext.note_rf_54": (
        "Pekerja rentan yang didaftarkan dan iurannya dibayar oleh pemerintah daerah (Dirut Anggoro), "
        "disebut sebagai posisi akhir 2022; angka Non-ASN ada di baris terpisah.",
        'Vulnerable workers registered and paid for by regional governments (Dirut Anggoro), '
        'stated as end of 2022; the Non-ASN figure is a separate row.'),
    "datatext.note_rf_55": (
        "Sakernas BPS Agustus 2021. Rilis yang sama: angkatan kerja 140,15 juta, pengangguran 9,10 juta, "
        "formal 53,14 juta (40,55 %). Juga diberitakan oleh Infobanknews dan Media Indonesia pada hari yang "
        "sama. Keyakinan dossier: 'high (BPS release quoted verbatim)'.",
        'BPS Sakernas August 2021. Same release: labour force 140.15 million, unemployed 9.10 '
        'million, formal 53.14 million (40.55 %). Also reported by Infobanknews and Media '
        "Indonesia that day. Dossier confidence: 'high (BPS release quoted verbatim)'."),
    "datatext.note_rf_56": (
        "Sakernas BPS Agustus 2022. Rilis yang sama: angkatan kerja 143,72 juta, formal 55,06 juta (40,69 "
        "%), TPT 5,86 %. Keyakinan dossier: 'high (BPS release quoted)'.",
        'BPS Sakernas August 2022. Same release: labour force 143.72 million, formal 55.06 '
        "million (40.69 %), TPT 5.86 %. Dossier confidence: 'high (BPS release quoted)'."),
    "datatext.note_rf_57": (
        "Sakernas BPS Agustus 2023. Rilis yang sama: angkatan kerja 147,71 juta, formal 57,18 juta (40,89 "
        "%), TPT 5,32 %. Keyakinan dossier: 'high (official BRS text)'.",
        'BPS Sakernas August 2023. Same release: labour force 147.71 million, formal 57.18 '
        "million (40.89 %), TPT 5.32 %. Dossier confidence: 'high (official BRS text)'."),
    "datatext.note_rf_58": (
        "Sakernas BPS Agustus 2024. Angkatan kerja 152,11 juta, pengangguran 7,47 juta, TPT 4,91 %; formal "
        "60,81 juta (42,05 %) menurut GoodStats. Keyakinan dossier: 'high (BPS figure quoted by Kemnaker)'.",
        'BPS Sakernas August 2024. Labour force 152.11 million, unemployed 7.47 million, TPT 4.91'
        " %; formal 60.81 million (42.05 %) per GoodStats. Dossier confidence: 'high (BPS figure "
        "quoted by Kemnaker)'."),
    "datatext.note_rf_59": (
        "Sakernas putaran Februari 2023; employment.csv memuat putaran Agustus untuk Aceh 2023 (nilainya "
        "sama, 2,45 juta). Keyakinan dossier: 'medium (news quoting Kepala BPS Aceh)'.",
        'Sakernas February 2023 round; employment.csv holds the August round for Aceh 2023 (same '
        "value, 2.45 million). Dossier confidence: 'medium (news quoting Kepala BPS Aceh)'."),
    "datatext.note_rf_60": (
        "Konflik: 'penduduk bekerja' yang dipakai Pemprov Jatim sebagai penyebut UCJ 2023 (dasar BPS & "
        "Bappenas), bukan total Sakernas (22,70 juta). Hanya tahun, disimpan sebagai Desember. Dari catatan "
        "dossier pada baris Jatim 4.336.959.",
        "Conflict: 'penduduk bekerja' used by Pemprov Jatim as the 2023 UCJ denominator (BPS & "
        'Bappenas basis), not the Sakernas total (22.70 million). Year only, stored as December. '
        "From the dossier's note on the Jatim 4,336,959 row."),
    "datatext.note_rf_61": (
        "Ukuran di sumber: 'coverage share (aktif / pekerja BPS)'. Sebagaimana disebutkan: 29,7 juta aktif "
        "dari 89,4 juta 'pekerja' (BPS).",
        "Source metric: 'coverage share (aktif / pekerja BPS)'. As stated: 29.7 million active of"
        " 89.4 million 'pekerja' (BPS)."),
    "datatext.note_rf_62": (
        "Ukuran di sumber: 'coverage PU (aktif PU / PU employed)'. Penyebut: penduduk bekerja berstatus PU "
        "(26,64 / 53,04 juta). Keyakinan dossier: 'medium-high'.",
        "Source metric: 'coverage PU (aktif PU / PU employed)'. Denominator: employed with PU "
        "status (26.64 / 53.04 million). Dossier confidence: 'medium-high'."),
    "datatext.note_rf_63": (
        "Ukuran di sumber: 'UCJ capaian'. Juga dimuat di kabaran.id (pernyataan yang sama). Keyakinan "
        "dossier: 'high (official quoted)'.",
        "Source metric: 'UCJ capaian'. Also on kabaran.id (same statement). Dossier confidence: 'high "
        "(official quoted)'."),
    "datatext.note_rf_64": (
        "Periode tidak disebutkan; disimpan pada bulan pernyataan (September 2024), bukan Desember, yang "
        "jatuh setelah pernyataan itu. Ukuran di sumber: 'UCJ / cakupan'. PU 75,90 %, BPU 78,89 % (baris "
        "terpisah).",
        'Period not stated; stored at the month it was stated (September 2024), not December, '
        "which would be after the statement. Source metric: 'UCJ / cakupan'. PU 75.90 %, BPU "
        '78.89 % (separate rows).'),
    "datatext.note_rf_65": (
        "Disampaikan pada Kamis, 9 Oktober; dossier menyimpulkan tahun 2025 dari nama harinya. Ukuran di "
        "sumber: 'UCJ capaian'. Periodenya berbeda dari angka 37 % per 24 Des 2025; dasarnya mungkin "
        "berbeda, jadi bukan satu deret. Target 2025: 59,56 %. Keyakinan dossier: 'medium (year inferred "
        "from weekday)'.",
        'Stated on Thursday 9 October; the dossier infers the year 2025 from the weekday. Source '
        "metric: 'UCJ capaian'. Different period from the 37 % of 24 Dec 2025; basis may differ, "
        "not a series. 2025 target 59.56 %. Dossier confidence: 'medium (year inferred from "
        "weekday)'."),
    "datatext.note_rf_66": (
        "Ukuran di sumber: 'kepesertaan / coverage'. Penyebut tidak disebutkan. Lebih rendah dari 41 % yang "
        "dilaporkan pada 9 Okt 2025; dasarnya tidak disebutkan, jadi bukan satu deret. Target 2026: 61 % "
        "menurut Perda.",
        "Source metric: 'kepesertaan / coverage'. Denominator not stated. Lower than the 41 % reported on 9 "
        "Oct 2025; basis not stated, so not a series. 2026 target 61 % per Perda."),
    "datatext.note_rf_67": (
        "Ukuran di sumber: 'cakupan Jamsostek'. Penyebut tidak disebutkan. Termasuk yang terendah di "
        "Kalbar.",
        "Source metric: 'cakupan Jamsostek'. Denominator not stated. Among the lowest in Kalbar."),
    "datatext.note_rf_68": (
        "Sumber hanya menyebut tahun (2023); disimpan sebagai Desember. Ukuran di sumber: 'cakupan "
        "perlindungan'. Penyebut tidak disebutkan.",
        "Source gives the year only (2023); stored as December. Source metric: 'cakupan perlindungan'. "
        "Denominator not stated."),
    "datatext.note_rf_69": (
        "Sumber hanya menyebut tahun (2024); disimpan sebagai Desember. Ukuran di sumber: 'cakupan "
        "perlindungan'. Penyebut tidak disebutkan.",
        "Source gives the year only (2024); stored as December. Source metric: 'cakupan perlindungan'. "
        "Denominator not stated."),
    "datatext.note_rf_70": (
        "Sumber hanya menyebut tahun (2024); disimpan sebagai Desember. Ukuran di sumber: 'UCJ'. 466.286 "
        "peserta; 211.438 (20,59 %) masih harus dilindungi.",
        "Source gives the year only (2024); stored as December. Source metric: 'UCJ'. 466,286 "
        'participants; 211,438 (20.59 %) still to protect.'),
    "datatext.note_rf_71": (
        "Ukuran di sumber: 'UCJ'. 465.940 dari 1.009.250.",
        "Source metric: 'UCJ'. 465,940 of 1.009.250."),
    "datatext.note_rf_72": (
        "Ukuran di sumber: 'UCJ'. Target 2025: 68 %.",
        "Source metric: 'UCJ'. 2025 target 68 %."),
    "datatext.note_rf_73": (
        "Awal Agustus 2025. Ukuran di sumber: 'UCJ realisasi vs target Pemprov'. Persentase capaian target "
        "provinsi, bukan tingkat cakupan (menurut dossier: ambigu). Keyakinan dossier: 'medium (ambiguous: "
        "% of target)'.",
        "Early August 2025. Source metric: 'UCJ realisasi vs target Pemprov'. Percent of the provincial "
        "target achieved, not a coverage rate (dossier: ambiguous). Dossier confidence: 'medium (ambiguous: "
        "% of target)'."),
    "datatext.note_rf_74": (
        "Ukuran di sumber: 'UCJ'. NIK masih terdaftar di Kabupaten Kepulauan Sula.",
        "Source metric: 'UCJ'. NIK still registered under Kabupaten Kepulauan Sula."),
    "datatext.note_rf_75": (
        "Sumber hanya menyebut tahun (2024); disimpan sebagai Desember. Ukuran di sumber: 'UCJ'.",
        "Source gives the year only (2024); stored as December. Source metric: 'UCJ'."),
    "datatext.note_rf_76": (
        "Ukuran di sumber: 'UCJ'. Peringkat 4 dari 38 provinsi.",
        "Source metric: 'UCJ'. Rank 4 of 38 provinces."),
    "datatext.note_rf_77": (
        "Ukuran di sumber: 'UCJ'. Satu-satunya kab/kota di Sulut yang melampaui target nasional 2025.",
        "Source metric: 'UCJ'. The only kab/kota in Sulut above the national 2025 target."),
    "datatext.note_rf_78": (
        "Ukuran di sumber: 'UCJ'. Pemeriksaan acak (public-facts-2): baik halaman yang disebut maupun "
        "sumber lain dengan angka ini tidak ditemukan dalam salinan web yang tersimpan; belum "
        "terkonfirmasi.",
        "Source metric: 'UCJ'. Spot check (public-facts-2): neither the stated page nor another source with "
        "this figure was found in the stored web copies; not confirmed."),
    "datatext.note_rf_79": (
        "Ukuran di sumber: 'UCJ'.",
        "Source metric: 'UCJ'."),
    "datatext.note_rf_80": (
        "Ukuran di sumber: 'UCJ'. Formal 65,9 %, informal 13,6 % (baris terpisah). Keyakinan dossier: "
        "'medium-high (Pj Gubernur speech)'.",
        "Source metric: 'UCJ'. Formal 65.9 %, informal 13.6 % (separate rows). Dossier "
        "confidence: 'medium-high (Pj Gubernur speech)'."),
    "datatext.note_rf_81": (
        "Ukuran di sumber: 'coverage share'. Persentase cakupan sebagaimana disampaikan Wakil Gubernur; "
        "penyebut tidak disebutkan.",
        "Source metric: 'coverage share'. Coverage share as stated by the Wakil Gubernur; denominator not "
        "stated."),
    "datatext.note_rf_82": (
        "Ukuran di sumber: 'terdaftar / bekerja'. Terdaftar / bekerja (700.552 / 2.844.925), disampaikan "
        "dalam sebuah forum UCJ. Formal 48,18 %, informal 11,48 % (baris terpisah); target 32,20 % "
        "(916.066).",
        "Source metric: 'terdaftar / bekerja'. Registered / employed (700,552 / 2,844,925), "
        'stated at a UCJ forum. Formal 48.18 %, informal 11.48 % (separate rows); target 32.20 % '
        '(916,066).'),
}
