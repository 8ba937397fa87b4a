"""Documents that must fit on exactly one A4 page, whatever the length of the record.

The builder is called with shrinking :class:`FitLevel` s (smaller type first, then shortened
texts) until its story fits the body frame; the last level is also wrapped in a shrinking
frame, so the page count is one by construction. A shortened document says so on the page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import IO, Any, TypeVar

from territoria.reports.context import ReportContext
from territoria.reports.markup import shorten
from territoria.reports.page import LANG, Metadata, body_frame_box, draw_footer, draw_header

T = TypeVar("T")
log = logging.getLogger(__name__)

SHORTENED_NOTICE = ("Fiche abrégée pour tenir sur une page : la fiche complète, avec toutes ses sources, "
                    "est consultable dans Territoria.")


@dataclass(frozen=True, slots=True)
class FitLevel:
    """Body size and length caps (None: no cap) tried in turn to fit one page."""

    size: float
    long_text: int | None = None
    medium_text: int | None = None
    short_text: int | None = None
    max_items: int | None = None
    #: Whether optional blocks (the questions to ask a project's lead) are laid out.
    extras: bool = False


LEVELS: tuple[FitLevel, ...] = (
    FitLevel(11.0, extras=True),  # a short record fills its page with larger type
    FitLevel(10.5, extras=True),
    FitLevel(10.0, extras=True),
    FitLevel(9.5, extras=True),
    FitLevel(9.5),
    FitLevel(9.0),
    FitLevel(8.5),
    FitLevel(9.0, 2400, 1400, 400, 8),
    FitLevel(8.5, 1800, 1100, 320, 6),
    FitLevel(8.5, 1500, 900, 300, 6),
    FitLevel(8.0, 1000, 550, 220, 4),
    FitLevel(7.5, 600, 320, 160, 3),
)


class Cutter:
    """Applies a level's caps and remembers whether anything was cut."""

    def __init__(self, level: FitLevel) -> None:
        self.level = level
        self.shortened = False

    def _cut(self, value: str | None, limit: int | None) -> str:
        value = value or ""
        if limit is None or len(value) <= limit:
            return value
        self.shortened = True
        return shorten(value, limit)

    def long(self, value: str | None) -> str:
        """A main text (summary)."""
        return self._cut(value, self.level.long_text)

    def medium(self, value: str | None) -> str:
        """A secondary text (problem, results)."""
        return self._cut(value, self.level.medium_text)

    def short(self, value: str | None) -> str:
        """A title, a name, a line."""
        return self._cut(value, self.level.short_text)

    def items(self, values: Sequence[T]) -> list[T]:
        """A list cut to the level's maximum count."""
        limit = self.level.max_items
        if limit is None or len(values) <= limit:
            return list(values)
        self.shortened = True
        return list(values[:limit])


StoryBuilder = Callable[[Cutter], list[Any]]
#: Flowables for the height left free under a story that fits (points, and the story's level).
Filler = Callable[[float, FitLevel], list[Any]]


def write_single_page(out: str | IO[bytes], context: ReportContext, kind: str, metadata: Metadata,
                      build: StoryBuilder, filler: Filler | None = None) -> None:
    """Draw the one-page document made by ``build`` into ``out`` (a path or a binary file).

    ``filler`` is given the height left under a story that fits, and returns what fills it
    (e.g. ruled lines for notes; flowables no taller than that height).
    """
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Frame, KeepInFrame
    from reportlab.platypus.flowables import _listWrapOn

    x, y, width, height = body_frame_box()
    from territoria.reports.fonts import FAMILY, register_fonts

    register_fonts()
    canvas = Canvas(out, pagesize=_a4(), lang=LANG, pageCompression=1, initialFontName=FAMILY,
                    initialFontSize=9.5, initialLeading=12)
    metadata.apply(canvas, context)
    story: list[Any] | None = None
    for level in LEVELS:
        candidate = build(Cutter(level))
        _, needed = _listWrapOn(candidate, width, canvas)
        if needed <= height - 2:
            story = candidate
            if filler is not None:
                story += filler(height - 2 - needed, level)
            break
    if story is None:  # even the shortest version is too long: scale it down into the frame
        story = [KeepInFrame(width, height - 2, build(Cutter(LEVELS[-1])), mode="shrink")]
    draw_header(canvas, context, kind)
    frame = Frame(x, y, width, height, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                  showBoundary=0)
    frame.addFromList(story, canvas)
    if story:  # cannot happen with a measured story; the page stays single whatever is left
        log.warning("one-page document: %d flowables left out", len(story))
    draw_footer(canvas, context)
    canvas.showPage()
    canvas.save()


def _a4() -> tuple[float, float]:
    from reportlab.lib.pagesizes import A4

    return A4
