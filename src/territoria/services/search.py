"""Search the catalogue of initiatives: full text, facet filters, SQL sorting, paged rows.

Public API (plain Python, no Qt; every function takes the open ``Database``)::

    search(db, SearchRequest(query="", filters={}, sort="relevance", descending=False,
                             offset=0, limit=None)) -> SearchResult(total, ids)
    all_ids(db, request) -> list[int]              # every matching id, in order (exports)
    fetch_rows(db, ids) -> list[ResultRow]         # table/export rows, in the order of ids
    facet_counts(db, query, filters) -> dict[str, list[FacetValue(slug, label, count)]]
    related_initiatives(db, initiative_id, limit=8) -> list[RelatedInitiative]
    check_filters(db, filters) -> list[str]        # French messages for unknown codes/slugs
    parse_query(text) / highlight_spans(text, query)   # from services.search_query

    FacetIndex(db).counts(query, filters)          # services.facet_index: same answers as
                                                   # facet_counts from in-memory bitmaps (fast on
                                                   # 100,000 records; one index per thread)
    services.selection: set_starred / toggle_star / is_starred / selection_ids / selection_count,
                        save_search / list_saved_searches / get_saved_search / delete_saved_search

``query`` is whatever a person typed: it is parsed by :mod:`search_query` into quoted
FTS5 terms, so no input can raise. Words AND together and match word beginnings,
singular or plural, ignoring case, accents, apostrophes and hyphens; ``"a phrase"``
and ``-excluded`` are understood. ``filters`` maps a facet name (see
:data:`territoria.services.facets.FACETS`: ``region``, ``departement``, ``lead_kind``,
``population``, ``theme``, ``technique``, ``status``, ``year``, ``money``, ``selection``)
to the wanted slugs: values OR within a facet, facets AND together; ``"none"`` selects
records where the value is unknown, ``money``/``selection`` take ``"yes"``.
``sort`` is ``relevance`` (best bm25 first, title matches weighing most; title order
when nothing is searched) or one of :data:`SORT_KEYS`; ``id`` breaks ties, NULLs last.
``limit=None`` returns every id: the results table holds only ids and fetches rows
page by page with :func:`fetch_rows`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from territoria.domain.vocab import LEAD_KIND_FACET, STATUSES, TECHNIQUES, THEMES
from territoria.services.database import Database
from territoria.services.facets import FACETS, FacetValue, check_filters, facet_counts
from territoria.services.search_query import highlight_spans, parse_query
from territoria.services.search_sql import (
    BM25_WEIGHTS,
    SELECTED_SQL,
    SORT_KEYS,
    Binder,
    excluded_condition,
    filter_conditions,
    hit_ids_sql,
    label_ranks,
    normalise_filters,
    sort_sql,
)

__all__ = [
    "FACETS", "SORT_KEYS", "FacetValue", "RelatedInitiative", "ResultRow", "SearchRequest",
    "SearchResult", "all_ids", "check_filters", "facet_counts", "fetch_rows", "highlight_spans",
    "parse_query", "related_initiatives", "search",
]

#: Rows fetched per SQL statement by :func:`fetch_rows`.
FETCH_CHUNK = 500
#: Themes in the order of their French labels (the "theme" sort).
_THEME_RANKS = label_ranks(list(THEMES.items()))


@dataclass(frozen=True)
class SearchRequest:
    """A search: typed text, facet filters, sort and an optional page."""

    query: str = ""
    filters: Mapping[str, Sequence[str]] = field(default_factory=dict)
    sort: str = "relevance"
    descending: bool = False
    offset: int = 0
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class SearchResult:
    """How many records match, and the ids of the requested page, best first."""

    total: int
    ids: tuple[int, ...]


def _statements(request: SearchRequest, connection, binder: Binder) -> tuple[str, str]:
    """(SQL of the ordered ids, SQL of the count) for ``request``; parameters go to ``binder``."""
    parsed = parse_query(request.query)
    conditions = filter_conditions(normalise_filters(request.filters), binder)
    expression = parsed.match_expression()
    direction = "DESC" if request.descending else "ASC"
    if request.sort not in SORT_KEYS and expression is not None:  # ranked by relevance
        weights = ", ".join(str(w) for w in BM25_WEIGHTS)
        match = binder.bind(expression)
        if not conditions and parsed.exclude_expression() is None:
            # the index alone answers: no join at all (the quickest form)
            fts = f"FROM initiatives_fts WHERE initiatives_fts MATCH {match}"
            return (f"SELECT rowid {fts} ORDER BY bm25(initiatives_fts, {weights}) {direction}, rowid {direction}",
                    f"SELECT count(*) {fts}")
        excluded = excluded_condition(parsed, binder)
        where = " AND ".join([c for c in (excluded,) if c] + conditions)
        join = (f"FROM initiatives i JOIN (SELECT rowid AS id, bm25(initiatives_fts, {weights}) AS score "
                f"FROM initiatives_fts WHERE initiatives_fts MATCH {match}) AS hit ON hit.id = i.id WHERE {where}")
        return (f"SELECT i.id {join} ORDER BY hit.score {direction}, i.id {direction}",
                f"SELECT count(*) {join}")
    hits = hit_ids_sql(parsed, binder)
    if hits is not None:
        conditions.insert(0, f"i.id IN ({hits})")
    else:
        excluded = excluded_condition(parsed, binder)
        if excluded:
            conditions.insert(0, excluded)
    where = " WHERE " + " AND ".join(conditions) if conditions else ""
    region_ranks: dict[str, int] = {}
    if request.sort == "region":
        region_ranks = label_ranks(connection.exec_driver_sql("SELECT code, name FROM regions").all())
    joins, order = sort_sql(request.sort, request.descending, region_ranks, _THEME_RANKS)
    return f"SELECT i.id FROM initiatives i {joins}{where} {order}", f"SELECT count(*) FROM initiatives i{where}"


def search(db: Database, request: SearchRequest) -> SearchResult:
    """Matching ids in order (the page ``offset``/``limit``) and the total count."""
    offset = max(0, int(request.offset or 0))
    binder = Binder()
    with db.session() as session:
        connection = session.connection()
        ids_sql, count_sql = _statements(request, connection, binder)
        if request.limit is None:
            ids = [row[0] for row in connection.exec_driver_sql(ids_sql, binder.params)]
            return SearchResult(len(ids), tuple(ids[offset:]))
        page = dict(binder.params, _limit=max(0, int(request.limit)), _offset=offset)
        ids = [row[0] for row in connection.exec_driver_sql(ids_sql + " LIMIT :_limit OFFSET :_offset", page)]
        total = int(connection.exec_driver_sql(count_sql, binder.params).scalar() or 0)
    return SearchResult(total, tuple(ids))


def all_ids(db: Database, request: SearchRequest) -> list[int]:
    """Every id matching ``request`` (offset and limit ignored), in its sort order."""
    unpaged = SearchRequest(request.query, request.filters, request.sort, request.descending)
    return list(search(db, unpaged).ids)


@dataclass(frozen=True, slots=True)
class ResultRow:
    """What the results table, the CLI and exports show of one initiative."""

    id: int
    slug: str
    title: str
    organisation: str
    organisation_kind: str | None
    place: str
    commune_insee: str | None
    commune: str | None
    epci_siren: str | None
    epci: str | None
    departement_code: str | None
    departement: str | None
    region_code: str | None
    region: str | None
    lead_kind: str
    lead_kind_label: str
    population: int | None
    theme_slugs: tuple[str, ...]
    themes: tuple[str, ...]
    technique_slugs: tuple[str, ...]
    techniques: tuple[str, ...]
    status: str
    status_label: str
    start_year: int | None
    budget_eur: float | None
    funding_eur: float | None
    programme: str | None
    starred: bool

    @property
    def money_eur(self) -> float | None:
        """The budget when known, else the total funding obtained."""
        return self.budget_eur if self.budget_eur is not None else self.funding_eur


_ROW_SQL = f"""
SELECT i.id, i.slug, i.title, lead.name, lead.kind, i.commune_insee, c.name, i.epci_siren, e.name,
       i.departement_code, d.name, i.region_code, r.name, i.lead_kind, i.lead_population, i.status,
       i.start_year, i.budget_eur,
       (SELECT sum(f.amount_eur) FROM funding f WHERE f.initiative_id = i.id),
       p.name, {SELECTED_SQL}
