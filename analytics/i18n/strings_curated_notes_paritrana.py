"""The notes of data/curated/paritrana_awards.csv (``catatan``), written in English by the
project, in both languages: see strings_curated_notes.py for how they are used and kept."""

STRINGS = {
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
        'Conflict: ANTARA Papua lists Sulut, Sulsel and Papua Barat as the 2019 provincial '
        "winners without ranks (other row). Stated as 'terbaik tingkat nasional antar provinsi'. "
        "Papua Barat as it was before the 2022 split (it then also covered today's Papua Barat "
        "Daya); code 92 is today's Papua Barat. Dossier confidence: 'medium (claim by local "
        "committee)'."),
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
        'Conflict: Tempo (mirror, 5 Sep 2025) dates Perwal 34 to 2024 (other row); probably the '
        'same act. Year as stated by the Sekda. Also Perda Kota Bandung 4/2018 on manpower and a '
        'Disnaker circular implementing the Inpres (number not given).'),
    "datatext.note_reg_55": (
        'Konflik: Sekda (Todaynews, Agu 2025) menyebut Perwal 34 tahun 2023 (baris lain); kemungkinan peraturan '
        'yang sama. Teks Tempo dibaca di situs mirror; halaman Tempo sendiri tidak didapat.',
        'Conflict: the Sekda (Todaynews, Aug 2025) dates Perwal 34 to 2023 (other row); probably '
        "the same act. Tempo's text read on a mirror site; the Tempo page itself was not "
        'retrieved.'),
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
        'Conflict: ANTARA Papua lists the 2019 provincial winners as Sulut, Sulsel and Papua '
        'Barat, without ranks (Papua Barat last); iNews Sorong calls Papua Barat the best '
        'province nationally (other row). Online ceremony, Wednesday 12 Aug 2020.'),
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
