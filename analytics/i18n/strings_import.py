"""Messages of the importers (``analytics.ingest.importers``): what is wrong with a file, where, and
how to fix it. The English text is also what ``str(problem)`` and the CLI show.

``{control}`` names where a value for the whole file (or the sheet) is given, as the front end at
hand calls it: the CLI by its flag (--group), the Data page by its box, the Python API by its
argument. Never write a flag or a box label into a message here."""

STRINGS = {
    # --- where a problem is ---
    "import.where.row": ("baris {row}", "row {row}"),
    "import.where.column": ("kolom '{column}'", "column '{column}'"),
    "import.where.file": ("berkas", "file"),
    "import.where.value": (" (nilai {value})", " (value {value})"),
    # --- the file as a whole ---
    "import.no_header": (
        "tidak ada baris judul kolom: berkas ini tidak berisi tabel",
        "no header row found: the file has no table",
    ),
    "import.no_rows": (
        "tabel punya baris judul kolom tetapi tidak ada baris data",
        "the table has a header but no data rows",
    ),
    "import.unknown_field": (
        "isian tidak dikenal untuk {dataset}; isian yang ada: {fields}",
        "unknown field for {dataset}; the fields are: {fields}",
    ),
    "import.no_region_column": (
        "tidak ada kolom wilayah: diharapkan salah satu dari {synonyms} atau kolom 'Kode Wilayah'",
        "no region column: expected one of {synonyms} or a 'Kode Wilayah' column",
    ),
    "import.missing_column": (
        "tidak ada kolom untuk {field}: diharapkan judul seperti {synonyms}",
        "missing column for {field}: expected a header like {synonyms}",
    ),
    "import.missing_column_or_value": (
        "tidak ada kolom untuk {field}: tambahkan kolom dengan judul seperti {synonyms}, atau isi nilainya "
        "untuk seluruh berkas dengan {control}",
        "missing column for {field}: add a column with a header like {synonyms}, or give its value for "
        "the whole file with {control}",
    ),
    "import.constant_not_allowed": (
        "{dataset} tidak punya isian {field} yang dapat diberikan untuk seluruh berkas; yang dapat: {controls}",
        "{dataset} has no field {field} that can be given for the whole file; it takes {controls}",
    ),
    "import.given_value": ("nilai untuk seluruh berkas: {reason}", "given value: {reason}"),
    "import.sheet_chosen": (
        "lembar '{sheet}' yang dibaca: judul kolomnya paling cocok dengan data {dataset} (lembar berisi data: "
        "{sheets}); untuk membaca lembar lain, pilih dengan {control}",
        "read sheet '{sheet}': its header matches the {dataset} columns best (sheets with data: {sheets}); "
        "to read another, choose it with {control}",
    ),
    "import.sheet_first": (
        "lembar '{sheet}' yang dibaca, lembar pertama yang berisi data: tidak ada lembar dengan judul kolom "
        "data {dataset} yang dikenali (lembar berisi data: {sheets}); untuk membaca lembar lain, pilih dengan "
        "{control}",
        "read sheet '{sheet}', the first with data: no sheet has a header naming {dataset} columns (sheets "
        "with data: {sheets}); to read another, choose it with {control}",
    ),
    "import.same_file": (
        "berkas yang sama sudah diimpor sebagai batch aktif {batch}",
        "the same file is already imported as active batch {batch}",
    ),
    # --- one row ---
    "import.too_long": (
        "teks terlalu panjang: {size} karakter, batas untuk isian ini {limit} karakter",
        "text too long: {size} characters, the limit for this field is {limit}",
    ),
    "import.value_missing": ("nilai kosong", "value missing"),
    "import.negative": ("jumlah atau nilai negatif", "negative count or amount"),
    "import.not_a_year": ("bukan tahun", "not a year"),
    "import.impossible_year": ("tahun mustahil", "impossible year"),
    "import.unknown_value": ("{field} tidak dikenal; gunakan salah satu dari {values}",
                             "unknown {field}; use one of {values}"),
    "import.duplicate": (
        "duplikat baris {first}: wilayah yang sama, {region}, dengan {same} yang sama",
        "duplicate of row {first}: the same region, {region}, with the same {same}",
    ),
    "import.key_value": ("{field} {value}", "{field} {value}"),
    "import.region_missing": ("wilayah kosong", "region missing"),
    "import.unknown_region_code": ("kode wilayah tidak dikenal", "unknown region code"),
    "import.not_region_code": ("bukan kode wilayah ({detail})", "not a region code ({detail})"),
    "import.code_name_differ": (
        "kode {code} adalah {name}, tetapi namanya cocok dengan {other_code} {other_name}",
        "code {code} is {name}, but the name matches {other_code} {other_name}",
    ),
    "import.region_in_provinces": (
        "{reason}; atau tambahkan kolom 'Provinsi', atau isi provinsinya untuk seluruh berkas dengan {control}",
        "{reason}; or add a 'Provinsi' column, or give the province for the whole file with {control}",
    ),
    "import.status_missing": (
        "status kosong, dan tidak ada tanggal penetapan atau nomor untuk menyimpulkannya",
        "status missing and no date of issue or number to infer it",
    ),
    "import.issued_needs_date": (
        "peraturan yang sudah ditetapkan memerlukan tanggal penetapan, tahun, atau tanggal 'diketahui per'",
        "an issued regulation needs a date of issue, a year, or a 'known by' date",
    ),
    "import.year_differs": (
        "tahun berbeda dengan tanggal penetapan ({date})",
        "year differs from the date of issue ({date})",
    ),
    "import.revoked_before": ("dicabut sebelum ditetapkan", "revoked before it was issued"),
    "import.money_in_words": (
        "{count} jumlah uang ditulis dengan ribu/juta/miliar (M = miliar) dibaca sebagai rupiah penuh, "
        "mis. baris {row} kolom {column}: '{value}' = {amount}; periksa angkanya",
        "{count} amount(s) written with ribu/juta/miliar (M = miliar) read as whole rupiah, "
        "e.g. row {row}, column {column}: '{value}' = {amount}; check the figures",
    ),
    "import.realised_high": (
        "baris {row}: realisasi lebih dari 1,5 × alokasi",
        "row {row}: realised is more than 1.5 x allocated",
    ),
    # --- region names (analytics.ingest.regions) ---
    "region.not_matched": ("tidak cocok dengan wilayah mana pun", "not matched"),
    "region.empty": ("nama wilayah kosong", "empty region name"),
    "region.unknown": ("nama wilayah tidak dikenal", "unknown region name"),
    "region.with_candidates": ("{reason}, kemungkinan: {candidates}", "{reason}, candidates: {candidates}"),
    "region.with_suggestions": ("{reason}, mungkin maksudnya: {suggestions}", "{reason}, did you mean: {suggestions}"),
    "region.papua_old_code": (
        "{code} adalah kode sebelum pemekaran Papua 2022: {name} sekarang {new}, di {province}",
        "{code} is a code from before Papua's 2022 split: {name} is now {new}, in {province}",
    ),
    "region.wrong_kind": ("menyebut {kind}, padahal yang diharapkan {levels}", "names a {kind}, but a {levels} is expected"),
    "region.wrong_level": ("{code} {name} adalah {level}, bukan {levels}", "{code} {name} is a {level}, not a {levels}"),
    "region.province_split": (
        "provinsi {code} {name} dimekarkan pada 2022: {moved}",
        "province {code} {name} was split in 2022: {moved}",
    ),
    "region.not_in_province": ("tidak ada wilayah bernama itu di provinsi {code} {name}",
                               "no region of that name in province {code} {name}"),
    "region.read_as": ("{query} dibaca sebagai {code} {name} ({note})", "{query} read as {code} {name} ({note})"),
    "region.notes": ("{first}; {second}", "{first}; {second}"),
    "region.ambiguous": ("nama wilayah ambigu{hint}{split}", "ambiguous region name{hint}{split}"),
    "region.split_hint": ("; provinsi {code} {name} dimekarkan pada 2022", "; province {code} {name} was split in 2022"),
    "region.hints": (" ({hints})", " ({hints})"),
    "region.hints2": (" ({first}; {second})", " ({first}; {second})"),
    "region.hint.kind": ("tulis {kinds} di depan nama", "write {kinds} before the name"),
    "region.hint.province": ("sebutkan provinsinya", "give the province"),
    # --- the fields of a dataset's key, as duplicates name them ---
    "import.field.region_code": ("kode wilayah", "region code"),
    "import.field.period": ("periode", "period"),
    "import.field.segment": ("segmen", "segment"),
    "import.field.worker_group": ("kelompok pekerja", "worker group"),
    "import.field.instrument": ("jenis regulasi", "instrument"),
    "import.field.number": ("nomor", "number"),
    "import.field.year": ("tahun", "year"),
    "import.field.title": ("judul", "title"),
    "import.field.funding_source": ("sumber dana", "funding source"),
    "import.field.status": ("status", "status"),
    "import.field.region": ("wilayah", "region"),
    "import.field.province": ("provinsi", "province"),
    "import.field.active_participants": ("peserta aktif", "active participants"),
    "import.field.target_workers": ("jumlah pekerja sasaran", "target workers"),
    "import.field.allocated_rp": ("alokasi (Rp)", "allocated (Rp)"),
    "import.field.realised_rp": ("realisasi (Rp)", "realised (Rp)"),
    "import.field.workers_funded": ("pekerja dibiayai", "workers funded"),
    "import.field.amends": ("mengubah", "amends"),
    "import.field.as_of": ("per tanggal", "as of"),
    "import.field.award_date": ("tanggal penganugerahan", "award date"),
    "import.field.category": ("kategori", "category"),
    "import.field.confidence": ("tingkat keyakinan", "confidence"),
    "import.field.conflicts_with": ("bertentangan dengan", "conflicts with"),
    "import.field.definition": ("definisi", "definition"),
    "import.field.document": ("dokumen", "document"),
    "import.field.edition_year": ("tahun edisi", "edition year"),
    "import.field.employed": ("penduduk bekerja", "employed population"),
    "import.field.figure_id": ("kode angka", "figure id"),
    "import.field.follows_inpres": ("hubungan dengan Inpres", "relation to the Inpres"),
    "import.field.indicator": ("indikator", "indicator"),
    "import.field.issued_on": ("tanggal penetapan", "issued on"),
    "import.field.known_by": ("diketahui per", "known by"),
    "import.field.level": ("tingkat", "level"),
    "import.field.note": ("catatan", "note"),
    "import.field.rank_or_title": ("peringkat atau gelar", "rank or title"),
    "import.field.regions_total": ("jumlah daerah", "regions in total"),
    "import.field.regions_with_regulation": ("daerah dengan regulasi", "regions with a regulation"),
    "import.field.revoked_on": ("tanggal dicabut", "revoked on"),
    "import.field.scopes": ("kelompok sasaran", "scopes"),
    "import.field.source": ("sumber", "source"),
    "import.field.source_date": ("tanggal sumber", "source date"),
    "import.field.source_note": ("catatan", "note"),
    "import.field.source_title": ("judul sumber", "source title"),
    "import.field.source_url": ("tautan sumber", "source URL"),
    "import.field.target_pct": ("target (%)", "target (%)"),
    "import.field.unit": ("satuan", "unit"),
    "import.field.value": ("nilai", "value"),
    "import.field.value_reported": ("nilai seperti dilaporkan", "value as reported"),
    "import.field.edition": ("edisi", "edition"),
}
