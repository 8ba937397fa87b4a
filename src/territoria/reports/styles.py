"""Paragraph styles of every Territoria document: an official note, sober and readable at 100 %."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Colours (hex) shared by the documents.
INK = "#1a1a1a"
MUTED = "#555555"
ACCENT = "#1f4e79"
RULE = "#b8c4d0"
SHADE = "#eef2f6"


@dataclass(frozen=True)
class Styles:
    """The named paragraph styles of one document, at one body size."""

    body: Any
    small: Any
    tiny: Any
    label: Any
    title: Any
    subtitle: Any
    heading: Any
    heading2: Any
    #: the italic notice, read through :attr:`notice` (which registers the italic face first)
    italic_notice: Any
    toc1: Any
    relay: Any
    toc2: Any
    cover_title: Any

    @property
    def notice(self) -> Any:
        """The italic notice style ("Non précisé : …", "Fiche abrégée…"); the italic face is read
        only when a page uses it (``reports.fonts``)."""
        from territoria.reports.fonts import register_italic

        register_italic()
        return self.italic_notice


def make_styles(size: float = 9.5) -> Styles:
    """Styles for a body text of ``size`` points (one-pagers shrink it to fit one page)."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    from territoria.reports.fonts import BOLD, FAMILY, ITALIC, register_fonts

    register_fonts()
    ink, muted, accent = colors.HexColor(INK), colors.HexColor(MUTED), colors.HexColor(ACCENT)
    body = ParagraphStyle("body", fontName=FAMILY, fontSize=size, leading=size * 1.32, textColor=ink,
                          alignment=TA_LEFT, spaceAfter=size * 0.35, allowWidows=0, allowOrphans=0,
                          bulletFontName=FAMILY)
    small = ParagraphStyle("small", parent=body, fontSize=size * 0.85, leading=size * 0.85 * 1.3, spaceAfter=1)
    return Styles(
        body=body,
        small=small,
        tiny=ParagraphStyle("tiny", parent=body, fontSize=size * 0.75, leading=size * 0.75 * 1.3,
                            textColor=muted, spaceAfter=0),
        label=ParagraphStyle("label", parent=small, fontName=BOLD, textColor=muted),
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=size * 1.75,
                             leading=size * 1.75 * 1.18, textColor=accent, spaceAfter=size * 0.3),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=size * 1.05, leading=size * 1.05 * 1.3,
                                textColor=ink, spaceAfter=size * 0.6),
        heading=ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=size * 1.12,
                               leading=size * 1.12 * 1.25, textColor=accent, spaceBefore=size * 0.7,
                               spaceAfter=size * 0.25, keepWithNext=1),
        heading2=ParagraphStyle("heading2", parent=body, fontName=BOLD, fontSize=size * 1.02,
                                leading=size * 1.3, textColor=ink, spaceBefore=size * 0.6,
                                spaceAfter=size * 0.2, keepWithNext=1),
        italic_notice=ParagraphStyle("notice", parent=body, fontName=ITALIC, fontSize=size * 0.85,
                              leading=size * 0.85 * 1.3, textColor=muted, spaceBefore=size * 0.4),
        toc1=ParagraphStyle("toc1", parent=body, fontSize=size * 1.02, leading=size * 1.45, leftIndent=0,
                            firstLineIndent=0, spaceAfter=1),
        relay=ParagraphStyle("relay", parent=small, spaceAfter=size * 0.45),
        toc2=ParagraphStyle("toc2", parent=body, fontSize=size * 0.92, leading=size * 1.3, leftIndent=14,
                            firstLineIndent=0, spaceAfter=0),
        cover_title=ParagraphStyle("cover_title", parent=body, fontName=BOLD, fontSize=size * 2.6,
                                   leading=size * 2.6 * 1.15, textColor=accent, spaceAfter=size),
    )
