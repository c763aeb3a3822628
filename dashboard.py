"""Entry point: ``streamlit run dashboard.py``. Frames every page: config, language, navigation."""

from pathlib import Path

import streamlit as st

from analytics.i18n import t
from analytics.navigation import PAGES
from analytics import roles
from analytics.webapp import get_store, mark_dashboard_frame, run_page, setup_language

ROOT = Path(__file__).parent

st.set_page_config(page_title="Jamsostek Dashboard", page_icon=":material/shield_person:", layout="wide")
mark_dashboard_frame()
setup_language()
get_store()
roles.sidebar_controls()

sections: dict[str, list] = {}
for entry in PAGES:
    sections.setdefault(t(entry.section), []).append(
        st.Page(ROOT / entry.file, title=t(entry.title_key), icon=entry.icon,
                url_path=entry.url_path, default=entry.default)
    )
link_box = st.sidebar.empty()  # the share link, at the end of the sidebar
run_page(st.navigation(sections), link_box)
