"""Data is shown as text, never as markup.

Everything that comes from data (a source title, a note, a URL, a follow-up's owner or action, a
region's detail) passes through :func:`md_text` before ``st.markdown``, ``st.caption``,
``st.info``, ``st.table`` cells, a widget's ``help`` or any other element that renders Streamlit
markdown; HTML documents (the brief's HTML/PDF, the SVG map) use :func:`html_text`. Links are
made only by the app, by :func:`md_link` from an address :func:`safe_url` accepts, and always
show that address.

Streamlit's markdown is CommonMark + GFM (autolinks of bare ``http://``, ``www.`` and e-mail
addresses, tables, strikethrough) + its own directives (``:red[…]``, ``:material/icon:``,
emoji ``:smile:``) + LaTeX between ``$``. Any ASCII punctuation character may be escaped with a
backslash in CommonMark and then stands for itself; escaping those that open a construct leaves
none to start: no link, image, HTML tag or entity, directive, emphasis, heading, list, table or
formula. Line breaks become spaces (a new line could start a block). GFM's autolinks of bare
addresses are made after parsing, so escapes cannot stop them: a word joiner does.
"""

from __future__ import annotations

import html
import math
import re
from urllib.parse import quote, urlsplit

# The ASCII punctuation that can start or end a markdown construct in Streamlit (CommonMark, GFM,
# LaTeX, its :colour[…] directives) or an HTML tag or entity; each may be backslash-escaped and
# then stands for itself. Left alone, because they start nothing: , ; : ' " / ? % @
# (``:smile:`` becomes an emoji at worst; directives need the escaped '['; bare addresses and
# e-mail autolinks are broken by the word joiner below).
_PUNCTUATION = frozenset("\\`*_{}[]()#+-.!|<>~$&^=")
_ESCAPES = {ord(c): "\\" + c for c in _PUNCTUATION}
_ESCAPES.update({ord("\r"): " ", ord("\n"): " ", ord("\u2028"): " ", ord("\u2029"): " ", ord("\t"): " "})
MAX_URL_CHARS = 2048
# What a URL may hold besides letters and digits (RFC 3986 unreserved, reserved and '%'):
# no spaces, quotes, angle brackets, backslashes or control characters.
_URL_CHARS = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")


def md_text(value: object) -> str:
    """``value`` as literal text for Streamlit markdown (and for HTML shown through it): every
    ASCII punctuation character backslash-escaped, line breaks as spaces, bare addresses kept
    from becoming links (see :data:`WORD_JOINER`). None/NaN give ""."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return _AUTOLINK.sub(_joined, str(value)).translate(_ESCAPES)


# GFM's autolinks of bare addresses (``http://…``, ``www.…``, ``name@host.id``) are made after
# parsing, from the text that escapes leave (remark-gfm's autolink-literal transform), so a
# backslash cannot stop them. An invisible WORD JOINER inside the pattern does: ``http:⁠//``,
# ``www⁠.``, ``name⁠@host`` no longer match, and the text reads and wraps the same.
WORD_JOINER = "\u2060"
_AUTOLINK = re.compile(r"(?<=:)(?=//)|(?i:(?<=www))(?=\.)|(?=@)")


def _joined(match: re.Match) -> str:
    return WORD_JOINER


def html_text(value: object) -> str:
    """``value`` as literal text inside an HTML or SVG document (quotes included)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return html.escape(str(value), quote=True)


def safe_url(value: object) -> str | None:
    """``value`` when it is an absolute http(s) address with a host that a link may point to,
    else None: no other scheme (``javascript:``, ``data:``, ``file:``), no credentials, no
    spaces, quotes, angle brackets, backslashes or control characters, at most MAX_URL_CHARS."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    if not url or len(url) > MAX_URL_CHARS or not _URL_CHARS.fullmatch(url):
        return None
    try:
        parts = urlsplit(url)
        port = parts.port  # raises on a malformed port
    except ValueError:
        return None
    del port
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or "@" in parts.netloc:
        return None
    return url


def md_link(url: object, label: object | None = None) -> str:
    """A markdown link the app makes: only to an address :func:`safe_url` accepts, and showing
    that address (after ``label``, when given). Anything else is shown as plain text."""
    target = safe_url(url)
    if target is None:
        return md_text(url)
    # inside (…) the destination ends at a space or an unbalanced ')': encode what could end it
    destination = quote(target, safe="-._~:/?#@!$&'*+,;=%[]")
    shown = target.translate(_ESCAPES)  # inside a link no autolink is made: no word joiners
    return f"{md_text(label)} [{shown}]({destination})" if label else f"[{shown}]({destination})"


def plotly_text(value: object) -> str:
    """``value`` as literal text in a Plotly label, hover, legend or axis title: Plotly draws
    ``<a href>``, ``<b>``, ``<br>``, ``<img>``-like tags in text, and decodes ``&lt;`` / ``&amp;``
    back to the characters, so those are what tags become."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
