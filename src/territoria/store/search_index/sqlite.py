"""The SQLite implementation of the search index: FTS5 ``initiatives_fts``, bm25, facet SQL.

The index table, its ``initiative_search_text`` view and its triggers come from
migrations 0002 and 0004; :mod:`sqlite_maintenance` rebuilds it and suspends its
triggers for bulk loads; :mod:`sqlite_sql` writes the match, filter and sort SQL;
:mod:`sqlite_relevance` ranks by relevance (title matches first, each tier by bm25: :mod:`.relevance`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any, Final

from sqlalchemy import Connection, Engine

from territoria.domain.bands import BANDS
from territoria.domain.search_query import ParsedQuery
from territoria.store.search_index import sqlite_maintenance
from territoria.store.search_index.base import FACET_NAMES, SORT_KEYS, FacetRow, IndexQuery
from territoria.store.search_index.lexicon import WordListLexicon
from territoria.store.search_index.relevance import relevance_page
from territoria.store.search_index.sqlite_relevance import sqlite_tiers
from territoria.store.search_index.sqlite_sql import (
    SELECTED_SQL,
    Binder,
    excluded_condition,
    exclude_expression,
    facet_condition,
    filter_conditions,
    hit_ids_sql,
    label_ranks,
    match_expression,
    sort_sql,
)

#: Rows per fetch when streaming the facet columns.
#: the facet reader's page cache (negative: KiB), see :class:`SqliteIndexReader`
_READER_CACHE_SIZE: Final = -8000
_CHUNK: Final = 5_000
_MATCH_SQL: Final = "SELECT rowid FROM initiatives_fts WHERE initiatives_fts MATCH :q"


def _statements(query: IndexQuery, connection: Connection, binder: Binder) -> tuple[str, str]:
    """(SQL of the ordered ids, SQL of the count) for ``query`` sorted by a column, or with nothing
    searched; parameters go to ``binder`` (relevance: :mod:`sqlite_relevance`)."""
    parsed = query.text
    conditions = filter_conditions(query.filters, binder)
    hits = hit_ids_sql(parsed, binder)
    if hits is not None:
        conditions.insert(0, f"i.id IN ({hits})")
    else:
        excluded = excluded_condition(parsed, binder)
        if excluded:
            conditions.insert(0, excluded)
    where = " WHERE " + " AND ".join(conditions) if conditions else ""
    region_ranks: dict[str, int] = {}
    if query.sort == "region":
        region_ranks = label_ranks(connection.exec_driver_sql("SELECT code, name FROM regions").all())
    joins, order = sort_sql(query.sort, query.descending, region_ranks)
    return f"SELECT i.id FROM initiatives i {joins}{where} {order}", f"SELECT count(*) FROM initiatives i{where}"


# --- facet counts in SQL ---------------------------------------------------------------------

_BAND_CASE: Final = "CASE " + " ".join(
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
#: Facets with a single "yes" value (their expression is a 0/1 flag).
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


def _counts_direct(connection: Connection, conditions: list[str], filters: Mapping[str, tuple[str, ...]],
                   binder: Binder) -> dict[str, list[tuple[Any, int]]]:
    """Counts by one indexed GROUP BY per facet (best when no text is searched)."""
    out: dict[str, list[tuple[Any, int]]] = {}
    for facet in FACET_NAMES:
        where = conditions + filter_conditions(filters, binder, skip=facet)
        out[facet] = [tuple(r) for r in connection.exec_driver_sql(_direct_sql(facet, where), binder.params)]
    return out


def _counts_from_hits(connection: Connection, hits: str, filters: Mapping[str, tuple[str, ...]],
                      binder: Binder) -> dict[str, list[tuple[Any, int]]]:
    """Counts over a temporary table of the text matches (best when text is searched).

    The table holds each match's facet values and, per active filter, whether the match
    passes it; each facet then counts the rows passing every *other* filter.
    """
    active = [f for f in FACET_NAMES if f in filters]
    flags = [f"({facet_condition(f, filters[f], binder)}) AS pass_{f}" for f in active]
    columns = ", ".join(["i.id AS id"] + [f"{expr} AS {facet}" for facet, expr in _VALUES.items()] + flags)
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {_BASE}")
    connection.exec_driver_sql(
        f"CREATE TEMP TABLE facet_base AS SELECT {columns} "
        f"FROM ({hits}) h CROSS JOIN initiatives i ON i.id = h.id",
        binder.params,
    )
    try:
        out: dict[str, list[tuple[Any, int]]] = {}
        for facet in FACET_NAMES:
            where = " AND ".join(f"b.pass_{f}" for f in active if f != facet) or "1"
            if facet in _TAGS:
                table, column = _TAGS[facet]
                sql = (f"SELECT t.{column}, count(*) FROM {_BASE} b CROSS JOIN {table} t "
                       f"ON t.initiative_id = b.id WHERE {where} GROUP BY 1")
            elif facet in _FLAGS:
                sql = f"SELECT 'yes', count(*) FROM {_BASE} b WHERE b.{facet} = 1 AND {where}"
            else:
                sql = f"SELECT b.{facet}, count(*) FROM {_BASE} b WHERE {where} GROUP BY 1"
            out[facet] = [tuple(r) for r in connection.exec_driver_sql(sql)]
        return out
    finally:
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {_BASE}")


# --- the reader of the facet bitmaps --------------------------------------------------------


class SqliteIndexReader:
    """:class:`~territoria.store.search_index.base.IndexReader` on a connection that never writes.

    Freshness: ``PRAGMA data_version`` of this connection moves whenever another
    connection commits to the file.
    """

    def __init__(self, engine: Engine) -> None:
        self._connection = engine.connect()
        # a smaller page cache on this connection: loading the bitmaps reads every initiative
        # and tag row once, which filled the pooled connection's 32 MB cache with pages never
        # read again (GUI peak 218 -> 196 MB on 100,000 initiatives); the default is put back
        # on close, since the pool hands the connection out again
        self._cache_size = self._connection.exec_driver_sql("PRAGMA cache_size").scalar()
        self._connection.exec_driver_sql(f"PRAGMA cache_size = {_READER_CACHE_SIZE}")
        self._connection.commit()
        self._version: int | None = None

    @property
    def connection(self) -> Connection:
        """The reader's own connection."""
        return self._connection

    def changed(self) -> bool:
        """True on the first call, then whenever any connection committed since the last call."""
        version = self._connection.exec_driver_sql("PRAGMA data_version").scalar()
        fresh = version != self._version
        self._version = version
        return fresh

    def _stream(self, sql: str) -> Iterator[Sequence[Any]]:
        # the DB-API cursor's fetchmany: SQLAlchemy's row-by-row iteration costs 4 × more here
        cursor = self._connection.connection.driver_connection.cursor()
        try:
            cursor.execute(sql)
            while chunk := cursor.fetchmany(_CHUNK):
                yield chunk
        finally:
            cursor.close()

    def _ids(self, sql: str, params: Mapping[str, object] | None = None) -> list[int]:
        cursor = self._connection.connection.driver_connection.cursor()
        try:
            return [row[0] for row in cursor.execute(sql, dict(params or {})).fetchall()]
        finally:
            cursor.close()

    def max_id(self) -> int:
        """The largest initiative id (0 when there is none)."""
        return int(self._connection.exec_driver_sql("SELECT max(id) FROM initiatives").scalar() or 0)

    def initiative_rows(self) -> Iterator[Sequence[FacetRow]]:
        """Every initiative's facet columns, in chunks."""
        return self._stream(
            "SELECT id, region_code, departement_code, lead_kind, lead_population, status, start_year, "
            "has_money FROM initiatives"
        )

    def tag_rows(self, facet: str) -> Iterator[Sequence[tuple[int, str]]]:
        """(initiative id, value) rows of ``theme`` or ``technique``, in chunks."""
        table, column = _TAGS[facet]
        return self._stream(f"SELECT initiative_id, {column} FROM {table}")

    def matching_ids(self, text: ParsedQuery) -> tuple[list[int] | None, list[int]]:
        """(ids matching the searched terms or None, ids matching an excluded term)."""
        expression, excluded = match_expression(text), exclude_expression(text)
        hits = self._ids(_MATCH_SQL, {"q": expression}) if expression is not None else None
        return hits, (self._ids(_MATCH_SQL, {"q": excluded}) if excluded is not None else [])

    def selected_ids(self) -> list[int]:
        """Ids of the starred initiatives."""
        return self._ids("SELECT id FROM initiatives WHERE slug IN (SELECT initiative_slug FROM user_selection)")

    def end_read(self) -> None:
        """End the read transaction."""
        self._connection.rollback()

    def close(self) -> None:
        """Release the connection (its page cache back to the engine's size)."""
        try:
            if self._cache_size is not None and not self._connection.invalidated:
                self._connection.exec_driver_sql(f"PRAGMA cache_size = {int(self._cache_size)}")
                self._connection.commit()
        finally:
            self._connection.close()


