"""What the catalogue shows, as one frozen value: the typed text, the ticked facets and the sort.

The controller owns the current :class:`BrowserState`; every change makes a new one, which
becomes the :class:`~territoria.services.search.SearchRequest` the search service answers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from territoria.services.search import SearchRequest


def freeze_filters(filters: Mapping[str, Sequence[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``{facet: [slugs]}`` as a hashable, ordered value (facets without a value are dropped)."""
    return tuple((str(facet), tuple(str(slug) for slug in slugs)) for facet, slugs in filters.items() if slugs)


@dataclass(frozen=True, slots=True)
class BrowserState:
    """A search on screen: text, facet filters (facet, slugs) and sort."""

    query: str = ""
    filters: tuple[tuple[str, tuple[str, ...]], ...] = ()
    sort: str = "relevance"
    descending: bool = False

    @classmethod
    def of(cls, query: str = "", filters: Mapping[str, Sequence[str]] | None = None, sort: str = "relevance",
           descending: bool = False) -> BrowserState:
        """A state from plain values."""
        return cls(query, freeze_filters(filters or {}), sort, descending)

    def filter_map(self) -> dict[str, list[str]]:
        """The filters as the services take them: ``{facet: [slugs]}``."""
        return {facet: list(slugs) for facet, slugs in self.filters}

    def request(self, limit: int | None = None) -> SearchRequest:
        """The search request of this state (its first ``limit`` ids; None: all)."""
        return SearchRequest(self.query, self.filter_map(), self.sort, self.descending, 0, limit)

    def with_query(self, query: str) -> BrowserState:
        """The same search with another text."""
        return replace(self, query=query)

    def with_filters(self, filters: Mapping[str, Sequence[str]]) -> BrowserState:
        """The same search with other filters."""
        return replace(self, filters=freeze_filters(filters))

    def with_sort(self, sort: str, descending: bool = False) -> BrowserState:
        """The same search in another order."""
        return replace(self, sort=sort, descending=descending)
