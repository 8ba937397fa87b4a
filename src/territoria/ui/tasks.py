"""One way to run long work off the UI thread, with a progress dialog and a cancel button.

The application has one :class:`BackgroundWork`, built in ``run_gui`` and handed to every
page through the ``UiContext``. Work goes to a named :class:`Lane`; each lane is one worker
thread running its jobs in order, so every database write of the application (stars,
saved searches, the commune choice) is serial in the ``writes`` lane, and a slow export
never delays the facet counts.

``run(lane, title, work, on_done)`` calls ``work(progress)`` in the lane's thread and
``on_done(result)`` back on the UI thread; a ``TerritoriaError`` or any other exception
goes to ``on_error`` (default: a French message box). ``show_progress=False`` runs quiet
background work (facet counts, indexes) the same way. Tests build
``BackgroundWork.inline()``: the same code then runs inline, deterministically (the
fake thread pool of picard's tests).

At start-up ``run_gui`` holds the worker threads (:meth:`BackgroundWork.hold`) until the
window is painted: a Python worker (the facet index, the picker's index) competes with the
UI thread for the GIL and would slow the first paint; their jobs are queued meanwhile.

The worker thread never calls Qt: it puts its progress and its outcome in a Python
queue that a UI-thread timer drains. Emitting Qt signals from a Python worker thread can
deadlock PySide6 (the worker holds a Qt connection mutex while waiting for the GIL, the
UI thread holds the GIL while waiting for that mutex); a plain queue cannot.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from territoria.domain.reasons import Reason
from territoria.errors import TerritoriaError
from territoria.services.progress import CancellableProgress, Cancelled
from territoria.ui.reason_text import error_text, reason_text

_POLL_MS = 25
log = logging.getLogger(__name__)


class Lane(StrEnum):
    """The application's worker threads, each running its jobs one after the other."""

    WRITES = "writes"  # every write of user data: serial across the whole application
    FACETS = "facets"  # facet counts of the catalogue (keeps its in-memory index on one thread)
    INDEX = "index"  # building in-memory indexes (the 36,000 collectivités of the picker)
    EXPORT = "export"  # PDF and CSV documents, previews, printing


OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


class Runner(Protocol):
    """What runs one lane's jobs: a worker thread (:class:`TaskRunner`) or inline (:class:`InlineRunner`)."""

    def run(self, title: str, work: Callable[[CancellableProgress], Any], on_done: OnDone,
            on_error: OnError | None = None, on_cancel: Callable[[], None] | None = None, *,
            show_progress: bool = True, parent: QWidget | None = None) -> CancellableProgress:
        """Start ``work``; ``on_done``/``on_error``/``on_cancel`` are called on the UI thread."""

    def busy(self) -> bool:
        """Whether a job is running or has an outcome not yet delivered."""

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the running jobs; True when all ended."""


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
    """Runs work in one Python worker thread, one job at a time (one lane of :class:`BackgroundWork`).

    One long-lived thread per lane keeps a job's resources (an SQLite connection, an
    in-memory index) on the same thread from one job to the next, and keeps writes serial.
    """

    def __init__(self, name: str = "tasks", parent: QObject | None = None,
                 gate: threading.Event | None = None) -> None:
        super().__init__(parent)
        self.name = name
        #: the worker starts its first job once this is set (see :meth:`BackgroundWork.hold`)
        self._gate = gate
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
        on_done: OnDone,
        on_error: OnError | None = None,
        on_cancel: Callable[[], None] | None = None,
        *,
        show_progress: bool = True,
        parent: QWidget | None = None,
    ) -> CancellableProgress:
        """Start ``work``; returns its progress object (``cancel()`` stops it).

        ``parent`` owns the progress dialog and the error message (default: the active window).
        """
        on_error = on_error or (lambda exc: show_error(exc, parent))
        dialog = _progress_dialog(title, parent) if show_progress else None
        job = _Job(work, on_done, on_error, on_cancel, dialog)
        if dialog is not None:
            dialog.canceled.connect(job.progress.cancel)
        self._jobs.append(job)
        self._inbox.put(job)
        if self._worker is None:
            self._worker = threading.Thread(target=self._serve, name=f"territoria-{self.name}", daemon=True)
            self._worker.start()
        self._timer.start()
        return job.progress

    def _serve(self) -> None:
        """Worker thread: run queued jobs in order, forever (daemon: ends with the app)."""
        if self._gate is not None:
            self._gate.wait()
        while True:
            self._inbox.get().execute()

    def busy(self) -> bool:
        """Whether a job is still running or has an outcome not yet delivered."""
        return bool(self._jobs)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the worker threads (at shutdown, and in tests); True when all ended."""
        if self._gate is not None:
            self._gate.set()  # waiting for held work would never end
        timeout = None if msecs < 0 else msecs / 1000
        return all(job.ended.wait(timeout) for job in list(self._jobs))

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
                    _deliver(job.on_done, payload)
                elif kind == "failed":
                    _deliver(job.on_error, payload)
                elif job.on_cancel is not None:
                    _deliver(job.on_cancel)
                break
        if not self._jobs:
            self._timer.stop()

    @staticmethod
    def _show_progress(job: _Job, done: int, total: int, text: Reason | str) -> None:
        if job.dialog is None:
            return
        job.dialog.setMaximum(max(total, 1))
        job.dialog.setValue(min(done, max(total, 1)))
        if text:  # a step's code, in the window's language
            job.dialog.setLabelText(reason_text(text) if isinstance(text, Reason) else text)


