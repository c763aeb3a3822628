"""The curated public-data files' notes (``catatan`` of data/curated/regulations.csv and
data/curated/paritrana_awards.csv), written in English by the project, in both languages.

``analytics.presentation.texts.data_text`` shows a note in the UI language when the stored text is
exactly one of these. The English side is the note as stored (after ``strip``); names, numbers,
regulation numbers, URLs and the dossier's quoted wording are kept as written. A test
(tests/presentation/test_texts.py) fails on a note missing here or changed in the file: when you edit
a note in data/curated/, edit its entry here.
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
        "Konflik: Reportase Investigasi cites it as No. 15/INST-2021 of 17 Jun 2021 (other row). Number 5 as "
        "stated by the Wakil Gubernur; Padek "
        "(https://padek.jawapos.com/sumbar/16/09/2021/targetkan-1-juta-tenaga-kerja-terdaftar-di-bpjs-ketenagakerjaan/) "
        "also writes 'Nomor 5 Tahun 2021' for the sosialisasi of 15 Sep 2021 (Klikpositif prints "
        "'5l/INST-2021'). Follows the Inpres. An instruction, not a Pergub. Dossier confidence: 'medium "
        "(number conflict)'."),
    "datatext.note_reg_41": (
        "Konflik: Wakil Gubernur (Padangkita) dan Padek menyebut No. 5/INST-2021 (baris lain). 'Instruksi "
        "Gubernur Sumbar No. 15 /INST-2021 tanggal 17 Juni 2021', dikutip Pemkab Padang Pariaman bersama "
        "Inpres. Sumber disebut di baris dossier ('per reportaseinvestigasi'); URL sama dengan baris Padang "
        "Pariaman di dossier.",
        "Konflik: the Wakil Gubernur (Padangkita) and Padek give No. 5/INST-2021 (other row). 'Instruksi "
        "Gubernur Sumbar No. 15 /INST-2021 tanggal 17 Juni 2021', cited by Pemkab Padang Pariaman with the "
        "Inpres. Source named in the dossier's row ('per reportaseinvestigasi'); URL as in its Padang "
        "Pariaman row."),
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
    # data/curated/paritrana_awards.csv: catatan
    "datatext.note_award_1": (
        "Acara penyerahan: Istana Wapres. Tiga besar nasional lengkap edisi 2021 (provinsi dan kab/kota). 34 "
        "provinsi dinilai; 514 kab/kota disaring; finalis 12 provinsi, 9 kab/kota. Keyakinan dossier: 'high "
        "(official ministry page)'.",
        "Ceremony: Istana Wapres. Complete national top 3 of the 2021 edition (provinces and kab/kota). 34 "
        "provinces assessed; 514 kab/kota screened; finalists 12 provinces, 9 kab/kota. Dossier confidence: "
        "'high (official ministry page)'."),
    "datatext.note_award_2": (
        "Papua Barat sebelum pemekaran 2022 (saat itu juga mencakup wilayah Papua Barat Daya sekarang); kode "
        "92 adalah Papua Barat sekarang. Tiga besar nasional lengkap edisi 2021 (provinsi dan kab/kota).",
        "Papua Barat as it was before the 2022 split (it then also covered today's Papua Barat Daya); code "
        "92 is today's Papua Barat. Complete national top 3 of the 2021 edition (provinces and kab/kota)."),
    "datatext.note_award_3": (
        "Tiga besar nasional lengkap edisi 2021 (provinsi dan kab/kota).",
        "Complete national top 3 of the 2021 edition (provinces and kab/kota)."),
    "datatext.note_award_4": (
        "Saat itu di Papua Barat; sejak pemekaran 2022 di Papua Barat Daya. Tiga besar nasional "
        "lengkap edisi 2021 (provinsi dan kab/kota).",
        "Then in Papua Barat; since the 2022 split in Papua Barat Daya (96.03). Complete national top 3 of "
        "the 2021 edition (provinces and kab/kota)."),
    "datatext.note_award_5": (
        "Acara penyerahan: simbolis oleh Wapres melalui konferensi video, ~Sep 2021. Papua Barat sebelum "
        "pemekaran 2022 (saat itu juga mencakup wilayah Papua Barat Daya sekarang); kode 92 adalah Papua "
        "Barat sekarang. Keyakinan dossier: 'medium (claim by local committee)'.",
        "Ceremony: symbolic by Wapres via video conference, ~Sep 2021. Papua Barat as it was before the 2022 "
        "split (it then also covered today's Papua Barat Daya); code 92 is today's Papua Barat. Dossier "
        "confidence: 'medium (claim by local committee)'."),
    "datatext.note_award_6": (
        "Saat itu di Papua Barat; sejak pemekaran 2022 di Papua Barat Daya. Keyakinan dossier: "
        "'medium (claim by local committee)'.",
        "Then in Papua Barat; since the 2022 split in Papua Barat Daya (96.03). Dossier confidence: 'medium "
        "(claim by local committee)'."),
    "datatext.note_award_7": (
        "Konflik: ANTARA Papua menyebut Sulut, Sulsel dan Papua Barat sebagai pemenang provinsi 2019 tanpa "
        "peringkat (baris lain). Disebut sebagai 'terbaik tingkat nasional antar provinsi'. Papua Barat sebelum pemekaran 2022 (saat "
        "itu juga mencakup wilayah Papua Barat Daya sekarang); kode 92 adalah Papua Barat sekarang. "
        "Keyakinan dossier: 'medium (claim by local committee)'.",
        "Konflik: ANTARA Papua lists Sulut, Sulsel and Papua Barat as the 2019 provincial winners without "
        "ranks (other row). Stated as 'terbaik tingkat nasional antar provinsi'. Papua Barat as it was before "
        "the 2022 split "
        "(it then also covered today's Papua Barat Daya); code 92 is today's Papua Barat. Dossier "
        "confidence: 'medium (claim by local committee)'."),
    "datatext.note_award_8": (
        "Papua Barat sebelum pemekaran 2022 (saat itu juga mencakup wilayah Papua Barat Daya sekarang); kode "
        "92 adalah Papua Barat sekarang. Edisi 2022 diberikan per zona. Keyakinan dossier: 'medium (claim by "
        "local committee)'.",
        "Papua Barat as it was before the 2022 split (it then also covered today's Papua Barat Daya); code "
        "92 is today's Papua Barat. The 2022 edition awarded by zone. Dossier confidence: 'medium (claim by "
        "local committee)'."),
    "datatext.note_award_9": (
        "Peringkat tidak disebutkan. Keyakinan dossier: 'medium (BPJS regional official quote)'.",
        "Rank not stated. Dossier confidence: 'medium (BPJS regional official quote)'."),
    "datatext.note_award_10": (
        "Peringkat tidak disebutkan.",
        "Rank not stated."),
    "datatext.note_award_11": (
        "Acara penyerahan: Plaza BPJamsostek, oleh Wapres. 12 provinsi menerima penghargaan pada 2024 "
        "(daftar lengkap tidak ditemukan); Jambi juga menerima penghargaan pada 2023. Keyakinan dossier: "
        "'high (news of ceremony)'.",
        "Ceremony: Plaza BPJamsostek, by Wapres. 12 provinces awarded in 2024 (full list not found); Jambi "
        "was also awarded in 2023. Dossier confidence: 'high (news of ceremony)'."),
    "datatext.note_award_12": (
        "Kategori dan peringkat tidak disebutkan.",
        "Category and rank not stated."),
    "datatext.note_award_13": (
        "Tingkat provinsi (DIY). Acara penyerahan: 'The Alana Yogyakarta'.",
        "Provincial round (DIY). Ceremony: The Alana Yogyakarta."),
    "datatext.note_award_14": (
        "Tingkat provinsi (DIY).",
        "Provincial round (DIY)."),
    "datatext.note_award_15": (
        "Tingkat provinsi (Papua Barat Daya). Acara penyerahan: Aimas, Kab Sorong.",
        "Provincial round (Papua Barat Daya). Ceremony: Aimas, Kab Sorong."),
    "datatext.note_award_16": (
        "Tingkat provinsi (Papua Barat).",
        "Provincial round (Papua Barat)."),
    "datatext.note_award_17": (
        "Kata di sumber: 'nominator' (nominasi, bukan pemenang).",
        "Source word: 'nominator' (nominee, not a winner)."),
    "datatext.note_award_18": (
        "Nominasi, bukan pemenang.",
        "Nominee, not a winner."),
    "datatext.note_award_19": (
        "Tingkat provinsi (Kaltim). Nominasi, bukan pemenang. Desa Telemow (PPU) meraih juara 2 kategori "
        "desa di Kaltim: sebuah desa, tidak dimuat.",
        "Provincial round (Kaltim). Nominee, not a winner. Desa Telemow (PPU) won 2nd place in the village "
        "category in Kaltim: a village, not loaded."),
    # round 2 (public-facts-2)
    "datatext.note_reg_46": (
        'Disahkan pada 6 Okt 2023; JKK dan JKM untuk pekerja rentan: 34.782 terdaftar Okt 2023-Sep 2024, 36.777 '
        "per Jan 2025. Sumber bertanggal Januari atau Februari 2025 (dossier: '2025-01/02'), disimpan sebagai "
        'tahunnya.',
        "Signed ('disahkan') on 6 Oct 2023; JKK and JKM for vulnerable workers: 34,782 registered Oct 2023-Sep 2024, "
        "36,777 by Jan 2025. Source dated January or February 2025 (dossier: '2025-01/02'), stored as the year."),
    "datatext.note_reg_47": (
        'Teks hukum lengkap: kepala desa dan perangkat desa, dibiayai dari ADD. Bagian menimbangnya mengutip UU '
        '6/2014 tentang Desa, bukan Inpres.',
        'Full legal text: village heads and village officials, paid from the ADD. Its considerations cite UU '
        '6/2014 on villages, not the Inpres.'),
    "datatext.note_reg_48": (
        'Teks hukum lengkap; cuplikannya tidak memuat tanggal penetapan dan bagian menimbangnya tidak mengutip '
        'Inpres, jadi tidak diketahui apakah terbit sebelum atau sesudah 25 Mar 2021.',
        'Full legal text; the excerpt gives no date of enactment and its considerations do not cite the Inpres, '
        'so whether it came before or after 25 Mar 2021 is not known.'),
    "datatext.note_reg_49": (
        'Teks hukum lengkap. Menggantikan Perbup 43/2011 (pekerja jasa konstruksi); mewajibkan pendaftaran '
        'pekerja PU dan BPU. Apakah kemudian diubah atau dicabut belum diperiksa.',
        'Full legal text. Replaces Perbup 43/2011 (construction workers); requires PU and BPU workers to be '
        'registered. Whether it was later amended or revoked was not checked.'),
    "datatext.note_reg_50": (
        'Judulnya mengikuti judul Inpres. Setiap desa membiayai 100 pekerja rentan dari dana desa: 304 dari 330 '
        'desa telah mendaftarkannya (30.400). Sosialisasi pada Rabu 21 Jun, tahunnya disimpulkan dari harinya '
        '(2023). Rancangan Perbup pekerja rentan yang kemudian adalah baris tersendiri.',
        'Title mirrors the Inpres. Each village pays for 100 vulnerable workers from its village funds: 304 of 330 '
        'villages had registered them (30,400). Sosialisasi on Wednesday 21 Jun, the year read from the weekday '
        '(2023). A later draft Perbup on vulnerable workers is a separate row.'),
    "datatext.note_reg_51": (
        'Rancangan: dibahas pada 6 Mei 2025 dengan sasaran penetapan Mei 2025; penetapannya belum terkonfirmasi. '
        'Diberitakan di situs web desa. Konsepnya mengambil Pergub Sumut 13/2024; BPS merujuk Pergub Jatim 6/2024'
        ' untuk definisinya.',
        'Draft: discussed on 6 May 2025 with enactment aimed at May 2025; enactment not confirmed. Reported on a '
        'village website. It takes its concept from Pergub Sumut 13/2024; BPS cites Pergub Jatim 6/2024 for the '
        'definition.'),
    "datatext.note_reg_52": (
        "JKK dan JKM untuk pekerja rentan melalui program 'Perisai Aman'; sosialisasi pada Okt 2025.",
        "JKK and JKM for vulnerable workers under the 'Perisai Aman' programme; sosialisasi in Oct 2025."),
    "datatext.note_reg_53": (
        'Halaman judul teks hukum (isinya tidak dibaca). Mengikuti Pergub Bali 19/2017.',
        'Title page of the legal text (the body was not read). Follows Pergub Bali 19/2017.'),
    "datatext.note_reg_54": (
        'Konflik: Tempo (mirror, 5 Sep 2025) menyebut Perwal 34 tahun 2024 (baris lain); kemungkinan peraturan '
        'yang sama. Tahun sesuai keterangan Sekda. Ada juga Perda Kota Bandung 4/2018 tentang ketenagakerjaan dan'
        ' surat edaran Disnaker pelaksanaan Inpres (nomor tidak disebut).',
        'Konflik: Tempo (mirror, 5 Sep 2025) dates Perwal 34 to 2024 (other row); probably the same act. Year as '
        'stated by the Sekda. Also Perda Kota Bandung 4/2018 on manpower and a Disnaker circular implementing the'
        ' Inpres (number not given).'),
    "datatext.note_reg_55": (
        'Konflik: Sekda (Todaynews, Agu 2025) menyebut Perwal 34 tahun 2023 (baris lain); kemungkinan peraturan '
        'yang sama. Teks Tempo dibaca di situs mirror; halaman Tempo sendiri tidak didapat.',
        'Konflik: the Sekda (Todaynews, Aug 2025) dates Perwal 34 to 2023 (other row); probably the same act. '
        "Tempo's text read on a mirror site; the Tempo page itself was not retrieved."),
    "datatext.note_reg_56": (
        'Teks hukum lengkap; menuju cakupan semesta dan mewajibkan setiap pemberi kerja mendaftarkan pekerjanya. '
        'Bupati menyebutnya pada wawancara Paritrana 2025 (29 Jul 2025).',
        'Full legal text; aims at universal coverage and requires every employer to register its workers. The '
        'Bupati named it at the Paritrana 2025 interview (29 Jul 2025).'),
    "datatext.note_reg_57": (
        'Bantuan iuran dari DBHCHT untuk petani dan buruh industri tembakau. Disebut Bupati pada wawancara '
        'Paritrana 2025 bersama Perda 6/2019 tentang ketenagakerjaan dan Perbup 11/2024 tentang ADD 2024.',
        'Contribution aid from the tobacco excise share (DBHCHT) for tobacco farmers and workers. Listed by the '
        'Bupati at the Paritrana 2025 interview with Perda 6/2019 on manpower and Perbup 11/2024 on the 2024 ADD.'),
    "datatext.note_reg_58": (
        'Desa menganggarkan JKK dan JKM untuk perangkat desa dan ketua RT/RW dari ADD: pedoman dana desa, bukan '
        'peraturan khusus jamsostek. Sosialisasi pada 8 Des 2022; Alinea (9 Des 2022, mengutip klatenkab.go.id) '
        'menguatkannya.',
        'Villages budget JKK and JKM for village officials and RT/RW heads from the ADD: a village-fund '
        'guideline, not a dedicated jamsostek act. Sosialisasi on 8 Dec 2022; Alinea (9 Dec 2022, quoting '
        'klatenkab.go.id) confirms it.'),
    "datatext.note_reg_59": (
        'Hanya diketahui sebagai peraturan yang diubah Perbup 9/2022; apakah sebelum 2022 memuat ketentuan '
        'jamsostek tidak disebut. Pedoman dana desa, bukan peraturan khusus jamsostek.',
        'Known only as the act Perbup 9/2022 amends; whether it had jamsostek content before 2022 is not stated. '
        'A village-fund guideline, not a dedicated jamsostek act.'),
    "datatext.note_reg_60": (
        'Setiap pemberi kerja wajib mendaftarkan pekerja PU dan BPU-nya (menurut kepala cabang BPJS).',
        'Every employer must register its PU and BPU workers (per the BPJS branch head).'),
    "datatext.note_reg_61": (
        'Disebut Wali Kota pada wawancara Paritrana 2025 tingkat nasional (23 Sep 2025); juga di Navigasikreatif,'
        ' Celebesmedia dan Majesty.',
        'Listed by the Wali Kota at the national Paritrana 2025 interview (23 Sep 2025); also in Navigasikreatif,'
        ' Celebesmedia and Majesty.'),
    "datatext.note_reg_62": (
        'Keputusan Wali Kota yang membentuk forum kepatuhan diketuai Kepala Kejaksaan Negeri. Disebut Wali Kota '
        'pada wawancara Paritrana 2025.',
        "Keputusan Wali Kota setting up a compliance forum chaired by the head of the district prosecutor's "
        'office. Listed by the Wali Kota at the Paritrana 2025 interview.'),
    "datatext.note_reg_63": (
        'Surat Edaran Wali Kota tentang pekerja bukan penerima upah (BPU). Disebut Wali Kota pada wawancara '
        'Paritrana 2025.',
        'Surat Edaran Wali Kota on non-wage (BPU) workers. Listed by the Wali Kota at the Paritrana 2025 '
        'interview.'),
    "datatext.note_reg_64": (
        'Surat Edaran Wali Kota tentang kepesertaan badan usaha, non-ASN dan jasa konstruksi. Raperda jamsostek '
        'ada dalam Prolegda 2025 (tidak dijadikan baris tersendiri).',
        'Surat Edaran Wali Kota on membership of businesses, non-ASN staff and construction. A Raperda on '
        'jamsostek is in the 2025 Prolegda (not a row of its own).'),
    "datatext.note_reg_65": (
        'Teks hukum lengkap yang mencakup jamsostek dan JKN. Perbup Tanah Laut 30/2015 hanya diketahui sebagai '
        'judul tanpa pokok isinya (petunjuk, tidak dimuat).',
        'Full legal text covering jamsostek and JKN. A Perbup Tanah Laut 30/2015 is known only as a title without'
        ' its subject (a lead, not loaded).'),
    "datatext.note_reg_66": (
        'Teks hukum lengkap: kepesertaan menjadi syarat perizinan (sanksi PP 86/2013).',
        'Full legal text: membership is a condition for licences (the PP 86/2013 sanction).'),
    "datatext.note_reg_67": (
        'Tahun tidak disebut (kemungkinan 2021); diketahui dari peluncurannya pada Rabu 2 Feb 2022, saat 20.879 '
        'pekerja didaftarkan. Mengutip Inpres 2/2021 dan Permendagri 27/2021 (menurut Sekda).',
        'Year not stated (probably 2021); known from its launch on Wednesday 2 Feb 2022, when 20,879 workers were'
        ' registered. Cites Inpres 2/2021 and Permendagri 27/2021 (per the Sekda).'),
    "datatext.note_reg_69": (
        'Berlaku sejak 10 Feb 2025. Pedoman APB 74 nagari, bukan peraturan khusus jamsostek.',
        'In force from 10 Feb 2025. A guideline for the 74 nagari budgets, not a dedicated jamsostek act.'),
    "datatext.note_reg_70": (
        'Perda ketenagakerjaan umum dengan satu bab tentang BPJS Ketenagakerjaan, bukan peraturan khusus '
        "jamsostek. 'Disahkan' pada 5 Apr 2024 (oleh siapa tidak disebut, jadi tidak disimpan sebagai tanggal "
        'penetapan). BPJS menyebutnya Perda semacam itu yang pertama di Sumbar dan ketiga di Sumatera.',
        'A general manpower Perda with a chapter on BPJS Ketenagakerjaan, not a dedicated jamsostek act. '
        "'Disahkan' on 5 Apr 2024 (by whom not said, so not stored as the date of issue). BPJS calls it the first"
        ' such Perda in Sumbar and the third in Sumatra.'),
    "datatext.note_reg_71": (
        'Surat Edaran Wali Kota, nomor tidak disebut. Wali Kota juga menyebut sebuah Perwal (judul dan nomor '
        'tidak disebut) dan Raperda yang diusulkan untuk 2022; seluruh pegawai non-PNS sudah terlindungi.',
        'Surat Edaran Wali Kota, number not given. The Wali Kota also named a Perwal (title and number not given)'
        ' and a Raperda proposed for 2022; all non-PNS staff were covered.'),
    "datatext.note_reg_72": (
        'Kepala cabang BPJS menyatakan keempat kandidat Papua Barat Daya pada Paritrana tingkat provinsi 2024 '
        "(Kota Sorong, Kabupaten Sorong, Tambrauw, Raja Ampat) 'sudah mempunyai peraturan daerah' tentang "
        'perlindungan sosial tenaga kerja. Jenis, nomor dan tanggal tidak disebut, maka disimpan sebagai '
        "'Regulasi' (jenis tidak disebut), tidak dihitung sebagai Perbup/Perwali/Perda daerah itu. Rendah: satu "
        'kalimat, sumber kedua.',
        'The BPJS branch head said all four Papua Barat Daya candidates for the 2024 provincial Paritrana round '
        "(Kota Sorong, Kabupaten Sorong, Tambrauw, Raja Ampat) 'sudah mempunyai peraturan daerah' on workers' "
        "social protection. Type, number and date not stated, so stored as 'Regulasi' (type not stated), not "
        "counted as the region's own Perbup/Perwali/Perda. Low: one sentence, second-hand."),
    "datatext.note_reg_74": (
        'Pedoman ADD yang menjadi dasar jamsostek kepala desa dan perangkat desa, bukan peraturan khusus '
        'jamsostek.',
        "A village-fund (ADD) guideline on which village heads' and officials' jamsostek rests, not a dedicated "
        'jamsostek act.'),
    "datatext.note_reg_75": (
        'Rancangan: Raperda dalam Propemperda DPRD, dibahas pada 15 Okt 2025 bersama Kanwil Kementerian Hukum '
        'Banten. Belum berlaku.',
        "Draft: a Raperda in the DPRD's programme, discussed on 15 Oct 2025 with the Banten office of the "
        'Ministry of Law. Not in force.'),
    "datatext.note_reg_76": (
        'Rancangan: Ranperda sedang disusun (4 Agu 2025). Surat edaran agar setiap ASN mendaftarkan satu anggota '
        'keluarga direncanakan. Belum berlaku.',
        'Draft: the Ranperda was being written (4 Aug 2025). A circular asking each ASN to register one family '
        'member was planned. Not in force.'),
    "datatext.note_reg_77": (
        'Direncanakan, belum ada naskah rancangan: naskah akademik untuk Perwali yang akan datang diserahkan pada'
        " 16 Mei 2025 (status dossier 'planned'). Disimpan sebagai rancangan; belum berlaku.",
        'Planned, not a draft text: the academic study for a future Perwali was handed over on 16 May 2025 '
        "(dossier status 'planned'). Stored as draft; not in force."),
    "datatext.note_reg_78": (
        'Direncanakan, belum ada naskah: diumumkan setelah MoU dengan BPJS pada 25 Jul 2024 (status dossier '
        "'planned'). Disimpan sebagai rancangan; belum berlaku.",
        "Planned, no text seen: announced after the MoU with BPJS on 25 Jul 2024 (dossier status 'planned'). "
        'Stored as draft; not in force.'),
    "datatext.note_reg_79": (
        'Direncanakan, belum ada naskah: akan diusulkan setelah kunjungan studi banding (status dossier '
        "'planned'). Disimpan sebagai rancangan; belum berlaku. Tanpa tanggal sumber (dossier: '~2024').",
        "Planned, no text seen: to be proposed after a benchmarking visit (dossier status 'planned'). Stored as "
        "draft; not in force. No source date (dossier: '~2024')."),
    "datatext.note_reg_80": (
        "Judul tidak disebut. Bersama Inpres 2/2021 menjadi dasar gerakan 'PNS Peduli Pekerja Rentan' (menurut "
        'Wali Kota). Juga Matasemarang, iNews Semarang dan Alinea.',
        "Title not stated. With Inpres 2/2021 the basis of the 'PNS Peduli Pekerja Rentan' movement (per the Wali"
        ' Kota). Also Matasemarang, iNews Semarang and Alinea.'),
    "datatext.note_reg_81": (
        'Teks hukum lengkap: kepala desa, perangkat desa, bendahara, staf dan anggota BPD.',
        'Full legal text: village heads, officials, treasurers, staff and BPD members.'),
    "datatext.note_reg_82": (
        'Diundangkan pada 25 Jun 2021; tanggal penetapannya tidak disebut. Menurut berita, menindaklanjuti '
        'Inpres; berita itu mengutip bagian menimbangnya (PP 86/2013 dan lainnya).',
        "Promulgated ('diundangkan') on 25 Jun 2021; the date of enactment is not given. A follow-up of the "
        'Inpres per the news, which quotes its considerations (PP 86/2013 and others).'),
    "datatext.note_reg_83": (
        'Sumber kedua: BPS Gresik memakainya untuk definisi pekerja rentan (situs web desa). Judul dan pokok '
        'isinya belum terkonfirmasi.',
        'Second-hand: BPS Gresik uses it for the definition of vulnerable workers (village website). Title and '
        'subject not confirmed.'),
    "datatext.note_reg_84": (
        'Menindaklanjuti Inpres menurut BPJS; berlaku mutatis mutandis bagi kab/kota (tidak dihitung sebagai '
        'peraturan kab/kota itu sendiri). 364.564 terdaftar, 16,34 %, pada 20 Mei 2022. Juga dikutip '
        'Disnakermobduk Aceh (Mei 2024).',
        'A follow-up of the Inpres per BPJS; applies to the kab/kota mutatis mutandis (it does not count as their'
        ' own act). 364,564 registered, 16.34 %, on 20 May 2022. Also cited by Disnakermobduk Aceh (May 2024).'),
    "datatext.note_reg_85": (
        'Qanun, bentuk Perda di Aceh. Pemberi kerja wajib memberikan jamsostek; rekomendasi BPJS diperlukan untuk'
        ' perizinan. Juga di Info Tempo, Pikiran Merdeka dan Bisnis.',
        "A Qanun, Aceh's form of Perda. Employers must provide jamsostek; a BPJS recommendation is needed for "
        'licences. Also in Info Tempo, Pikiran Merdeka and Bisnis.'),
    "datatext.note_reg_86": (
        'Disebut kepala dinas tenaga kerja provinsi bersama Qanun; judul dan nomor tidak disebut.',
        'Named by the head of the provincial manpower office beside the Qanun; title and number not given.'),
    "datatext.note_reg_87": (
        'Diundangkan pada 27 Sep 2021; bagian menimbangnya mengutip Inpres 2/2021. Pasal 3 mencakup tenaga bantu,'
        ' pegawai non-PNS BLUD, pegawai non-ASN LNS, pendamping desa dan THL.',
        "Promulgated ('diundangkan') on 27 Sep 2021; its considerations cite Inpres 2/2021. Article 3 covers "
        'assistant staff, non-PNS staff of BLUD, non-ASN staff of LNS, village facilitators and THL.'),
    "datatext.note_reg_88": (
        'Mencakup sektor formal dan informal (menurut Asisten III).',
        'Covers the formal and informal sectors (per Asisten III).'),
    "datatext.note_reg_89": (
        'Pekerja sawit tanpa perjanjian kerja formal, dibiayai dari DBH Sawit: 11.666 terdaftar untuk JKK dan JKM'
        ' per 15 Jul 2025.',
        'Palm-oil workers without a formal work contract, paid from the palm-oil revenue share: 11,666 registered'
        ' for JKK and JKM by 15 Jul 2025.'),
    "datatext.note_reg_90": (
        "Surat Edaran Gubernur, terbit 'tahun lalu' menurut keterangan Sep 2025 (2024). Surat edaran kedua "
        'mengatur jasa konstruksi; ada juga forum kepatuhan tingkat provinsi.',
        "Surat Edaran Gubernur, issued 'last year' as said in Sep 2025 (2024). A second circular covers "
        'construction; a provincial compliance forum also exists.'),
    "datatext.note_reg_92": (
        'Sumber kedua: Pemkab Gresik merujuknya sebagai contoh (situs web desa). Judul tidak disebut.',
        'Second-hand: Pemkab Gresik cites it as a model (village website). Title not given.'),
    "datatext.note_reg_93": (
        "Hanya disebut sebagai 'instruksi Gubernur Jawa Barat pada 3 September 2025' oleh pejabat Kota Bandung.",
        "Described only as 'instruksi Gubernur Jawa Barat pada 3 September 2025' by a Kota Bandung official."),
    "datatext.note_award_20": (
        'Juara I menurut Gesuri. Edisi 2017, diserahkan pada 31 Jul 2018 di Istana Wapres. Disebut tanpa '
        'peringkat oleh Republika (provinsi: Jawa Tengah, Jawa Timur, DKI Jakarta).',
        "First place ('Juara I') per Gesuri. 2017 edition, awarded on 31 Jul 2018 at the Vice President's palace."
        ' Listed without ranks by Republika (provinces: Jawa Tengah, Jawa Timur, DKI Jakarta).'),
    "datatext.note_award_21": (
        'Disebut kedua; peringkat tidak disebut. Edisi 2017, diserahkan pada 31 Jul 2018 di Istana Wapres. '
        'Disebut tanpa peringkat oleh Republika (provinsi: Jawa Tengah, Jawa Timur, DKI Jakarta).',
        "Listed second; rank not stated. 2017 edition, awarded on 31 Jul 2018 at the Vice President's palace. "
        'Listed without ranks by Republika (provinces: Jawa Tengah, Jawa Timur, DKI Jakarta).'),
    "datatext.note_award_22": (
        'Disebut ketiga; peringkat tidak disebut. Edisi 2017, diserahkan pada 31 Jul 2018 di Istana Wapres. '
        'Disebut tanpa peringkat oleh Republika (provinsi: Jawa Tengah, Jawa Timur, DKI Jakarta).',
        "Listed third; rank not stated. 2017 edition, awarded on 31 Jul 2018 at the Vice President's palace. "
        'Listed without ranks by Republika (provinces: Jawa Tengah, Jawa Timur, DKI Jakarta).'),
    "datatext.note_award_23": (
        'Juara 1 menurut situs pemkot, yang menyebut Jember dan Serang sebagai pemenang lain kategori ini. Edisi '
        '2017, diserahkan pada 31 Jul 2018.',
        "First place per the city's own site, which names Jember and Serang as the other winners of the category."
        ' 2017 edition, awarded on 31 Jul 2018.'),
    "datatext.note_award_24": (
        "Republika menulis 'Kota Jember'; tidak ada Kota Jember, jadi ini Kabupaten Jember. Peringkat "
        'tidak disebut. Edisi 2017, diserahkan pada 31 Jul 2018.',
        "Republika writes 'Kota Jember'; there is no Kota Jember, so this is Kabupaten Jember (35.09). Rank not "
        'stated. 2017 edition, awarded on 31 Jul 2018.'),
    "datatext.note_award_25": (
        "Republika menulis 'Kota Serang'; situs Surakarta hanya menulis 'Serang', yang bisa juga Kabupaten "
        'Serang. Disimpan sesuai tulisan Republika. Peringkat tidak disebut. Edisi 2017, diserahkan pada 31 Jul '
        '2018.',
        "Republika writes 'Kota Serang'; the Surakarta site writes only 'Serang', which could also be Kabupaten "
        'Serang. Stored as Republika writes it. Rank not stated. 2017 edition, awarded on 31 Jul 2018.'),
    "datatext.note_award_26": (
        'Peringkat tidak disebut; disebut pertama. Edisi 2019, upacara daring pada 12 Agu 2020. iNews Sorong '
        'menyebut Papua Barat provinsi terbaik (konflik soal urutan).',
        'Ranks not stated; listed first. 2019 edition, online ceremony on 12 Aug 2020. iNews Sorong names Papua '
        'Barat the best province (a conflict on the order).'),
    "datatext.note_award_27": (
        'Peringkat tidak disebut; disebut kedua. Edisi 2019, upacara daring pada 12 Agu 2020. iNews Sorong '
        'menyebut Papua Barat provinsi terbaik (konflik soal urutan).',
        'Ranks not stated; listed second. 2019 edition, online ceremony on 12 Aug 2020. iNews Sorong names Papua '
        'Barat the best province (a conflict on the order).'),
    "datatext.note_award_28": (
        'Konflik: ANTARA Papua menyebut pemenang provinsi 2019 Sulut, Sulsel dan Papua Barat, tanpa peringkat '
        '(Papua Barat terakhir); iNews Sorong menyebut Papua Barat provinsi terbaik nasional (baris lain). '
        'Upacara daring, Rabu 12 Agu 2020.',
        'Konflik: ANTARA Papua lists the 2019 provincial winners as Sulut, Sulsel and Papua Barat, without ranks '
        '(Papua Barat last); iNews Sorong calls Papua Barat the best province nationally (other row). Online '
        'ceremony, Wednesday 12 Aug 2020.'),
    "datatext.note_award_29": (
        'Edisi 2019, peringkat tidak disebut. 34 provinsi dan 95 kab/kota ikut serta; 7 provinsi dan 10 kab/kota '
        'diwawancarai (Suara.com, 12 Feb 2020). Upacara daring, 12 Agu 2020.',
        '2019 edition, ranks not stated. 34 provinces and 95 kab/kota took part; 7 provinces and 10 kab/kota were'
        ' interviewed (Suara.com, 12 Feb 2020). Online ceremony, 12 Aug 2020.'),
    "datatext.note_award_30": (
        "Sekda menyebut Riau meraih Paritrana Award tingkat nasional 'pada 2024'; kategori tidak disebut. "
        'Dianggap salah satu dari 12 provinsi yang menerima penghargaan pada 12 Sep 2024 (Tribun Jambi), upacara '
        'untuk tahun penilaian 2023.',
        "The Sekda says Riau won a national Paritrana Award 'pada 2024'; category not given. Taken as one of the "
        '12 provinces awarded on 12 Sep 2024 (Tribun Jambi), a ceremony that rewarded the 2023 assessment year.'),
    "datatext.note_award_31": (
        'Tingkat provinsi Sulawesi Tenggara edisi 2024, diselenggarakan 7 Jul 2025 (Swiss-Belhotel Kendari). '
        'Nominasi lain: Muna Barat dan Konawe Selatan.',
        'Sulawesi Tenggara round called 2024, held on 7 Jul 2025 (Swiss-Belhotel Kendari). Other nominees: Muna '
        'Barat and Konawe Selatan.'),
    "datatext.note_award_32": (
        'Tingkat provinsi Kalimantan Barat, diserahkan Sekda Kalbar di sebuah hotel di Pontianak. Juga '
        'Equatoronline dan Edukasiborneonews.',
        'Kalimantan Barat round, handed over by the Sekda of Kalbar at a hotel in Pontianak. Also Equatoronline '
        'and Edukasiborneonews.'),
    "datatext.note_award_33": (
        'Penghargaan kategori inovasi perlindungan pekerja rentan desa. Tingkatnya tidak disebut; kemungkinan '
        'tingkat provinsi Kalbar 24 Sep 2025.',
        'An award in the category of village innovation for vulnerable workers. The level is not stated; probably the'
        ' Kalbar round of 24 Sep 2025.'),
    "datatext.note_award_34": (
        "Tingkat provinsi Bali, juara pertama 'kembali', pada acara Paritrana di Denpasar pada hari Selasa; "
        'tanggalnya tidak disebut.',
        "Bali round, first place 'again' ('kembali'), at a Paritrana event in Denpasar on a Tuesday; the day is "
        'not given.'),
    "datatext.note_award_35": (
        'Tahap wawancara nasional pada 23 Sep 2025: nominasi, bukan hasil.',
        'National interview stage on 23 Sep 2025: a nominee, not a result.'),
    "datatext.note_award_36": (
        "Hanya kandidat, bukan hasil. Tanpa tanggal sumber (dossier: '~2023-12').",
        "Candidate only, not a result. No source date (dossier: '~2023-12')."),
    "datatext.note_award_37": (
        'Kandidat pada Paritrana 2024 tingkat provinsi Papua Barat Daya (wawancara 26-27 Feb 2024, Sorong): 4 '
        'dari 6 pemda lolos. Bukan hasil; Raja Ampat kemudian menang (baris lain).',
        'Candidate in the 2024 Papua Barat Daya provincial round (interviews 26-27 Feb 2024, Sorong): 4 of the 6 '
        'regional governments qualified. Not a result; Raja Ampat later won (other row).'),
}
