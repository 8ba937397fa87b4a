"""The catalogue export: a contents page, then one section per initiative in the given order.

Memory stays flat for long lists: details are fetched ``batch_size`` at a time, laid out
and dropped; page numbers in the contents are late-bound (see :mod:`territoria.reports.flow`);
long catalogues are written in parts of ``part_size`` initiatives and joined
(:mod:`territoria.reports.pdf_parts`), since reportlab holds a whole document until it saves it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any

from territoria.domain.format_fr import group_thousands
from territoria.domain.reasons import Reason
from territoria.reports.context import ReportContext
from territoria.reports.fonts import FAMILY
from territoria.reports.flow import (
    TOTAL_PLACEHOLDER,
    anchor,
    define_number_forms,
    define_total_form,
    make_doc,
    number_slot,
    page_form,
)
from territoria.reports.markup import escape, text
from territoria.reports.page import MM, Metadata, body_frame_box
from territoria.reports.single_page import Cutter, FitLevel
from territoria.reports.styles import make_styles
from territoria.services.progress import NullProgress, Progress
from territoria.services.records import InitiativeDetail

KIND = "Catalogue d'initiatives"
FULL = FitLevel(9.0)
Fetch = Callable[[Sequence[int]], list[InitiativeDetail]]


def _chunks(ids: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _key(initiative_id: int) -> str:
    return f"ini-{initiative_id}"


def _contents_row(number: int, initiative_id: int, title: str, place: str, styles: Any, width: float) -> Any:
    from reportlab.platypus import Paragraph, Table, TableStyle

    label = f'<a href="#{_key(initiative_id)}">{text(title)}</a>'
    if place:
        label += f' <font color="#555555">— {text(place)}</font>'
    row = [Paragraph(f"{number}.", styles.small), Paragraph(label, styles.small),
           number_slot(page_form(_key(initiative_id)), styles.small.fontSize)]
    table = Table([row], colWidths=[10 * MM, width - 26 * MM, 16 * MM], hAlign="LEFT")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FAMILY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    return table


def _placeholders(ids: Sequence[int]) -> Any:
    """A zero-size flowable naming every section's destination where the front ends.

    The front part links to sections written in other parts; reportlab refuses to save
    links to names it does not know. Each stand-in lies one point below the previous one,
    so the join can tell which section a link of the contents means (a title wrapped over
    two lines has two links) and point it there (``pdf_parts.join_parts``).
    """
    from reportlab.platypus import Flowable

    class Placeholders(Flowable):
        _ZEROSIZE = 1

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            for index, initiative_id in enumerate(ids):
                self.canv.bookmarkHorizontal(_key(initiative_id), 0, -index)

    return Placeholders()


#: Initiatives per part of a long catalogue (see :mod:`territoria.reports.pdf_parts`): about
#: 100 pages, whose memory reportlab holds until the part is saved (as much as a whole
#: catalogue of 100 initiatives, so longer ones use no more).
PART_SIZE = 100


def write_catalogue_pdf(ids: Sequence[int], fetch: Fetch, context: ReportContext, out: str | IO[bytes], *,
                        title: str = "Catalogue des initiatives", description: str = "",
                        progress: Progress | None = None, batch_size: int = 50, part_size: int = PART_SIZE) -> int:
    """Write the catalogue of ``ids`` (in that order) to ``out``; returns the number of sections.

    ``fetch(ids_chunk)`` returns the details of a chunk (unknown ids skipped). ``progress.step``
    is called after each batch and may raise ``Cancelled``. Catalogues of more than
    ``part_size`` initiatives are written in parts of that many and joined, so memory does
    not grow with their length; the file reads the same (contents, links, outline, "page X / N").
    """
    progress = progress or NullProgress()
    ids = list(dict.fromkeys(ids))  # the same initiative twice would share one destination
    total = len(ids)
    entries: list[tuple[int, str, str]] = []  # (id, title, place): all a contents line needs
    for chunk in _chunks(ids, batch_size * 4):
        entries.extend((d.id, d.title, d.place.label) for d in fetch(chunk))
        progress.step(0, total, Reason.of("progress_contents"))
    writer = _Writer(entries, fetch, context, title, description, progress, batch_size, total)
    if len(entries) <= part_size:
        writer.whole(out)
    else:
        writer.in_parts(out, part_size)
    return len(entries)


class _Writer:
    """The catalogue's layout: its front (title and contents) and its sections."""

    def __init__(self, entries: list[tuple[int, str, str]], fetch: Fetch, context: ReportContext, title: str,
                 description: str, progress: Progress, batch_size: int, total: int) -> None:
        self.entries, self.fetch, self.context = entries, fetch, context
        self.title, self.description, self.progress = title, description, progress
        self.batch_size, self.total = batch_size, total
        self.present = [initiative_id for initiative_id, _, _ in entries]
        self.styles = make_styles(9)
        self.width = body_frame_box()[2]
        self.pages: dict[str, int] = {}  # anchor key -> page number in the whole document
        self.done = 0

    def _doc(self, out: Any, page_offset: int = 0) -> Any:
        metadata = Metadata(title=self.title, subject=self.description or KIND,
                            keywords=("intelligence artificielle", "collectivités", "catalogue"))
        return make_doc(out, self.context, KIND, metadata, page_offset=page_offset)

    def _finish(self, total: str | None) -> Callable[[Any], None]:
        def finish(canvas: Any) -> None:
            define_number_forms(canvas, {page_form(_key(i)): str(self.pages.get(_key(i), "–")) for i in self.present},
                                self.styles.small.fontSize)
            define_total_form(canvas, total)

        return finish

    def front(self, pages: dict[str, int], *, last: list[Any] | None = None) -> Iterator[list[Any]]:
        """The title, the count, then the contents 100 rows at a time (page numbers are
        late-bound forms), then ``last``: built as laid out, so 1,000 rows never sit in memory."""
        from reportlab.platypus import Paragraph, Spacer

        styles, entries = self.styles, self.entries
        story: list[Any] = [anchor("contents", "Sommaire", 0, pages), Paragraph(text(self.title), styles.cover_title)]
        if self.description:
            story.append(Paragraph(text(self.description), styles.subtitle))
        count = f"{group_thousands(len(entries))} initiative{'s' if len(entries) > 1 else ''}"
        story.append(Paragraph(text(count), styles.body))
        story.append(Spacer(1, 4 * MM))
        story.append(Paragraph(escape("Sommaire"), styles.heading))
        if not entries:
            story.append(Paragraph(text("Aucune initiative ne correspond à cette liste."), styles.body))
        yield story
        for start in range(0, len(entries), 100):
            yield [_contents_row(n, i, t, p, styles, self.width)
                   for n, (i, t, p) in enumerate(entries[start:start + 100], start=start + 1)]
        if last:
            yield last

    def sections(self, ids: Sequence[int], pages: dict[str, int], *, first_break: bool = True) -> Iterator[list[Any]]:
        """One batch of flowables per ``batch_size`` initiatives, each section on a new page."""
        from reportlab.platypus import PageBreak

        from territoria.reports.one_pager import initiative_story

        page_break = first_break
        for chunk in _chunks(ids, self.batch_size):
            batch: list[Any] = []
            for detail in self.fetch(chunk):
                if page_break:
                    batch.append(PageBreak())
                page_break = True
                self.done += 1
                batch.append(anchor(_key(detail.id), f"{self.done}. {detail.title}", 0, pages))
                batch.extend(initiative_story(detail, Cutter(FULL), self.width, notice=False))
            yield batch
            self.progress.step(self.done, self.total, Reason.of("progress_layout", done=self.done, total=self.total))

    def whole(self, out: Any) -> None:
        """The catalogue as one document (short lists)."""
        from territoria.reports.flow import run_build

        doc = self._doc(out)
        doc.finish_forms = self._finish(None)

        def batches() -> Iterator[list[Any]]:
            yield from self.front(self.pages)
            yield from self.sections(self.present, self.pages)

        run_build(doc, out, batches())

    def in_parts(self, out: Any, part_size: int) -> None:
        """Sections in parts of ``part_size`` initiatives, then the front, joined into ``out``."""
        import gc
        import tempfile
        from pathlib import Path

        from territoria.reports.flow import run_build
        from territoria.reports.pdf_parts import join_parts

        with tempfile.TemporaryDirectory(prefix="territoria-catalogue-") as folder:
            work = Path(folder)
            # the front's length does not depend on the numbers it shows: lay it out once to know it
            probe = self._doc(work / "front-probe.pdf")
            probe.finish_forms = self._finish(TOTAL_PLACEHOLDER)
            run_build(probe, str(work / "front-probe.pdf"), self.front({}, last=[_placeholders(self.present)]))
            offset = probe.page
            del probe  # its canvas and pages would stay alive through every part
            gc.collect()
            parts: list[Path] = []
            for number, ids in enumerate(_chunks(self.present, part_size)):
                path = work / f"part-{number}.pdf"
                local: dict[str, int] = {}
                doc = self._doc(str(path), page_offset=offset)
                doc.finish_forms = lambda canvas: define_total_form(canvas, TOTAL_PLACEHOLDER)
                run_build(doc, str(path), self.sections(ids, local, first_break=False))
                self.pages.update({key: page + offset for key, page in local.items()})
                offset += doc.page
                parts.append(path)
                del doc
                gc.collect()  # reportlab's document and canvas refer to each other: free them now
            front = work / "front.pdf"
            doc = self._doc(str(front))
            doc.finish_forms = self._finish(str(offset))
            run_build(doc, str(front), self.front({}, last=[_placeholders(self.present)]))
            if isinstance(out, (str, Path)):
                with open(out, "wb") as stream:
                    join_parts(front, parts, stream, offset)
            else:
                join_parts(front, parts, out, offset)
