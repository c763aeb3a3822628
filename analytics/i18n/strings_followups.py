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
    "fu.col.disagreement": ("Perbedaan status dan data", "Status and data differ"),
}
