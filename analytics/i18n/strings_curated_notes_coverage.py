"""The notes of data/curated/coverage.csv (``catatan``), written in English by the project, in
both languages: see strings_curated_notes.py for how they are used and kept."""

STRINGS = {
    # data/curated/coverage.csv: catatan
    "datatext.note_cov_1": (
        "Baris ke-1 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 1 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_2": (
        "Baris ke-2 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 2 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_3": (
        "Baris ke-3 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 3 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_4": (
        "Baris ke-4 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 4 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_5": (
        "Baris ke-5 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 5 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_6": (
        "Baris ke-6 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 6 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_7": (
        "Baris ke-7 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 7 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_8": (
        "Baris ke-8 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 8 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_9": (
        "Baris ke-9 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 9 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_10": (
        "Baris ke-10 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 10 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_11": (
        "Baris ke-11 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 11 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_12": (
        "Baris ke-12 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 12 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_13": (
        "Baris ke-13 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 13 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_14": (
        "Baris ke-14 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 14 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_15": (
        "Baris ke-15 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 15 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_16": (
        "Baris ke-16 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 16 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_17": (
        "Baris ke-17 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 17 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_18": (
        "Baris ke-18 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 18 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_19": (
        "Baris ke-19 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 19 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_20": (
        "Baris ke-20 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 20 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_21": (
        "Baris ke-21 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 21 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_22": (
        "Baris ke-22 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 22 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_23": (
        "Baris ke-23 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 23 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_24": (
        "Baris ke-24 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 24 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_25": (
        "Baris ke-25 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 25 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_26": (
        "Baris ke-26 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 26 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_27": (
        "Baris ke-27 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 27 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_28": (
        "Baris ke-28 dari 38 pada tabel Kemnaker. Keyakinan dossier: 'high (exact table, re-published)'.",
        "Kemnaker table row 28 of 38. Dossier confidence: 'high (exact table, re-published)'."),
    "datatext.note_cov_29": (
        "Data Januari-Februari 2025. Dibulatkan oleh sumber. GoodStats memberikan angka lain untuk data yang "
        "sama: lihat reported_figures.csv. Keyakinan dossier: 'medium-high (data portal, rounded)'.",
        "Data for January-February 2025. Rounded by the source. GoodStats gives another figure for the same "
        "data: see reported_figures.csv. Dossier confidence: 'medium-high (data portal, rounded)'."),
    "datatext.note_cov_30": (
        "Data Januari-Februari 2025. Dibulatkan oleh sumber. Keyakinan dossier: 'medium-high (data portal, "
        "rounded)'.",
        "Data for January-February 2025. Rounded by the source. Dossier confidence: 'medium-high (data "
        "portal, rounded)'."),
    "datatext.note_cov_31": (
        "Sumber hanya menyebut tahun (2025, bulan tidak disebut; artikel pendamping GoodStats memakai "
        "Desember 2025); disimpan sebagai Desember. Periode dalam sumber tidak jelas. Keyakinan dossier: "
        "'medium (data portal, period ambiguous)'. Tanggal sumber tidak berupa tanggal (dossier: '2025/2026').",
        "Source gives the year only (2025, month not stated; GoodStats' companion article uses December "
        "2025); stored as December. Period ambiguous in the source. Dossier confidence: 'medium (data portal, "
        "period ambiguous)'. No source date as a date (dossier: '2025/2026')."),
    "datatext.note_cov_32": (
        "Rincian per segmen DKI Jakarta (Databoks); baris ALL berasal dari tabel Kemnaker. Keyakinan dossier: "
        "'medium-high'.",
        "Segment split of DKI Jakarta (Databoks); the ALL row is the Kemnaker table. Dossier confidence: "
        "'medium-high'."),
    "datatext.note_cov_33": (
        "Rincian per segmen DKI Jakarta (Databoks; total DKI di sana disebut 7,49 juta); baris ALL berasal "
        "dari tabel Kemnaker. Keyakinan dossier: 'medium-high'.",
        'Segment split of DKI Jakarta (Databoks; DKI total given there as 7.49 million); the ALL '
        "row is the Kemnaker table. Dossier confidence: 'medium-high'."),
    "datatext.note_cov_34": (
        "Sumber hanya menyebut tahun (2023); disimpan sebagai Desember. Istilah di sumber: 'peserta'. Bagian "
        "dari 4.336.959 yang dilaporkan Pemprov Jatim sebagai pembilang UCJ (dasar BPS & Bappenas), yang "
        "berbeda dari total Kemnaker Desember 2023 (baris ALL); total tersebut ada di reported_figures.csv.",
        "Source gives the year only (2023); stored as December. Source wording: 'peserta'. Part "
        'of the 4,336,959 that Pemprov Jatim reports as the UCJ numerator (BPS & Bappenas basis),'
        " which differs from Kemnaker's December 2023 total (the ALL row); that total is in "
        'reported_figures.csv.'),
    "datatext.note_cov_35": (
        "Istilah di sumber: 'tenaga kerja aktif terdaftar'. 10.098 pemberi kerja terdaftar; persentase "
        "kepesertaan 18,32 %.",
        "Source wording: 'tenaga kerja aktif terdaftar'. 10,098 employers registered; coverage "
        'share 18.32 %.'),
    "datatext.note_cov_36": (
        "Istilah di sumber: 'terdaftar peserta'. Pembilang dari cakupan 24,62 % (dari 2.844.925 penduduk "
        "bekerja).",
        "Source wording: 'terdaftar peserta'. Numerator of the 24.62 % coverage (of 2,844,925 "
        'employed).'),
    "datatext.note_cov_37": (
        "Periode tidak disebut; disimpan pada bulan pernyataan itu (September 2024), bukan Desember, yang "
        "jatuh setelah pernyataan itu. Istilah di sumber: 'peserta'. Cakupan PU 75,90 %.",
        'Period not stated; stored at the month it was stated (September 2024), not December, '
        "which would be after the statement. Source wording: 'peserta'. PU coverage 75.90 %."),
    "datatext.note_cov_38": (
        "Periode tidak disebut; disimpan pada bulan pernyataan itu (September 2024), bukan Desember, yang "
        "jatuh setelah pernyataan itu. Istilah di sumber: 'peserta'. Cakupan BPU 78,89 %; 53.304 belum "
        "terlindungi.",
        'Period not stated; stored at the month it was stated (September 2024), not December, '
        "which would be after the statement. Source wording: 'peserta'. BPU coverage 78.89 %; "
        '53,304 not yet covered.'),
    "datatext.note_cov_39": (
        "Sumber hanya menyebut tahun (2024); disimpan sebagai Desember. Istilah di sumber: 'peserta (UCJ "
        "numerator)'. Pembilang UCJ; UCJ 45,44 % (2024).",
        "Source gives the year only (2024); stored as December. Source wording: 'peserta (UCJ "
        "numerator)'. UCJ numerator; UCJ 45.44 % (2024)."),
    "datatext.note_cov_40": (
        "Istilah di sumber: 'peserta (UCJ numerator)'. Pembilang UCJ; UCJ 46,2 %. Target pekerja = potensi "
        "yang disebut bersamanya (1.009.250 pekerja yang memenuhi syarat).",
        "Source wording: 'peserta (UCJ numerator)'. UCJ numerator; UCJ 46.2 %. Target workers = "
        'the potential stated with it (1,009,250 eligible workers).'),
    "datatext.note_cov_41": (
        "Istilah di sumber: 'terdaftar (UCJ numerator)'. Pembilang UCJ per 31 Mei 2025; UCJ 41,64 %. Target "
        "pekerja = potensi yang disebut bersamanya (potensi 424.131).",
        "Source wording: 'terdaftar (UCJ numerator)'. UCJ numerator as of 31 May 2025; UCJ 41.64 "
        '%. Target workers = the potential stated with it (potential 424,131).'),
    "datatext.note_cov_42": (
        "Istilah di sumber: 'terdaftar (UCJ numerator)'. Pembilang UCJ per 16 Des 2025 (dibulatkan oleh "
        "sumber); UCJ 67,95 %; sekitar 843 ribu pekerja menurut Barometer.",
        "Source wording: 'terdaftar (UCJ numerator)'. UCJ numerator as of 16 Dec 2025 (rounded by"
        ' the source); UCJ 67.95 %; about 843 thousand workers per Barometer.'),
    "datatext.note_cov_43": (
        "Istilah di sumber: 'terdaftar (UCJ numerator)'. Angka perkiraan ('sekitar'); pembilang UCJ per 16 "
        "Des 2025; 267.790 belum terdaftar. Target pekerja = potensi yang disebut bersamanya (potensi 582 "
        "ribu).",
        "Source wording: 'terdaftar (UCJ numerator)'. Approximate ('sekitar'); UCJ numerator as "
        'of 16 Dec 2025; 267,790 not registered. Target workers = the potential stated with it '
        '(582 thousand potential).'),
    "datatext.note_cov_44": (
        "Istilah di sumber: 'tercakup (UCJ numerator)'. Pembilang UCJ untuk angka 47 % yang dilaporkan pada "
        "Juli 2025 (lihat konflik UCJ di reported_figures.csv). Target pekerja = potensi yang disebut "
        "bersamanya (potensi 2,8 juta).",
        "Source wording: 'tercakup (UCJ numerator)'. UCJ numerator for the 47 % reported in July "
        '2025 (see the UCJ conflict in reported_figures.csv). Target workers = the potential '
        'stated with it (2.8 million potential).'),
    "datatext.note_cov_45": (
        "Sumber hanya menyebut tahun (2020); disimpan sebagai Desember. Istilah di sumber: 'kepesertaan "
        "pekerja'. Tabel data terbuka resmi; 1.233 pemberi kerja pada tahun itu. Keyakinan dossier: 'high "
        "(official open-data table)'.",
        "Source gives the year only (2020); stored as December. Source wording: 'kepesertaan "
        "pekerja'. Official open-data table; 1,233 employers that year. Dossier confidence: 'high"
        " (official open-data table)'."),
    "datatext.note_cov_46": (
        "Sumber hanya menyebut tahun (2021); disimpan sebagai Desember. Istilah di sumber: 'kepesertaan "
        "pekerja'. Tabel data terbuka resmi; 1.876 pemberi kerja pada tahun itu.",
        "Source gives the year only (2021); stored as December. Source wording: 'kepesertaan "
        "pekerja'. Official open-data table; 1,876 employers that year."),
    "datatext.note_cov_47": (
        "Sumber hanya menyebut tahun (2022); disimpan sebagai Desember. Istilah di sumber: 'kepesertaan "
        "pekerja'. Tabel data terbuka resmi; 2.174 pemberi kerja pada tahun itu.",
        "Source gives the year only (2022); stored as December. Source wording: 'kepesertaan "
        "pekerja'. Official open-data table; 2,174 employers that year."),
    "datatext.note_cov_48": (
        "Sumber hanya menyebut tahun (2023); disimpan sebagai Desember. Istilah di sumber: 'kepesertaan "
        "pekerja'. Tabel data terbuka resmi; 2.490 pemberi kerja pada tahun itu.",
        "Source gives the year only (2023); stored as December. Source wording: 'kepesertaan "
        "pekerja'. Official open-data table; 2,490 employers that year."),
    "datatext.note_cov_49": (
        "Sumber hanya menyebut tahun (2024); disimpan sebagai Desember. Istilah di sumber: 'kepesertaan "
        "pekerja'. Tabel data terbuka resmi; 2.356 pemberi kerja pada tahun itu.",
        "Source gives the year only (2024); stored as December. Source wording: 'kepesertaan "
        "pekerja'. Official open-data table; 2,356 employers that year."),
    "datatext.note_cov_50": (
        "Sumber hanya menyebut tahun (2023); disimpan sebagai Desember. Istilah di sumber: 'pekerja "
        "terdaftar'.",
        "Source gives the year only (2023); stored as December. Source wording: 'pekerja terdaftar'."),
    "datatext.note_cov_51": (
        "Sumber hanya menyebut tahun (2024); disimpan sebagai Desember. Istilah di sumber: 'pekerja "
        "terdaftar'.",
        "Source gives the year only (2024); stored as December. Source wording: 'pekerja terdaftar'."),
    "datatext.note_cov_52": (
        "Sekitar 21.800 peserta Non-ASN di seluruh provinsi. Dipertahankan dari catatan domain proyek; "
        "halaman beritanya tidak ditemukan lagi, jadi tanpa URL.",
        "About 21,800 Non-ASN participants across the province. Kept from the project's domain notes; the "
        "news page was not found again, so no URL."),
    "datatext.note_cov_53": (
        "Per 31 Maret 2025, disampaikan oleh pimpinan wilayah BPJamsostek Banuspa bersama UCJ 50,88 % dan "
        "1.873.899 penduduk bekerja, yang bila dibagi tidak menghasilkan persentase itu (lihat "
        "reported_figures.csv). Sumber ditemukan oleh kurator (tidak ada di dossier).",
        'As of 31 March 2025, stated by the BPJamsostek Banuspa regional head with UCJ 50.88 % '
        'and 1,873,899 employed, which do not divide to that rate (see reported_figures.csv). '
        'Source found by the curator (not in the dossier).'),
    "datatext.note_cov_54": (
        "'7,67 juta', 19,64 % dari total nasional. Databoks, dari data BPJS yang diverifikasi Kemnaker.",
        "'7,67 juta', 19.64 % of the national total. Databoks, from BPJS data verified by Kemnaker."),
    "datatext.note_cov_55": (
        "Istilah di sumber: 'terlindungi', dari data BPJS. Periode tidak disebut: disimpan pada bulan "
        "pernyataan (Mei 2024). Di antaranya 65.812 non-ASN dan 89.955 perangkat desa (baris terpisah).",
        "Source wording: 'terlindungi' (protected), from BPJS data. No period given: stored at "
        'the month stated (May 2024). Of them 65,812 non-ASN and 89,955 village officials '
        '(separate rows).'),
    "datatext.note_cov_56": (
        "Pegawai non-ASN yang terlindungi, bagian dari 487.072 peserta di Aceh. Periode tidak disebut: "
        "disimpan pada bulan pernyataan (Mei 2024).",
        "Non-ASN staff protected, part of Aceh's 487.072. No period given: stored at the month stated (May "
        "2024)."),
    "datatext.note_cov_57": (
        "Perangkat desa yang terlindungi, bagian dari 487.072 peserta di Aceh. Periode tidak disebut: "
        "disimpan pada bulan pernyataan (Mei 2024).",
        "Village officials protected, part of Aceh's 487.072. No period given: stored at the month stated "
        "(May 2024)."),
    "datatext.note_cov_58": (
        "Per 28 Jul 2025: 36,43 % dari 992.730 pekerja yang memenuhi syarat; formal 315.062, informal 46.586. "
        "Pemkot mendaftarkan 13.626 pegawai non-ASN dan 11.524 ketua RT/RW.",
        'As of 28 Jul 2025: 36.43 % of 992,730 eligible workers; formal 315,062, informal 46.586.'
        ' The Pemkot registered 13,626 non-ASN staff and 11,524 RT/RW heads.'),
    "datatext.note_cov_59": (
        "'613 ribu' = 42 % pekerja (Kakanwil Jatim); target 58 %. Periode tidak disebut: disimpan pada bulan "
        "pernyataan.",
        "'613 ribu' = 42 % of workers (Kakanwil Jatim); target 58 %. No period given: stored at the month "
        "stated."),
    "datatext.note_cov_60": (
        "Sumber hanya menyebut tahun (2024); disimpan sebagai Desember. 38,09 % dari 397.749 yang memenuhi "
        "syarat; 606.636 penduduk bekerja.",
        'Source gives the year only (2024); stored as December. 38.09 % of 397,749 eligible; '
        '606,636 employed.'),
    "datatext.note_cov_61": (
        "Istilah di sumber: 'terlindungi'. Disampaikan pada 8 Des 2022: 36,6 % dari 472.000 pekerja.",
        "Source wording: 'terlindungi'. Stated on 8 Dec 2022: 36.6 % of 472,000 workers."),
    "datatext.note_cov_62": (
        "Istilah di sumber: 'terlindungi'. 6.190 pemberi kerja. Persentase pekerja dilaporkan 63,47 % di sini "
        "dan 52 % oleh Nusantarainsight untuk peluncuran yang sama (keduanya di reported_figures.csv, sebagai "
        "konflik).",
        "Source wording: 'terlindungi'. 6,190 employers. The share of workers is reported as "
        '63.47 % here and as 52 % by Nusantarainsight for the same launch (both in '
        'reported_figures.csv, a conflict).'),
    "datatext.note_cov_63": (
        "Istilah di sumber: 'terlindungi'. 65,60 %; 100 % setara dengan 198.628.",
        "Source wording: 'terlindungi'. 65.60 %; 100 % would be 198.628."),
    "datatext.note_cov_64": (
        "39,21 % (2022: 25,01 %). Tanpa tanggal sumber (dossier: '~2023-12').",
        "39.21 % (2022: 25.01 %). No source date (dossier: '~2023-12')."),
    "datatext.note_cov_65": (
        "Pekerja rentan yang didaftarkan pada Nov-Des 2025, iurannya dibayar dari donasi dan Baznas, bukan "
        "dari APBD.",
        'Vulnerable workers registered in Nov-Dec 2025, paid by donations and Baznas, not the '
        'APBD.'),
    "datatext.note_cov_66": (
        "Peserta program pekerja rentan di 17 kecamatan (260 desa).",
        'Participants of the vulnerable workers programme in 17 kecamatan (260 villages).'),
    "datatext.note_cov_67": (
        "Pekerja rentan yang dilindungi oleh 10.292 ASN (7 % dari jumlah ASN) melalui 'Gerakan ASN Peduli' "
        "sejak 2022, bukan dari APBD.",
        "Vulnerable workers protected by 10,292 ASN (7 % of them) under the 'Gerakan ASN Peduli' "
        'since 2022, not the APBD.'),
}
