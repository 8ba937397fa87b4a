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
#: The faces the documents use. No template sets bold italic (and a record's own text is
#: escaped, so it cannot ask for it): that face is registered only by :func:`register_bold_italic`.
#: Reading a face costs about as much as writing a whole one-pager's text (BENCHMARKS.md).
_USED = (FAMILY, BOLD, ITALIC)


def _register(name: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from territoria.resources import resource_path

    pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", _FILES[name]))))


@cache
def register_fonts() -> str:
    """Register the DejaVu Sans faces the documents use with reportlab (once per process);
    returns the family name. A template that needs bold italic calls :func:`register_bold_italic`
    (without it, reportlab refuses the page: « no afm found for … BoldOblique »).

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
def register_bold_italic() -> str:
    """Register the bold italic face too (no document uses it today); returns its name."""
    register_fonts()
    _register(BOLD_ITALIC)
    return BOLD_ITALIC


@cache
def covered_codepoints() -> frozenset[int]:
    """The code points DejaVu Sans can draw (anything else would print as an empty box)."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    return frozenset(pdfmetrics.getFont(FAMILY).face.charToGlyph)
