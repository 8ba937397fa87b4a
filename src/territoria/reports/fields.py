"""Plain-text French wording of record fields, shared by the PDFs and the CSV export.

Everything returned here is plain text (not markup): callers escape it with ``markup``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from territoria.domain.attribution import lead_phrase
from territoria.domain.format_fr import euros, partial_date, percent, population
from territoria.domain.vocab import (
    AID_TYPES,
    AUDIENCES,
    ORG_KINDS,
    RECURRENCES,
    STATUSES,
    TECHNIQUES,
    TERRITORY_SCOPES,
    THEMES,
)
from territoria.services.record_details import FundingLine, InitiativeDetail, SourceRef

if TYPE_CHECKING:  # the scheme sheet's model: not imported by the one-pager (no SQLAlchemy there)
    from territoria.services.records import SchemeDetail


def labels(slugs: Iterable[str], vocab: dict[str, str]) -> list[str]:
    """The French labels of ``slugs`` (unknown slugs shown as they are)."""
    return [vocab.get(slug, slug) for slug in slugs]


def themes(detail: InitiativeDetail) -> str:
    """"Alimentation, Éducation"."""
    return ", ".join(labels(detail.themes, THEMES))


def techniques(detail: InitiativeDetail) -> str:
    """"IA générative, Assistant conversationnel"."""
    return ", ".join(labels(detail.techniques, TECHNIQUES))


def status(detail: InitiativeDetail) -> str:
    """"En service" ("Statut non renseigné" for an empty or unknown status)."""
    return STATUSES.get(detail.status) or "Statut non renseigné"


def lead(detail: InitiativeDetail) -> str:
    """"Commune de Nantes (Commune)" style: the lead organisation and its kind; for a lead
    the source does not name, says so ("porteur non précisé par la source ; probablement…")."""
    if detail.lead is None or detail.lead_attribution != "stated":
        name = detail.lead.name if detail.lead is not None else None
        kind = detail.lead.kind if detail.lead is not None else ""
        return capitalised(lead_phrase(name, kind, detail.lead_attribution, detail.lead_note))
    kind = ORG_KINDS.get(detail.lead.kind, detail.lead.kind)
    return f"{detail.lead.name} ({kind.lower()})" if kind else detail.lead.name


def capitalised(text: str) -> str:
    """``text`` with its first letter upper-case."""
    return text[:1].upper() + text[1:]


def lead_population(detail: InitiativeDetail) -> int | None:
    """The population of the lead collectivité (the commune's when the lead is a commune)."""
    if detail.lead_population is not None:
        return detail.lead_population
    return detail.place.commune_population


def territory(detail: InitiativeDetail) -> str:
    """"Nantes (44) · 327 734 hab. · Loire-Atlantique · Pays de la Loire" (unknown parts left out).

    The population printed is the lead collectivité's, right after its own name.
    """
    place = detail.place
    pop = lead_population(detail)
    pop_text = population(pop) if pop is not None else ""
    parts: list[str] = []
    if place.commune_name:
        # the commune's own population when the lead is not that commune (Lyon's APA project
        # is the Métropole's: its population is not Lyon's)
        if detail.lead_kind != "commune" and place.commune_population is not None:
            pop_text = population(place.commune_population)
        parts += [place.label, pop_text, place.departement_name or "", place.region_name or ""]
    elif place.epci_name:
        parts += [place.epci_name, pop_text if detail.lead_kind in ("epci", "other") else "",
                  place.departement_name or "", place.region_name or ""]
    elif place.departement_name:
        parts += [f"{place.departement_name} ({place.departement_code})",
                  pop_text if detail.lead_kind == "departement" else "", place.region_name or ""]
    elif place.region_name:
        parts += [place.region_name, pop_text if detail.lead_kind == "region" else ""]
    return " · ".join(p for p in parts if p)


def place_line(detail: InitiativeDetail) -> str:
    """"Saint-Denis-sur-Sarthon (61) · Orne · Normandie": where the project runs, without population."""
    place = detail.place
    if place.commune_name:
        parts = [place.label, place.departement_name or "", place.region_name or ""]
    elif place.epci_name:
        parts = [place.epci_name, place.departement_name or "", place.region_name or ""]
    elif place.departement_name:
        parts = [f"{place.departement_name} ({place.departement_code})", place.region_name or ""]
    else:
        parts = [place.region_name or ""]
    return " · ".join(p for p in parts if p)


def _de(word: str) -> str:
    """"de juin", "d'avril", "d'août"."""
    return f"d'{word}" if word[:1].lower() in "aeiouyâàéèêîôûœ" else f"de {word}"


def dates(detail: InitiativeDetail) -> str:
    """"depuis juin 2024", "du 3 mars 2023 au 12 juin 2024", "de 2022 à 2023" or ""."""
    start, end = partial_date(detail.start_date), partial_date(detail.end_date)
    start_day = bool(start) and start[0].isdigit() and " " in start
    end_day = bool(end) and end[0].isdigit() and " " in end
    if start and end:
        first = f"du {start}" if start_day else _de(start)
        return f"{first} au {end}" if end_day else f"{first} à {end}"
    if start:
        return f"depuis le {start}" if start_day else f"depuis {start}"
    if end:
        return f"jusqu'au {end}" if end_day else f"jusqu'en {end}"
    if detail.start_year:
        return f"depuis {detail.start_year}"
    return ""


def status_and_dates(detail: InitiativeDetail) -> str:
    """"En service, depuis juin 2024"."""
    when = dates(detail)
    return f"{status(detail)}, {when}" if when else status(detail)


def budget(detail: InitiativeDetail) -> str:
    """"70 M€" or "non communiqué"."""
    return euros(detail.budget_eur) if detail.budget_eur is not None else "non communiqué"


def funding_line(line: FundingLine) -> str:
    """"200 000 € — Banque des Territoires, dispositif « Osez l'IA » (note)"."""
    parts = [euros(line.amount_eur) if line.amount_eur is not None else "montant non communiqué"]
    who = line.funder or ""
    if line.scheme_name:
        who = f"{who}, dispositif « {line.scheme_name} »" if who else f"dispositif « {line.scheme_name} »"
    if who:
        parts.append(who)
    text = " — ".join(parts)
    return f"{text} ({line.note})" if line.note else text


def funding(detail: InitiativeDetail) -> list[str]:
    """One line per funding obtained."""
    return [funding_line(line) for line in detail.funding]


def partners(detail: InitiativeDetail) -> str:
    """"Inria, Université de Nantes"."""
    return ", ".join(p.name for p in detail.partners if p is not None)


def source_line(source: SourceRef) -> str:
    """"Titre — Éditeur, Auteur, 12 juin 2025" (the URL is printed separately)."""
    bits = [source.publisher]
    if source.author:
        bits.append(source.author)
    if source.published:
        bits.append(partial_date(source.published))
    meta = ", ".join(b for b in bits if b)
    line = f"{source.title} — {meta}" if meta else source.title
    return line + credit(source)


def credit(source: SourceRef) -> str:
    """" (crédit : …, licence CC-BY-4.0)" for the source of an imported catalogue, else ""."""
    bits = [source.attribution or "", f"licence {source.licence}" if source.licence else ""]
    shown = ", ".join(b for b in bits if b)
    return f" (crédit : {shown})" if shown else ""


#: Said next to a title kept in its original language (imported catalogues).
ORIGINAL_LANGUAGE = {"en": "texte original en anglais"}


def main_source_url(sources: Sequence[SourceRef]) -> str | None:
    """The URL of the main source: the newest article, else the newest source with a URL."""
    for source in sources:
        if source.url and source.url_is_article:
            return source.url
    for source in sources:
        if source.url:
            return source.url
    return None


def scheme_audiences(scheme: SchemeDetail) -> str:
    """"Communes, Intercommunalités"."""
    return ", ".join(labels(scheme.audiences, AUDIENCES))


def scheme_aid_types(scheme: SchemeDetail) -> str:
    """"Subvention, Accompagnement"."""
    return ", ".join(labels(scheme.aid_types, AID_TYPES))


def scheme_territory(scheme: SchemeDetail) -> str:
    """"France entière" or "Région : Occitanie"."""
    scope = TERRITORY_SCOPES.get(scheme.territory_scope, scheme.territory_scope)
    if scheme.territory_scope == "national" or not (scheme.territory_name or scheme.territory_code):
        return scope
    return f"{scope} : {scheme.territory_name or scheme.territory_code}"


def scheme_amounts(scheme: SchemeDetail) -> str:
    """"de 5 000 € à 50 000 €, jusqu'à 50 % des dépenses" or ""."""
    parts: list[str] = []
    low, high = scheme.amount_min_eur, scheme.amount_max_eur
    if low is not None and high is not None:
        parts.append(f"de {euros(low)} à {euros(high)}")
    elif high is not None:
        parts.append(f"jusqu'à {euros(high)}")
    elif low is not None:
        parts.append(f"à partir de {euros(low)}")
    if scheme.rate_max_percent is not None:
        parts.append(f"jusqu'à {percent(scheme.rate_max_percent)} des dépenses")
    return ", ".join(parts)


def scheme_calendar(scheme: SchemeDetail) -> str:
    """"ouvert du 1er mars 2025 au 30 juin 2025 · Annuel" or ""."""
    opens, closes = partial_date(scheme.opens), partial_date(scheme.closes)
    # "du 1er juillet 2025" for a day, "de juillet 2025" / "en 2025" for a month or a year
    day_opens = len(scheme.opens or "") == 10
    day_closes = len(scheme.closes or "") == 10
    if opens and closes:
        text = f"{'du' if day_opens else 'de'} {opens} {'au' if day_closes else 'à'} {closes}"
    elif opens:
        text = f"à partir du {opens}" if day_opens else f"à partir de {opens}"
    elif closes:
        text = f"jusqu'au {closes}" if day_closes else f"jusqu'en {closes}"
    elif scheme.opens_announced:
        text = f"ouverture annoncée pour {scheme.opens_announced}, date non confirmée"
    else:
        text = ""
    recurrence = RECURRENCES.get(scheme.recurrence or "", scheme.recurrence or "")
    return " · ".join(t for t in (text, recurrence) if t)
