"""Regulation status of every kabupaten/kota (issue 25): the five states, "status known", the
status and coverage sheets a province fills in, and their import messages."""

STRINGS = {
    # --- the five states (analytics.regulations.REGION_STATES): the tracker, map, brief, overview
    "reg.state.in_force": ("berlaku", "in force"),
    "reg.state.issued_not_in_force": ("terbit, belum berlaku", "issued, not yet in force"),
    "reg.state.draft": ("rancangan", "draft"),
    "reg.state.confirmed_none": ("belum ada (dikonfirmasi)", "none yet (confirmed)"),
    "reg.state.no_record": ("tidak tercatat", "no record"),
    "reg.sheet_status.issued": ("Terbit/berlaku", "Issued/in force"),
    "reg.sheet_status.draft": ("Rancangan/dalam proses", "Draft/in progress"),
    "reg.sheet_status.confirmed_none": ("Belum ada (dikonfirmasi)", "None yet (confirmed)"),
    "reg.sheet_status.unknown": ("Tidak diketahui", "Unknown"),
    "reg.basis.record": ("catatan regulasi", "regulation record"),
    "reg.basis.sheet": ("lembar status", "status sheet"),
    "reg.known.value": ("{k} dari {n}", "{k} of {n}"),
    "reg.known.label": ("Status diketahui", "Status known"),
    "reg.known.help": (
        "Kab/kota yang statusnya diketahui (berlaku, terbit, rancangan, atau belum ada yang dikonfirmasi); "
        "sisanya tidak tercatat dan perlu dikonfirmasi.",
        "Kab/kota whose status is known (in force, issued, draft, or confirmed none); the rest have no "
        "record and need confirming.",
    ),
    "reg.known.national": ("Status diketahui (nasional)", "Status known (national)"),
    "reg.s.states": ("Status regulasi per kab/kota", "Regulation status per kab/kota"),
    "reg.s.states_caption": (
        "Lima status pada {date}: berlaku · terbit, belum berlaku · rancangan · belum ada (dikonfirmasi) · "
        "tidak tercatat. \"Tidak tercatat\" berarti dasbor tidak tahu, bukan \"belum ada\".",
        "Five states on {date}: in force · issued, not yet in force · draft · none yet (confirmed) · no record. "
        "\"No record\" means the dashboard does not know, not \"none yet\".",
    ),
    "reg.col.state": ("Status", "Status"),
    "reg.col.basis": ("Dasar", "Basis"),
    "reg.col.regulation": ("Regulasi", "Regulation"),
    "reg.col.state_date": ("Tanggal", "Date"),
    "reg.col.confirmed_by": ("Dikonfirmasi oleh", "Confirmed by"),
    "reg.col.confirmed_on": ("Tanggal konfirmasi", "Confirmed on"),
    "reg.col.evidence": ("Bukti", "Evidence"),
    "reg.col.confirmed_as_of": ("Status per", "Status as of"),
    "reg.sheet.download": ("Unduh lembar status {province} (XLSX)", "Download the status sheet of {province} (XLSX)"),
    "reg.sheet.help": (
        "Satu baris per kab/kota, terisi dengan yang diketahui dasbor per {date}. Isi kolom kuning (Status, "
        "Jenis, Nomor, tanggal, Bukti, Dikonfirmasi oleh, Tanggal konfirmasi), lalu impor di halaman Data & impor "
        "(\"Status regulasi\").",
        "One row per kab/kota, prefilled with what the dashboard knows as of {date}. Fill in the yellow columns "
        "(Status, Jenis, Nomor, dates, Bukti, Dikonfirmasi oleh, Tanggal konfirmasi), then import it on the "
        "Data & import page (\"Regulation status\").",
    ),
    "reg.sheet.pick_province": (
        "Pilih satu provinsi untuk mengunduh lembar status kab/kotanya.",
        "Choose one province to download the status sheet of its kab/kota.",
    ),
    # --- the map (analytics/maps/view.py)
    "map.metric.reg_known": ("Status regulasi diketahui", "Regulation status known"),
    "map.metric.reg_known_share": ("Kab/kota dengan status regulasi diketahui", "Kab/kota with a known regulation status"),
    "map.status.known": ("diketahui", "known"),
    "map.reg_known": ("Status diketahui: {k} dari {n} kab/kota", "Status known: {k} of {n} kab/kota"),
    "map.num.reg_known": ("kab/kota diketahui", "kab/kota known"),
    "map.den.reg_known": ("kab/kota", "kab/kota"),
    "map.fallback_regulation": (
        "Tidak ada angka {what}, jadi peta menunjukkan status regulasi.",
        "There are no figures for {what}, so the map shows the regulation status instead.",
    ),
    # --- the brief (analytics/brief/content.py): its lists and the follow-up to confirm
    "brief.state_heading": ("{state} ({n})", "{state} ({n})"),
    "brief.known": ("Status diketahui {k} dari {n} kab/kota", "Status known for {k} of {n} kab/kota"),
    "brief.fu.to_confirm": (
        "Status regulasi {n} dari {total} kab/kota belum tercatat: {regions}; konfirmasi dengan lembar status",
        "The regulation status of {n} of {total} kab/kota is not on record: {regions}; confirm it with the "
        "status sheet",
    ),
    "brief.fu.to_confirm_more": ("dan {n} lain", "and {n} more"),
    "fu.draft.to_confirm": (
        "Konfirmasi status regulasi {n} kab/kota {province} yang belum tercatat ({regions}) dengan lembar status",
        "Confirm the regulation status of the {n} kab/kota of {province} not on record ({regions}) with the "
        "status sheet",
    ),
    # --- Paritrana and the overview
    "par.regulation_state": ("Status regulasi per {date}: {state}", "Regulation status as of {date}: {state}"),
    "overview.known": ("Status regulasi diketahui", "Regulation status known"),
    "overview.known_value": ("{k} dari {n}", "{k} of {n}"),
    "overview.known_help": (
        "Kab/kota yang status regulasinya diketahui per {date}: {in_force} berlaku, {issued} terbit belum berlaku, "
        "{draft} rancangan, {none} belum ada (dikonfirmasi); {no_record} tidak tercatat.",
        "Kab/kota whose regulation status is known as of {date}: {in_force} in force, {issued} issued not yet in "
        "force, {draft} draft, {none} none yet (confirmed); {no_record} with no record.",
    ),
    # --- the Data page
    "code.dataset.regulation_status": ("Status regulasi (lembar isian)", "Regulation status (filled sheet)"),
    "data.regulation_status.template": (
        "Lembar status dibuat per provinsi dan tanggal di halaman Pelacak regulasi (\"Unduh lembar status\") atau "
        "dengan `python -m analytics status-sheet`; isi, lalu unggah di sini.",
        "The status sheet is made per province and date on the Regulation tracker page (\"Download the status "
        "sheet\") or with `python -m analytics status-sheet`; fill it in, then upload it here.",
    ),
    "data.coverage_sheet.title": ("Lembar kepesertaan per provinsi", "Coverage sheet per province"),
    "data.coverage_sheet.help": (
        "Satu baris per kab/kota untuk satu periode, segmen dan kelompok pekerja, berisi angka yang sudah ada "
        "di dasbor: yang diisi kantor cabang BPJS Ketenagakerjaan, lalu diimpor sebagai Kepesertaan.",
        "One row per kab/kota for one period, segment and worker group, holding the figures the dashboard "
        "already has: what a BPJS Ketenagakerjaan branch office fills in, then imports as Coverage.",
    ),
    "data.coverage_sheet.province": ("Provinsi", "Province"),
    "data.coverage_sheet.period": ("Periode (YYYY-MM)", "Period (YYYY-MM)"),
    "data.coverage_sheet.download": ("Unduh lembar kepesertaan (XLSX)", "Download the coverage sheet (XLSX)"),
    "data.coverage_sheet.bad_period": (
        "Periode '{value}' tidak dapat dibaca: tulis sebagai YYYY-MM, mis. 2025-06.",
        "Period '{value}' cannot be read: write it as YYYY-MM, e.g. 2025-06.",
    ),
    "field.as_of": ("Per tanggal", "As of"),
    # --- import messages (analytics.ingest.importers._status_sheet_rules)
    "import.field.as_of": ("per tanggal", "as of"),
    "field.in_force_on": ("Tanggal berlaku", "Date in force"),
    "field.evidence": ("Bukti", "Evidence"),
    "field.confirmed_by": ("Dikonfirmasi oleh", "Confirmed by"),
    "field.confirmed_on": ("Tanggal konfirmasi", "Date of confirmation"),
    "import.field.in_force_on": ("tanggal berlaku", "date in force"),
    "import.field.evidence": ("bukti", "evidence"),
    "import.field.confirmed_by": ("dikonfirmasi oleh", "confirmed by"),
    "import.field.confirmed_on": ("tanggal konfirmasi", "date of confirmation"),
    "import.status_sheet_empty": (
        "tidak ada baris yang kolom Status-nya diisi: tidak ada yang diimpor",
        "no row has its Status filled in: nothing to import",
    ),
    "import.status_needs": (
        "status ini perlu {field}: siapa yang mengonfirmasi, kapan, dan buktinya (URL atau nomor surat)",
        "this status needs {field}: who confirmed it, when, and the evidence (a URL or a letter's number)",
    ),
    "import.status_issued_needs": (
        "\"Terbit/berlaku\" perlu {field}",
        "\"Terbit/berlaku\" (issued) needs {field}",
    ),
    "import.confirmed_in_future": (
        "tanggal konfirmasi ada di masa depan",
        "the date of confirmation lies in the future",
    ),
    "import.after_confirmation": (
        "tanggal ini sesudah tanggal konfirmasi ({confirmed}): tidak dapat dikonfirmasi sebelum terjadi",
        "this date is after the date of confirmation ({confirmed}): it cannot be confirmed before it happened",
    ),
    "import.status_instrument": (
        "jenis ini bukan regulasi kab/kota ini; pilih salah satu dari: {allowed}",
        "this instrument is not this kab/kota's regulation; choose one of: {allowed}",
    ),
    "import.in_force_before_issue": (
        "tanggal berlaku sebelum tanggal penetapan",
        "the date in force is before the date of issue",
    ),
    # --- the status sheet (analytics.regulation_sheet)
    "sheet.instructions_name": ("Petunjuk", "Instructions"),
    "sheet.confirmed": (
        "dikonfirmasi oleh {by} pada {date}; bukti: {evidence}",
        "confirmed by {by} on {date}; evidence: {evidence}",
    ),
    "sheet.status.title": (
        "Status regulasi Inpres 2/2021 per kab/kota — {province} ({code}), per {date}",
        "Inpres 2/2021 regulation status per kab/kota — {province} ({code}), as of {date}",
    ),
    "sheet.status.subtitle": (
        "Kolom abu-abu: yang diketahui dasbor (terkunci). Kolom kuning: diisi oleh yang memegang datanya.",
        "Grey columns: what the dashboard knows (locked). Yellow columns: filled in by those who hold the facts.",
    ),
    "sheet.status.input": (
        "Pilih: Terbit/berlaku, Rancangan/dalam proses, Belum ada (dikonfirmasi) atau Tidak diketahui.",
        "Choose: Terbit/berlaku (issued/in force), Rancangan/dalam proses (draft), Belum ada (dikonfirmasi) "
        "(none, confirmed) or Tidak diketahui (unknown).",
    ),
    "sheet.status.error": ("Pilih salah satu status dari daftar.", "Choose one of the statuses in the list."),
    "sheet.jenis.error": ("Pilih Perbup, Perwali atau Perda.", "Choose Perbup, Perwali or Perda."),
    "sheet.date.error": ("Tulis tanggal, mis. 30/06/2025.", "Write a date, e.g. 30/06/2025."),
    "sheet.count.error": ("Tulis bilangan bulat 0 atau lebih.", "Write a whole number, 0 or more."),
    "sheet.status.instructions_title": (
        "Petunjuk pengisian — lembar status regulasi {province}, per {date}",
        "How to fill in — regulation status sheet of {province}, as of {date}",
    ),
    "sheet.status.help.1": (
        "Lembar ini berisi satu baris untuk setiap kabupaten/kota di provinsi. Kolom abu-abu (Kode sampai "
        "Tercatat: keyakinan) berisi yang sudah diketahui dasbor per tanggal lembar dan terkunci.",
        "This sheet holds one row for every kabupaten/kota of the province. The grey columns (Kode to Tercatat: "
        "keyakinan) hold what the dashboard already knows as of the sheet's date and are locked.",
    ),
    "sheet.status.help.2": (
        "Isi kolom kuning untuk kab/kota yang statusnya Anda ketahui. Baris yang kolom Status-nya kosong tidak "
        "diimpor dan tidak mengubah apa pun.",
        "Fill in the yellow columns for the kab/kota whose status you know. A row whose Status is left empty is "
        "not imported and changes nothing.",
    ),
    "sheet.status.help.3": (
        "Status: Terbit/berlaku (Perbup/Perwali/Perda sudah ditetapkan), Rancangan/dalam proses, Belum ada "
        "(dikonfirmasi) — tidak ada regulasi per tanggal lembar — atau Tidak diketahui.",
        "Status (the words stay Indonesian): Terbit/berlaku = issued or in force (the Perbup/Perwali/Perda was "
        "enacted); Rancangan/dalam proses = a draft; Belum ada (dikonfirmasi) = no regulation as of the sheet's "
        "date, confirmed; Tidak diketahui = unknown.",
    ),
    "sheet.status.help.4": (
        "Terbit/berlaku: isi Jenis (Perbup untuk kabupaten, Perwali untuk kota, atau Perda), Nomor, Tanggal "
        "penetapan dan, bila berbeda, Tanggal berlaku.",
        "Terbit/berlaku: fill in Jenis (instrument: Perbup for a kabupaten, Perwali for a kota, or Perda), Nomor "
        "(number), Tanggal penetapan (date of issue) and, when different, Tanggal berlaku (date in force).",
    ),
    "sheet.status.help.5": (
        "Setiap status selain Tidak diketahui perlu Bukti (URL dokumen atau nomor surat), Dikonfirmasi oleh "
        "(nama dan instansi) dan Tanggal konfirmasi. Tidak ada tanggal yang boleh sesudah tanggal konfirmasi.",
        "Every status but Tidak diketahui needs Bukti (evidence: the document's URL or a letter's number), "
        "Dikonfirmasi oleh (confirmed by: name and office) and Tanggal konfirmasi (date of confirmation). No "
        "date may lie after the date of confirmation.",
    ),
    "sheet.status.help.6": (
        "Tulis tanggal sebagai tanggal Excel atau 30/06/2025 (hari dulu).",
        "Write dates as Excel dates or as 30/06/2025 (day first).",
    ),
    "sheet.status.help.7": (
        "Impor: halaman Data & impor, \"Status regulasi (lembar isian)\", atau python -m analytics import "
        "regulation_status BERKAS. Satu masalah di satu baris berarti tidak ada yang diimpor; pesannya menyebut "
        "baris dan kolomnya.",
        "Import: the Data & import page, \"Regulation status (filled sheet)\", or python -m analytics import "
        "regulation_status FILE. One problem in one row means nothing is imported; the message names its row "
        "and column.",
    ),
    "sheet.status.help.8": (
        "Lembar yang diimpor kemudian untuk kab/kota yang sama menggantikan yang sebelumnya; setiap impor dapat "
        "dibatalkan (rollback) di halaman Data & impor.",
        "A sheet imported later for the same kab/kota replaces the earlier one; every import can be rolled back "
        "on the Data & import page.",
    ),
    "sheet.coverage.title": (
        "Kepesertaan BPJS Ketenagakerjaan per kab/kota — {province} ({code}), {period}, segmen {segment}, {group}",
        "BPJS Ketenagakerjaan participants per kab/kota — {province} ({code}), {period}, segment {segment}, {group}",
    ),
    "sheet.coverage.subtitle": (
        "Kolom abu-abu: yang diketahui dasbor (terkunci). Kolom kuning: diisi kantor cabang.",
        "Grey columns: what the dashboard knows (locked). Yellow columns: filled in by the branch office.",
    ),
    "sheet.coverage.instructions_title": (
        "Petunjuk pengisian — lembar kepesertaan {province}, {period}",
        "How to fill in — coverage sheet of {province}, {period}",
    ),
    "sheet.coverage.help.1": (
        "Lembar ini berisi {n} baris, satu untuk setiap kabupaten/kota. Periode, segmen dan kelompok pekerja "
        "sudah terisi dan terkunci.",
        "This sheet holds {n} rows, one for every kabupaten/kota. Period, segment and worker group are filled in "
        "and locked.",
    ),
    "sheet.coverage.help.2": (
        "Isi Jumlah peserta aktif setiap baris (wajib) dan, bila diketahui, Jumlah pekerja sasaran. Kolom "
        "\"Di dasbor\" menunjukkan angka yang sudah ada di dasbor beserta sumbernya.",
        "Fill in Jumlah peserta aktif (active participants) on every row (required) and, when known, Jumlah "
        "pekerja sasaran (target workers). The \"Di dasbor\" (on the dashboard) columns show the figures the dashboard already "
        "holds, with their source.",
    ),
    "sheet.coverage.help.3": (
        "Isi Sumber (mis. nama kantor cabang dan laporannya) dan Tanggal sumber.",
        "Fill in Sumber (source, e.g. the branch office and its report) and Tanggal sumber (its date).",
    ),
    "sheet.coverage.help.4": (
        "Baris kab/kota yang tidak dapat diisi boleh dihapus; baris dengan Jumlah peserta aktif kosong membuat "
        "impor ditolak.",
        "Rows of kab/kota you cannot fill in may be deleted; a row with an empty Jumlah peserta aktif makes the "
        "import refused.",
    ),
    "sheet.coverage.help.5": (
        "Impor: halaman Data & impor, \"Kepesertaan\", atau python -m analytics import coverage BERKAS.",
        "Import: the Data & import page, \"Coverage\", or python -m analytics import coverage FILE.",
    ),
}
