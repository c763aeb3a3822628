"""What a reader sees in tables and charts, collected in Chromium, and the rules it must follow.

``st.dataframe`` paints its cells on a canvas: an init script wraps
``CanvasRenderingContext2D.prototype.fillText`` and keeps every string painted; each table is
scrolled down and right so its rows are painted. Plotly charts print SVG text (ticks, axis
titles, legends, labels); hovering a grid of points adds their hover labels. The SVG map's
legend and hover texts are read the same way.

``problems(texts, lang)`` names what a reader must not see: in Indonesian, English number
formats (1,234,567 · 23.86 · 23.869612784947915), None/nan/NaT, raw codes (snake_case tokens
and a list of one-word codes) and common English words; in English, Indonesian number formats
(1.234.567 · 29,84) and Indonesian words. Text that is data in one language (a regulation's
title, a news source, a region's name) is allowed: ``data_texts(db)`` lists it from the database.
"""

from __future__ import annotations

import re
import time

from analytics.i18n import _all_strings

INIT_SCRIPT = """(() => {
  const seen = new Set();
  window.__drawn = seen;
  window.__draws = [];  // [text, x, y, canvas index] in paint order (for the sorting check)
  window.__canvases = [];
  const original = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (text, x, y, ...rest) {
    try {
      window.__paintedAt = performance.now();
      if (text !== undefined && text !== null && String(text).trim()) {
        seen.add(String(text));
        let i = window.__canvases.indexOf(this.canvas);
        if (i < 0) { window.__canvases.push(this.canvas); i = window.__canvases.length - 1; }
        if (window.__draws.length < 20000) window.__draws.push([String(text), x, y, i]);
      }
    } catch (e) {}
    return original.call(this, text, x, y, ...rest);
  };
})();"""

# --- the rules ---------------------------------------------------------------------------------
MISSING = re.compile(r"(?<![\w.])(None|nan|NaN|NaT|<NA>|True|False|undefined|null)(?![\w.])")
SNAKE_CODE = re.compile(r"(?<![\w./:-])[a-z]+(?:_[a-z0-9]+)+(?![\w./:-])")
# codes of one word: on an English page the English ones (issued, active) are the labels too
CODES_NOT_ENGLISH = ("apbd", "apbdes", "dbhcht", "csr", "minmax", "perbup", "perwali", "pergub", "perda")
CODES_ENGLISH = ("issued", "revoked", "facilitation", "draft", "active", "higher", "lower", "undated")


def _codes(words) -> re.Pattern:
    return re.compile(r"(?<![\w./:-])(" + "|".join(words) + r")(?![\w./:-])")


ONE_WORD_CODE = {"id": _codes(CODES_NOT_ENGLISH + CODES_ENGLISH), "en": _codes(CODES_NOT_ENGLISH)}
# a UI string's key shown instead of its text ("data.dataset.ucj_targets", "field.confidence")
RAW_KEY = re.compile(r"(?<![\w./-])(" + "|".join(map(re.escape, sorted(
    (k for k in _all_strings() if "." in k), key=len, reverse=True))) + r")(?![\w.])")
QUOTED = re.compile(r"'[^']{1,40}'")  # a term quoted in the other language ('anggaran') is cited, not leaked
# English formats on an Indonesian page
EN_GROUPED = re.compile(r"(?<![\d.,/])[1-9]\d{0,2}(?:,\d{3})+(?![\d/])")
EN_DECIMAL = re.compile(r"(?<![\d.,/])\d+\.(?:\d{1,2}|\d{4,})(?![\d/])")
ID_TIME = re.compile(r"(?<=\d{4} )\d{1,2}\.\d{2}(?!\d)")  # "15 Nov 2021 10.32": CLDR id time
# Indonesian formats on an English page
ID_GROUPED = re.compile(r"(?<![\d.,/])[1-9]\d{0,2}(?:\.\d{3})+(?![\d./])")
ID_DECIMAL = re.compile(r"(?<![\d.,/])\d+,\d{1,2}(?![\d])")

