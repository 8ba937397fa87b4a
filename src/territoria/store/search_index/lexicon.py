"""The index's words for spelling help (``SearchIndex.lexicon``), on each engine.

SQLite reads its whole FTS5 vocabulary once (``fts5vocab``: quick, in process) and answers
from the sorted list. PostgreSQL asks its trigram-indexed ``search_words`` table (migration
0012, ``pg_trgm``) for the few words closest to the typed one, instead of reading every stored
document with ``ts_stat``; the candidates' counts come from the documents themselves, so a
word that left the catalogue since the last full rebuild is never offered.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Final

from sqlalchemy import Connection, text

from territoria.store import pg_ddl

#: Trigram similarity a PostgreSQL candidate needs (pg_trgm's ``%``). Lower than pg_trgm's
#: default 0.3: a short word with one wrong letter shares few trigrams with the right one
#: (« bois » / « bais »: 0.25) while the caller's spelling measure accepts it.
SIMILARITY_THRESHOLD: Final = 0.2


class WordListLexicon:
    """A lexicon over a list of (word, count): the SQLite index's vocabulary."""

    def __init__(self, words: Sequence[tuple[str, int]]) -> None:
        self._counts = dict(words)
        self._sorted = sorted(self._counts)

    def begins(self, prefix: str) -> bool:
        """Whether a word begins with ``prefix`` (the first sorted word at or after it)."""
        start = bisect_left(self._sorted, prefix)
        return start < len(self._sorted) and self._sorted[start].startswith(prefix)

    def near(self, word: str, limit: int) -> list[tuple[str, int]]:
        """Every word of about the same length (the caller ranks them)."""
        return [(w, self._counts[w]) for w in self._sorted if abs(len(w) - len(word)) <= 3]


def _literal(word: str) -> str:
    """``word`` as a quoted tsquery lexeme."""
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


class TrigramLexicon:
    """A lexicon over ``search_words`` and its ``gin_trgm_ops`` index (PostgreSQL)."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def begins(self, prefix: str) -> bool:
        """Whether a stored document holds a word beginning with ``prefix`` (the GIN index of
        ``initiative_search`` answers, always current)."""
        if len(prefix) < 1:
            return False
        return bool(self._connection.execute(text(
            "SELECT EXISTS (SELECT 1 FROM initiative_search "
            "WHERE document @@ to_tsquery('simple'::regconfig, :q))"), {"q": _literal(prefix) + ":*"}).scalar())

    def near(self, word: str, limit: int) -> list[tuple[str, int]]:
        """The ``limit`` words most similar to ``word`` by trigrams (``%``, then ``similarity``),
        with how many documents hold each (words no document holds any more are left out)."""
        # the threshold of ``%`` for this transaction only (SET LOCAL)
        self._connection.execute(text("SELECT set_config('pg_trgm.similarity_threshold', :t, true)"),
                                 {"t": str(SIMILARITY_THRESHOLD)})
        rows = self._connection.execute(text(
            "SELECT w.word, (SELECT count(*) FROM initiative_search s "
            "WHERE s.document @@ to_tsquery('simple'::regconfig, quote_literal(w.word))) AS n "
            "FROM (SELECT word, similarity(word, :w) AS score FROM search_words "
            "WHERE word % :w AND length(word) >= :minimum "
            "ORDER BY score DESC, word LIMIT :k) w ORDER BY w.score DESC, w.word"),
            {"w": word, "k": max(1, int(limit)), "minimum": pg_ddl.WORDS_MINIMUM})
        return [(str(w), int(n)) for w, n in rows if n]
