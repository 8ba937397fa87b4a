"""The search index: full-text search, facet counting and their freshness, behind one interface.

Services never write search SQL themselves: they build an :class:`IndexQuery` and ask
the index of their engine::

    index = search_index(db.engine)           # SqliteSearchIndex for a SQLite file
    total, ids = index.search(connection, IndexQuery(parse_query("assistant")), 0, 50)
    counts = index.facet_counts(connection, parse_query("assistant"), {"region": ("76",)})
    reader = index.reader()                   # facet bitmaps: changed(), rows, matching ids

The SQLite implementation (FTS5, bm25, ``PRAGMA data_version``) lives in :mod:`.sqlite`;
the PostgreSQL one (stored ``tsvector``, GIN, ``ts_rank``) in :mod:`.postgres`, chosen here by dialect.
"""

from __future__ import annotations

from sqlalchemy import Engine

from territoria.store.search_index.base import (
    FACET_NAMES,
    NONE_SLUG,
    SORT_KEYS,
    FacetRow,
    IndexQuery,
    IndexReader,
    Lexicon,
    SearchIndex,
    normalise_filters,
)

__all__ = [
    "FACET_NAMES", "NONE_SLUG", "SORT_KEYS", "FacetRow", "IndexQuery", "IndexReader", "Lexicon", "SearchIndex",
    "normalise_filters", "search_index",
]


def search_index(engine: Engine) -> SearchIndex:
    """The search index of ``engine``'s database (its dialect picks the implementation)."""
    dialect = engine.dialect.name
    if dialect == "sqlite":
        from territoria.store.search_index.sqlite import SqliteSearchIndex

        return SqliteSearchIndex(engine)
    if dialect == "postgresql":
        from territoria.store.search_index.postgres import PostgresSearchIndex

        return PostgresSearchIndex(engine)
    raise NotImplementedError(f"no search index for the {dialect} dialect")
