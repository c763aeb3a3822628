"""The same map built naively, for bench_map.py: plotly express on the unsimplified upstream
geometry (every vertex, as parsed), a new figure on every run, geometry inlined.

Environment: NAIVE_MAP_VALUES (a CSV of code, name, value written by bench_map.py; the database
stays with the dashboard server, as DuckDB lets one process open it for writing),
JAMSOSTEK_DATA_SOURCE (boundary files)."""

import json
import os
import sys
from pathlib import Path

import pandas as pd
import plotly.express as px
import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analytics import config
from analytics.maps import geo
from analytics.ingest import refdata  # noqa: E402

st.set_page_config(page_title="naive map", layout="wide")


@st.cache_resource
def raw_geojson() -> dict:
    # parsed upstream rows, no repair, no simplification: what a first attempt would send
    root = refdata.ensure_dataset("wilayah_boundaries", source=config.data_source())
    return json.loads(geo.read_upstream(root).to_json())


frame = pd.read_csv(os.environ["NAIVE_MAP_VALUES"], dtype={"code": "str"})
fig = px.choropleth_map(frame, geojson=raw_geojson(), locations="code", featureidkey="properties.code",
                        color="value", hover_name="name", map_style="white-bg", zoom=3.6,
                        center={"lon": 118.0, "lat": -2.6}, height=500, color_continuous_scale="Viridis")
st.plotly_chart(fig, key="naive_map")
