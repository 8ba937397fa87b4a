"""The PostgreSQL implementation of the search index: stored ``tsvector``, GIN, ``ts_rank``.

The index table ``initiative_search`` (one weighted document per initiative), its
folding function and its triggers come from the migrations (``store.pg_ddl``);
:mod:`.postgres_sql` writes the tsquery and filter SQL. Answers are those of the SQLite
index: the same words match, the same filters apply, facets count the same way, and
relevance puts the same title matches first (:mod:`.postgres_relevance`); within each tier the
order is ``ts_rank``'s, weighted like bm25's columns but not bm25's own, so rows of equal
standing may come in another order than on SQLite.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Any, Final

from sqlalchemy import Connection, Engine, text

from territoria.domain.bands import BANDS
from territoria.domain.search_query import ParsedQuery
from territoria.store import pg_ddl
from territoria.store.search_index.base import FACET_NAMES, SORT_KEYS, FacetRow, IndexQuery
from territoria.store.search_index.lexicon import TrigramLexicon
from territoria.store.search_index.postgres_relevance import postgres_tiers
from territoria.store.search_index.postgres_sql import (
    SELECTED_SQL,
    exclude_query,
    excluded_condition,
    facet_condition,
    filter_conditions,
    hit_ids_sql,
    match_query,
    tsquery,
)
from territoria.store.search_index.relevance import relevance_page
from territoria.store.search_index.sqlite_sql import Binder, label_ranks, sort_sql

_CHUNK: Final = 5_000


def _statements(query: IndexQuery, connection: Connection, binder: Binder) -> tuple[str, str]:
    """(SQL of the ordered ids, SQL of the count) for ``query`` sorted by a column or unsearched."""
    parsed = query.text
    conditions = filter_conditions(query.filters, binder)
    hits = hit_ids_sql(parsed, binder)
    if hits is not None:
        conditions.insert(0, f"i.id IN ({hits})")
    else:
        excluded_sql = excluded_condition(parsed, binder)
        if excluded_sql:
            conditions.insert(0, excluded_sql)
    where_sql = " WHERE " + " AND ".join(conditions) if conditions else ""
    region_ranks: dict[str, int] = {}
    if query.sort == "region":
        region_ranks = label_ranks(connection.exec_driver_sql("SELECT code, name FROM regions").all())
    joins, order_sql = sort_sql(query.sort, query.descending, region_ranks)
    return (f"SELECT i.id FROM initiatives i {joins}{where_sql} {order_sql}",
            f"SELECT count(*) FROM initiatives i{where_sql}")


_BAND_CASE: Final = "CASE " + " ".join(
    f"WHEN i.lead_population < {band.high} THEN '{band.slug}'" for band in BANDS if band.high is not None
) + f" WHEN i.lead_population IS NOT NULL THEN '{BANDS[-1].slug}' END"

#: Facet → value expression over ``initiatives i`` (the flags are booleans).
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
_FLAGS: Final = ("selection", "money")
_TAGS: Final[dict[str, tuple[str, str]]] = {
    "theme": ("initiative_themes", "theme"),
    "technique": ("initiative_techniques", "technique"),
}


def _rows(connection: Connection, sql: str, params: Mapping[str, Any]) -> list[tuple[Any, int]]:
    return [tuple(r) for r in connection.execute(text(sql), dict(params))]


def _direct_sql(facet: str, conditions: list[str]) -> str:
    where = " WHERE " + " AND ".join(conditions) if conditions else ""
    if facet in _FLAGS:
        flag = " AND ".join([_VALUES[facet], *conditions])
        return f"SELECT 'yes', count(*) FROM initiatives i WHERE {flag}"
    if facet in _TAGS:
        table, column = _TAGS[facet]
        return f"SELECT t.{column}, count(*) FROM initiatives i JOIN {table} t ON t.initiative_id = i.id{where} GROUP BY 1"
    return f"SELECT {_VALUES[facet]}, count(*) FROM initiatives i{where} GROUP BY 1"


def _counts_direct(connection: Connection, conditions: list[str], filters: Mapping[str, tuple[str, ...]],
                   binder: Binder) -> dict[str, list[tuple[Any, int]]]:
    out: dict[str, list[tuple[Any, int]]] = {}
    for facet in FACET_NAMES:
        where = conditions + filter_conditions(filters, binder, skip=facet)
        out[facet] = _rows(connection, _direct_sql(facet, where), binder.params)
    return out


def _counts_from_hits(connection: Connection, hits: str, filters: Mapping[str, tuple[str, ...]],
                      binder: Binder) -> dict[str, list[tuple[Any, int]]]:
    """Counts over a temporary table of the text matches (see the SQLite implementation)."""
    active = [f for f in FACET_NAMES if f in filters]
    flags = [f"({facet_condition(f, filters[f], binder)}) AS pass_{f}" for f in active]
    columns = ", ".join(["i.id AS id"] + [f"{expr} AS {facet}" for facet, expr in _VALUES.items()] + flags)
    connection.exec_driver_sql("DROP TABLE IF EXISTS pg_temp.facet_base")
    connection.execute(text(f"CREATE TEMP TABLE facet_base AS SELECT {columns} "
                            f"FROM ({hits}) h JOIN initiatives i ON i.id = h.id"), binder.params)
    try:
        out: dict[str, list[tuple[Any, int]]] = {}
        for facet in FACET_NAMES:
            where = " AND ".join(f"b.pass_{f}" for f in active if f != facet) or "TRUE"
            if facet in _TAGS:
                table, column = _TAGS[facet]
                sql = (f"SELECT t.{column}, count(*) FROM pg_temp.facet_base b JOIN {table} t "
                       f"ON t.initiative_id = b.id WHERE {where} GROUP BY 1")
            elif facet in _FLAGS:
                sql = f"SELECT 'yes', count(*) FROM pg_temp.facet_base b WHERE b.{facet} AND {where}"
            else:
                sql = f"SELECT b.{facet}, count(*) FROM pg_temp.facet_base b WHERE {where} GROUP BY 1"
            out[facet] = [tuple(r) for r in connection.exec_driver_sql(sql)]
        return out
    finally:
        connection.exec_driver_sql("DROP TABLE IF EXISTS pg_temp.facet_base")


class PostgresIndexReader:
    """:class:`~territoria.store.search_index.base.IndexReader` on a connection of its own.

    Freshness: the server's next transaction id moves whenever any transaction wrote
    (reads take none), so ``changed()`` may say yes more often than needed, never less.
    """

    def __init__(self, engine: Engine) -> None:
        self._connection = engine.connect()
        self._version: int | None = None

    @property
    def connection(self) -> Connection:
        """The reader's own connection."""
        return self._connection

    def changed(self) -> bool:
        """True on the first call, then whenever a transaction wrote since the last call."""
        version = self._connection.exec_driver_sql(
            "SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint").scalar()
        self._connection.rollback()
        fresh = version != self._version
        self._version = version
        return fresh

    def _stream(self, sql: str) -> Iterator[Sequence[Any]]:
        result = self._connection.exec_driver_sql(sql)
        while chunk := result.fetchmany(_CHUNK):
            yield [tuple(row) for row in chunk]

    def _ids(self, sql: str, params: Mapping[str, object] | None = None) -> list[int]:
        return [row[0] for row in self._connection.execute(text(sql), dict(params or {}))]

    def max_id(self) -> int:
        """The largest initiative id (0 when there is none)."""
        return int(self._connection.exec_driver_sql("SELECT max(id) FROM initiatives").scalar() or 0)

    def initiative_rows(self) -> Iterator[Sequence[FacetRow]]:
        """Every initiative's facet columns, in chunks."""
        return self._stream("SELECT id, region_code, departement_code, lead_kind, lead_population, status, "
                            "start_year, has_money FROM initiatives")

    def tag_rows(self, facet: str) -> Iterator[Sequence[tuple[int, str]]]:
        """(initiative id, value) rows of ``theme`` or ``technique``, in chunks."""
        table, column = _TAGS[facet]
        return self._stream(f"SELECT initiative_id, {column} FROM {table}")

    def matching_ids(self, text_query: ParsedQuery) -> tuple[list[int] | None, list[int]]:
        """(ids matching the searched terms or None, ids matching an excluded term)."""
        match, excluded = match_query(text_query), exclude_query(text_query)
        sql = "SELECT id FROM initiative_search WHERE document @@ to_tsquery('simple'::regconfig, :q)"
        hits = self._ids(sql, {"q": match}) if match is not None else None
        return hits, (self._ids(sql, {"q": excluded}) if excluded is not None else [])

    def selected_ids(self) -> list[int]:
        """Ids of the starred initiatives."""
        return self._ids("SELECT id FROM initiatives WHERE slug IN "
                         "(SELECT initiative_slug FROM user_selection WHERE user_name = CURRENT_USER)")

    def end_read(self) -> None:
        """End the read transaction."""
        self._connection.rollback()

    def close(self) -> None:
        """Release the connection."""
        self._connection.close()


