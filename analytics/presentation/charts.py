"""Plotly in the UI language: separators, month and day names from CLDR.

Plotly formats numbers with d3 (``%{y:,.0f}``) using ``layout.separators`` and dates
(``%{x|%b %Y}``, date-axis ticks) with a d3 locale. ``plotly_config`` gives the locale as a
chart's ``config`` (``st.plotly_chart(config=...)``, the HTML export, kaleido's PNG/SVG), so
an Indonesian chart reads "Agu 2024" and "1.234.567", never "Aug 2024" and "1,234,567".
Chart builders stay pure: they write d3 formats and take labels; pages and exports localise.
"""

from __future__ import annotations

from analytics.i18n import formats, language


def plotly_locale(lang: str | None = None) -> dict:
    """A plotly.js locale ``format`` object (d3-time-format and d3-format fields)."""
    sep = formats.separators(lang)
    return {
        "days": formats.day_names(lang, "wide"),
        "shortDays": formats.day_names(lang, "abbreviated"),
        "months": formats.month_names(lang, "wide"),
        "shortMonths": formats.month_names(lang, "abbreviated"),
        "periods": ["AM", "PM"],
        "dateTime": "%a, %-d %b %Y %H:%M:%S",
        "date": "%d/%m/%Y",
        "time": "%H:%M:%S",
        "decimal": sep[0],
        "thousands": sep[1],
        "grouping": [3],
        "currency": ["Rp ", ""],
        # day before month, as both UI languages write a date (15 Nov 2021)
        "year": "%Y",
        "month": "%b %Y",
        "dayMonth": "%-d %b",
        "dayMonthYear": "%-d %b %Y",
    }


def plotly_config(lang: str | None = None, **extra) -> dict:
    """``config`` for a chart in ``lang`` (the UI language by default)."""
    code = lang or language()
    return {"locale": code, "locales": {code: {"format": plotly_locale(code), "dictionary": {}}}, **extra}


def localise(fig, lang: str | None = None):
    """Set the figure's separators for ``lang``; returns the figure."""
    fig.update_layout(separators=formats.separators(lang))
    return fig
