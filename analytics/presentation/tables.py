"""A table's columns declared once -- header, kind, why a value may be missing -- and shown the
same way on every page and in readable exports.

``present(frame, columns)`` gives a ``Table``:
- ``styler()``: a pandas Styler whose ``format`` writes each cell in the UI language
  (``st.dataframe`` draws that text and sorts by the values underneath: 5 before 20 before
  1.000, not as text);
- ``data``: the values, codes replaced by their labels and project-written text translated
  (so text columns sort by what the reader sees);
- ``readable()`` and ``excel_formats()``: translated headers, numbers kept as numbers with
  Excel number formats (XLSX);
- ``display()``: every cell as the reader sees it (tests, HTML).

Kinds: text (as stored), data (project-written text translated, see ``texts``), code and
codes (a vocabulary's labels, see ``codes``), count, decimal, money, gap (needed − allocated:
"kekurangan Rp …" / "kelebihan Rp …"), pct (percent units), points (percentage points, signed),
signed (a change), number (as many decimals as needed, up to 2), date, month, datetime, year,
bool, link, chart (a list drawn as a sparkline), and by (the kind depends on another
column of the row, e.g. a contribution rate in % or in Rp by its basis).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from analytics import i18n
from analytics.i18n import formats, t
from analytics.presentation import codes, markup, texts

NUMERIC_KINDS = ("count", "number", "decimal", "money", "gap", "pct", "points", "signed", "year")
TIME_KINDS = ("date", "month", "datetime")
KINDS = ("text", "data", "code", "codes", "bool", "link", "chart", "by", *NUMERIC_KINDS, *TIME_KINDS)
DEFAULT_DIGITS = {"decimal": 2, "pct": 2, "points": 2, "signed": 0}
EXCEL_LOCALE = {"id": "[$-421]", "en": "[$-809]"}  # Windows LCIDs: Indonesian, English (UK)


@dataclass(frozen=True)
class Column:
    """One column of a shown table. ``header``, ``missing`` and ``help`` are i18n keys (text
    that is no key is shown as it is)."""

    name: str
    header: str
    kind: str = "text"
    vocab: str | None = None  # code/codes: the vocabulary (analytics.presentation.codes)
    digits: int | None = None
    missing: str | None = None  # why a value can be missing, said in the header's help
    help: str | None = None
    width: str | None = None  # "small" / "medium" / "large" (st.dataframe)
    link_text: str | None = None  # link: what it opens, in words (pages show the address's host)
    by: str | None = None  # by: the column whose value picks the kind
    kinds: Mapping[str, str] = field(default_factory=dict)  # by: value -> kind
    text: str | None = None  # a column of the frame holding each row's text (sorting stays by value)

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"{self.name}: unknown column kind {self.kind!r}")
        if self.kind in ("code", "codes") and self.vocab not in codes.VOCABULARIES:
            raise ValueError(f"{self.name}: unknown vocabulary {self.vocab!r}")

    def label(self) -> str:
        return t(self.header)

    def help_text(self) -> str | None:
        parts = [t(self.help)] if self.help else []
        if self.missing:
            parts.append(t("present.missing_help", reason=t(self.missing)))
        return "\n\n".join(parts) or None


def col(name: str, header: str, kind: str = "text", **options) -> Column:
    return Column(name, header, kind, **options)


def gap_text(value: object) -> str:
    """needed − allocated: 'kekurangan Rp 1.234' when short, 'kelebihan Rp 1.234' when more was
    allocated than needed, 'Rp 0' when they meet."""
    x = formats._float(value)
    if x is None:
        return formats.MISSING
    amount = formats.money(abs(x))
    if round(x) == 0:
        return amount
    return t("present.shortfall" if x > 0 else "present.surplus", amount=amount)


def points_text(value: object, digits: int = 2) -> str:
    text = formats.signed(value, digits)
    return text if text == formats.MISSING else t("present.points", value=text)


def year_text(value: object) -> str:
    x = formats._float(value)
    return formats.MISSING if x is None else str(int(x))


def formatter(kind: str, digits: int | None = None) -> Callable[[object], str]:
    """The cell text of a kind, in the current language."""
    d = DEFAULT_DIGITS.get(kind, 0) if digits is None else digits
    return {
        "count": lambda v: formats.number(v, 0),
        "number": lambda v: formats.number(v, None),
        "decimal": lambda v: formats.number(v, d),
        "money": formats.money,
        "gap": gap_text,
        "pct": lambda v: formats.percent(v, d),
        "points": lambda v: points_text(v, d),
        "signed": lambda v: formats.signed(v, d),
        "year": year_text,
        "date": formats.date,
        "month": formats.month,
        "datetime": formats.datetime,
    }.get(kind, lambda v: formats.MISSING if formats.is_missing(v) else str(v))


def _cached(fn: Callable[[object], str], lang: str) -> Callable[[object], str]:
    """Format each distinct value once (a column of 514 rows often holds far fewer values), in
    ``lang`` whatever thread renders it: a Styler formats when Streamlit draws it."""
    seen: dict = {}

    def cell(value: object) -> str:
        try:
            return seen[value]
        except KeyError:
            pass
        except TypeError:  # unhashable
            return fn(value)
        with i18n.using(lang):
            seen[value] = out = fn(value)
        return out

    return cell


@dataclass
class Table:
    data: pd.DataFrame
    columns: tuple[Column, ...]
    lang: str
    row_kinds: dict[str, pd.Series] = field(default_factory=dict)  # ``by`` columns: each row's kind
    row_texts: dict[str, pd.Series] = field(default_factory=dict)  # ``text`` columns: each row's text

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    def styler(self):
        """Formatted text on screen, the values underneath (``st.dataframe`` sorts by them)."""
        style = self.data.style.format(na_rep=formats.MISSING)
        for c in self.columns:
            if c.text:
                style = self._text_format(style, c.name)
            elif c.kind == "by":
                for kind in set(self.row_kinds[c.name].dropna()):
                    rows = self.data.index[self.row_kinds[c.name] == kind]
                    style = style.format(_cached(formatter(kind, c.digits), self.lang), na_rep=formats.MISSING,
                                         subset=pd.IndexSlice[rows, [c.name]])
            elif c.kind in NUMERIC_KINDS or c.kind in TIME_KINDS:
                style = style.format(_cached(formatter(c.kind, c.digits), self.lang), na_rep=formats.MISSING,
                                     subset=[c.name])
        return style

    def _text_format(self, style, name: str):
        """Each row's own text in column ``name``. A value shown with the same text in every row
        gets it from one lookup (one ``format`` call for them all: a call per distinct text cost
        0.8 s for the tracker's 533 records); rows whose value reads differently in different
        rows (a date issued vs only known by then) get a call per text."""
        texts, values = self.row_texts[name], self.data[name]
        lookup: dict = {}
        clash: set = set()
        for value, text in zip(values, texts):
            if formats.is_missing(text):
                continue
            key = _lookup_key(value)
            if key is _UNHASHABLE or lookup.setdefault(key, str(text)) != str(text):
                clash.add(key)
        has_text = texts.notna().to_numpy()
        keys = [_lookup_key(v) for v in values]
        single = [i for i, key in zip(self.data.index, keys) if has_text[i] and key not in clash]
        if single:
            style = style.format(lambda v: lookup[_lookup_key(v)], subset=pd.IndexSlice[single, [name]])
        for text in pd.unique(texts[[has_text[i] and key in clash for i, key in enumerate(keys)]]):
            rows = self.data.index[texts == text]
            style = style.format(lambda _v, s=str(text): s, subset=pd.IndexSlice[rows, [name]])
        return style

    def display(self) -> pd.DataFrame:
        """Every cell as text, as the reader sees it."""
        with i18n.using(self.lang):
            out = pd.DataFrame(index=self.data.index)
            for c in self.columns:
                values = self.data[c.name]
                if c.text:
                    out[c.name] = self.row_texts[c.name].where(self.row_texts[c.name].notna(), formats.MISSING)
                elif c.kind == "by":
                    kinds = self.row_kinds[c.name]
                    out[c.name] = [formatter(k if isinstance(k, str) else "text", c.digits)(v)
                                   for v, k in zip(values, kinds)]
                elif c.kind == "bool":
                    out[c.name] = values.map(lambda v: "✓" if v is True or v == 1 else "")
                else:
                    out[c.name] = values.map(_cached(formatter(c.kind, c.digits), self.lang))
            out.columns = [c.label() for c in self.columns]
        return out

    def readable(self) -> pd.DataFrame:
        """For a readable export (XLSX): translated headers, labels for codes, numbers and dates
        as values (``excel_formats`` says how a spreadsheet should show them)."""
        with i18n.using(self.lang):
            out = self.data.copy()
            for c in self.columns:
                if c.kind in TIME_KINDS:
                    out[c.name] = pd.to_datetime(out[c.name], errors="coerce", utc=True).dt.tz_localize(None)
                elif (digits := shown_digits(c.kind, c.digits)) is not None:
                    # the number as the screen shows it (28,57, not 28.57142857142857)
                    out[c.name] = pd.to_numeric(out[c.name], errors="coerce").round(digits)
                elif c.kind == "bool":
                    out[c.name] = out[c.name].map(lambda v: t("present.yes") if v is True or v == 1 else "")
            out.columns = [c.label() for c in self.columns]
        return out

    def excel_formats(self) -> dict[int, str | list[str | None]]:
        """Column position -> Excel number format, or for a ``by`` column one format per row."""
        out: dict[int, str | list[str | None]] = {}
        for i, c in enumerate(self.columns):
            if c.kind == "by":
                out[i] = [excel_format(k, c.digits, self.lang) if isinstance(k, str) else None
                          for k in self.row_kinds[c.name]]
            elif (code := excel_format(c.kind, c.digits, self.lang)) is not None:
                out[i] = code
        return out


_UNHASHABLE = object()


def _lookup_key(value: object):
    """A dict key for a cell's value: missing values (None, NaN, NaT) are one key."""
    if formats.is_missing(value):
        return None
    try:
        hash(value)
    except TypeError:
        return _UNHASHABLE
    return value


def shown_digits(kind: str, digits: int | None) -> int | None:
    """The decimals a kind shows on screen (None: shown as it is), so an export rounds like the screen."""
    if kind in ("count", "money", "gap"):
        return 0
    if kind in ("decimal", "pct", "points", "signed"):
        return DEFAULT_DIGITS.get(kind, 0) if digits is None else digits
    return None


def excel_format(kind: str, digits: int | None, lang: str) -> str | None:
    """An Excel number format for a kind. Separators are the spreadsheet's own (an Indonesian
    Excel shows #,##0 as 1.234.567); month names follow the locale tag ([$-421] Indonesian)."""
    d = DEFAULT_DIGITS.get(kind, 0) if digits is None else digits
    frac = "." + "0" * d if d else ""
    with i18n.using(lang):
        short, surplus, points = t("present.shortfall_word"), t("present.surplus_word"), t("present.points_unit")
    tag = EXCEL_LOCALE.get(lang, EXCEL_LOCALE["id"])
    return {
        "count": "#,##0",
        "number": "#,##0.##",
        "decimal": f"#,##0{frac}",
        "money": '"Rp "#,##0',
        "gap": f'"{short} Rp "#,##0;"{surplus} Rp "#,##0;"Rp "0',
        "pct": f'#,##0{frac}"%"',
        "points": f'+#,##0{frac}" {points}";-#,##0{frac}" {points}";0{frac}" {points}"',
        "signed": f"+#,##0{frac};-#,##0{frac};0{frac}",
        "year": "0",
        "date": f"{tag}d mmmm yyyy",
        "month": f"{tag}mmmm yyyy",
        "datetime": f"{tag}d mmm yyyy hh:mm",
    }.get(kind)


YEAR_NAMES = ("year", "tahun", "employment_year", "valid_year")
ID_NAMES = ("batch_id", "risk_class", "rank")


def infer_columns(frame: pd.DataFrame) -> list[Column]:
    """Columns for a result nobody declared (the SQL explorer): numbers and dates by their type,
    text as it is (an analyst's result holds the codes and names the query asked for)."""
    out = []
    for name in frame.columns:
        values, key = frame[name], str(name)
        lower = key.lower()
        if pd.api.types.is_bool_dtype(values):
            kind = "bool"
        elif pd.api.types.is_datetime64_any_dtype(values):
            stamps = values.dropna()
            midnight = len(stamps) == 0 or bool((stamps == stamps.dt.normalize()).all())
            kind = "date" if midnight else "datetime"
        elif pd.api.types.is_integer_dtype(values):
            kind = "year" if lower in YEAR_NAMES else "text" if lower in ID_NAMES or lower.endswith("_id") else "count"
        elif pd.api.types.is_float_dtype(values):
            kind = "number"
        else:
            kind = "text"
        out.append(Column(key, key, kind))
    return out


def present(frame: pd.DataFrame, columns: Sequence[Column], lang: str | None = None) -> Table:
    """The columns of ``frame`` named by ``columns``, in that order, ready to show. Code and
    data-text columns become labels here (their sort order is the reader's)."""
    lang = lang or i18n.language()
    missing = [c.name for c in columns if c.name not in frame.columns]
    if missing:
        raise KeyError(f"columns not in the frame: {', '.join(missing)}")
    with i18n.using(lang):
        data = frame[[c.name for c in columns]].copy()
        row_kinds = {c.name: frame[c.by].map(c.kinds).reset_index(drop=True) for c in columns if c.kind == "by"}
        row_texts = {c.name: frame[c.text].astype(object).reset_index(drop=True) for c in columns if c.text}
        for c in columns:
            values = data[c.name]
            if c.kind == "code":
                data[c.name] = codes.labels(c.vocab, values)
            elif c.kind == "codes":
                data[c.name] = values.map(lambda v, c=c: codes.list_labels(c.vocab, v)).where(values.notna(), None)
            elif c.kind == "data":
                data[c.name] = texts.data_texts(values)
            elif c.kind == "link":  # links are the app's: only to checked http(s) addresses
                data[c.name] = pd.Series([markup.safe_url(v) for v in values], index=values.index, dtype=object)
            elif c.kind in TIME_KINDS:
                data[c.name] = pd.to_datetime(values, errors="coerce")
        data = data.reset_index(drop=True)
    return Table(data, tuple(columns), lang, row_kinds, row_texts)
