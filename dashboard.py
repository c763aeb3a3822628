"""Entry point: ``streamlit run dashboard.py``. Frames every page: config, language, navigation."""

from pathlib import Path

import streamlit as st

from analytics.i18n import t
from analytics.navigation import PAGES
from analytics import roles
from analytics.webapp import get_store, mark_dashboard_frame, setup_language, share_link

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
# The link is shown before the page runs (a page may st.stop(), after which nothing more is
# drawn) and refreshed after it, so it also carries URL parameters the page set during the run.
link_box = st.sidebar.empty()
page = st.navigation(sections)
share_link(link_box)
page.run()
share_link(link_box)
