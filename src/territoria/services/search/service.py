"""Search the catalogue of initiatives: full text, facet filters, sorting, paged ids.

``query`` is whatever a person typed: it is parsed by :mod:`territoria.domain.search_query`,
so no input can raise. Words AND together and match word beginnings, singular or plural,
ignoring case, accents, apostrophes and hyphens; ``"a phrase"`` and ``-excluded`` are
understood. ``filters`` maps a facet name (see :data:`territoria.services.search.FACETS`:
``region``, ``departement``, ``lead_kind``, ``population``, ``theme``, ``technique``,
``status``, ``year``, ``money``, ``selection``) to the wanted slugs: values OR within a
facet, facets AND together; ``"none"`` selects records where the value is unknown,
``money``/``selection`` take ``"yes"``. ``sort`` is ``relevance`` (best match first, title
matches weighing most; title order when nothing is searched) or one of :data:`SORT_KEYS`;
``id`` breaks ties, NULLs last. ``limit=None`` returns every id: the results table holds
only ids and fetches rows page by page with ``fetch_rows``.

The SQL is the search index's (``store.search_index``): this module only describes the search.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from territoria.domain.search_query import parse_query
from territoria.services.database import Database
from territoria.store.search_index import IndexQuery, normalise_filters, search_index


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


def search(db: Database, request: SearchRequest) -> SearchResult:
    """Matching ids in order (the page ``offset``/``limit``) and the total count."""
    offset = max(0, int(request.offset or 0))
    query = IndexQuery(parse_query(request.query), normalise_filters(request.filters), request.sort,
                       request.descending)
    with db.read() as connection:
        total, ids = search_index(db.engine).search(connection, query, offset, request.limit)
    return SearchResult(total, tuple(ids))


def all_ids(db: Database, request: SearchRequest) -> list[int]:
    """Every id matching ``request`` (offset and limit ignored), in its sort order."""
    unpaged = SearchRequest(request.query, request.filters, request.sort, request.descending)
    return list(search(db, unpaged).ids)
