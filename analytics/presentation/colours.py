"""The dashboard's colours, named once: the Okabe-Ito palette (distinguishable for colour-blind
readers) and what each colour means on a chart, a map or a page. Charts, the map (its SVG and the
page component's style), the brief (HTML, PDF, share image), the XLSX sheets and the pages take
their colours from here, so one meaning keeps one colour everywhere; no other module writes a colour
literal (tests/presentation/test_colours.py). Style sheets name a colour as ``$NAME`` (``css``)."""

from __future__ import annotations

import string

# Okabe-Ito
BLUE = "#0072B2"
ORANGE = "#E69F00"
GREEN = "#009E73"
PURPLE = "#CC79A7"
SKY = "#56B4E9"
VERMILION = "#D55E00"
YELLOW = "#F0E442"
BLACK = "#000000"
GREY = "#999999"
WHITE = "#ffffff"
# categorical series in this order (Okabe-Ito, then its extension: wine, teal)
PALETTE = [BLUE, ORANGE, GREEN, PURPLE, SKY, VERMILION, YELLOW, BLACK, GREY, "#882255", "#44AA99"]

# what a colour means
SERIES = BLUE  # a chart's one measured series
COMPARISON = GREY  # the same month a year earlier, a comparison bar
REFERENCE_LINE = "#555555"  # a dashed average or reference line
OUTLIER = VERMILION
TARGET = "#CC3311"  # a target line
NO_DATA = "#BBBBBB"  # a bar or band without a value ("no data", never 0)
WARNING = "#b45309"  # amber text: DEMO marks, overdue, disagreements
SEGMENTS = {"PU": BLUE, "BPU": ORANGE, "JAKON": GREEN, "PMI": PURPLE}
FUNDING_SOURCES = {"apbd": BLUE, "apbdes": GREEN, "dbh_sawit": ORANGE, "dbhcht": PURPLE, "csr": SKY, "other": GREY}
# budget: what is needed against what is allocated
NEEDED = VERMILION
ALLOCATED = BLUE
# budget cycles: a likely payment cycle, a decline that did not come back, a month not yet judged
CYCLE = ORANGE
CYCLE_FILL = "rgba(230, 159, 0, 0.22)"
DECLINE_FILL = "rgba(204, 51, 17, 0.18)"
PENDING_FILL = "rgba(120, 120, 120, 0.18)"
CYCLE_NOTE = "#7a4d00"
DECLINE_NOTE = "#8b1a00"
# regulation tracker: kab/kota with and without a regulation in force, no records
WITH_REGULATION = "#1b7f5b"
WITHOUT_REGULATION = "#e69f00"
NO_REGULATION_DATA = "#c8c8c8"
SNAPSHOT_MARK = "#333333"  # a curated reported count ("19 of 24")
TIMELINE_MARK = "#222222"

# documents: the printed brief, its share image, the map's SVG (text, rules, cards)
TEXT = "#1a1a1a"  # body text of a printed page
TEXT_SECONDARY = "#444444"  # the line under a title (date, data month)
TEXT_MUTED = "#555555"  # labels, details, small print
TEXT_FAINT = "#666666"  # a footer, a hint line
LABEL_TEXT = "#111111"  # a region's name written on a map
LABEL_HALO = WHITE  # the outline that keeps a name readable over any fill
MAP_TEXT = "#333333"  # a map's title and legend
ACCENT = WITH_REGULATION  # the brief's section rules, its name and its trend line
CARD_BORDER = "#d0d7de"  # a headline figure's card
RULE = "#e5e7eb"  # table rows, the map's frame
TABLE_HEADER = "#f3f4f6"
DEMO_BACKGROUND = "#fff7ed"  # behind a DEMO warning
LEGEND_BACKGROUND = "rgba(255,255,255,0.8)"  # a chart's legend over the plot
TRANSPARENT = "rgba(0,0,0,0)"

# the page's map (analytics/maps): regions without a value, borders, the sea
MAP_NO_DATA_FILL = "#d9d9d9"
MAP_NO_DATA_LINE = "#8c8c8c"
MAP_REGION_BORDER = WHITE
MAP_PROVINCE_BORDER = "#3a3a3a"
MAP_SEA = WHITE
MAP_HOVER_LINE = LABEL_TEXT  # the region under the pointer
MAP_SELECTED_LINE = "#e11d48"  # the region clicked
MAP_TIP_BORDER = GREY
MAP_TIP_TEXT = LABEL_TEXT
MAP_BUTTON_BORDER = "#bbbbbb"  # the zoom buttons
MAP_BUTTON_HOVER = "#f0f0f0"
MAP_SHADOW = "rgba(0,0,0,.2)"
# the view buttons above the map look like Streamlit's own: its primary red and its border grey
STREAMLIT_PRIMARY = "#ff4b4b"
STREAMLIT_PRIMARY_TINT = "rgba(255, 75, 75, 0.08)"
STREAMLIT_BORDER = "rgba(49, 51, 63, 0.2)"
# regulation state of a region as the map's fill (Okabe-Ito, colour-blind safe). Kabupaten/kota
# take the five states of analytics/regulations.py (no_record is drawn as "no data"); provinces
# their own Pergub's (issued, other, draft, none); "known" is the known-vs-unknown measure.
REGULATION_STATE_FILL = {"in_force": BLUE, "issued_not_in_force": SKY, "issued": BLUE, "other": SKY,
                         "draft": ORANGE, "confirmed_none": VERMILION, "none": VERMILION, "known": GREEN}
# ...and as an outline over another measure: colours absent from Viridis
REGULATION_STATE_LINE = {"in_force": BLACK, "issued": BLACK, "issued_not_in_force": BLUE, "other": VERMILION,
                         "draft": PURPLE}

# the status and coverage sheets (XLSX): what the dashboard knows (locked) and what to fill in
SHEET_LOCKED_HEADER = "#D9D9D9"
SHEET_FILL_HEADER = "#FFF2CC"
SHEET_LOCKED = "#F2F2F2"


def css(text: str) -> str:
    """``text`` (CSS, SVG or JavaScript) with each ``$NAME`` replaced by this module's colour of
    that name, so a style sheet names what a colour means: ``color: $TEXT_MUTED``. An unknown
    name raises KeyError when the text is built (at import), never a colourless page."""
    names = {name: value for name, value in globals().items() if name.isupper() and isinstance(value, str)}
    return string.Template(text).substitute(names)