class PostgresSearchIndex:
    """:class:`~territoria.store.search_index.base.SearchIndex` over ``initiative_search``."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def search(self, connection: Connection, query: IndexQuery, offset: int = 0,
               limit: int | None = None) -> tuple[int, list[int]]:
        """(total, ids of the page), ranked by relevance (title matches first, then a weighted
        ``ts_rank``: :mod:`.postgres_relevance`) or by a column."""
        if not connection.in_transaction():
            # one snapshot for the page's 2 to 4 statements: an import committing between them
            # cannot put a row in the page that the total leaves out, or move the tiers' seam
            connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        binder = Binder()
        match = match_query(query.text)
        if query.sort not in SORT_KEYS and match is not None:  # ranked by relevance, in two tiers
            conditions = filter_conditions(query.filters, binder)
            excluded = exclude_query(query.text)
            tiers = postgres_tiers(connection, tsquery(binder, match),
                                   tsquery(binder, excluded) if excluded is not None else None,
                                   conditions, binder.params, query.descending)
            return relevance_page(tiers, offset, limit)
        ids_sql, count_sql = _statements(query, connection, binder)
        if limit is None:
            ids = [row[0] for row in connection.execute(text(ids_sql), binder.params)]
            return len(ids), ids[offset:]
        page = dict(binder.params, _limit=max(0, int(limit)), _offset=offset)
        ids = [row[0] for row in connection.execute(text(ids_sql + " LIMIT :_limit OFFSET :_offset"), page)]
        total = int(connection.execute(text(count_sql), binder.params).scalar() or 0)
        return total, ids

    def facet_counts(self, connection: Connection, text_query: ParsedQuery,
                     filters: Mapping[str, tuple[str, ...]]) -> dict[str, list[tuple[Any, int]]]:
        """(value, count) pairs per facet, each over the matches and the other facets' filters."""
        binder = Binder()
        hits = hit_ids_sql(text_query, binder)
        if hits is not None:
            return _counts_from_hits(connection, hits, filters, binder)
        excluded = excluded_condition(text_query, binder)
        return _counts_direct(connection, [excluded] if excluded else [], filters, binder)

    def reader(self) -> PostgresIndexReader:
        """A reader with its own connection (one per thread)."""
        return PostgresIndexReader(self._engine)

    def vocabulary(self, connection: Connection, minimum_length: int = 3) -> list[tuple[str, int]]:
        """The words of the stored ``tsvector`` documents (``ts_stat``)."""
        rows = connection.exec_driver_sql(
            "SELECT word, ndoc FROM ts_stat('SELECT document FROM initiative_search') WHERE length(word) >= %(n)s",
            {"n": int(minimum_length)})
        return [(str(word), int(count)) for word, count in rows]

    def lexicon(self, connection: Connection) -> TrigramLexicon:
        """The trigram-indexed words of ``search_words`` (migration 0012)."""
        return TrigramLexicon(connection)

    def indexed_count(self, connection: Connection) -> int:
        """Rows of ``initiative_search``."""
        return int(connection.exec_driver_sql("SELECT count(*) FROM initiative_search").scalar() or 0)

    def rebuild(self, connection: Connection) -> int:
        """Recompute every document from ``initiative_search_text`` (and the words of
        ``search_words`` with them: the words no document holds any more go)."""
        for statement in (pg_ddl.WORDS_CLEAR, *pg_ddl.REBUILD):
            connection.exec_driver_sql(statement)
        return self.indexed_count(connection)

    def suspended(self, connection: Connection, *, rebuild: bool = True,
                  scope: str | None = None) -> AbstractContextManager[None]:
        """A bulk block without the per-row index triggers (disabled in the caller's transaction);
        after it the documents of the initiatives matching ``scope`` (an SQL condition on
        ``initiatives``) are recomputed, or the whole index without one. Deleted initiatives
        leave the index with their row (``ON DELETE CASCADE``)."""
        return _rebuilt_after(self, connection, rebuild, scope)


@contextmanager
def _rebuilt_after(index: PostgresSearchIndex, connection: Connection, rebuild: bool,
                   scope: str | None) -> Iterator[None]:
    with pg_ddl.triggers_disabled(connection, pg_ddl.SEARCH_TRIGGERS):
        yield
    if not rebuild:
        return
    if scope is None:
        index.rebuild(connection)
    else:
        connection.exec_driver_sql(
            f"SELECT territoria_refresh_search(ARRAY(SELECT id FROM initiatives WHERE {scope}))")
