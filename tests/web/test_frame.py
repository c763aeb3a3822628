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
