"""Pure helpers of analytics/web/frame.py (the Streamlit glue itself is tested through pages)."""

from __future__ import annotations

import re

from analytics.web.frame import link_markdown


def test_share_link_markdown_shows_and_opens_the_same_address():
    link = "http://127.0.0.1:8501/explorer?sql_q=SELECT+1&lang=en"
    assert link_markdown(link) == f"[`{link}`]({link})"


def test_share_link_markdown_cannot_be_broken_out_of():
    # a page path or parameter that would end the code span or the link is percent-encoded
    hostile = "http://h/x?q=a`)](javascript:alert(1))<b> \\"
    text = link_markdown(hostile)
    shown, target = re.fullmatch(r"\[`([^`]*)`\]\(([^()\s]*)\)", text).groups()
    assert shown == target
    assert not set("`()[]<> \\") & set(target)
    assert target.startswith("http://h/x?q=a%60%29%5D%28javascript")


def _failing_page_app():
    import streamlit as st

    from analytics.web.frame import end_page, run_page

    class Page:  # what st.navigation returns: a page with run()
        def run(self):
            st.query_params["reg_province"] = "62"
            st.write("half a page")
            if st.query_params.get("how") == "end":
                end_page()
            raise ValueError("the page failed")

    box = st.sidebar.empty()
    run_page(Page(), box)


def test_a_page_that_fails_or_ends_early_still_gets_its_share_link_once():
    from streamlit.testing.v1 import AppTest

    for how, failed in (("raise", True), ("end", False)):
        at = AppTest.from_function(_failing_page_app, default_timeout=30)
        at.context["url"] = "http://127.0.0.1:8501/regulations"
        at.query_params["how"] = how
        at.run()
        assert bool(at.exception) is failed
        links = [c.value for c in at.sidebar.caption if "](" in str(c.value)]
        assert len(links) == 1 and "reg_province=62" in links[0] and f"how={how}" in links[0], links
