"""Relevance on SQLite: the initiatives with the words in their title first, then the others.

Each tier is ranked by FTS5's bm25 over its own rows (the title tier by the words' occurrences
in the title, through a column filter; the other over every column, title weighted highest),
then by id. The two engines share this contract (``ts_rank`` orders the tiers the same way
on a server). Ranking a whole match set costs one bm25 per matching row, about 1 µs: 60 ms
for a word found in half of 100,000 records. A page inside the title tier ranks that tier
alone (a fraction of the rows for a common word); the other tier is ranked only when a page
reaches it, or when every id is asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sqlalchemy import Connection

from territoria.store.search_index.sqlite_sql import BM25_WEIGHTS, Binder

_WEIGHTS: Final = ", ".join(str(w) for w in BM25_WEIGHTS)


@dataclass(frozen=True, slots=True)
class RelevanceTiers:
    """The statements of a search ranked by relevance (each in the direction asked for)."""

    in_title: str  # ids of the title tier, ranked
    everything: str  # ids of every result, ranked by bm25 (the other tier's order, the title tier left out)
    title_ids: str  # ids of the title tier, unordered
    title_count: str  # how many results have the words in their title
    total_count: str  # how many results in all
    descending: bool  # the reversed order: the other tier first, then the title tier


def relevance_tiers(expression: str, conditions: list[str], binder: Binder, descending: bool) -> RelevanceTiers:
    """The tiers of the FTS5 ``expression`` among the initiatives meeting ``conditions`` (SQL on ``i``)."""
    in_title = binder.bind(f"{{title}} : ({expression})")
    anywhere = binder.bind(expression)
    direction = "DESC" if descending else "ASC"
    where = " AND ".join(conditions)

    def ranked(match: str) -> str:
        if not conditions:  # the index alone answers: no join at all (the quickest form)
            return (f"SELECT rowid FROM initiatives_fts WHERE initiatives_fts MATCH {match} "
                    f"ORDER BY bm25(initiatives_fts, {_WEIGHTS}) {direction}, rowid {direction}")
        return (f"SELECT i.id FROM initiatives i JOIN (SELECT rowid AS id, bm25(initiatives_fts, {_WEIGHTS}) "
                f"AS score FROM initiatives_fts WHERE initiatives_fts MATCH {match}) AS hit ON hit.id = i.id "
                f"WHERE {where} ORDER BY hit.score {direction}, i.id {direction}")

    def matching(match: str, *, count: bool) -> str:
        if not conditions:
            what = "count(*)" if count else "rowid"
            return f"SELECT {what} FROM initiatives_fts WHERE initiatives_fts MATCH {match}"
        what = "count(*)" if count else "i.id"
        return (f"SELECT {what} FROM initiatives i WHERE i.id IN (SELECT rowid "
                f"FROM initiatives_fts WHERE initiatives_fts MATCH {match}) AND {where}")

    return RelevanceTiers(in_title=ranked(in_title), everything=ranked(anywhere),
                          title_ids=matching(in_title, count=False), title_count=matching(in_title, count=True),
                          total_count=matching(anywhere, count=True), descending=descending)


def relevance_page(connection: Connection, tiers: RelevanceTiers, params: dict[str, object], offset: int,
                   limit: int | None) -> tuple[int, list[int]]:
    """(total, ids from ``offset``, ``limit`` of them or all): the other tier is ranked only when reached.

    Its order is the whole match set's bm25 order without the title tier: a row outside the
    title has the same score either way (the title's words count nowhere in it).
    """
    def ids(sql: str, count: int | None = None, skip: int = 0) -> list[int]:
        if count is None:
            return [row[0] for row in connection.exec_driver_sql(sql, params)]
        paged = dict(params, _limit=count, _offset=skip)
        return [row[0] for row in connection.exec_driver_sql(sql + " LIMIT :_limit OFFSET :_offset", paged)]

    def others(in_title: int, skip: int, count: int | None, title_rows: list[int] | None = None) -> list[int]:
        """The other tier's ids from ``skip`` (``count`` of them, or all); ``title_rows`` when already read."""
        wanted = None if count is None else skip + count + in_title  # title rows may come before
        ranked = ids(tiers.everything, wanted)
        if in_title:
            left_out = set(title_rows if title_rows is not None else ids(tiers.title_ids))
            ranked = [ident for ident in ranked if ident not in left_out]
        return ranked[skip:] if count is None else ranked[skip:skip + count]

    if limit is None:
        head = ids(tiers.in_title)
        tail = others(len(head), 0, None, head)
        every = tail + head if tiers.descending else head + tail
        return len(every), every[offset:]
    total = int(connection.exec_driver_sql(tiers.total_count, params).scalar() or 0)
    limit = max(0, int(limit))

    def title_size() -> int:
        return int(connection.exec_driver_sql(tiers.title_count, params).scalar() or 0)

    if not tiers.descending:  # a page that the title tier fills needs nothing more (the first, mostly)
        page = ids(tiers.in_title, limit, offset) if limit else []
        if len(page) < limit and offset + len(page) < total:
            # the title tier ends on this page, or before it (then counted)
            in_title = offset + len(page) if page or not offset else title_size()
            page += others(in_title, max(0, offset - in_title), limit - len(page))
        return total, page
    in_title = title_size()
    first_size = total - in_title
    page = []
    if offset < first_size and limit:  # reversed: the other tier first
        page = others(in_title, offset, min(limit, first_size - offset))
    if len(page) < limit and offset + len(page) < total:
        page += ids(tiers.in_title, limit - len(page), max(0, offset - first_size))
    return total, page
