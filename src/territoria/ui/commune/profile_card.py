"""The profile card: name, kind, population, EPCI, département, région and regional plans."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from territoria.services.profile import PlanLine, ProfileCard
from territoria.services.records import BudgetMentionLine
from territoria.ui import formatting
from territoria.ui.commune.rich_item import plain_text
from territoria.ui.labels import tr_label
from territoria.ui.palette import semantic_colour


class ProfileCardView(QFrame):
    """A framed summary of the chosen collectivité."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("profileCard")
        self.setStyleSheet("#profileCard { background: palette(base); border-radius: 4px; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.text.setAccessibleName(self.tr("Fiche de la collectivité"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        self.card: ProfileCard | None = None
        self.show_card(None)

    @property
    def muted(self) -> str:
        """The grey of secondary lines, 4.5:1 on the card's background in the current palette."""
        return semantic_colour(self, "muted", QPalette.ColorRole.Base)

    def show_card(self, card: ProfileCard | None) -> None:
        """Show ``card`` (None: an invitation to choose)."""
        self.card = card
        if card is None:
            self.text.setText(escape(self.tr("Choisissez votre commune (ou votre intercommunalité, "
                                             "votre département, votre région) pour voir les projets "
                                             "comparables et les aides possibles.")))
            return
        place = card.place
        lines = [f"<div style='font-size:large; margin-bottom:4px'><b>{escape(place.name)}</b></div>",
                 escape(f"{tr_label(card.kind_label)} · {formatting.population(card.population)}")]
        if place.kind == "commune" and place.postcodes:
            lines.append(escape(self.tr("Code INSEE {0} · code postal {1}").format(place.code, ", ".join(place.postcodes))))
        if card.communes is not None:
            lines.append(escape(self.tr("{0} communes").format(formatting.group_thousands(card.communes))))
        if card.epci_name and place.kind == "commune":
            members = self.tr("{0} communes membres").format(card.epci_members) if card.epci_members else ""
            epci_kind = tr_label(card.epci_kind_label) if card.epci_kind_label else ""
            kind = f"{epci_kind}, {members}" if members else epci_kind
            lines.append(self.tr("Intercommunalité : {0}").format(f"{escape(card.epci_name)} ({escape(kind)})"))
        if card.departement and place.kind != "departement":
            lines.append(escape(self.tr("Département : {0} ({1})").format(card.departement, card.departement_code)))
        if card.region and place.kind != "region":
            lines.append(escape(self.tr("Région : {0}").format(card.region)))
        if card.plans:
            plans_title = self.tr("Plans et programmes IA")  # tr() outside f-strings, for lupdate
            lines.append(f"<div style='margin-top:8px'><b>{escape(plans_title)}</b></div>")
            for plan in card.plans:
                kind_label = tr_label(plan.kind_label) if plan.kind_label else ""
                facts = ", ".join(part for part in (kind_label, self.plan_years(plan), self.plan_budget(plan)) if part)
                lines.append(f"<div>• {escape(plan.name)}</div>"
                             f"<div style='color:{self.muted}; margin-left:12px'>{escape(facts)}</div>")
                if len(plan.budget_mentions) > 1:  # every figure the sources give, with its source
                    cited = self.tr("Montants cités : {0}").format(" ; ".join(
                        self.mention(m) for m in plan.budget_mentions))
                    lines.append(f"<div style='color:{self.muted}; margin-left:12px'>{escape(cited)}</div>")
        else:
            no_plan = self.tr("Aucun plan régional d’IA connu pour ce territoire.")
            lines.append(f"<div style='margin-top:8px; color:{self.muted}'>{escape(no_plan)}</div>")
        if card.region_profile is not None:
            lines.extend(self._region_lines(card.region_profile))
        self.text.setText("".join(line if line.startswith("<div") else f"<div>{line}</div>" for line in lines))

    def plan_years(self, plan: PlanLine) -> str:
        """"2024-2028", "depuis 2022" / "since 2022", or ""."""
        if plan.start_year and plan.end_year:
            return f"{plan.start_year}-{plan.end_year}"
        return self.tr("depuis {0}").format(plan.start_year) if plan.start_year else ""

    def plan_budget(self, plan: PlanLine) -> str:
        """"70 M€" / "€70M", with the other figures the sources cite, in the window's language."""
        budget = formatting.euros(plan.budget_eur) if plan.budget_eur is not None else ""
        others = [f"{qualifier} {formatting.euros(amount)}" if qualifier else formatting.euros(amount)
                  for qualifier, amount in plan.other_figures]
        if others and budget:
            text = self.tr("{0} (autre chiffre cité : {1})") if len(others) == 1 else \
                self.tr("{0} (autres chiffres cités : {1})")
            return text.format(budget, ", ".join(others))
        return budget or ", ".join(others)

    def mention(self, mention: BudgetMentionLine) -> str:
        """"près de 50 M€ — Paroles d'élus, 24 mai 2024" in the window's language (the qualifier is the source's)."""
        figure = formatting.euros(mention.amount_eur)
        figure = f"{mention.qualifier} {figure}" if mention.qualifier else figure
        source = mention.source.publisher
        if mention.source.published:
            source += f", {formatting.partial_date(mention.source.published)}"
        return f"{figure} — {source}"

    def _region_lines(self, region) -> list[str]:
        """What the sources say about the région: priorities, agencies, key figures, timeline."""
        title = self.tr("Votre région dans les sources : {0}").format(region.name)
        lines = [f"<div style='margin-top:8px'><b>{escape(title)}</b></div>"]
        grey = f"<div style='color:{self.muted}; margin-left:12px'>{{0}}</div>"
        # tr() outside f-strings, for lupdate
        sectors_text = self.tr("Secteurs prioritaires cités : {0}")
        no_sector = self.tr("Aucun secteur prioritaire cité par les sources.")
        agencies_text = self.tr("Agences : {0}")
        timeline_title = self.tr("Chronologie")
        if region.priorities:
            sectors = ", ".join(p.label for p in region.priorities)
            lines.append(f"<div>{escape(sectors_text.format(sectors))}</div>")
            for priority in region.priorities:
                if priority.note:
                    lines.append(grey.format(escape(priority.note)))
        else:
            lines.append(f"<div>{escape(no_sector)}</div>")
        if region.agencies:
            agencies = ", ".join(a.name for a in region.agencies)
            lines.append(f"<div>{escape(agencies_text.format(agencies))}</div>")
        for figure in region.figures:
            if figure.unit in ("eur", "eur_per_year"):
                value = formatting.euros(figure.value)
            elif figure.value == int(figure.value):
                value = formatting.group_thousands(int(figure.value))
            else:
                value = formatting.decimal(figure.value)
            lines.append(f"<div>{escape(f'{figure.label} : {value}')}</div>")
        if region.events:
            lines.append(f"<div style='margin-top:4px'>{escape(timeline_title)}</div>")
            for event in region.events:
                when = formatting.partial_date(event.date)
                lines.append(grey.format(escape(f"{when} — {event.title}")))
        return lines

    def plain_text(self) -> str:
        """The card's text without markup (tests, accessibility)."""
        return plain_text(self.text.text())
