"""AppTest of the coverage page on the default (public) data: views without public data say so,
the rankings open on what has data (provinces, December 2023)."""

from __future__ import annotations

from tests.apptest_support import errors_of, page_test


def _infos(at) -> list[str]:
    return [str(i.value) for i in at.info]


def test_public_trends_say_what_is_missing_instead_of_drawing_ketapang_as_the_country(public_env):
    at = page_test("coverage").run()
    assert not errors_of(at), errors_of(at)
    # the only kab/kota segment rows are Ketapang's: their sum is no national total
    assert any("peserta aktif per segmen, Nasional" in i for i in _infos(at))
    assert any("cakupan per kelompok pekerja" in i for i in _infos(at))
    assert not at.get("plotly_chart")
    one = page_test("coverage", params={"cov_province": "61", "cov_region": "61.04"}).run()  # Ketapang itself
    assert not errors_of(one), errors_of(one)
    assert len(one.get("plotly_chart")) == 1


def test_public_rankings_open_on_provinces_in_december_2023(public_env):
    at = page_test("coverage", params={"cov_view": "rankings"}).run()
    assert not errors_of(at), errors_of(at)
    assert at.selectbox(key="cov_level").value == "provinsi"
    assert len(at.get("plotly_chart")) == 1
    ranked = next(df.value for df in at.dataframe if "rank" in df.value.columns)
    assert len(ranked) == 28
    kab = page_test("coverage", lang="en", params={"cov_view": "rankings", "cov_level": "kabupaten_kota"}).run()
    assert not errors_of(kab), errors_of(kab)
    assert any("There is no public data for" in i for i in _infos(kab)) and not kab.get("plotly_chart")


def test_public_distribution_and_effect_say_there_is_no_public_data(public_env):
    for view in ("distribution", "effect"):
        at = page_test("coverage", params={"cov_view": view}).run()
        assert not errors_of(at), (view, errors_of(at))
        assert any("Belum ada data publik" in i for i in _infos(at)), view
        assert not at.get("plotly_chart"), view
