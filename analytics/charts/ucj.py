"""UCJ, budget-cycle and funding-source charts: pure functions from frames to Plotly figures.

Labels come in as arguments (the page passes translated text), so the builders know nothing
of languages, queries or Streamlit. Missing values stay visibly missing: a region without a
UCJ rate gets a grey "no data" label, never a 0 % bar.
"""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from analytics.presentation import colours

NO_DATA_COLOUR = colours.NO_DATA
SERIES_COLOUR = colours.SERIES
LIKE_COLOUR = colours.COMPARISON
TARGET_COLOUR = colours.TARGET
CYCLE_FILL = colours.CYCLE_FILL
DECLINE_FILL = colours.DECLINE_FILL
PENDING_FILL = colours.PENDING_FILL
# Okabe-Ito order for funding sources, stable across charts.
SOURCE_COLOURS = colours.FUNDING_SOURCES


def _fmt_pct(value: float, decimal: str) -> str:
    return f"{value:.2f}%".replace(".", decimal)


def national_trend(series: pd.DataFrame, labels: dict[str, str], decimal: str = ",") -> go.Figure:
    """National UCJ by month (``period``, ``ucj_pct``, ``active_participants``, ``employed``,
    ``provinces_included``, ``provinces_total``) with each year's target as a dashed step.
    labels: axis, series, target (with a {value} slot)."""
    data = series.sort_values("period")
    fig = go.Figure(go.Scatter(
        x=data["period"], y=data["ucj_pct"], mode="lines+markers", name=labels["series"],
        line={"color": SERIES_COLOUR}, marker={"size": 5},
        customdata=data[["active_participants", "employed", "provinces_included", "provinces_total"]].to_numpy(),
        hovertemplate=("%{x|%b %Y}: %{y:.2f}%<br>%{customdata[0]:,} / %{customdata[1]:,}"
                       "<br>%{customdata[2]} / %{customdata[3]}<extra></extra>"),
    ))
    if "target_pct" in data:
        for year, part in data.dropna(subset=["target_pct"]).groupby("year"):
            value = float(part["target_pct"].iloc[0])
            start = pd.Timestamp(year=int(year), month=1, day=1)
            end = pd.Timestamp(year=int(year), month=12, day=31)
            fig.add_trace(go.Scatter(
                x=[start, end], y=[value, value], mode="lines",
                name=labels["target"].format(value=_fmt_pct(value, decimal)),
                line={"color": TARGET_COLOUR, "dash": "dash"}, hoverinfo="name",
            ))
    fig.update_layout(height=360, margin=dict(l=10, r=10, t=30, b=30), yaxis_title=labels["axis"],
                      yaxis_rangemode="tozero", legend=dict(orientation="h", y=-0.15))
    return fig


def ucj_bars(frame: pd.DataFrame, labels: dict[str, str], target_pct: float | None = None,
             decimal: str = ",") -> go.Figure:
    """Horizontal bars per region (``name``, ``ucj_pct``, ``band_colour``, ``band_label``,
    ``active_participants``, ``employed``), coloured by band, highest on top; regions without a
    rate listed with a grey 'no data' label and no bar. labels: axis, no_data, target."""
    data = frame.sort_values("ucj_pct", ascending=True, na_position="first")
    has = data["ucj_pct"].notna()
    text = [_fmt_pct(v, decimal) if ok else labels["no_data"] for v, ok in zip(data["ucj_pct"], has)]
    colours = [c if ok else NO_DATA_COLOUR for c, ok in zip(data["band_colour"], has)]
    fig = go.Figure(go.Bar(
        x=data["ucj_pct"].where(has, 0), y=data["name"], orientation="h", marker_color=colours,
        text=text, textposition="outside", cliponaxis=False,
        customdata=data[["band_label", "active_participants", "employed"]].astype(object)
        .where(data[["band_label", "active_participants", "employed"]].notna(), "–").to_numpy(),
        hovertemplate="%{y}: %{text}<br>%{customdata[0]}<br>%{customdata[1]:,} / %{customdata[2]:,}<extra></extra>",
        showlegend=False,
    ))
    # Band legend: one empty trace per band present, plus "no data" when some region has none.
    shown = data.loc[has, ["band_label", "band_colour", "ucj_pct"]].sort_values("ucj_pct")
    for label, colour in shown.drop_duplicates("band_label")[["band_label", "band_colour"]].itertuples(index=False):
        fig.add_trace(go.Bar(x=[None], y=[None], name=label, marker_color=colour, showlegend=True,
                             orientation="h", hoverinfo="skip"))
    if (~has).any():
        fig.add_trace(go.Bar(x=[None], y=[None], name=labels["no_data"], marker_color=NO_DATA_COLOUR,
                             showlegend=True, orientation="h", hoverinfo="skip"))
    if target_pct is not None and not math.isnan(target_pct):
        fig.add_vline(x=target_pct, line={"color": TARGET_COLOUR, "dash": "dash"},
                      annotation_text=labels["target"].format(value=_fmt_pct(target_pct, decimal)),
                      annotation_position="top", annotation_font_color=TARGET_COLOUR)
    fig.update_layout(height=max(320, 20 * len(data) + 110), margin=dict(l=10, r=50, t=60, b=30),
                      xaxis_title=labels["axis"], yaxis_title=None, bargap=0.25, barmode="overlay",
                      legend=dict(orientation="h", y=1.0, yanchor="bottom", x=0, traceorder="normal"))
    return fig


