"""One way to run long work off the UI thread, with a progress dialog and a cancel button.

``TaskRunner.run(title, work, on_done)`` calls ``work(progress)`` in a worker thread and
``on_done(result)`` back on the UI thread; a ``TerritoriaError`` or any other exception
goes to ``on_error`` (default: a French message box). ``show_progress=False`` runs quiet
background work (facet counts, indexes) the same way. Tests construct the runner with
``synchronous=True`` so the same code runs inline, deterministically.

The worker thread never calls Qt: it puts its progress and its outcome in a Python
queue that a UI-thread timer drains. Emitting Qt signals from a Python worker thread can
deadlock PySide6 (the worker holds a Qt connection mutex while waiting for the GIL, the
UI thread holds the GIL while waiting for that mutex); a plain queue cannot.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from territoria.errors import TerritoriaError
from territoria.services.progress import CancellableProgress, Cancelled

_POLL_MS = 25


@dataclass(eq=False)
class _Job:
    """One piece of work, its mailbox and what to call with its outcome."""

    work: Callable[[CancellableProgress], Any]
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None]
    on_cancel: Callable[[], None] | None
    dialog: QProgressDialog | None
    mailbox: queue.SimpleQueue = field(default_factory=queue.SimpleQueue)
    progress: CancellableProgress = field(init=False)
    ended: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.progress = CancellableProgress(lambda d, t, s: self.mailbox.put(("progress", (d, t, s))))

    def execute(self) -> None:
        """Worker-thread body: run the work and post its outcome."""
        try:
            if self.progress.cancelled:
                raise Cancelled()
            result = self.work(self.progress)
        except Cancelled:
            self.mailbox.put(("cancelled", None))
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, never lost
            self.mailbox.put(("failed", exc))
        else:
            self.mailbox.put(("finished", result))
        finally:
            self.ended.set()


class TaskRunner(QObject):
    """Runs work in one Python worker thread, one job at a time (or inline when ``synchronous``).

    One long-lived thread per runner keeps a job's resources (an SQLite connection, an
    in-memory index) on the same thread from one job to the next, and keeps writes serial.
    """

    def __init__(self, parent: QWidget | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self._parent_widget = parent
        self.synchronous = synchronous
        self._jobs: list[_Job] = []
        self._inbox: queue.SimpleQueue[_Job] = queue.SimpleQueue()
        self._worker: threading.Thread | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(_POLL_MS)
        self._timer.timeout.connect(self._drain)

    def run(
        self,
        title: str,
        work: Callable[[CancellableProgress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        *,
        show_progress: bool = True,
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

        dialog = self._progress_dialog(title) if show_progress else None
        job = _Job(work, on_done, on_error, on_cancel, dialog)
        if dialog is not None:
            dialog.canceled.connect(job.progress.cancel)
        self._jobs.append(job)
        self._inbox.put(job)
        if self._worker is None:
            self._worker = threading.Thread(target=self._serve, name="territoria-tasks", daemon=True)
            self._worker.start()
        self._timer.start()
        return job.progress

    def _serve(self) -> None:
        """Worker thread: run queued jobs in order, forever (daemon: ends with the app)."""
        while True:
            self._inbox.get().execute()

    def busy(self) -> bool:
        """Whether a job is still running or has an outcome not yet delivered."""
        return bool(self._jobs)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the worker threads (at shutdown, and in tests); True when all ended."""
        timeout = None if msecs < 0 else msecs / 1000
        return all(job.ended.wait(timeout) for job in list(self._jobs))

    def _progress_dialog(self, title: str) -> QProgressDialog:
        dialog = QProgressDialog(title, self.tr("Annuler"), 0, 0, self._parent_widget)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        return dialog

    def _drain(self) -> None:
        """UI thread: deliver every message the workers posted since the last tick."""
        for job in list(self._jobs):
            while True:
                try:
                    kind, payload = job.mailbox.get_nowait()
                except queue.Empty:
                    break
                if kind == "progress":
                    self._show_progress(job, *payload)
                    continue
                self._jobs.remove(job)
                if job.dialog is not None:
                    job.dialog.close()
                    job.dialog.deleteLater()
                if kind == "finished":
                    job.on_done(payload)
                elif kind == "failed":
                    job.on_error(payload)
                elif job.on_cancel is not None:
                    job.on_cancel()
                break
        if not self._jobs:
            self._timer.stop()

    @staticmethod
    def _show_progress(job: _Job, done: int, total: int, text: str) -> None:
        if job.dialog is None:
            return
        job.dialog.setMaximum(max(total, 1))
        job.dialog.setValue(min(done, max(total, 1)))
        if text:
            job.dialog.setLabelText(text)

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, TerritoriaError):
            QMessageBox.warning(self._parent_widget, self.tr("Territoria"), exc.message)
            return
        from territoria.ui.error_dialog import report_unexpected

        report_unexpected(type(exc), exc, exc.__traceback__, self._parent_widget)
