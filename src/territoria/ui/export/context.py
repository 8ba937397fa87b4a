"""What the current page offers to export (pages implement ``export_context()``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True, slots=True)
class ExportContext:
    """The selection of a page: any field may be None when the page has no such thing.

    ``search_request`` is a ``services.search.SearchRequest`` (the current result list, in
    its on-screen order); ``commune`` is ``(kind, code)`` of the collectivité shown.
    """

    initiative_id: int | None = None
    search_request: Any = None
    scheme_id: int | None = None
    commune: tuple[str, str] | None = None


class ProvidesExportContext(Protocol):
    """A page that can tell what is selected."""

    def export_context(self) -> ExportContext:
        """The current selection."""
