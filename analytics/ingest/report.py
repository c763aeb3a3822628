"""What an import found: each problem with its row, column and reason, and the report of a whole
file (rows read, problems, the batch it would write). Split from ``importers`` (which reads,
maps and validates) so a front end can render a report without the import machinery.

Messages are ``tabular.Message``s: ``str()`` gives English, ``render(lang, wording)`` either
language; each front end passes its ``Wording`` (the CLI names its flag, the Data page its box).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

from analytics.ingest import tabular
from analytics.ingest.tabular import Message, api_control, render_message

MAX_PROBLEMS_SHOWN = 500  # a report lists this many; the count says how many there were


@dataclass(frozen=True)
class Wording:
    """How a front end names the places where a user gives a value for the whole file or picks
    the sheet: the CLI by its flags ("--group"), the Data page by its boxes' labels.

    ``names`` maps a field name (and "province", "sheet") to that flag or label; ``label_key``,
    when given, is an i18n key that puts a label in a sentence ("kotak '{name}'"). A name not in
    ``names`` is shown as the Python API takes it (``constants={'period': ...}``)."""

    names: Mapping[str, str]
    label_key: str | None = None

    def name(self, name: str) -> str:
        """The flag or label alone (a table's column cell)."""
        return self.names.get(name) or api_control(name)

    def control(self, name: str, lang: str | None = None) -> str:
        """The flag or label as a sentence names it."""
        if name in self.names and self.label_key:
            return render_message(self.label_key, {"name": self.names[name]}, lang, None)
        return self.name(name)


def render(message: str, lang: str | None = None, wording: Wording | None = None) -> str:
    """A report's message (a problem's reason, a warning, a note) in ``lang`` (None: the UI
    language), naming controls as ``wording`` does. Plain strings are shown as they are."""
    return message.render(lang, wording) if isinstance(message, Message) else str(message)


SHOWN_VALUE_CHARS = 80  # a problem quotes at most this much of the value it is about


def shown_value(value: str) -> str:
    """A value as a problem quotes it: cut, with an ellipsis, when long."""
    text = str(value)
    return text if len(text) <= SHOWN_VALUE_CHARS else text[:SHOWN_VALUE_CHARS - 1] + "…"


@dataclass
class Problem:
    row: int | None  # spreadsheet row number as the user sees it (1-based), None for file-level
    column: str | None  # the file's header text (or, when ``given``, the field name)
    value: str | None
    reason: str  # English; a Message, so ``render`` gives either language
    given: bool = False  # about a value given for the whole file rather than a cell

    def __str__(self) -> str:
        return self.render("en")

    def where(self, wording: Wording | None = None) -> str | None:
        """The column, or for a value given for the whole file its flag or box label."""
        if self.given and self.column:
            return wording.name(self.column) if wording else api_control(self.column)
        return self.column

    def render(self, lang: str | None = None, wording: Wording | None = None) -> str:
        where = []
        if self.row is not None:
            where.append(render_message("import.where.row", {"row": self.row}, lang, None))
        if self.given and self.column:
            where.append(wording.control(self.column, lang) if wording else api_control(self.column))
        elif self.column:
            where.append(render_message("import.where.column", {"column": self.column}, lang, None))
        loc = ", ".join(where) or render_message("import.where.file", {}, lang, None)
        value = (render_message("import.where.value", {"value": repr(shown_value(self.value))}, lang, None)
                 if self.value not in (None, "") else "")
        return f"{loc}: {render(self.reason, lang, wording)}{value}"


@dataclass
class ImportReport:
    dataset: str
    file_name: str
    sha256: str
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    header_row: int | None = None  # 1-based spreadsheet row of the header
    headers: list[str] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)  # header text -> field name
    rows_read: int = 0
    skipped_total_rows: list[int] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. which sheet of a workbook was read, and why
    frame: pd.DataFrame | None = None  # validated rows in store columns
    batch_id: int | None = None

    @property
    def ok(self) -> bool:
        return not self.problems and self.frame is not None

    def summary(self, wording: Wording | None = None) -> str:
        """The report in English, naming controls as ``wording`` does (the CLI: its flags)."""
        lines = [
            f"{self.dataset} from {self.file_name}"
            + (f" (sheet {self.sheet})" if self.sheet else "")
            + (f": header on row {self.header_row}" if self.header_row else ""),
            f"rows read: {self.rows_read}; valid: {0 if self.frame is None else len(self.frame)}",
        ]
        if self.mapping:
            lines.append("columns: " + "; ".join(f"{h!r} -> {f}" for h, f in self.mapping.items()))
        if self.skipped_total_rows:
            rows = self.skipped_total_rows
            said = render(Message("data.totals_skipped" if len(rows) == 1 else "data.totals_skipped_many",
                                  rows=", ".join(map(str, rows))), "en", wording)  # the Data page's words
            lines.append(said[0].lower() + said[1:])  # the report's lines start in lower case
        lines += [f"note: {render(n, 'en', wording)}" for n in self.notes]
        lines += [f"warning: {render(w, 'en', wording)}" for w in self.warnings]
        if self.problems:
            lines.append(f"{len(self.problems)} problem(s); nothing was imported:")
            lines += [f"  {p.render('en', wording)}" for p in self.problems[:MAX_PROBLEMS_SHOWN]]
            if len(self.problems) > MAX_PROBLEMS_SHOWN:
                lines.append(f"  ... and {len(self.problems) - MAX_PROBLEMS_SHOWN} more")
        elif self.batch_id is not None:
            lines.append(f"imported as batch {self.batch_id}")
        return "\n".join(lines)


class ImportRefused(RuntimeError):
    def __init__(self, report: ImportReport):
        super().__init__(report.summary())
        self.report = report


# Only the last path component, for display and provenance: never used to open a file.
safe_file_name = tabular.safe_name
