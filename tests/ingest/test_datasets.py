"""Every dataset is declared once (``datasets.DatasetSpec``) and everything reads that declaration:
the store's tables, keys and columns, the templates, the UI's names, the Data page."""

from __future__ import annotations

import pytest

from analytics import store
from analytics.i18n import _all_strings, t, using
from analytics.ingest import datasets, templates
from analytics.presentation import codes


@pytest.mark.parametrize("spec", datasets.DATASETS, ids=lambda s: s.dataset)
def test_every_dataset_has_both_names_and_a_template_exactly_when_uploadable(spec):
    id_name, en_name = spec.names
    assert id_name and en_name and id_name != spec.dataset and en_name != spec.dataset
    for lang, name in (("id", id_name), ("en", en_name)):
        with using(lang):
            assert t(f"data.dataset.{spec.dataset}") == name
            assert codes.label("dataset", spec.table) == name  # the import history names batches so
    if spec.uploadable and spec.sheet:  # its sheet is made per province on the tracker page
        assert spec.template is None
    elif spec.uploadable:
        assert spec.template and templates.template_for(spec.dataset).is_file()
    else:
        assert spec.template is None
        with pytest.raises(KeyError):
            templates.template_for(spec.dataset)


@pytest.mark.parametrize("spec", datasets.DATASETS, ids=lambda s: s.dataset)
def test_store_tables_keys_and_columns_are_read_from_the_declaration(spec):
    assert store.DATASET_KEYS[spec.table] == spec.key
    assert store.DATASET_COLUMNS[spec.table] == spec.columns()
    assert set(spec.key) <= set(spec.columns())
    # every field a file may carry is stored (region fields as the matched code)
    stored = set(spec.columns())
    for f in spec.fields:
        assert (spec.region_column if f.name in datasets.REGION_FIELDS else f.name) in stored


def test_registries_derived_from_the_declaration():
    assert set(datasets.SPECS) == {s.dataset for s in datasets.DATASETS}
    assert set(datasets.UPLOADABLE) | set(datasets.REFERENCE) == set(datasets.SPECS)
    assert not set(datasets.UPLOADABLE) & set(datasets.REFERENCE)
    assert templates.TEMPLATE_FILES == {s.dataset: s.template for s in datasets.DATASETS if s.uploadable and not s.sheet}
    assert set(store.DATASET_KEYS) == {s.table for s in datasets.DATASETS}
    for spec in datasets.DATASETS:
        assert datasets.spec_for(spec.table) is spec is datasets.spec_for(spec.dataset)


def test_every_field_and_every_choice_has_a_name_in_both_languages():
    strings = _all_strings()
    for spec in datasets.DATASETS:
        for f in spec.fields:
            for key in (f"field.{f.name}", f"import.field.{f.name}"):
                assert key in strings and all(strings[key]), (spec.dataset, key)
            if f.vocabulary:
                assert all(codes.known(f.vocabulary, datasets.allowed_values(f.vocabulary)).values()), f.vocabulary


@pytest.mark.parametrize("vocabulary", list(datasets.VOCABULARIES))
def test_a_choice_written_as_the_ui_names_it_is_read_back(vocabulary):
    # "Penerima Upah (PU)", "Perda (regional bylaw)": what a user copies from the page
    for code in datasets.allowed_values(vocabulary):
        for lang in ("id", "en"):
            with using(lang):
                name = codes.label(vocabulary, code)
            found = datasets.canonical_value(vocabulary, name)
            assert found in (code, None), (vocabulary, code, name, found)
    assert datasets.canonical_value("segment", "Penerima Upah (PU)") == "PU"
    assert datasets.canonical_value("confidence", "tinggi") == "high"