def _episodes(scan: pd.DataFrame) -> list[tuple[pd.Timestamp, pd.Timestamp, str]]:
    """Runs of consecutive low months with the same kind: (first, last, status)."""
    runs: list[list] = []
    for row in scan[scan["is_low"]].itertuples(index=False):
        kind = "cycle" if row.likely_cycle else str(row.status)
        if runs and runs[-1][2] == kind and (row.period - runs[-1][1]).days <= 31:
            runs[-1][1] = row.period
        else:
            runs.append([row.period, row.period, kind])
    return [tuple(r) for r in runs]


def cycle_chart(scan: pd.DataFrame, labels: dict[str, str]) -> go.Figure:
    """A monthly active-participant series (the frame from ``cycles.scan``) with the same month a
    year earlier dotted beside it, and low months shaded and annotated: likely payment cycle,
    possible lost coverage, or too early to tell. Nothing is smoothed.
    labels: title, series, like, axis, cycle, decline, pending."""
    data = scan.sort_values("period")
    fig = go.Figure()
    like = data["active"].shift(12) if len(data) else data["active"]
    fig.add_trace(go.Scatter(x=data["period"], y=like, mode="lines", name=labels["like"],
                             line={"color": LIKE_COLOUR, "dash": "dot"}, connectgaps=False,
                             hovertemplate="%{x|%b %Y}: %{y:,.0f}<extra>" + labels["like"] + "</extra>"))
    fig.add_trace(go.Scatter(x=data["period"], y=data["active"], mode="lines+markers", name=labels["series"],
                             line={"color": SERIES_COLOUR}, marker={"size": 5}, connectgaps=False,
                             hovertemplate="%{x|%b %Y}: %{y:,.0f}<extra></extra>"))
    low = data[data["is_low"]]
    if len(low):
        fig.add_trace(go.Scatter(
            x=low["period"], y=low["active"], mode="markers", name=labels["cycle"],
            marker={"color": [colours.CYCLE if c else colours.TARGET for c in low["likely_cycle"]], "size": 10,
                    "symbol": "diamond"},
            text=low["reason"], hovertemplate="%{text}<extra></extra>", showlegend=False,
        ))
    fills = {"cycle": CYCLE_FILL, "decline": DECLINE_FILL}
    texts = {"cycle": labels["cycle"], "decline": labels["decline"]}
    episodes = _episodes(data)
    for first, last, kind in episodes:
        fig.add_vrect(x0=first - pd.Timedelta(days=15), x1=last + pd.Timedelta(days=15),
                      fillcolor=fills.get(kind, PENDING_FILL), line_width=0, layer="below")
    # The words once per kind, at its latest episode: the shading marks every other one.
    latest_of_kind = {kind: first for first, _, kind in episodes}
    for i, (kind, first) in enumerate(sorted(latest_of_kind.items(), key=lambda kv: kv[1])):
        fig.add_annotation(x=first, y=1.0 + 0.07 * i, xref="x", yref="paper", yanchor="bottom",
                           text=texts.get(kind, labels["pending"]), showarrow=False, xanchor="right",
                           font={"size": 11, "color": colours.CYCLE_NOTE if kind == "cycle" else colours.DECLINE_NOTE},
                           bgcolor=colours.LEGEND_BACKGROUND)
    if len(data):
        fig.update_xaxes(range=[data["period"].min() - pd.Timedelta(days=20),
                                data["period"].max() + pd.Timedelta(days=20)])
    fig.update_layout(height=400, margin=dict(l=10, r=10, t=70, b=30), title=labels["title"],
                      yaxis_title=labels["axis"], yaxis_rangemode="tozero",
                      legend=dict(orientation="h", y=-0.15))
    return fig


def funding_by_province(frame: pd.DataFrame, source_labels: dict[str, str], axis: str,
                        title: str | None = None) -> go.Figure:
    """Stacked horizontal bars of allocated budget per province by funding source (one year)."""
    order = (frame.groupby("province")["allocated_rp"].sum().sort_values(ascending=True).index.tolist())
    fig = go.Figure()
    for source in SOURCE_COLOURS:
        part = frame[frame["funding_source"] == source].set_index("province").reindex(order)
        if part["allocated_rp"].notna().any():
            fig.add_trace(go.Bar(y=order, x=part["allocated_rp"], orientation="h",
                                 name=source_labels.get(source, source),
                                 marker_color=SOURCE_COLOURS[source],
                                 hovertemplate="%{y}: Rp %{x:,.0f}<extra>" + source_labels.get(source, source) + "</extra>"))
    fig.update_layout(barmode="stack", height=max(360, 20 * len(order) + 80),
                      margin=dict(l=10, r=10, t=70 if title else 30, b=30), xaxis_title=axis,
                      yaxis_title=None, title=title, legend=dict(orientation="h", y=1.0, yanchor="bottom"))
    return fig


def funding_by_year(frame: pd.DataFrame, source_labels: dict[str, str], axis: str, title: str) -> go.Figure:
    """Stacked bars of allocated budget per year by funding source (one province or all)."""
    years = sorted(frame["year"].unique())
    fig = go.Figure()
    for source in SOURCE_COLOURS:
        part = frame[frame["funding_source"] == source].groupby("year")["allocated_rp"].sum().reindex(years)
        if part.notna().any():
            fig.add_trace(go.Bar(x=[str(y) for y in years], y=part.to_numpy(), name=source_labels.get(source, source),
                                 marker_color=SOURCE_COLOURS[source],
                                 hovertemplate="%{x}: Rp %{y:,.0f}<extra>" + source_labels.get(source, source) + "</extra>"))
    fig.update_layout(barmode="stack", height=340, margin=dict(l=10, r=10, t=40, b=30), title=title,
                      yaxis_title=axis, xaxis_title=None, legend=dict(orientation="h", y=-0.15))
    return fig
