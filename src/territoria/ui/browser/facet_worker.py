"""Facet counts computed off the UI thread, so the results table never waits for them.

Each request carries a generation number; only the answer to the latest request is
delivered (:attr:`FacetWorker.countsReady`), older ones are dropped. With
``synchronous=True`` (tests, small tools) the counts are computed inline.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Counter = Callable[[str, Mapping[str, Sequence[str]]], Any]


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, generation: int, count: Counter, query: str, filters: Mapping[str, Sequence[str]],
                 signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._args = (generation, count, query, filters)
        self.signals = signals

    @Slot()
    def run(self) -> None:
        generation, count, query, filters = self._args
        try:
            result = count(query, filters)
        except Exception as exc:  # noqa: BLE001 - reported on the UI thread, never lost
            self.signals.failed.emit(generation, str(exc))
        else:
            self.signals.done.emit(generation, result)


class FacetWorker(QObject):
    """Runs ``count(query, filters)`` in its own one-thread pool; delivers the latest answer."""

    countsReady = Signal(object)
    countsFailed = Signal(str)

    def __init__(self, count: Counter, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self._count = count
        self.synchronous = synchronous
        self.generation = 0
        self.delivered = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)

    @property
    def busy(self) -> bool:
        """True while the latest request has not been answered."""
        return self.delivered != self.generation

    def request(self, query: str, filters: Mapping[str, Sequence[str]]) -> int:
        """Ask for the counts of ``query`` + ``filters``; returns the request's generation."""
        self.generation += 1
        frozen = {facet: list(values) for facet, values in filters.items()}
        if self.synchronous:
            try:
                self._on_done(self.generation, self._count(query, frozen))
            except Exception as exc:  # noqa: BLE001
                self._on_failed(self.generation, str(exc))
            return self.generation
        self._pool.start(_Job(self.generation, self._count, query, frozen, self._signals))
        return self.generation

    def wait(self, msecs: int = -1) -> bool:
        """Wait for running counts (shutdown, tests)."""
        return self._pool.waitForDone(msecs)

    def _on_done(self, generation: int, result: object) -> None:
        if generation != self.generation:
            return  # a newer request is on its way
        self.delivered = generation
        self.countsReady.emit(result)

    def _on_failed(self, generation: int, message: str) -> None:
        log.error("facet counts failed: %s", message)
        if generation == self.generation:
            self.delivered = generation
            self.countsFailed.emit(message)
