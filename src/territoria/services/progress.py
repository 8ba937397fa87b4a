"""Progress reporting and cancellation for long work, independent of Qt.

A long service function takes a ``Progress`` and calls ``progress.step(done, total, what)``;
the call raises ``Cancelled`` once the person pressed "Annuler". ``what`` says what is being
done as a :class:`~territoria.domain.reasons.Reason` (``progress_*`` codes of
:data:`PROGRESS_CODES`), which the window writes in its language; ``""`` says nothing new. The
UI adapts this to a progress dialog; tests and the CLI pass ``NullProgress``.
"""

from __future__ import annotations

import threading
from typing import Protocol

from territoria.domain.reasons import Reason

#: Every code a step may carry (``domain.messages_fr`` and ``ui.reason_text`` write them).
PROGRESS_CODES: frozenset[str] = frozenset({
    "progress_pack_check", "progress_backup", "progress_export_rows", "progress_comparable",
    "progress_dossier_layout", "progress_contents", "progress_layout", "progress_writing", "progress_withdrawing",
    "progress_search_index", "progress_folder_check",
})


class Cancelled(Exception):
    """The person cancelled the work; whatever it was writing must be discarded."""


class Progress(Protocol):
    """What long work reports to."""

    def step(self, done: int, total: int, text: Reason | str = "") -> None:
        """Report ``done`` of ``total`` (and what is being done); raise ``Cancelled`` if cancellation was asked."""


class NullProgress:
    """Progress that goes nowhere and is never cancelled."""

    def step(self, done: int, total: int, text: Reason | str = "") -> None:  # noqa: D102
        return None


class CancellableProgress:
    """Thread-safe progress: the worker calls ``step``, the UI calls ``cancel``."""

    def __init__(self, callback=None) -> None:  # callback(done, total, text)
        self._cancel = threading.Event()
        self._callback = callback

    def cancel(self) -> None:
        """Ask the work to stop at its next step."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        """Whether cancellation was asked."""
        return self._cancel.is_set()

    def step(self, done: int, total: int, text: Reason | str = "") -> None:
        """Forward to the callback, then raise ``Cancelled`` if asked to stop."""
        if self._callback is not None:
            self._callback(done, total, text)
        if self._cancel.is_set():
            raise Cancelled()
