"""Every import template under data/templates imports cleanly (dry run)."""

from __future__ import annotations

import pytest

from analytics.ingest import importers
from tests.conftest import ROOT

TEMPLATES = {
    "kepesertaan.csv": "coverage",
    "regulasi.csv": "regulations",
    "anggaran.csv": "budget",
    "penduduk_bekerja.csv": "employment",
}


@pytest.mark.parametrize("file_name,dataset", TEMPLATES.items())
def test_template_imports(empty_store, file_name, dataset):
    data = (ROOT / "data" / "templates" / file_name).read_bytes()
    report = importers.import_file(empty_store, dataset, data, file_name, dry_run=True)
    assert report.ok, report.summary()
    assert len(report.frame) == 2


def test_every_dataset_has_a_template():
    assert set(TEMPLATES.values()) == {d for d in importers.datasets.UPLOADABLE if not importers.datasets.SPECS[d].sheet}


def test_template_module_points_at_the_files():
    from analytics.ingest import templates

    assert {d: templates.template_for(d).name for d in templates.TEMPLATE_FILES} == {
        v: k for k, v in TEMPLATES.items()}
