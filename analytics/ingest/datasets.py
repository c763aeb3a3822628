"""What each importable dataset holds: its fields, their header synonyms, and value vocabularies.

Headers arrive in Indonesian and English and in many spellings; values such as segment names,
worker groups and instrument types too. Everything that maps a user's words to the canonical
vocabulary of the store lives here, so importers, the Data page and the docs share one table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # region | region_code | province | text | int | money | decimal | date | partial_date | period | year | enum
    synonyms: tuple[str, ...] = ()
    required: bool = False
    constant_allowed: bool = False  # may be given once for the whole file (e.g. --period)
    vocabulary: str | None = None  # name of the value vocabulary for enum fields
    years_ahead: int = 5  # a year field: how far past this year a value may lie (targets: decades)
    max_chars: int | None = None  # longest value taken (None: by kind, see ``max_chars``)


# The longest value a field takes, checked at import for CSV and XLSX alike (a cell may hold
# 128 K characters; no title or note needs that): free text (a title, a note, a source's name) a
# few thousand characters, a web address 2,048 (what browsers and servers take), anything read as
# a code, a name, a number or a date 500.
TEXT_MAX_CHARS = 4000
URL_MAX_CHARS = 2048
VALUE_MAX_CHARS = 500


def max_chars(f: "Field") -> int:
    if f.max_chars is not None:
        return f.max_chars
    if f.kind == "text":
        return URL_MAX_CHARS if f.name.endswith("url") else TEXT_MAX_CHARS
    return VALUE_MAX_CHARS


# What a file writes in the region column of a national figure (datasets with region_optional).
NATIONAL_NAMES = ("indonesia", "nasional", "national", "republik indonesia", "ri")


@dataclass(frozen=True)
class DatasetSpec:
    name: str  # store dataset name
    label: str
    fields: tuple[Field, ...]
    key: tuple[str, ...]
    nonnegative: tuple[str, ...] = field(default=())
    region_optional: bool = False  # a row without a region is a national figure
    region_levels: tuple[str, ...] | None = None  # e.g. provinces only
    region_column: str = "region_code"  # where the matched code is stored

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def synonyms(self) -> dict[str, list[str]]:
        return {f.name: [f.name, *f.synonyms] for f in self.fields}


_REGION = Field("region", "region", (
    "kabupaten/kota", "kab/kota", "kab./kota", "kabupaten kota", "nama kabupaten/kota",
    "nama kab/kota", "kabupaten", "kota", "wilayah", "nama wilayah", "daerah", "nama daerah",
    "pemda", "pemerintah daerah", "region", "region name", "regency/city", "nama",
))
_REGION_CODE = Field("region_code", "region_code", (
    "kode wilayah", "kode_wilayah", "kode kemendagri", "kode", "kode daerah", "kode wil",
    "region code", "code",
))
_PROVINCE = Field("province", "province", ("provinsi", "prov", "nama provinsi", "province"))
_NOTE = Field("source_note", "text", ("catatan", "keterangan", "note", "notes"))
# Where a fact comes from (README "Sources"): every dataset takes these four.
_SOURCE_TITLE = Field("source_title", "text", ("sumber", "judul sumber", "nama sumber", "source", "source title"))
_SOURCE_URL = Field("source_url", "text", ("url sumber", "url_sumber", "tautan sumber", "link sumber",
                                           "source url", "source_url", "url", "tautan", "link"))
_SOURCE_DATE = Field("source_date", "partial_date", ("tanggal sumber", "tanggal_sumber", "tgl sumber",
                                                     "tanggal terbit sumber", "source date", "source_date"))
_CONFIDENCE = Field("confidence", "enum", ("keyakinan", "tingkat keyakinan", "kepercayaan", "confidence"),
                    constant_allowed=True, vocabulary="confidence")
_PROVENANCE = (_SOURCE_TITLE, _SOURCE_URL, _SOURCE_DATE, _CONFIDENCE)

COVERAGE = DatasetSpec(
    name="coverage",
    label="Kepesertaan (coverage)",
    fields=(
        _REGION, _REGION_CODE, _PROVINCE,
        Field("period", "period", ("periode", "bulan", "bulan laporan", "periode laporan", "posisi",
                                   "period", "month"), required=True, constant_allowed=True),
        Field("segment", "enum", ("segmen", "segmen kepesertaan", "jenis kepesertaan", "program",
                                  "segment"), required=True, constant_allowed=True, vocabulary="segment"),
        Field("worker_group", "enum", ("kelompok", "kelompok pekerja", "kategori", "kategori pekerja",
                                       "jenis pekerja", "group", "worker group"),
              required=True, constant_allowed=True, vocabulary="worker_group"),
        Field("active_participants", "int", (
            "jumlah peserta aktif", "peserta aktif", "jumlah tk aktif", "tk aktif",
            "tenaga kerja aktif", "jumlah tenaga kerja aktif", "jumlah peserta", "peserta",
            "jumlah kepesertaan", "kepesertaan aktif", "aktif", "active participants", "active",
        ), required=True),
        Field("target_workers", "int", (
            "jumlah pegawai non asn", "jumlah non asn", "jumlah pegawai", "jumlah pekerja",
            "jumlah tenaga kerja", "jumlah pekerja rentan", "sasaran", "target", "potensi",
            "potensi peserta", "target pekerja", "target workers", "headcount",
        )),
        _NOTE, *_PROVENANCE,
    ),
    key=("region_code", "period", "segment", "worker_group"),
    nonnegative=("active_participants", "target_workers"),
)

REGULATION = DatasetSpec(
    name="regulation",
    label="Regulasi (regulations)",
    fields=(
        _REGION, _REGION_CODE, _PROVINCE,
        Field("instrument", "enum", ("jenis", "jenis regulasi", "jenis peraturan", "jenis produk hukum",
                                     "produk hukum", "bentuk", "bentuk regulasi", "instrumen",
                                     "instrument", "type"),
              required=True, constant_allowed=True, vocabulary="instrument"),
        Field("number", "text", ("nomor", "nomor peraturan", "no peraturan", "no. peraturan",
                                 "nomor regulasi", "number")),
        Field("year", "year", ("tahun", "tahun terbit", "tahun peraturan", "year")),
        Field("issued_on", "date", ("tanggal penetapan", "tgl penetapan", "tanggal ditetapkan",
                                    "ditetapkan tanggal", "tanggal terbit", "tanggal", "issued on",
                                    "date issued")),
        Field("known_by", "date", ("diketahui per", "diketahui_per", "per tanggal laporan",
                                   "tanggal laporan", "known by")),
        Field("title", "text", ("tentang", "judul", "perihal", "judul peraturan", "title")),
        Field("scopes", "text", ("cakupan", "sasaran", "kelompok sasaran", "ruang lingkup", "scope",
                                 "scopes")),
        Field("status", "enum", ("status", "status regulasi", "tahapan"), constant_allowed=True,
              vocabulary="status"),
        Field("revoked_on", "date", ("tanggal dicabut", "dicabut", "revoked on")),
        Field("amends", "text", ("mengubah", "perubahan atas", "perubahan dari", "amends")),
        Field("follows_inpres", "enum", ("mengikuti inpres", "mengikuti_inpres", "hubungan dengan inpres",
                                         "follows inpres", "follows_inpres"), vocabulary="follows_inpres"),
        Field("source_url", "text", ("tautan", "link", "url", "dokumen", "tautan dokumen", "url sumber",
                                     "url_sumber", "source url", "jdih")),
        _NOTE, _SOURCE_TITLE, _SOURCE_DATE, _CONFIDENCE,
    ),
    key=("region_code", "instrument", "number", "year", "title"),
)

BUDGET = DatasetSpec(
    name="budget",
    label="Anggaran (budget)",
    fields=(
        _REGION, _REGION_CODE, _PROVINCE,
        Field("year", "year", ("tahun", "tahun anggaran", "ta", "year"), required=True, constant_allowed=True),
        Field("worker_group", "enum", ("kelompok", "kelompok pekerja", "sasaran", "kategori",
                                       "group", "worker group"),
              required=True, constant_allowed=True, vocabulary="worker_group"),
        Field("funding_source", "enum", ("sumber dana", "sumber anggaran", "sumber pendanaan",
                                         "funding source"),
              required=True, constant_allowed=True, vocabulary="funding_source"),
        Field("allocated_rp", "money", ("alokasi", "alokasi anggaran", "anggaran", "pagu",
                                        "pagu anggaran", "jumlah anggaran", "nilai anggaran",
                                        "allocated", "allocation"), required=True),
        Field("realised_rp", "money", ("realisasi", "realisasi anggaran", "realised", "realized")),
        Field("workers_funded", "int", ("jumlah pekerja dibiayai", "jumlah peserta dibiayai",
                                        "peserta dibiayai", "jumlah pekerja", "jumlah peserta",
                                        "workers funded")),
        _NOTE, *_PROVENANCE,
    ),
    key=("region_code", "year", "worker_group", "funding_source"),
    nonnegative=("allocated_rp", "realised_rp", "workers_funded"),
)

EMPLOYMENT = DatasetSpec(
    name="employment",
    label="Penduduk bekerja (employed population)",
    fields=(
        _REGION, _REGION_CODE, _PROVINCE,
        Field("year", "year", ("tahun", "year"), required=True, constant_allowed=True),
        Field("employed", "int", ("penduduk bekerja", "jumlah penduduk bekerja", "bekerja",
                                  "jumlah bekerja", "penduduk yang bekerja", "employed",
                                  "employed population"), required=True),
        Field("edition", "text", ("edisi", "edisi sakernas", "sumber data", "edition"),
              required=True, constant_allowed=True),
        Field("source", "text", ("sumber", "source", "judul sumber")),
        _NOTE, _SOURCE_URL, _SOURCE_DATE, _CONFIDENCE,
    ),
    key=("region_code", "year"),
    nonnegative=("employed",),
)

UCJ_TARGET = DatasetSpec(
    name="ucj_target",
    label="Target UCJ (UCJ targets)",
    fields=(
        _REGION, _REGION_CODE, _PROVINCE,
        Field("year", "year", ("tahun", "tahun target", "year"), required=True, constant_allowed=True,
              years_ahead=40),
        Field("target_pct", "decimal", ("target_pct", "target", "target ucj", "target (%)", "persen target",
                                        "target percent"), required=True),
        Field("document", "text", ("dokumen", "dokumen perencanaan", "dasar", "document")),
        Field("definition", "text", ("definisi", "ukuran", "definition")),
        Field("source", "text", ("sumber", "judul sumber", "source")),
        Field("note", "text", ("catatan", "keterangan", "note")),
        _SOURCE_URL, _SOURCE_DATE, _CONFIDENCE,
    ),
    key=("year", "region_code", "document", "definition"),
    nonnegative=("target_pct",),
    region_optional=True,
)

REGULATION_SNAPSHOT = DatasetSpec(
    name="regulation_snapshot",
    label="Jumlah daerah berregulasi (reported regulation counts)",
    fields=(
        Field("province", "province", ("provinsi", "province", "province_code", "kode provinsi")),
        Field("as_of", "date", ("per tanggal", "as_of", "tanggal", "as of"), required=True),
        Field("regions_with_regulation", "int", ("daerah dengan regulasi", "jumlah berregulasi",
                                                 "regions_with_regulation", "with regulation"), required=True),
        Field("regions_total", "int", ("jumlah daerah", "jumlah kabupaten/kota", "regions_total", "total"),
              required=True),
        Field("instrument", "enum", ("jenis", "instrumen", "instrument"), vocabulary="instrument"),
        Field("source", "text", ("sumber", "judul sumber", "source")),
        Field("note", "text", ("catatan", "keterangan", "note")),
        _SOURCE_URL, _SOURCE_DATE, _CONFIDENCE,
    ),
    key=("province_code", "as_of", "source_url"),
    nonnegative=("regions_with_regulation", "regions_total"),
    region_levels=("provinsi",),
    region_column="province_code",
)

REPORTED_FIGURE = DatasetSpec(
    name="reported_figure",
    label="Angka yang dilaporkan (reported figures)",
    fields=(
        Field("figure_id", "text", ("id", "figure_id", "kode angka")),
        _REGION, _REGION_CODE, _PROVINCE,
        Field("period", "partial_date", ("periode", "period", "bulan", "tahun")),
        Field("indicator", "text", ("indikator", "indicator", "ukuran"), required=True),
        Field("segment", "text", ("segmen", "segment")),
        Field("value", "decimal", ("nilai", "value", "angka"), required=True),
        Field("unit", "text", ("satuan", "unit"), required=True),
        Field("value_reported", "text", ("nilai_dilaporkan", "nilai dilaporkan", "seperti dilaporkan",
                                         "value_reported", "as reported")),
        Field("conflicts_with", "text", ("konflik_dengan", "konflik dengan", "bertentangan dengan",
                                         "conflicts_with", "conflicts with")),
        Field("note", "text", ("catatan", "keterangan", "note")),
        *_PROVENANCE,
    ),
    key=("region_code", "period", "indicator", "segment", "source_url", "figure_id"),
    region_optional=True,
)

PARITRANA_AWARD = DatasetSpec(
    name="paritrana_award",
    label="Hasil Paritrana Award (official results)",
    fields=(
        _REGION, _REGION_CODE, _PROVINCE,
        Field("edition_year", "year", ("tahun_edisi", "tahun edisi", "edisi", "tahun penilaian",
                                       "edition_year", "edition"), required=True, constant_allowed=True),
        Field("award_date", "partial_date", ("tanggal_penganugerahan", "tanggal penganugerahan", "tanggal penyerahan",
                                     "award_date", "award date")),
        Field("level", "enum", ("tingkat", "level"), required=True, constant_allowed=True,
              vocabulary="award_level"),
        Field("category", "text", ("kategori", "category"), required=True),
        Field("rank_or_title", "text", ("peringkat_atau_gelar", "peringkat atau gelar", "peringkat", "gelar",
                                        "juara", "rank_or_title", "rank"), required=True),
        Field("note", "text", ("catatan", "keterangan", "note")),
        *_PROVENANCE,
    ),
    key=("edition_year", "level", "category", "rank_or_title", "region_code"),
)

SPECS: dict[str, DatasetSpec] = {
    "coverage": COVERAGE,
    "regulations": REGULATION,
    "budget": BUDGET,
    "employment": EMPLOYMENT,
    "ucj_targets": UCJ_TARGET,
    "regulation_snapshots": REGULATION_SNAPSHOT,
    "reported_figures": REPORTED_FIGURE,
    "paritrana_awards": PARITRANA_AWARD,
}
# what the Data page offers for upload (the other datasets are curated reference facts, loaded by
# init through the same importer; the CLI imports any of them)
UPLOADABLE = ("coverage", "regulations", "budget", "employment")


# --- value vocabularies ------------------------------------------------------------------
def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", str(text).lower()).strip()


VOCABULARIES: dict[str, dict[str, list[str]]] = {
    "confidence": {
        "high": ["high", "tinggi", "resmi"],
        "medium": ["medium", "sedang", "menengah", "medium high", "medium-high"],
        "low": ["low", "rendah"],
    },
    "follows_inpres": {
        "after": ["after", "sesudah", "setelah", "setelah inpres", "after inpres"],
        "cites": ["cites", "mengutip", "merujuk", "menindaklanjuti", "tindak lanjut", "follow up"],
        "before": ["before", "sebelum", "sebelum inpres", "pre inpres"],
        "unknown": ["unknown", "tidak diketahui", "belum diketahui"],
    },
    "award_level": {
        "national": ["national", "nasional", "tingkat nasional"],
        "provincial": ["provincial", "provinsi", "tingkat provinsi"],
    },
    "segment": {
        "PU": ["pu", "penerima upah", "wage earner", "wage earners", "ppu"],
        "BPU": ["bpu", "bukan penerima upah", "non wage", "non wage earners", "pbpu", "informal"],
        "JAKON": ["jakon", "jasa konstruksi", "konstruksi", "construction"],
        "PMI": ["pmi", "pekerja migran", "pekerja migran indonesia", "migrant", "migrant workers"],
        "ALL": ["all", "semua", "semua segmen", "total", "jumlah"],
    },
    "worker_group": {
        "all": ["all", "semua", "semua pekerja", "total", "seluruh", "seluruh pekerja", "umum"],
        "non_asn": ["non asn", "nonasn", "non_asn", "honorer", "tenaga honorer", "pegawai non asn",
                    "ptt non asn", "tenaga kontrak", "non pns"],
        "pekerja_rentan": ["pekerja rentan", "rentan", "pekerja_rentan", "vulnerable", "vulnerable workers"],
        "perangkat_desa": ["perangkat desa", "aparatur desa", "perangkat_desa", "kepala desa dan perangkat",
                           "village officials"],
        "rt_rw": ["rt rw", "ketua rt rw", "rt_rw", "ketua rt dan rw"],
        "gtt_ptt": ["gtt ptt", "gtt", "ptt", "gtt_ptt", "guru tidak tetap"],
        "nelayan": ["nelayan", "fishers", "fishermen"],
        "petani": ["petani", "farmers"],
        "other": ["other", "lainnya", "lain lain"],
    },
    "instrument": {
        "perda": ["perda", "peraturan daerah"],
        "pergub": ["pergub", "peraturan gubernur"],
        "perbup": ["perbup", "peraturan bupati", "perkada bupati"],
        "perwali": ["perwali", "perwal", "perwalkot", "peraturan walikota", "peraturan wali kota"],
        "instruksi_gubernur": ["instruksi gubernur", "ingub", "instruksi_gubernur"],
        "instruksi_bupati": ["instruksi bupati", "inbup", "instruksi_bupati"],
        "instruksi_walikota": ["instruksi walikota", "instruksi wali kota", "inwal", "instruksi_walikota"],
        "surat_edaran": ["surat edaran", "se", "surat_edaran", "surat edaran bupati",
                         "surat edaran gubernur", "surat edaran walikota", "surat edaran wali kota"],
        "keputusan": ["keputusan", "kepbup", "kepgub", "kepwal", "sk", "keputusan bupati",
                      "keputusan gubernur", "keputusan walikota", "keputusan wali kota"],
        # a regional regulation a source names without its type ("sudah mempunyai peraturan daerah" said
        # loosely, "regulasi"): shown beside the region, never counted as its own Perbup/Perwali/Perda
        "regulasi": ["regulasi", "regulasi daerah", "jenis tidak disebut", "type not stated"],
    },
    "status": {
        "issued": ["issued", "ditetapkan", "terbit", "sudah terbit", "berlaku", "sudah", "ada",
                   "diundangkan", "telah ditetapkan"],
        "draft": ["draft", "rancangan", "konsep", "raperbup", "rapergub", "raperwali", "belum", "proses"],
        "facilitation": ["facilitation", "fasilitasi", "proses fasilitasi", "fasilitasi kemendagri",
                         "harmonisasi"],
        "revoked": ["revoked", "dicabut", "tidak berlaku"],
    },
    "funding_source": {
        "apbd": ["apbd", "apbd kabupaten", "apbd kota", "apbd provinsi", "apbd kab", "apbd prov",
                 "apbd kab kota", "apbd kabupaten kota"],
        "apbdes": ["apbdes", "apb desa", "dana desa", "dd", "add", "alokasi dana desa"],
        "dbh_sawit": ["dbh sawit", "dbh_sawit", "dana bagi hasil sawit", "dbh kelapa sawit",
                      "dbh perkebunan sawit", "dana bagi hasil perkebunan sawit"],
        "dbhcht": ["dbhcht", "dbh cht", "dana bagi hasil cukai hasil tembakau", "dana bagi hasil cht"],
        "csr": ["csr", "tjsl", "tanggung jawab sosial", "tanggung jawab sosial dan lingkungan",
                "tanggung jawab sosial perusahaan", "corporate social responsibility", "csr perusahaan"],
        "other": ["other", "lainnya", "lain lain"],
    },
}

_LOOKUP = {
    vocab: {_norm(s): canon for canon, syns in values.items() for s in [canon, *syns]}
    for vocab, values in VOCABULARIES.items()
}


def canonical_value(vocabulary: str, text: str) -> str | None:
    return _LOOKUP[vocabulary].get(_norm(text))


def allowed_values(vocabulary: str) -> list[str]:
    return list(VOCABULARIES[vocabulary])


# Which region level an instrument belongs to: a Perbup is a kabupaten's, a Perwali a kota's.
INSTRUMENT_LEVELS: dict[str, tuple[str, ...]] = {
    "pergub": ("provinsi",),
    "instruksi_gubernur": ("provinsi",),
    "perbup": ("kabupaten",),
    "instruksi_bupati": ("kabupaten",),
    "perwali": ("kota",),
    "instruksi_walikota": ("kota",),
}
