"""The notes of data/curated/ucj_targets.csv (``catatan``), written in English by the project, in
both languages: see strings_curated_notes.py for how they are used and kept."""

STRINGS = {
    # data/curated/ucj_targets.csv: catatan
    "datatext.note_ucjt_1": (
        "Keyakinan dossier: 'high (minister quote)'.",
        "Dossier confidence: 'high (minister quote)'."),
    "datatext.note_ucjt_2": (
        "Disebut oleh Menteri Ketenagakerjaan sebagai target 2024; dokumen RPJMN sendiri belum diperoleh. "
        "Keyakinan dossier: 'high (minister quote)'.",
        "Quoted by the Minister of Manpower as the 2024 target; the RPJMN document itself not retrieved. "
        "Dossier confidence: 'high (minister quote)'."),
    "datatext.note_ucjt_3": (
        "Belum ada provinsi yang mencapainya hingga April 2025 (sumber yang sama).",
        "No province had reached it by April 2025 (same source)."),
    "datatext.note_ucjt_4": (
        "UU 59/2024 (RPJPN); juga disampaikan oleh Wakil Presiden pada Paritrana 2024 (IDX Channel).",
        "UU 59/2024 (RPJPN); also said by the Vice President at Paritrana 2024 (IDX Channel)."),
    "datatext.note_ucjt_5": (
        "Disebut sebagai target 2026 berdasarkan Perda Kalbar; artikelnya juga dimuat di Jurnalis.co.id.",
        "Stated as the 2026 target under a Perda Kalbar; the article is also on Jurnalis.co.id."),
    "datatext.note_ucjt_6": (
        "Capaian 2024 'kurang 1 persen' dari targetnya (sumber yang sama).",
        "The 2024 achievement was 'kurang 1 persen' short of its target (same source)."),
    "datatext.note_ucjt_7": (
        "Target 1.763.259 pekerja. Dari catatan dossier pada baris Sulsel 47 %.",
        "Target 1,763,259 workers. From the dossier's note on the Sulsel 47 % row."),
    "datatext.note_ucjt_8": (
        "Dari catatan dossier pada baris Jatim 29,84 %.",
        "From the dossier's note on the Jatim 29.84 % row."),
    "datatext.note_ucjt_9": (
        "Target untuk semester pertama 2023. Dari catatan dossier pada baris Kota Yogyakarta 36,6 %.",
        "Target for the first half of 2023. From the dossier's note on the Kota Yogyakarta 36.6 %"
        ' row.'),
    "datatext.note_ucjt_10": (
        "Target yang ditetapkan Kemendagri untuk Bali tahun 2025. Sumber ditemukan oleh kurator (tidak ada di "
        "dossier).",
        "Target Kemendagri set for Bali for 2025. Source found by the curator (not in the dossier)."),
    "datatext.note_ucjt_11": (
        "Artikel yang sama: 47 % pada Jun 2025 dan target 2025 sebesar 62,93 % (1.763.259 dari 2.801.936).",
        'Same article: 47 % in Jun 2025 and the 2025 target of 62.93 % (1,763,259 of 2,801,936).'),
    "datatext.note_ucjt_12": (
        "Disebut oleh pejabat Makassar sebagai target nasional. Berbeda dari 52,15 % pada evaluasi Kemendagri "
        "dan dari angka RPJMN dalam berkas ini; mungkin berasal dari instrumen lain. Dicatat sebagaimana "
        "disebut sumber.",
        'Cited by Makassar officials as the national target. Differs from the 52.15 % of the '
        'Kemendagri evaluation and from the RPJMN figures in this file; perhaps another '
        'instrument. Kept as the source states it.'),
    "datatext.note_ucjt_13": (
        "Dari artikel Todaynews; artikel itu juga menyebut 84,06 % untuk 2045.",
        'From the Todaynews article; it also gives 84.06 % for 2045.'),
    "datatext.note_ucjt_14": (
        "Dari artikel Todaynews; 61,26 % untuk 2025.",
        'From the Todaynews article; 61.26 % for 2025.'),
    "datatext.note_ucjt_15": (
        "Tanpa tanggal sumber: kutipannya tidak menunjukkan tanggal.",
        "No source date: the excerpt shows none."),
    "datatext.note_ucjt_16": (
        "33,51 % tercapai per Agu 2025.",
        '33.51 % reached by Aug 2025.'),
}
