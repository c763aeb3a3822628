"""An empty Streamlit page: the baseline bench_map.py times the map page against."""

import streamlit as st

st.set_page_config(page_title="empty", layout="wide")
st.write("ready")
