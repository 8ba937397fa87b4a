"""Relevance on a server: the two tiers of :mod:`.relevance` written for ``tsvector``.

The title tier is ``territoria_title_words(document) @@ query``: the document's title words
(class A) alone, the very expression of the GIN index of migration 0013, so the tier is read
from that index and ranked alone. The other tier is the rest of the matches, the title words
checked row by row with the plain ``ts_filter`` (the function's cost is there only to steer
the planner to the index). Both are ranked by the same weighted ``ts_rank`` over the whole
document. For a word in half of 100,000 records the title tier holds about a third of them:
the first page ranks those, not the whole match set.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sqlalchemy import Connection, text

from territoria.store.search_index.postgres_sql import RANK_WEIGHTS
from territoria.store.search_index.relevance import TierStatements

#: The document's title words: the expression ``ix_initiative_search_title`` indexes (0013).
TITLE_DOCUMENT: Final = "territoria_title_words(s.document)"
#: The same, for a row already read (no index to reach: the plain function, without a call's overhead).
_TITLE_WORDS: Final = "ts_filter(s.document, '{a}')"


@dataclass(frozen=True, slots=True)
class PostgresTiers(TierStatements):
    """:class:`~.relevance.Tiers` of one search on a server connection."""

    others: str  # ids of the other tier, ranked
    everything: str  # ids of every result, ranked (the other tier when no title holds the words)

    def other_ids(self, in_title: int, skip: int, count: int | None,
                  title_rows: list[int] | None = None) -> list[int]:
        """The other tier, ranked (its own statement: the server can say "not in the title")."""
        # with no title match, every match is of this tier: no title filter to compute per row
        return self.ids(self.others if in_title else self.everything, count, skip)


def postgres_tiers(connection: Connection, query: str, excluded: str | None, conditions: list[str],
                   params: dict[str, object], descending: bool) -> PostgresTiers:
    """The tiers of the tsquery SQL ``query`` (minus the matches of ``excluded``) among the
    initiatives meeting ``conditions`` (SQL on ``i``); ``params`` holds their bound values."""
    in_title = f"{TITLE_DOCUMENT} @@ {query}"
    common = [f"NOT (s.document @@ {excluded})"] if excluded else []
    common += conditions
    # the index alone answers when no filter reads the initiatives (the quickest form)
    join = " JOIN initiatives i ON i.id = s.id" if conditions else ""

    def source(*where: str) -> str:
        return f"FROM initiative_search s{join} WHERE " + " AND ".join([*where, *common])

    # best first: the highest rank (bm25's lowest score on SQLite), then the smallest id
    order = (f" ORDER BY ts_rank({RANK_WEIGHTS}, s.document, {query}) {'ASC' if descending else 'DESC'}, "
             f"s.id {'DESC' if descending else 'ASC'}")
    anywhere = f"s.document @@ {query}"
    return PostgresTiers(lambda sql, values: connection.execute(text(sql), values), params,
                         in_title=f"SELECT s.id {source(in_title)}{order}",
                         title_total=f"SELECT count(*) {source(in_title)}",
                         every_total=f"SELECT count(*) {source(anywhere)}", descending=descending,
                         others=f"SELECT s.id {source(anywhere, f'NOT ({_TITLE_WORDS} @@ {query})')}{order}",
                         everything=f"SELECT s.id {source(anywhere)}{order}")
