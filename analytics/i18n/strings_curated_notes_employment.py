"""The notes of data/curated/employment.csv (``catatan``), written in English by the project, in
both languages: see strings_curated_notes.py for how they are used and kept."""

STRINGS = {
    # data/curated/employment.csv: catatan
    "datatext.note_emp_1": (
        "Laporan yang sama: angkatan kerja 2,6 juta (2.604 ribu menurut Dialeksis), pengangguran 157 ribu, "
        "TPT 6,03 %. Keyakinan dossier: 'medium (news quoting BPS Aceh)'.",
        'Same report: labour force 2.6 million (2,604 thousand per Dialeksis), unemployed 157 '
        "thousand, TPT 6.03 %. Dossier confidence: 'medium (news quoting BPS Aceh)'."),
    "datatext.note_emp_2": (
        "Laporan yang sama: angkatan kerja 8,02 juta, pengangguran 472 ribu; penduduk bekerja naik 353 ribu "
        "dibanding Agustus 2022. Keyakinan dossier: 'medium (news quoting BPS)'.",
        'Same report: labour force 8.02 million, unemployed 472 thousand; employed up 353 '
        "thousand on August 2022. Dossier confidence: 'medium (news quoting BPS)'."),
    "datatext.note_emp_3": (
        "Laporan yang sama: angkatan kerja 25,39 juta, pengangguran 1,89 juta, pekerja formal 10,54 juta "
        "(44,85 %). Keyakinan dossier: 'medium (news quoting BPS)'.",
        'Same report: labour force 25.39 million, unemployed 1.89 million, formal 10.54 million '
        "(44.85 %). Dossier confidence: 'medium (news quoting BPS)'."),
    "datatext.note_emp_4": (
        "Pengangguran 1,08 juta, TPT 5,13 %. Artikel itu keliru menuliskan beberapa angka lain (mis. PUK "
        "'29,38 persen'). Keyakinan dossier: 'medium (news quoting BPS)'.",
        'Unemployed 1.08 million, TPT 5.13 %. The article garbles some other numbers (e.g. PUK '
        "'29,38 persen'). Dossier confidence: 'medium (news quoting BPS)'."),
    "datatext.note_emp_5": (
        "BRS resmi: angkatan kerja 22,32 juta, pekerja formal 7,86 juta (37,36 %), TPT 5,74 %. Keyakinan "
        "dossier: 'high (official BRS text)'.",
        'Official BRS: labour force 22.32 million, formal 7.86 million (37.36 %), TPT 5.74 %. '
        "Dossier confidence: 'high (official BRS text)'."),
    "datatext.note_emp_6": (
        "Rilis resmi: angkatan kerja 22,87 juta, pekerja formal 7,81 juta (36,14 %). Keyakinan dossier: 'high "
        "(official BPS page)'.",
        'Official release: labour force 22.87 million, formal 7.81 million (36.14 %). Dossier '
        "confidence: 'high (official BPS page)'."),
    "datatext.note_emp_7": (
        "Laporan yang sama: angkatan kerja 23,87 juta, pekerja formal 8,37 juta (36,89 %). UCJ Pemprov Jatim "
        "memakai penyebut lain (14.531.668), yang dicatat di reported_figures.csv. Keyakinan dossier: 'medium "
        "(news quoting BPS)'.",
        "Same report: labour force 23.87 million, formal 8.37 million (36.89 %). Pemprov Jatim's "
        'UCJ uses another denominator (14,531,668), kept in reported_figures.csv. Dossier '
        "confidence: 'medium (news quoting BPS)'."),
    "datatext.note_emp_8": (
        "Keyakinan dossier: 'medium (data portal quoting BPS)'.",
        "Dossier confidence: 'medium (data portal quoting BPS)'."),
    "datatext.note_emp_9": (
        "Angkatan kerja 5,25 juta, pengangguran 377 ribu. Keyakinan dossier: 'medium (data portal quoting "
        "BPS)'.",
        "Labour force 5.25 million, unemployed 377 thousand. Dossier confidence: 'medium (data "
        "portal quoting BPS)'."),
    "datatext.note_emp_10": (
        "Istilah di sumber: 'pekerja (BPS Kalteng; month not stated)'. Artikel itu memuat tabel kab/kota "
        "(baris Kotawaringin Timur dan Sukamara dimuat untuk 2022). Keyakinan dossier: 'medium (news citing "
        "BPS Kalteng; Sakernas round not stated)'.",
        "Source wording: 'pekerja (BPS Kalteng; month not stated)'. The article has a kab/kota table "
        "(Kotawaringin Timur and Sukamara rows are loaded for 2022). Dossier confidence: 'medium (news citing "
        "BPS Kalteng; Sakernas round not stated)'."),
    "datatext.note_emp_11": (
        "Istilah di sumber: 'pekerja (BPS Kalteng; month not stated)'.",
        "Source wording: 'pekerja (BPS Kalteng; month not stated)'."),
    "datatext.note_emp_12": (
        "Istilah di sumber: 'pekerja (BPS Kalteng; month not stated)'. Tertinggi di Kalteng.",
        "Source wording: 'pekerja (BPS Kalteng; month not stated)'. Highest in Kalteng."),
    "datatext.note_emp_13": (
        "Istilah di sumber: 'pekerja (BPS Kalteng; month not stated)'. Terendah di Kalteng.",
        "Source wording: 'pekerja (BPS Kalteng; month not stated)'. Lowest in Kalteng."),
    "datatext.note_emp_14": (
        "Disampaikan pada November 2024 oleh Disnakertrans Sumbar dan dipakai sebagai penyebut UCJ-nya; tahun "
        "2024 sesuai dossier. Keyakinan dossier: 'low-medium (official quoted, round unstated)'.",
        "Stated in November 2024 by Disnakertrans Sumbar and used as its UCJ denominator; year 2024 as in the "
        "dossier. Dossier confidence: 'low-medium (official quoted, round unstated)'."),
}