class InlineRunner:
    """Runs each job at once, on the calling thread (tests; the same callbacks, in order)."""

    def run(
        self,
        title: str,
        work: Callable[[CancellableProgress], Any],
        on_done: OnDone,
        on_error: OnError | None = None,
        on_cancel: Callable[[], None] | None = None,
        *,
        show_progress: bool = True,
        parent: QWidget | None = None,
    ) -> CancellableProgress:
        """Run ``work`` now and call its outcome's callback before returning."""
        progress = CancellableProgress()
        try:
            result = work(progress)
        except Cancelled:
            if on_cancel is not None:
                on_cancel()
        except BaseException as exc:  # noqa: BLE001 - handed to on_error like the threaded runner does
            (on_error or (lambda error: show_error(error, parent)))(exc)
        else:
            on_done(result)
        return progress

    def busy(self) -> bool:
        """Never busy: every job has ended when ``run`` returns."""
        return False

    def wait(self, msecs: int = -1) -> bool:
        """Nothing to wait for."""
        return True


class BackgroundWork(QObject):
    """The application's background work: one :class:`Runner` per :class:`Lane`, made on first use."""

    def __init__(self, make_runner: Callable[[Lane], Runner] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gate = threading.Event()
        self._gate.set()
        self._make_runner = make_runner or (lambda lane: TaskRunner(lane.value, self, self._gate))
        self._lanes: dict[Lane, Runner] = {}

    def hold(self) -> None:
        """Queue the lanes' jobs without starting them, until :meth:`release` (or a :meth:`wait`)."""
        self._gate.clear()

    def release(self) -> None:
        """Start the jobs queued since :meth:`hold` (the window is painted)."""
        self._gate.set()

    @property
    def held(self) -> bool:
        """Whether the lanes' jobs wait for :meth:`release`."""
        return not self._gate.is_set()

    @classmethod
    def inline(cls) -> BackgroundWork:
        """Every lane runs its jobs inline (tests, scripts that need results at once)."""
        return cls(lambda _lane: InlineRunner())

    def lane(self, lane: Lane) -> Runner:
        """The runner of ``lane``."""
        if lane not in self._lanes:
            self._lanes[lane] = self._make_runner(lane)
        return self._lanes[lane]

    def run(self, lane: Lane, title: str, work: Callable[[CancellableProgress], Any], on_done: OnDone,
            on_error: OnError | None = None, on_cancel: Callable[[], None] | None = None, *,
            show_progress: bool = True, parent: QWidget | None = None) -> CancellableProgress:
        """Run ``work`` in ``lane`` (see :meth:`TaskRunner.run`)."""
        return self.lane(lane).run(title, work, on_done, on_error, on_cancel, show_progress=show_progress,
                                   parent=parent)

    def busy(self, lane: Lane | None = None) -> bool:
        """Whether ``lane`` (default: any lane) has work not yet delivered."""
        runners = [self._lanes[lane]] if lane in self._lanes else [] if lane is not None else self._lanes.values()
        return any(runner.busy() for runner in runners)

    def wait(self, msecs: int = -1, lane: Lane | None = None) -> bool:
        """Wait for ``lane`` (default: every lane); True when all its jobs ended (releases held work)."""
        self.release()
        runners = [self._lanes[lane]] if lane in self._lanes else [] if lane is not None else list(self._lanes.values())
        return all([runner.wait(msecs) for runner in runners])


def _deliver(callback: Callable[..., None], *args: object) -> None:
    """Call an outcome's callback; drop it quietly when the widget it was for is gone
    (a page closed while its work was running: nothing is left to show it)."""
    try:
        callback(*args)
    except RuntimeError as exc:
        if "already deleted" not in str(exc):
            raise
        log.debug("outcome dropped, its receiver no longer exists: %s", exc)


def _progress_dialog(title: str, parent: QWidget | None) -> QProgressDialog:
    dialog = QProgressDialog(title, QCoreApplication.translate("TaskRunner", "Annuler"), 0, 0,
                             parent or QApplication.activeWindow())
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


def show_error(exc: BaseException, parent: QWidget | None = None) -> None:
    """The message of an expected error (in the window's language when it has a reason), the error dialog for anything else."""
    parent = parent or QApplication.activeWindow()
    if isinstance(exc, TerritoriaError):
        QMessageBox.warning(parent, QCoreApplication.translate("TaskRunner", "Territoria"), error_text(exc))
        return
    from territoria.ui.error_dialog import report_unexpected

    report_unexpected(type(exc), exc, exc.__traceback__, parent)
