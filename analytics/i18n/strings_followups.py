"""UI strings of the follow-up register (page, brief section, adoption from the brief)."""

STRINGS = {
    "nav.followups": ("Tindak lanjut rapat", "Meeting follow-ups"),
    "fu.title": ("Tindak lanjut rapat koordinasi", "Coordination meeting follow-ups"),
    "fu.intro": (
        "Daftar tindak lanjut yang disepakati dalam rapat, dengan penanggung jawab, tenggat dan status. "
        "Status ditetapkan oleh peserta rapat; kolom Data menunjukkan apakah data per tanggal yang dipilih "
        "sudah menunjukkan tindak lanjut itu tercapai.",
        "Follow-ups agreed in meetings, with owner, due date and status. The status is the meeting's call; "
        "the Data column shows whether the data as of the chosen date shows the follow-up met.",
    ),
    # vocabularies
    "fu.kind.regulation": ("Regulasi", "Regulation"),
    "fu.kind.coverage": ("Kepesertaan", "Coverage"),
    "fu.kind.budget": ("Anggaran", "Budget"),
    "fu.kind.other": ("Lainnya", "Other"),
    "fu.status.open": ("Terbuka", "Open"),
    "fu.status.in_progress": ("Dalam proses", "In progress"),
    "fu.status.done": ("Selesai", "Done"),
    "fu.status.dropped": ("Dibatalkan", "Dropped"),
    "fu.unit.workers": ("pekerja", "workers"),
    "fu.unit.percent": ("persen", "percent"),
    "fu.unit.rupiah": ("rupiah", "rupiah"),
    "fu.met.yes": ("tercapai", "met"),
    "fu.met.no": ("belum", "not yet"),
    "fu.overdue": ("lewat tenggat", "overdue"),
    "fu.disagree.done_not_met": (
        "ditandai selesai, data belum menunjukkan", "marked done, the data does not show it yet"),
    "fu.disagree.met_still_open": (
        "data menunjukkan tercapai, masih terbuka", "the data shows it met, still open"),
    # the data's verdict, in words
    "fu.data.reg_yes": ("{label}, berlaku sejak {date}", "{label}, in force since {date}"),
    "fu.data.reg_none": ("belum ada {instrument} yang berlaku", "no {instrument} in force"),
    "fu.data.reg_no_data": ("tidak ada data regulasi provinsi ini", "no regulation data for this province"),
    "fu.data.no_target": ("tanpa target", "no target"),
    "fu.data.no_coverage": ("tidak ada data kepesertaan sampai {date}", "no coverage data up to {date}"),
    "fu.data.no_rate": ("{base}: persentase tidak dapat dihitung ({period})", "{base}: no rate can be computed ({period})"),
    "fu.data.rate": ("{base} {value} dari target {target} ({period})", "{base} {value} of target {target} ({period})"),
    "fu.data.workers": ("{active} dari target {target} pekerja ({period})", "{active} of target {target} workers ({period})"),
    "fu.data.no_budget": ("tidak ada catatan alokasi {year}", "no allocation recorded for {year}"),
    "fu.data.budget": ("alokasi {allocated} dari target {target} ({year})", "allocated {allocated} of target {target} ({year})"),
    # follow-ups drafted by the brief, worded as actions for the register
    "fu.draft.regulation": (
        "Tetapkan {instrument} {region} tentang jaminan sosial ketenagakerjaan",
        "Issue the {instrument} of {region} on employment social security",
    ),
    "fu.draft.province_pending": ("Percepat penetapan: {pending}", "Speed up the issue: {pending}"),
    "fu.draft.province_regulation": (
        "Tetapkan Pergub {province} tentang jaminan sosial ketenagakerjaan",
        "Issue the Pergub of {province} on employment social security",
    ),
    "fu.draft.coverage": (
        "Daftarkan {n} pekerja {group} {region} yang belum terlindungi",
        "Register the {n} uncovered {group} of {region}",
    ),
    "fu.draft.budget": (
        "Alokasikan iuran {group} {region} tahun {year} sesuai kebutuhan ({needed})",
        "Allocate {region}'s {year} contributions for {group} as needed ({needed})",
    ),
    # the brief's opening section
    "fu.brief.title": ("Tindak lanjut rapat sebelumnya", "Follow-up from earlier meetings"),
    "fu.brief.note": (
        "Status ditetapkan peserta rapat. Data: apakah data per {date} menunjukkan tindak lanjut itu tercapai "
        "(– bila data tidak dapat menilainya).",
        "The status is the meeting's call. Data: whether the data as of {date} shows the follow-up met "
        "(– when the data cannot tell).",
    ),
    # the register page: filters, cards, definitions
    "fu.as_of": ("Data per tanggal", "Data as of"),
    "fu.as_of_help": (
        "Kolom Data menilai setiap tindak lanjut dengan data sampai tanggal ini; lewat tenggat dihitung terhadap tanggal ini.",
        "The Data column judges each follow-up on the data up to this date; overdue is counted against it.",
    ),
    "fu.f.status": ("Status", "Status"),
    "fu.f.kind": ("Jenis", "Kind"),
    "fu.f.any": ("Semua", "Any"),
    "fu.f.overdue": ("Hanya lewat tenggat", "Overdue only"),
    "fu.f.disagreement": ("Hanya status ≠ data", "Status ≠ data only"),
    "fu.m.items": ("Tindak lanjut", "Follow-ups"),
    "fu.m.open": ("Belum selesai", "Not closed"),
    "fu.m.overdue": ("Lewat tenggat", "Overdue"),
    "fu.m.disagreements": ("Status ≠ data", "Status ≠ data"),
    "fu.none": (
        "Belum ada tindak lanjut tercatat. Catat dari halaman Bahan rapat provinsi, atau impor berkas.",
        "No follow-ups recorded yet. Adopt them from the province brief page, or import a file.",
    ),
    "fu.none_filtered": ("Tidak ada tindak lanjut yang cocok dengan filter.", "No follow-up matches the filters."),
    "fu.definitions": (
        "Data: regulasi tercapai bila Perbup/Perwali/Perda wilayah itu (Pergub/Perda untuk provinsi) berlaku per "
        "tanggal data, dengan aturan pelacak regulasi; kepesertaan bila peserta aktif mencapai target; anggaran bila "
        "alokasi tahun anggarannya mencapai target; jenis lainnya tidak dinilai (–). Lewat tenggat: tenggat sebelum "
        "tanggal data dan status bukan selesai/dibatalkan.",
        "Data: a regulation item is met when the region's Perbup/Perwali/Perda (the province's Pergub/Perda) is in "
        "force on the data date by the tracker's rule; coverage when active participants reach the target; budget "
        "when the budget year's allocation reaches the target; other kinds are not judged (–). Overdue: due before "
        "the data date and neither done nor dropped.",
    ),
    "fu.history.title": ("Riwayat perubahan", "Change history"),
    "fu.history.item": ("Tindak lanjut", "Follow-up"),
    "fu.history.when": ("Waktu", "When"),
    "fu.history.who": ("Oleh", "By"),
    "fu.history.field": ("Kolom", "Field"),
    "fu.history.old": ("Sebelumnya", "Before"),
    "fu.history.new": ("Menjadi", "After"),
    "fu.field.province_code": ("Provinsi", "Province"),
    "fu.field.region_code": ("Kabupaten/kota", "Regency/city"),
    "fu.field.kind": ("Jenis", "Kind"),
    "fu.field.action": ("Tindak lanjut", "Follow-up"),
    "fu.field.owner": ("Penanggung jawab", "Owner"),
    "fu.field.agreed_at_meeting": ("Tanggal rapat", "Meeting date"),
    "fu.field.due_date": ("Tenggat", "Due date"),
    "fu.field.status": ("Status", "Status"),
    "fu.field.target_value": ("Target", "Target"),
    "fu.field.target_unit": ("Satuan target", "Target unit"),
    "fu.field.worker_group": ("Kelompok pekerja", "Worker group"),
    "fu.field.budget_year": ("Tahun anggaran", "Budget year"),
    "fu.field.note": ("Catatan / bukti", "Note / evidence"),
    "fu.field.evidence_url": ("Tautan bukti", "Evidence link"),
    # editing (editors only)
    "fu.editor_only": (
        "Mengubah, menambah dan mengimpor tindak lanjut memerlukan hak editor.",
        "Changing, adding and importing follow-ups needs editor rights.",
    ),
    "fu.edit.title": ("Ubah tindak lanjut", "Change a follow-up"),
    "fu.edit.item": ("Tindak lanjut yang diubah", "Follow-up to change"),
    "fu.edit.save": ("Simpan perubahan", "Save changes"),
    "fu.edit.saved": ("Tindak lanjut {id}: {n} kolom diubah dan dicatat di riwayat.",
                      "Follow-up {id}: {n} field(s) changed and recorded in the history."),
    "fu.edit.unchanged": ("Tindak lanjut {id}: tidak ada yang berubah.", "Follow-up {id}: nothing changed."),
    "fu.edit.refused": ("Tidak disimpan:", "Not saved:"),
    "fu.add.title": ("Tambah tindak lanjut", "Add a follow-up"),
    "fu.add.choose_province": ("Pilih provinsi di atas untuk menambah tindak lanjut.",
                               "Choose a province above to add a follow-up."),
    "fu.add.for": ("Provinsi {province}", "Province {province}"),
    "fu.add.province_itself": ("(provinsi itu sendiri)", "(the province itself)"),
    "fu.add.target_help": (
        "Kepesertaan: jumlah pekerja atau persen; anggaran: rupiah. Kosongkan bila tidak ada target.",
        "Coverage: workers or percent; budget: rupiah. Leave empty when there is no target.",
    ),
    "fu.add.save": ("Tambahkan", "Add"),
    "fu.add.saved": ("Tindak lanjut {id} ditambahkan.", "Follow-up {id} added."),
    "fu.import.title": ("Impor dari CSV/XLSX", "Import from CSV/XLSX"),
    "fu.import.help": (
        "Baris dengan kolom id mengubah tindak lanjut itu; baris tanpa id menambah yang baru. Berkas unduhan di atas "
        "dapat diedit lalu diimpor kembali. Bila ada satu masalah, tidak ada yang disimpan.",
        "A row with an id changes that follow-up; a row without one adds a new one. The download above can be "
        "edited and imported back. With any problem, nothing is saved.",
    ),
    "fu.import.file": ("Berkas tindak lanjut", "Follow-up file"),
    "fu.import.ok": ("Berkas valid: {new} baru, {changed} diubah, {unchanged} tanpa perubahan.",
                     "File valid: {new} new, {changed} changed, {unchanged} unchanged."),
    "fu.import.do": ("Impor", "Import"),
    "fu.import.done": ("Diimpor: {new} baru, {changed} diubah.", "Imported: {new} new, {changed} changed."),
    "fu.import.problems": ("{n} masalah; tidak ada yang diimpor:", "{n} problem(s); nothing was imported:"),
    # adopting the brief's drafts (editors)
    "fu.adopt.toggle": ("Catat tindak lanjut rapat ini", "Record this meeting's follow-ups"),
    "fu.adopt.help": (
        "Centang tindak lanjut yang disepakati, isi penanggung jawab dan tenggat: tercatat di daftar tindak lanjut "
        "dengan tanggal rapat {date}.",
        "Tick the agreed follow-ups, give each an owner and a due date: they go into the follow-up register with "
        "the meeting date {date}.",
    ),
    "fu.adopt.col.item": ("Tindak lanjut (draf dari data)", "Follow-up (drafted from the data)"),
    "fu.adopt.owner_hint": ("mis. Bagian Hukum Setda", "e.g. Bagian Hukum Setda"),
    "fu.adopt.save": ("Simpan ke daftar tindak lanjut", "Save to the follow-up register"),
    "fu.adopt.saved": ("{n} tindak lanjut dicatat dengan tanggal rapat {date}.",
                       "{n} follow-up(s) recorded with the meeting date {date}."),
    "fu.adopt.already": ("{n} draf sudah tercatat dari rapat ini.", "{n} draft(s) already recorded from this meeting."),
    "fu.adopt.all_done": ("Semua draf sudah tercatat di daftar tindak lanjut.",
                          "Every draft is already in the follow-up register."),
    "fu.adopt.none_ticked": ("Belum ada tindak lanjut yang dicentang.", "No follow-up ticked yet."),
    "fu.adopt.need_owner_due": ("Setiap tindak lanjut yang dicentang perlu penanggung jawab dan tenggat:",
                                "Every ticked follow-up needs an owner and a due date:"),
    # table columns
    "fu.col.id": ("No.", "No."),
    "fu.col.meeting": ("Rapat", "Meeting"),
    "fu.col.region": ("Wilayah", "Region"),
    "fu.col.kind": ("Jenis", "Kind"),
    "fu.col.action": ("Tindak lanjut", "Follow-up"),
    "fu.col.owner": ("Penanggung jawab", "Owner"),
    "fu.col.due": ("Tenggat", "Due"),
    "fu.col.status": ("Status", "Status"),
    "fu.col.data": ("Data", "Data"),
    "fu.col.basis": ("Dasar penilaian data", "What the data shows"),
    "fu.col.disagreement": ("Perbedaan status dan data", "Status and data differ"),
    # why a change or an import row is refused (analytics/followups/items.py, analytics/ingest/followups.py)
    "fu.field.by": ("Oleh", "By"),
    "fu.field.id": ("Nomor", "Id"),
    "fu.field.version": ("Versi", "Version"),
    "fu.where.item_field": ("Tindak lanjut", "Follow-up"),
    "fu.problem": ("{where}: {reason}{value}", "{where}: {reason}{value}"),
    "fu.where.new": ("baru {n}: {problem}", "new {n}: {problem}"),
    "fu.where.item": ("tindak lanjut {id}: {problem}", "item {id}: {problem}"),
    "fu.why.required": ("wajib diisi", "required"),
    "fu.why.too_long": ("lebih dari {limit} karakter", "longer than {limit} characters"),
    "fu.why.link": ("tautan harus diawali http:// atau https://", "a link must start with http:// or https://"),
    "fu.why.not_province": ("bukan kode provinsi (mis. 62)", "not a province code (e.g. 62)"),
    "fu.why.not_kabkota": (
        "bukan kode kabupaten/kota (mis. 62.10); kosongkan untuk provinsi itu sendiri",
        "not a kabupaten/kota code (e.g. 62.10); leave it empty for the province"),
    "fu.why.not_in_province": ("tidak berada di provinsi {province}", "not in province {province}"),
    "fu.why.use_one_of": ("gunakan salah satu dari: {choices}", "use one of {choices}"),
    "fu.why.not_a_date": ("bukan tanggal (gunakan TTTT-BB-HH)", "not a date (use YYYY-MM-DD)"),
    "fu.why.not_a_number": ("bukan angka", "not a number"),
    "fu.why.before_meeting": ("lebih awal dari rapat yang menyepakatinya", "before the meeting that agreed it"),
    "fu.why.not_for_kind": ("tidak berlaku untuk tindak lanjut jenis {kind}", "does not apply to a follow-up of kind {kind}"),
    "fu.why.target_positive": ("target harus lebih dari 0", "a target must be above 0"),
    "fu.why.unit_for_kind": ("target jenis {kind} dinyatakan dalam: {units}", "a target of kind {kind} is in: {units}"),
    "fu.why.over_100": ("persentase tidak boleh lebih dari 100", "a percentage cannot be above 100"),
    "fu.why.year": ("harus berupa tahun, mis. 2022", "a year such as 2022"),
    "fu.why.already": ("sudah ada di daftar sebagai tindak lanjut {id}", "already in the register as item {id}"),
    "fu.why.no_such": ("tidak ada di daftar", "no such follow-up"),
    "fu.why.who": ("sebutkan siapa yang membuat perubahan", "say who makes the change"),
    # a change made on an older version: who changed what since, and when
    "fu.stale.no_version": ("versi {based_on} tidak ada (tindak lanjut ini sekarang versi {current})",
                            "version {based_on} does not exist (the item is at version {current})"),
    "fu.stale.changed": (
        "sudah diubah sejak versi {based_on}, versi yang menjadi dasar perubahan ini: {changes}. Tidak ada yang "
        "disimpan untuk tindak lanjut ini; buka versinya yang sekarang ({current}) lalu ulangi perubahannya",
        "changed since version {based_on}, which this change was made on: {changes}. Nothing of this item was "
        "saved; take its version {current} and make the change again"),
    "fu.stale.by": ("{by} pada {at:%Y-%m-%d %H.%M} (versi {version}): {fields}",
                    "{by} on {at:%Y-%m-%d %H:%M} (version {version}): {fields}"),
    "fu.stale.field": ("{field} {old} -> {new}", "{field} {old} -> {new}"),
    "fu.stale.word": ("'{word}'", "'{word}'"),
    "fu.stale.empty": ("(kosong)", "(empty)"),
    "fu.stale.then": ("{first}; {rest}", "{first}; {rest}"),
    # importing a file (analytics/ingest/followups.py; the CLI prints the same report)
    "fu.import.no_header": ("tidak ada baris judul yang menyebut kolom tindak lanjut",
                            "no header row naming follow-up columns found"),
    "fu.import.missing_columns": ("kolom untuk tindak lanjut baru tidak ada: {columns}",
                                  "missing columns for new items: {columns}"),
    "fu.import.missing_column": ("{field} (mis. {example})", "{field} (e.g. {example})"),
    "fu.import.no_id": ("tidak ada tindak lanjut dengan nomor ini di daftar", "no follow-up with this id in the register"),
    "fu.import.same_row": ("tindak lanjut yang sama dengan baris {row}", "the same item as row {row}"),
    "fu.import.needs_version": (
        "perubahan atas tindak lanjut {id} harus menyebut versi yang menjadi dasarnya (kolom 'version' pada berkas "
        "ekspor daftar; tindak lanjut ini sekarang versi {current}): ekspor daftar, ubah di berkas itu, lalu impor "
        "berkas tersebut",
        "a change to item {id} needs the version it was made on (column 'version' of the register's export; the "
        "item is at version {current}): export the register, change it there and import that file"),
    "fu.import.already": ("sudah ada di daftar sebagai tindak lanjut {id}; cantumkan nomornya (id) untuk mengubahnya",
                          "already in the register as item {id}; give its id to change it"),
    "fu.report.from": ("tindak lanjut dari {file}", "follow-ups from {file}"),
    "fu.report.sheet": (" (lembar {sheet})", " (sheet {sheet})"),
    "fu.report.header": (": judul kolom pada baris {row}", ": header on row {row}"),
    "fu.report.counts": ("baris dibaca: {rows}; baru: {new}; diubah: {changed}; tanpa perubahan: {unchanged}",
                         "rows read: {rows}; new: {new}; changed: {changed}; unchanged: {unchanged}"),
    "fu.report.columns": ("kolom: {mapping}", "columns: {mapping}"),
    "fu.report.more": ("... dan {n} lainnya", "... and {n} more"),
    "fu.report.written": ("ditambahkan {added} (nomor {ids}), diubah {changed}", "added {added} (ids {ids}), changed {changed}"),
    # the command line (analytics/cli/followups.py), in its --lang
    "fu.cli.not_added": ("tidak ditambahkan: {problems}", "not added: {problems}"),
    "fu.cli.not_changed": ("tidak diubah: {problems}", "not changed: {problems}"),
    "fu.cli.added": ("tindak lanjut {id} ditambahkan", "added follow-up {id}"),
    "fu.cli.changed": ("tindak lanjut {id}: {fields} diubah", "follow-up {id}: {fields} changed"),
    "fu.cli.unchanged": ("tindak lanjut {id}: tidak ada yang berubah", "follow-up {id}: nothing changed"),
    "fu.cli.dry_run": ("uji coba: tidak ada yang ditulis", "dry run: nothing written"),
}
