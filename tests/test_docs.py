"""The documentation keeps up with the code (as Datasette's test_docs.py does): every module under
analytics/ has its place in the README's "Where things live" table, every environment variable
the code reads is in the README, every named query has a caller, every dataset and map measure
has a name in both languages, and every document the code cites exists."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
CODE_DIRS = ("analytics", "pages")


def _python_files(*dirs: str) -> list[Path]:
    return sorted(p for d in dirs for p in (ROOT / d).rglob("*.py"))


def _where_things_live() -> str:
    start = README.index("### Where things live")
    end = README.index("\n#", start + 4)
    return README[start:end]


def _documented_modules() -> list[str]:
    """Glob patterns of the modules the table names. A row names modules by path
    (``analytics/ingest/tabular.py``), by a folder (``analytics/presentation/``), by a pattern
    (``analytics/charts/<area>.py``), or by a bare file name that lives in the folder of the
    path named before it in the row (``analytics/maps/labels.py``, ``svg.py``)."""
    patterns = []
    for row in _where_things_live().splitlines():
        if not row.startswith("|"):
            continue
        folder = None
        for token in re.findall(r"`([^`]+)`", row):
            token = re.sub(r"<[^>]+>", "*", token.split()[0])
            if token.startswith("analytics/"):
                folder = token if token.endswith("/") else token.rsplit("/", 1)[0] + "/"
                patterns.append(token + "*.py" if token.endswith("/") else token)
            elif token.endswith(".py") and "/" not in token and folder:
                patterns.append(folder + token)
    return patterns


def test_every_module_has_its_place_in_the_readme():
    patterns = _documented_modules()
    assert len(patterns) > 40, patterns  # the table was read
    missing = [
        path.relative_to(ROOT).as_posix() for path in _python_files("analytics")
        if path.name != "__init__.py" and path.name != "__main__.py"
        and not any(path.relative_to(ROOT).match(p) for p in patterns)
    ]
    assert not missing, f"modules missing from the README's 'Where things live' table: {missing}"


def _environment_variables() -> set[str]:
    """Every variable name analytics/config.py reads: its ENV_* names and the literal names it
    passes to os.environ.get."""
    tree = ast.parse((ROOT / "analytics" / "config.py").read_text())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id.startswith("ENV_")
                                                for t in node.targets):
            names.add(ast.literal_eval(node.value))
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get"
                and ast.unparse(node.func.value) == "os.environ" and isinstance(node.args[0], ast.Constant)):
            names.add(node.args[0].value)
    return names


def test_the_environment_is_read_in_config_only():
    readers = [
        f"{path.relative_to(ROOT)}:{n}" for path in _python_files(*CODE_DIRS) + [ROOT / "dashboard.py"]
        if path.name != "config.py" or path.parent.name != "analytics"
        for n, line in enumerate(path.read_text().splitlines(), 1)
        if re.search(r"os\.environ|os\.getenv|environ\[", line)
    ]
    assert not readers, readers


def test_every_environment_variable_is_documented():
    names = _environment_variables()
    assert "JAMSOSTEK_DB" in names and len(names) > 10, names
    undocumented = sorted(n for n in names if not re.search(rf"\b{re.escape(n)}\b", README))
    assert not undocumented, f"environment variables the README does not mention: {undocumented}"


def _named_queries() -> dict[str, str]:
    from analytics.queries import all_queries

    return all_queries()


def test_every_named_query_has_a_caller():
    """A query's name appears as a string in the code or the tests (a helper query of tests
    counts); the SQL explorer's examples are offered by the page under their names in both
    languages (``explorer.example.<name>``)."""
    from analytics.i18n import _all_strings

    sources = "\n".join(p.read_text() for p in _python_files(*CODE_DIRS, "tests") + [ROOT / "dashboard.py"]
                        if p.name != "test_docs.py")
    strings = _all_strings()
    uncalled = []
    for name in _named_queries():
        if name.startswith("example_"):
            pair = strings.get(f"explorer.example.{name}")
            if not pair or not all(pair):
                uncalled.append(f"{name} (an explorer example without its name)")
        elif not re.search(rf"""["']{name}["']""", sources):
            uncalled.append(name)
    assert not uncalled, f"named queries nothing calls: {uncalled}"


def _names_in_both_languages(keys: list[str]) -> list[str]:
    from analytics.i18n import _all_strings

    strings = _all_strings()
    return [key for key in keys if key not in strings or not all(part.strip() for part in strings[key])]


def test_every_dataset_has_a_name_in_both_languages():
    from analytics.ingest import datasets

    missing = _names_in_both_languages([f"data.dataset.{key}" for key in datasets.SPECS])
    assert not missing, f"datasets without a name in Indonesian and English: {missing}"


def test_every_map_measure_has_a_name_in_both_languages():
    from analytics.maps import metrics

    missing = _names_in_both_languages([f"map.metric.{key}" for key in metrics.METRICS])
    assert not missing, f"map measures without a name in Indonesian and English: {missing}"


def test_documents_the_code_cites_exist():
    """A document named in the code (``data/curated/README.md``, ``../shared/docs/domain.md``) is
    there, relative to the project."""
    absent = {}
    for path in _python_files(*CODE_DIRS):
        cited = set(re.findall(r"(?<![\w/.-])((?:\.\./)?[\w./-]*\w\.md)\b", path.read_text()))
        if missing := sorted(doc for doc in cited if not (ROOT / doc).is_file()):
            absent[path.relative_to(ROOT).as_posix()] = missing
    assert not absent, f"documents cited in the code that are not there: {absent}"


def test_no_app_module_over_600_lines():
    # issue 26: a reader takes a module in at once; the strings tables are data but split too
    long = {str(p.relative_to(ROOT)): n for p in [*_python_files(*CODE_DIRS), ROOT / "dashboard.py"]
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600}
    assert not long, f"split these modules (over 600 lines): {long}"
