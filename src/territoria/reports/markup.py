"""Turning database text into reportlab Paragraph markup that prints literally.

reportlab's ``Paragraph`` parses an XML-like mini language (``<b>``, ``<font>``, ``<img>``,
``<a>``, entities). Every string that comes from the database goes through :func:`text`
(or :func:`plain`) so that a title such as ``<img src="/etc/passwd">`` prints as written and
never loads a file, changes a font or breaks the parser.
"""

from __future__ import annotations

import re

from territoria.domain.format_fr import typographic

# C0/C1 control characters (except tab and newline) are invalid in XML and in the PDF text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_REPLACEMENT = "\ufffd"


def plain(value: object) -> str:
    """``value`` for ``canvas.drawString``: control characters dropped, undrawable characters as "�"."""
    from territoria.reports.fonts import covered_codepoints

    raw = _CONTROL.sub("", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    covered = covered_codepoints()
    return "".join(ch if ord(ch) in covered or ch in "\n\t" else _REPLACEMENT for ch in raw)


def escape(value: object) -> str:
    """``value`` as markup that shows exactly its characters (``&``, ``<``, ``>``, quotes escaped).

    Control characters are dropped and characters the embedded font cannot draw become "�".
    The narrow no-break space (U+202F) becomes a no-break space (U+00A0): reportlab's line
    breaking treats U+202F as an ordinary breakable space, which would split "200 000 €".
    """
    raw = plain(value).replace("\u202f", "\u00a0")
    return (raw.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def text(value: object) -> str:
    """French typography, then escaping; line breaks become ``<br/>``."""
    return escape(typographic(str(value))).replace("\n", "<br/>")


def paragraphs(value: str) -> list[str]:
    """Split free text on blank lines into escaped paragraph markups (empty text → [])."""
    chunks = [chunk.strip() for chunk in re.split(r"\n\s*\n", value or "")]
    return [text(chunk) for chunk in chunks if chunk]


def bold(value: object) -> str:
    """Escaped text in bold."""
    return f"<b>{text(value)}</b>"


def link(url: str, label: str | None = None) -> str:
    """A clickable link to ``url`` showing ``label`` (or the URL itself), both escaped.

    Only http(s) and mailto links are made clickable; anything else prints as plain text.
    """
    shown = escape(label if label is not None else url)
    if not re.match(r"^(https?://|mailto:)", url or "", re.IGNORECASE):
        return shown
    return f'<a href="{escape(url)}" color="#1f4e79">{shown}</a>'


def shorten(value: str, limit: int) -> str:
    """``value`` cut to at most ``limit`` characters at a word boundary, with "…"."""
    value = (value or "").strip()
    if len(value) <= limit:
        return value
    cut = value[: max(limit - 1, 1)]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + "…"
