"""Search the catalogue: full text, facet filters and counts, sorting, rows by id.

Public API (plain Python, no Qt; every function takes the open ``Database``)::

    search(db, SearchRequest(query="", filters={}, sort="relevance", descending=False,
                             offset=0, limit=None)) -> SearchResult(total, ids)
    all_ids(db, request) -> list[int]              # every matching id, in order (exports)
    fetch_rows(db, ids) -> list[ResultRow]         # table/export rows, in the order of ids
    facet_counts(db, query, filters) -> dict[str, list[FacetValue(slug, label, count)]]
    FacetIndex(db).counts(query, filters)          # the same answers from in-memory bitmaps
                                                   # (fast on 100,000 records; one per thread)
    related_initiatives(db, initiative_id, limit=8) -> list[RelatedInitiative]
    check_filters(db, filters) -> list[str]        # French messages for unknown codes/slugs
    parse_query(text) / highlight_spans(text, query)

Modules: :mod:`.service` (requests and results), :mod:`.rows`, :mod:`.related`,
:mod:`.facets`, :mod:`.facet_index`. The query grammar is
:mod:`territoria.domain.search_query`; the SQL of matching, ranking, sorting and counting
is the search index's (:mod:`territoria.store.search_index`). Stars and saved searches
are in :mod:`territoria.services.selection`.
"""

from __future__ import annotations

from territoria.domain.search_query import ParsedQuery, highlight_spans, parse_query
from territoria.services.search.facet_index import FacetIndex
from territoria.services.search.facets import FACETS, FacetValue, check_filters, facet_counts
from territoria.services.search.related import RelatedInitiative, related_initiatives
from territoria.services.search.rows import ResultRow, fetch_rows
from territoria.services.search.service import SearchRequest, SearchResult, all_ids, search
from territoria.store.search_index import NONE_SLUG, SORT_KEYS, normalise_filters

__all__ = [
    "FACETS", "NONE_SLUG", "SORT_KEYS", "FacetIndex", "FacetValue", "ParsedQuery", "RelatedInitiative",
    "ResultRow", "SearchRequest", "SearchResult", "all_ids", "check_filters", "facet_counts", "fetch_rows",
    "highlight_spans", "normalise_filters", "parse_query", "related_initiatives", "search",
]
