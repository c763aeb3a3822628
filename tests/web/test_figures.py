"""Shared figures (analytics/web/figures.py): Streamlit sends a DrawnFigure exactly as it sends
the figure it was made from, without copying or encoding it again."""

from __future__ import annotations

import plotly.graph_objects as go
import plotly.io

from analytics.web import figures


def _figure() -> go.Figure:
    fig = go.Figure(go.Bar(x=["Katingan", "Kapuas"], y=[12.5, 7.25], name="UCJ"))
    fig.update_layout(separators=",.", title="Cakupan")
    return fig


def _app():
    import plotly.graph_objects as go
    import streamlit as st

    from analytics.web import figures

    fig = go.Figure(go.Bar(x=["Katingan", "Kapuas"], y=[12.5, 7.25], name="UCJ"))
    fig.update_layout(separators=",.", title="Cakupan")
    figures.install()
    drawn = st.session_state.setdefault("drawn", figures.DrawnFigure.of(fig))
    if st.session_state.setdefault("runs", 0) == 0:
        st.plotly_chart(fig, key="as_figure")
    else:  # a later run: the drawn figure is never copied or encoded again
        def refused(*args, **kwargs):
            raise AssertionError("encoded again")
        go.Figure.to_dict, real_to_dict = refused, go.Figure.to_dict
        try:
            st.plotly_chart(drawn, key="as_figure")
        finally:
            go.Figure.to_dict = real_to_dict
    st.session_state["runs"] += 1


def test_a_drawn_figure_is_sent_as_its_figure_is_and_never_encoded_again():
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_app, default_timeout=30).run()
    assert not at.exception
    as_figure = at.get("plotly_chart")[0].proto
    at.run()
    assert not at.exception
    as_drawn = at.get("plotly_chart")[0].proto
    assert as_drawn.spec == as_figure.spec and as_drawn.id == as_figure.id
    assert '"Katingan"' in as_drawn.spec


def test_other_figures_go_through_plotly_as_before():
    figures.install()
    fig = _figure()
    assert plotly.io.to_json(fig, validate=False) == plotly.io.to_json(fig.to_dict(), validate=False)
    drawn = figures.DrawnFigure.of(fig)
    assert dict(drawn) == fig.to_dict() and plotly.io.to_json(drawn, validate=False) == drawn.json
    assert plotly.io.to_json(drawn, pretty=True) != drawn.json  # other options: Plotly's own
