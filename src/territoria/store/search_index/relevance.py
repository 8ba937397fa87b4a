"""Relevance in two tiers, the contract of both engines: title matches first, then the others.

The initiatives with the searched words in their title come first, then the others; each
tier is ranked by the engine's score (bm25 on SQLite, a weighted ``ts_rank`` on a server),
then by id. Ranking costs one score per ranked row, so :func:`relevance_page` ranks the title
tier alone while the page lies in it (a fraction of the rows for a common word) and the other
tier only when a page reaches it, or when every id is asked for. Each engine writes its tiers'
statements (:mod:`.sqlite_relevance`, :mod:`.postgres_relevance`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

#: Runs one statement with its named parameters (``:name``) and gives its rows.
Execute = Callable[[str, Mapping[str, object]], Iterable[Sequence[Any]]]


class Tiers(Protocol):
    """One search's two tiers on one connection, each in the direction asked for."""

    @property
    def descending(self) -> bool:
        """The reversed order: the other tier first (its worst first), then the title tier."""

    def total(self) -> int:
        """How many results in all."""

    def title_count(self) -> int:
        """How many results have the words in their title."""

    def title_ids(self, count: int | None = None, skip: int = 0) -> list[int]:
        """The title tier's ids, ranked, from ``skip`` (``count`` of them, or all)."""

    def other_ids(self, in_title: int, skip: int, count: int | None,
                  title_rows: list[int] | None = None) -> list[int]:
        """The other tier's ids, ranked, from ``skip`` (``count`` of them, or all), knowing the title
        tier holds ``in_title`` results (``title_rows`` when they have just been read)."""


@dataclass(frozen=True, slots=True)
class TierStatements:
    """What both engines' :class:`Tiers` share: the title tier, the two counts, and how to run them.

    Each engine's subclass adds its other tier (:meth:`Tiers.other_ids`)."""

    execute: Execute
    params: dict[str, object]
    in_title: str  # ids of the title tier, ranked
    title_total: str  # how many results have the words in their title
    every_total: str  # how many results in all
    descending: bool

    def ids(self, sql: str, count: int | None = None, skip: int = 0) -> list[int]:
        """The ids ``sql`` gives from ``skip`` (``count`` of them, or all)."""
        if count is None:
            return [row[0] for row in self.execute(sql, self.params)][skip:]
        paged = dict(self.params, _limit=count, _offset=skip)
        return [row[0] for row in self.execute(sql + " LIMIT :_limit OFFSET :_offset", paged)]

    def _count(self, sql: str) -> int:
        return int(next(iter(self.execute(sql, self.params)))[0] or 0)

    def total(self) -> int:
        """How many results in all."""
        return self._count(self.every_total)

    def title_count(self) -> int:
        """How many results have the words in their title."""
        return self._count(self.title_total)

    def title_ids(self, count: int | None = None, skip: int = 0) -> list[int]:
        """The title tier, ranked."""
        return self.ids(self.in_title, count, skip)


def relevance_page(tiers: Tiers, offset: int, limit: int | None) -> tuple[int, list[int]]:
    """(total, ids from ``offset``, ``limit`` of them or all), each tier ranked only when reached."""
    if limit is None:
        head = tiers.title_ids()
        tail = tiers.other_ids(len(head), 0, None, head)
        every = tail + head if tiers.descending else head + tail
        return len(every), every[offset:]
    total = tiers.total()
    limit = max(0, int(limit))
    if not tiers.descending:  # a page that the title tier fills needs nothing more (the first, mostly)
        page = tiers.title_ids(limit, offset) if limit else []
        if len(page) < limit and offset + len(page) < total:
            # the title tier ends on this page, or before it (then counted)
            in_title = offset + len(page) if page or not offset else tiers.title_count()
            page += tiers.other_ids(in_title, max(0, offset - in_title), limit - len(page))
        return total, page
    in_title = tiers.title_count()
    first_size = total - in_title
    page = []
    if offset < first_size and limit:  # reversed: the other tier first
        page = tiers.other_ids(in_title, offset, min(limit, first_size - offset))
    if len(page) < limit and offset + len(page) < total:
        page += tiers.title_ids(limit - len(page), max(0, offset - first_size))
    return total, page