# --- the index -----------------------------------------------------------------------------


class SqliteSearchIndex:
    """:class:`~territoria.store.search_index.base.SearchIndex` over FTS5 (see the module notes)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def search(self, connection: Connection, query: IndexQuery, offset: int = 0,
               limit: int | None = None) -> tuple[int, list[int]]:
        """(total, ids of the page), ranked by relevance (title matches first, then bm25) or by a column."""
        binder = Binder()
        expression = match_expression(query.text)
        if query.sort not in SORT_KEYS and expression is not None:  # ranked by relevance, in two tiers
            conditions = filter_conditions(query.filters, binder)
            excluded = excluded_condition(query.text, binder)
            tiers = sqlite_tiers(connection, expression, [c for c in (excluded,) if c] + conditions, binder,
                                 query.descending)
            return relevance_page(tiers, offset, limit)
        ids_sql, count_sql = _statements(query, connection, binder)
        if limit is None:
            ids = [row[0] for row in connection.exec_driver_sql(ids_sql, binder.params)]
            return len(ids), ids[offset:]
        page = dict(binder.params, _limit=max(0, int(limit)), _offset=offset)
        ids = [row[0] for row in connection.exec_driver_sql(ids_sql + " LIMIT :_limit OFFSET :_offset", page)]
        total = int(connection.exec_driver_sql(count_sql, binder.params).scalar() or 0)
        return total, ids

    def facet_counts(self, connection: Connection, text: ParsedQuery,
                     filters: Mapping[str, tuple[str, ...]]) -> dict[str, list[tuple[Any, int]]]:
        """(value, count) pairs per facet, each over the matches and the other facets' filters."""
        binder = Binder()
        hits = hit_ids_sql(text, binder)
        if hits is not None:
            return _counts_from_hits(connection, hits, filters, binder)
        excluded = excluded_condition(text, binder)
        return _counts_direct(connection, [excluded] if excluded else [], filters, binder)

    def reader(self) -> SqliteIndexReader:
        """A reader with its own connection (one per thread)."""
        return SqliteIndexReader(self._engine)

    def vocabulary(self, connection: Connection, minimum_length: int = 3) -> list[tuple[str, int]]:
        """The words of ``initiatives_fts`` through a temporary ``fts5vocab`` table (nothing stored)."""
        connection.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.initiatives_fts_words USING fts5vocab(main, initiatives_fts, 'row')")
        rows = connection.exec_driver_sql(
            "SELECT term, doc FROM temp.initiatives_fts_words WHERE length(term) >= ?", (int(minimum_length),))
        return [(str(term), int(count)) for term, count in rows]

    def lexicon(self, connection: Connection) -> WordListLexicon:
        """The whole vocabulary, read once (``fts5vocab`` is quick in process)."""
        return WordListLexicon(self.vocabulary(connection))

    def indexed_count(self, connection: Connection) -> int:
        """Rows of ``initiatives_fts``."""
        return int(connection.exec_driver_sql("SELECT count(*) FROM initiatives_fts").scalar() or 0)

    def rebuild(self, connection: Connection) -> int:
        """Re-index every initiative (see :func:`sqlite_maintenance.rebuild_search_index`)."""
        return sqlite_maintenance.rebuild_search_index(connection)

    def suspended(self, connection: Connection, *, rebuild: bool = True,
                  scope: str | None = None) -> AbstractContextManager[None]:
        """Triggers dropped during the block, restored and the whole index rebuilt after it
        (FTS5's rebuild is one pass over the content: ``scope`` is not needed)."""
        return sqlite_maintenance.search_index_suspended(connection, rebuild=rebuild)
