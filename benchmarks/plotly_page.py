"""A Streamlit page with one tiny plotly chart: the cost of loading plotly.js itself, which any
chart page pays (bench_map.py's second baseline next to the empty page)."""

import plotly.graph_objects as go
import streamlit as st

st.set_page_config(page_title="plotly baseline", layout="wide")
st.plotly_chart(go.Figure(go.Bar(x=["a", "b"], y=[1, 2])), key="tiny")
