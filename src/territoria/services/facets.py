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
from territoria.domain.text import fold
from territoria.domain.vocab import LEAD_KIND_FACET, STATUSES, TECHNIQUES, THEMES
from territoria.services.database import Database
from territoria.services.search_query import parse_query
from territoria.services.search_sql import (
    NONE_SLUG,
    SELECTED_SQL,
    Binder,
    excluded_condition,
    facet_condition,
    filter_conditions,
    hit_ids_sql,
    normalise_filters,
)

#: Facet name → French heading, in panel order.
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


_BAND_CASE = "CASE " + " ".join(
    f"WHEN i.lead_population < {band.high} THEN '{band.slug}'" for band in BANDS if band.high is not None
) + f" WHEN i.lead_population IS NOT NULL THEN '{BANDS[-1].slug}' END"

#: Facet → value expression over ``initiatives i`` (facets with one value per record).
_VALUES: Final[dict[str, str]] = {
    "selection": f"({SELECTED_SQL})",
    "region": "i.region_code",
    "departement": "i.departement_code",
    "lead_kind": "i.lead_kind",
    "population": _BAND_CASE,
    "status": "i.status",
    "year": "i.start_year",
    "money": "i.has_money",
}
#: Facets with a single "yes" value (their expression above is a 0/1 flag).
_FLAGS: Final = ("selection", "money")
#: Facet → (tag table, tag column) for facets stored one row per value.
_TAGS: Final[dict[str, tuple[str, str]]] = {
    "theme": ("initiative_themes", "theme"),
    "technique": ("initiative_techniques", "technique"),
}
_BASE: Final = "temp.facet_base"


def _direct_sql(facet: str, conditions: list[str]) -> str:
    """The query counting ``facet`` over every record meeting ``conditions`` (no text search)."""
    where = " WHERE " + " AND ".join(conditions) if conditions else ""
    if facet in _FLAGS:
        flag = " AND ".join([f"{_VALUES[facet]} = 1", *conditions])
        return f"SELECT 'yes', count(*) FROM initiatives i WHERE {flag}"
    if facet in _TAGS:
        table, column = _TAGS[facet]
        if not conditions:  # the tag table's own index answers
            return f"SELECT t.{column}, count(*) FROM {table} t GROUP BY 1"
        # CROSS JOIN fixes the order: the filtered records drive, not every tag row
        return (f"SELECT t.{column}, count(*) FROM initiatives i CROSS JOIN {table} t "
                f"ON t.initiative_id = i.id{where} GROUP BY 1")
    return f"SELECT {_VALUES[facet]}, count(*) FROM initiatives i{where} GROUP BY 1"


def _counts_direct(connection, conditions: list[str], filters: dict[str, tuple[str, ...]],
                   binder: Binder) -> dict[str, list[tuple[object, int]]]:
    """Counts by one indexed GROUP BY per facet (best when no text is searched)."""
    out = {}
    for facet in FACETS:
        where = conditions + filter_conditions(filters, binder, skip=facet)
        out[facet] = connection.exec_driver_sql(_direct_sql(facet, where), binder.params).all()
    return out


def _counts_from_hits(connection, hits: str, filters: dict[str, tuple[str, ...]],
                      binder: Binder) -> dict[str, list[tuple[object, int]]]:
    """Counts over a temporary table of the text matches (best when text is searched).

    The table holds each match's facet values and, per active filter, whether the match
    passes it; each facet then counts the rows passing every *other* filter.
    """
    active = [f for f in FACETS if f in filters]
    flags = [f"({facet_condition(f, filters[f], binder)}) AS pass_{f}" for f in active]
    columns = ", ".join(["i.id AS id"] + [f"{expr} AS {facet}" for facet, expr in _VALUES.items()] + flags)
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {_BASE}")
    connection.exec_driver_sql(
        f"CREATE TEMP TABLE facet_base AS SELECT {columns} "
        f"FROM ({hits}) h CROSS JOIN initiatives i ON i.id = h.id",
        binder.params,
    )
    try:
        out = {}
        for facet in FACETS:
            where = " AND ".join(f"b.pass_{f}" for f in active if f != facet) or "1"
            if facet in _TAGS:
                table, column = _TAGS[facet]
                sql = (f"SELECT t.{column}, count(*) FROM {_BASE} b CROSS JOIN {table} t "
                       f"ON t.initiative_id = b.id WHERE {where} GROUP BY 1")
            elif facet in _FLAGS:
                sql = f"SELECT 'yes', count(*) FROM {_BASE} b WHERE b.{facet} = 1 AND {where}"
            else:
                sql = f"SELECT b.{facet}, count(*) FROM {_BASE} b WHERE {where} GROUP BY 1"
            out[facet] = connection.exec_driver_sql(sql).all()
        return out
    finally:
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {_BASE}")


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
    binder = Binder()
    hits = hit_ids_sql(parsed, binder)
    with db.session() as session:
        connection = session.connection()
        values = universe(connection)
        if hits is not None:
            raw = _counts_from_hits(connection, hits, clean, binder)
        else:
            excluded = excluded_condition(parsed, binder)
            raw = _counts_direct(connection, [excluded] if excluded else [], clean, binder)
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
