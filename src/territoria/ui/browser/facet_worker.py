"""Facet counts computed in the ``facets`` lane, so the results table never waits for them.

Each request carries a generation number; only the answer to the latest request is
delivered (:attr:`FacetWorker.countsReady`), older ones are dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from territoria.ui.server_startup import server_failure
from territoria.ui.tasks import BackgroundWork, Lane

log = logging.getLogger(__name__)

Counter = Callable[[str, Mapping[str, Sequence[str]]], Any]


class FacetWorker(QObject):
    """Runs ``count(query, filters)`` in the facets lane; delivers the latest answer."""

    countsReady = Signal(object)
    countsFailed = Signal(str)
    #: the server went away or cut the connection: a French message (the next request retries)
    countsLost = Signal(str)

    def __init__(self, count: Counter, tasks: BackgroundWork, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._count = count
        self._tasks = tasks
        self.generation = 0
        self.delivered = 0

    @property
    def busy(self) -> bool:
        """True while the latest request has not been answered."""
        return self.delivered != self.generation

    def request(self, query: str, filters: Mapping[str, Sequence[str]]) -> int:
        """Ask for the counts of ``query`` + ``filters``; returns the request's generation."""
        self.generation += 1
        generation = self.generation
        frozen = {facet: list(values) for facet, values in filters.items()}
        self._tasks.run(
            Lane.FACETS,
            "",
            lambda _progress: self._count(query, frozen),
            lambda result: self._on_done(generation, result),
            lambda exc: self._on_failed(generation, exc),
            show_progress=False,
        )
        return generation

    def _on_done(self, generation: int, result: object) -> None:
        if generation != self.generation:
            return  # a newer request is on its way
        self.delivered = generation
        self.countsReady.emit(result)

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        log.error("facet counts failed: %s", exc)
        if generation == self.generation:
            self.delivered = generation
            lost = server_failure(exc)
            if lost is not None:
                self.countsLost.emit(lost)
            else:
                self.countsFailed.emit(str(exc))
