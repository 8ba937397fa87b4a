"""The embedded Unicode font (DejaVu Sans, shipped in ``resources/fonts`` with its licence)."""

from __future__ import annotations

from functools import cache

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FILES = {
    FAMILY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
#: The faces every document prints. Italic is read when a page asks for it (the notice style,
#: ``<i>``: :func:`register_italic`); bold italic is set by no template (and a record's own text
#: is escaped, so it cannot ask for it): :func:`register_bold_italic`. Reading a face costs about
#: as much as laying out a one-pager's text (BENCHMARKS.md, « one-pager PDF, cold »).
_USED = (FAMILY, BOLD)


def _register(name: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from territoria.resources import resource_path

    pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", _FILES[name]))))


@cache
def register_fonts() -> str:
    """Register the regular and bold DejaVu Sans faces with reportlab (once per process) and the
    family's mapping; returns the family name. A page that sets italic calls :func:`register_italic`
    first (the notice style does it itself); without it reportlab refuses the page
    (« no afm found for … Oblique »).

    Raises ``FileNotFoundError`` naming the places looked at when a font file is missing.
    """
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    for name in _USED:
        _register(name)
    pdfmetrics.registerFontFamily(FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    addMapping(FAMILY, 0, 0, FAMILY)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
    return FAMILY


@cache
def register_italic() -> str:
    """Register the italic face too (the notice style, ``<i>`` in a paragraph); returns its name."""
    register_fonts()
    _register(ITALIC)
    return ITALIC


@cache
def register_bold_italic() -> str:
    """Register the bold italic face too (no document uses it today); returns its name."""
    register_italic()
    _register(BOLD_ITALIC)
    return BOLD_ITALIC


@cache
def covered_codepoints() -> frozenset[int]:
    """The code points DejaVu Sans can draw (anything else would print as an empty box)."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    return frozenset(pdfmetrics.getFont(FAMILY).face.charToGlyph)
