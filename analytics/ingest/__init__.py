"""Getting data in: reading CSV/XLSX as it really arrives (``tabular`` and its parts), dataset
fields and vocabularies (``datasets``), validation and all-or-nothing loading (``importers``),
reference regions and name matching (``regions``), pinned reference files (``refdata``,
``upstream_sql``), first start (``bootstrap``), the marked demo dataset (``demo``), templates."""
