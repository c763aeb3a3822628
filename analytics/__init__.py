"""Analytics for the BPJamsostek coverage and Inpres 2/2021 regulation dashboard.

Everything that is not page layout lives here: reference data, the DuckDB store,
importers, named queries, metrics, geometry and chart builders.
"""

__version__ = "0.1.0"