ENGLISH_WORDS = (
    "the", "of", "and", "with", "without", "not", "none", "no data", "risk", "low", "high", "very", "sum",
    "made", "by", "for", "from", "active", "issued", "revoked", "in force", "workers", "staff", "province",
    "regency", "city", "month", "year", "since", "known", "shortfall", "surplus", "budget", "coverage",
    "share", "growth", "change", "rank", "region", "employed", "allocated", "needed", "source", "reported",
    "January", "February", "March", "May", "June", "July", "August", "October", "December",
    "Aug", "Oct", "Dec", "Sept", "pts",
)
INDONESIAN_WORDS = (
    "dan", "yang", "belum", "tidak", "ada", "sudah", "dari", "untuk", "dengan", "kekurangan", "kelebihan",
    "rendah", "tinggi", "sedang", "sangat", "risiko", "jumlah", "penduduk", "bekerja", "peserta", "aktif",
    "berlaku", "dicabut", "rancangan", "terbit", "anggaran", "semua", "lainnya", "bulan", "tahun", "sasaran",
    "Januari", "Februari", "Maret", "Mei", "Juni", "Juli", "Agustus", "Oktober", "Desember", "Agu", "Okt",
    "Des", "miliar", "juta", "triliun", "poin", "Pekerja", "Perangkat", "Nelayan", "Petani", "Ketua", "Kelompok",
    "Wilayah",
)


def _words(words) -> re.Pattern:
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.IGNORECASE)


WORD_RULES = {"id": _words(ENGLISH_WORDS), "en": _words(INDONESIAN_WORDS)}


def problems(texts, lang: str, allowed: set[str] = frozenset(), formats_only: bool = False) -> list[str]:
    """Every drawn text that breaks a rule of ``lang``, with the rule. ``allowed``: data texts
    shown as stored (checked for missing-value words only). ``formats_only``: numbers and
    missing values only (the SQL explorer's result is the analyst's data: codes and names)."""
    found = []
    for text in sorted(set(texts)):
        if MISSING.search(text):
            found.append(f"missing value shown raw: {text!r}")
        if _is_data(text, allowed):
            continue
        bare = ID_TIME.sub("", text)
        if lang == "id":
            rules = [("English number", EN_GROUPED), ("English decimal", EN_DECIMAL)]
        else:
            rules = [("Indonesian number", ID_GROUPED), ("Indonesian decimal", ID_DECIMAL)]
        if not formats_only:
            rules += [("raw code", SNAKE_CODE), ("raw code", ONE_WORD_CODE[lang]),
                      ("English word" if lang == "id" else "Indonesian word", WORD_RULES[lang])]
        for name, rule in rules:
            hit = rule.search(QUOTED.sub("", bare) if name.endswith("word") else bare)
            if hit:
                found.append(f"{name} {hit.group(0)!r} in {text!r}")
    return found


def _is_data(text: str, allowed: set[str]) -> bool:
    if text in allowed:
        return True
    stripped = text.strip(" …")
    return len(stripped) >= 12 and any(stripped in a for a in allowed)


def data_texts(db_path) -> set[str]:
    """Texts that are data in the language they were written in: names, titles, numbers of
    regulations, sources not written by the project, file names, legal sources."""
    import duckdb

    from analytics.presentation.texts import data_text

    con = duckdb.connect(str(db_path), read_only=True)
    try:
        rows = con.execute("""
            SELECT name FROM region UNION SELECT code FROM region
            UNION SELECT title FROM regulation UNION SELECT number FROM regulation
            UNION SELECT amends FROM regulation UNION SELECT source_note FROM regulation
            UNION SELECT source_url FROM regulation
            UNION SELECT source FROM regulation_snapshot UNION SELECT note FROM regulation_snapshot
            UNION SELECT source_note FROM coverage UNION SELECT edition FROM employment
            UNION SELECT source FROM employment UNION SELECT file_name FROM import_batch
            UNION SELECT legal_source FROM contribution_rate
            UNION SELECT source_title FROM coverage UNION SELECT source_title FROM regulation
            UNION SELECT source_title FROM budget UNION SELECT source_url FROM coverage
            UNION SELECT source FROM ucj_target UNION SELECT document FROM ucj_target
            UNION SELECT source_title FROM reported_figure UNION SELECT value_reported FROM reported_figure
            UNION SELECT source_title FROM paritrana_award UNION SELECT category FROM paritrana_award
            UNION SELECT rank_or_title FROM paritrana_award
        """).fetchall()
    finally:
        con.close()
    # a text the project wrote is translated on screen: it is not data, and must follow the rules
    return {r[0] for r in rows if isinstance(r[0], str) and r[0].strip() and data_text(r[0], "id") == data_text(r[0], "en")}


