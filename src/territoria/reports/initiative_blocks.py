"""The blocks of an initiative's one-pager: key facts grid, why it matters, cost, contact, questions.

Every builder returns reportlab flowables at the size of a :class:`~territoria.reports.single_page.Cutter`
level. What the sources do not give is said once, in one "Non communiqué par les sources : …"
line (:func:`unknown_line`), never field by field.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from territoria.domain.format_fr import euros, partial_date, population
from territoria.reports import fields
from territoria.reports.context import Branding, WhyComparable
from territoria.reports.fonts import FAMILY
from territoria.reports.markup import escape, text
from territoria.reports.page import MM
from territoria.reports.single_page import Cutter
from territoria.services.record_details import FundingLine, InitiativeDetail

#: The phrase said once for everything the sources leave out.
NOT_GIVEN = "Non communiqué par les sources"
WHY_TITLE = "Pourquoi ce projet nous concerne"
COST_TITLE = "Coût et financement"
CONTACT_TITLE = "Contact"
QUESTIONS_TITLE = "Questions à poser au porteur"
#: A value longer than this takes the whole width of the grid.
_SHORT = 48


@dataclass(frozen=True, slots=True)
class Fact:
    """One cell of the key facts grid: a label and its value (markup)."""

    label: str
    value: str
    wide: bool = False


def key_facts(detail: InitiativeDetail, cut: Cutter) -> list[Fact]:
    """Who, where, population, status, dates, themes, techniques… (known facts only)."""
    facts: list[Fact] = []
    if detail.origin == "local":
        facts.append(Fact("Origine", text("Projet déclaré par votre collectivité (fiche locale, non publiée "
                                          "par une agence)"), wide=True))
    facts.append(Fact("Porteur", text(cut.short(fields.lead(detail))), wide=True))
    where = fields.place_line(detail)
    if where:
        facts.append(Fact("Territoire", text(cut.short(where)), wide=True))
    facts += _population(detail)
    if _status_known(detail):
        facts.append(Fact("Statut", text(fields.status(detail))))
    when = fields.dates(detail)
    if when:
        facts.append(Fact("Dates", text(fields.capitalised(when))))
    if detail.last_checked:
        facts.append(Fact("Vérifié le", text(partial_date(detail.last_checked))))
    for label, value in (("Thèmes", fields.themes(detail)), ("Technique d'IA", _techniques(detail))):
        if value:
            facts.append(Fact(label, text(cut.short(value)), wide=len(value) > _SHORT))
    if detail.programme_name:
        facts.append(Fact("Programme", text(cut.short(detail.programme_name)), wide=True))
    partners = fields.partners(detail)
    if partners:
        facts.append(Fact("Partenaires", text(cut.short(partners)), wide=True))
    if detail.supplier:
        facts.append(Fact("Prestataire", text(cut.short(detail.supplier)), wide=len(detail.supplier) > _SHORT))
    return facts


def _population(detail: InitiativeDetail) -> list[Fact]:
    """The lead's population, or the commune's (named) when the lead is not that commune."""
    place = detail.place
    if place.commune_name and detail.lead_kind != "commune" and place.commune_population is not None:
        # Lyon's APA project is the Métropole's: the population printed is Lyon's, said so
        return [Fact("Population", text(f"{population(place.commune_population)} ({place.commune_name})"))]
    pop = fields.lead_population(detail)
    return [Fact("Population", text(population(pop)))] if pop is not None else []


def _status_known(detail: InitiativeDetail) -> bool:
    """Whether the sources say how far the project has gone ("unknown" is said in the missing line)."""
    return detail.status != "unknown" and bool(fields.STATUSES.get(detail.status))


def _techniques(detail: InitiativeDetail) -> str:
    """The techniques in words; "" when the sources do not say ("unspecified")."""
    return ", ".join(fields.labels([t for t in detail.techniques if t != "unspecified"], fields.TECHNIQUES))


def unknown_facts(detail: InitiativeDetail) -> list[str]:
    """What the sources leave out, as words for :func:`unknown_line` ("coût", "dates"…)."""
    missing = []
    if not _status_known(detail):
        missing.append("avancement")
    if detail.budget_eur is None:
        missing.append("coût")
    if not detail.funding:
        missing.append("financement")
    else:
        unknown = sum(1 for line in detail.funding if line.amount_eur is None)
        if unknown == 1:
            missing.append("montant d'un financement" if len(detail.funding) > 1 else "montant du financement")
        elif unknown > 1:
            missing.append(f"montants de {unknown} financements")
    if not fields.dates(detail):
        missing.append("dates")
    if not detail.themes:
        missing.append("thèmes")
    if not _techniques(detail):
        missing.append("technique d'IA")
    if not (detail.results or "").strip():
        missing.append("résultats")
    return missing


def unknown_line(detail: InitiativeDetail, styles: Any) -> list[Any]:
    """The one line naming everything the sources leave out (nothing when all is known)."""
    from reportlab.platypus import Paragraph

    missing = unknown_facts(detail)
    if not missing:
        return []
    return [Paragraph(text(f"{NOT_GIVEN} : {', '.join(missing)}."), styles.notice)]


def facts_grid(facts: list[Fact], styles: Any, width: float, label_width: float = 26 * MM) -> Any:
    """The key facts as a grid: short facts two per row, long ones across the whole width."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    from territoria.reports.styles import RULE, SHADE

    rows: list[list[Any]] = []
    spans: list[int] = []
    pending: Fact | None = None

    def cells(fact: Fact) -> list[Any]:
        return [Paragraph(escape(fact.label), styles.label), Paragraph(fact.value, styles.small)]

    def flush() -> None:
        nonlocal pending
        if pending is not None:  # an odd short fact takes the whole row
            spans.append(len(rows))
            rows.append(cells(pending) + ["", ""])
            pending = None

    for fact in facts:
        if fact.wide:
            flush()
            spans.append(len(rows))
            rows.append(cells(fact) + ["", ""])
        elif pending is None:
            pending = fact
        else:
            rows.append(cells(pending) + cells(fact))
            pending = None
    flush()
    half = width / 2
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor(SHADE)),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
        ("LINEABOVE", (0, 0), (-1, 0), 0.4, colors.HexColor(RULE)),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for row in range(len(rows)):
        if row in spans:
            commands.append(("SPAN", (1, row), (3, row)))
        else:
            commands.append(("BACKGROUND", (2, row), (2, row), colors.HexColor(SHADE)))
    table = Table(rows, colWidths=[label_width, half - label_width, label_width, half - label_width],
                  hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle(commands))
    return table


