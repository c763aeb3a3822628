"""Every dataset's name, read from its one declaration (``analytics.ingest.datasets.DatasetSpec``):
``data.dataset.<import name>`` for the Data page and import messages, ``code.dataset.<name>`` for
``import_batch.dataset`` (the table name) and the import name alike."""

from analytics.ingest.datasets import DATASETS

STRINGS = {}
for _spec in DATASETS:
    STRINGS[f"data.dataset.{_spec.dataset}"] = _spec.names
    STRINGS[f"code.dataset.{_spec.dataset}"] = _spec.names
    STRINGS[f"code.dataset.{_spec.table}"] = _spec.names
