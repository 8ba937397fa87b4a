"""The support-scheme sheet: one A4 page on an aid, who may apply and how much it gives."""

from __future__ import annotations

import io
from typing import IO, Any

from territoria.domain.format_fr import euros
from territoria.reports import fields
from territoria.reports.context import ReportContext
from territoria.reports.markup import escape, link, paragraphs, text
from territoria.reports.initiative_blocks import NOT_GIVEN
from territoria.reports.one_pager import facts_table, sources_block
from territoria.reports.page import Metadata
from territoria.reports.single_page import SHORTENED_NOTICE, Cutter, write_single_page
from territoria.reports.styles import make_styles
from territoria.services.eligibility import scheme_link
from territoria.services.records import SchemeDetail

KIND = "Fiche dispositif d'aide"
COMPANY_AUDIENCES = frozenset({"tpe", "pme", "eti", "startup", "company"})
COMPANY_ONLY_NOTICE = ("Ce dispositif s'adresse aux entreprises : une collectivité ne peut pas le demander "
                       "pour elle-même, mais elle peut le faire connaître aux entreprises de son territoire.")


def company_only(scheme: SchemeDetail) -> bool:
    """Whether only companies may apply (a commune must not be told it is eligible)."""
    return bool(scheme.audiences) and set(scheme.audiences) <= COMPANY_AUDIENCES


def metadata(scheme: SchemeDetail) -> Metadata:
    """Title, subject and keywords of the sheet."""
    keywords = (scheme.programme_name or "", *fields.labels(scheme.aid_types, fields.AID_TYPES),
                scheme.territory_name or "", "dispositif d'aide", "intelligence artificielle")
    return Metadata(title=scheme.name, subject=f"Dispositif d'aide — {fields.scheme_territory(scheme)}",
                    keywords=tuple(k for k in keywords if k))


def scheme_facts(scheme: SchemeDetail, cut: Cutter) -> list[tuple[str, str]]:
    """The (label, value markup) rows describing ``scheme``."""
    rows: list[tuple[str, str]] = []
    if scheme.programme_name:
        rows.append(("Programme", text(cut.short(scheme.programme_name))))
    if scheme.operator:
        rows.append(("Opérateur", text(cut.short(scheme.operator.name))))
        if scheme.operator_url:  # whom businesses told about the scheme should contact
            rows.append(("Contact", link(scheme.operator_url, cut.short(scheme.operator_url))))
    if scheme.funders:
        rows.append(("Cofinanceurs", text(cut.short(", ".join(f.name for f in scheme.funders if f)))))
    if scheme.call_type:
        rows.append(("Appel", text({"aap": "appel à projets", "ami": "appel à manifestation d'intérêt"}
                                   .get(scheme.call_type, scheme.call_type))))
    audiences = fields.scheme_audiences(scheme)
    if audiences:
        rows.append(("Bénéficiaires", text(audiences)))
    rows.append(("Territoire", text(fields.scheme_territory(scheme))))
    aid_types = fields.scheme_aid_types(scheme)
    if aid_types:
        rows.append(("Type d'aide", text(aid_types)))
    amounts = fields.scheme_amounts(scheme)
    if amounts:
        rows.append(("Montants", text(amounts)))
    if scheme.budget_eur is not None:
        rows.append(("Enveloppe totale", text(euros(scheme.budget_eur))))
    calendar = fields.scheme_calendar(scheme)
    if calendar:
        rows.append(("Calendrier", text(calendar)))
    if scheme.url:
        rows.append(("Page officielle", link(scheme.url, cut.short(scheme.url))))
    elif (more := scheme_link(scheme)) is not None:  # the operator's page, else the main source
        rows.append(("En savoir plus", link(more, cut.short(more))))
    return rows


def unknown_facts(scheme: SchemeDetail) -> list[str]:
    """What the sources leave out of ``scheme`` ("bénéficiaires", "montants"…), said once on the sheet."""
    missing = []
    if not scheme.audiences:
        missing.append("bénéficiaires")
    if not scheme.aid_types:
        missing.append("type d'aide")
    if not fields.scheme_amounts(scheme):
        missing.append("montants")
    if not (scheme.opens or scheme.closes or scheme.opens_announced):
        missing.append("dates d'ouverture et de clôture")
    return missing


def scheme_story(scheme: SchemeDetail, cut: Cutter, width: float, *, notice: bool = True) -> list[Any]:
    """The flowables of the sheet at the caps of ``cut`` (also used by the dossier)."""
    from reportlab.platypus import Paragraph

    styles = make_styles(cut.level.size)
    story: list[Any] = [Paragraph(text(cut.short(scheme.name)), styles.title)]
    if company_only(scheme):
        story.append(Paragraph(f"<b>{text(COMPANY_ONLY_NOTICE)}</b>", styles.small))
    story.append(facts_table(scheme_facts(scheme, cut), styles, width))
    missing = unknown_facts(scheme)
    if missing:
        story.append(Paragraph(text(f"{NOT_GIVEN} : {', '.join(missing)}."), styles.notice))
    chunks = paragraphs(cut.long(scheme.summary))
    if chunks:
        story.append(Paragraph(escape("Présentation"), styles.heading))
        story.extend(Paragraph(chunk, styles.body) for chunk in chunks)
    story.append(Paragraph(escape("Sources"), styles.heading))
    if scheme.provenance:  # a scheme of an agency's data pack
        story.append(Paragraph(text(scheme.provenance), styles.small))
    story.extend(sources_block(scheme.sources, cut, styles, width))
    if notice and cut.shortened:
        story.append(Paragraph(text(SHORTENED_NOTICE), styles.notice))
    return story


def write_scheme_pdf(scheme: SchemeDetail, context: ReportContext, out: str | IO[bytes]) -> None:
    """Write the one-page sheet of ``scheme`` to ``out``."""
    from territoria.reports.page import body_frame_box

    width = body_frame_box()[2]
    from territoria.reports.initiative_blocks import notes_area

    write_single_page(out, context, KIND, metadata(scheme), lambda cut: scheme_story(scheme, cut, width),
                      filler=lambda free, level: notes_area(free, level.size, level.extras))


def scheme_pdf(scheme: SchemeDetail, context: ReportContext) -> bytes:
    """The one-page sheet of ``scheme`` as bytes."""
    buffer = io.BytesIO()
    write_scheme_pdf(scheme, context, buffer)
    return buffer.getvalue()
