"""The choropleth map: boundaries (``boundaries``: upstream files; ``geo``: repair, simplify,
cache), what the map shows (``metrics``, ``view``), hover text and colours (``labels``), the SVG
(``svg``) and the page component that shows it (``component``)."""
