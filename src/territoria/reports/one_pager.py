"""The initiative one-pager: an A4 note a secretary can put in front of the municipal council.

``initiative_pdf(detail, context) -> bytes`` and ``write_initiative_pdf(detail, context, out)``.
Always exactly one page (see :mod:`territoria.reports.single_page`).
"""

from __future__ import annotations

import io
from typing import IO, Any

from territoria.reports import fields
from territoria.reports.context import Branding, ReportContext, WhyComparable
from territoria.reports.fonts import FAMILY
from territoria.reports.markup import escape, link, paragraphs, text
from territoria.reports.page import MM, Metadata
from territoria.reports.single_page import SHORTENED_NOTICE, Cutter, write_single_page
from territoria.reports.styles import make_styles
from territoria.services.record_details import InitiativeDetail, SourceRef

KIND = "Fiche initiative"


def metadata(detail: InitiativeDetail) -> Metadata:
    """Title, subject and keywords of the one-pager of ``detail``."""
    place = detail.place
    keywords = (*fields.labels(detail.themes, fields.THEMES), *fields.labels(detail.techniques, fields.TECHNIQUES),
                place.commune_name or "", place.departement_name or "", place.region_name or "",
                "intelligence artificielle", "collectivités")
    subject = f"Initiative d'intelligence artificielle — {place.label or fields.lead(detail)}"
    return Metadata(title=detail.title, subject=subject, keywords=tuple(k for k in keywords if k))


def facts_table(rows: list[tuple[str, str]], styles: Any, width: float, label_width: float = 36 * MM) -> Any:
    """A two-column table of (label, value markup) rows."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    from territoria.reports.styles import RULE, SHADE

    data = [[Paragraph(escape(label), styles.label), Paragraph(value, styles.small)] for label, value in rows]
    table = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor(SHADE)),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
        ("LINEABOVE", (0, 0), (-1, 0), 0.4, colors.HexColor(RULE)),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def sources_block(sources: tuple[SourceRef, ...], cut: Cutter, styles: Any, width: float,
                  with_qr: bool = True) -> list[Any]:
    """The numbered sources with their URLs, and a QR code of the main source on the right."""
    from reportlab.platypus import Paragraph, Table, TableStyle

    from territoria.reports.page import qr_code

    if not sources:
        return [Paragraph(text("Aucune source enregistrée."), styles.small)]
    listed = cut.items(sources)
    lines = []
    for number, source in enumerate(listed, start=1):
        url = cut.short(source.url) if source.url else ""
        shown = f"<br/>{link(source.url, url)}" if url else ""
        lines.append(Paragraph(f"{number}. {text(cut.short(fields.source_line(source)))}{shown}", styles.small))
    main_url = fields.main_source_url(sources)
    qr = qr_code(main_url, 22 * MM) if with_qr else None
    if qr is None:
        return lines
    caption = Paragraph(text("Source principale"), styles.tiny)
    qr_width = 28 * MM
    table = Table([[lines, [qr, caption]]], colWidths=[width - qr_width, qr_width], hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 6),
        ("RIGHTPADDING", (1, 0), (1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("ALIGN", (1, 0), (1, -1), "CENTER"),
    ]))
    return [table]


def initiative_story(detail: InitiativeDetail, cut: Cutter, width: float, *, notice: bool = True,
                     note: str | None = None, why: WhyComparable | None = None,
                     branding: Branding | None = None, questions: bool = False) -> list[Any]:
    """The flowables of one initiative at the caps of ``cut`` (also used by the catalogue).

    ``note``: the user's private note, printed under "Note de la mairie" only when given;
    ``why``: the reasons it is comparable for the collectivité of "Ma commune" (exported from
    there); ``branding``: whose contact to give when the record names none; ``questions``: add
    the questions to ask its lead when the page has room for them (``extras`` levels only).
    """
    from reportlab.platypus import Paragraph, Spacer

    from territoria.reports import initiative_blocks as blocks

    styles = make_styles(cut.level.size)
    story: list[Any] = [Paragraph(text(cut.short(detail.title)), styles.title)]
    original = fields.ORIGINAL_LANGUAGE.get(detail.language)
    if original:  # an imported record keeps its published wording
        story.append(Paragraph(escape(f"({original})"), styles.small))
    story.append(blocks.facts_grid(blocks.key_facts(detail, cut), styles, width))
    story += blocks.unknown_line(detail, styles)
    if why is not None:
        story += [Spacer(1, cut.level.size * 0.6)] + blocks.why_block(why, cut, styles, width)
    for heading, body in (("En bref", cut.long(detail.summary)), ("Problème traité", cut.medium(detail.problem)),
                          ("Résultats", cut.medium(detail.results))):
        chunks = paragraphs(body)
        if chunks:
            story.append(Paragraph(escape(heading), styles.heading))
            story.extend(Paragraph(chunk, styles.body) for chunk in chunks)
    story.append(Spacer(1, cut.level.size * 0.4))
    story.append(blocks.side_by_side(blocks.cost_block(detail, cut, styles),
                                     blocks.contact_block(detail, branding or Branding(), cut, styles), width))
    if note and note.strip():
        story.append(Paragraph(escape("Note de la mairie"), styles.heading))
        story.extend(Paragraph(chunk, styles.body) for chunk in paragraphs(cut.medium(note)))
    if questions and cut.level.extras:
        story += blocks.questions_block(detail, styles)
    story.append(Paragraph(escape("Sources"), styles.heading))
    if detail.provenance:  # a record of an agency's data pack
        story.append(Paragraph(text(detail.provenance), styles.small))
    story.extend(sources_block(detail.sources, cut, styles, width))
    if notice and cut.shortened:
        story.append(Paragraph(text(SHORTENED_NOTICE), styles.notice))
    return story


def write_initiative_pdf(detail: InitiativeDetail, context: ReportContext, out: str | IO[bytes], *,
                         note: str | None = None, why: WhyComparable | None = None) -> None:
    """Write the one-page PDF of ``detail`` to ``out`` (a path or a binary file), with ``note`` if given
    and the reasons it matters for the collectivité of "Ma commune" (``why``) if given."""
    from territoria.reports.page import body_frame_box

    width = body_frame_box()[2]
    from territoria.reports.initiative_blocks import notes_area

    # the room a short record leaves is ruled for the council's notes
    write_single_page(out, context, KIND, metadata(detail),
                      lambda cut: initiative_story(detail, cut, width, note=note, why=why,
                                                   branding=context.branding, questions=True),
                      filler=lambda free, level: notes_area(free, level.size, level.extras))


def initiative_pdf(detail: InitiativeDetail, context: ReportContext, *, note: str | None = None,
                   why: WhyComparable | None = None) -> bytes:
    """The one-page PDF of ``detail`` as bytes."""
    buffer = io.BytesIO()
    write_initiative_pdf(detail, context, buffer, note=note, why=why)
    return buffer.getvalue()
