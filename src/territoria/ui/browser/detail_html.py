"""The HTML of the detail pane: every field of an initiative, French formatting, search
terms highlighted, sources with their dates and URLs, related records.

Links are ``http(s)://…`` (opened in the system browser on click) and
``initiative:ID`` (shown in the pane). All record text is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from territoria.domain.text import fold
from territoria.domain.colours import MARK_BACKGROUND, MARK_INK
from territoria.services.search import ParsedQuery, RelatedInitiative, highlight_spans
from territoria.ui.formatting import euros, partial_date, population
from territoria.ui.labels import label

if TYPE_CHECKING:  # the records service imports the ORM models: not at start-up
    from territoria.services.records import InitiativeDetail, SourceRef

#: Background of highlighted search terms, with its own ink (the pair reads in light and dark palettes).
MARK_STYLE = f"background-color:{MARK_BACKGROUND}; color:{MARK_INK};"


def highlighted(text: str, query: ParsedQuery | None) -> str:
    """``text`` escaped for HTML, with the words matching ``query`` marked."""
    if not text:
        return ""
    spans = highlight_spans(text, query) if query is not None else []
    out, position = [], 0
    for start, end in spans:
        out.append(html.escape(text[position:start]))
        out.append(f'<span style="{MARK_STYLE}">{html.escape(text[start:end])}</span>')
        position = end
    out.append(html.escape(text[position:]))
    return "".join(out).replace("\n", "<br>")


def _link(url: str, text: str | None = None) -> str:
    return f'<a href="{html.escape(url, quote=True)}">{html.escape(text or url)}</a>'


class DetailRenderer(QObject):
    """Builds the detail pane's HTML (a QObject only so that its strings are translatable)."""

    def empty(self, total: int) -> str:
        """What the pane shows when nothing is selected."""
        if total:
            text = self.tr("Choisissez une initiative dans la liste pour en voir la fiche complète.")
        else:
            text = self.tr("Aucune initiative ne correspond. Retirez un mot ou un filtre.")
        return f"<p><i>{html.escape(text)}</i></p>"

    def _lead(self, detail: InitiativeDetail, h) -> str:
        """The lead and how we know it: named by the source, our inference, or not named."""
        unknown = self.tr("non précisé par la source")  # tr() outside f-strings, for lupdate
        if detail.lead is None or detail.lead_attribution == "unknown":
            return f"<i>{html.escape(unknown)}</i>"
        named = f"{h(detail.lead.name)} ({html.escape(label('org_kind', detail.lead.kind))})"
        if detail.lead_attribution != "inferred":
            return named
        probably = self.tr("non précisé par la source ; probablement")
        reason = f", {h(detail.lead_note)}" if detail.lead_note else ""
        return f"<i>{html.escape(probably)}</i> {named}{reason}"

    def render(self, detail: InitiativeDetail, related: Sequence[RelatedInitiative],
               query: ParsedQuery | None, starred: bool) -> str:
        """The full fiche of ``detail``."""
        h = lambda text: highlighted(text or "", query)  # noqa: E731
        parts: list[str] = [f"<h2 style='margin-bottom:2px'>{h(detail.title)}</h2>"]
        if getattr(detail, "language", "fr") == "en":  # imported as published: say so, never machine-translate
            original = self.tr("Texte original en anglais")
            parts.append(f"<p style='margin-top:0'><i>{html.escape(original)}</i></p>")
        subtitle = [label("status", detail.status)]
        lead = detail.lead.name if detail.lead is not None and detail.lead_attribution == "stated" else ""
        place, place_name = detail.place.label, fold(detail.place.label.split(" (")[0])
        # the place is said once: a lead named as the place gives way to "Saint-Denis-sur-Sarthon (61)",
        # and "Région Île-de-France" already says "Île-de-France"
        if lead and fold(lead) != place_name:
            subtitle.append(h(lead))
        if place and not (lead and fold(lead) != place_name and place_name in fold(lead)):
            subtitle.append(h(place))
        star = self.tr("★ Dans ma sélection") if starred else ""
        parts.append(f"<p style='margin-top:0'>{' · '.join(subtitle)}"
                     f"{' &nbsp; <b>' + html.escape(star) + '</b>' if star else ''}</p>")

        for heading, text in ((self.tr("Résumé"), detail.summary), (self.tr("Problème traité"), detail.problem),
                              (self.tr("Résultats"), detail.results)):
            if text:
                parts.append(f"<h3>{html.escape(heading)}</h3><p>{h(text)}</p>")

        rows: list[tuple[str, str]] = []
        rows.append((self.tr("Porteur"), self._lead(detail, h)))
        if detail.lead_population is not None:
            rows.append((self.tr("Population du porteur"), html.escape(population(detail.lead_population))))
        place = detail.place
        if place.commune_name:
            commune = h(place.commune_name)
            if place.commune_insee:
                commune += html.escape(self.tr(" (code INSEE {0})").format(place.commune_insee))
            if place.commune_population is not None:
                commune += " — " + html.escape(population(place.commune_population))
            rows.append((self.tr("Commune"), commune))
        if place.epci_name:
            rows.append((self.tr("Intercommunalité"), h(place.epci_name)))
        if place.departement_name:
            rows.append((self.tr("Département"), f"{h(place.departement_name)} ({html.escape(place.departement_code or '')})"))
        if place.region_name:
            rows.append((self.tr("Région"), h(place.region_name)))
        if detail.themes:
            rows.append((self.tr("Thèmes"), h(", ".join(label("theme", t) for t in detail.themes))))
        if detail.techniques:
            rows.append((self.tr("Techniques d'IA"), h(", ".join(label("technique", t) for t in detail.techniques))))
        rows.append((self.tr("Statut"), html.escape(label("status", detail.status))))
        if detail.start_date:
            rows.append((self.tr("Début"), html.escape(partial_date(detail.start_date))))
        if detail.end_date:
            rows.append((self.tr("Fin"), html.escape(partial_date(detail.end_date))))
        rows.append((self.tr("Budget"), html.escape(euros(detail.budget_eur)) if detail.budget_eur is not None
                     else html.escape(self.tr("non communiqué"))))
        for line in detail.funding:
            pieces = [euros(line.amount_eur) if line.amount_eur is not None else self.tr("montant non communiqué")]
            if line.funder:
                pieces.append(self.tr("par {0}").format(line.funder))
            if line.scheme_name:
                pieces.append(self.tr("au titre de « {0} »").format(line.scheme_name))
            text = " ".join(pieces) + (f" — {line.note}" if line.note else "")
            rows.append((self.tr("Financement obtenu"), h(text)))
        if detail.programme_name:
            rows.append((self.tr("Programme"), h(detail.programme_name)))
        if detail.partners:
            rows.append((self.tr("Partenaires"), h(", ".join(p.name for p in detail.partners))))
        if detail.supplier:
            rows.append((self.tr("Prestataire"), h(detail.supplier)))
        if detail.contact:
            rows.append((self.tr("Contact"), h(detail.contact)))
        if detail.last_checked:
            rows.append((self.tr("Vérifié le"), html.escape(partial_date(detail.last_checked))))
        table = "".join(
            f"<tr><td style='padding-right:10px; vertical-align:top'><b>{html.escape(name)}</b></td><td>{value}</td></tr>"
            for name, value in rows
        )
        in_brief = self.tr("En bref")  # tr() outside f-strings: lupdate cannot read inside them
        parts.append(f"<h3>{html.escape(in_brief)}</h3><table cellspacing='2'>{table}</table>")

        if detail.provenance:  # a record of an agency's data pack (French text of the service)
            parts.append(f"<p><i>{html.escape(detail.provenance)}</i></p>")
        if detail.sources:
            sources = self.tr("Sources")
            parts.append(f"<h3>{html.escape(sources)}</h3><ol>")
            parts.extend(f"<li>{self._source(source)}</li>" for source in detail.sources)
            parts.append("</ol>")
            offline = self.tr("Les liens s’ouvrent dans votre navigateur ; "
                              "Territoria ne se connecte jamais à Internet.")
            parts.append(f"<p><small>{html.escape(offline)}</small></p>")
        if related:
            related_title = self.tr("Initiatives liées")
            parts.append(f"<h3>{html.escape(related_title)}</h3><ul>")
            parts.extend(
                f"<li>{_link(f'initiative:{item.id}', item.title)} — <i>{html.escape(self._reason(item.reason))}</i></li>"
                for item in related
            )
            parts.append("</ul>")
        return "".join(parts)

    def _source(self, source: SourceRef) -> str:
        meta = [source.publisher]
        if source.author:
            meta.append(source.author)
        if source.published:
            meta.append(partial_date(source.published))
        text = f"<b>{html.escape(source.title)}</b> — {html.escape(', '.join(meta))}<br>"
        if source.attribution or source.licence:  # an imported catalogue: its credit line and licence
            credit = self.tr("Crédit : %1 — licence %2").replace("%1", source.attribution or source.publisher)
            text += f"<small>{html.escape(credit.replace('%2', source.licence or '?'))}</small><br>"
        if source.url.startswith(("http://", "https://")):
            text += _link(source.url)
        else:
            text += html.escape(source.url)
        if not source.url_is_article:
            publisher_site = self.tr("site de l’éditeur")
            text += f" <small>({html.escape(publisher_site)})</small>"
        return text

    def _reason(self, reason: str) -> str:
        reasons = {
            "Même programme": self.tr("Même programme"),
            "Même porteur": self.tr("Même porteur"),
            "Même commune": self.tr("Même commune"),
            "Même intercommunalité": self.tr("Même intercommunalité"),
            "Même département": self.tr("Même département"),
            "Même région": self.tr("Même région"),
        }
        return reasons.get(reason, reason)

