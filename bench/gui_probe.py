"""Measured GUI processes, started by ``bench/run.py`` (headless, one process per sample).

``python bench/gui_probe.py floor``
    a bare PySide6 QMainWindow + QTableView plus ``import sqlalchemy.orm`` (the floor).
``python bench/gui_probe.py app DATA_DIR``
    Territoria's real start (``territoria --data-dir DATA_DIR``).
``python bench/gui_probe.py rss DATA_DIR QUERY``
    the real start, then QUERY typed in the browser's search field; reports peak RSS.
``python bench/gui_probe.py keystroke DATA_DIR REPEAT QUERY...``
    the real start, then each QUERY run from the search field REPEAT times (the debounce
    timer skipped), timed until the results table holds the new rows; the search service
    alone is timed beside it on the same database.

Each prints one JSON line: ``ready`` is ``time.perf_counter()`` (CLOCK_MONOTONIC, shared
by every process) at the moment the main window is shown, painted and has handled a key
press, so the parent subtracts its own clock at spawn time.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

#: How long a probe waits for its window or its search before giving up (seconds).
TIMEOUT_S = 120.0


def shield_none() -> None:
    """Give ``None`` 2**32 extra references (CPython < 3.12, where ``None`` is not immortal).

    PySide6 6.12.0 on CPython 3.11 drops one reference to ``None`` on every call of a
    method returning void (``QLabel.setText``…): after some 30,000 such calls ``None`` is
    deallocated and the process aborts ("none_dealloc"). The keystroke probe makes that
    many calls in a minute; this keeps it alive without changing what it measures.
    See BENCHMARKS.md, "Stability".
    """
    if sys.version_info < (3, 12):
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 32


def peak_rss_mb() -> float:
    """Peak resident set size of this process (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    """Resident set size now (VmRSS), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _emit(payload: dict) -> None:
    sys.stdout.write(json.dumps(payload) + "\n")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)  # skip teardown: it is not part of any figure


def _answer_input(window) -> None:
    """Paint what is pending and make the focused widget handle a key press."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    target = QApplication.focusWidget() or window
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier))
    QApplication.processEvents()


def _watchdog() -> None:
    """End the process with an error line if it is still running after TIMEOUT_S."""
    import threading

    timer = threading.Timer(TIMEOUT_S, lambda: _emit({"error": f"probe still running after {TIMEOUT_S:.0f} s"}))
    timer.daemon = True
    timer.start()


def _when_window_ready(app, then: Callable[[object], None]) -> None:
    """Call ``then(window)`` once a main window is visible (polled from the event loop).

    An exception in ``then`` ends the process with an error line (Qt would swallow it).
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMainWindow

    deadline = time.perf_counter() + TIMEOUT_S
    _watchdog()

    def poll() -> None:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        if windows:
            try:
                then(windows[0])
            except Exception as exc:  # noqa: BLE001 - reported to the parent
                _emit({"error": f"{type(exc).__name__}: {exc}"})
        elif time.perf_counter() > deadline:
            _emit({"error": "no main window"})
        else:
            QTimer.singleShot(5, poll)

    QTimer.singleShot(0, poll)


def floor() -> None:
    """The floor: the least a PySide6 + SQLAlchemy table window costs to start."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    import sqlalchemy.orm  # noqa: F401

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QTableView())
    window.resize(1200, 760)
    window.show()

    def ready(shown) -> None:
        _answer_input(shown)
        _emit({"ready": time.perf_counter(), "rss_mb": peak_rss_mb()})

    _when_window_ready(app, ready)
    app.exec()


def _start_app(data_dir: str, then: Callable[[object], None]) -> None:
    """Start Territoria as ``territoria --data-dir data_dir`` and call ``then(window)`` when shown."""
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])  # run_gui reuses this instance
    _when_window_ready(app, then)
    from territoria.cli import main

    main(["--data-dir", data_dir])
    _emit({"error": "the application quit before its window was ready"})


