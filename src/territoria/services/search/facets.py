"""Facet counts for the current search, and validation of facet filters.

Each facet's counts apply the text search and every *other* facet's filter, so the
values of a facet someone is ticking keep showing how many records each would add
(values OR within a facet). Every possible value is listed, zero counts included, in
a stable order so the panel does not jump around while typing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from territoria.domain.bands import BANDS
from territoria.domain.search_query import parse_query
from territoria.domain.text import fold
from territoria.domain.vocab import LEAD_KIND_FACET, STATUSES, TECHNIQUES, THEMES
from territoria.services.database import Database
from territoria.store.search_index import NONE_SLUG, normalise_filters, search_index

#: Facet name → French heading, in panel order (the index's ``FACET_NAMES``).
FACETS: Final[dict[str, str]] = {
    "selection": "Ma sélection",
    "region": "Région",
    "departement": "Département",
    "lead_kind": "Porteur",
    "population": "Population du porteur",
    "theme": "Thème",
    "technique": "Technique d'IA",
    "status": "Statut",
    "year": "Année de début",
    "money": "Budget ou financement",
}

_FLAG_LABELS: Final = {
    "selection": "Dans ma sélection",
    "money": "Budget ou financement connu",
}
_NONE_LABELS: Final = {
    "region": "Sans région (national)",
    "departement": "Sans département",
    "population": "Population inconnue",
    "year": "Année inconnue",
}


@dataclass(frozen=True, slots=True)
class FacetValue:
    """One value of a facet: its slug (filter value), French label and count."""

    slug: str
    label: str
    count: int


#: Facets with a single "yes" value.
_FLAGS: Final = ("selection", "money")


def universe(connection) -> dict[str, list[tuple[str, str]]]:
    """Every value each facet can take, as (slug, label), in display order."""
    regions = connection.exec_driver_sql("SELECT code, name FROM regions WHERE zone != 'com'").all()
    departements = connection.exec_driver_sql(
        "SELECT code, name FROM departements WHERE zone != 'com' ORDER BY code"
    ).all()
    years = connection.exec_driver_sql(
        "SELECT DISTINCT start_year FROM initiatives WHERE start_year IS NOT NULL ORDER BY start_year DESC"
    ).scalars().all()
    by_label = lambda pairs: sorted(pairs, key=lambda p: fold(p[1]))  # noqa: E731
    return {
        "selection": [("yes", _FLAG_LABELS["selection"])],
        "region": by_label([(c, n) for c, n in regions]) + [(NONE_SLUG, _NONE_LABELS["region"])],
        "departement": [(c, f"{n} ({c})") for c, n in departements] + [(NONE_SLUG, _NONE_LABELS["departement"])],
        "lead_kind": list(LEAD_KIND_FACET.items()),
        "population": [(b.slug, b.label) for b in BANDS] + [(NONE_SLUG, _NONE_LABELS["population"])],
        "theme": by_label(list(THEMES.items())),
        "technique": by_label(list(TECHNIQUES.items())),
        "status": list(STATUSES.items()),
        "year": [(str(y), str(y)) for y in years] + [(NONE_SLUG, _NONE_LABELS["year"])],
        "money": [("yes", _FLAG_LABELS["money"])],
    }


def facet_counts(
    db: Database, query: str | None, filters: Mapping[str, Sequence[str]] | None = None
) -> dict[str, list[FacetValue]]:
    """Counts of every value of every facet (:data:`FACETS` order) for the current search."""
    parsed = parse_query(query)
    clean = {facet: values for facet, values in normalise_filters(filters).items() if facet in FACETS}
    with db.session() as session:
        connection = session.connection()
        values = universe(connection)
        raw = search_index(db.engine).facet_counts(connection, parsed, clean)
    counts: dict[str, dict[str, int]] = {}
    for facet in FACETS:
        counts[facet] = {}
        for value, count in raw[facet]:
            slug = NONE_SLUG if value is None else str(value)
            counts[facet][slug] = counts[facet].get(slug, 0) + int(count)
    return assemble(values, counts)


def assemble(universe: Mapping[str, Sequence[tuple[str, str]]],
             counts: Mapping[str, Mapping[str, int]]) -> dict[str, list[FacetValue]]:
    """Every value of :func:`universe` with its count (0 if absent), in :data:`FACETS` order.

    Values counted but missing from the reference lists (a code of an overseas
    collectivity…) follow, by slug, when their count is not zero.
    """
    result: dict[str, list[FacetValue]] = {}
    for facet in FACETS:
        found = counts.get(facet, {})
        values = [FacetValue(slug, label, found.get(slug, 0)) for slug, label in universe[facet]]
        if facet not in _FLAGS:
            known = {slug for slug, _ in universe[facet]}
            values += [FacetValue(slug, slug, found[slug]) for slug in sorted(found)
                       if slug not in known and found[slug]]
        result[facet] = values
    return result


def check_filters(db: Database, filters: Mapping[str, Sequence[str]] | None) -> list[str]:
    """French messages for facets or values that do not exist (empty list: all fine)."""
    problems: list[str] = []
    clean = normalise_filters(filters)
    if not clean:
        return problems
    with db.session() as session:
        every = universe(session.connection())
    for facet, values in clean.items():
        if facet not in FACETS:
            problems.append(f"Filtre inconnu : « {facet} ».")
            continue
        known = {slug for slug, _ in every[facet]}
        for value in values:
            if value not in known and not (facet == "year" and value.isascii() and value.isdigit()):
                label = FACETS[facet].lower()
                problems.append(f"Valeur inconnue pour le filtre {label} : « {value} ».")
    return problems
