"""Entry point: ``streamlit run dashboard.py``. Frames every page: config, language, navigation."""

from pathlib import Path

import streamlit as st

from analytics import i18n
from analytics.i18n import t
from analytics.web.navigation import page_sections
from analytics.web import roles, session_limits, warmup
from analytics.web.data import open_dataset
from analytics.web.frame import demo_switch, keep_params, mark_dashboard_frame, run_page, setup_language

ROOT = Path(__file__).parent

# the icon is the project's own file, served by this server: a ":material/..." page icon makes every
# browser fetch it from fonts.gstatic.com, and the dashboard must work offline and on intranets
st.set_page_config(page_title="Jamsostek Dashboard", page_icon=str(ROOT / "data" / "icon.png"), layout="wide")
# clear_cache from editors only, a rerun budget per session (analytics/web/session_limits.py)
session_limits.install()
warmup.keep_compiled_scripts()  # bin/serve's workers do not reload code: no recompiling per visitor
warmup.warm_after_publishes()  # bin/serve: a publish's new views are built before visitors ask
mark_dashboard_frame()
keep_params()  # lang and data survive a click in the sidebar's page list
setup_language()
roles.guard_request()  # a foreign Host refused; an editor link's token taken out of the address
demo_switch()
open_dataset()
roles.sidebar_controls()

sections = page_sections(ROOT, t, i18n.language())
link_box = st.sidebar.empty()  # the share link, at the end of the sidebar
# page runs queue fairly per client address: one client's many sessions wait behind each other
with session_limits.FAIR_GATE.slot(roles.client_address()):
    run_page(st.navigation(sections), link_box)
