"""A page of N captions and nothing else (``?n=N``, default 1): what Streamlit itself costs per
element, the floor under any page that sends N elements (``element_floor.py``, ``meeting.py``)."""

import streamlit as st

st.set_page_config(page_title="floor", layout="wide")
for i in range(int(st.query_params.get("n", "1"))):
    st.caption(f"line {i}")
