"""The choropleth map: boundaries (``boundaries``: upstream files; ``geo``: repair, simplify,
cache), what the map shows (``metrics``, ``view``), hover text and which colour each category
takes (``labels``; the colours themselves are named in ``analytics/presentation/colours.py``),
the SVG (``svg``) and the page component that shows it (``component``)."""
