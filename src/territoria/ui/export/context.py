"""What the current page offers to export (every :class:`~territoria.ui.page.Page` implements ``export_context()``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the search service is imported by the pages that make requests
    from territoria.services.search import SearchRequest


@dataclass(frozen=True, slots=True)
class ExportContext:
    """The selection of a page: any field may be None when the page has no such thing.

    ``search_request`` is the current result list, in its on-screen order (None: the whole
    catalogue); ``commune`` is ``(kind, code)`` of the collectivité shown.
    """

    initiative_id: int | None = None
    search_request: SearchRequest | None = None
    scheme_id: int | None = None
    commune: tuple[str, str] | None = None

