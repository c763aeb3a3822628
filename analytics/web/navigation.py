"""The dashboard's pages: file, title key, icon, URL path, section. dashboard.py builds
``st.navigation`` from this list; pages are added here, one line each."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PageEntry:
    file: str  # relative to the project root
    title_key: str  # i18n key
    icon: str
    url_path: str
    section: str  # i18n key of the section
    default: bool = False


PAGES: list[PageEntry] = [
    PageEntry("pages/overview.py", "nav.overview", ":material/dashboard:", "overview", "nav.group.main", default=True),
    PageEntry("pages/map.py", "nav.map", ":material/map:", "map", "nav.group.main"),
    PageEntry("pages/coverage.py", "nav.coverage", ":material/trending_up:", "coverage", "nav.group.main"),
    PageEntry("pages/regulations.py", "nav.regulations", ":material/gavel:", "regulations", "nav.group.main"),
    PageEntry("pages/brief.py", "nav.brief", ":material/summarize:", "brief", "nav.group.main"),
    PageEntry("pages/followups.py", "nav.followups", ":material/task_alt:", "followups", "nav.group.main"),
    PageEntry("pages/budget.py", "nav.budget", ":material/account_balance_wallet:", "budget", "nav.group.main"),
    PageEntry("pages/paritrana.py", "nav.paritrana", ":material/emoji_events:", "paritrana", "nav.group.main"),
    PageEntry("pages/ucj.py", "nav.ucj", ":material/groups:", "ucj", "nav.group.main"),
    PageEntry("pages/sources.py", "nav.sources", ":material/menu_book:", "sources", "nav.group.admin"),
    PageEntry("pages/data.py", "nav.data", ":material/upload_file:", "data", "nav.group.admin"),
    PageEntry("pages/explorer.py", "nav.explorer", ":material/terminal:", "explorer", "nav.group.admin"),
]


# st.Page objects of one language, built once per process: building twelve per run (paths
# resolved, files checked, icons validated) was a millisecond of every page view. Each run gets
# copies: st.navigation and Page.run() set a run's flags on the objects they are given.
_built: dict[tuple, dict[str, list]] = {}


def page_sections(root: Path, translate: Callable[[str], str], language: str) -> dict[str, list]:
    """The sidebar's sections (translated title -> pages) for ``st.navigation``, fresh objects
    every call."""
    import streamlit as st
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    key = (str(root), language)
    sections = _built.get(key)
    if sections is None:
        sections = {}
        for entry in PAGES:
            sections.setdefault(translate(entry.section), []).append(
                st.Page(root / entry.file, title=translate(entry.title_key), icon=entry.icon,
                        url_path=entry.url_path, default=entry.default))
        if get_script_run_ctx() is not None:  # outside a run st.Page skips most of its work
            _built[key] = sections
    return {section: [copy.copy(page) for page in pages] for section, pages in sections.items()}
