"""The dashboard's pages: file, title key, icon, URL path, section. dashboard.py builds
``st.navigation`` from this list; pages are added here, one line each."""

from __future__ import annotations

from dataclasses import dataclass


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