def app_start(data_dir: str) -> None:
    """Territoria's real cold start."""

    def ready(window) -> None:
        _answer_input(window)
        _emit({"ready": time.perf_counter(), "rss_mb": peak_rss_mb()})

    _start_app(data_dir, ready)


# --- browser page (issue #3) ----------------------------------------------------------------


def rss_breakdown_mb() -> dict[str, float]:
    """Current anonymous and file-backed (shared libraries, mmap of the database) RSS, in MB."""
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key = line.split(":", 1)[0]
        if key in ("RssAnon", "RssFile"):
            values[key] = int(line.split()[1]) / 1024
    return values


def find_browser(window):
    """The browser page of the main window, or None when this tree has none yet."""
    try:
        from territoria.ui.browser.page import BrowserPage
    except ImportError:
        return None
    pages = window.findChildren(BrowserPage)
    return pages[0] if pages else None


def run_search_now(browser, query: str) -> None:
    """Type ``query`` into the browser's field and run the search without the debounce."""
    browser.search_field.setText(query)
    browser.run_search_now()


def time_service(browser, query: str) -> float:
    """Milliseconds the browser's own search call takes for ``query`` (its filters and sort kept)."""
    from territoria.services.search import search
    from territoria.ui.browser.controller import FIRST_PAGE

    request = browser.state.with_query(query).request(FIRST_PAGE)
    started = time.perf_counter()
    search(browser.controller.db, request)
    return (time.perf_counter() - started) * 1000


def settle(browser) -> None:
    """Process events until the background facet counts of the last search are done."""
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + 30
    QApplication.processEvents()
    while browser.facets_pending() and time.perf_counter() < deadline:
        time.sleep(0.002)
        QApplication.processEvents()


def rss_after_search(data_dir: str, query: str) -> None:
    """Peak RSS once the browser shows the results of ``query`` and their facet counts."""

    def ready(window) -> None:
        _answer_input(window)
        started = peak_rss_mb()
        browser = find_browser(window)
        if browser is None:
            _emit({"rss_mb": peak_rss_mb(), "start_rss_mb": started, "searched": False, **rss_breakdown_mb()})
        run_search_now(browser, query)
        settle(browser)
        _emit({"rss_mb": peak_rss_mb(), "start_rss_mb": started, "searched": True,
               "rows": browser.result_count(), **rss_breakdown_mb()})

    _start_app(data_dir, ready)


def keystroke(data_dir: str, repeat: int, queries: list[str]) -> None:
    """Keystroke-to-table times and, beside them, the page's search call alone.

    Before each timed keystroke the field holds the previous query and the background
    facet counts have finished, so every sample starts from the same quiet state.
    """

    def ready(window) -> None:
        from PySide6.QtWidgets import QApplication

        _answer_input(window)
        browser = find_browser(window)
        if browser is None:
            _emit({"missing": True})
        gui: list[float] = []
        service: list[float] = []
        for query in queries:  # warm-up
            run_search_now(browser, query)
            settle(browser)
            time_service(browser, query)
        for _ in range(repeat):
            for query in queries:
                run_search_now(browser, query + " x")  # the keystroke before this one
                settle(browser)
                started = time.perf_counter()
                run_search_now(browser, query)
                QApplication.processEvents()  # the table repaints its visible rows
                gui.append((time.perf_counter() - started) * 1000)
                settle(browser)
                service.append(time_service(browser, query))
        _emit({"gui_ms": gui, "service_ms": service})

    _start_app(data_dir, ready)


def main(argv: list[str]) -> None:
    """Dispatch on the mode (first argument)."""
    mode, args = argv[0], argv[1:]
    shield_none()
    if mode == "floor":
        floor()
    elif mode == "app":
        app_start(args[0])
    elif mode == "rss":
        rss_after_search(args[0], args[1])
    elif mode == "keystroke":
        keystroke(args[0], int(args[1]), args[2:])
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