def why_block(why: WhyComparable, cut: Cutter, styles: Any, width: float) -> list[Any]:
    """"Pourquoi ce projet nous concerne": closeness in words and the ranking's reasons, in a box."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    from territoria.reports.styles import ACCENT, SHADE

    inner: list[Any] = [
        Paragraph(escape(WHY_TITLE), styles.heading2),
        Paragraph(f"<b>{text(why.closeness)}</b> {text(f'de {why.place}, selon le classement de Territoria :')}",
                  styles.small),
    ]
    inner += [Paragraph(text(cut.short(reason)), styles.small, bulletText="•") for reason in cut.items(why.reasons)]
    box = Table([[inner]], colWidths=[width], hAlign="LEFT", splitInRow=1)
    box.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(SHADE)),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, colors.HexColor(ACCENT)),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return [box]


def _funding_text(line: FundingLine) -> str:
    """"200 000 € — Banque des Territoires, dispositif « Osez l'IA »" (an unknown amount left out)."""
    who = line.funder or ""
    if line.scheme_name:
        who = f"{who}, dispositif « {line.scheme_name} »" if who else f"dispositif « {line.scheme_name} »"
    parts = [euros(line.amount_eur) if line.amount_eur is not None else "", who]
    shown = " — ".join(p for p in parts if p) or "financement"
    return f"{shown} ({line.note})" if line.note else shown


def cost_block(detail: InitiativeDetail, cut: Cutter, styles: Any) -> list[Any]:
    """What it cost and who paid, as far as the sources say."""
    from reportlab.platypus import Paragraph

    story: list[Any] = [Paragraph(escape(COST_TITLE), styles.heading2)]
    if detail.budget_eur is not None:
        story.append(Paragraph(f"<b>{escape('Coût total :')}</b> {text(euros(detail.budget_eur))}", styles.small))
    lines = cut.items(detail.funding)
    if lines:
        story.append(Paragraph(f"<b>{escape('Financements :')}</b>", styles.small))
        story += [Paragraph(text(cut.short(_funding_text(line))), styles.small, bulletText="•") for line in lines]
    if detail.budget_eur is None and not detail.funding:
        story.append(Paragraph(text("Les sources ne donnent ni son coût ni son financement : demandez-les "
                                    "au porteur (voir « Contact »)."), styles.small))
    return story


def contact_block(detail: InitiativeDetail, branding: Branding, cut: Cutter, styles: Any) -> list[Any]:
    """Whom to call: the record's contact and lead, else the agency of a branded installation."""
    from reportlab.platypus import Paragraph

    story: list[Any] = [Paragraph(escape(CONTACT_TITLE), styles.heading2)]
    if detail.lead is not None and detail.lead_attribution == "stated":
        story.append(Paragraph(f"<b>{escape('Porteur :')}</b> {text(cut.short(detail.lead.name))}", styles.small))
    if detail.contact and detail.contact.strip():
        story.append(Paragraph(text(cut.short(detail.contact)), styles.small))
        return story
    agency = branding.distributed_by or branding.agency_name
    if branding.contact and agency:
        story.append(Paragraph(text(f"Les sources ne citent pas de contact. Pour être mis en relation, "
                                    f"adressez-vous à {agency} :"), styles.small))
        story += [Paragraph(text(cut.short(line)), styles.small, bulletText="•") for line in branding.contact]
        return story
    story.append(Paragraph(text("Les sources ne citent pas de contact : joignez le porteur par le site de la "
                                "source principale (QR code ci-dessous) ou par sa mairie."), styles.small))
    return story


