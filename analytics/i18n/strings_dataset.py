"""Messages about the dataset itself: published snapshots, a damaged file, a waiting writer."""

STRINGS = {
    "dataset.unreadable": (
        "Data tidak dapat dibaca: {reason}",
        "The data cannot be read: {reason}",
    ),
    "dataset.fallback": (
        "Berkas data {file} {damage}. Yang ditampilkan adalah salinan utuh terbaru: snapshot {snapshot} "
        "yang diterbitkan {published}. Penyimpanan berikutnya memulihkan berkas itu.",
        "The data file {file} {damage}. The newest intact copy is shown: snapshot {snapshot}, published "
        "{published}. The next change saved repairs the file.",
    ),
    "dataset.damage.missing": ("hilang", "is missing"),
    "dataset.damage.unreadable": ("tidak dapat dibuka sebagai basis data DuckDB", "cannot be opened as a DuckDB database"),
    "dataset.damage.foreign": ("bukan basis data dasbor ini", "is not this dashboard's database"),
    "dataset.damage.truncated": ("terpotong (ukurannya tidak sama dengan yang diterbitkan)",
                                 "is truncated (its size differs from what was published)"),
    "dataset.damage.altered": ("isinya berubah sejak diterbitkan", "has changed since it was published"),
    "dataset.waiting": (
        "Menunggu penulis lain selesai: {holder}",
        "Waiting for another writer to finish: {holder}",
    ),
    "dataset.busy": (
        "Perubahan tidak disimpan: {reason}",
        "The change was not saved: {reason}",
    ),
}
