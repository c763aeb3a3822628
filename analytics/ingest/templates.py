"""Import templates shipped in data/templates, one per dataset."""

from __future__ import annotations

from pathlib import Path

from analytics import config

TEMPLATE_DIR = config.DATA_DIR / "templates"
TEMPLATE_FILES = {
    "coverage": "kepesertaan.csv",
    "regulations": "regulasi.csv",
    "budget": "anggaran.csv",
    "employment": "penduduk_bekerja.csv",
}


def template_for(dataset: str) -> Path:
    return TEMPLATE_DIR / TEMPLATE_FILES[dataset]
