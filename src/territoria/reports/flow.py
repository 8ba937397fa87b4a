"""Multi-page building blocks: bookmarks, late-bound page numbers, the page template.

Page numbers that are only known later (the total in "page X / N", the page of each entry in
a table of contents) are PDF *form XObjects*: a page draws the form by name now, and the
form's content (the number) is defined once the document is complete. One pass suffices,
which keeps a 1,000-initiative catalogue fast.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from territoria.reports.context import ReportContext
from territoria.reports.page import FOOTER_HEIGHT, HEADER_HEIGHT, LANG, MARGIN_X, PAGE_HEIGHT, PAGE_WIDTH, MM

TOTAL_FORM = "pagetotal"
#: What the total form of a document written in parts shows until the parts are joined: every
#: digit, so the embedded font subset has the glyphs of any total (see ``reports.pdf_parts``).
TOTAL_PLACEHOLDER = "0123456789"
NUMBER_BOX = (14 * MM, 12.0)  # width, height of a late-bound page number


def page_form(key: str) -> str:
    """The form name holding the page number of the anchor ``key``."""
    return "pg-" + key


def _flowable_base() -> type:
    from reportlab.platypus import Flowable

    return Flowable


def anchor(key: str, title: str, level: int, pages: dict[str, int], *, outline: bool = True) -> Any:
    """A zero-size flowable that marks ``key``: destination for links, outline entry, page number.

    The page it lands on is stored in ``pages[key]``.
    """
    from territoria.reports.markup import plain

    class Anchor(_flowable_base()):  # type: ignore[misc]
        _ZEROSIZE = 1

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            canv = self.canv
            canv.bookmarkHorizontal(key, 0, 0)  # relative to the current position
            if outline:
                canv.addOutlineEntry(plain(title)[:200], key, level=level, closed=level > 0)
            pages[key] = canv.getPageNumber()

    return Anchor()


def number_slot(form: str, font_size: float = 9) -> Any:
    """A flowable the size of a page number that draws the late-bound form ``form``."""

    class NumberSlot(_flowable_base()):  # type: ignore[misc]
        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return NUMBER_BOX[0], font_size * 1.2

        def draw(self) -> None:
            # a Paragraph puts its first baseline one font size below its top: do the same
            self.canv.saveState()
            self.canv.translate(0, font_size * 0.2)
            self.canv.doForm(form)
            self.canv.restoreState()

    return NumberSlot()


def define_number_forms(canvas: Any, numbers: dict[str, str], font_size: float = 9, color: str = "#1a1a1a",
                        *, right_aligned: bool = True) -> None:
    """Define each form of ``numbers`` (form name → text) in a :data:`NUMBER_BOX`."""
    from reportlab.lib import colors

    from territoria.reports.fonts import FAMILY

    width, height = NUMBER_BOX
    for name, value in numbers.items():
        canvas.beginForm(name, lowerx=0, lowery=-3, upperx=width, uppery=height)
        canvas.setFont(FAMILY, font_size)
        canvas.setFillColor(colors.HexColor(color))
        if right_aligned:
            canvas.drawRightString(width, 0, value)
        else:
            canvas.drawString(0, 0, value)
        canvas.endForm()


def define_total_form(canvas: Any, total: str | None = None) -> None:
    """Define the "N" of "page X / N": ``total``, else the current (last) page number."""
    from territoria.reports.styles import MUTED

    value = total if total is not None else str(canvas.getPageNumber() - 1)
    define_number_forms(canvas, {TOTAL_FORM: value}, 7, MUTED, right_aligned=False)


def make_doc(out: Any, context: ReportContext, kind: str, metadata: Any, *, page_offset: int = 0) -> Any:
    """An A4 document whose pages carry the header and a "page X / N" footer.

    ``page_offset``: pages before this one when it is a part of a longer document.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from territoria.reports.fonts import FAMILY, register_fonts
    from territoria.reports.page import draw_footer, draw_header

    register_fonts()

    def on_page(canvas: Any, doc: Any) -> None:
        draw_header(canvas, context, kind)
        reserve = 7 * MM
        draw_footer(canvas, context, f"page {canvas.getPageNumber() + page_offset} /", reserve=reserve)
        canvas.saveState()  # the total sits right after "page X /", drawn from the late-bound form
        canvas.translate(PAGE_WIDTH - MARGIN_X - reserve + 2, 9 * MM)
        canvas.doForm(TOTAL_FORM)
        canvas.restoreState()

    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                          topMargin=HEADER_HEIGHT, bottomMargin=FOOTER_HEIGHT, lang=LANG,
                          title=metadata.title, author=context.branding.agency_name[:200] or "Territoria",
                          subject=metadata.subject, keywords=", ".join(metadata.keywords),
                          creator=f"Territoria {context.app_version}", pageCompression=1,
                          initialFontName=FAMILY, initialFontSize=9.5, initialLeading=12)
    frame = Frame(MARGIN_X, FOOTER_HEIGHT, PAGE_WIDTH - 2 * MARGIN_X, PAGE_HEIGHT - HEADER_HEIGHT - FOOTER_HEIGHT,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    return doc


def run_build(doc: Any, out: Any, batches: Any, on_batch: Callable[[int], None] | None = None) -> None:
    """Lay out the flowables of each list in ``batches`` (an iterable), one list at a time.

    Unlike ``doc.build(story)``, the whole story is never held in memory: the next batch is
    asked for only when the previous one is laid out. ``on_batch(n)`` is called after each
    batch (progress, cancellation). Late-bound numbers are defined by ``doc.finish_forms``
    (a callable set by the caller) just before the file is saved.
    """
    doc._startBuild(out)
    canvas = doc.canv
    canvas._doctemplate = doc
    try:
        for number, batch in enumerate(batches, start=1):
            flowables = list(batch)
            while flowables:
                doc.clean_hanging()
                doc.handle_flowable(flowables)
            if on_batch is not None:
                on_batch(number)
    finally:
        del canvas._doctemplate
    doc._doSave = 0  # save after the forms are defined
    doc._endBuild()
    finish = getattr(doc, "finish_forms", None)
    if finish is not None:
        finish(canvas)
    canvas.save()
