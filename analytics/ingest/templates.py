"""Import templates shipped in data/templates: one per uploadable dataset, named by its
``DatasetSpec.template``."""

from __future__ import annotations

from pathlib import Path

from analytics import config
from analytics.ingest import datasets

TEMPLATE_DIR = config.DATA_DIR / "templates"
# dataset -> file name (kept for callers of the old registry; the specs are the declaration)
TEMPLATE_FILES = {s.dataset: s.template for s in datasets.DATASETS if s.template}


def template_for(dataset: str) -> Path:
    """The template of a dataset (import name or table); KeyError when it has none."""
    spec = datasets.spec_for(dataset)
    if not spec.template:
        raise KeyError(f"dataset {dataset!r} has no template")
    return TEMPLATE_DIR / spec.template
