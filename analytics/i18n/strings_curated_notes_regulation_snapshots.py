"""The notes of data/curated/regulation_snapshots.csv (``note``), written in English by the project, in
both languages: see strings_curated_notes.py for how they are used and kept."""

STRINGS = {
    # data/curated/regulation_snapshots.csv: note
    "datatext.note_snap_1": (
        "Katingan, Kapuas, Kotawaringin Barat, Sukamara. Dipertahankan dari catatan domain proyek; halaman "
        "beritanya tidak ditemukan lagi, jadi tanpa URL.",
        "Katingan, Kapuas, Kotawaringin Barat, Sukamara. Kept from the project's domain notes; the news page "
        "was not found again, so no URL."),
    "datatext.note_snap_2": (
        "Kab/kota yang memiliki Peraturan Kepala Daerah tentang optimalisasi jamsostek (Inpres 2/2021), "
        "menurut monitoring BPJS / Kemendagri; 5 kab/kota masih belum memilikinya; nama wilayahnya tidak "
        "disebut. Keyakinan dossier: 'high (official BPJS/Kemendagri monev quote)'.",
        "Kab/kota with a Peraturan Kepala Daerah on optimising jamsostek (Inpres 2/2021), from the BPJS / "
        "Kemendagri monitoring; 5 still without; regions not named. Dossier confidence: 'high (official "
        "BPJS/Kemendagri monev quote)'."),
    "datatext.note_snap_3": (
        "Kota Sorong, Kabupaten Sorong, Tambrauw dan Raja Ampat, empat kandidat Paritrana 2024 tingkat "
        "provinsi: 'hanya empat dari enam Pemda se-Papua Barat Daya' yang lolos, dan semuanya 'sudah "
        "mempunyai peraturan daerah' tentang perlindungan jaminan sosial pekerja (kepala cabang BPJS, 26 Feb "
        "2024; juga Taburapos ?p=19113). Menggantikan baris tanpa URL yang dipertahankan dari catatan domain "
        "proyek (Feb 2024, 4 dari 6, tanpa nama).",
        "Kota Sorong, Kabupaten Sorong, Tambrauw and Raja Ampat, the four candidates for the 2024 provincial "
        "Paritrana round: 'hanya empat dari enam Pemda se-Papua Barat Daya' qualified, and all 'sudah "
        "mempunyai peraturan daerah' on workers' social protection (BPJS branch head, 26 Feb 2024; also "
        "Taburapos ?p=19113). Replaces the row kept without a URL from the project's domain notes (Feb 2024, "
        "4 of 6, no names)."),
}