# --- collecting in the browser ----------------------------------------------------------------
def scroll_tables(page) -> None:
    """Scroll every st.dataframe down and right, screen by screen, so all its rows are painted.
    One loop in the page: after each step it waits for two animation frames (the grid paints
    the rows it scrolled to in the next frame), not for a fixed time per step."""
    count = page.locator('[data-testid="stDataFrame"]').count()
    for i in range(count):
        page.locator('[data-testid="stDataFrame"]').nth(i).scroll_into_view_if_needed()
        page.evaluate("""async (i) => {
            const frames = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
            const el = document.querySelectorAll('[data-testid="stDataFrame"]')[i].querySelector('.dvn-scroller');
            if (!el) return;
            await frames();
            const down = Math.ceil(el.scrollHeight / Math.max(el.clientHeight, 1));
            const across = Math.ceil(el.scrollWidth / Math.max(el.clientWidth, 1));
            for (let x = 0; x < Math.max(across, 1); x++) {
                for (let y = 0; y < Math.max(down, 1); y++) {
                    el.scrollLeft = x * el.clientWidth;
                    el.scrollTop = y * el.clientHeight;
                    await frames();
                }
            }
        }""", i)


def chart_texts(page) -> list[str]:
    """SVG text of every Plotly chart and of the map (legend, titles, labels)."""
    return page.evaluate("""() => {
        const out = [];
        for (const t of document.querySelectorAll('.js-plotly-plot .main-svg text')) out.push(t.textContent);
        for (const host of document.querySelectorAll('*')) {
            if (!host.shadowRoot) continue;
            for (const t of host.shadowRoot.querySelectorAll('.svgmap svg text, .svgmap .hint, .views button')) out.push(t.textContent);
        }
        return out.filter(s => s && s.trim());
    }""")


def hover_texts(page, grid=(6, 3)) -> list[str]:
    """Hover labels of every Plotly chart, hovering a grid of points over each plot area (and
    pie slices), and the SVG map's tip over a few regions."""
    out: list[str] = []
    charts = page.locator('[data-testid="stPlotlyChart"]')
    for i in range(charts.count()):
        chart = charts.nth(i)
        chart.scroll_into_view_if_needed()
        targets = []
        drag = chart.locator(".nsewdrag").first
        if drag.count():
            box = drag.bounding_box()
            if box:
                targets = [(box["x"] + box["width"] * (c + 0.5) / grid[0], box["y"] + box["height"] * (r + 0.5) / grid[1])
                           for c in range(grid[0]) for r in range(grid[1])]
        for slice_ in chart.locator(".slice path").all()[:4]:
            box = slice_.bounding_box()
            if box:
                targets.append((box["x"] + box["width"] / 2, box["y"] + box["height"] / 2))
        for x, y in targets:
            page.mouse.move(x, y)
            time.sleep(0.05)
            out += chart.locator(".hoverlayer text").evaluate_all("els => els.map(e => e.textContent)")
        page.mouse.move(0, 0)
    regions = page.locator("path.r")
    for i in range(min(regions.count(), 4)):
        box = regions.nth(i * 7 % max(regions.count(), 1)).bounding_box()
        if box and box["width"] > 2:
            page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
            time.sleep(0.05)
            # one text per line of the tip (its lines are <br>-separated; innerText of a tip
            # already hidden again runs them together: "sasaran 333.742" + "38 dari 38 ...")
            out += page.locator(".svgmap .tip").evaluate_all(
                "els => els.flatMap(e => e.innerHTML.split(/<br\\s*\\/?>/i).map(h => {"
                " const d = document.createElement('div'); d.innerHTML = h; return d.textContent; }))")
    return [t for t in out if t and t.strip()]


def drawn_texts(page) -> list[str]:
    return page.evaluate("Array.from(window.__drawn || [])")


def reset_drawn(page) -> None:
    page.evaluate("window.__drawn && window.__drawn.clear(); window.__draws && (window.__draws.length = 0)")


def wait_painted(page, quiet_ms: int = 300, timeout_ms: int = 15_000) -> None:
    """Until no text has been painted on a canvas for ``quiet_ms``: a grid goes on painting
    after the app has settled (its first rows, then again once laid out), and paints of the state
    before a click must not be read as the state after it."""
    page.wait_for_function(
        "q => window.__paintedAt === undefined || performance.now() - window.__paintedAt >= q",
        arg=quiet_ms, polling=50, timeout=timeout_ms)


def draws(page) -> list:
    """[text, x, y, canvas index] of every string painted since the last reset, in order."""
    return page.evaluate("window.__draws || []")


def canvas_point(page, index: int, x: float, y: float) -> tuple[float, float]:
    """A painted point (canvas coordinates, CSS pixels) as a point on the page."""
    box = page.evaluate("i => { const r = window.__canvases[i].getBoundingClientRect(); return [r.left, r.top]; }", index)
    return box[0] + x, box[1] + y
