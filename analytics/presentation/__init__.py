"""How tables, charts and exports meant for reading show the data, in the UI language.

- numbers, money, percentages and dates come from ``analytics.i18n.formats`` (CLDR through Babel),
  which this layer builds on;
- ``codes``: a column's codes (apbd, wage_pct, issued, ...) as labels;
- ``texts``: text the project itself writes into data (notes, sources, editions) translated;
- ``tables``: a table's columns declared once (header, kind), shown by ``st.dataframe`` through
  a pandas Styler (formatted text on screen, the values underneath for sorting) and written to
  XLSX with number formats;
- ``charts``: Plotly's separators, month names and hover formats.
"""

# The formats live in analytics.i18n (they are the language's); ``from analytics.presentation
# import formats`` still finds them, for code written before they moved.
from analytics.i18n import formats  # noqa: E402,F401
