"""The curated public-data files' notes, written in English by the project, in both languages:
here the ``catatan`` of data/curated/regulations.csv; the other files' notes are in modules of their
own, ``strings_curated_notes_<file>.py`` (paritrana for paritrana_awards.csv, coverage, employment,
regulation_snapshots for its ``note`` column, ucj_targets, reported for reported_figures.csv), so
that no module grows past 600 lines.

``analytics.presentation.texts.data_text`` shows a note in the UI language when the stored text is
exactly one of these. The English side is the note as stored (after ``strip``); names, numbers,
regulation numbers, URLs and the dossier's quoted wording are kept as written. A test
(tests/presentation/test_texts.py) reads every data/curated/*.csv and fails on a note missing here
or changed in the file: when you edit a note in data/curated/, edit its entry in its file's module.
"""

STRINGS = {
    # data/curated/regulations.csv: catatan
    "datatext.note_reg_1": (
        "Diluncurkan pada Musrenbang di Baubau pada 31 Mar 2022; 5.300 non-ASN dilindungi untuk JKK dan JKM. "
        "Menurut berita, regulasi ini menindaklanjuti Inpres. Hubungan dengan Inpres menurut dossier: "
        "'explicit follow-up (per news)'. Keyakinan dossier: 'medium-high'.",
        "Launched at the Musrenbang in Baubau on 31 Mar 2022; 5,300 non-ASN covered for JKK and JKM. News "
        "says it follows the Inpres. Dossier relation to the Inpres: 'explicit follow-up (per news)'. "
        "Dossier confidence: 'medium-high'."),
    "datatext.note_reg_2": (
        "Diubah dengan Pergub 2/2022 (dossier: 'enacted (amended 2022)'). Hubungan dengan Inpres menurut "
        "dossier: 'pre-Inpres'.",
        "Amended by Pergub 2/2022 (dossier: 'enacted (amended 2022)'). Dossier relation to the Inpres: "
        "'pre-Inpres'."),
    "datatext.note_reg_3": (
        "Sosialisasi pada 27 Des 2023. Judulnya mengikuti judul Inpres. Hubungan dengan Inpres menurut "
        "dossier: 'after Inpres (title mirrors Inpres)'. Keyakinan dossier: 'medium-high'.",
        "Sosialisasi on 27 Dec 2023. Title mirrors the Inpres. Dossier relation to the Inpres: 'after Inpres "
        "(title mirrors Inpres)'. Dossier confidence: 'medium-high'."),
    "datatext.note_reg_4": (
        "Teks hukum lengkap; bagian menimbangnya mengutip Inpres 2/2021 dan SE Mendagri 842.2/5193/SJ. "
        "Tanggal sumber: tahun teks tersebut (dossier: n/a). Hubungan dengan Inpres menurut dossier: "
        "'explicit (menimbang cites Inpres 2/2021 and SE Mendagri 842.2/5193/SJ)'. Keyakinan dossier: 'high "
        "(legal text)'.",
        "Full legal text; its considerations cite Inpres 2/2021 and SE Mendagri 842.2/5193/SJ. Source date: "
        "the text's year (dossier: n/a). Dossier relation to the Inpres: 'explicit (menimbang cites Inpres "
        "2/2021 and SE Mendagri 842.2/5193/SJ)'. Dossier confidence: 'high (legal text)'."),
    "datatext.note_reg_5": (
        "Selaras dengan Inpres menurut Biro Adpim; teks lengkap: "
        "https://id.scribd.com/document/699681965/64268b40da635305709607 . Menyusul fasilitasi yang "
        "dilaporkan pada 15 Nov 2021 (baris terpisah). Tanggal penetapan tidak ada di sumber. Digabung "
        "dengan baris proyek sebelumnya (sumber sekunder), yang cakupannya 'non_asn, pekerja_rentan' tidak "
        "bersumber sehingga dihapus. Hubungan dengan Inpres menurut dossier: 'aligned with Inpres (per Biro "
        "Adpim)'. Keyakinan dossier: 'high (official + legal text)'.",
        "Aligned with the Inpres per Biro Adpim; full text: "
        "https://id.scribd.com/document/699681965/64268b40da635305709607 . Followed the facilitation "
        "reported on 15 Nov 2021 (separate row). Day of issue not in the source. Merged with the project's "
        "earlier row (secondary source), whose scope 'non_asn, pekerja_rentan' was unsourced and is dropped. "
        "Dossier relation to the Inpres: 'aligned with Inpres (per Biro Adpim)'. Dossier confidence: 'high "
        "(official + legal text)'."),
    "datatext.note_reg_6": (
        "Teks hukum lengkap; kutipannya merujuk PP 86/2013, bukan Inpres; tanggalnya dalam tahun 2021 tidak "
        "diketahui. Tanggal sumber: tahun teks tersebut (dossier: n/a). Hubungan dengan Inpres menurut "
        "dossier: 'unclear (excerpt cites PP 86/2013, not Inpres; date in 2021 unknown)'. Keyakinan dossier: "
        "'high (legal text)'.",
        "Full legal text; the excerpt cites PP 86/2013, not the Inpres; date within 2021 unknown. Source "
        "date: the text's year (dossier: n/a). Dossier relation to the Inpres: 'unclear (excerpt cites PP "
        "86/2013, not Inpres; date in 2021 unknown)'. Dossier confidence: 'high (legal text)'."),
    "datatext.note_reg_7": (
        "Teks hukum lengkap. Tanggal sumber: tahun teks tersebut (dossier: n/a). Hubungan dengan Inpres "
        "menurut dossier: 'pre-Inpres'. Keyakinan dossier: 'high (legal text)'.",
        "Full legal text. Source date: the text's year (dossier: n/a). Dossier relation to the Inpres: "
        "'pre-Inpres'. Dossier confidence: 'high (legal text)'."),
    "datatext.note_reg_8": (
        "Nomor dan tahun tidak ada di sumber; dilaporkan berlaku pada 2024 (hanya tahun). 3.647 non-PNS dan "
        "2.050 pekerja rentan dilindungi. Hubungan dengan Inpres menurut dossier: 'unknown'. Keyakinan "
        "dossier: 'medium (no number/year)'. Laporan hanya menyebut tahun 2024: diketahui ada per 31 "
        "Desember 2024, jadi dihitung sejak tanggal itu (tanggal paling awal yang didukung sumber).",
        "Number and year not in the source; reported as in force in 2024 (year only). 3,647 non-PNS and "
        "2,050 vulnerable workers covered. Dossier relation to the Inpres: 'unknown'. Dossier confidence: "
        "'medium (no number/year)'. The report gives only the year 2024: known by 31 December 2024, so it "
        "counts from then (the earliest date the source supports)."),
    "datatext.note_reg_9": (
        "Juga diberitakan oleh Fokuspantura dan Telusur. Rancangan Ranperda (Sep 2021) ada di Scribd "
        "606092381. Hubungan dengan Inpres menurut dossier: 'after Inpres'. Keyakinan dossier: 'high "
        "(multiple sources)'.",
        "Also reported by Fokuspantura and Telusur. A draft Ranperda (Sept 2021) is on Scribd 606092381. "
        "Dossier relation to the Inpres: 'after Inpres'. Dossier confidence: 'high (multiple sources)'."),
    "datatext.note_reg_10": (
        "Mencakup JKK, JKM, JHT, JP dan JKP. Diketahui dari: sosialisasi pada 25 Okt 2021 yang diberitakan "
        "Pikiran Rakyat "
        "(https://beritakbb.pikiran-rakyat.com/seputarbandungraya/pr-962875450/pergub-nomor-158-tahun-2021-berikanjaminan-lebih-jelas-bagi-non-asn?page=2), "
        "ditemukan oleh kurator. Hubungan dengan Inpres menurut dossier: 'after Inpres (2021)'. Tanggal "
        "sumber tidak berupa tanggal (dossier: '2021/2022').",
        "Covers JKK, JKM, JHT, JP and JKP. Known by: sosialisasi on 25 Oct 2021 reported by Pikiran Rakyat "
        "(https://beritakbb.pikiran-rakyat.com/seputarbandungraya/pr-962875450/pergub-nomor-158-tahun-2021-berikanjaminan-lebih-jelas-bagi-non-asn?page=2), "
        "found by the curator. Dossier relation to the Inpres: 'after Inpres (2021)'. No source date as a "
        "date (dossier: '2021/2022')."),
    "datatext.note_reg_11": (
        "Teks hukum lengkap; bagian menimbangnya mengutip Inpres 2/2021 dan Permenaker 5/2021. Menggantikan "
        "(mencabut) Perbup 24/2017. Tanggal sumber: tahun teks tersebut (dossier: n/a). Hubungan dengan "
        "Inpres menurut dossier: 'explicit (menimbang cites Inpres 2/2021, Permenaker 5/2021)'. Keyakinan "
        "dossier: 'high (legal text)'.",
        "Full legal text; its considerations cite Inpres 2/2021 and Permenaker 5/2021. Replaces (revokes) "
        "Perbup 24/2017. Source date: the text's year (dossier: n/a). Dossier relation to the Inpres: "
        "'explicit (menimbang cites Inpres 2/2021, Permenaker 5/2021)'. Dossier confidence: 'high (legal "
        "text)'."),
    "datatext.note_reg_12": (
        "Digantikan oleh Perbup 42/2021 (dossier: 'replaced by Perbup 42/2021'); diketahui dari teks Perbup "
        "42/2021, bertanggal 2021 (dossier: n/a). Hubungan dengan Inpres menurut dossier: 'pre-Inpres'.",
        "Replaced by Perbup 42/2021 (dossier: 'replaced by Perbup 42/2021'); known from the text of Perbup "
        "42/2021, dated 2021 (dossier: n/a). Dossier relation to the Inpres: 'pre-Inpres'."),
    "datatext.note_reg_13": (
        "Diluncurkan pada 22 Sep 2024 di Hotel Tarakan Plaza. Hubungan dengan Inpres menurut dossier: 'after "
        "Inpres'. Keyakinan dossier: 'medium-high'.",
        "Launched on 22 Sep 2024 at Hotel Tarakan Plaza. Dossier relation to the Inpres: 'after Inpres'. "
        "Dossier confidence: 'medium-high'."),
    "datatext.note_reg_14": (
        "Disetujui DPRD pada 13 Nov 2023; nomornya dari Posmetro Padang (studi banding Pariaman). Mencakup "
        "13 jenis pekerjaan informal. Hubungan dengan Inpres menurut dossier: 'after Inpres'. Keyakinan "
        "dossier: 'high (two sources)'.",
        "Approved by the DPRD on 13 Nov 2023; the number is from Posmetro Padang (Pariaman benchmarking). "
        "Covers 13 kinds of informal work. Dossier relation to the Inpres: 'after Inpres'. Dossier "
        "confidence: 'high (two sources)'."),
    "datatext.note_reg_15": (
        "Dikutip bersama Inpres di sumber. Hubungan dengan Inpres menurut dossier: 'after Inpres (cited "
        "together)'.",
        "Cited together with the Inpres in the source. Dossier relation to the Inpres: 'after Inpres (cited "
        "together)'."),
    "datatext.note_reg_16": (
        "Diubah dengan Pergub 15/2023 (dossier: 'enacted (amended 2023)'). Hubungan dengan Inpres menurut "
        "dossier: 'pre-Inpres'.",
        "Amended by Pergub 15/2023 (dossier: 'enacted (amended 2023)'). Dossier relation to the Inpres: "
        "'pre-Inpres'."),
    "datatext.note_reg_17": (
        "Surat Edaran Wali Kota. Ada juga Keputusan Wali Kota e-0009/2024 tentang tim pengawas kepesertaan "
        "(bukan baris terpisah). Hubungan dengan Inpres menurut dossier: 'after Inpres'.",
        "Surat Edaran Wali Kota. Also a Keputusan Wali Kota e-0009/2024 on a team supervising participation "
        "(not a separate row). Dossier relation to the Inpres: 'after Inpres'."),
    "datatext.note_reg_18": (
        "Terbit sebelum 5 Jul 2023, saat 100.000 pekerja rentan didaftarkan berdasarkan regulasi ini. Tahap "
        "rancangannya diberitakan ANTARA Kaltim (berita/179355). Hubungan dengan Inpres menurut dossier: "
        "'after Inpres'. Keyakinan dossier: 'medium-high'.",
        "Issued before 5 Jul 2023, when 100,000 vulnerable workers were registered under it. Draft stage "
        "reported by ANTARA Kaltim (berita/179355). Dossier relation to the Inpres: 'after Inpres'. Dossier "
        "confidence: 'medium-high'."),
    "datatext.note_reg_19": (
        "Artikel jurnal tentang dampaknya. Hubungan dengan Inpres menurut dossier: 'pre-Inpres'. Keyakinan "
        "dossier: 'medium-high'.",
        "Journal article on its effect. Dossier relation to the Inpres: 'pre-Inpres'. Dossier confidence: "
        "'medium-high'."),
    "datatext.note_reg_20": (
        "Hubungan dengan Inpres menurut dossier: 'pre-Inpres'. Keyakinan dossier: 'medium-high'.",
        "Dossier relation to the Inpres: 'pre-Inpres'. Dossier confidence: 'medium-high'."),
    "datatext.note_reg_21": (
        "Hubungan dengan Inpres menurut dossier: 'pre-Inpres'.",
        "Dossier relation to the Inpres: 'pre-Inpres'."),
    "datatext.note_reg_22": (
        "Untuk pekerja BPU (bukan penerima upah). Hubungan dengan Inpres menurut dossier: 'after Inpres'.",
        "For BPU (non-wage) workers. Dossier relation to the Inpres: 'after Inpres'."),
    "datatext.note_reg_23": (
        "Untuk pekerja BPU (bukan penerima upah). Menindaklanjuti Inpres menurut Pj Bupati (juga Inpres "
        "4/2022). MoU dengan BPJS TK Pontianak pada 12 Okt 2022. Hubungan dengan Inpres menurut dossier: "
        "'explicit (per Pj Bupati; also Inpres 4/2022)'.",
        "For BPU (non-wage) workers. Follows the Inpres per the Pj Bupati (also Inpres 4/2022). MoU with "
        "BPJS TK Pontianak on 12 Oct 2022. Dossier relation to the Inpres: 'explicit (per Pj Bupati; also "
        "Inpres 4/2022)'."),
    "datatext.note_reg_24": (
        "PIJAR SEMAR; 7.217 pekerja dilindungi. Hubungan dengan Inpres menurut dossier: 'after Inpres'.",
        "PIJAR SEMAR; 7,217 workers covered. Dossier relation to the Inpres: 'after Inpres'."),
    "datatext.note_reg_25": (
        "Judulnya mengikuti judul Inpres. Hubungan dengan Inpres menurut dossier: 'after Inpres (title "
        "mirrors Inpres)'. Keyakinan dossier: 'medium-high'.",
        "Title mirrors the Inpres. Dossier relation to the Inpres: 'after Inpres (title mirrors Inpres)'. "
        "Dossier confidence: 'medium-high'."),
    "datatext.note_reg_26": (
        "'Disahkan' 23 Sep 2024 (sumber tidak menyebut apakah oleh DPRD atau Bupati, jadi tidak disimpan "
        "sebagai tanggal penetapan). Perbup pelaksananya dalam harmonisasi pada Nov 2024. Hubungan dengan "
        "Inpres menurut dossier: 'after Inpres'.",
        "'Disahkan' 23 Sep 2024 (the source does not say whether by the DPRD or the Bupati, so not stored as "
        "the date of issue). Implementing Perbup in harmonisation in Nov 2024. Dossier relation to the "
        "Inpres: 'after Inpres'."),
    "datatext.note_reg_27": (
        "Disetujui bersama oleh DPRD pada 6 Mei 2025; nomor dan penetapannya tidak ada di sumber, jadi tetap "
        "dicatat sebagai rancangan (dossier: 'approved by DPRD'). Hubungan dengan Inpres menurut dossier: "
        "'after Inpres'.",
        "Approved jointly by the DPRD on 6 May 2025; number and enactment not in the source, so kept as "
        "draft (dossier: 'approved by DPRD'). Dossier relation to the Inpres: 'after Inpres'."),
    "datatext.note_reg_28": (
        "Disetujui DPRD pada 20 Okt 2025; nomor dan penetapannya tidak ada di sumber, jadi tetap dicatat "
        "sebagai rancangan (dossier: 'approved by DPRD'). Hubungan dengan Inpres menurut dossier: 'after "
        "Inpres'.",
        "Approved by the DPRD on 20 Oct 2025; number and enactment not in the source, so kept as draft "
        "(dossier: 'approved by DPRD'). Dossier relation to the Inpres: 'after Inpres'."),
    "datatext.note_reg_29": (
        "Ditetapkan DPRD pada 5 Jun 2023; nomor dan penetapannya tidak ada di sumber, jadi tetap dicatat "
        "sebagai rancangan (dossier: 'approved by DPRD'). Hubungan dengan Inpres menurut dossier: 'after "
        "Inpres'.",
        "Set by the DPRD on 5 Jun 2023; number and enactment not in the source, so kept as draft (dossier: "
        "'approved by DPRD'). Dossier relation to the Inpres: 'after Inpres'."),
    "datatext.note_reg_30": (
        "Untuk tenaga honorer/kontrak provinsi dan kab/kota, kepala dan perangkat desa, serta pekerja PU dan "
        "BPU. Hubungan dengan Inpres menurut dossier: 'pre-Inpres'.",
        "For honorer/contract staff of the province and kab/kota, village heads and officials, and PU and "
        "BPU workers. Dossier relation to the Inpres: 'pre-Inpres'."),
    "datatext.note_reg_31": (
        "Mencakup jaminan sosial ketenagakerjaan dan kesehatan. Ada juga Perda Kabupaten Bandung 3/2013 "
        "tentang ketenagakerjaan. Hubungan dengan Inpres menurut dossier: 'pre-Inpres'.",
        "Covers employment and health social security. Also Perda Kabupaten Bandung 3/2013 on manpower. "
        "Dossier relation to the Inpres: 'pre-Inpres'."),
    "datatext.note_reg_32": (
        "Hanya judul, dalam daftar dokumen serupa di halaman yang tidak berkaitan; halaman itu tidak "
        "bertanggal (dossier: n/a). Hubungan dengan Inpres menurut dossier: 'pre-Inpres'. Keyakinan dossier: "
        "'low-medium (title only)'.",
        "Title only, in a list of similar documents on an unrelated page; the page has no date (dossier: "
        "n/a). Dossier relation to the Inpres: 'pre-Inpres'. Dossier confidence: 'low-medium (title only)'."),
    "datatext.note_reg_33": (
        "Judul sebagaimana diuraikan sumber. Ranperda provinsi tentang jamsostek sedang difinalisasi (Jul "
        "2024, Jul 2025). Hubungan dengan Inpres menurut dossier: 'pre-Inpres'.",
        "Title as described by the source. A provincial Ranperda on jamsostek was in finalisation (Jul 2024, "
        "Jul 2025). Dossier relation to the Inpres: 'pre-Inpres'."),
    "datatext.note_reg_34": (
        "Rancangan Perwal dalam fasilitasi Biro Hukum Banten pada 29 Okt 2025 (status di dossier: rancangan). "
        "JKK + JKM akan dibayar oleh Pemkot. Hubungan dengan Inpres menurut dossier: 'after Inpres'.",
        "Draft Perwal in facilitation by the Banten Biro Hukum on 29 Oct 2025 (dossier status: 'draft'). JKK "
        "+ JKM to be paid by the Pemkot. Dossier relation to the Inpres: 'after Inpres'."),
    "datatext.note_reg_35": (
        "Rancangan Perbup dalam harmonisasi di Kanwil Kemenkum NTB pada 17 Jul 2025 (status di dossier: "
        "rancangan). Mengutip SE Mendagri tentang percepatan produk hukum daerah untuk UCJ; menindaklanjuti "
        "Inpres menurut Sekda. Hubungan dengan Inpres menurut dossier: 'explicit (per Sekda)'.",
        "Draft Perbup in harmonisation at Kanwil Kemenkum NTB on 17 Jul 2025 (dossier status: 'draft'). "
        "Cites the SE Mendagri on speeding up regional legal products for UCJ; follows the Inpres per the "
        "Sekda. Dossier relation to the Inpres: 'explicit (per Sekda)'."),
    "datatext.note_reg_36": (
        "Rancangan dibahas pada 5 Okt 2021; status akhirnya tidak diketahui. Mengutip Inpres 2/2021 dan "
        "Instruksi Gubernur Sumbar 15/INST-2021. Hubungan dengan Inpres menurut dossier: 'explicit'.",
        "Draft discussed on 5 Oct 2021; final status unknown. Cites Inpres 2/2021 and Instruksi Gubernur "
        "Sumbar 15/INST-2021. Dossier relation to the Inpres: 'explicit'."),
    "datatext.note_reg_37": (
        "Dalam penyusunan per 17 Des 2024 (status di dossier: 'in preparation'); menindaklanjuti Inpres "
        "menurut Asisten I. Anggaran Rp4 M disiapkan untuk 2025. Hubungan dengan Inpres menurut dossier: "
        "'explicit (per Asisten I)'. Radar Kepahiang (https://radarkepahiang.bacakoran.co/amp/15297/"
        "regulasi-jamsostek-bagi-pekerja-rentan-di-provinsi-bengkulu-mulai-disiapkan), pada hari yang sama, "
        "memberi judul kerjanya 'Peraturan Kepala Daerah tentang Optimalisasi Pelaksanaan Program Jaminan "
        "Sosial Ketenagakerjaan'.",
        "In preparation on 17 Dec 2024 (dossier status: 'in preparation'); follows the Inpres per Asisten I. "
        "Rp4 M budgeted for 2025. Dossier relation to the Inpres: 'explicit (per Asisten I)'. Radar Kepahiang "
        "(https://radarkepahiang.bacakoran.co/amp/15297/regulasi-jamsostek-bagi-pekerja-rentan-di-provinsi-"
        "bengkulu-mulai-disiapkan), same day, gives the working title 'Peraturan Kepala Daerah tentang "
        "Optimalisasi Pelaksanaan Program Jaminan Sosial Ketenagakerjaan'."),
    "datatext.note_reg_38": (
        "Ranperda dalam finalisasi di DPRD, Juli 2024 (status di dossier: rancangan, finalisasi). Hubungan "
        "dengan Inpres menurut dossier: 'explicit'.",
        "Ranperda in DPRD finalisation, July 2024 (dossier status: 'draft (finalisation)'). Dossier relation "
        "to the Inpres: 'explicit'."),
    "datatext.note_reg_39": (
        "Dua Perbup (judul dan nomor tidak disebutkan), satu Surat Edaran, dan satu Keputusan Bupati tentang "
        "Tim Koordinasi Percepatan Pelaksanaan Program Jamsostek, dilaporkan pada 31 Mei 2021 (tahun di "
        "dossier: '≤2021'). Satu baris untuk kedua Perbup. Hubungan dengan Inpres menurut dossier: "
        "'after/around Inpres'. Keyakinan dossier: 'low-medium (unnamed instruments)'.",
        "Two Perbup (titles and numbers not given), one Surat Edaran and a Keputusan Bupati on the Tim "
        "Koordinasi Percepatan Pelaksanaan Program Jamsostek, reported on 31 May 2021 (dossier year: "
        "'≤2021'). One row for the two Perbup. Dossier relation to the Inpres: 'after/around Inpres'. "
        "Dossier confidence: 'low-medium (unnamed instruments)'."),
    "datatext.note_reg_40": (
        "Konflik: Reportase Investigasi mengutipnya sebagai No. 15/INST-2021 tanggal 17 Jun 2021 (baris "
        "lain). Nomor 5 sebagaimana disebut Wakil Gubernur; Padek "
        "(https://padek.jawapos.com/sumbar/16/09/2021/targetkan-1-juta-tenaga-kerja-terdaftar-di-bpjs-ketenagakerjaan/) "
        "juga menulis 'Nomor 5 Tahun 2021' untuk sosialisasi 15 Sep 2021 (Klikpositif mencetak "
        "'5l/INST-2021'). Menindaklanjuti Inpres. Berupa instruksi, bukan Pergub. Keyakinan dossier: 'medium "
        "(number conflict)'.",
        'Conflict: Reportase Investigasi cites it as No. 15/INST-2021 of 17 Jun 2021 (other row).'
        ' Number 5 as stated by the Wakil Gubernur; Padek (https://padek.jawapos.com/sumbar/16/09'
        '/2021/targetkan-1-juta-tenaga-kerja-terdaftar-di-bpjs-ketenagakerjaan/) also writes '
        "'Nomor 5 Tahun 2021' for the sosialisasi of 15 Sep 2021 (Klikpositif prints "
        "'5l/INST-2021'). Follows the Inpres. An instruction, not a Pergub. Dossier confidence: "
        "'medium (number conflict)'."),
    "datatext.note_reg_41": (
        "Konflik: Wakil Gubernur (Padangkita) dan Padek menyebut No. 5/INST-2021 (baris lain). 'Instruksi "
        "Gubernur Sumbar No. 15 /INST-2021 tanggal 17 Juni 2021', dikutip Pemkab Padang Pariaman bersama "
        "Inpres. Sumber disebut di baris dossier ('per reportaseinvestigasi'); URL sama dengan baris Padang "
        "Pariaman di dossier.",
        'Conflict: the Wakil Gubernur (Padangkita) and Padek give No. 5/INST-2021 (other row). '
        "'Instruksi Gubernur Sumbar No. 15 /INST-2021 tanggal 17 Juni 2021', cited by Pemkab "
        "Padang Pariaman with the Inpres. Source named in the dossier's row ('per "
        "reportaseinvestigasi'); URL as in its Padang Pariaman row."),
    "datatext.note_reg_42": (
        "Dilaporkan terbit per 15 Nov 2021 (4 dari 14 kab/kota di Kalteng); nomor dan tanggal penetapan "
        "tidak ada dalam laporan. Ada Perbup Katingan No. 6/2019 tentang program yang sama "
        "(https://123dok.com/document/zk0xw88y-bupati-katingan-provinsi-kalimantan-tengah-peraturan-bupati-katingan.html); "
        "laporan tidak menyebut apakah itu regulasi ini. Dipertahankan dari catatan domain proyek; halaman "
        "beritanya tidak ditemukan lagi, jadi tanpa URL.",
        "Reported as issued by 15 Nov 2021 (4 of 14 kab/kota in Kalteng); number and date of issue not in "
        "the report. A Perbup Katingan No. 6/2019 on the same program exists "
        "(https://123dok.com/document/zk0xw88y-bupati-katingan-provinsi-kalimantan-tengah-peraturan-bupati-katingan.html); "
        "the report does not say whether it is this one. Kept from the project's domain notes; the news page "
        "was not found again, so no URL."),
    "datatext.note_reg_43": (
        "Dilaporkan terbit per 15 Nov 2021 (4 dari 14 kab/kota di Kalteng); nomor dan tanggal penetapan "
        "tidak ada dalam laporan. Dipertahankan dari catatan domain proyek; halaman beritanya tidak "
        "ditemukan lagi, jadi tanpa URL.",
        "Reported as issued by 15 Nov 2021 (4 of 14 kab/kota in Kalteng); number and date of issue not in "
        "the report. Kept from the project's domain notes; the news page was not found again, so no URL."),
    "datatext.note_reg_44": (
        "Dalam fasilitasi Kemendagri per 15 Nov 2021; Pergub 3/2022 menyusul (baris lain). Dipertahankan "
        "dari catatan domain proyek; halaman beritanya tidak ditemukan lagi, jadi tanpa URL.",
        "In Kemendagri facilitation on 15 Nov 2021; Pergub 3/2022 followed (other row). Kept from the "
        "project's domain notes; the news page was not found again, so no URL."),
    "datatext.note_reg_45": (
        "Rancangan diusulkan dalam FGD pemantauan; nelayan dilindungi bertahap sesuai anggaran. Tanggal "
        "tidak diketahui. Dipertahankan dari catatan domain proyek; tanpa URL.",
        "Draft proposed at a monitoring FGD; fishermen to be covered in stages as budget allows. Date not "
        "known. Kept from the project's domain notes; no URL."),
}
