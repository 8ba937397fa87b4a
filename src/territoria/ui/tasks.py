"""One way to run long work off the UI thread, with a progress dialog and a cancel button.

``TaskRunner.run(title, work, on_done)`` calls ``work(progress)`` in a worker thread and
``on_done(result)`` back on the UI thread; a ``TerritoriaError`` or any other exception
goes to ``on_error`` (default: a French message box). Tests construct the runner with
``synchronous=True`` so the same code runs inline, deterministically.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from territoria.errors import TerritoriaError
from territoria.services.progress import CancellableProgress, Cancelled


class _Signals(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Job(QRunnable):
    def __init__(self, work: Callable[[CancellableProgress], Any], progress: CancellableProgress,
                 signals: _Signals) -> None:
        super().__init__()
        self._work, self._progress, self.signals = work, progress, signals

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, never lost
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Runs work in ``QThreadPool`` (or inline when ``synchronous``)."""

    def __init__(self, parent: QWidget | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self._parent_widget = parent
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one long job at a time: SQLite writes stay serial
        self._live: set[_Signals] = set()

    def run(
        self,
        title: str,
        work: Callable[[CancellableProgress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> CancellableProgress:
        """Start ``work``; returns its progress object (``cancel()`` stops it)."""
        on_error = on_error or self._show_error
        if self.synchronous:
            progress = CancellableProgress()
            try:
                result = work(progress)
            except Cancelled:
                if on_cancel:
                    on_cancel()
            except BaseException as exc:  # noqa: BLE001
                on_error(exc)
            else:
                on_done(result)
            return progress

        dialog = QProgressDialog(title, self.tr("Annuler"), 0, 0, self._parent_widget)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        signals = _Signals()
        self._live.add(signals)
        progress = CancellableProgress(lambda d, t, s: signals.progressed.emit(d, t, s))
        dialog.canceled.connect(progress.cancel)

        def on_progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))
            if text:
                dialog.setLabelText(text)

        def finish() -> None:
            dialog.close()
            dialog.deleteLater()
            self._live.discard(signals)

        signals.progressed.connect(on_progress)
        signals.finished.connect(lambda result: (finish(), on_done(result)))
        signals.failed.connect(lambda exc: (finish(), on_error(exc)))
        signals.cancelled.connect(lambda: (finish(), on_cancel() if on_cancel else None))
        self._pool.start(_Job(work, progress, signals))
        return progress

    def wait(self, msecs: int = -1) -> bool:
        """Wait for running jobs (used at shutdown)."""
        return self._pool.waitForDone(msecs)

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, TerritoriaError):
            QMessageBox.warning(self._parent_widget, self.tr("Territoria"), exc.message)
            return
        from territoria.ui.error_dialog import report_unexpected

        report_unexpected(type(exc), exc, exc.__traceback__, self._parent_widget)
