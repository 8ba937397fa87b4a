"""CSV list of initiatives for Excel users in France: UTF-8 with BOM, ``;`` separator,
decimal comma, one row per initiative in the order given."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import IO

from territoria.domain.urls import safe_url
from territoria.domain.vocab import ORG_KINDS
from territoria.reports import fields
from territoria.services.records import InitiativeDetail

COLUMNS: tuple[str, ...] = (
    "Numéro", "Titre", "Porteur", "Type de porteur", "Commune", "Code INSEE", "Population",
    "Intercommunalité", "Département", "Région", "Thèmes", "Techniques d'IA", "Statut", "Début", "Fin",
    "Budget (€)", "Financements", "Programme", "Partenaires", "Prestataire", "Contact", "En bref",
    "Problème traité", "Résultats", "Sources", "URL de la source principale", "Vérifié le", "Identifiant stable",
    "Source des données", "Porteur selon la source",
)

# A cell starting with one of these is run as a formula by spreadsheet programs (the
# full-width forms too: some spreadsheets fold them to their ASCII twins).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def decimal_comma(value: float | int | None) -> str:
    """``12500.5`` → ``"12500,5"``, ``70000000.0`` → ``"70000000"`` (no grouping: Excel reads it as a number)."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def cell(value: object) -> str:
    """A cell, neutralised against formula injection (a leading ``'`` as Excel itself does).

    Every cell of a row goes through here, numbers and dates included: a damaged date
    such as ``=1+1`` must not reach the spreadsheet as a formula.
    """
    value = "" if value is None else str(value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def initiative_row(detail: InitiativeDetail) -> list[str]:
    """The CSV cells of ``detail`` in the order of :data:`COLUMNS`."""
    place = detail.place
    population = fields.lead_population(detail)
    sources = " | ".join(f"{fields.source_line(s)} — {s.url}" if safe_url(s.url) else fields.source_line(s)
                         for s in detail.sources)
    cells = [
        str(detail.id), cell(detail.title), cell(detail.lead.name if detail.lead else ""),
        ORG_KINDS.get(detail.lead.kind, detail.lead.kind) if detail.lead else "",
        cell(place.commune_name), place.commune_insee or "", decimal_comma(population),
        cell(place.epci_name), cell(place.departement_name), cell(place.region_name),
        fields.themes(detail), fields.techniques(detail), fields.status(detail),
        detail.start_date or "", detail.end_date or "", decimal_comma(detail.budget_eur),
        cell(" | ".join(fields.funding(detail))), cell(detail.programme_name), cell(fields.partners(detail)),
        cell(detail.supplier), cell(detail.contact), cell(detail.summary), cell(detail.problem),
        cell(detail.results), cell(sources), safe_url(fields.main_source_url(detail.sources)) or "",
        detail.last_checked or "", detail.slug,
        # who supplied the record: the app's catalogue, the town hall, or an agency's pack
        detail.provenance or ("Votre collectivité" if detail.origin in {"local", "user"} else "Catalogue Territoria"),
        # how the lead is known: named by the source, or our inference and why, or not named
        fields.lead(detail) if detail.lead_attribution != "stated" else "indiqué par la source",
    ]
    return [cell(value) for value in cells]


def write_csv(details: Iterable[InitiativeDetail], out: IO[bytes]) -> int:
    """Write the header and one row per initiative to the binary file ``out``; returns the row count."""
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
    try:
        writer = csv.writer(text, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        count = 0
        for detail in details:
            writer.writerow(initiative_row(detail))
            count += 1
        text.flush()
    finally:
        text.detach()
    return count
