"""Data is shown as text: the markdown/HTML escape, the link maker and Plotly labels."""

import re

import pytest

from analytics.presentation.markup import WORD_JOINER, html_text, md_link, md_text, plotly_text, safe_url

HOSTILE = [
    "![x](http://127.0.0.1:1/img.png)",
    "[Klik untuk verifikasi](http://evil.example/)",
    '<a href="http://evil.example/">Klik</a>',
    "<img src=http://127.0.0.1:1/img.png>",
    "http://evil.example/bare",
    "www.evil.example",
    "admin@evil.example",
    ":red[merah] :material/home: :smile:",
    "$x^2$ and $$y$$",
    "# heading\n- item\n| a | b |\n|---|---|",
    "**bold** _it_ ~~strike~~ `code`",
    "&lt;script&gt; &#60;b&#62;",
    "\\[not a link\\](http://evil.example/)",
]


# what opens or closes markdown (CommonMark, GFM, LaTeX, Streamlit's directives) or HTML
MARKUP = set("\\`*_{}[]()#+-.!|<>~$&^=")


def _unescaped_markup(text: str) -> list[str]:
    """Markup characters in ``text`` not preceded by an escaping backslash."""
    found, i = [], 0
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] in MARKUP:
            found.append(text[i])
        i += 1
    return found


@pytest.mark.parametrize("text", HOSTILE)
def test_md_text_escapes_every_markup_character(text):
    escaped = md_text(text)
    assert _unescaped_markup(escaped) == []
    assert "\n" not in escaped and "\r" not in escaped
    # removing the escapes gives the text back (line breaks as spaces): nothing is lost
    assert re.sub(r"\\(.)", r"\1", escaped).replace(WORD_JOINER, "") == text.replace("\n", " ")


def test_md_text_keeps_bare_addresses_from_becoming_links():
    """GFM links bare addresses after parsing, whatever the escapes: a word joiner breaks them."""
    escaped = md_text("http://evil.example/ HTTPS://x.id www.evil.example WWW.x.id admin@evil.example")
    plain = re.sub(r"\\(.)", r"\1", escaped)
    assert "://" not in plain and "www." not in plain.lower() and not re.search(r"[\w.+-]@", plain)
    assert plain.replace(WORD_JOINER, "") == "http://evil.example/ HTTPS://x.id www.evil.example WWW.x.id admin@evil.example"


def test_md_text_keeps_letters_digits_and_non_ascii():
    assert md_text("Kab. Kotawaringin Barat – 1.234 peserta") == "Kab\\. Kotawaringin Barat – 1\\.234 peserta"
    assert md_text("41,56 juta; catatan: 'x' \"y\" 50% a/b?") == "41,56 juta; catatan: 'x' \"y\" 50% a/b?"
    assert md_text(None) == "" and md_text(float("nan")) == ""
    assert md_text(12) == "12"


@pytest.mark.parametrize("url", [
    "http://jdih.kalteng.go.id/perbup/2021/12.pdf",
    "https://bpjsketenagakerjaan.go.id/berita/28681/x.html?a=1&b=2#top",
    "https://example.org:8443/path_(x)",
])
def test_safe_url_accepts_http_addresses(url):
    assert safe_url(url) == url
    assert safe_url(f"  {url} ") == url


@pytest.mark.parametrize("url", [
    None, "", "javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd",
    "ftp://host/x", "//evil.example/x", "http://", "http:///path", "http://user:pw@evil.example/",
    "http://evil.example/<script>", 'http://evil.example/"x', "http://evil .example/", "http://evil.example/\\x",
    "http://evil.example/\nx", "http://host:99999999/", "http://" + "a" * 3000 + ".id/", 12,
    "[Klik](http://evil.example/)",
])
def test_safe_url_refuses_everything_else(url):
    assert safe_url(url) is None


def test_md_link_shows_the_address_and_only_links_checked_ones():
    link = md_link("https://jdih.kalteng.go.id/a_(b).pdf", "buka sumber")
    assert link == "buka sumber [https://jdih\\.kalteng\\.go\\.id/a\\_\\(b\\)\\.pdf](https://jdih.kalteng.go.id/a_%28b%29.pdf)"
    # anything else is text: no link at all
    for bad in ("javascript:alert(1)", "[Klik](http://evil.example/)", "http://evil.example/<b>"):
        assert "](" not in md_link(bad).replace("\\]\\(", "")
        assert _unescaped_markup(md_link(bad)) == []


def test_html_text_and_plotly_text_make_tags_text():
    assert html_text('<a href="x">&') == "&lt;a href=&quot;x&quot;&gt;&amp;"
    assert plotly_text('<a href="http://evil.example/">Klik</a> & <b>') == \
        '&lt;a href="http://evil.example/"&gt;Klik&lt;/a&gt; &amp; &lt;b&gt;'
    assert plotly_text(None) == ""
