"""A column's codes as labels in the UI language: the one place that knows which i18n key
names ``apbd``, ``wage_pct``, ``issued``, ``non_asn``, ``perbup`` ...

Data keeps its codes (queries, CSV downloads, the URL); tables, charts and readable exports
show ``label(vocabulary, code)``. An unknown code is shown as it is (data the project does not
know, e.g. a value an analyst typed), never hidden.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from analytics.i18n import t
from analytics.i18n.formats import is_missing

# vocabulary -> the i18n key of one code ("{}" is the code)
VOCABULARIES: dict[str, str] = {
    "segment": "segment.{}",
    "worker_group": "group.{}",
    "level": "level.{}",
    "funding_source": "bud.funding.{}",
    "instrument": "reg.instrument.{}",
    "status_on": "reg.status.{}",  # a regulation's status on a date (regulations.STATUSES_ON)
    "reg_status": "map.regstatus.{}",  # a regulation record's stored status
    "status": "map.regstatus.{}",  # the same, as the regulations import names its vocabulary
    "basis": "code.basis.{}",
    "batch_status": "code.batch_status.{}",
    "dataset": "code.dataset.{}",
    "numerator_source": "numsrc.{}",
    "outlier": "cov.outlier.{}",
    "indicator": "par.ind.{}",
    "paritrana_level": "par.level.{}",
    "direction": "code.direction.{}",
    "normalisation": "code.normalisation.{}",
    "confidence": "confidence.{}",
    "source_dataset": "dataset.{}",  # what a source supports (sources_all.dataset)
    "reported_indicator": "indicator.{}",  # reported_figure.indicator
    "follows_inpres": "reg.follows.{}",
    "award_level": "par.award.level.{}",
    "record_state": "reg.record_state.{}",
    "region_state": "reg.state.{}",  # a kabupaten/kota's regulation status on a date (regulations.REGION_STATES)
    "sheet_status": "reg.sheet_status.{}",
}


def label(vocabulary: str, code: object) -> str:
    """The label of ``code`` in ``vocabulary``; the code itself when it has none; '–' for none."""
    if is_missing(code):
        return "–"
    pattern = VOCABULARIES[vocabulary]
    key = pattern.format(code)
    text = t(key)
    return str(code) if text == key else text


def labels(vocabulary: str, codes: pd.Series) -> pd.Series:
    """``label`` over a column, each distinct code looked up once."""
    mapping = {c: label(vocabulary, c) for c in pd.unique(codes.dropna())}
    return codes.map(mapping).astype(object).where(codes.notna(), None)


def list_labels(vocabulary: str, text: object, sep: str = ",") -> str:
    """A comma list of codes ("non_asn,pekerja_rentan") as labels ("Non-ASN, Pekerja rentan")."""
    if not isinstance(text, str) or not text.strip():
        return "–"
    return ", ".join(label(vocabulary, part.strip()) for part in text.split(sep) if part.strip())


def known(vocabulary: str, codes: Iterable[str]) -> dict[str, bool]:
    """Which codes have a label (tests: every code of a vocabulary is translated)."""
    pattern = VOCABULARIES[vocabulary]
    return {c: t(pattern.format(c)) != pattern.format(c) for c in codes}
