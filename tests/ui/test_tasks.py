"""The application's background work: named lanes, each one thread running its jobs in order."""

from __future__ import annotations

import threading
import time

from territoria.errors import TerritoriaError
from territoria.services.progress import Cancelled
from territoria.ui.tasks import BackgroundWork, InlineRunner, Lane


def test_writes_run_one_after_the_other_in_one_thread_whoever_asks(qtbot):
    tasks = BackgroundWork()
    threads: list[str] = []
    order: list[int] = []
    done: list[int] = []
    running = threading.Lock()

    def write(n: int):
        def work(_progress):
            assert running.acquire(blocking=False), "two writes at once"
            try:
                threads.append(threading.current_thread().name)
                time.sleep(0.01)
                order.append(n)
            finally:
                running.release()
            return n
        return work

    for n in range(6):  # as if stars, saved searches and the commune choice came from several pages
        tasks.run(Lane.WRITES, "", write(n), done.append, show_progress=False)
    assert tasks.busy(Lane.WRITES)
    qtbot.waitUntil(lambda: len(done) == 6, timeout=5000)
    assert order == done == list(range(6)) and set(threads) == {"territoria-writes"}
    assert threading.current_thread().name not in threads  # never on the UI thread
    assert not tasks.busy() and tasks.wait(1000)


def test_lanes_do_not_wait_for_each_other(qtbot):
    tasks = BackgroundWork()
    release = threading.Event()
    finished: list[str] = []
    tasks.run(Lane.EXPORT, "", lambda _p: release.wait(5), lambda _r: finished.append("export"), show_progress=False)
    tasks.run(Lane.FACETS, "", lambda _p: "counts", finished.append, show_progress=False)
    qtbot.waitUntil(lambda: finished == ["counts"], timeout=5000)  # the slow export does not hold the counts
    release.set()
    qtbot.waitUntil(lambda: finished == ["counts", "export"], timeout=5000)


def test_failures_and_cancels_reach_the_ui_thread(qtbot):
    tasks = BackgroundWork()
    errors: list[str] = []
    cancelled: list[bool] = []

    def refuse(_progress):
        raise TerritoriaError("Refusé.")

    def cancel(_progress):
        raise Cancelled()

    tasks.run(Lane.WRITES, "", refuse, lambda _r: None, lambda exc: errors.append(exc.message), show_progress=False)
    tasks.run(Lane.WRITES, "", cancel, lambda _r: None, None, lambda: cancelled.append(True), show_progress=False)
    qtbot.waitUntil(lambda: errors == ["Refusé."] and cancelled == [True], timeout=5000)


def test_the_inline_work_of_tests_gives_the_same_outcomes_at_once():
    tasks = BackgroundWork.inline()
    assert isinstance(tasks.lane(Lane.WRITES), InlineRunner) and tasks.lane(Lane.WRITES) is tasks.lane(Lane.WRITES)
    results: list[object] = []
    tasks.run(Lane.WRITES, "", lambda _p: 42, results.append)
    tasks.run(Lane.EXPORT, "", lambda _p: (_ for _ in ()).throw(TerritoriaError("Non.")), results.append,
              lambda exc: results.append(exc.message))
    tasks.run(Lane.INDEX, "", lambda _p: (_ for _ in ()).throw(Cancelled()), results.append, None,
              lambda: results.append("annulé"))
    assert results == [42, "Non.", "annulé"] and not tasks.busy() and tasks.wait()


def test_an_outcome_for_a_closed_widget_is_dropped_without_an_error(qtbot):
    from PySide6.QtWidgets import QLabel

    tasks = BackgroundWork()
    label = QLabel()
    release = threading.Event()
    tasks.run(Lane.INDEX, "", lambda _p: release.wait(5) and "prêt", label.setText, show_progress=False)
    label.deleteLater()
    qtbot.waitUntil(lambda: not _alive(label), timeout=2000)
    release.set()
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=5000)  # delivered (and dropped), no exception raised


def _alive(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
