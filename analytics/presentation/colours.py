"""The dashboard's colours, named once: the Okabe-Ito palette (distinguishable for colour-blind
readers) and what each colour means on a chart, a map or a page. Charts, the map and the pages
take their colours from here, so one meaning keeps one colour everywhere."""

from __future__ import annotations

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
