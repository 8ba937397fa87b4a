"""The catalogue's controller: owns the :class:`BrowserState` and calls the services.

The view (:mod:`territoria.ui.browser.page`) lays out widgets and forwards what the user
does; this object turns it into searches, facet counts, fiches, stars and saved searches,
and answers with plain values or signals. It holds no widget. Searches of the first page
run at once (the table needs them); facet counts run in the ``facets`` lane; every write
(stars, saved searches) goes through the application's ``writes`` lane.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from territoria.domain.search_query import ParsedQuery, parse_query
from territoria.errors import TerritoriaError
from territoria.services.search import (
    FacetIndex,
    RelatedInitiative,
    ResultRow,
    SearchRequest,
    all_ids,
    fetch_rows,
    related_initiatives,
    search,
)
from territoria.services.search.suggest import EmptySearchHelp, empty_search_help
from territoria.services.selection import (
    SavedSearchInfo,
    clean_name,
    delete_saved_search,
    get_saved_search,
    is_starred,
    list_saved_searches,
    save_search,
    saved_search_exists,
    toggle_star,
)
from territoria.settings import (
    BROWSER_DESCENDING,
    BROWSER_FILTERS,
    BROWSER_QUERY,
    BROWSER_SORT,
    Settings,
)
from territoria.ui.browser.facet_worker import FacetWorker
from territoria.ui.browser.state import BrowserState
from territoria.ui.server_startup import server_failure
from territoria.ui.context import UiContext
from territoria.ui.export.context import ExportContext
from territoria.ui.tasks import Lane

if TYPE_CHECKING:
    from territoria.services.records import InitiativeDetail

#: Ids fetched with each search; the rest are loaded when the view scrolls past them.
FIRST_PAGE = 200


@dataclass(frozen=True, slots=True)
class Results:
    """One search's answer: its total, its first ids, and how to get every id."""

    state: BrowserState
    total: int
    first_ids: tuple[int, ...]
    load_all: Callable[[], list[int]]


@dataclass(frozen=True, slots=True)
class Fiche:
    """What the detail pane shows for one initiative."""

    detail: InitiativeDetail
    related: tuple[RelatedInitiative, ...]
    starred: bool