def side_by_side(left: list[Any], right: list[Any], width: float, split: float = 0.56) -> Any:
    """Two columns of flowables (cost on the left, contact on the right)."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    from territoria.reports.styles import RULE

    table = Table([[left, right]], colWidths=[width * split, width * (1 - split)], hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0), ("RIGHTPADDING", (0, 0), (0, -1), 8),
        ("LEFTPADDING", (1, 0), (1, -1), 8), ("RIGHTPADDING", (1, 0), (1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBEFORE", (1, 0), (1, -1), 0.4, colors.HexColor(RULE)),
    ]))
    return table


def questions(detail: InitiativeDetail) -> list[str]:
    """What a council would ask the project's lead, first about what the sources leave out."""
    asked = []
    if detail.budget_eur is None:
        asked.append("Combien le projet a-t-il coûté, et combien coûte-t-il chaque année ?")
    if not detail.funding or any(line.amount_eur is None for line in detail.funding):
        asked.append("Quelles aides a-t-il obtenues, de qui et pour quel montant ?")
    if not (detail.results or "").strip():
        asked.append("Quels résultats a-t-il donnés, et comment sont-ils mesurés ?")
    if not detail.supplier:
        asked.append("Quelle solution ou quel prestataire a été retenu, et pourquoi ?")
    asked.append("Combien de temps et quelles compétences la mise en place a-t-elle demandés ?")
    asked.append("Quelles données utilise-t-il, et comment sont-elles protégées (RGPD) ?")
    return asked[:5]


def questions_block(detail: InitiativeDetail, styles: Any) -> list[Any]:
    """"Questions à poser au porteur", to prepare a call or a council debate."""
    from reportlab.platypus import Paragraph

    return ([Paragraph(escape(QUESTIONS_TITLE), styles.heading)]
            + [Paragraph(text(q), styles.small, bulletText="☐") for q in questions(detail)])


NOTES_TITLE = "Notes"
#: Below this height (points) no notes area is drawn.
_NOTES_MIN = 28 * MM


def notes_area(free: float, size: float, extras: bool = True) -> list[Any]:
    """A ruled "Notes" area filling ``free`` points (nothing when there is too little room, or
    when ``extras`` is false: a record cut to fit has no room to spare)."""
    from reportlab.lib import colors
    from reportlab.platypus import Flowable, Paragraph

    from territoria.reports.styles import RULE, make_styles

    styles = make_styles(size)
    heading = Paragraph(escape(NOTES_TITLE), styles.heading)
    _, heading_height = heading.wrap(1000, 1000)
    lines_height = free - heading_height - styles.heading.spaceBefore - styles.heading.spaceAfter - 6
    if not extras or free < _NOTES_MIN or lines_height < 12 * MM:
        return []

    class Ruled(Flowable):
        """Ruled lines to write on, every 8 mm."""

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            self.width = aw
            return aw, lines_height

        def draw(self) -> None:
            canv = self.canv
            canv.setStrokeColor(colors.HexColor(RULE))
            canv.setLineWidth(0.5)
            y = lines_height - 8 * MM
            while y >= 0:
                canv.line(0, y, self.width, y)
                y -= 8 * MM

    return [heading, Ruled()]
