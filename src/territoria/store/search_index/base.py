"""The search-index interface: what the services ask of full-text search and facet counting.

The services describe a search with plain values (:class:`IndexQuery`: the parsed text,
the facet filters, the sort) and get ids and counts back; how the text is matched, ranked
and counted is the implementation's business (SQLite/FTS5 today, PostgreSQL beside it).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Final, Protocol

from sqlalchemy import Connection

from territoria.domain.search_query import ParsedQuery

#: Slug standing for "unknown" in facets over nullable columns (région, année…).
NONE_SLUG: Final = "none"

#: Facet names, in panel order (their French headings are in ``services.search.facets``).
FACET_NAMES: Final[tuple[str, ...]] = (
    "selection", "region", "departement", "lead_kind", "population", "theme", "technique", "status", "year",
    "money",
)

#: Sort keys of the results table's columns (besides ``relevance``).
SORT_KEYS: Final[tuple[str, ...]] = (
    "title", "organisation", "place", "population", "region", "theme", "status", "year", "budget",
)

#: One row per initiative for the facet bitmaps: (id, region_code, departement_code, lead_kind,
#: lead_population, status, start_year, has_money).
FacetRow = tuple[int, str | None, str | None, str, int | None, str, int | None, bool]


def normalise_filters(filters: Mapping[str, Sequence[str]] | None) -> dict[str, tuple[str, ...]]:
    """Filters with string values only, duplicates and empty facets removed."""
    clean: dict[str, tuple[str, ...]] = {}
    for facet, values in (filters or {}).items():
        if isinstance(values, str):
            values = [values]
        try:
            kept = tuple(dict.fromkeys(str(v) for v in values))
        except TypeError:
            continue
        if kept:
            clean[str(facet)] = kept
    return clean


@dataclass(frozen=True)
class IndexQuery:
    """A search as the index receives it.

    ``filters`` map a facet of :data:`FACET_NAMES` to wanted slugs (OR within a facet, AND
    across facets; unknown facets are ignored); ``sort`` is ``relevance`` or one of
    :data:`SORT_KEYS`, ``id`` breaking ties, NULLs last.
    """

    text: ParsedQuery
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    sort: str = "relevance"
    descending: bool = False


class IndexReader(Protocol):
    """A long-lived, read-only view of the index for in-memory facet bitmaps (one per thread)."""

    @property
    def connection(self) -> Connection:
        """The reader's own connection (for portable reference queries)."""

    def changed(self) -> bool:
        """True on the first call, then whenever any connection committed since the last call."""

    def max_id(self) -> int:
        """The largest initiative id (0 when there is none)."""

    def initiative_rows(self) -> Iterator[Sequence[FacetRow]]:
        """Every initiative's facet columns, streamed in chunks."""

    def tag_rows(self, facet: str) -> Iterator[Sequence[tuple[int, str]]]:
        """(initiative id, value) of a tag facet (``theme``, ``technique``), streamed in chunks."""

    def matching_ids(self, text: ParsedQuery) -> tuple[Sequence[int] | None, Sequence[int]]:
        """(ids matching the searched terms, or None when nothing positive is searched;
        ids matching an excluded term)."""

    def selected_ids(self) -> Sequence[int]:
        """Ids of the starred initiatives."""

    def end_read(self) -> None:
        """End the current read transaction (never keep one open between calls)."""

    def close(self) -> None:
        """Release the reader's connection."""


class Lexicon(Protocol):
    """The words of the index (folded as they are matched, at least 3 letters), for spelling help."""

    def begins(self, prefix: str) -> bool:
        """Whether some word of the index begins with ``prefix`` (a folded word)."""

    def near(self, word: str, limit: int) -> list[tuple[str, int]]:
        """Words of the index that may be close in spelling to ``word``, with the number of
        initiatives holding each: at least the ``limit`` closest by the engine's measure
        (an implementation may return every word; the caller ranks them)."""


class SearchIndex(Protocol):
    """Full-text search, filtering, sorting and facet counting over the initiatives."""

    def search(self, connection: Connection, query: IndexQuery, offset: int = 0,
               limit: int | None = None) -> tuple[int, list[int]]:
        """(total, ids of the page ``offset``/``limit``, in order); ``limit=None``: every id."""

    def facet_counts(self, connection: Connection, text: ParsedQuery,
                     filters: Mapping[str, tuple[str, ...]]) -> dict[str, list[tuple[Any, int]]]:
        """Per facet, (raw value, count) pairs over the text matches and every *other* facet's filter."""

    def reader(self) -> IndexReader:
        """A new :class:`IndexReader` with a connection of its own."""

    def vocabulary(self, connection: Connection, minimum_length: int = 3) -> list[tuple[str, int]]:
        """Every word of the index (folded as it is matched, at least ``minimum_length`` letters)
        with the number of initiatives holding it."""

    def lexicon(self, connection: Connection) -> Lexicon:
        """The index's words on ``connection`` (read when asked, within the caller's transaction)."""

    def indexed_count(self, connection: Connection) -> int:
        """How many initiatives the full-text index holds."""

    def rebuild(self, connection: Connection) -> int:
        """Re-index every initiative inside the caller's transaction; returns how many."""

    def suspended(self, connection: Connection, *, rebuild: bool = True,
                  scope: str | None = None) -> AbstractContextManager[None]:
        """A block of bulk writes without per-row index upkeep, the index rebuilt at its end
        (an implementation may re-index only the initiatives matching ``scope``, an SQL
        condition on ``initiatives`` naming every row the block wrote)."""
