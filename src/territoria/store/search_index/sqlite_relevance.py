"""Relevance on SQLite: the two tiers of :mod:`.relevance` written for FTS5.

The title tier is ranked by bm25 through a column filter (the words' occurrences in the
title); the other by bm25 over every column, title weighted highest. FTS5 cannot say "not in
the title", so the other tier is the whole match set's bm25 order with the title tier's rows
left out: a row outside the title has the same score either way (the title's words count
nowhere in it). bm25 costs about 1 µs per ranked row: 60 ms for a word found in half of
100,000 records, which is why the title tier is ranked alone while a page lies in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sqlalchemy import Connection

from territoria.store.search_index.relevance import TierStatements
from territoria.store.search_index.sqlite_sql import BM25_WEIGHTS, Binder

_WEIGHTS: Final = ", ".join(str(w) for w in BM25_WEIGHTS)


@dataclass(frozen=True, slots=True)
class SqliteTiers(TierStatements):
    """:class:`~.relevance.Tiers` of one search on an SQLite connection."""

    everything: str  # ids of every result, ranked by bm25 (the other tier's order, the title tier left out)
    title_rows: str  # ids of the title tier, unordered

    def other_ids(self, in_title: int, skip: int, count: int | None,
                  title_rows: list[int] | None = None) -> list[int]:
        """The other tier, ranked: the whole bm25 order, the title rows left out."""
        wanted = None if count is None else skip + count + in_title  # title rows may come before
        ranked = self.ids(self.everything, wanted)
        if in_title:
            left_out = set(title_rows if title_rows is not None else self.ids(self.title_rows))
            ranked = [ident for ident in ranked if ident not in left_out]
        return ranked[skip:] if count is None else ranked[skip:skip + count]


def sqlite_tiers(connection: Connection, expression: str, conditions: list[str], binder: Binder,
                 descending: bool) -> SqliteTiers:
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

    return SqliteTiers(connection.exec_driver_sql, binder.params, in_title=ranked(in_title),
                       title_total=matching(in_title, count=True), every_total=matching(anywhere, count=True),
                       descending=descending, everything=ranked(anywhere), title_rows=matching(in_title, count=False))
