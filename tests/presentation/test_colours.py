"""Colours are named once, in analytics/presentation/colours.py: no other app module writes a
colour literal, so one meaning keeps one colour on the pages, the map, the brief and its image."""

from __future__ import annotations

import re

import pytest

from analytics.presentation import colours
from tests.conftest import ROOT

# '#0072B2', '#fff'; rgb()/rgba() with numbers; CSS or plotly colour keywords written as a value
HEX = re.compile(r"#[0-9a-fA-F]{3,8}\b")
RGB = re.compile(r"rgba?\(\s*\d")
KEYWORD = re.compile(r"""["':]\s*(white|black|red|green|blue|grey|gray|orange|yellow|purple|navy|silver)\s*["';}]""")
COLOURS_MODULE = ROOT / "analytics" / "presentation" / "colours.py"


def _app_files():
    files = [ROOT / "dashboard.py"] + sorted((ROOT / "analytics").rglob("*.py")) + sorted((ROOT / "pages").rglob("*.py"))
    return [p for p in files if p != COLOURS_MODULE]


def colour_literals(text: str) -> list[str]:
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        for pattern in (HEX, RGB, KEYWORD):
            found += [f"{number}: {m.group(0)}" for m in pattern.finditer(line)]
    return found


def test_no_colour_literal_outside_the_colours_module():
    files = _app_files()
    assert len(files) > 100  # the app was found
    offenders = {p.relative_to(ROOT).as_posix(): hits for p in files
                 if (hits := colour_literals(p.read_text(encoding="utf-8")))}
    assert not offenders, f"colour literals outside analytics/presentation/colours.py: {offenders}"


@pytest.mark.parametrize("text", ['fill="#333"', "border: 1px solid #E69F00;", 'color="rgba(255,255,255,0.8)"',
                                  'line={"color": "white"}', "background: white;"])
def test_the_check_sees_a_colour(text):
    assert colour_literals(text)


@pytest.mark.parametrize("text", ['"num_format": "#,##0"', "# issue 26", 'fill="url(#{gradient_id})"',
                                  "return f\"rgb({r}, {g}, {b})\"", "# scales come as '#rrggbb'", '"white paper"'])
def test_the_check_ignores_what_is_no_colour(text):
    assert not colour_literals(text)


def test_css_writes_named_colours_and_refuses_unknown_names():
    assert colours.css("p { color: $TEXT_MUTED; border: 1px solid $WARNING; }") == \
        f"p {{ color: {colours.TEXT_MUTED}; border: 1px solid {colours.WARNING}; }}"
    with pytest.raises(KeyError):
        colours.css("p { color: $NO_SUCH_COLOUR; }")


def test_every_colour_is_a_colour():
    values = [v for name, v in vars(colours).items() if name.isupper() and isinstance(v, str)]
    values += [v for name, d in vars(colours).items() if name.isupper() and isinstance(d, dict) for v in d.values()]
    values += colours.PALETTE
    assert len(values) > 60
    bad = [v for v in values if not re.fullmatch(r"#[0-9a-fA-F]{6}|rgba?\([\d., ]+\)", v)]
    assert not bad