class BrowserController(QObject):
    """State and service calls of the catalogue page."""

    countsReady = Signal(object)  # {facet: [FacetValue]}
    countsFailed = Signal(str)
    starChanged = Signal(int, bool)  # initiative id, now starred
    savedSearchesChanged = Signal()
    writeFailed = Signal(str)  # a French message
    #: a server failure (dropped connection, server away) in the facets lane or a write: a French
    #: message and what failed (``counts``, ``write``); :meth:`retry_write` runs the failed write again
    connectionLost = Signal(str, str)

    def __init__(self, context: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = context.db
        self.settings: Settings = context.settings
        self.tasks = context.tasks
        self.state = BrowserState()
        self.parsed: ParsedQuery = parse_query("")
        # counts come from in-memory bitmaps (milliseconds on 100,000 records), built and kept
        # up to date in the facets lane itself
        self.facet_index = FacetIndex(self.db)
        self.facets = FacetWorker(self.facet_index.counts, self.tasks, self)
        self.facets.countsReady.connect(self.countsReady)
        self.facets.countsFailed.connect(self.countsFailed)
        self.facets.countsLost.connect(lambda message: self.connectionLost.emit(message, "counts"))
        self._failed_write: Callable[[], None] | None = None
        self._counts_posted = False  # a count request waits for the table's repaint
        self._closed = False

    # --- searching -------------------------------------------------------------------------

    @property
    def last_request(self) -> SearchRequest:
        """The search shown, unpaged (what the exports list)."""
        return self.state.request()

    def search(self, state: BrowserState, *, remember: bool = True) -> Results:
        """Make ``state`` current, search its first page and ask for its facet counts."""
        self.state = state
        self.parsed = parse_query(state.query)
        result = search(self.db, state.request(FIRST_PAGE))
        unpaged = state.request()
        if remember:
            self.remember()
        self._request_counts_after_paint()
        return Results(state, result.total, result.ids, lambda: all_ids(self.db, unpaged))

    def empty_help(self) -> EmptySearchHelp:
        """Closest catalogue words and filters to remove, for the current search that found nothing."""
        return empty_search_help(self.db, self.state.query, self.state.filter_map())

    def rows(self, ids: Sequence[int]) -> list[ResultRow]:
        """The table rows of ``ids`` (in that order)."""
        return fetch_rows(self.db, ids)

    def request_counts(self) -> None:
        """Ask the facets lane for the counts of the current search."""
        self.facets.request(self.state.query, self.state.filter_map())

    def _request_counts_after_paint(self) -> None:
        # Posted behind the repaint the new results have just asked for: counting is Python
        # work in another thread, and started at once it would hold the interpreter while
        # the table paints its rows (slowing each keystroke on a large catalogue). Several
        # searches before the event loop runs again make one request, for the latest.
        if not self._counts_posted:
            self._counts_posted = True
            QTimer.singleShot(0, self, self._posted_counts)

    def _posted_counts(self) -> None:
        self._counts_posted = False
        if not self._closed:
            self.request_counts()

    def counts_pending(self) -> bool:
        """True while the counts of the latest search are not delivered."""
        return self._counts_posted or self.facets.busy

    # --- fiche and stars ----------------------------------------------------------------------

    def fiche(self, initiative_id: int) -> Fiche | None:
        """The fiche of ``initiative_id`` (None when it no longer exists)."""
        # records (ORM queries) imported with the first fiche: the models stay off the start-up path
        from territoria.services.records import get_initiative

        try:
            detail = get_initiative(self.db, initiative_id)
        except TerritoriaError:
            return None
        return Fiche(detail, tuple(related_initiatives(self.db, initiative_id)), is_starred(self.db, initiative_id))

    def toggle_star(self, initiative_id: int) -> None:
        """Star or unstar ``initiative_id`` in the writes lane; :attr:`starChanged` follows."""
        self._write(lambda _progress: toggle_star(self.db, initiative_id),
                    lambda starred: self._starred(initiative_id, bool(starred)))

    def _starred(self, initiative_id: int, starred: bool) -> None:
        self.starChanged.emit(initiative_id, starred)

    def _write(self, work: Callable[[Any], Any], on_done: Callable[[Any], None]) -> None:
        """Run ``work`` in the writes lane; a server failure can be retried (:meth:`retry_write`)."""
        self.tasks.run(Lane.WRITES, "", work, on_done,
                       lambda exc: self._write_failed(exc, lambda: self._write(work, on_done)),
                       show_progress=False)

    def _write_failed(self, exc: BaseException, again: Callable[[], None]) -> None:
        if isinstance(exc, TerritoriaError):
            self.writeFailed.emit(exc.message)  # a refusal: retrying would not help
            return
        message = server_failure(exc)
        if message is None:
            raise exc  # a bug: the application's exception hook shows it (and a test fails on it)
        self._failed_write = again
        self.connectionLost.emit(message, "write")

    def retry_write(self) -> None:
        """Run the write that met a server failure again (nothing when there is none)."""
        again, self._failed_write = self._failed_write, None
        if again is not None:
            again()

    # --- saved searches -----------------------------------------------------------------------

    def saved_searches(self) -> list[SavedSearchInfo]:
        """The saved searches, by name."""
        return list_saved_searches(self.db)

    def saved_search_exists(self, name: str) -> bool:
        """Whether a saved search already has this name."""
        return saved_search_exists(self.db, name)

    def save_current_search(self, name: str, *, replace: bool = False) -> None:
        """Save the current text and filters under ``name`` (writes lane).

        A bad name raises ``TerritoriaError`` at once; a refusal of the database comes back
        as :attr:`writeFailed`.
        """
        cleaned = clean_name(name)
        query, filters = self.state.query, self.state.filter_map()
        self._write(lambda _progress: save_search(self.db, cleaned, query, filters, replace=replace),
                    lambda _saved: self.savedSearchesChanged.emit())

    def saved_search(self, search_id: int) -> SavedSearchInfo:
        """One saved search (``TerritoriaError`` when it was deleted meanwhile)."""
        return get_saved_search(self.db, search_id)

    def delete_saved_search(self, search_id: int) -> None:
        """Delete a saved search (writes lane)."""
        self._write(lambda _progress: delete_saved_search(self.db, search_id),
                    lambda _none: self.savedSearchesChanged.emit())

    # --- exports and settings -------------------------------------------------------------------

    def export_context(self, initiative_id: int | None) -> ExportContext:
        """What Fichier > Exporter acts on: the initiative shown and the result list."""
        return ExportContext(initiative_id=initiative_id, search_request=self.last_request)

    def remember(self) -> None:
        """Keep the current search for the next start."""
        self.settings.set(BROWSER_QUERY, self.state.query)
        self.settings.set(BROWSER_FILTERS, self.state.filter_map())
        self.settings.set(BROWSER_SORT, self.state.sort)
        self.settings.set(BROWSER_DESCENDING, self.state.descending)

    def remembered(self, sort_keys: Sequence[str]) -> BrowserState:
        """The search kept by :meth:`remember` (unknown sorts and malformed filters are ignored)."""
        raw = self.settings.get(BROWSER_FILTERS)
        filters: Mapping[str, list[str]] = {str(k): [str(v) for v in values] for k, values in raw.items()
                                            if isinstance(values, list)}
        sort = self.settings.get(BROWSER_SORT)
        return BrowserState.of(self.settings.get(BROWSER_QUERY), filters,
                               sort if sort == "relevance" or sort in sort_keys else "relevance",
                               self.settings.get(BROWSER_DESCENDING))

    def shutdown(self) -> None:
        """Wait for the counts in progress, then free the facet index (window closing)."""
        self._closed = True
        if self.tasks.wait(5000, Lane.FACETS):
            self.facet_index.close()