FROM initiatives i
LEFT JOIN organisations lead ON lead.id = i.lead_id
LEFT JOIN communes c ON c.insee = i.commune_insee
LEFT JOIN epci e ON e.siren = i.epci_siren
LEFT JOIN departements d ON d.code = i.departement_code
LEFT JOIN regions r ON r.code = i.region_code
LEFT JOIN programmes p ON p.id = i.programme_id
WHERE i.id IN ({{ids}})
"""


def _tags(connection, table: str, column: str, ids: Sequence[int]) -> dict[int, list[str]]:
    placeholders = ", ".join(str(int(i)) for i in ids)
    tags: dict[int, list[str]] = {}
    rows = connection.exec_driver_sql(
        f"SELECT initiative_id, {column} FROM {table} WHERE initiative_id IN ({placeholders}) "
        f"ORDER BY initiative_id, {column}"
    )
    for initiative_id, slug in rows:
        tags.setdefault(initiative_id, []).append(slug)
    return tags


def fetch_rows(db: Database, ids: Iterable[int]) -> list[ResultRow]:
    """The rows of ``ids``, in the same order; unknown ids are skipped."""
    wanted = [int(i) for i in ids]
    found: dict[int, ResultRow] = {}
    with db.session() as session:
        connection = session.connection()
        for start in range(0, len(wanted), FETCH_CHUNK):
            chunk = wanted[start:start + FETCH_CHUNK]
            themes = _tags(connection, "initiative_themes", "theme", chunk)
            techniques = _tags(connection, "initiative_techniques", "technique", chunk)
            sql = _ROW_SQL.format(ids=", ".join(str(i) for i in chunk))
            for r in connection.exec_driver_sql(sql):
                theme_slugs = tuple(sorted(themes.get(r[0], []), key=lambda s: THEMES.get(s, s)))
                technique_slugs = tuple(techniques.get(r[0], []))
                place = r[6] or r[8] or r[10] or r[12] or ""
                found[r[0]] = ResultRow(
                    id=r[0], slug=r[1], title=r[2], organisation=r[3] or "", organisation_kind=r[4],
                    place=place, commune_insee=r[5], commune=r[6], epci_siren=r[7], epci=r[8],
                    departement_code=r[9], departement=r[10], region_code=r[11], region=r[12],
                    lead_kind=r[13], lead_kind_label=LEAD_KIND_FACET.get(r[13], r[13]),
                    population=r[14],
                    theme_slugs=theme_slugs, themes=tuple(THEMES.get(s, s) for s in theme_slugs),
                    technique_slugs=technique_slugs,
                    techniques=tuple(TECHNIQUES.get(s, s) for s in technique_slugs),
                    status=r[15], status_label=STATUSES.get(r[15], r[15]), start_year=r[16],
                    budget_eur=r[17], funding_eur=r[18], programme=r[19], starred=bool(r[20]),
                )
    return [found[i] for i in wanted if i in found]


@dataclass(frozen=True, slots=True)
class RelatedInitiative:
    """Another initiative linked to one: same programme, same lead, same place."""

    id: int
    title: str
    reason: str


#: (reason, column) of the links between initiatives, closest first.
_LINKS: tuple[tuple[int, str], ...] = (
    (0, "programme_id"), (1, "lead_id"), (2, "commune_insee"), (3, "epci_siren"), (4, "departement_code"),
)

_REASONS = {
    0: "Même programme",
    1: "Même porteur",
    2: "Même commune",
    3: "Même intercommunalité",
    4: "Même département",
    5: "Même région",
}


def related_initiatives(db: Database, initiative_id: int, limit: int = 8) -> list[RelatedInitiative]:
    """Initiatives sharing the programme, the lead or the place of ``initiative_id``.

    Closest links first: same programme, same lead organisation, same commune, same
    intercommunalité, same département; for a record placed only in a région, the région.
    Each link is one indexed look-up, so this stays quick on a large catalogue.
    """
    limit = max(0, int(limit))
    with db.session() as session:
        connection = session.connection()
        me = connection.exec_driver_sql(
            "SELECT programme_id, lead_id, commune_insee, epci_siren, departement_code, region_code "
            "FROM initiatives WHERE id = :id", {"id": int(initiative_id)}
        ).first()
        if me is None or limit == 0:
            return []
        values = dict(zip(("programme_id", "lead_id", "commune_insee", "epci_siren", "departement_code"), me[:5]))
        links = [(reason, column, values[column]) for reason, column in _LINKS if values[column] is not None]
        if not any(values[c] for c in ("commune_insee", "epci_siren", "departement_code")) and me[5]:
            links.append((5, "region_code", me[5]))
        found: dict[int, RelatedInitiative] = {}
        for reason, column, value in links:
            rows = connection.exec_driver_sql(
                f"SELECT id, title FROM initiatives WHERE {column} = :value AND id != :id "
                "ORDER BY title, id LIMIT :limit",
                {"value": value, "id": int(initiative_id), "limit": limit},
            )
            for ident, title in rows:
                found.setdefault(ident, RelatedInitiative(ident, title, _REASONS[reason]))
            if len(found) >= limit:
                break
    return list(found.values())[:limit]
