"""The catalogue export: a contents page, then one section per initiative in the given order.

Memory stays flat for long lists: details are fetched ``batch_size`` at a time, laid out
and dropped; page numbers in the contents are late-bound (see :mod:`territoria.reports.flow`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any

from territoria.domain.format_fr import group_thousands
from territoria.reports.context import ReportContext
from territoria.reports.fonts import FAMILY
from territoria.reports.flow import anchor, define_number_forms, define_total_form, make_doc, number_slot, page_form
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


def write_catalogue_pdf(ids: Sequence[int], fetch: Fetch, context: ReportContext, out: str | IO[bytes], *,
                        title: str = "Catalogue des initiatives", description: str = "",
                        progress: Progress | None = None, batch_size: int = 50) -> int:
    """Write the catalogue of ``ids`` (in that order) to ``out``; returns the number of sections.

    ``fetch(ids_chunk)`` returns the details of a chunk (unknown ids skipped). ``progress.step``
    is called after each batch and may raise ``Cancelled``.
    """
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    from territoria.reports.one_pager import initiative_story

    progress = progress or NullProgress()
    ids = list(dict.fromkeys(ids))  # the same initiative twice would share one destination
    total = len(ids)
    styles = make_styles(9)
    width = body_frame_box()[2]

    entries: list[tuple[int, str, str]] = []  # (id, title, place): all a contents line needs
    for chunk in _chunks(ids, batch_size * 4):
        entries.extend((d.id, d.title, d.place.label) for d in fetch(chunk))
        progress.step(0, total, "Préparation du sommaire…")
    present = [initiative_id for initiative_id, _, _ in entries]

    pages: dict[str, int] = {}
    doc = make_doc(out, context, KIND, Metadata(title=title, subject=description or KIND,
                                                keywords=("intelligence artificielle", "collectivités", "catalogue")))

    def finish(canvas: Any) -> None:
        define_number_forms(canvas, {page_form(_key(i)): str(pages.get(_key(i), "–")) for i in present},
                            styles.small.fontSize)
        define_total_form(canvas)

    doc.finish_forms = finish

    def front() -> list[Any]:
        story: list[Any] = [anchor("contents", "Sommaire", 0, pages),
                            Paragraph(text(title), styles.cover_title)]
        if description:
            story.append(Paragraph(text(description), styles.subtitle))
        count = f"{group_thousands(len(entries))} initiative{'s' if len(entries) > 1 else ''}"
        story.append(Paragraph(text(count), styles.body))
        story.append(Spacer(1, 4 * MM))
        story.append(Paragraph(escape("Sommaire"), styles.heading))
        if not entries:
            story.append(Paragraph(text("Aucune initiative ne correspond à cette liste."), styles.body))
        story.extend(_contents_row(n, i, t, p, styles, width) for n, (i, t, p) in enumerate(entries, start=1))
        return story

    def sections() -> Iterator[list[Any]]:
        yield front()
        done = 0
        for chunk in _chunks(present, batch_size):
            batch: list[Any] = []
            for detail in fetch(chunk):
                done += 1
                batch.append(PageBreak())
                batch.append(anchor(_key(detail.id), f"{done}. {detail.title}", 0, pages))
                batch.extend(initiative_story(detail, Cutter(FULL), width, notice=False))
            yield batch
            progress.step(done, total, f"Mise en page : {group_thousands(done)} / {group_thousands(total)} initiatives")

    from territoria.reports.flow import run_build

    run_build(doc, out, sections())
    return len(present)
